"""`Assistant`, the one service every face (CLI, HTTP API, TUI) calls.

It owns the index handle and the in-memory catalogue of parsed records, and returns the pydantic
models of `assistant.models`. Faces only parse input, call one method and render.
"""
from __future__ import annotations

import datetime as dt
import threading
from functools import cached_property
from pathlib import Path

from assistant import facts, inspection
from assistant.acronyms import ACRONYM, readings, spelled_out
from assistant.answering import answer_question, remembered
from assistant.answering.passages import retrieve
from assistant.answering.scope import named_seances
from assistant.catalog import Catalog
from assistant.collectivities import collectivity_key, collectivity_of
from assistant.citations import deliberation_at, parse_citation_id
from assistant.conversation import FILE_NAME as SESSIONS_FILE, Conversations
from assistant.kinds import KindClassifier
from assistant.listing import deliberation_page
from assistant.errors import (EmptyQuestion, IndexProblem, QuestionTooLong, UnknownCitation,
                              UnknownDeliberation, UnknownDocument, UnknownMember)
from assistant.models import (Answer, CitationView, DeliberationDetail, DeliberationPage,
                              DocumentText, Health, IngestSummary, MemberDetail,
                              MemberPage, MemberSummary, SearchResponse, SearchResult)
from assistant.phrasing import Phraser
from assistant.stored import StoredDocument
from corpus.models import Document
from corpus.names import person_key
from assistant.understanding import Understanding
from index import Hit, Index, ModelMismatch, SearchFilters
from index.settings import DEFAULT_MAX_QUESTION_CHARS, settings

CONTEXT_CHARS = 400


class Assistant:
    def __init__(self, index: Index, phraser: Phraser | None = None,
                 max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS) -> None:
        self.index = index
        self.phraser = phraser
        self.max_question_chars = max_question_chars
        self.conversations = Conversations(index.folder / SESSIONS_FILE)  # shared by every worker
        self._catalog: Catalog | None = None
        self._catalog_version: str | None = None
        self._acronyms: tuple[str, dict[str, str]] | None = None  # (index version, readings)
        self._lock = threading.Lock()

    @classmethod
    def open(cls, index_dir: Path | None = None, model: str | None = None) -> "Assistant":
        """The assistant on `index_dir` (default: `DELIB_INDEX`, else the user data folder),
        configured by the process's settings."""
        config = settings()
        try:
            return cls(Index.open(index_dir or config.index_dir, model=model),
                       Phraser.from_settings(config), config.max_question_chars)
        except ModelMismatch as exc:
            raise IndexProblem(str(exc)) from exc

    def close(self) -> None:
        self.conversations.close()
        self.index.close()

    @cached_property
    def kinds(self) -> KindClassifier:
        """The nearest-neighbour reading of a question's kind over the labelled examples."""
        return KindClassifier()

    # -- records -------------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        """The parsed records, reloaded when another process changed the index."""
        version = self.index.version()
        with self._lock:
            if self._catalog is None or version != self._catalog_version:
                self._catalog = Catalog.stored(self.index)
                self._catalog_version = version
            return self._catalog

    def _document(self, document_id: str) -> Document:
        document = self.catalog.documents.get(document_id)
        if document is None:
            raise UnknownDocument(f"document inconnu : {document_id[:120]!r}")
        return document

    # -- questions -----------------------------------------------------------------------------

    def ask(self, question: str, session_id: str | None = None, id: str | None = None) -> Answer:
        """Answer a French question from the records and passages, every fact cited."""
        if len(question) > self.max_question_chars:
            raise QuestionTooLong(f"question trop longue ({len(question)} caractères ; "
                                  f"{self.max_question_chars} au plus)")
        if not question.strip():
            raise EmptyQuestion("la question est vide")
        catalog = self.catalog
        previous = self.conversations.get(session_id, catalog)
        answer = answer_question(self._spelled_out(question.strip()), catalog, self.index, previous,
                                 self.kinds.vote)
        if session_id:
            self.conversations.remember(session_id, remembered(answer), catalog)
        model = answer.to_model(question, id, session_id)
        return self.phraser.rephrase(model) if self.phraser else model

    def _spelled_out(self, question: str) -> str:
        """The question with the acronyms the archive does not print spelled out from its titles
        ("le CFU 2023" → "le CFU (compte financier unique) 2023")."""
        asked = ACRONYM.findall(question)
        if not asked:
            return question
        printed = {word for word, rarity in self.index.rarity([a.lower() for a in asked]).items() if rarity is not None}
        if all(a.lower() in printed for a in asked):
            return question  # nothing to spell out: the titles are not read
        version = self.index.version()
        with self._lock:
            if self._acronyms is None or self._acronyms[0] != version:
                self._acronyms = (version, readings(self.index.deliberation_titles()))
        return spelled_out(question, self._acronyms[1], printed)

    def search(self, query: str, k: int = 10, collectivity: str | None = None, body: str | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               document: str | None = None) -> SearchResponse:
        if len(query) > self.max_question_chars:
            raise QuestionTooLong(f"requête trop longue ({len(query)} caractères ; "
                                  f"{self.max_question_chars} au plus)")
        if not query.strip():
            raise EmptyQuestion("la requête est vide")
        k = max(1, min(k, 100))
        filters = SearchFilters(collectivity=collectivity, body=body, date_from=date_from,
                                date_to=date_to, document=document)
        if any((collectivity, body, date_from, date_to, document)):
            hits = self.index.search(query, k=k, filters=filters)
        else:
            hits = self._scoped_search(query, k)
        return SearchResponse(query=query, results=[
            SearchResult(id=f"{hit.document_id}@{hit.start}-{hit.end}", document=hit.document_name,
                         deliberation=hit.deliberation_id, start=hit.start, end=hit.end,
                         text=hit.text, score=hit.score)
            for hit in hits])

    def _scoped_search(self, query: str, k: int) -> list[Hit]:
        """Hits of the séances the query names (a town, a date) first, then the rest.

        A query that names "Lannion" and "8 juin 2020" is about that séance: its passages lead,
        but nothing is filtered out, so a wrong guess only reorders.
        """
        scope = named_seances(Understanding.of(query), self.catalog)
        hits = self.index.search(query, k=k)
        if not scope.narrowed or not scope.documents:
            return hits
        scoped = retrieve(self.index, query, scope, k=k)
        seen = {hit.chunk_id for hit in scoped}
        return (scoped + [hit for hit in hits if hit.chunk_id not in seen])[:k]

    # -- citations and documents ---------------------------------------------------------------

    def citation(self, citation_id: str) -> CitationView:
        document_id, span = parse_citation_id(citation_id)
        document = self.catalog.documents.get(document_id)
        if document is None or span.end > len(document.text):
            raise UnknownCitation(f"citation inconnue : {citation_id[:120]!r}")
        deliberation = deliberation_at(document, span)
        seance = document.seance
        return CitationView(
            id=citation_id, document=document.name, document_id=document.id,
            deliberation=deliberation.id if deliberation else None,
            deliberation_title=deliberation.title.value if deliberation and deliberation.title else None,
            seance_date=seance.date.value if seance.date else None,
            collectivity=collectivity_of(document), start=span.start, end=span.end,
            quote=document.text[span.start:span.end],
            before=document.text[max(0, span.start - CONTEXT_CHARS):span.start],
            after=document.text[span.end:span.end + CONTEXT_CHARS])

    def document(self, reference: str) -> Document:
        """An indexed document by its id or its file name."""
        catalog = self.catalog
        named = [catalog.documents[reference]] if reference in catalog.documents else \
            [d for d in catalog.documents.values() if d.name == reference or d.name == Path(reference).name]
        if not named:
            raise UnknownDocument(f"document inconnu : {reference[:120]!r}")
        return named[0].loaded() if isinstance(named[0], StoredDocument) else named[0]

    def reading_gaps(self, names: list[str]) -> list[tuple[str, list[str]]]:
        """The documents among `names` whose reading looks incomplete, with what is missing."""
        by_name = {d.name: d for d in self.catalog.documents.values()}
        return [(name, missing) for name in names if name in by_name
                for missing in [inspection.gaps(by_name[name])] if missing]

    def document_text(self, document_id: str) -> DocumentText:
        document = self._document(document_id)
        return DocumentText(id=document.id, name=document.name, text=document.text)

    # -- deliberations -------------------------------------------------------------------------

    def deliberations(self, collectivity: str | None = None, body: str | None = None,
                      date_from: dt.date | None = None, date_to: dt.date | None = None,
                      q: str | None = None, offset: int = 0, limit: int = 50) -> DeliberationPage:
        return deliberation_page(self.catalog, self.index, collectivity=collectivity, body=body,
                                 date_from=date_from, date_to=date_to, q=q, offset=offset, limit=limit)

    def deliberation(self, deliberation_id: str) -> DeliberationDetail:
        found = self.catalog.deliberations.get(deliberation_id)
        if found is None:
            raise UnknownDeliberation(f"délibération inconnue : {deliberation_id[:120]!r}")
        document, deliberation = found
        summary = facts.summary(document, deliberation)
        span = deliberation.span
        return DeliberationDetail(**summary.model_dump(), start=span.start, end=span.end,
                                  facts=facts.deliberation_facts(document, deliberation),
                                  text=document.text[span.start:span.end])

    # -- members -------------------------------------------------------------------------------

    def members(self, collectivity: str | None = None, q: str | None = None, offset: int = 0,
                limit: int = 50) -> MemberPage:
        rows = sorted(self.catalog.members.values(), key=lambda m: (m.collectivity, person_key(m.name)))
        if collectivity:
            rows = [m for m in rows if collectivity_key(collectivity) in collectivity_key(m.collectivity)]
        if q:
            rows = [m for m in rows if person_key(q) in person_key(m.name)]
        offset, limit = max(0, offset), max(1, min(limit, 500))
        return MemberPage(total=len(rows), offset=offset, limit=limit, items=[
            MemberSummary(id=m.id, name=m.name, collectivity=m.collectivity, seances=len(m.documents))
            for m in rows[offset:offset + limit]])

    def member(self, member_id: str) -> MemberDetail:
        member = self.catalog.members.get(member_id)
        if member is None:
            raise UnknownMember(f"membre inconnu : {member_id[:120]!r}")
        return facts.member_detail(self.catalog, member)

    # -- maintenance ---------------------------------------------------------------------------

    def ingest(self, paths: list[Path], prune: bool = False, progress=None,
               collectivity: str | None = None) -> IngestSummary:
        report = self.index.ingest(paths, prune=prune, progress=progress, collectivity=collectivity)
        return IngestSummary(
            added=report.added, updated=report.updated, unchanged=report.unchanged,
            removed=report.removed, errors=[{"path": p, "reason": r} for p, r in report.errors],
            seances=report.seances, deliberations=report.deliberations, chunks=report.chunks,
            seconds=report.seconds)

    def health(self) -> Health:
        stats = self.index.stats()
        return Health(status="ok", documents=stats.get("documents", 0),
                      deliberations=stats.get("deliberations", 0), chunks=stats.get("chunks", 0),
                      model=stats.get("model"))

