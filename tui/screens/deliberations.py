"""Browse the deliberations of every séance, newest first, filtered by title or number."""
from __future__ import annotations

from textual.screen import Screen

from tui.backend import Service
from tui.screens.deliberation import DeliberationScreen
from tui.screens.listing import PAGE, ListingScreen, Row


class DeliberationsScreen(ListingScreen):
    TITLE_TEXT = "Délibérations"
    PLACEHOLDER = "Filtrer par objet ou numéro…"
    COLUMNS = (("Date", 10), ("N°", 8), ("Objet", None), ("Résultat", 20))

    def fetch(self, service: Service, q: str | None) -> tuple[list[Row], int]:
        page = service.deliberations(q=q, limit=PAGE)
        return [(item.id, (item.date.strftime("%d/%m/%Y") if item.date else "—", item.number or "",
                           item.title or item.document, item.result or ""))
                for item in page.items], page.total

    def detail(self, record_id: str) -> Screen:
        return DeliberationScreen(record_id)

