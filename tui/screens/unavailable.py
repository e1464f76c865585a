"""Shown when the assistant cannot be reached or opened: what went wrong, and a way out.

A closed server or an unreadable index must never leave a blank or frozen app: the user reads the
reason and can retry (after starting the server, say) or quit.
"""
from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class UnavailableScreen(ModalScreen[bool]):
    """Dismissed with True to retry, False to quit."""

    BINDINGS = [Binding("r", "dismiss(True)", "Réessayer"), Binding("q", "dismiss(False)", "Quitter")]

    def __init__(self, where: str, message: str) -> None:
        super().__init__()
        self.where = where
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="unavailable", classes="dialog"):
            yield Static(f"Assistant indisponible ({self.where})", classes="dialog-title")
            yield Static(self.message, id="unavailable-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Réessayer (r)", id="retry", variant="primary")
                yield Button("Quitter (q)", id="quit")

    @on(Button.Pressed, "#retry")
    def _retry(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.dismiss(False)
