"""A filter box over a table of records, filtered as you type; enter opens the record.

The deliberations and the members lists differ only in their columns, the service call that fills
them and the screen a row opens, so they share this screen. Each keystroke starts an exclusive
worker: a slower, older query can never overwrite the rows of the newer one.
"""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from tui.backend import Service
from tui.screens.service import ServiceScreen

PAGE = 200  # rows shown; the count line says when the filter should be narrowed

Row = tuple[str, tuple[str, ...]]  # (record id, cells)


class ListingScreen(ServiceScreen):
    TITLE_TEXT = ""
    PLACEHOLDER = ""
    COLUMNS: tuple[tuple[str, int | None], ...] = ()  # (label, width); None shares what is left
    BINDINGS = [Binding("down", "focus_rows", "Liste", show=False),
                Binding("ctrl+f", "focus_filter", "Filtrer")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(classes="listing"):
            yield Input(placeholder=self.PLACEHOLDER, classes="filter")
            yield DataTable(cursor_type="row", zebra_stripes=True)
            yield Static("chargement…", classes="count")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = self.TITLE_TEXT
        self.rows: list[Row] = []
        self.query_one(Input).focus()
        self.load("")

    def fetch(self, service: Service, q: str | None) -> tuple[list[Row], int]:
        """The rows matching `q` (at most PAGE) and how many match in all."""
        raise NotImplementedError

    def detail(self, record_id: str) -> Screen:
        """The screen showing one record."""
        raise NotImplementedError

    @on(Input.Changed)
    def _filter_changed(self, event: Input.Changed) -> None:
        self.load(event.value.strip())

    @on(Input.Submitted)
    def _filter_submitted(self) -> None:
        self.action_focus_rows()

    @work(thread=True, exclusive=True, group="rows", exit_on_error=False)
    def load(self, q: str) -> None:
        rows, total = self.fetch(self.service(), q or None)
        if self.still_wanted():
            self.app.call_from_thread(self.fill, rows, total)

    def fill(self, rows: list[Row], total: int) -> None:
        self.rows = rows
        self.draw()
        more = f" ({len(rows)} affichés : précisez le filtre)" if total > len(rows) else ""
        self.query_one(".count", Static).update(f"{total} résultat(s){more} · Entrée ouvre")

    def on_resize(self) -> None:
        self.draw()

    def draw(self) -> None:
        """Lay the rows out for the current width: flexible columns share what the fixed ones
        leave, and every cell is clipped to one line, so a row never needs side-scrolling."""
        table = self.query_one(DataTable)
        fixed = sum(width or 0 for _, width in self.COLUMNS)
        flexible = sum(1 for _, width in self.COLUMNS if width is None) or 1
        spare = table.size.width - fixed - 2 * len(self.COLUMNS) - 2  # cell padding, scrollbar
        widths = [width or max(12, spare // flexible) for _, width in self.COLUMNS]
        table.clear(columns=True)
        for (label, _), width in zip(self.COLUMNS, widths):
            table.add_column(label, width=width)
        for record_id, cells in self.rows:
            table.add_row(*(clip(cell, width) for cell, width in zip(cells, widths)), key=record_id)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.app.push_screen(self.detail(event.row_key.value))

    def action_focus_rows(self) -> None:
        self.query_one(DataTable).focus()

    def action_focus_filter(self) -> None:
        self.query_one(Input).focus()


def clip(text: str, width: int) -> str:
    """`text` on one line of at most `width` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"
