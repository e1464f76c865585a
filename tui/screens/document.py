"""The whole source document, scrolled to the cited span and with that span selected.

A read-only TextArea draws only the lines on screen, so a long procès-verbal opens at once, and its
selection both highlights the span and lets the user widen it and copy (ctrl+c) what they need.
"""
from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, TextArea
from textual.widgets.text_area import Selection

from assistant.models import DocumentText
from tui.screens.service import ServiceScreen


class DocumentScreen(ServiceScreen):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Retour"),
        Binding("c", "copy_span", "Copier le passage"),
    ]

    def __init__(self, document_id: str, start: int, end: int) -> None:
        super().__init__()
        self.document_id = document_id
        self.start, self.end = start, end
        self.document: DocumentText | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield TextArea("chargement du document…", read_only=True, soft_wrap=True, id="document-text")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Document"
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        document = self.service().document_text(self.document_id)
        if self.still_wanted():
            self.app.call_from_thread(self.show, document)

    def show(self, document: DocumentText) -> None:
        self.document = document
        self.sub_title = document.name
        area = self.query_one(TextArea)
        area.load_text(document.text)
        locate = area.document.get_location_from_index
        area.selection = Selection(locate(self.end), locate(self.start))  # cursor at the start
        area.focus()
        self.call_after_refresh(area.scroll_cursor_visible, center=True)

    def action_copy_span(self) -> None:
        if self.document is not None:
            self.app.copy_to_clipboard(self.document.text[self.start:self.end])
            self.notify("Passage copié dans le presse-papiers.")
