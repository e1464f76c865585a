"""`GET /citations/{id}`: the exact cited passage with the text around it."""
from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.models import CitationView

router = APIRouter(tags=["citations"])


@router.get("/citations/{citation_id}", response_model=CitationView)
def citation(citation_id: str, assistant: AssistantDep) -> CitationView:
    """Resolve a citation id (`<document>@<start>-<end>`) to its passage and context."""
    return assistant.citation(citation_id)
