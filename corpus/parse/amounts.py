"""Sums of money printed in a deliberation."""
from __future__ import annotations

from corpus.models import Amount, Span


def parse_amounts(text: str, span: Span) -> tuple[Amount, ...]:
    """STUB."""
    return ()
