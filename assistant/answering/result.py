"""What an answering step returns, and the French phrasing helpers they share."""
from __future__ import annotations

import datetime as dt

from dataclasses import dataclass, field

from assistant.answering.scope import Scope
from assistant.collectivities import collectivity_of
from assistant.citations import cite, line_span
from assistant.models import Answer, AnswerPart, Citation
from corpus.models import Document, Span

RECORD, PASSAGE = "record", "passage"  # what an answer was read from: parsed facts, or the text itself
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre")


@dataclass
class Result:
    answered: bool
    kind: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    deliberations: list[str] = field(default_factory=list)
    context: Scope | None = None
    basis: str = RECORD
    parts: list[AnswerPart] = field(default_factory=list)

    def part(self, question: str) -> AnswerPart:
        """This result as the answer to one part of a question."""
        return AnswerPart(question=question, answered=self.answered, answer=self.text, basis=self.basis,
                          citations=_unique(self.citations))

    def to_model(self, question: str, id: str | None, session_id: str | None) -> Answer:
        return Answer(id=id, question=question, answered=self.answered, kind=self.kind, answer=self.text,
                      basis=self.basis, citations=_unique(self.citations),
                      deliberations=list(dict.fromkeys(self.deliberations)), parts=self.parts,
                      session_id=session_id)


def _unique(citations: list[Citation]) -> list[Citation]:
    unique: dict[str, Citation] = {}
    for citation in citations:
        unique.setdefault(citation.id, citation)
    return list(unique.values())


def french_day(value: dt.date) -> str:
    """ "17 septembre 2020", "1er avril 2016" """
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {FRENCH_MONTHS[value.month - 1]} {value.year}"


def french_date(document: Document) -> str:
    date = document.seance.date
    return f"du {french_day(date.value)}" if date is not None else f"du document {document.name}"


def seance_label(document: Document) -> str:
    """ "la séance du 17 septembre 2020 (Dijon Métropole)" """
    return f"la séance {french_date(document)} ({collectivity_of(document)})"


def cite_line(document: Document, span: Span) -> Citation:
    """Cite the whole line(s) holding `span`, so the quote reads as a sentence of the source."""
    return cite(document, line_span(document.text, span))


def declined(kind: str, what: str, scope: Scope | None) -> Result:
    """The plain French refusal when the archive does not hold the answer."""
    return Result(False, kind, f"Je ne trouve pas {what} dans les documents indexés.", context=scope)
