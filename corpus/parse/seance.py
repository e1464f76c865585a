"""Facts of the séance header: date, collectivity, body, president, secretary, times."""
from __future__ import annotations

from dataclasses import dataclass

from corpus.models import Date, Person, Span, Text


@dataclass(frozen=True)
class SeanceHeader:
    date: Date | None = None
    collectivity: Text | None = None
    body: Text | None = None
    convocation: Date | None = None
    opened_at: Text | None = None
    closed_at: Text | None = None
    president: Person | None = None
    secretary: Person | None = None


@dataclass(frozen=True)
class ItemRoles:
    rapporteur: Person | None = None
    president: Person | None = None


def parse_header(text: str, header: Span) -> SeanceHeader:
    """STUB."""
    return SeanceHeader()


def parse_item_roles(text: str, span: Span) -> ItemRoles:
    """STUB."""
    return ItemRoles()
