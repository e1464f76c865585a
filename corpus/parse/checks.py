"""Consistency checks: reported on the record as `Issue`s, never silently fixed."""
from __future__ import annotations

from corpus.models import Deliberation, Issue, Seance


def check_deliberation(deliberation: Deliberation) -> tuple[Issue, ...]:
    """STUB."""
    return ()


def check_seance(seance: Seance) -> tuple[Issue, ...]:
    """STUB."""
    return ()
