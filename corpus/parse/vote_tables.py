"""Votes printed in a column of a table, one per row (subsidies voted line by line).

pdftotext lays such a table out with the vote cell of a row spread around the row's line:
"14 pour" above it, "2 abstentions" below, "1 ne prend pas / part au vote" under that. Each cell
line goes to the nearest row line (the one with the amounts); a cell half-way between two rows
goes to the row below, and a position a row already has goes to the other row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.models import ABSTENTION, CONTRE, NPPV, POUR, Count, Span, Text, Vote
from corpus.parse.common import line_spans, make_count, make_text

CELL = re.compile(
    r"(?:^|[^\S\n]+)(?P<cell>(?P<n>\d{1,2})[^\S\n]+(?P<pos>pour|contre|abstentions?|ne[^\S\n]+prend[^\S\n]+pas"
    r"(?:[^\S\n]+part)?(?:[^\S\n]+au[^\S\n]+vote)?)|(?P<unanimity>unanimit[ée]))[^\S\n]*$", re.M | re.I)
ROW = re.compile(r"^(?P<label>[^\n€]*?)[^\S\n]{2,}(?:\d[\d \t]*€|0)[^\S\n]{2,}[^\n]*\d[^\S\n]*€", re.M)
TOTAL = re.compile(r"^[^\S\n]*total\b", re.I | re.M)
MIN_CELLS = 3
MIN_COLUMN = 50  # the vote column is on the right of the amounts
POSITION_OF = {"pour": POUR, "contre": CONTRE, "abstention": ABSTENTION, "abstentions": ABSTENTION}


@dataclass
class Row:
    line: int
    start: int
    end: int
    counts: dict[str, Count] = field(default_factory=dict)
    unanimity: Text | None = None
    cells: list[Span] = field(default_factory=list)


def parse_table_votes(text: str, span: Span) -> tuple[tuple[Vote, ...], tuple[Span, ...]]:
    """Votes of a table's vote column, each with its row as subject, and the cells they used."""
    lines = line_spans(text, span)
    cells = [(i, m) for i, (start, end) in enumerate(lines) for m in [CELL.search(text, start, end)]
             if m and m.start("cell") - start >= MIN_COLUMN]
    if len(cells) < MIN_CELLS:
        return (), ()
    rows = [Row(i, *lines[i]) for i in range(len(lines))
            if ROW.match(text, *lines[i]) and not TOTAL.match(text, *lines[i])]
    if not rows:
        return (), ()
    for index, cell in cells:
        _assign(text, rows, index, cell)
    votes = tuple(_vote(text, lines, row) for row in rows if row.counts or row.unanimity)
    return votes, tuple(c for row in rows for c in row.cells)


def _assign(text: str, rows: list[Row], index: int, cell: re.Match[str]) -> None:
    """Give the cell on line `index` to the nearest row (below on a tie) that lacks its position."""
    position = _position(cell)
    ranked = sorted(rows, key=lambda r: (abs(r.line - index), r.line < index))
    for row in ranked[:2]:
        if abs(row.line - index) > 3:
            return
        if position is None and row.unanimity is None:
            row.unanimity = make_text(text, *cell.span("cell"))
        elif position is not None and position not in row.counts:
            row.counts[position] = make_count(text, *cell.span("n"))
        else:
            continue
        row.cells.append(Span(*cell.span("cell")))
        return


def _position(cell: re.Match[str]) -> str | None:
    if cell.group("unanimity"):
        return None
    word = cell.group("pos").lower()
    return NPPV if word.startswith("ne") else POSITION_OF[word]


def _vote(text: str, lines: list[tuple[int, int]], row: Row) -> Vote:
    start = min([row.start] + [c.start for c in row.cells])
    end = max([row.end] + [c.end for c in row.cells])
    label = ROW.match(text, row.start, row.end)
    if label and re.search(r"[^\W\d_]", label.group("label")):
        subject = make_text(text, row.start, label.end("label"))
    else:  # a wrapped label starts on the line above ("Union nationale des" / amounts / "combattants")
        above = lines[row.line - 1][0] if row.line > 0 else row.start
        subject = make_text(text, above, row.end)
    return Vote(span=Span(start, end), unanimity=row.unanimity, pour=row.counts.get(POUR),
                contre=row.counts.get(CONTRE), abstention=row.counts.get(ABSTENTION), nppv=row.counts.get(NPPV),
                subject=subject)
