"""Vote results and the operative decision of a deliberation.

A vote is printed in many ways: "SCRUTIN : POUR : 75 CONTRE : 0 …", "19 voix pour, 17 voix contre
et 2 abstentions", "Vote : − Pour : 16 − Abstentions : 3, Monsieur GOSSOT…", "à l'unanimité",
"Le Conseil Adopte.", "prend acte". We find every such token in the item (on the folded text, so
accents and case do not matter and offsets stay valid), then group neighbouring tokens into votes:
a new vote starts at a "Vote :" label, after a table line with an amount or a section heading, when
a position repeats, or after a long gap. Several votes in one item get the line they apply to as `subject` (see
`vote_subjects`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from corpus.models import (ABSTENTION, ADJOURNED, ADOPTED, CONTRE, NOTED, NPPV, NSPP, POUR, REJECTED, Count,
                           GroupVote, NamedVote, Person, Span, Text, Vote)
from corpus.parse import vote_blocks, vote_grid, vote_subjects, vote_tables
from corpus.parse.common import NUMBER_WORDS, folded, make_count, make_text
from corpus.parse.counts import number_value
from corpus.parse.vote_names import GROUP_NOUN, name_before, names_in_clause, read_names, read_voters

MAX_GAP = 260  # characters between two tokens of the same vote

_POS = r"(?P<pos>pour|contre|abstentions?|absentions?|ne se prononce pas)"
_N = r"(?P<n>\d{1,3})"
# a count in figures or in words ("par vingt voix pour et trois contre"); valued by text2num
_NW = r"(?P<n>\d{1,3}|\b" + NUMBER_WORDS + r")"
# what may follow a count and its position: punctuation, a separator ("14 pour / 0 contre"), the next count
_AFTER_POS = r"(?=[^\S\n]*(?:$|[.,;:()/\-–]|et\b|\d|\n))"
# a label followed by its own count ("Contre : 0") reads label first: "Pour : 3 Contre : 0" is not "3 contre"
_NOT_LABEL_FIRST = r"(?![^\S\n]*:[^\S\n]*\d)"
COUNT_PATTERNS = (
    # "POUR : 75", "Pour : 16, Monsieur…", "Pour, 17", "Abstention : 3 (…)"
    re.compile(r"(?<!voix )(?<!votes )(?:(?<!\d )|(?=\w+[^\S\n]*:[^\S\n]*\d))\b" + _POS + r"[^\S\n]*[:,][^\S\n]*"
               + _N + r"\b"),
    # a label then its count in a line of counts, no colon: "Vote : Pour 26 – Contre 1 (M. X) – Abstention 2",
    # "POUR 14 | CONTRE 0 | ABSTENTIONS 2 (…)" (never prose: "pour 26 logements")
    re.compile(r"(?:^|(?<=[:|–/,]))[^\S\n]*" + _POS + r"[^\S\n]+" + _N + r"(?=[^\S\n]*(?:$|[|–/,;(]|-[^\S\n]))", re.M),
    # "19 voix pour", "2 votes contre", "10 votes pour"
    # (a line may break between the words: "à 34 voix pour et une voix\ncontre")
    # (or between the count and "voix": "par onze\nvoix pour")
    re.compile(_NW + r"[^\S\n]*\n?[^\S\n]*(?<=\s)(?:voix|votes?|suffrages?)[^\S\n]*\n?[^\S\n]*(?<=\s)(?P<pos>pour|contre)"
               + _AFTER_POS, re.M),
    # "2 abstentions", "1 abstention", "2 abst. (…)", "3 pour)", "2 CONTRE (", "26 voix contre"
    re.compile(r"(?P<n>\d{1,3}|\bune?|\bdeux|\btrois|\bquatre|\bcinq)[^\S\n]+(?P<pos>(?:abstentions?|absentions?)\b|abst\.)"
               + _NOT_LABEL_FIRST),
    re.compile(_N + r"[^\S\n]+(?P<pos>pour|contre)" + _NOT_LABEL_FIRST + _AFTER_POS, re.M),
    # "vingt voix pour et trois contre": a count in words right after "et" / a comma of a count list
    re.compile(r"(?:(?<=et )|(?<=, ))" + _NW + r"[^\S\n]+(?:voix[^\S\n]+)?(?P<pos>contre)" + _AFTER_POS, re.M),
    re.compile(_N + r"[^\S\n]+(?P<pos>ne[^\S\n]+prend[^\S\n]+pas)\b"),
    # "Ne prennent pas part au vote : 12 (groupe …)": the label, then its count
    re.compile(r"(?P<pos>ne[^\S\n]+(?:prend|prennent)[^\S\n]+pas)[^\S\n]+part[^\S\n]+au[^\S\n]+vote[^\S\n]*:[^\S\n]*"
               + _N + r"\b"),
    # "Pour le changement de prestataire : 13 votes"
    # (or a bullet of options, the count alone at the line's end: "− Pour le retour à la semaine de 4 jours : 14")
    re.compile(r"^[^\S\n]*(?:[-−–•][^\S\n]*)?(?P<pos>pour|contre)\b[^\n:]{0,80}:[^\S\n]*" + _N
               + r"(?:[^\S\n]+(?:votes?|voix)\b|[^\S\n]*$)", re.M),
)
# counts whose position the layout gives: "UNANIMITE des votants (31 voix)", "unanimité (31)", "Vote : 13 voix"
POUR_PATTERNS = (
    re.compile(r"unanimite[^()\n]{0,60}\([^\S\n]*" + _N + r"(?:[^\S\n]+(?:voix|votes?|votants))?[^\S\n]*\)"),
    re.compile(r"^[^\S\n]*vote[^\S\n]*:[^\S\n]*" + _N + r"[^\S\n]+(?:voix|votes?)\b(?![^\S\n]+(?:pour|contre))", re.M),
)
PROCURATIONS = re.compile(r"dont[^\S\n]+" + _N + r"[^\S\n]+procuration")
VOTANTS = re.compile(_N + r"[^\S\n]+votants\b")
UNANIMITY = re.compile(
    r"(?:a\s+l['’][^\S\n]*)?unanimite(?:\s+des\s+(?:membres\s+)?(?:presents|votants|suffrages"
    r"\s+exprimes)(?:\s+et\s+representes)?)?")
# the majority an act is adopted by, kept with the outcome: "adoptée à la majorité absolue des suffrages exprimés"
ADOPTED_BY_MAJORITY = (r"\s+a\s+la\s+majorite\s+(?:absolue|relative|qualifiee)\s+des\s+(?:voix|membres|suffrages)"
                       r"(?:\s+(?:presents|exprimes)(?:\s+et\s+representes)?)?")
OUTCOMES = (
    (REJECTED, re.compile(r"n['’][^\S\n]*adopte[^\S\n]+pas|\brejette\b|est[^\S\n]+rejetee?\b|non[^\S\n]+adoptee?")),
    (NOTED, re.compile(r"\bprend\s+acte\b|\bpris\s+acte\b")),
    (ADJOURNED, re.compile(r"\bajournee?s?\b|\b(?:vote|point|decision|dossier|question)[^\S\n]+(?:est[^\S\n]+|a[^\S\n]+ete"
                           r"[^\S\n]+)?(?:reportee?|differee?)\b")),
    # "Adopté.", "ADOPTÉ à l'unanimité", "Adopté à la majorité", "ADOPTÉ 9 voix pour", "adopté par 20 voix",
    # "ADOPTÉ – unanimité (31)", "ADOPTÉ : 30 pour"
    (ADOPTED, re.compile(r"\ble[^\S\n]+conseil[^\S\n]+adopte\b|(?<!n['’])(?<!n['’] )\badoptee?s?\b(?:" + ADOPTED_BY_MAJORITY
                         + r"|(?=\s+a\s+l['’]unanimite|\s+a\s+la\s+majorite|[^\S\n]+par[^\S\n]+(?:\d|\w+[^\S\n]+voix)|[^\S\n]+\d{1,3}[^\S\n]+(?:voix|votes?|pour)\b"
                         r"|[^\S\n]*[-–:][^\S\n]*(?:(?:a\s+l['’])?unanimite|a\s+la\s+majorite|\d{1,3}[^\S\n]+(?:voix|votes?|pour)\b)"
                         r"|[^\S\n]*[.;]|$))", re.M)),
)
# "à la majorité des voix": adopted, unless the counts or an explicit outcome say otherwise (a
# majority can be against: "à la majorité (26 voix contre, 3 pour) … n'adopte pas")
MAJORITY = re.compile(r"\ba\s+la\s+majorite(?!\s+(?:absolue|relative|qualifiee))(?:\s+des\s+(?:voix|membres|suffrages)(?:\s+(?:presents|exprimes)"
                      r"(?:\s+et\s+representes)?)?|(?=[^\S\n]*(?:[,;:.(]|et\b|moins\b|le\s+conseil|$)|[^\S\n]+(?:de|par)[^\S\n]+\d))", re.M)
VOTE_LABEL = re.compile(r"^[^\S\n]*(?:vote|scrutin)[^\S\n]*:", re.M)
# "ne prend pas part au vote", "ne prennent pas part", "ne prenant pas part", "n'a pas pris part",
# "ne participe pas au vote", "ne pas (vouloir) prendre part au vote"; group "plural" reads a list
NPPV_PHRASE = re.compile(
    r"ne\s+(?:prend|prenne|(?P<plural>prennent|prenant))\s+pas\s+part\s+(?:au|a\s+ce|aux)\s+votes?"
    r"|n['’]\s*(?:a|(?P<plural2>ont))\s+pas\s+pris\s+part\s+(?:au|aux)\s+votes?"
    r"|ne\s+(?:participe|(?P<plural3>participent|participant))\s+pas\s+(?:au|aux)\s+votes?"
    r"|ne\s+pas\s+(?:vouloir\s+)?prendre\s+part\s+au\s+vote"
    # "ne prend part ni au débat ni au vote", "ne participe ni aux débats ni au vote"
    r"|ne\s+(?:prend|prenne|(?P<plural4>prennent|prenant))\s+part\s+ni\s+(?:au|aux)\s+d[ée]bats?\s+ni\s+(?:au|aux)\s+votes?"
    r"|ne\s+(?:participe|(?P<plural5>participent|participant))\s+ni\s+(?:au|aux)\s+d[ée]bats?\s+ni\s+(?:au|aux)\s+votes?")
# where the clause naming who does not take part begins: a sentence end (not "M." or an initial),
# a semicolon, a colon or a blank line
CLAUSE_START = re.compile(r"(?:[a-zà-ÿ]{2}[.!?]|;|:|\n[^\S\n]*\n)[^\S\n]*\n?")
# a position as a noun or as the verb that heads the list ("Se sont abstenus : M. X", "S'abstient : Mme Y")
NAMED_LIST = re.compile(r"\b(?P<pos>pour|contre|abstentions?|absentions?|abst\.|abstenue?s?|abstien(?:nen)?t)"
                        r"(?=[^\S\n]*[:,(]|[^\S\n]*[:,]?[^\S\n]*\d)"
                        r"[^\S\n]*[:,(]?[^\S\n]*(?:(?P<n>\d{1,3})[^\S\n]*(?:(?:voix|votes?)\b[^\S\n]*)?)?[,(:]?[^\S\n]*")
# what a group named in a sentence does: "le groupe X s'abstient", "les élus du groupe Y votent contre"
# or, in a list of groups under "Vote :", a colon then the position ("groupe « X » : contre (3 voix : M. A, …)")
GROUP_VERB = re.compile(r"[^\S\n]*(?:,[^\S\n]*)?(?:(?P<abstention>s['’][^\S\n]*abstien\w*)|vot\w*[^\S\n]+(?P<pos>pour|contre)\b"
                        r"|(?P<nppv>ne[^\S\n]+(?:prend|prennent)[^\S\n]+pas[^\S\n]+part)"
                        r"|:[^\S\n]*(?:(?P<label_pos>pour|contre)|(?P<label_abstention>abstentions?))\b)")
# the group's members named in the parenthesis after its position: "(3 voix : M. CAUSSE, Mme GUIRAUD)"
GROUP_VOTERS = re.compile(r"[^\S\n]*\([^\S\n]*(?:\d{1,3}[^\S\n]+voix[^\S\n]*)?:[^\S\n]*")
MONEY_LINE = re.compile(r"\n[^\n]*\d[^\S\n]*(?:€|euros)[^\n]*\n")
POSITION_OF = {"pour": POUR, "contre": CONTRE, "abstention": ABSTENTION, "abstentions": ABSTENTION,
               "absention": ABSTENTION, "absentions": ABSTENTION, "abst.": ABSTENTION, "ne se prononce pas": NSPP,
               **dict.fromkeys(("abstenu", "abstenue", "abstenus", "abstenues", "abstient", "abstiennent"), ABSTENTION),
               "ne prend pas": NPPV, "ne prennent pas": NPPV}
PROPOSED = re.compile(r"^[^\S\n]*il[^\S\n]+est[^\S\n]+propos[ée][^\S\n]+au[^\S\n]+conseil[^\S\n]+municipal[^\S\n]*:",
                      re.M | re.I)
DECISION = re.compile(
    r"^[^\n]*(?:apr[eè]s\s+(?:en\s+)?avoir\s+d[eé]lib[eé]r[eé]|apr[eè]s\s+d[ée]lib[ée]ration\b|\bD[ÉE]CIDE\b|le[^\S\n]+conseil[^\S\n]+prend"
    r"[^\S\n]+acte)", re.M | re.I)


@dataclass
class Token:
    """One piece of a vote found in the text, before grouping."""

    start: int
    end: int
    position: str | None = None
    count: Count | None = None
    named: tuple[NamedVote, ...] = ()
    unanimity: Text | None = None
    outcome: Text | None = None
    majority: Text | None = None
    procurations: Count | None = None
    voters: Count | None = None
    label: bool = False
    groups: tuple[GroupVote, ...] = ()
    listed: tuple[str, Count] | None = None  # a position's count taken from the names listed under it


@dataclass
class Group:
    tokens: list[Token] = field(default_factory=list)


def parse_votes(text: str, span: Span) -> tuple[Vote, ...]:
    """Every vote printed in the item at `span`, in order."""
    table, cells = vote_tables.parse_table_votes(text, span)
    blocks = vote_blocks.parse_blocks(text, span)
    taken = cells + tuple(b.span for b in blocks)
    tokens = [t for t in _tokens(text, span) if not any(c.start <= t.start < c.end for c in taken)]
    tokens += [_block_token(block) for block in blocks]
    tokens = [t for t in tokens if not _heads_next_item(text, span, t, tokens)]
    groups = _group(text, sorted(tokens, key=lambda t: (t.start, t.end)))
    votes = [vote for vote in (_vote(group) for group in groups) if vote is not None]
    votes = _attach_nppv(text, span, votes)
    votes = _merge_restated(text, votes)
    votes += table
    return tuple(vote_subjects.with_subjects(text, span, votes) if len(votes) > 1 else votes)


def _merge_restated(text: str, votes: list[Vote]) -> list[Vote]:
    """One decision stated twice ("… à l'unanimité DÉCIDE …" then "Adopté à l'unanimité des membres
    présents") is one vote: an unanimity in the decision's opening and the outcome that repeats it
    merge, keeping the fuller wording; a procedural vote before the decision stays apart."""
    merged: list[Vote] = []
    for vote in votes:
        last = merged[-1] if merged else None
        if last is not None and _bare_unanimity(last) and _bare_unanimity(vote) and last.outcome is None \
                and vote.outcome is not None and sum(map(_bare_unanimity, votes)) == 2 \
                and DECISION.search(text[text.rfind("\n", 0, text.rfind("\n", 0, last.span.start)) + 1:last.span.end]):
            unanimity = max((last.unanimity, vote.unanimity), key=lambda u: len(u.value))
            merged[-1] = replace(last, span=Span(last.span.start, vote.span.end), unanimity=unanimity,
                                 outcome=last.outcome or vote.outcome, named=_unique(last.named + vote.named))
            continue
        merged.append(vote)
    return merged


def _bare_unanimity(vote: Vote) -> bool:
    return vote.unanimity is not None and not any((vote.pour, vote.contre, vote.abstention, vote.nppv, vote.subject))


def _nppv_only(vote: Vote) -> bool:
    return bool(vote.named) and all(n.position == NPPV for n in vote.named) and not (
        vote.outcome or vote.unanimity or vote.pour or vote.contre or vote.abstention)


def _attach_nppv(text: str, span: Span, votes: list[Vote]) -> list[Vote]:
    """Who does not take part goes with a vote of the item, not into a vote of its own.

    A statement printed right above the item's heading with no blank line between ("Les
    administrateurs de la SERM ne prennent pas part au vote : …" then "41  Acquisition à la SERM")
    is the next item's: the item that ends with it drops it, the item it heads takes it. Else it
    joins the nearest vote after it, or the one before."""
    votes = list(votes)
    heading = _statement_above(text, span)
    if heading:
        if votes:
            first = next((i for i, v in enumerate(votes) if not _nppv_only(v)), 0)
            votes[first] = replace(votes[first], named=_unique(votes[first].named + heading))
    merged: list[Vote] = []
    pending: tuple[NamedVote, ...] = ()
    for vote in votes:
        if _nppv_only(vote) and len(votes) > 1:
            if merged and not any(not _nppv_only(v) for v in votes[votes.index(vote) + 1:]):
                merged[-1] = replace(merged[-1], named=_unique(merged[-1].named + vote.named))
            else:
                pending += vote.named
            continue
        if pending:
            vote = replace(vote, named=_unique(pending + vote.named))
            pending = ()
        merged.append(vote)
    return merged


def _heads_next_item(text: str, span: Span, token: Token, tokens: list[Token]) -> bool:
    """A non-participation paragraph that ends the item glued to the next heading, after the
    item's own vote: it belongs to the next item (see `_attach_nppv`)."""
    if not token.named or any(n.position != NPPV for n in token.named) or not _glued_to_next(text, token.end, span.end):
        return False
    paragraph = text.rfind("\n\n", span.start, token.start)
    return any(t.end <= paragraph and (t.count or t.unanimity or t.outcome) for t in tokens)


def _glued_to_next(text: str, end: int, limit: int) -> bool:
    """Whether text[end:limit] holds no blank line and the next heading follows at once."""
    rest = text[end:limit]
    return not rest.strip(" \t\n.") and bool(re.match(r"[ \t.]*(?:\n[ \t]*)?[^\s.]", text[end:limit + 80]))


def _statement_above(text: str, span: Span) -> tuple[NamedVote, ...]:
    """A non-participation statement on the lines right above the heading (no blank line between)."""
    start = span.start
    for _ in range(3):
        previous = text.rfind("\n", 0, max(0, start - 1)) + 1
        if previous >= start or not text[previous:start].strip():
            break
        start = previous
    if start == span.start:
        return ()
    low = folded(text)
    named: tuple[NamedVote, ...] = ()
    for match in NPPV_PHRASE.finditer(low, start, span.start):
        named += tuple(NamedVote(NPPV, p) for p in _nppv_people(text, low, match, start, span.start))
    return named


def parse_decision(text: str, span: Span) -> Text | None:
    """The operative part: from "Après en avoir délibéré" / "DÉCIDE" / "prend acte" to the paragraph
    end; else the proposal the council then adopts ("Il est proposé au conseil municipal :" and its
    "D'APPROUVER…" lines, Lannion's layout)."""
    match = DECISION.search(text, span.start, span.end) or PROPOSED.search(text, span.start, span.end)
    if not match:
        return None
    start = match.start() + len(match.group()) - len(match.group().lstrip())
    end = _decision_end(text, match.end(), span.end)
    return make_text(text, start, end)


def _decision_end(text: str, start: int, limit: int) -> int:
    """The decision runs over its action lines and stops at two blank lines (not those after its
    lead-in "… ont, à l'unanimité :") or a vote label."""
    stop = text.find("\n\n\n", start, limit)
    while stop >= 0 and text[start:stop].rstrip().endswith(":"):  # "… ont, à l'unanimité :" then its lines
        after = len(text) - len(text[stop:].lstrip())
        stop = text.find("\n\n\n", after, limit)
    label = VOTE_LABEL.search(text, start, limit)
    ends = [pos for pos in (stop, label.start() if label else -1) if pos >= 0]
    return min(ends) if ends else limit


def _tokens(text: str, span: Span) -> list[Token]:
    low = folded(text)
    start, end = span.start, span.end
    tokens = []
    for pattern in COUNT_PATTERNS:
        for match in pattern.finditer(low, start, end):
            position = POSITION_OF[" ".join(match.group("pos").split())]
            count = _count(text, match.start("n"), match.end("n"))
            if count is not None:
                tokens.append(Token(match.start(), match.end(), position=position, count=count))
    for pattern in POUR_PATTERNS:
        for match in pattern.finditer(low, start, end):
            tokens.append(Token(match.start(), match.end(), position=POUR, count=_count(text, *match.span("n"))))
    for match in PROCURATIONS.finditer(low, start, end):
        tokens.append(Token(match.start(), match.end(), procurations=make_count(text, *match.span("n"))))
    for match in VOTANTS.finditer(low, start, end):
        tokens.append(Token(match.start(), match.end(), voters=make_count(text, *match.span("n"))))
    for match in UNANIMITY.finditer(low, start, end):
        if "peut" not in low[max(start, match.start() - 40):match.start()] and not _reported(low, start, match.start()):
            tokens.append(Token(match.start(), match.end(), unanimity=make_text(text, *match.span())))
    for outcome, pattern in OUTCOMES:
        for match in pattern.finditer(low, start, end):
            tokens.append(Token(match.start(), match.end(), outcome=Text(outcome, Span(*match.span()))))
    for match in MAJORITY.finditer(low, start, end):
        tokens.append(Token(match.start(), match.end(), majority=make_text(text, *match.span())))
    for match in VOTE_LABEL.finditer(low, start, end):
        tokens.append(Token(match.start(), match.end(), label=True))
    for grid in vote_grid.grids(text, span):  # a grid states a vote of its own, as a "Vote :" label does
        tokens += [Token(grid.start, grid.start, label=True)] + [_grid_token(found) for found in grid.counts]
    tokens += _named_tokens(text, low, span)
    return _dedupe(tokens)


# a result another body gave, or one given before: "tels qu'approuvés par le Comité Syndical du 23
# septembre 2025 à l'unanimité", "ce projet déjà voté à l'unanimité"
REPORTED = re.compile(r"\b(?:deja|precedemment|auparavant|tels?|telles?)\b|\bpar[^\S\n]+(?:le|la|l['’])[^\S\n]*(?:comite|commission|"
                      r"bureau|syndicat|assemblee|conseil[^\S\n]+(?:d['’]|de[^\S\n]|syndical|communautaire|departemental|regional))")


def _reported(low: str, lower: int, pos: int) -> bool:
    """Whether the clause before `pos` reports someone else's or an earlier vote."""
    window = low[max(lower, pos - 90):pos]
    clause = re.split(r"[.;:]\s|\n\s*\n", window)[-1]
    return bool(REPORTED.search(clause))


def _grid_token(found: vote_grid.GridCount) -> Token:
    """A count printed under its label: the number of voters, or a position's count."""
    if found.position == vote_grid.VOTERS:
        return Token(found.span.start, found.span.end, voters=found.count)
    return Token(found.span.start, found.span.end, position=found.position, count=found.count)


def _count(text: str, start: int, end: int) -> Count | None:
    """A count printed in figures or in words ("vingt" → 20, by text2num)."""
    value = number_value(text[start:end])
    return None if value is None else Count(value, Span(start, end))


def _named_tokens(text: str, low: str, span: Span) -> list[Token]:
    """Names and groups after a position ("Contre : 2, Monsieur TANGUY…", "Contre : 7 (UMP)"),
    before "ne prend pas part au vote", and groups that say how they vote ("le groupe X s'abstient")."""
    tokens = []
    for match in NAMED_LIST.finditer(low, span.start, span.end):
        position = POSITION_OF[match.group("pos")]
        printed = make_count(text, *match.span("n")) if match.group("n") else None
        voters = read_voters(text, match.end(), _list_end(text, match.end(), span.end),
                             printed.value if printed else None)
        if voters.people or voters.groups:
            tokens.append(_listed(position, match.start(), voters.end, voters.people, voters.groups, printed))
    for match in NPPV_PHRASE.finditer(low, span.start, span.end):
        people = _nppv_people(text, low, match, span.start, span.end)
        if people:
            named = tuple(NamedVote(NPPV, p) for p in people)
            tokens.append(Token(min(match.start(), people[0].span.start), max(match.end(), people[-1].span.end),
                                named=named))
    for match in GROUP_NOUN.finditer(text, span.start, span.end):
        voters = read_voters(text, match.start(), span.end)
        verb = GROUP_VERB.match(low, voters.end, span.end) if voters.groups else None
        if verb is not None:
            position = _group_position(verb)
            members = _group_voters(text, verb.end(), span.end)
            end = members[-1].span.end if members else verb.end()
            tokens.append(Token(match.start(), end, groups=tuple(GroupVote(position, g) for g in voters.groups),
                                named=tuple(NamedVote(position, p) for p in members)))
    return tokens


def _group_position(verb: re.Match[str]) -> str:
    if verb.group("abstention") or verb.group("label_abstention"):
        return ABSTENTION
    return NPPV if verb.group("nppv") else POSITION_OF[verb.group("pos") or verb.group("label_pos")]


def _group_voters(text: str, start: int, limit: int) -> list[Person]:
    """The members a group's position names in its parenthesis, if it names them."""
    opening = GROUP_VOTERS.match(text, start, limit)
    return read_names(text, opening.end(), _list_end(text, opening.end(), limit)) if opening else []


def _listed(position: str, start: int, end: int, people: tuple[Person, ...], groups: tuple[Text, ...],
            printed: Count | None) -> Token:
    """A list of voters under a position. With no count printed with the label, the members listed
    are the position's count when the vote prints none (see `_vote`), unless a group is among
    them: a group's voters are not counted by its name. A printed count is read by the count
    patterns already."""
    listed = (position, Count(len(people), Span(people[0].span.start, people[-1].span.end))) \
        if printed is None and people and not groups else None
    return Token(start, end, named=tuple(NamedVote(position, p) for p in people),
                 groups=tuple(GroupVote(position, g) for g in groups), listed=listed)


def _block_token(block: vote_blocks.Block) -> Token:
    """A block of names under a position, with the count printed on its heading (read nowhere
    else, as the block's span is left out of the other tokens) or the count of its names."""
    token = _listed(block.position, block.span.start, block.span.end, block.people, block.groups, block.count)
    return replace(token, position=block.position, count=block.count) if block.count else token


def _nppv_people(text: str, low: str, match: re.Match[str], lower: int, limit: int) -> list[Person]:
    """Who does not take part: the names after "… ne prennent pas part au vote :", else the list of
    the clause before a plural ("Madame Noël, messieurs David et Grandin ne prennent pas part"), else
    the person just before ("M. Joël LECOEUR, administrateur au Crédit Agricole, ne prend pas part";
    "le Maire précise que M. X ne prend pas part": the one announced, not the announcer)."""
    colon = re.match(r"[^\S\n]*:[^\S\n]*", text[match.end():match.end() + 5])
    if colon:
        start = match.end() + colon.end()
        return names_in_clause(text, start, _list_end(text, start, limit)) or \
            read_names(text, start, _list_end(text, start, limit))
    window = max(lower, match.start() - 400)
    starts = [m.end() for m in CLAUSE_START.finditer(low, window, match.start())]
    clause = starts[-1] if starts else window
    if any(match.group(g) for g in ("plural", "plural2", "plural3", "plural4", "plural5")):
        # a plural with no name in its clause is a rule ("les présidents d'associations ne prennent pas part")
        return names_in_clause(text, clause, match.start())
    person = name_before(text, match.start(), max(clause, match.start() - 120))
    return [person] if person is not None else []


def _list_end(text: str, start: int, limit: int) -> int:
    """A list of names ends at a closing parenthesis (not one of a note inside it: "M. Patrice
    VIDAL (pouvoir), M. Julien PASQUIER)") or a blank line."""
    blank = text.find("\n\n", start, limit)
    limit = blank if blank >= 0 else limit
    depth = 0
    for position in range(start, limit):
        char = text[position]
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return position
            depth -= 1
    return limit


def _dedupe(tokens: list[Token]) -> list[Token]:
    """Drop count tokens that overlap an earlier count (two patterns reading the same number)."""
    kept: list[Token] = []
    for token in sorted(tokens, key=lambda t: (t.start, -(t.end - t.start))):
        if token.count and any(k.count and k.count.span == token.count.span for k in kept):
            continue
        kept.append(token)
    return kept


def _group(text: str, tokens: list[Token]) -> list[Group]:
    """Neighbouring tokens form one vote; see the module docstring for what separates two votes."""
    groups: list[Group] = []
    current = Group()
    last_end = None
    for token in tokens:
        if current.tokens and _starts_new(text, current, token, last_end):
            groups.append(current)
            current = Group()
        current.tokens.append(token)
        last_end = max(last_end or token.end, token.end)
    if current.tokens:
        groups.append(current)
    return groups


def _starts_new(text: str, group: Group, token: Token, last_end: int) -> bool:
    gap = text[last_end:token.start] if token.start > last_end else ""
    if token.label and any(t.count or any(n.position != NPPV for n in t.named) for t in group.tokens):
        return True
    if len(gap) > MAX_GAP or MONEY_LINE.search("\n" + gap + "\n") and "\n" in gap:
        return True
    if "\n" in gap and vote_subjects.heading_lines(text, last_end, token.start):
        return True
    if token.position and any(t.position == token.position and t.count for t in group.tokens):
        return True
    return bool(token.outcome and any(t.outcome for t in group.tokens))


def _vote(group: Group) -> Vote | None:
    tokens = group.tokens
    counts: dict[str, Count] = {}
    for token in tokens:
        if token.position and token.count and token.position not in counts:
            counts[token.position] = token.count
    for token in tokens:
        if token.listed and token.listed[0] not in counts:
            counts[token.listed[0]] = token.listed[1]
    named = tuple(n for t in tokens for n in t.named)
    groups = tuple(dict.fromkeys(g for t in tokens for g in t.groups))
    unanimity = next((t.unanimity for t in tokens if t.unanimity), None)
    outcome = next((t.outcome for t in tokens if t.outcome), None)
    majority = next((t.majority for t in tokens if t.majority), None)
    rejected = POUR in counts and CONTRE in counts and counts[CONTRE].value > counts[POUR].value
    if outcome is None and majority is not None and not rejected:
        outcome = Text(ADOPTED, majority.span)
    if not (counts or named or groups or unanimity or outcome):
        return None
    span = Span(min(t.start for t in tokens), max(t.end for t in tokens))
    return Vote(span=span, outcome=outcome, unanimity=unanimity, pour=counts.get(POUR),
                contre=counts.get(CONTRE), abstention=counts.get(ABSTENTION), nspp=counts.get(NSPP),
                nppv=counts.get(NPPV),
                procurations=next((t.procurations for t in tokens if t.procurations), None),
                voters=next((t.voters for t in tokens if t.voters), None) or _all_voters(unanimity, counts),
                named=_unique(named), groups=groups)


def _all_voters(unanimity: Text | None, counts: dict[str, Count]) -> Count | None:
    """ "24 pour – unanimité des votants": every voter voted for, so the voters are the pour count."""
    if unanimity is None or "votants" not in folded(unanimity.value) or set(counts) - {POUR}:
        return None
    return counts.get(POUR)


def _unique(named: tuple[NamedVote, ...]) -> tuple[NamedVote, ...]:
    seen: set[tuple[str, Span]] = set()
    out = []
    for vote in named:
        if (vote.position, vote.person.span) not in seen:
            seen.add((vote.position, vote.person.span))
            out.append(vote)
    return tuple(out)
