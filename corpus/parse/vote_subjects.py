"""What each vote of an item holds several votes applies to: its `subject`.

An item may vote a table line by line (subsidies), or several decisions one after the other (the
compte de gestion, the compte administratif, the affectation of results, the budget primitif, all
under "Budget – Commune"). A vote's subject is, first, the table row with an amount or the bullet
line right above it; else the heading of the section it closes: the one line, between the vote
before it (or the item's heading) and itself, that stands as a heading, judged by its shape and
not by its words. A heading line opens a paragraph (a blank line or a bullet before it), is short
(a wrapped line of prose is not) and starts with a capital; it is not a sentence or a label (".",
":"), nor a line that runs on into the next (or ends on a short lower-case word: "Taxe sur le"),
nor the content of a label above it ("A) Transport :"), nor a person's name or a line a name leads
(a speaker, a movement), nor a row of column headings, nor a running header or footer (a line
printed again on other pages, its numbers aside).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from corpus.models import Span, Vote
from corpus.parse.common import make_text
from corpus.parse.vote_names import CIVILITY, read_names

SUBJECT_SKIP = re.compile(r"vote[^\S\n]*:|ne[^\S\n]+prend[^\S\n]+pas|donne[^\S\n]+lecture|^\W*$", re.I)
ROW_OR_BULLET = re.compile(r"^[^\S\n]*[−–•▪][^\S\n]*\S|\S[^\S\n]{3,}\d[\d \t.,]*(?:€|euros)")
BULLET_MARKS = "−–-•▪"
BULLET = " \t" + BULLET_MARKS
# a sub-item's own number or letter before its words: "a)", "b.", "2)", "1.1", "II -"
# (a capital and a dot is an initial, "C. Morales", not a number)
ENUMERATOR = re.compile(r"^(?:[a-z][.)]|[A-Z]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}[.)]|[IVX]{1,4}[^\S\n]+[-–])[^\S\n]*")
OPTION_LINE = re.compile(r"[^\S\n]*(?:[−–•-][^\S\n]*)?(?i:pour)[^\S\n]+(?P<option>(?i:le|la|les|l['’]|un|une|d['’])"
                         r"[^\n:]{3,80}?)[^\S\n]*:[^\S\n]*\d")
ROW_REACH = 6  # lines above a vote where its row or bullet line may stand
HEADING_CHARS = 60  # a heading longer than this is a line of prose
SENTENCE_END = re.compile(r"[.,;:!?…]$|[^\S\n]:[^\S\n]")
SPEAKER = re.compile(r"(?:" + CIVILITY + r"|Il|Elle|Ils|Elles|[A-ZÀ-Þ]\.)(?![\w-])")
SHORT_LAST_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ]{1,3}[^\S\n]*$")
VOTE_LINE = re.compile(r"(?i)\b(?:pour|contre|abstentions?|vote)\b")
RUNNING_MIN = 4  # a line printed this often is a running header or footer
COLUMN_GAP = re.compile(r"\S[^\S\n]{3,}(?=\S)")


def with_subjects(text: str, span: Span, votes: list[Vote]) -> list[Vote]:
    """The item's votes in order, each with its subject when the text gives one."""
    ordered = sorted(votes, key=lambda v: v.span.start)
    found: list[Vote] = []
    for index, vote in enumerate(ordered):
        if vote.subject is None:
            after = ordered[index - 1].span.end if index else _heading_end(text, span)
            vote = _own_option(text, vote) or _row_above(text, span, vote) or _section_heading(text, after, vote)
        found.append(vote)
    return found


def _own_option(text: str, vote: Vote) -> Vote | None:
    """A vote between options counts each on its own line: "− Pour le retour à la semaine de 4
    jours : 14" is a vote for that option, its subject."""
    count = vote.pour or vote.contre
    if count is None:
        return None
    option = OPTION_LINE.match(text, text.rfind("\n", 0, count.span.start) + 1)
    if option is None or option.end() - 1 != count.span.start:
        return None
    return replace(vote, subject=make_text(text, option.start("option"), option.end("option")))


def _row_above(text: str, span: Span, vote: Vote) -> Vote | None:
    """The nearest table row with an amount, or bullet line, above the vote (vote labels and
    non-participation lines between them skipped)."""
    pos = text.rfind("\n", span.start, vote.span.start) + 1
    for _ in range(ROW_REACH):
        if pos <= span.start:
            break
        line_start = text.rfind("\n", span.start, pos - 1) + 1
        line = text[line_start:pos - 1]
        pos = line_start
        if SUBJECT_SKIP.search(line):
            continue
        if ROW_OR_BULLET.search(line):
            start = line_start + len(line) - len(line.lstrip(BULLET))
            return replace(vote, subject=make_text(text, start, line_start + len(line)))
        break
    return None


def _section_heading(text: str, after: int, vote: Vote) -> Vote:
    """The vote with the heading line between `after` and itself as subject, when there is one
    only, or one only that a bullet leads (the lines under it head its parts): several alike are
    the sections of a report ("I - …", "II - …"), none of them the vote's."""
    headings = heading_lines(text, after, vote.span.start)
    bulleted = [h for h in headings if _bulleted(text[h[0]:h[1]])]
    chosen = headings if len(headings) == 1 else bulleted
    if len(chosen) != 1:
        return vote
    start, end = chosen[0]
    return replace(vote, subject=make_text(text, start + _marker_length(text[start:end]), end))


def heading_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the lines between `start` and `end` that stand as section headings: two
    votes with one between them are two votes, whatever their distance."""
    found = []
    pos = text.find("\n", start, end)
    while 0 <= pos < end:
        line_start, line_end = pos + 1, text.find("\n", pos + 1, end)
        if line_end < 0:
            break
        if _opens_paragraph(text, line_start) and _is_heading(text, line_start, line_end) \
                and not _continued(text, line_end) and not _announced(text, start, line_start):
            found.append((line_start, line_end))
        pos = line_end
    return found


def _continued(text: str, end: int) -> bool:
    """Whether the line ending at `end` runs on into the next (a wrapped line or table cell): the
    next line starts in lower case (unless the line is a bullet, its details below it) or inside a
    parenthesis, or the line leaves one open or ends on a short lower-case word."""
    following = text[end + 1:text.find("\n", end + 1)].lstrip()
    line = text[text.rfind("\n", 0, end) + 1:end]
    return bool(following) and (following[0].islower() and not _bulleted(line) or following[0] == "(") \
        or line.count("(") > line.count(")") or bool(SHORT_LAST_WORD.search(line))


def _announced(text: str, lower: int, start: int) -> bool:
    """Whether the nearest line above, after `lower`, ends with ":": the line is the content of
    that label (an item of its list), not a heading. The item's own title or a vote above may end
    with ":" and announce nothing."""
    above = text[lower:start].rstrip()
    return above.endswith(":") and not VOTE_LINE.search(above[above.rfind("\n") + 1:])


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the line at `start` follows a blank line or starts with a bullet."""
    previous = text.rfind("\n", 0, max(0, start - 1))
    return not text[previous + 1:start].strip() or _bulleted(text[start:text.find("\n", start)])


def _bulleted(line: str) -> bool:
    first = line.lstrip(" \t")[:1]
    return bool(first) and first in BULLET_MARKS


def _is_heading(text: str, start: int, end: int) -> bool:
    """A short line of two words or more, starting with a capital after any bullet, that is not a
    sentence, a label, a name, a speaker's or a vote's line, column headings or a running line."""
    line = text[start:end]
    words = " ".join(line[_marker_length(line):].split())
    if not words or len(words) > HEADING_CHARS or SUBJECT_SKIP.search(line) or SENTENCE_END.search(words):
        return False
    if not words[0].isupper() or len(words.split()) < 2 or SPEAKER.match(words):
        return False
    if COLUMN_GAP.search(line.strip()) and not ROW_OR_BULLET.search(line):
        return False
    names = read_names(words, 0, len(words))
    if names and names[-1].span.end >= len(words.rstrip(" ,;")):
        return False
    return _masked(words) not in _running_lines(text)


def _marker_length(line: str) -> int:
    """How many characters of the line its indent, bullet and number take ("  − ", "b) ")."""
    words = line.lstrip(BULLET)
    number = ENUMERATOR.match(words)
    return len(line) - len(words) + (number.end() if number else 0)


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


@functools.lru_cache(maxsize=4)
def _running_lines(text: str) -> frozenset[str]:
    """Page headers and footers: lines printed again with their numbers changed ("Page 5 / 10"),
    or printed on many pages. A line printed twice alike is not one: the agenda repeats headings."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    seen = Counter(_masked(line) for line in lines)
    forms = Counter(_masked(line) for line in set(lines))
    return frozenset(line for line, count in seen.items() if forms[line] > 1 or count >= RUNNING_MIN)


def _heading_end(text: str, span: Span) -> int:
    """Where the item's own heading ends: its first line and the lines it wraps onto, up to a
    blank line or a bullet line (a sub-heading may follow the title at once)."""
    end = text.find("\n", span.start, span.end)
    while 0 <= end < span.end:
        following = text.find("\n", end + 1, span.end)
        line = text[end + 1:following if following >= 0 else span.end].strip()
        if not line or _bulleted(line) or following < 0:
            break
        end = following
    return span.start if end < 0 else end
