"""`GET /deliberations` (filtered, paginated) and `GET /deliberations/{id}` (facts with spans)."""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import AssistantDep
from assistant.models import DeliberationDetail, DeliberationPage

router = APIRouter(tags=["records"])


@router.get("/deliberations", response_model=DeliberationPage)
def deliberations(assistant: AssistantDep, collectivity: str | None = None, body: str | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None,
                  q: Annotated[str | None, Query(description="words of the title or number")] = None,
                  offset: Annotated[int, Query(ge=0)] = 0,
                  limit: Annotated[int, Query(ge=1, le=500)] = 50) -> DeliberationPage:
    """Deliberations in séance date order; filters are accent- and case-insensitive."""
    return assistant.deliberations(collectivity=collectivity, body=body, date_from=date_from,
                                   date_to=date_to, q=q, offset=offset, limit=limit)


@router.get("/deliberations/{deliberation_id}", response_model=DeliberationDetail)
def deliberation(deliberation_id: str, assistant: AssistantDep) -> DeliberationDetail:
    """One deliberation: its text and every extracted fact with the span it was read from."""
    return assistant.deliberation(deliberation_id)
