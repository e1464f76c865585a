"""When a séance sat: its date, the convocation date, the opening and closing times.

A header prints several dates: the sitting's, the convocation's, a letter date ("Montpellier, le
lundi 14 mars 2011"), the transmission to the préfecture, the earlier séance whose minutes are
approved. No single wording tells them apart on every layout, so each date of the header is a
candidate with a score, the sum of what speaks for and against it being the sitting:

- where it stands: a date in the heading (the first lines) is strong, one further down weaker;
- the words of its clause, read back to the previous date, sentence, blank line or column gap:
  "Séance du", "Conseil Municipal du", "s'est réuni … le", "L'an deux mille …" speak for the
  sitting; "convoqué(s) le", "Convocation du" make it the convocation; "Approbation du compte
  rendu de la séance du", "affiché le", "Préfecture", "vu la délibération du", "depuis la séance
  du", "Fait à X, le" make it a reference to something else; a line "X, le …" is a letter date;
- the words after it: an hour ("à 19h30") speaks for the sitting, "est adopté" against it;
- agreement: the same day stated twice in the heading ("du 30/10/2025" and "SEANCE DU 30 OCTOBRE
  2025") reinforces itself.

The cues are data (`BEFORE`, `AFTER`), one weight each; the sitting is the best-scored date above
zero. The file name is never used.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Date, Span, Text
from corpus.parse.common import NUMBER_WORDS, find_dates, find_word_dates, fold, make_text, squash

HEADING_LINES = 8  # the first non-blank lines of a text are its heading
HEADING_PRIOR, NEAR_PRIOR, FAR_PRIOR = 3.0, 1.5, 0.5
NEAR_CHARS = 1200
CLAUSE_CHARS = 200
AGREEMENT, AGREEMENT_CAP = 1.5, 3.0
COLUMN_GAP = re.compile(r"\S[^\S\n]{3,}(?=\S)")
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_TAIL = rf"(?:\s+{_WEEKDAY})?[\s,:–—-]*$"  # "Séance du lundi 30 Janvier 2023", "Conseil municipal – 5 mai"

TIME = (rf"\d{{1,2}}[^\S\n]*[hH](?:[^\S\n]*\d{{2}})?\b|\d{{1,2}}:\d{{2}}"
        rf"|(?:{NUMBER_WORDS})[^\S\n]+heures?(?:[^\S\n]+(?:{NUMBER_WORDS}))?")
SITTING, CONVOCATION, REFERENCE, LETTER = "sitting", "convocation", "reference", "letter"
CLAUSE, LINE, LATER = "clause", "line", "later"
# (kind, where, pattern, weight): a pattern on the folded clause before the date (LATER: only past
# the heading) or on the date's line before it; a kind other than SITTING names what the date is
# instead (the first found, in this order)
BEFORE: tuple[tuple[str, str, re.Pattern[str], float], ...] = tuple(
    (kind, where, re.compile(pattern), weight) for kind, where, pattern, weight in (
        (CONVOCATION, CLAUSE, r"\bconvoqu\w*|\bconvocation", -6.0),
        (REFERENCE, CLAUSE, r"\bapprob\w*|\bapprouv\w*|\badopt\w*|\bvalid\w*", -5.0),
        # one decision is referred to; "relevé des décisions du conseil du …" names the sitting's own
        (REFERENCE, CLAUSE,
         r"\bprecedent\w*|\bdernier\w*|\bdepuis\b|\blors\s+d|\ben\s+date\s+du|\bvu\b|\bvisa\b"
         r"|\b(?:la|une|sa|cette|par|notre|votre)\s+deliberation|\bdecision\b|\barrete|\bdecret|\bloi\b"
         r"|\bcirculaire|\bordonnance|\bcourrier|\blettre|\bmail\b|\bcourriel|\bprefecture|\blegalite"
         r"|\btransmis\w*|\btransmission|\brecu\w*|\breception|\baffich\w*|\bpublie\w*|\bpublication"
         r"|\benvoi\w*|\benvoy\w*|\bnotifi\w*|\bexecutoire|\bcertifie|\bfait\s+(?:et\s+delibere\s+)?a\b"
         r"|\bjusqu|\bavant\s+le|\bapres\s+le|\bdu\s+\d+\s+au$", -4.0),
        # minutes named below the heading are another séance's ("destinataire du compte rendu de la
        # séance du 10 mars 2016"); in the heading they are this one's title
        (REFERENCE, LATER, r"\bcompte[- ]?rendu|\bproces[- ]verbal|\bpv\b|\bcr\b", -4.0),
        (SITTING, CLAUSE, r"\b(?:seance|reunion|session)(?:\s+(?:publique|ordinaire|extraordinaire|pleniere))?"
                          r"(?:\s+du|\s*:)?" + _TAIL, 3.0),
        (SITTING, CLAUSE, r"\b(?:conseil|comite|bureau)(?:\s+[\w'’-]+){0,2}(?:\s+du|\s*:)?" + _TAIL, 2.5),
        (SITTING, CLAUSE, r"\breuni\w*\b.{0,120}\ble" + _TAIL, 3.0),
        (SITTING, CLAUSE, r"\bassembl\w*\b.{0,120}\ble" + _TAIL, 2.0),
        (SITTING, CLAUSE, r"\bs['’]ouvrira\s+le\s*:?" + _TAIL, 3.0),
        (SITTING, CLAUSE, r"\bseance\b|\breunion\b|\bsession\b", 1.0),
        (SITTING, LINE, rf"^(?:(?:le|du)\s+)?{_WEEKDAY}$|^(?:le|du)$", 0.5),
    ))
# a letter's place and date, alone on their line: "Montpellier, le lundi 14 mars 2011"
LETTER_LINE = re.compile(r"^[A-ZÀ-Ý][\w'’-]*(?:[^\S\n][\w'’-]+){0,4},[^\S\n]+[lL]e(?:[^\S\n]+\w+)?[^\S\n]*$")
LETTER_WEIGHT = -4.0
# a date standing as a title on its own line ("du 19 mai 2017", "SEANCE DU 30 OCTOBRE 2025",
# "lundi 08 juin 2020"), an hour at most after it
ALONE_BEFORE = re.compile(rf"^(?:(?:seance|conseil|comite|bureau)(?:\s+[\w'’-]+){{0,2}}\s+)?(?:du|le)?\s*{_WEEKDAY}?$")
ALONE_AFTER = re.compile(rf"[^\S\n]*[,.]?[^\S\n]*(?:(?:à|a)?[^\S\n]*(?:{TIME})[^\S\n]*\.?)?[^\S\n]*(?:\n|$)", re.IGNORECASE)
ALONE_WEIGHT = 2.0
SITTING_WORDS = re.compile(r"\b(?:seance|conseil|comite|bureau|reuni\w*|assembl\w*)\b")
AFTER: tuple[tuple[str, re.Pattern[str], float], ...] = (
    (REFERENCE, re.compile(r"^\W{0,5}(?:est|a\s+ete|ont\s+ete|sont|sera)\s+(?:\w+\s+)?(?:adopte|approuve|valide)"), -5.0),
    (REFERENCE, re.compile(r"^\W{0,3}(?:dernier|precedent)"), -4.0),
    (SITTING, re.compile(rf"^[^\S\n]*[,-]?\s*(?:a\s+|des\s+)?(?:{TIME})", re.IGNORECASE), 1.5),
)
AFTER_CHARS = 60
L_AN = re.compile(r"l['’]an\b")
L_AN_WEIGHT = 4.0
OPENING = re.compile(rf"\bà[^\S\n]*\n?[^\S\n]*(?P<time>{TIME})", re.IGNORECASE)
OPENING_WINDOW = 120
# the séance's end: a closing word next to the séance ("la séance est levée", "lève la séance",
# "clôture de la réunion", "fin de séance"), in either order, then its time in the same sentence
_ENDS = r"lev[ée]e|l[èe]ve|clos(?:e|t)?|cl[ôo]tur(?:e|ée|é)|fin|termin[ée]e"
_SITS = r"s[ée]ance|r[ée]union"
CLOSING = re.compile(
    rf"(?:(?:{_SITS})[^\S\n]+(?:est[^\S\n]+)?(?:{_ENDS})|\b(?:{_ENDS})\b[^.\n]{{0,8}}(?:{_SITS}))\b[^.\n]{{0,25}}?"
    rf"(?:\bà|:)[^\S\n]*(?P<time>{TIME})"
    rf"|ordre\s+du\s+jour\s+(?:[ée]tant\s+)?[ée]puis[ée][^.\n]{{0,20}}?\bà\s+(?P<time2>{TIME})",
    re.IGNORECASE)
POINT = re.compile(r"[^\S\n]*(?:\d{1,3}|[IVX]{1,4})[^\S\n]*[.)/–-][^\S\n]+[^\W\d_]")
CLAUSE_END = re.compile(r"[.;!?](?=\s)|\n[^\S\n]*\n")


@dataclass(frozen=True)
class DateCandidate:
    """A date of the header with what it is taken for and how strongly it reads as the sitting."""

    date: Date
    kind: str | None  # SITTING, CONVOCATION, REFERENCE, LETTER, or None when no word says
    score: float


def heading_end(text: str, start: int, lines: int = HEADING_LINES) -> int:
    """End of the first `lines` non-blank lines from `start`, the heading of the text; it ends
    sooner at a numbered point ("3. Convention avec la commune de …"), where the items begin."""
    position, seen = start, 0
    while position < len(text) and seen < lines:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if POINT.match(text, position, end):
            return position
        if text[position:end].strip():
            seen += 1
        position = end + 1
    return min(position, len(text))


def _all_dates(text: str, span: Span) -> list[Date]:
    """Dates in digits and in words, in text order, a words date hiding the digits one inside it."""
    worded = find_word_dates(text, span.start, span.end)
    digits = [d for d in find_dates(text, span.start, span.end)
              if not any(w.span.contains(d.span) for w in worded)]
    return sorted(worded + digits, key=lambda d: d.span.start)


def _clause(text: str, start: int, floor: int) -> str:
    """The folded words before `start` that belong with the date there: back to the previous date
    (`floor`), the end of a sentence, a blank line or a column gap on the date's own line. A
    sentence that goes on in lower case across blank lines ("qui s'ouvrira le :⏎⏎⏎lundi 08 juin",
    "depuis⏎⏎la séance du") is one clause: layout spacing is not punctuation."""
    begin = max(floor, start - 3 * CLAUSE_CHARS)
    raw = text[begin:start]
    line_start = raw.rfind("\n") + 1
    gaps = list(COLUMN_GAP.finditer(raw, line_start))
    if gaps:
        return squash(fold(raw[gaps[-1].end():]))
    cut = 0
    for match in CLAUSE_END.finditer(raw):
        if match.group().strip() or not _goes_on(raw[:match.start()], raw[match.end():] or text[start:start + 1]):
            cut = match.end()
    return squash(fold(raw[cut:]))[-CLAUSE_CHARS:]


def _goes_on(before: str, after: str) -> bool:
    """Whether a sentence runs on across a blank line: it stopped on a word in lower case, a comma
    or a colon, and resumes in lower case or with a number."""
    before, after = before.rstrip(), after.lstrip()
    return bool(before) and bool(after) and (before[-1].islower() or before[-1] in ",:") and (
        after[0].islower() or after[0].isdigit())


def _line_prefix(text: str, start: int) -> str:
    """The text of the date's line before it, indentation dropped, whitespace runs collapsed."""
    return squash(text[text.rfind("\n", 0, start) + 1:start])


def _read(text: str, date: Date, floor: int, heading: int, origin: int) -> DateCandidate:
    """Score one date (see the module's docstring)."""
    start = date.span.start
    score = HEADING_PRIOR if start < heading else NEAR_PRIOR if start - origin < NEAR_CHARS else FAR_PRIOR
    kind = None
    if L_AN.match(fold(text[start:start + 8])):
        score, kind = score + L_AN_WEIGHT, SITTING
    line = _line_prefix(text, start)
    clause = _clause(text, start, floor)
    contexts = {CLAUSE: clause, LINE: fold(line), LATER: clause if start >= heading else ""}
    for cue_kind, where, pattern, weight in BEFORE:
        if pattern.search(contexts[where]):
            score += weight
            kind = kind or cue_kind
    if LETTER_LINE.match(line) and not SITTING_WORDS.search(contexts[LINE]):
        score += LETTER_WEIGHT
        kind = kind if kind in (CONVOCATION, REFERENCE) else LETTER
    if ALONE_BEFORE.match(contexts[LINE]) and ALONE_AFTER.match(text, date.span.end):
        score += ALONE_WEIGHT
    after = fold(text[date.span.end:date.span.end + AFTER_CHARS])
    for cue_kind, pattern, weight in AFTER:
        if pattern.search(after):
            score += weight
            if cue_kind == SITTING:
                kind = kind or SITTING
            elif kind in (None, SITTING):
                kind = cue_kind
    return DateCandidate(date, kind, score)


def date_candidates(text: str, span: Span) -> list[DateCandidate]:
    """Every date of `span` and of the heading, in text order, scored, agreement counted."""
    heading = heading_end(text, span.start)
    region = Span(span.start, max(span.end, heading))
    read, floor = [], region.start
    for date in _all_dates(text, region):
        read.append(_read(text, date, floor, heading, region.start))
        floor = date.span.end
    agreeing = [c for c in read if c.score > 0]
    return [DateCandidate(c.date, c.kind, c.score + min(AGREEMENT_CAP, AGREEMENT * sum(
        1 for other in agreeing if other is not c and other.date.value == c.date.value))) if c.score > 0 else c
            for c in read]


def sitting_and_convocation(text: str, span: Span) -> tuple[Date | None, Date | None]:
    """The séance's date and its convocation date, as stated in `span` (and the heading)."""
    candidates = date_candidates(text, span)
    sitting = max((c for c in candidates if c.score > 0 and c.kind in (SITTING, None)),
                  key=lambda c: c.score, default=None)
    convocation = next((c.date for c in candidates if c.kind == CONVOCATION), None)
    return (sitting.date if sitting else None), convocation


def opening_time(text: str, span: Span) -> Text | None:
    """The opening time printed right after a statement of the séance's date ("le jeudi 22 mai 2014
    à 18h00", "lundi 08 juin 2020⏎à 18 H 00"); a header may state the date several times."""
    for candidate in date_candidates(text, span):
        if candidate.score > 0 and candidate.kind in (SITTING, None):
            end = candidate.date.span.end
            match = OPENING.search(text, end, min(span.end, end + OPENING_WINDOW))
            if match:
                return make_text(text, match.start("time"), match.end("time"))
    return None


def closing_time(text: str) -> Text | None:
    """When the séance was closed: the last "La séance est levée à 21h15" of the whole text (it
    comes after the last deliberation, far outside the header)."""
    last = None
    for last in CLOSING.finditer(text):
        pass
    if last is None:
        return None
    group = "time" if last.group("time") else "time2"
    return make_text(text, last.start(group), last.end(group))
