"""Attendance printed as a grid: one row per member, one column per status, a mark in the column
that applies, and the holder of a proxy written in a column of its own.

    NOM Prénom                 Présent    Absent      Absent     Pouvoir donné à
                                          excusé
    MARTIN Anne, Maire            X
    PERRIN Luc                                X                    MARTIN Anne
    COLIN Marc                                          X
    GIRARD Paul                  X (1)

    (1) arrivé au point 4, avant le vote

Cells are told apart by runs of two spaces or more, as `pdftotext -layout` prints a table. The
header is a line holding at least two cells that read as attendance labels (`labels.category_of`);
a line under it with words only under its cells completes them ("Absent" over "excusé"). A row
opens on a name in the first column; each other cell falls under the header cell it overlaps
(else the nearest): a mark ("X", "x", "✓", "•") there gives the member's status, a name under a
proxy column the holder. A mark may carry a call ("X (1)", "X*") whose note, printed under the
grid, says when the member came or went: that note is read like a note in a list
(`people_lists.presence_note`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.models import Person, Proxy, Span
from corpus.names import clean_name, looks_like_name
from corpus.parse.common import fold, line_spans
from corpus.parse.labels import ABSENT, EXCUSED, PRESENT, PROXIES, category_of
from corpus.parse.people import CIVILITY
from corpus.parse.people_lists import ListNote, presence_note

LEADING_CIVILITY = re.compile(rf"(?:{CIVILITY}[^\S\n]*)+")
CELL = re.compile(r"\S+(?:[^\S\n]\S+)*")
WORD = re.compile(r"[a-z]+")
MARK = re.compile(r"^[xX✓✔☑•■*](?:[^\S\n]*(?P<call>\(\w{1,3}\)|\*+))?$")
NOTE = re.compile(r"(?m)^[^\S\n]*(?P<call>\(\w{1,3}\)|\*+)[^\S\n]+(?P<note>\S[^\n]*)$")
RULE = re.compile(r"[-_=─━·.]{3,}")
NAME_COLUMN_SLACK = 4  # how far right of the header's first cell a row's name may start
NEAREST_REACH = 6  # how far from a header cell a cell that overlaps none may stand
NOTES_REACH = 800  # how far under the grid its notes may be printed


@dataclass(frozen=True)
class _Cell:
    start: int  # column on its line
    end: int
    text: str
    offset: int  # absolute offset of its first character


@dataclass
class Grid:
    """What the grids of a span hold, in the shape of the lists `members` gathers."""

    people: dict[str, list[Person]] = field(default_factory=lambda: {PRESENT: [], ABSENT: [], EXCUSED: []})
    proxies: list[Proxy] = field(default_factory=list)
    notes: list[ListNote] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


def _cells(text: str, line_start: int, line_end: int) -> list[_Cell]:
    line = text[line_start:line_end]
    return [_Cell(m.start(), m.end(), m.group(), line_start + m.start()) for m in CELL.finditer(line)]


def _category(cell_text: str) -> str | None:
    """The status a header cell names; "Titulaires" / "Suppléants" name seats, not a status."""
    found = category_of(WORD.findall(fold(cell_text)))
    return found[0] if found is not None and not found[1] else None


def _under(cell: _Cell, header: list[_Cell]) -> int | None:
    """The index of the header cell `cell` stands under: the most overlapped, else the nearest."""
    overlaps = [(min(cell.end, h.end) - max(cell.start, h.start), i) for i, h in enumerate(header)]
    best = max(overlaps)
    if best[0] > 0:
        return best[1]
    distance, index = min((max(h.start - cell.end, cell.start - h.end), i) for i, h in enumerate(header))
    return index if distance <= NEAREST_REACH else None


def _header_continued(header: list[_Cell], cells: list[_Cell]) -> list[_Cell] | None:
    """The header with the words of a line under it added to the cells above them, or None when
    the line is not such a continuation (it has a cell in the name column or under no header cell)."""
    texts = [h.text for h in header]
    for cell in cells:
        index = _under(cell, header)
        if index is None or index == 0:
            return None
        texts[index] += " " + cell.text
    return [_Cell(h.start, h.end, t, h.offset) for h, t in zip(header, texts)]


def cell_person(text: str, offset: int) -> Person | None:
    """The person printed in a cell (`text` from `offset`), civility and a role after a comma left
    out of the name and its span ("Mme MARTIN Anne, Maire" → "MARTIN Anne")."""
    printed = text.split(",")[0].rstrip()
    civility = LEADING_CIVILITY.match(printed)
    skip = civility.end() if civility else 0
    name = clean_name(printed[skip:])
    return Person(name, Span(offset + skip, offset + len(printed))) if looks_like_name(name) else None


def _read_row(person: Person, cells: list[_Cell], header: list[_Cell], categories: list[str | None],
              grid: Grid) -> str | None:
    """File the member of one row under the status its mark gives; returns the mark's call, if any."""
    status, holder, call = None, None, None
    for cell in cells:
        index = _under(cell, header)
        if index is None or categories[index] is None:
            continue
        mark = MARK.match(cell.text)
        if mark is not None:
            status = status or categories[index]
            call = call or mark.group("call")
        elif categories[index] == PROXIES:
            holder = cell_person(cell.text, cell.offset)
    if holder is not None:
        grid.proxies.append(Proxy(person, holder, Span(person.span.start, holder.span.end)))
    elif status in (PRESENT, ABSENT, EXCUSED):
        grid.people[status].append(person)
    return call


def _name_column(header: list[_Cell]) -> int:
    """Which header cell heads the members' names: the last before the statuses ("COMMUNE   CONSEILLER
    Présent …": the second; "NOM Prénom   Présent …": the first)."""
    first_status = next((i for i, c in enumerate(header) if i and _category(c.text) is not None), 1)
    return max(0, first_status - 1)


def _filed(grid: Grid) -> int:
    return sum(map(len, grid.people.values())) + len(grid.proxies)


def _read_notes(text: str, calls: dict[str, Person], start: int, end: int, grid: Grid) -> None:
    """The notes under a grid whose calls its marks carry: an arrival or departure of that member."""
    for note in NOTE.finditer(text, start, min(end, start + NOTES_REACH)):
        person = calls.get(note.group("call"))
        presence = presence_note(text, note.start("note"), note.end("note")) if person else None
        if presence is not None:
            kind, where, time = presence
            grid.notes.append(ListNote(kind, person, where, time, note.end("note"), note.start("call")))


def read_grids(text: str, span: Span) -> Grid:
    """Every attendance grid of `span` (see the module's docstring)."""
    grid = Grid()
    lines = line_spans(text, span)
    index = 0
    while index < len(lines):
        header = _cells(text, *lines[index])
        if len(header) < 3 or sum(_category(c.text) is not None for c in header[1:]) < 2:
            index += 1
            continue
        index += 1
        while index < len(lines) and (more := _header_continued(header, _cells(text, *lines[index]))) is not None \
                and text[lines[index][0]:lines[index][1]].strip():
            header, index = more, index + 1
        named = _name_column(header)
        categories = [_category(c.text) if i > named else None for i, c in enumerate(header)]
        calls: dict[str, Person] = {}
        before, last_row = _filed(grid), None
        while index < len(lines):
            cells = _cells(text, *lines[index])
            if len(cells) == 1 and RULE.fullmatch(cells[0].text):
                index += 1  # a rule under the header ("-------")
                continue
            name = next((c for c in cells if c.start <= header[named].start + NAME_COLUMN_SLACK
                         and c.end > header[named].start - NAME_COLUMN_SLACK), None) if named else \
                (cells[0] if cells and cells[0].start <= header[0].start + NAME_COLUMN_SLACK else None)
            person = cell_person(name.text, name.offset) if name is not None else None
            if person is None:
                break
            call = _read_row(person, [c for c in cells if c.start > name.start], header, categories, grid)
            if call is not None:
                calls[call] = person
            last_row = lines[index][1]
            index += 1
        if _filed(grid) > before:  # rows with a mark or a holder: a table of names alone is no grid
            grid.spans.append(Span(header[0].offset, last_row))
            _read_notes(text, calls, last_row, span.end, grid)
    return grid
