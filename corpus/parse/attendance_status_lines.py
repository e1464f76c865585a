"""Attendance printed one member a line, the status at the line's end after a gap or dot leaders:

    M. Raymond ESCOUBAS, Président ....................... présent
    Mme Odette ROUQUIÉ ............................ pouvoir à M. ESCOUBAS
    M. Alexis DURAND-BESSE (CC de la Haute-Orsane) ......... excusé

(leaders are made gaps before parsing). A run of at least `MIN_LINES` such lines is a list: each
status word is read as an attendance label (`labels.category_of`); "pouvoir à X" / "représenté(e)
par X" names the holder of a proxy. Notes in brackets and a role after a comma stay out of the name.
"""
from __future__ import annotations

import re

from corpus.models import Person, Proxy, Span
from corpus.parse.attendance_grid import Grid, cell_person
from corpus.parse.common import fold, line_spans
from corpus.parse.labels import PROXIES, category_of
from corpus.parse.people import person_at

STATUS_LINE = re.compile(r"^(?P<name>[^\S\n]*\S.*?\S)[^\S\n]{3,}(?P<status>(?:a[^\S\n]+donn[ée]|pouvoir|procuration|"
                         r"repr[ée]sent[ée]e?|pr[ée]sente?|absente?|excus[ée]e?)\b[^\n]*?)[^\S\n]*$", re.I | re.M)
HOLDER = re.compile(r"(?:\b[àa]|\bpar)[^\S\n]+", re.I)
NOTE = re.compile(r"[^\S\n]*\([^()]*\)")
MIN_LINES = 3
WORD = re.compile(r"[a-z]+")


def read_status_lines(text: str, span: Span, grid: Grid) -> None:
    """Add to `grid` the members of runs of status lines in `span`."""
    run: list[tuple[Person, str, int, int]] = []
    for start, end in line_spans(text, span) + [(span.end, span.end)]:
        found = _member_line(text, start, end)
        if found is not None:
            run.append(found)
            continue
        if len(run) >= MIN_LINES:
            for person, status, status_start, line_end in run:
                _add(text, grid, person, status, status_start, line_end)
        run = []


def _member_line(text: str, start: int, end: int) -> tuple[Person, str, int, int] | None:
    match = STATUS_LINE.match(text, start, end)
    if match is None:
        return None
    printed = NOTE.sub("", match["name"])
    offset = match.start("name") + len(printed) - len(printed.lstrip())
    person = cell_person(printed.strip(), offset)
    if person is None:
        return None
    return person, match["status"], match.start("status"), match.end("status")


def _add(text: str, grid: Grid, person: Person, status: str, status_start: int, line_end: int) -> None:
    found = category_of(WORD.findall(fold(status)))
    if found is None or found[1]:
        return
    category = found[0]
    grid.spans.append(Span(person.span.start, line_end))
    if category == PROXIES:
        holder = HOLDER.search(text, status_start, line_end)
        held_by = person_at(text, holder.end(), line_end, with_role=False) if holder else None
        grid.proxies.append(Proxy(person, held_by, Span(person.span.start, line_end)))
        return
    grid.people[category].append(person)
