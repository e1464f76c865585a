"""A keyboard- and mouse-friendly list of sources: enter, a click, or the item's number opens it.

Answers' citations, a deliberation's facts and a member's séances and votes are all "a line of text
backed by a passage", so they share this list; it only posts `CitationRequested` and leaves the
fetching to the screen (no service call in a widget).
"""
from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.messages import CitationRequested


class CitationList(OptionList):
    """Items are `(prompt, citation id)`; an item without a citation id is shown but not openable."""

    BINDINGS = [Binding(str(n), f"open({n})", f"Source {n}", show=False) for n in range(1, 10)]

    def __init__(self, items: Iterable[tuple[str | Text, str | None]], **kwargs) -> None:
        items = list(items)
        super().__init__(*(Option(prompt, id=str(index), disabled=cid is None)
                           for index, (prompt, cid) in enumerate(items)), **kwargs)
        self.citation_ids = [cid for _, cid in items]

    def action_open(self, number: int) -> None:
        """Open the `number`-th item (1-based), as the [n] markers of an answer read."""
        if number <= len(self.citation_ids):
            self.highlighted = number - 1
            self._request(number - 1)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._request(event.option_index)

    def _request(self, index: int) -> None:
        citation_id = self.citation_ids[index]
        if citation_id is not None:
            self.post_message(CitationRequested(citation_id))
