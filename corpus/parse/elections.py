"""Ballots: votants, blancs, nuls, exprimés, majorité, voix per candidate, who is elected.

A ballot is a block of labelled figures ("Nombre de votants : 33", "Majorité absolue ……21……")
followed by the candidates' results ("M. Paul LE BIHAN : 27 voix", "LEROUX Sébastien 34 Trente
quatre", "Anne-Marie : 11 votes, Elue") and a proclamation ("a été proclamé Maire", "A été élue :").
Tables with one ballot per row (Putanges 2016, adjoints of each commune déléguée) are read by
`election_tables`. Figures are read on the folded text; names and offices keep the printed case.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from corpus.names import name_score, person_key
from corpus.models import Candidate, Count, Election, Person, Span, Text
from corpus.parse import election_tables
from corpus.parse.common import fold, folded, make_count, make_text
from corpus.parse.vote_names import CIVILITY, NAME, read_names

# between a label and its figure: leaders, colons, "par le bureau", "(enveloppes déposées)"
_FIG = r"(?:[^\S\n]+par[^\S\n]+le[^\S\n]+bureau|[^\S\n]*\([^)\n]*\))?[^\w\n]{0,200}(?P<n>\d{1,3})\b"
# a bare label inside a run of figures: "blancs : 2, nuls : 1, exprimés : 26", "nuls 11"
_TIGHT = r"[^\S\n]*[:=,]?[^\S\n]*(?P<n>\d{1,3})\b"
FIGURES = (
    # the ballots found in the urn are the votants ("Nombre de bulletins, 65, suffrages exprimés 54, nuls 11")
    ("votants", re.compile(r"nombre[^\S\n]+de[^\S\n]+(?:votants|bulletins(?![^\S\n]+(?:blancs|nuls)))" + _FIG)),
    # a bare "Votants : 13" reads a ballot only on a line of ballot figures (not a séance's counts)
    ("votants", re.compile(r"(?<![\w-])votants" + _TIGHT + r"(?=[^\n]*\b(?:blancs|nuls|exprimes)\b)")),
    ("blancs", re.compile(r"(?<![\w-])(?<!et )blancs(?![^\S\n]+(?:et|ou)\b)" + _TIGHT)),
    ("nuls", re.compile(r"(?<![\w-])(?<!blancs et )(?<!blancs ou )nuls" + _TIGHT)),
    ("exprimes", re.compile(r"(?<![\w-])(?<!suffrages )exprimes" + _TIGHT)),
    ("blancs", re.compile(r"(?:bulletins|suffrages)[^\S\n]+blancs(?![^\S\n]+et)" + _FIG + r"|blancs[^\S\n]+et[^\S\n]+nuls"
                          r"[^\S\n]*:[^\S\n]*(?P<b>\d{1,3})[^\S\n]+bulletins[^\S\n]+blancs")),
    ("nuls", re.compile(r"(?:bulletins|suffrages)(?:[^\S\n]+declares)?[^\S\n]+nuls" + _FIG)),
    ("exprimes", re.compile(r"(?<!sur les )suffrages[^\S\n]+exprimes" + _FIG)),
    ("majorite", re.compile(r"majorite[^\S\n]+absolue" + _FIG)),
)
# "M. Paul LE BIHAN : 27 voix", "La liste déposée par M. X : 27 voix", "- Anne-Marie : 11 votes"
RESULT_COLON = re.compile(r"^[^\S\n]*[-•]?[^\S\n]*(?P<who>[^\n:]{2,80}?)[^\S\n]*:[^\S\n]*(?P<n>\d{1,3})[^\S\n]+(?:voix|votes?)\b"
                          r"(?P<elected>[^\w\n]{0,8}[ée]lue?\b)?", re.M | re.I)
# candidates on one line with the figures: "…majorité absolue : 14; M. A : 20 voix, Mme B : 6 voix"
RESULT_INLINE = re.compile(r"(?<=[;,–])[^\S\n]*(?P<who>" + CIVILITY + r"[^\n:;,]{1,60}?)[^\S\n]*:[^\S\n]*(?P<n>\d{1,3})[^\S\n]+"
                           r"(?:voix|votes?)\b(?P<elected>[^\w\n]{0,8}[ée]lue?\b)?")
# "M. Romain RIBEIRO a obtenu 13 voix", "La liste A a obtenu 33 voix"
RESULT_OBTENU = re.compile(r"(?P<who>(?:" + CIVILITY + r"|la[^\S\n]+liste)[^\n]{1,60}?)[^\S\n]+a[^\S\n]+obtenu[^\S\n]+"
                           r"(?P<n>\d{1,3})[^\S\n]+voix", re.I)
# a candidate and votes in columns, a label maybe before: "Ont obtenu :   M. H. COLLIN ....... 9 voix (neuf)"
RESULT_GAP = re.compile(r"^[^\S\n]*(?:[^\n:]{0,30}:[^\S\n]*)?(?P<who>" + CIVILITY + r"[^\n:]{1,60}?)(?:[^\S\n]{3,}|[^\S\n]*\.{2,}[^\S\n]*)(?P<n>\d{1,3})"
                        r"[^\S\n]+(?:voix|votes?|suffrages)\b(?P<elected>[^\w\n]{0,8}[ée]lue?\b)?", re.M | re.I)
RESULT_GAP_CUE = re.compile(r"(?:[^\S\n]{3,}|\.{2,}[^\S\n]*)\d{1,3}[^\S\n]+(?:voix|votes?|suffrages)\b", re.I)
RESULT_COLON_CUE = re.compile(r":[^\S\n]*\d{1,3}[^\S\n]+(?:voix|votes?)\b")
RESULT_OBTENU_CUE = re.compile(r"a[^\S\n]+obtenu[^\S\n]+\d{1,3}[^\S\n]+voix")
PROCLAIMED = re.compile(
    r"(?P<who>" + CIVILITY + r"[^\n]{1,60}?)(?:,[^\n,]{1,100},)?[^\S\n]+(?:(?:a[^\S\n]+été|est)[^\S\n]+(?:proclamée?|élue?)(?:[^\S\n]+et[^\S\n]+immédiatement"
    r"[^\S\n]+installée?)?|est[^\S\n]+désignée?[^\S\n]+en[^\S\n]+qualité[^\S\n]+de)[^\S\n]+(?P<office>(?:(?!\set\s)(?:[^\n.,]|\n(?=[^\S\n]*[a-zà-ÿ]))){2,80})?",
    re.I)
ELECTED_COLON = re.compile(r"a[^\S\n]+été[^\S\n]+élue?s?[^\S\n]*:[\s-]*", re.I)
OFFICE_IN_TITLE = re.compile(r"[ée]lection[^\S\n]+(?:du|de[^\S\n]+la|de[^\S\n]+l['’]|d['’]un|d['’]une|des)[^\S\n]*(?P<office>[^\n]+)",
                             re.I)
BLANK_NAMES = {"blanc", "blancs", "nul", "nuls"}
# labels of a vote, not candidates: "Vote : 13 voix pour", "Adopté : 11 voix"
VOTE_LABELS = {"vote", "votes", "adopte", "adoptee", "pour", "contre", "abstention", "abstentions", "resultat",
               "resultats", "votants", "unanimite", "decision", "scrutin"}
COLUMN_GAP = re.compile(r"[^\S\n]{3,}|\t")
# "Sont proclamés membres du conseil d'administration du CCAS :" then one name per line, or
# "Sont élus membres titulaires de la CAO : M. A, Mme B, …" in a sentence
PROCLAIMED_LIST = re.compile(r"(?:sont|ont[^\S\n]+[ée]t[ée])[^\S\n]+(?:proclam|[ée]lu)[ée]?e?s\b[^:]{0,160}:[^\S\n]*", re.I)
LIST_BULLET = re.compile(r"[^\S\n]*(?:[-•*▪·][^\S\n]*)?")
# a proportional list result row: "LISTE 2      14      3      1      4" (its first figure is its votes)
LIST_ROW = re.compile(r"^[^\S\n]*(?P<who>liste[^\S\n]+\w{1,3})[^\S\n]{2,}(?P<n>\d{1,3})\b", re.I | re.M)
# a list election's result, one adjoint per line in rank order: "Premier adjoint   Eric ROBERT   Finances"
RANKED = re.compile(r"^[^\S\n]*(?:premi[eè]re?|1(?:er|[eè]re)|second(?:e)?|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|"
                    r"onz|douz|treiz|quatorz|quinz)i[eè]me|\d{1,2}(?:e|è|[eè]me))[^\S\n]+adjointe?[^\S\n]+(?=[A-ZÀ-Þ])",
                    re.I | re.M)


@dataclass
class Ballot:
    start: int
    end: int
    figures: dict[str, Count] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    elected: list[Person] = field(default_factory=list)
    ranked: list[Person] = field(default_factory=list)  # installed in list order ("Premier adjoint …")
    office: Text | None = None


def parse_elections(text: str, span: Span) -> tuple[Election, ...]:
    """Every ballot result in the item at `span`."""
    ballots = _ballots(text, span)
    elections = [_election(b) for b in ballots if b.candidates or b.elected or "votants" in b.figures]
    if elections:
        title_office = _title_office(text, span)
        elections = [e if e.office or title_office is None else replace(e, office=title_office) for e in elections]
    return tuple(elections) + election_tables.parse_table_elections(text, span)


def _ballots(text: str, span: Span) -> list[Ballot]:
    """Figures, results and proclamations in order; a new ballot starts when a figure repeats."""
    events = sorted(_figures(text, span) + _results(text, span) + _proclamations(text, span),
                    key=lambda e: e[0])
    ballots: list[Ballot] = []
    for start, end, kind, value in events:
        current = ballots[-1] if ballots else None
        if kind == "ranked":
            # the adjoints a list election installed, in rank order; never a ballot of its own
            if current is not None and current.candidates and not current.elected:
                current.ranked.append(value)
                current.end = max(current.end, end)
            continue
        if current is None or _opens_new(current, kind):
            current = Ballot(start, end)
            ballots.append(current)
        current.end = max(current.end, end)
        if kind == "candidate":
            current.candidates.append(value)
        elif kind == "elected":
            person, office = value
            current.elected.append(person)
            current.office = current.office or office
        else:
            current.figures.setdefault(kind, value)
    return ballots


def _opens_new(ballot: Ballot, kind: str) -> bool:
    """A figure seen twice, or votants after results, is the next ballot."""
    if kind in ballot.figures:
        return True
    return kind == "votants" and bool(ballot.candidates or ballot.elected)


def _figures(text: str, span: Span) -> list[tuple]:
    low = folded(text)
    found = []
    for kind, pattern in FIGURES:
        for match in pattern.finditer(low, span.start, span.end):
            group = "b" if match.groupdict().get("b") else "n"
            count = make_count(text, *match.span(group))
            if count is not None and all(f[3].span != count.span for f in found):  # a bare label re-reading a figure
                found.append((match.start(), match.end(), kind, count))
    return found


def _results(text: str, span: Span) -> list[tuple]:
    found: list[tuple] = []
    for pattern, cue in ((RESULT_COLON, RESULT_COLON_CUE), (RESULT_INLINE, RESULT_COLON_CUE),
                         (RESULT_OBTENU, RESULT_OBTENU_CUE), (RESULT_GAP, RESULT_GAP_CUE)):
        if not cue.search(text, span.start, span.end):
            continue  # the full patterns are slow to fail on long items: test their cue first
        for match in pattern.finditer(text, span.start, span.end):
            who = _who(text, match.start("who"), match.end("who"))
            count = make_count(text, *match.span("n"))
            if who is None or count is None:
                continue
            if fold(who.name) in VOTE_LABELS:
                continue
            if who.name.lower() in BLANK_NAMES:
                found.append((match.start(), match.end(), "blancs", count))
                continue
            elected = bool(match.groupdict().get("elected"))
            found.append((match.start(), match.end(), "candidate", Candidate(who, count, elected)))
    for candidate in election_tables.candidate_rows(text, span.start, span.end):
        found.append((candidate.person.span.start, candidate.votes.span.end, "candidate", candidate))
    for match in LIST_ROW.finditer(text, span.start, span.end):
        who = Person(" ".join(match.group("who").split()), Span(*match.span("who")))
        count = make_count(text, *match.span("n"))
        if count is not None:
            found.append((match.start(), match.end(), "candidate", Candidate(who, count, False)))
    return found


def _who(text: str, start: int, end: int) -> Person | None:
    """The candidate: the person named in `text[start:end]`, or the list as printed ("liste A")."""
    segment = text[start:end]
    civility = re.search(CIVILITY + r"[^\S\n]*[A-ZÀ-Þ]", segment)
    if civility:
        names = read_names(text, start + civility.start(), end)
        return names[0] if names else None
    listed = re.search(r"\b[Ll]iste[^\S\n]+[A-Z0-9]\w*", segment)
    if listed:
        return Person(listed.group(), Span(start + listed.start(), start + listed.end()))
    value = make_text(text, start, end)
    if value and NAME.fullmatch(value.value) and len(value.value.split()) <= 4:
        return Person(value.value, value.span)
    return None


def _proclamations(text: str, span: Span) -> list[tuple]:
    found = []
    for match in PROCLAIMED.finditer(text, span.start, span.end):
        people = read_names(text, match.start("who"), match.end("who"))
        if people:
            office = make_text(text, *match.span("office")) if match.group("office") else None
            found.append((match.start(), match.end(), "elected", (people[0], office)))
    for match in ELECTED_COLON.finditer(text, span.start, span.end):
        for person in read_names(text, match.end(), min(span.end, match.end() + 200)):
            found.append((match.start(), person.span.end, "elected", (person, None)))
    for match in PROCLAIMED_LIST.finditer(text, span.start, span.end):
        in_sentence = text[match.end():match.end() + 1] not in ("\n", "")
        # "sont proclamés :" announces a list of names; "ont été élus :" may announce a table of
        # seats, whose lines name people only with their civility ("- M. Gilles PAPIN")
        elected_only = not re.search(r"proclam", match.group(), re.I)
        listed = read_names(text, match.end(), span.end) if in_sentence else \
            _listed_names(text, match.end(), span.end, need_civility=elected_only)
        for person in listed:
            found.append((match.start(), person.span.end, "elected", (person, None)))
    for match in RANKED.finditer(text, span.start, span.end):
        line_end = text.find("\n", match.end(), span.end)
        gap = COLUMN_GAP.search(text, match.end(), line_end if line_end >= 0 else span.end)
        people = read_names(text, match.end(), gap.start() if gap else (line_end if line_end >= 0 else span.end))
        if people:
            found.append((match.start(), people[0].span.end, "ranked", people[0]))
    return found


def _listed_names(text: str, start: int, end: int, need_civility: bool = False) -> list[Person]:
    """The names listed one per line from `start` (bullets allowed), up to the first line that
    holds none once the list has begun."""
    people: list[Person] = []
    for line in re.finditer(r"[^\n]*", text[start:min(end, start + 2000)]):
        line_start = start + line.start()
        bullet = LIST_BULLET.match(text, line_start)
        if not line.group().strip():
            if people and text.count("\n", people[-1].span.end, line_start) > 2:
                break
            continue
        names = read_names(text, bullet.end() if bullet else line_start, start + line.end(), need_civility)
        if not names:
            break
        people += names
    return people


def _title_office(text: str, span: Span) -> Text | None:
    """What the item elects, from its heading line ("Election du Maire" → "Maire")."""
    line_end = text.find("\n", span.start, span.end)
    match = OFFICE_IN_TITLE.search(text, span.start, line_end if line_end >= 0 else span.end)
    return make_text(text, *match.span("office")) if match else None


def _among(person: Person, people: list[Person]) -> bool:
    return any(name_score(person.name, other.name) > 0 or name_score(other.name, person.name) > 0
               for other in people)


def _election(ballot: Ballot) -> Election:
    elected = list(ballot.elected) + [c.person for c in ballot.candidates if c.elected] + ballot.ranked
    by_name: dict[str, Candidate] = {}
    for candidate in ballot.candidates:
        by_name.setdefault(person_key(candidate.person.name), candidate)
    candidates = tuple(replace(c, elected=c.elected or _among(c.person, elected)) for c in by_name.values())
    unique: dict[str, Person] = {}
    for person in elected:
        unique.setdefault(person.name.lower(), person)
    figures = ballot.figures
    return Election(span=Span(ballot.start, ballot.end), office=ballot.office, votants=figures.get("votants"),
                    blancs=figures.get("blancs"), nuls=figures.get("nuls"), exprimes=figures.get("exprimes"),
                    majorite=figures.get("majorite"), candidates=candidates, elected=tuple(unique.values()))
