"""Errors of the assistant, named for their meaning; each face translates them once.

`status` is the HTTP code the API answers with; the CLI shows `message`.
"""
from __future__ import annotations


class AssistantError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EmptyQuestion(AssistantError):
    status = 422
    code = "empty_question"


class QuestionTooLong(AssistantError):
    status = 413
    code = "question_too_long"


class NotFound(AssistantError):
    status = 404
    code = "not_found"


class UnknownCitation(NotFound):
    code = "unknown_citation"


class UnknownDeliberation(NotFound):
    code = "unknown_deliberation"


class UnknownMember(NotFound):
    code = "unknown_member"


class UnknownDocument(NotFound):
    code = "unknown_document"


class IndexProblem(AssistantError):
    """The index cannot be used as asked (built with another model, unreadable)."""

    status = 409
    code = "index_problem"
