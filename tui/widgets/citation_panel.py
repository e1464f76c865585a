"""The side panel that shows a cited passage highlighted in its context, with where it comes from.

Staff open a source to check an answer and copy the passage into a note, so the panel is focused
when it opens: `c` copies, `d` opens the whole document at that place, escape closes and gives the
focus back to where it was. It renders a `CitationView` it is given and never calls the service.
"""
from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Button, Static

from assistant.models import CitationView

CONTEXT_BEFORE = 240  # characters of context shown before the quote, so the quote shows at once


def tidy(text: str) -> str:
    """Display form of source text: blank-line runs and tab columns take no room in a narrow panel."""
    return re.sub(r"\s*\n\s*", "\n", text.replace("\t", "  "))


def describe(view: CitationView) -> str:
    """ "17/09/2020 · Dijon Métropole" — the séance the passage belongs to, as far as known."""
    parts = [view.seance_date.strftime("%d/%m/%Y") if view.seance_date else None, view.collectivity]
    return " · ".join(part for part in parts if part) or "séance non datée"


class CitationPanel(Vertical, can_focus=True):
    DEFAULT_CSS = """
    CitationPanel .citation-panel--quote { text-style: bold; background: $accent 40%; }
    """
    COMPONENT_CLASSES = {"citation-panel--quote"}
    BINDINGS = [
        Binding("c", "copy", "Copier"),
        Binding("d", "document", "Document"),
        Binding("escape", "close", "Fermer"),
    ]

    class OpenDocument(Message):
        """Open the whole document `document_id`, scrolled to and selecting `start`–`end`."""

        def __init__(self, document_id: str, start: int, end: int) -> None:
            super().__init__()
            self.document_id = document_id
            self.start = start
            self.end = end

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.view: CitationView | None = None
        self._return_focus: Widget | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="citation-source")
        with VerticalScroll(id="citation-scroll"):
            yield Static(id="citation-context")
        with Horizontal(id="citation-actions"):
            yield Button("Copier", id="citation-copy", compact=True)
            yield Button("Document", id="citation-document", compact=True)
            yield Button("Fermer", id="citation-close", compact=True)

    def show(self, view: CitationView) -> None:
        """Render `view` and take the focus (remembering who had it)."""
        self.view = view
        title = Text(view.document, style="bold")
        title.append(f"\n{describe(view)}")
        if view.deliberation_title:
            title.append(f"\n{view.deliberation_title}", style="italic")
        self.query_one("#citation-source", Static).update(title)
        full = tidy(view.before).lstrip()
        before = full[-CONTEXT_BEFORE:]
        if len(before) < len(full):
            before = "…" + before[before.find(" ") + 1:]
        context = Text(before)
        context.append(tidy(view.quote), style=self.get_component_rich_style("citation-panel--quote"))
        after = tidy(view.after).rstrip()
        context.append(after + ("…" if after else ""))
        self.query_one("#citation-context", Static).update(context)
        self.query_one("#citation-scroll", VerticalScroll).scroll_home(animate=False)
        if not self.display:
            self._return_focus = self.app.focused
        self.display = True
        self.focus()

    def action_copy(self) -> None:
        if self.view is not None:
            self.app.copy_to_clipboard(f"« {self.view.quote} »\n— {self.view.document}, {describe(self.view)}")
            self.notify("Passage copié dans le presse-papiers.")

    def action_document(self) -> None:
        if self.view is not None:
            self.post_message(self.OpenDocument(self.view.document_id, self.view.start, self.view.end))

    def action_close(self) -> None:
        self.display = False
        if self._return_focus is not None and self._return_focus.is_attached:
            self._return_focus.focus()
        self._return_focus = None

    @on(Button.Pressed, "#citation-copy")
    def _copy_pressed(self) -> None:
        self.action_copy()

    @on(Button.Pressed, "#citation-document")
    def _document_pressed(self) -> None:
        self.action_document()

    @on(Button.Pressed, "#citation-close")
    def _close_pressed(self) -> None:
        self.action_close()
