"""Index a folder from inside the app: offered when the index is empty, or from the palette.

A new user's first run has nothing to ask about; rather than answering "je ne trouve pas" to
everything, the app asks for the folder of deliberations and shows the ingestion's progress.
"""
from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, ProgressBar, Static
from textual.worker import Worker, WorkerState

from assistant.models import IngestSummary
from tui.screens.service import ServiceScreen


class IngestScreen(ServiceScreen, ModalScreen[IngestSummary | None]):
    BINDINGS = [Binding("escape", "dismiss(None)", "Plus tard")]

    def __init__(self, reason: str = "Indexer un dossier de délibérations.") -> None:
        super().__init__()
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest", classes="dialog"):
            yield Static("Indexer des délibérations", classes="dialog-title")
            yield Static(self.reason)
            yield Input(placeholder="Dossier ou fichier (.txt .pdf .docx .md .html)", id="ingest-path")
            yield ProgressBar(id="ingest-progress", show_eta=False)
            yield Static("", id="ingest-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Indexer", id="ingest-start", variant="primary")
                yield Button("Plus tard", id="ingest-cancel")

    @on(Input.Submitted, "#ingest-path")
    @on(Button.Pressed, "#ingest-start")
    def _start(self) -> None:
        path = Path(self.query_one("#ingest-path", Input).value.strip()).expanduser()
        if not path.exists():
            self.query_one("#ingest-status", Static).update(f"Introuvable : {path}")
            return
        self.query_one("#ingest-start", Button).disabled = True
        self.query_one(ProgressBar).display = True
        self.query_one("#ingest-status", Static).update("indexation…")
        self.ingest(path)

    @on(Button.Pressed, "#ingest-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def ingest(self, path: Path) -> None:
        def progress(name: str, done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, name, done, total)

        summary = self.service().ingest([path], progress=progress)
        self.app.call_from_thread(self.dismiss, summary)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed ingestion is reported (by ServiceScreen) and can be tried again at once."""
        super().on_worker_state_changed(event)
        if event.state == WorkerState.ERROR:
            self.query_one("#ingest-start", Button).disabled = False
            self.query_one("#ingest-status", Static).update("L'indexation a échoué.")

    def _progress(self, name: str, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#ingest-status", Static).update(f"{done}/{total} · {name}")
