"""An item's title is the objet of the act, not whatever line stands beside its number.

A heading's own words title its item unless they are no title: a line printed on every page (the
register's header printed again above each act, "RÉPUBLIQUE FRANÇAISE   DÉPARTEMENT DE …"), or a
"Label : value" line whose value is a person (a role: "Rapporteur : M. X", "Présidence : Mme Y").
An "Objet :" label in the heading's block (the lines under it up to a blank line) names the act
better than any words beside the number (a service's name, a theme). When the heading's words are
no title, the first "Objet :" label of the item gives it, else the line just above the number in
its block ("I – 1   APPROBATION DU COMPTE RENDU" over "Délibération n° 2024-001   Rapporteur : …"),
which then opens the item. An "Objet :" followed by a wide gap, with text under it in the left
column, holds its value in that column, one cell per line (a register printing the objet in a
margin beside the text of the act).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Span, Text
from corpus.parse.common import make_text
from corpus.parse.headings import Candidate, bare_line, title_end, title_start_in
from corpus.parse.people import CIVILITY

_SP = r"[^\S\n]"
OBJET_LABEL = re.compile(r"^" + _SP + r"*objet" + _SP + r"*:(?P<gap>" + _SP + r"*)", re.I)
COLUMN_GAP = 3  # spaces after "Objet :" that put what follows in another column
ROLE_LABEL = re.compile(_SP + r"*(?P<label>[^\W\d_][^\W\d_'’ -]*(?:[ '’-][^\W\d_]+){0,2})" + _SP + r"*:"
                        + _SP + r"*(?=" + CIVILITY + ")")
BLOCK_LINES = 4  # lines of a heading's block looked at above and below its line
OBJET_CELLS = 8  # lines of an objet printed in a narrow margin column


@dataclass(frozen=True)
class Titled:
    """An item's title and where the item opens."""

    start: int  # where the item opens (a title line above the number moves it up)
    title: Text | None


def titled(text: str, heading: Candidate, end: int, running: set[str], margin: int) -> Titled:
    """The title of the item opened by `heading` and ending at `end`, and where the item opens."""
    objet = _objet_in_block(text, heading, margin)
    if objet is not None:
        return Titled(heading.start, objet)
    if heading.title is not None and not _no_title(text, heading.title, running):
        return Titled(heading.start, heading.title)
    objet = _first_objet(text, heading.title_end, end, margin)
    if objet is not None:
        return Titled(heading.start, objet)
    above = _lines_above(text, heading.start, running)
    if above is not None:
        return Titled(_line_start(text, above.span.start), above)
    return Titled(heading.start, None)


def _no_title(text: str, title: Text, running: set[str]) -> bool:
    """A running header or footer, or a role label naming a person."""
    line = _line_at(text, title.span.start)
    return bare_line(line) in running or ROLE_LABEL.match(text, title.span.start) is not None


# --- "Objet :" labels ---------------------------------------------------------------------------

def _objet_in_block(text: str, heading: Candidate, margin: int) -> Text | None:
    """An "Objet :" label on the heading line or the lines right under it, before a blank line."""
    position = heading.start
    for _ in range(BLOCK_LINES):
        line = _line_at(text, position)
        if not line.strip():
            return None
        if OBJET_LABEL.match(line):
            return objet_value(text, position, margin)
        position += len(line) + 1
        if position >= len(text):
            return None
    return None


def _first_objet(text: str, start: int, end: int, margin: int) -> Text | None:
    """The first "Objet :" label at a line start between `start` and `end`."""
    for match in re.finditer(r"^[^\S\n]*objet[^\S\n]*:", text[start:end], re.I | re.M):
        value = objet_value(text, start + match.start(), margin)
        if value is not None:
            return value
    return None


def objet_value(text: str, line_start: int, margin: int = 0) -> Text | None:
    """The value of the "Objet :" label whose line starts at `line_start`: after the colon (wrapped
    lines joined), in the left column under it when a wide gap follows the colon and the next line
    has text in that column, or on the next line when nothing follows it."""
    line = _line_at(text, line_start)
    label = OBJET_LABEL.match(line)
    if label is None:
        return None
    column = label.end()
    below = _line_at(text, line_start + len(line) + 1) if line_start + len(line) < len(text) else ""
    rest = line[column:].strip()
    if (not rest or len(label.group("gap")) >= COLUMN_GAP) and below[:column].strip():
        return _column_cells(text, line_start + len(line) + 1, column)
    if not rest:
        return None
    value_start = line_start + column
    return make_text(text, value_start, title_end(text, line_start + len(line), rest, margin))


def _column_cells(text: str, start: int, column: int) -> Text | None:
    """The left-column cells of the lines from `start` on, up to an empty cell, joined: one value
    whose span runs from the first cell to the last."""
    cells: list[tuple[int, int]] = []
    position = start
    while position < len(text) and len(cells) < OBJET_CELLS:
        line = _line_at(text, position)
        cell = line[:column]
        if not cell.strip():
            break
        left = len(cell) - len(cell.lstrip())
        cells.append((position + left, position + len(cell.rstrip())))
        position += len(line) + 1
    if not cells:
        return None
    value = " ".join(" ".join(text[a:b].split()) for a, b in cells)
    return Text(value, Span(cells[0][0], cells[-1][1]))


# --- a title line above the number ------------------------------------------------------------

def _lines_above(text: str, line_start: int, running: set[str]) -> Text | None:
    """The lines right above the heading line in its block (no blank line between), their
    numbering left out: a title printed over the act's number and its rapporteur."""
    top = line_start
    for _ in range(BLOCK_LINES):
        if top == 0:
            break
        above = _line_start(text, top - 1)
        line = text[above:top - 1]
        if not line.strip() or bare_line(line) in running or ROLE_LABEL.match(line):
            break
        top = above
    if top == line_start:
        return None
    return make_text(text, top + title_start_in(_line_at(text, top)), line_start - 1)


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1
