"""Chunks keep the parser's offsets, never cross deliberations, cover the text and fit the model."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.models import Deliberation, Document, Seance, Span, Vote
from index.chunking import chunk_document, deliberation_heading, indexed_text, seance_heading

from tests.conftest import parsed


def _check(doc: Document, chunks) -> None:
    spans = {d.id: d.span for d in doc.seance.deliberations}
    covered = bytearray(len(doc.text))
    for chunk in chunks:
        piece = doc.text[chunk.start:chunk.end]
        assert 0 <= chunk.start < chunk.end <= len(doc.text)
        assert piece == piece.strip() and piece
        if chunk.deliberation_id is not None:
            assert spans[chunk.deliberation_id].contains(Span(chunk.start, chunk.end))
        else:
            assert not any(s.start < chunk.end and chunk.start < s.end for s in spans.values()
                           if s.start < s.end)
        covered[chunk.start:chunk.end] = b"\1" * (chunk.end - chunk.start)
    for word in re.finditer(r"\S+", doc.text):
        assert all(covered[word.start():word.end()]), f"{doc.name}: {word.group()!r} in no chunk"


def test_every_real_document_chunks_on_its_own_offsets(real_corpus):
    for path in sorted(real_corpus.glob("*.txt")):
        doc = parsed(path.name)
        _check(doc, chunk_document(doc))


def test_vote_blocks_and_member_lists_are_chunks_of_their_own(real_corpus):
    doc = parsed("dijon-metropole_2020-09-17_pacte-de-solidarite.txt")
    chunks = chunk_document(doc)
    votes = [v.span for d in doc.seance.deliberations for v in d.votes]
    assert votes
    for vote in votes:  # each vote block is read by vote chunks, and starts one of them
        assert any(c.kind == "vote" and c.start <= vote.start < c.end for c in chunks)
        assert all(c.kind == "vote" for c in chunks if vote.start <= c.start < vote.end)
    for chunk in chunks:
        assert len(doc.text[chunk.start:chunk.end].split()) >= 3 or chunk.kind != "text"
    if doc.seance.attendance:
        attendance = doc.seance.attendance.span
        assert any(c.kind == "attendance" and attendance.start <= c.start < attendance.end
                   for c in chunks)


def test_heading_path_names_the_seance_and_the_deliberation(real_corpus):
    doc = parsed("pierrefonds_2025-04-03_proces-verbal.txt")
    titles = {d.id: deliberation_heading(d) for d in doc.seance.deliberations}
    for chunk in chunk_document(doc):
        assert chunk.heading.startswith(seance_heading(doc))
        if chunk.deliberation_id:
            assert f" › {titles[chunk.deliberation_id]}" in chunk.heading


def test_chunks_fit_the_model_budget():
    text = "\n".join(f"Ligne {i} : " + " ".join(["mot"] * (i % 40)) for i in range(300))
    doc = Document(id="d", name="d.txt", text=text, sha256="", format="txt",
                   seance=Seance(span=Span(0, len(text))))
    fits = lambda s: len(s.split()) <= 60  # noqa: E731
    chunks = chunk_document(doc, fits)
    assert all(fits(indexed_text(c.heading, text[c.start:c.end])) for c in chunks)
    _check(doc, chunks)


@st.composite
def documents(draw) -> Document:
    lines = draw(st.lists(st.text(alphabet="ab é\t'", min_size=0, max_size=30), min_size=1, max_size=60))
    text = "\n".join(lines)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    deliberations = []
    for ordinal, (start, end) in enumerate(zip(cuts[::2], cuts[1::2]), start=1):
        vote = Vote(span=Span(start, (start + end) // 2))
        deliberations.append(Deliberation(id=f"d:{ordinal}", ordinal=ordinal, span=Span(start, end),
                                          votes=(vote,)))
    return Document(id="d", name="d.txt", text=text, sha256="", format="txt",
                    seance=Seance(span=Span(0, len(text)), deliberations=tuple(deliberations)))


@settings(max_examples=200, deadline=None)
@given(documents(), st.integers(3, 40))
def test_any_layout_gives_valid_chunks(doc, words):
    _check(doc, chunk_document(doc, words=words, overlap=words // 4))
