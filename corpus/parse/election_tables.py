"""Ballot results printed as tables, as pdftotext lays them out.

Two shapes: the candidates of one ballot, one per row, with their votes in figures and in words
("LEROUX Sébastien      34      Trente quatre"); and one ballot per row (votants, nuls, exprimés,
candidate, voix), where a wrapped cell puts the candidate's name on the line above or below the
figures. A name is then taken from the neighbouring line, between the columns it must sit in.
"""
from __future__ import annotations

import re

from corpus.models import Candidate, Election, Person, Span
from corpus.parse.common import NUMBER_WORDS, make_count, make_text, to_int

_NAME = r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:[^\S\n][A-ZÀ-Þ][A-ZÀ-Þ'’\-]+)*[^\S\n]+[A-ZÀ-Þ][a-zà-ÿ'’\-]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ]+)?)"
# "LEROUX Sébastien      34      Trente quatre"
CANDIDATE_ROW = re.compile(r"^[^\S\n]*" + _NAME + r"[^\S\n]{2,}(?P<n>\d{1,3})[^\S\n]{2,}(?P<words>" + NUMBER_WORDS + r")[^\S\n]*$",
                           re.M | re.I)
# "CHENEDOUIT   46   5   41   LEFOYER Roland   41   Quarante et"
BALLOT_ROW = re.compile(r"^(?P<pre>[^\n\d]*?)[^\S\n]{2,}(?P<v>\d{1,3})[^\S\n]{2,}(?P<nuls>\d{1,3})[^\S\n]{2,}(?P<e>\d{1,3})"
                        r"[^\S\n]{2,}(?:" + _NAME + r"[^\S\n]{2,})?(?P<voix>\d{1,3})\b[^\n]*$", re.M)
TABLE_HEADER = re.compile(r"nom[^\S\n]+et[^\S\n]+pr[ée]nom", re.I)


def parse_table_elections(text: str, span: Span) -> tuple[Election, ...]:
    """Ballots printed as tables in the item at `span`."""
    if not TABLE_HEADER.search(text, span.start, span.end):
        return ()
    return _ballot_rows(text, span)


def candidate_rows(text: str, start: int, end: int) -> tuple[Candidate, ...]:
    """Candidates of one ballot listed as "NAME  figures  words" rows."""
    found = []
    for match in CANDIDATE_ROW.finditer(text, start, end):
        count = make_count(text, *match.span("n"))
        if count is not None and to_int(match.group("words")) == count.value:
            found.append(Candidate(Person(" ".join(match.group("name").split()), Span(*match.span("name"))), count))
    return tuple(found)


def _ballot_rows(text: str, span: Span) -> tuple[Election, ...]:
    elections = []
    for match in BALLOT_ROW.finditer(text, span.start, span.end):
        person = _row_name(text, match)
        if person is None:
            continue
        voix = make_count(text, *match.span("voix"))
        elections.append(Election(
            span=Span(match.start("v"), match.end("voix")), office=make_text(text, *match.span("pre")),
            votants=make_count(text, *match.span("v")), nuls=make_count(text, *match.span("nuls")),
            exprimes=make_count(text, *match.span("e")), candidates=(Candidate(person, voix, True),),
            elected=(person,)))
    return tuple(elections)


def _row_name(text: str, row: re.Match[str]) -> Person | None:
    """The candidate of a ballot row: in the row, else in the same columns one or two lines around."""
    if row.group("name"):
        return Person(" ".join(row.group("name").split()), Span(*row.span("name")))
    line_start = text.rfind("\n", 0, row.start()) + 1
    left = row.end("e") - line_start
    for start in _neighbour_lines(text, row.start(), row.end()):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        cell_start, cell_end = start + min(left, line_end - start), line_end
        name = re.search(_NAME, text[cell_start:cell_end])
        if name:
            return Person(" ".join(name.group().split()), Span(cell_start + name.start(), cell_start + name.end()))
    return None


def _neighbour_lines(text: str, start: int, end: int) -> list[int]:
    """Starts of the line above, the line below, then two above and two below."""
    above1 = text.rfind("\n", 0, start - 1) + 1 if start > 0 else 0
    above2 = text.rfind("\n", 0, above1 - 1) + 1 if above1 > 0 else 0
    below1 = end + 1 if end < len(text) else end
    next_end = text.find("\n", below1)
    below2 = next_end + 1 if next_end >= 0 else below1
    return [above1, below1, above2, below2]
