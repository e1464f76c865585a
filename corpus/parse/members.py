"""Members present, absent, excused, proxies and announced counts."""
from __future__ import annotations

from corpus.models import Attendance, Span


def parse_attendance(text: str, span: Span) -> Attendance | None:
    """STUB."""
    return None


def parse_item_attendance(text: str, span: Span) -> Attendance | None:
    """STUB."""
    return None
