"""Split a document into its séance header and its deliberations (agenda items).

A single extrait du registre is one item. Otherwise every line that could open a point is a
candidate (`headings`: any numbering, keyword, code, two-column rapporteur/title, "Objet :"), and
the best-scored family of candidates, read as a sequence, gives the items (`outline`); agenda and
recap lists that repeat the points end the item before them; in a register, where the document's
header is printed again above each act, an act starts at that header. Upper-case title lines after the
attendance compete as one more family, the weakest; with no family of two points, the body is one
item.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Span, Text
from corpus.parse.common import folded, make_text
from corpus.parse.headings import Candidate, bare_line, body_margin, candidates, running_lines, upper_candidates
from corpus.parse.item_titles import titled
from corpus.parse.outline import Outline, choose, closes

@dataclass(frozen=True)
class Item:
    span: Span
    number: Text | None = None
    title: Text | None = None


@dataclass(frozen=True)
class Layout:
    header: Span  # the séance header: date, members, president… before the first item
    items: tuple[Item, ...]


OBJET_LINE = re.compile(r"^[^\S\n]*OBJET[^\S\n]*:[^\S\n]*(?P<title>[^\n]*\S)", re.M)
EXTRAIT = re.compile(r"extrait du registre", re.I)
RAPPORTE_LINE = re.compile(r"^[^\n]{0,80}\brapporte[^\S\n]*:", re.M)
MARGIN_NUMBER = re.compile(r"n°[^\S\n]*(?P<number>\d{4}[^\S\n]*/[^\S\n]*\d{1,4})")
ATTENDANCE_LINE = re.compile(
    r"^[^\S\n]*(?:[ée]taient[^\S\n]+)?(?:pr[ée]sents|absents?|excus[ée]s?|procurations?|pouvoirs?|secr[ée]taire"
    r"|le conseil a choisi pour secr)", re.M | re.I)


def split(text: str) -> Layout:
    """Header and items of `text`: a single extrait, else the best-scored headings, else the
    upper-case title lines, else the body as one item."""
    single = _single_extrait(text)
    if single is not None:
        return single
    uppers = upper_candidates(text)
    # the first capitals are the collectivity's name in the header: start after the attendance
    uppers = [c for c in uppers if c.start >= _header_end(text)] if len(uppers) >= 2 else []
    outline = choose(text, sorted(candidates(text) + uppers, key=lambda c: c.start))
    if outline.headings:
        return _layout_from(text, outline)
    return _titled_paragraphs(text) or _bulleted(text) or _body_as_one_item(text)


# --- title lines alone between paragraphs -----------------------------------------------------

# a line alone after a blank line, a paragraph under it: a short capitalised phrase that ends without
# punctuation and is no label ("Secrétaire : …") nor a table row (runs of spaces)
TITLE_LINE = re.compile(r"(?<=\n)[^\S\n]*\n(?P<line>[^\S\n]{0,8}(?P<title>[A-ZÀ-Ý](?:(?![^\S\n]{3}|:)[^\n]){2,88}?"
                        r"[^\s.;:,!?)»\"])[^\S\n]*)\n(?:[^\S\n]*\n)?(?=[^\S\n]*\S)")
MIN_TITLED = 3
TITLE_WIDTH = 0.75  # a title stops well short of the body's line width, a wrapped sentence's line does not


def _titled_paragraphs(text: str) -> Layout | None:
    """A summary whose points are headed by plain title lines, neither numbered nor in capitals
    ("Élection d'un adjoint au maire", a blank line above, its paragraph under it): each
    title with the paragraphs up to the next one is an item, when the text has several."""
    start = _header_end(text) if _header_end(text) < len(text) else 0
    lines = text.split("\n")
    running = running_lines(lines)
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = widths[int(len(widths) * 0.9)] if widths else 0  # the body's line width
    titles = [m for m in TITLE_LINE.finditer(text, max(0, start - 1))
              if bare_line(m.group("line")) not in running and len(m.group("line").rstrip()) < TITLE_WIDTH * width
              and not text[m.end():m.end() + 40].lstrip()[:1].islower()]  # a wrapped sentence's first line is no title
    if len(titles) < MIN_TITLED:
        return None
    items = []
    for index, match in enumerate(titles):
        end = titles[index + 1].start("line") if index + 1 < len(titles) else len(text)
        title = make_text(text, match.start("title"), match.end("title"))
        items.append(Item(Span(match.start("line"), _rstrip(text, match.start("line"), end)), None, title))
    return Layout(Span(0, titles[0].start("line")), tuple(items))


# --- a list of acts: one bullet per deliberation ----------------------------------------------

# a bullet at the start of a line: dashes, dots, the private-use glyphs of Symbol / Wingdings fonts
BULLET_LINE = re.compile(r"^(?P<indent>[^\S\n]*)[•▪◦·\-–\x01-\x08\uf000-\uf0ff][^\S\n]+(?P<title>\S[^\n]*)$", re.M)
MIN_BULLETS = 2


def _bulleted(text: str) -> Layout | None:
    """A text with no heading but a run of bullet lines ("Liste des délibérations votées", then
    one bullet per act): each bullet, with the lines it wraps onto, is an item."""
    bullets = list(BULLET_LINE.finditer(text))
    if len(bullets) < MIN_BULLETS:
        return None
    items = []
    for index, bullet in enumerate(bullets):
        end = bullets[index + 1].start() if index + 1 < len(bullets) else _run_end(text, bullet.end())
        title = make_text(text, bullet.start("title"), _rstrip(text, bullet.start("title"), end))
        items.append(Item(Span(bullet.start(), _rstrip(text, bullet.start(), end)), None, title))
    return Layout(Span(0, bullets[0].start()), tuple(items))


def _run_end(text: str, start: int) -> int:
    """Where the last bullet ends: its wrapped lines, up to a blank line."""
    blank = text.find("\n\n", start)
    return len(text) if blank < 0 else blank


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


# --- header and items -------------------------------------------------------------------------

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


def _layout_from(text: str, outline: Outline) -> Layout:
    """Items from the chosen headings; each ends where the next one (or the page that opens it in
    a register, see `_register_pages`), an agenda/recap list or the recap heading after the last
    point begins."""
    headings = outline.headings
    pages = _register_pages(text, headings)
    bounds = pages or [here.start for here in headings]
    lines = text.split("\n")
    running, margin = running_lines(lines), body_margin(lines)
    titles = [titled(text, here, bounds[index + 1] if index + 1 < len(headings) else len(text), running, margin)
              for index, here in enumerate(headings)]
    starts = pages or [min(found.start, here.start) for found, here in zip(titles, headings)]
    items = []
    for index, here in enumerate(headings):
        ends = [b for b in outline.boundaries if b > here.start]
        if index + 1 < len(headings):
            ends.append(starts[index + 1])
        recap = _list_start_after(text, here)
        if recap:
            ends.append(recap)
        end = min(ends) if ends else len(text)
        items.append(Item(Span(starts[index], _rstrip(text, starts[index], end)), here.number, titles[index].title))
    return Layout(Span(0, starts[0]), tuple(items))


# --- a register: each act on its own page, under the document's header printed again ----------

OPENING_LINES = 6  # lines of the document's header that a register prints again on each page
REGISTER_SHARE = 0.75  # of the points opened by a page of their own: the text is a register


def _register_pages(text: str, headings: list[Candidate]) -> list[int] | None:
    """Where each item starts in a register: at the document's header printed again above its
    heading, when the points after the first mostly open such a page (minutes break pages anywhere,
    a register gives each act its page, with the act's own attendance and president, "Présidence
    de la séance pour ce point : …", between the header and the heading); None for other texts."""
    restarts = _restarts(text)
    low = folded(text)
    starts = [headings[0].start]
    for before, here in zip(headings, headings[1:]):
        above = [r for r in restarts if before.title_end < r < here.start]
        opens_page = bool(above) and not closes(text, low, above[-1], here.start)
        starts.append(above[-1] if opens_page else here.start)
    paged = sum(start != here.start for start, here in zip(starts, headings))
    return starts if len(headings) > 1 and paged >= REGISTER_SHARE * (len(headings) - 1) else None


def _restarts(text: str) -> list[int]:
    """Where the document's opening header is printed again: a line of its first lines followed by
    another one (a register prints the collectivity and the sitting above each act)."""
    lines = [(m.start(), bare_line(m.group())) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    opening = {line for _, line in lines[:OPENING_LINES]}
    return [start for (start, line), (_, after) in zip(lines[OPENING_LINES:], lines[OPENING_LINES + 1:])
            if line in opening and after in opening]


RECAP_HEADING = re.compile(r"^[^\S\n]*(?:D[ÉE]LIB[ÉE]RATIONS|LISTE DES D[ÉE]LIB[ÉE]RATIONS)[^\S\n]*$", re.M)


def _list_start_after(text: str, last: Candidate) -> int | None:
    """Start of a recap list after the last point ("DELIBERATIONS" then the numbers again)."""
    match = RECAP_HEADING.search(text, last.start + 1)
    return match.start() if match else None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
