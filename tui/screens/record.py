"""A record screen (a deliberation, a member): a heading, then sections whose lines open sources.

Both detail screens load one record in a worker, draw a heading and a few sections, and focus the
first list of sources so the keyboard is ready to open one; only what they fetch and draw differs.
"""
from __future__ import annotations

from typing import Generic, TypeVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from tui.backend import Service
from tui.screens.citing import CitingScreen
from tui.widgets.citation_list import CitationList

Record = TypeVar("Record")


class RecordScreen(CitingScreen, Generic[Record]):
    SUBTITLE = ""
    BINDINGS = [Binding("escape", "app.pop_screen", "Retour")]

    def __init__(self, record_id: str) -> None:
        super().__init__()
        self.record_id = record_id
        self.record: Record | None = None

    def compose_main(self) -> ComposeResult:
        with VerticalScroll(classes="record"):
            yield Static("chargement…", classes="record-title")

    def on_mount(self) -> None:
        self.sub_title = self.SUBTITLE
        self.load()

    def fetch(self, service: Service) -> Record:
        raise NotImplementedError

    def heading(self, record: Record) -> Text:
        raise NotImplementedError

    def sections(self, record: Record) -> list[Widget]:
        raise NotImplementedError

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        record = self.fetch(self.service())
        if self.still_wanted():
            self.app.call_from_thread(self.show, record)

    def show(self, record: Record) -> None:
        self.record = record
        self.query_one(".record-title", Static).update(self.heading(record))
        widgets = self.sections(record)
        self.query_one(".record", VerticalScroll).mount_all(widgets)
        lists = [widget for widget in widgets if isinstance(widget, CitationList)]
        if lists:
            lists[0].focus()


def section(title: str) -> Static:
    return Static(title, classes="section")
