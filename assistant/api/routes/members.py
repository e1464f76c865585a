"""`GET /members` and `GET /members/{id}` (attendance, proxies, votes across séances)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from assistant.api.deps import AssistantDep
from assistant.models import MemberDetail, MemberPage

router = APIRouter(tags=["records"])


@router.get("/members", response_model=MemberPage)
def members(assistant: AssistantDep, collectivity: str | None = None,
            q: Annotated[str | None, Query(description="part of the name")] = None,
            offset: Annotated[int, Query(ge=0)] = 0,
            limit: Annotated[int, Query(ge=1, le=500)] = 50) -> MemberPage:
    """Council members named in the séances, per collectivity."""
    return assistant.members(collectivity=collectivity, q=q, offset=offset, limit=limit)


@router.get("/members/{member_id}", response_model=MemberDetail)
def member(member_id: str, assistant: AssistantDep) -> MemberDetail:
    """A member's attendance, proxies given and held, and named votes, each cited."""
    return assistant.member(member_id)
