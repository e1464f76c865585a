"""The JSON contract of the assistant (CLI `--json`, HTTP API, TUI client), as pydantic models.

Field names follow shared/DESIGN.md exactly: outside tools and the scorer read them.
"""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class Citation(BaseModel):
    """A cited passage: `text[start:end]` of the document as stored equals `quote`."""

    id: str = Field(description="citation id, resolvable with GET /citations/{id}")
    document: str = Field(description="source file name")
    deliberation: str | None = Field(default=None, description="deliberation id, when inside one")
    start: int
    end: int
    quote: str


class AnswerPart(BaseModel):
    """One part of a question that asks several things ("qui présidait, et qui était secrétaire ?")."""

    question: str
    answered: bool
    answer: str
    basis: str = Field(description='"record" (parsed facts) or "passage" (read from the text)')
    citations: list[Citation] = []


class Answer(BaseModel):
    id: str | None = None
    question: str
    answered: bool
    kind: str
    answer: str
    basis: str = Field(default="record", description='"record" when the answer comes from parsed records, '
                                                     '"passage" when read from retrieved text')
    citations: list[Citation] = []
    deliberations: list[str] = []
    parts: list[AnswerPart] = Field(default=[], description="one per part of a question of several parts")
    session_id: str | None = None


class AskRequest(BaseModel):
    question: str = Field(min_length=1)
    id: str | None = None
    session_id: str | None = None


class SearchResult(BaseModel):
    id: str
    document: str
    deliberation: str | None = None
    start: int
    end: int
    text: str
    score: float


class SearchResponse(BaseModel):
    query: str
    results: list[SearchResult]


class CitationView(BaseModel):
    """A citation resolved: the passage with its context, and where it comes from."""

    id: str
    document: str
    document_id: str
    deliberation: str | None = None
    deliberation_title: str | None = None
    seance_date: dt.date | None = None
    collectivity: str | None = None
    start: int
    end: int
    quote: str
    before: str
    after: str


class Fact(BaseModel):
    """One extracted value of a deliberation or séance, with the passage it was read from."""

    kind: str
    label: str
    value: str
    start: int
    end: int
    quote: str


class DeliberationSummary(BaseModel):
    id: str
    document: str
    document_id: str
    number: str | None = None
    title: str | None = None
    date: dt.date | None = None
    collectivity: str | None = None
    body: str | None = None
    result: str | None = None


class DeliberationPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[DeliberationSummary]


class DeliberationDetail(DeliberationSummary):
    start: int
    end: int
    facts: list[Fact]
    text: str


class MemberSummary(BaseModel):
    id: str
    name: str
    collectivity: str | None = None
    seances: int


class MemberPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[MemberSummary]


class MemberSeance(BaseModel):
    """A member's status at one séance: présent, absent, excusé, or absent with a proxy."""

    date: dt.date | None = None
    document: str
    document_id: str
    status: str
    proxy_to: str | None = None
    proxies_from: list[str] = []
    citation: Citation | None = None


class MemberVote(BaseModel):
    deliberation: str
    title: str | None = None
    position: str
    citation: Citation


class MemberDetail(MemberSummary):
    attendance: list[MemberSeance]
    votes: list[MemberVote]


class DocumentText(BaseModel):
    id: str
    name: str
    text: str


class Health(BaseModel):
    status: str
    documents: int
    deliberations: int
    chunks: int
    model: str | None = None


class IngestSummary(BaseModel):
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    removed: list[str] = []
    errors: list[dict[str, str]] = []
    seances: int = 0
    deliberations: int = 0
    chunks: int = 0
    seconds: float = 0.0


class ErrorBody(BaseModel):
    """The one shape of every error answer of the HTTP API."""

    error: str
    message: str
