"""`DelibApp`, the staff's terminal app, and `make_app`, the one factory the CLI and tests use.

The app is usable the moment it starts: the assistant opens in a background worker while the
chat box already takes questions (they wait for it). Three modes (conversation, deliberations,
members) keep their own screen stacks, so going to check a member and coming back leaves the
conversation as it was. Failures of the service are reported here, once: a notification, or
for a server that cannot be reached (or an index that cannot be opened) a screen to retry or quit.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from assistant.client import AssistantClient, ServerUnreachable
from assistant.errors import AssistantError
from assistant.models import Health, IngestSummary
from tui.backend import Backend, Service
from tui.screens.chat import ChatScreen
from tui.screens.deliberations import DeliberationsScreen
from tui.screens.help import HelpScreen
from tui.screens.ingest import IngestScreen
from tui.screens.members import MembersScreen
from tui.screens.unavailable import UnavailableScreen


class DelibApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "delib"
    MODES = {"chat": ChatScreen, "deliberations": DeliberationsScreen, "members": MembersScreen}
    DEFAULT_MODE = "chat"
    BINDINGS = [
        Binding("f1", "help", "Aide"),
        Binding("f2", "switch_mode('chat')", "Chat"),
        Binding("f3", "switch_mode('deliberations')", "Délibérations"),
        Binding("f4", "switch_mode('members')", "Membres"),
        Binding("ctrl+t", "toggle_theme", "Thème", show=False),
        Binding("ctrl+q", "quit", "Quitter", show=False, priority=True),
    ]

    def __init__(self, backend: Backend) -> None:
        super().__init__()
        self.backend = backend

    def on_mount(self) -> None:
        self.open_backend()

    def on_unmount(self) -> None:
        self.backend.close()

    # -- opening the service -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_backend(self) -> None:
        try:
            health = self.backend.open()
        except Exception as exc:  # noqa: BLE001 - any failure to open is shown, with a retry
            self.call_from_thread(self.report_error, exc)
            return
        self.call_from_thread(self._opened, health)

    def _opened(self, health: Health) -> None:
        if health.documents == 0:
            self.push_screen(IngestScreen("L'index est vide : indiquez le dossier des délibérations "
                                          "à indexer."), self._ingested)

    def _ingested(self, summary: IngestSummary | None) -> None:
        if summary is not None:
            self.notify(f"{len(summary.added) + len(summary.updated)} document(s) indexé(s) : "
                        f"{summary.deliberations} délibération(s), {summary.chunks} passages.")
            for error in summary.errors:
                self.notify(f"{error.get('path')} : {error.get('reason')}", severity="error")

    def report_error(self, error: BaseException, shown: bool = False) -> None:
        """The one place errors become UI: a retry screen when the service is out of reach (or
        failed to open), else a notification (skipped when the caller already `shown` it)."""
        if isinstance(error, ServerUnreachable) or not self.backend.ready:
            if not isinstance(self.screen, UnavailableScreen):
                message = error.message if isinstance(error, AssistantError) else str(error)
                self.push_screen(UnavailableScreen(self.backend.description, message), self._unavailable_closed)
        elif not shown:
            message = error.message if isinstance(error, AssistantError) else f"Erreur inattendue : {error!r}"
            self.notify(message, severity="error", timeout=8)

    def _unavailable_closed(self, retry: bool | None) -> None:
        if not retry:
            self.exit()
            return
        self.backend.retry()
        self.open_backend()

    # -- actions and commands ------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_ingest(self) -> None:
        self.push_screen(IngestScreen(), self._ingested)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Conversation", "Poser des questions (F2)", lambda: self.switch_mode("chat"))
        yield SystemCommand("Délibérations", "Parcourir les délibérations (F3)",
                            lambda: self.switch_mode("deliberations"))
        yield SystemCommand("Membres", "Parcourir les membres et leurs présences (F4)",
                            lambda: self.switch_mode("members"))
        yield SystemCommand("Indexer un dossier", "Ajouter des délibérations à l'index", self.action_ingest)
        yield SystemCommand("Thème clair / sombre", "Basculer le thème (ctrl+t)", self.action_toggle_theme)
        yield SystemCommand("Aide", "Touches et usage (F1)", self.action_help)
        yield from super().get_system_commands(screen)


def make_app(server: str | None = None, index_dir: Path | None = None,
             assistant: Service | None = None, api_key: str | None = None) -> DelibApp:
    """The app over a given service (tests), a server (`--server URL`, sent `api_key`: the CLI
    gives DELIB_API_KEY, else DELIB_READ_KEY) or the local index.

    The local `Assistant` is imported and opened inside the app's start-up worker, so the window
    is drawn before the index and its model are loaded.
    """
    if assistant is not None:
        given = assistant
        return DelibApp(Backend(lambda: given, "index local", owned=False))
    if server:
        return DelibApp(Backend(lambda: AssistantClient(server, api_key=api_key), f"serveur {server}"))

    def open_local() -> Service:
        from assistant.service import Assistant

        return Assistant.open(index_dir)

    return DelibApp(Backend(open_local, f"index {index_dir}" if index_dir else "index local"))
