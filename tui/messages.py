"""Messages shared by several senders, so one handler serves them all (a message with a single
sender is nested on it, e.g. `CitationPanel.OpenDocument`).

A citation can be chosen from an answer's citation list, a deliberation's facts or a member's
attendance and votes; each posts `CitationRequested`, and the screen that hosts the citation panel
(`screens.citing.CitingScreen`) resolves it, whichever widget sent it.
"""
from __future__ import annotations

from textual.message import Message


class CitationRequested(Message):
    """Show the passage behind `citation_id` in the citation panel."""

    def __init__(self, citation_id: str) -> None:
        super().__init__()
        self.citation_id = citation_id


def span_citation_id(document_id: str, start: int, end: int) -> str:
    """The citation id of a span that came without one (a deliberation's facts).

    Citation ids are self-describing, `<document id>@<start>-<end>` (assistant/citations.py), so
    the service resolves any span of a stored document.
    """
    return f"{document_id}@{start}-{end}"
