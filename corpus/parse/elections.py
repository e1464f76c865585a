"""Ballots: votants, blancs, nuls, exprimés, majorité, voix per candidate, who is elected."""
from __future__ import annotations

from corpus.models import Election, Span


def parse_elections(text: str, span: Span) -> tuple[Election, ...]:
    """STUB."""
    return ()
