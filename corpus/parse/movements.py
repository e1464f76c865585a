"""Arrivals and departures during the séance."""
from __future__ import annotations

from corpus.models import Movement, Span


def parse_movements(text: str, span: Span) -> tuple[Movement, ...]:
    """STUB."""
    return ()
