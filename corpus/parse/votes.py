"""Vote results and the operative decision of a deliberation."""
from __future__ import annotations

from corpus.models import Span, Text, Vote


def parse_votes(text: str, span: Span) -> tuple[Vote, ...]:
    """STUB."""
    return ()


def parse_decision(text: str, span: Span) -> Text | None:
    """STUB."""
    return None
