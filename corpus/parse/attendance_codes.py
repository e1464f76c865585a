"""Attendance printed as codes beside the names, the codes explained by a legend:

    CANTON        CONSEILLÈRE              CONSEILLER
    Nord          Anne MARTIN      P       Luc PERRIN       D (1)
    Sud           Rose COLIN       E       Paul GIRARD      P

    P : présent(e) – E : excusé(e) – D : a donné délégation de vote
    (1) délégation de vote à Mme Anne MARTIN

The legend is a line of two or more "CODE : meaning" pairs, each meaning read as an attendance label
(`labels.category_of`). Above it, a cell holding nothing but one of its codes (maybe with a call,
"D (1)") gives the status of the name in the cell before it, on its line; the notes the calls point to
say who holds a proxy ("délégation de vote à Mme X") or when a member came or went.
"""
from __future__ import annotations

import re

from corpus.models import Person, Proxy, Span
from corpus.parse.attendance_grid import CELL, Grid, cell_person
from corpus.parse.common import fold, line_spans
from corpus.parse.labels import PROXIES, category_of
from corpus.parse.people import person_at
from corpus.parse.people_lists import ListNote, presence_note

LEGEND_PAIR = re.compile(r"(?:^|(?<=[\s–—;,]))(?P<code>[A-Z]{1,3})[^\S\n]*:[^\S\n]*(?P<meaning>[^–—;,:\n]+?)"
                         r"(?=[^\S\n]*(?:[–—;,]|$|[^\S\n][A-Z]{1,3}[^\S\n]*:))", re.M)
MIN_CODES = 2
TABLE_REACH = 60  # lines above its legend a coded table may start
CODE_CELL = re.compile(r"(?P<code>[A-Z]{1,3})(?:[^\S\n]*(?P<call>\(\d{1,2}\)|\*+))?")
CALL = re.compile(r"(?:^|(?<=\s))(?P<call>\(\d{1,2}\))[^\S\n]+")
HOLDER = re.compile(r"\bà[^\S\n]+(?=\S)")
NOTES_LINES = 8  # lines of notes under a legend
WORD = re.compile(r"[a-z]+")


def read_coded(text: str, span: Span, grid: Grid) -> None:
    """File into `grid` the members of every coded table of `span` (see the module's docstring)."""
    lines = line_spans(text, span)
    for index, (start, end) in enumerate(lines):
        codes = _legend(text, start, end)
        if codes is None:
            continue
        calls = _read_rows(text, lines[max(0, index - TABLE_REACH):index], codes, grid)
        notes_end = lines[min(len(lines) - 1, index + NOTES_LINES)][1]
        _read_notes(text, end, notes_end, calls, grid)


def _legend(text: str, start: int, end: int) -> dict[str, str] | None:
    """The status each code of a legend line stands for, or None when the line is no legend."""
    pairs = list(LEGEND_PAIR.finditer(text, start, end))
    codes = {}
    for pair in pairs:
        found = category_of(WORD.findall(fold(pair.group("meaning"))))
        if found is None or found[1]:
            return None
        codes[pair.group("code")] = found[0]
    return codes if len(codes) >= MIN_CODES else None


def _read_rows(text: str, lines: list[tuple[int, int]], codes: dict[str, str], grid: Grid) -> dict[str, Person]:
    """The coded cells of the lines above a legend, filed into `grid`; the calls they carry."""
    calls: dict[str, Person] = {}
    for start, end in lines:
        cells = list(CELL.finditer(text, start, end))
        for before, cell in zip(cells, cells[1:]):
            code = CODE_CELL.fullmatch(cell.group())
            person = cell_person(before.group(), before.start()) if code and code.group("code") in codes else None
            if person is None:
                continue
            status = codes[code.group("code")]
            if code.group("call"):
                calls[code.group("call")] = person
            if status == PROXIES:
                grid.proxies.append(Proxy(person, None, Span(person.span.start, cell.end())))
            else:
                grid.people[status].append(person)
            grid.spans.append(Span(person.span.start, cell.end()))
    return calls


def _read_notes(text: str, start: int, end: int, calls: dict[str, Person], grid: Grid) -> None:
    """The notes under the legend: the holder of a proxy, an arrival or a departure."""
    found = list(CALL.finditer(text, start, end))
    for index, call in enumerate(found):
        person = calls.get(call.group("call"))
        if person is None:
            continue
        note_end = found[index + 1].start() if index + 1 < len(found) else text.find("\n\n", call.end(), end)
        note_end = end if note_end < 0 else note_end
        presence = presence_note(text, call.end(), note_end)
        if presence is not None:
            kind, where, time = presence
            grid.notes.append(ListNote(kind, person, where, time, note_end, call.start()))
            continue
        _hold(text, person, call.end(), note_end, grid)


def _hold(text: str, giver: Person, start: int, end: int, grid: Grid) -> None:
    """Name the holder of the proxy `giver` gave, from a note "délégation de vote à Mme X"."""
    to = HOLDER.search(text, start, end)
    holder = person_at(text, to.end(), end, with_role=False) if to else None
    for index, proxy in enumerate(grid.proxies):
        if proxy.giver == giver and proxy.holder is None and holder is not None:
            grid.proxies[index] = Proxy(giver, holder, Span(proxy.span.start, holder.span.end))
