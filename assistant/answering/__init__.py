"""From a question to a cited answer: understand, scope, then the first answering step that knows.

Facts (members, votes, elections, counts) are answered from the parsed records; when the records
do not hold what is asked, the answer falls back to the passages that do, quoted sentence by
sentence; when neither holds it, the assistant says so instead of guessing.
"""
from __future__ import annotations

from assistant.answering import passages, people, votes
from assistant.answering.result import Result, cite_line, declined, seance_label
from assistant.answering.scope import Scope, resolve
from assistant.catalog import Catalog
from assistant.understanding import Understanding
from index import Index

MIN_COVERAGE = 0.5
VOTE_KINDS = ("vote_count", "vote_outcome", "vote_named", "nppv")


def answer_question(question: str, catalog: Catalog, index: Index, previous: Scope | None) -> Result:
    understanding = Understanding.of(question)
    if not catalog.documents:
        return declined(understanding.kind, "de document : l'index est vide (lancez `delib ingest`)", None)
    scope = resolve(understanding, catalog, previous)
    if not scope.documents:
        return declined(understanding.kind, "de séance correspondant à cette date ou cette collectivité", scope)
    result = _from_records(understanding, scope, index)
    if result is not None:
        return result
    return from_passages(understanding, scope, index, catalog)


def _from_records(understanding: Understanding, scope: Scope, index: Index) -> Result | None:
    kind = understanding.kind
    if kind == "secretary":
        return people.secretary(understanding, scope)
    if kind == "president":
        return people.president(understanding, scope)
    if kind == "proxy":
        return people.proxy(understanding, scope)
    if kind in ("presence", "absence", "presence_movement"):
        return people.presence(understanding, scope, "presence" if kind == "presence_movement" else kind)
    if kind in VOTE_KINDS:
        return votes.vote(index, understanding, scope, kind)
    if kind == "attendance_count":
        return votes.attendance_count(index, understanding, scope)
    if kind == "election":
        return votes.election(index, understanding, scope)
    return None


def from_passages(understanding: Understanding, scope: Scope, index: Index, catalog: Catalog) -> Result:
    """Quote the sentences that answer; decline when none holds enough of the question."""
    hits = passages.retrieve(index, understanding.question, scope)
    sentences = passages.best_sentences(understanding.question, hits, catalog.documents)
    kind = understanding.kind if understanding.kind not in ("presence_movement",) else "presence"
    if not sentences or sentences[0].coverage < MIN_COVERAGE:
        return declined(kind, "de passage qui réponde à cette question", scope)
    top = sentences[0]
    chosen = [s for s in sentences if s.document.id == top.document.id and s.coverage >= MIN_COVERAGE][:2]
    chosen.sort(key=lambda s: s.span.start)
    quotes = " […] ".join(" ".join(top.document.text[s.span.start:s.span.end].split()) for s in chosen)
    text = f"D'après {seance_label(top.document)} : « {quotes} »"
    citations = [cite_line(top.document, s.span) for s in chosen]
    deliberations = [c.deliberation for c in citations if c.deliberation]
    return Result(True, kind, text, citations, deliberations, context=Scope(
        [top.document], scope.named_collectivity, scope.named_date, scope.people))
