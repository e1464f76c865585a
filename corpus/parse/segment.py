"""Split a document into its séance header and its deliberations (agenda items).

Council texts number their points in one style per document: a dated code ("2019-07-01",
"20221205 2"), a register code ("DEL2025-02", "D2025-008- Objet :"), or a plain number ("1.",
"1 -", "1/"). We try each style, drop the agenda or recap lists that repeat the points without
their text, and keep the style that gives a coherent sequence. A single extrait du registre is one
item; unnumbered upper-case headings are the last resort before "the body is one item".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Span, Text
from corpus.parse.common import fold, make_text, squash

MAX_TITLE_LINES = 4
BULLETS = "-−–•▪o\uf0a7\uf0d8\uf0b7✓"
LIST_BODY_CHARS = 400  # an entry of an agenda/recap list has at most this much text under it
LIST_MIN_ENTRIES = 3
LIST_COVERAGE = 0.6  # share of a list's numbers that must reappear elsewhere to call it a list


@dataclass(frozen=True)
class Item:
    span: Span
    number: Text | None = None
    title: Text | None = None


@dataclass(frozen=True)
class Layout:
    header: Span  # the séance header: date, members, president… before the first item
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Heading:
    """A line that opens a point: where it starts, its number, title and ordering key."""

    start: int
    number: Text | None
    title: Text | None
    key: tuple


_TITLE = r"(?P<title>[^\n]*\S)"
# code styles: the number is a register code, unambiguous, tried first
CODE_STYLES = (
    re.compile(r"^[^\S\n]*(?P<number>20\d\d-\d\d-\d\d(?:[A-Z]{1,3})?)[^\S\n]+" + _TITLE, re.M),
    re.compile(r"^[^\S\n]*(?P<number>20\d{6}[^\S\n]+\d{1,3})[^\S\n]+" + _TITLE, re.M),
    re.compile(r"^[^\S\n]*(?P<number>DEL\d{4}-\d{1,3})[^\S\n]*:[^\S\n]*" + _TITLE, re.M),
    re.compile(r"^[^\S\n]*(?P<number>D\d{4}[^\S\n]*[-–_][^\S\n]*\d{1,3})[^\S\n]*-?[^\S\n]*Objet[^\S\n]*:[^\S\n]*" + _TITLE,
               re.M | re.I),
)
_NUM = r"^[^\S\n]*(?P<number>\d{1,2}(?:[.-]\d{1,2})?)"
_WORD = r"(?P<title>[A-ZÀ-ÖØ-Þa-zß-öø-ÿ«\"][^\n]*\S)"
# plain numbers, one separator per style: "1. ", "1 - ", "1- ", "1/ ", "1) "; "4-1 TITLE" sub-points
NUMBER_STYLES = (
    re.compile(_NUM + r"\.[^\S\n]+" + _WORD, re.M),
    re.compile(_NUM + r"[^\S\n]+[-–][^\S\n]+(?P<title>[^\n]*\S)", re.M),
    re.compile(_NUM + r"[-–][^\S\n]+" + _WORD, re.M),
    re.compile(_NUM + r"/[^\S\n]*" + _WORD, re.M),
    re.compile(_NUM + r"\)[^\S\n]+" + _WORD, re.M),
)
SUB_POINT = re.compile(r"^[^\S\n]*(?P<number>\d{1,2}[-.]\d{1,2})[^\S\n]+(?P<title>[A-ZÀ-Þ][^\n]*\S)", re.M)
UPPER_HEADING = re.compile(
    r"(?:\A|\n[^\S\n]*\n)(?P<line>[^\S\n]{0,12}(?P<title>[A-ZÀ-Þ][A-ZÀ-Þ '’–\-,]+(?:\([^)\n]*\))?[ :]*))$", re.M)
ROMAN_SECTION = re.compile(r"^[^\S\n]*[IVX]{1,4}\.[^\S\n]+\S", re.M)
REGISTER_CODE = re.compile(r"(?P<number>D\d{4}[^\S\n]*[-–_][^\S\n]*\d{1,3})[^\S\n]*[-–][^\S\n]*")

EXTRAIT = re.compile(r"extrait du registre", re.I)
OBJET_LINE = re.compile(r"^[^\S\n]*OBJET[^\S\n]*:[^\S\n]*" + _TITLE, re.M)
RAPPORTE_LINE = re.compile(r"^[^\n]{0,80}\brapporte[^\S\n]*:", re.M)
MARGIN_NUMBER = re.compile(r"n°[^\S\n]*(?P<number>\d{4}[^\S\n]*/[^\S\n]*\d{1,4})")
ATTENDANCE_LINE = re.compile(
    r"^[^\S\n]*(?:[ée]taient[^\S\n]+)?(?:pr[ée]sents|absents?|excus[ée]s?|procurations?|pouvoirs?|secr[ée]taire"
    r"|le conseil a choisi pour secr)", re.M | re.I)


def split(text: str) -> Layout:
    """Header and items of `text`, by the first layout rule that finds item boundaries."""
    single = _single_extrait(text)
    if single is not None:
        return single
    headings, found = _best_numbered(text)
    if not headings:
        headings = found = _upper_headings(text)
    if headings:
        return _layout_from(text, headings, [h.start for h in found])
    return _body_as_one_item(text)


# --- single extrait du registre ---------------------------------------------------------------

def _single_extrait(text: str) -> Layout | None:
    """One deliberation per file: title after "OBJET :" (Dijon) or above "X rapporte :" (Montpellier)."""
    if not EXTRAIT.search(text, 0, 3000):
        return None
    objet = OBJET_LINE.search(text)
    if objet:  # the title is the whole paragraph: a theme line, then the subject
        blank = re.compile(r"\n[^\S\n]*\n").search(text, objet.end("title"))
        title_end = blank.start() if blank else objet.end("title")
        return _one_item(text, objet.start(), None, make_text(text, objet.start("title"), title_end))
    rapporte = RAPPORTE_LINE.search(text)
    if not rapporte:
        return None
    title_start, title_end = _block_above(text, rapporte.start())
    margin = MARGIN_NUMBER.search(text, 0, title_start)
    number = make_text(text, margin.start("number"), margin.end("number")) if margin else None
    return _one_item(text, title_start, number, make_text(text, title_start, title_end))


def _one_item(text: str, start: int, number: Text | None, title: Text | None) -> Layout:
    return Layout(Span(0, start), (Item(Span(start, len(text)), number, title),))


def _block_above(text: str, line_start: int) -> tuple[int, int]:
    """The paragraph just above `line_start` (the centred title above the rapporteur line)."""
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0:
        prev = text.rfind("\n", 0, start - 1)
        line = text[prev + 1:start]
        if not line.strip():
            break
        start = prev + 1
        if prev < 0:
            break
    return start, end


# --- numbered points --------------------------------------------------------------------------

def _best_numbered(text: str) -> tuple[list[Heading], list[Heading]]:
    """Kept and found headings of the first code style with two points, else of the most
    coherent number style; the found ones (lists included) still end the item before them."""
    for style in CODE_STYLES:
        found = _find(text, style)
        headings = _drop_lists(found)
        if len(headings) >= 2:
            return headings, found
    best: tuple[list[Heading], list[Heading]] = ([], [])
    for style in NUMBER_STYLES:
        found = _find(text, style, with_sub_points=True)
        headings = _drop_lists(found)
        if (len(headings) >= 2 and _coherent(text, headings) and not _is_list(text, headings)
                and len(headings) > len(best[0])):
            best = headings, found
    return best


def _find(text: str, style: re.Pattern[str], with_sub_points: bool = False) -> list[Heading]:
    """Every line opening a point in `style` ("4-1 TITLE" sub-points join plain number styles)."""
    matches = list(style.finditer(text))
    if with_sub_points and matches:
        seen = {m.start() for m in matches}
        matches += [m for m in SUB_POINT.finditer(text) if m.start() not in seen]
        matches.sort(key=lambda m: m.start())
    headings = []
    for match in matches:
        number = make_text(text, match.start("number"), match.end("number"))
        title_start = match.start("title")
        code = REGISTER_CODE.match(text, title_start)
        if code:  # "1.   D2024-15 - Compte…": the register code is the better number
            number = make_text(text, code.start("number"), code.end("number"))
            title_start = code.end()
        title_end = _title_end(text, match.end("title"), match.group("title"))
        line_start = text.rfind("\n", 0, match.start("number")) + 1
        headings.append(Heading(line_start, number, make_text(text, title_start, title_end),
                                _key(match.group("number"))))
    return headings


def _key(number: str) -> tuple:
    """Ordering key of a printed number: (major, minor) for "4-1", the folded string otherwise."""
    parts = re.split(r"[^\S\n]*[.\-–/_][^\S\n]*|[^\S\n]+", number.strip())
    if all(p.isdigit() for p in parts) and len(parts) <= 2 and len(parts[0]) <= 2:
        return tuple(int(p) for p in parts) + (0,) * (2 - len(parts))
    return (squash(fold(number)),)


def _title_end(text: str, end: int, first_line: str) -> int:
    """End of a title that wraps onto the next lines of its block.

    A capitals title continues with capitals only; another one continues with an indented short
    line (a centred title) or, after a full-width line, with a line starting in lower case. A
    flush, full-width line right under the title is already the text of the point.
    """
    upper = _is_upper(first_line)
    previous = first_line
    for _ in range(MAX_TITLE_LINES - 1):
        if previous.rstrip().endswith((".", ":", ";")):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[end + 1:next_end]
        if not line.strip() or _is_page_header(line) or not _continues(previous, line, upper):
            break
        end, previous = next_end, line
    return end


def _continues(previous: str, line: str, upper: bool) -> bool:
    if upper:
        return _is_upper(line)
    stripped = line.strip()
    if stripped[:1] in BULLETS:
        return False
    centred = line.startswith("    ") and len(stripped) < 90
    return centred or (len(previous.strip()) >= 55 and stripped[:1].islower())


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _is_page_header(line: str) -> bool:
    return bool(re.search(r"s[ée]ance du|conseil municipal du|page \d", line, re.I))


def _drop_lists(headings: list[Heading]) -> list[Heading]:
    """Remove agenda/recap lists: runs of points with no text under them, repeated elsewhere.

    The biggest run goes first, so that a recap of the whole séance is dropped before a few short
    points of the body (questions diverses) are judged against it. The last entry of a run is the
    first real point when its number already appeared in the run (the agenda ends, the text starts).
    """
    kept = list(headings)
    for run in sorted(_short_runs(headings), key=len, reverse=True):
        if run[-1].key in {h.key for h in run[:-1]}:
            run = run[:-1]
        if len(run) < LIST_MIN_ENTRIES or any(h not in kept for h in run):
            continue
        keys = {h.key for h in run}
        outside = {h.key for h in kept if h not in run}
        if len(keys & outside) >= LIST_COVERAGE * len(keys):
            kept = [h for h in kept if h not in run]
    return kept


def _short_runs(headings: list[Heading]) -> list[list[Heading]]:
    """Maximal runs of consecutive headings each followed closely by the next one."""
    runs: list[list[Heading]] = []
    current: list[Heading] = []
    for here, after in zip(headings, headings[1:]):
        if after.start - here.start <= LIST_BODY_CHARS + 200:
            current = current or [here]
            current.append(after)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _is_list(text: str, headings: list[Heading]) -> bool:
    """Most headings followed at once by the next one: a table or list, not points with text."""
    bare = sum(not text[h.start:after.start].strip().count("\n") for h, after in zip(headings, headings[1:]))
    return bare > len(headings) // 2


def _coherent(text: str, headings: list[Heading]) -> bool:
    """Numbers go up, except when a roman section ("II. FINANCES") restarts them."""
    for before, after in zip(headings, headings[1:]):
        if after.key < before.key and not ROMAN_SECTION.search(text, before.start, after.start):
            return False
    return True


# --- unnumbered headings ----------------------------------------------------------------------

def _upper_headings(text: str) -> list[Heading]:
    """All-capitals lines after a blank line ("ELECTION DU MAIRE"), when nothing is numbered."""
    headings = []
    for match in UPPER_HEADING.finditer(text):
        title = match.group("title")
        if sum(c.isalpha() for c in title) < 15 or len(title.split()) < 2:
            continue
        start = match.start("line")
        end = _title_end(text, match.end("title"), title)
        headings.append(Heading(start, None, make_text(text, match.start("title"), end), (start,)))
    if len(headings) < 2:
        return []
    # the first capitals are the collectivity's name in the header: start after the attendance
    header_end = _header_end(text)
    return [h for h in headings if h.start >= header_end]


def _header_end(text: str) -> int:
    """End of the paragraph holding the last attendance line in the first part of the text."""
    last = 0
    for match in ATTENDANCE_LINE.finditer(text, 0, min(len(text), 6000)):
        last = match.end()
    blank = text.find("\n\n", last)
    return len(text) if blank < 0 else blank


def _body_as_one_item(text: str) -> Layout:
    header_end = _header_end(text)
    if header_end >= len(text):
        header_end = 0
    return Layout(Span(0, header_end), (Item(Span(header_end, len(text))),))


def _layout_from(text: str, headings: list[Heading], boundaries: list[int]) -> Layout:
    """Items from kept headings; each ends where the next heading (or a dropped list) begins."""
    items = []
    for here in headings:
        after = [b for b in boundaries if b > here.start]
        end = min(after) if after else _list_start_after(text, here) or len(text)
        recap = _list_start_after(text, here)
        end = min(end, recap) if recap else end
        items.append(Item(Span(here.start, _rstrip(text, here.start, end)), here.number, here.title))
    return Layout(Span(0, headings[0].start), tuple(items))


RECAP_HEADING = re.compile(r"^[^\S\n]*(?:D[ÉE]LIB[ÉE]RATIONS|LISTE DES D[ÉE]LIB[ÉE]RATIONS)[^\S\n]*$", re.M)


def _list_start_after(text: str, last: Heading) -> int | None:
    """Start of a recap list after the last point ("DELIBERATIONS" then the numbers again)."""
    match = RECAP_HEADING.search(text, last.start + 1)
    return match.start() if match else None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
