"""Every value parsed from the real corpus reads back from its span (a property over all files).

The walk is generic: it visits every dataclass inside the Seance, so a new field is checked as soon
as a parser fills it. Text: the squashed slice equals the value (a vote outcome holds its constant);
Person: the slice holds the name; Count: the slice is the digits or French words of the value,
or, for a vote position printed as a list of names with no count, the names listed there (the count
is theirs); Date: the slice contains a year or a month; Span: inside the document.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from corpus.models import ABSTENTION, ADOPTED, CONTRE, NOTED, NPPV, POUR, REJECTED, Count, Date, Document, Person, Span, Text, Vote
from corpus.names import person_key
from corpus.parse.common import squash, to_int
from tests.conftest import REAL_CORPUS, parsed

NAMES = sorted(p.name for p in REAL_CORPUS.glob("*.txt"))
OUTCOMES = {ADOPTED, NOTED, REJECTED}


def walk(value: object, owner: str = "") -> Iterator[tuple[str, object]]:
    """(field path, value) for every dataclass value under `value`."""
    if isinstance(value, (Text, Count, Date, Person, Span)):
        yield owner, value
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from walk(getattr(value, f.name), f"{type(value).__name__}.{f.name}")
    elif isinstance(value, tuple):
        for element in value:
            yield from walk(element, owner)


def same_words(piece: str, value: str) -> bool:
    """Equal modulo whitespace runs (a word cut at a line-end hyphen may be rejoined)."""
    return squash(piece) == squash(value) or "".join(piece.split()) == "".join(value.split())


@pytest.fixture(scope="module", params=NAMES)
def document(request: pytest.FixtureRequest) -> Document:
    return parsed(request.param)


def test_every_real_file_parses(document: Document) -> None:
    assert document.seance.deliberations, document.name


def test_every_value_reads_back_from_its_span(document: Document) -> None:
    text = document.text
    for path, value in walk(document.seance):
        span = value if isinstance(value, Span) else value.span
        assert 0 <= span.start <= span.end <= len(text), (path, value)
        piece = text[span.start:span.end]
        if isinstance(value, Text):
            assert same_words(piece, value.value) or (path == "Vote.outcome" and value.value in OUTCOMES), (path, value)
        elif isinstance(value, Person):
            assert "".join(person_key(value.name).split()) in "".join(person_key(piece).split()), (path, value)
        elif isinstance(value, Count):
            assert to_int(piece) == value.value or path in LISTED, (path, value, piece)
        elif isinstance(value, Date):
            assert re.search(r"\d{4}|\d{1,2}[/.]\d{1,2}|[a-zéû]{3,}", piece, re.I), (path, value, piece)


LISTED = {f"Vote.{position}" for position in ("pour", "contre", "abstention", "nppv")}


def test_a_vote_count_not_printed_is_the_names_listed(document: Document) -> None:
    for deliberation in document.seance.deliberations:
        for vote in deliberation.votes:
            for position, field in ((POUR, "pour"), (CONTRE, "contre"), (ABSTENTION, "abstention"), (NPPV, "nppv")):
                count = getattr(vote, field)
                if count is None or to_int(document.text[count.span.start:count.span.end]) == count.value:
                    continue
                listed = [n for n in vote.named if n.position == position and count.span.contains(n.person.span)]
                assert len(listed) == count.value and not vote.groups, (deliberation.id, position, count)


def test_deliberations_are_inside_the_document_and_disjoint(document: Document) -> None:
    deliberations = document.seance.deliberations
    for before, after in zip(deliberations, deliberations[1:]):
        assert before.span.end <= after.span.start
    assert all(d.span.end <= len(document.text) for d in deliberations)


def test_votes_and_elections_lie_in_their_deliberation(document: Document) -> None:
    for deliberation in document.seance.deliberations:
        for record in (*deliberation.votes, *deliberation.elections):
            assert deliberation.span.contains(record.span), (deliberation.id, record)
        assert all(isinstance(v, Vote) for v in deliberation.votes)
