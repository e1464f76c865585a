"""`GET /search`: passages ranked by meaning and words, with the question's filters."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import AssistantDep
from assistant.models import SearchResponse

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResponse)
def search(assistant: AssistantDep, q: Annotated[str, Query(min_length=1, description="query text")],
           k: Annotated[int, Query(ge=1, le=100)] = 10, collectivity: str | None = None,
           body: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           document: str | None = None) -> SearchResponse:
    """Hybrid search (embeddings + French full text, fused by rank); results are citable spans."""
    return assistant.search(q, k=k, collectivity=collectivity, body=body, date_from=date_from,
                            date_to=date_to, document=document)
