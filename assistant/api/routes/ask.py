"""`POST /ask`: a French question, a cited answer; `session_id` carries follow-ups."""
from __future__ import annotations

from fastapi import APIRouter

from assistant.api.deps import AssistantDep
from assistant.models import Answer, AskRequest

router = APIRouter(tags=["questions"])


@router.post("/ask", response_model=Answer)
def ask(request: AskRequest, assistant: AssistantDep) -> Answer:
    """Answer a question from the archive; every statement carries its citations.

    `answered` is false (and `answer` says so in French) when the archive does not hold it.
    """
    return assistant.ask(request.question, session_id=request.session_id, id=request.id)
