"""When a séance opened and closed, from the times its header and closing line state."""
from __future__ import annotations

from assistant.answering.result import Result, cite_line, seance_label
from assistant.answering.scope import Scope
from assistant.understanding import Understanding


def sitting_times(understanding: Understanding, scope: Scope) -> Result | None:
    """Opening and closing times of the séance in scope; None when none is stated or scope is vague."""
    if not (scope.narrowed or len(scope.documents) == 1):
        return None
    lines, citations = [], []
    for document in scope.documents[:3]:
        seance = document.seance
        parts = []
        if seance.opened_at is not None:
            parts.append(f"ouverte à {seance.opened_at.value}")
            citations.append(cite_line(document, seance.opened_at.span))
        if seance.closed_at is not None:
            parts.append(f"levée à {seance.closed_at.value}")
            citations.append(cite_line(document, seance.closed_at.span))
        if parts:
            lines.append(f"La séance {seance_label(document)[len('la séance '):]} a été {' et '.join(parts)}.")
    if not citations:
        return None
    return Result(True, "date", " ".join(lines), citations, context=scope)
