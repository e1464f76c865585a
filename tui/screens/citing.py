"""A screen that shows sources: its main area, and the citation panel beside it.

Whichever widget posts `CitationRequested` (an answer's sources, a deliberation's facts, a
member's séances), `CitingScreen` fetches the passage in a worker and shows it in the panel, and
opens the whole document when the panel asks.
"""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Header

from tui.messages import CitationRequested
from tui.screens.document import DocumentScreen
from tui.screens.service import ServiceScreen
from tui.widgets.citation_panel import CitationPanel


class CitingScreen(ServiceScreen):
    """A screen with a main area (`compose_main`) and the citation panel beside it."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(classes="with-panel"):
            yield from self.compose_main()
            yield CitationPanel()
        yield Footer(compact=True, show_command_palette=False)

    def compose_main(self) -> ComposeResult:
        raise NotImplementedError

    @on(CitationRequested)
    def _citation_requested(self, event: CitationRequested) -> None:
        event.stop()
        self.load_citation(event.citation_id)

    @work(thread=True, exclusive=True, group="citation", exit_on_error=False)
    def load_citation(self, citation_id: str) -> None:
        view = self.service().citation(citation_id)
        if self.still_wanted():
            self.app.call_from_thread(self.query_one(CitationPanel).show, view)

    @on(CitationPanel.OpenDocument)
    def _document_requested(self, event: CitationPanel.OpenDocument) -> None:
        event.stop()
        self.app.push_screen(DocumentScreen(event.document_id, event.start, event.end))
