"""Which deliberation a question is about: by its number when named, else by retrieval within
the séances in scope and by its title sharing the question's words."""
from __future__ import annotations

import re

from assistant.answering.passages import retrieve, stem, text_stems
from assistant.answering.scope import Scope, own_topic
from assistant.understanding import Understanding, fold
from corpus.models import Deliberation, Document
from index import Index


def _deliberations_of(documents: dict[str, Document], deliberation_id: str) -> list[Deliberation]:
    document = documents.get(deliberation_id.split(":")[0])
    return [d for d in document.seance.deliberations if d.id == deliberation_id] if document else []


def overlap(words: set[str], text: str) -> float:
    return len(words & text_stems(text)) / max(1, len(words))


def find_deliberations(index: Index, understanding: Understanding, scope: Scope,
                       needs: str) -> list[tuple[Document, Deliberation]]:
    """Deliberations in scope holding `needs` ("votes"/"elections"), best match first."""
    documents = {d.id: d for d in scope.documents}
    topic = own_topic(understanding, scope)  # "combien de voix pour, contre…" would find any vote block
    words = {stem(w) for w in topic}
    scores: dict[str, float] = {}
    found: dict[str, tuple[Document, Deliberation]] = {}
    if not topic and scope.deliberations:  # "et combien contre ?": the deliberation just discussed
        remembered = [(documents[d.split(":")[0]], x) for d in scope.deliberations for x in
                      _deliberations_of(documents, d) if getattr(x, needs)]
        if remembered:
            return remembered
    query = " ".join(topic) if len(topic) >= 2 else understanding.question
    for rank, hit in enumerate(retrieve(index, query, scope, k=15)):
        document = documents.get(hit.document_id)
        if document is None or hit.deliberation_id is None:
            continue
        for deliberation in document.seance.deliberations:
            if deliberation.id == hit.deliberation_id and getattr(deliberation, needs):
                scores[deliberation.id] = scores.get(deliberation.id, 0.0) + 1.0 / (rank + 2)
                found[deliberation.id] = (document, deliberation)
    named = ITEM_NUMBER.search(fold(understanding.question))
    for document in scope.documents if named else []:
        for deliberation in document.seance.deliberations:
            if deliberation.number and fold(deliberation.number.value) == named.group(1) and getattr(deliberation, needs):
                found[deliberation.id] = (document, deliberation)
                scores[deliberation.id] = scores.get(deliberation.id, 0.0) + 2.0
    for key, (document, deliberation) in found.items():
        if deliberation.title is not None:
            scores[key] += 2 * overlap(words, deliberation.title.value)
    return [found[k] for k in sorted(scores, key=lambda k: -scores[k])]


# "la question 12", "le point n° 3", "la délibération DEL2025-02"
ITEM_NUMBER = re.compile(r"\b(?:question|point|deliberation|dossier)\s+(?:n°\s*|no\s*|numero\s*)?([\w-]*\d[\w-]*)")


def title_of(deliberation: Deliberation) -> str:
    return f"« {deliberation.title.value} »" if deliberation.title else f"la délibération {deliberation.ordinal}"
