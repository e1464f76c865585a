"""`GET /healthz`: always open, so monitoring needs no key."""
from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.models import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz(assistant: AssistantDep) -> Health:
    """Index counts and embedding model: a cheap check that the index is readable."""
    return assistant.health()
