"""Browse the members of the councils, filtered by name (accents and case ignored by the service)."""
from __future__ import annotations

from textual.screen import Screen

from tui.backend import Service
from tui.screens.listing import PAGE, ListingScreen, Row
from tui.screens.member import MemberScreen


class MembersScreen(ListingScreen):
    TITLE_TEXT = "Membres"
    PLACEHOLDER = "Filtrer par nom…"
    COLUMNS = (("Nom", None), ("Collectivité", None), ("Séances", 7))

    def fetch(self, service: Service, q: str | None) -> tuple[list[Row], int]:
        page = service.members(q=q, limit=PAGE)
        return [(item.id, (item.name, item.collectivity or "—", str(item.seances)))
                for item in page.items], page.total

    def detail(self, record_id: str) -> Screen:
        return MemberScreen(record_id)
