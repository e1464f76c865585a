"""Citation ids and the passages they resolve to.

A citation id names a document and a character range: `"<document id>@<start>-<end>"`. It is
self-describing, so it stays valid across restarts and servers as long as the document's text is
unchanged, and it cannot reach outside the stored documents.
"""
from __future__ import annotations

import re
import unicodedata

from assistant.errors import UnknownCitation
from assistant.models import Citation
from corpus.models import Deliberation, Document, Span

CITATION_ID = re.compile(r"^(?P<doc>[A-Za-z0-9_.-]{1,200})@(?P<start>\d{1,9})-(?P<end>\d{1,9})$")


def citation_id(document_id: str, span: Span) -> str:
    return f"{document_id}@{span.start}-{span.end}"


def parse_citation_id(value: str) -> tuple[str, Span]:
    """(document id, span) of a citation id; UnknownCitation when malformed."""
    match = CITATION_ID.match(value)
    if not match or int(match["start"]) >= int(match["end"]):
        raise UnknownCitation(f"identifiant de citation invalide : {value[:80]!r} "
                              "(forme attendue : <document>@<début>-<fin>)")
    return match["doc"], Span(int(match["start"]), int(match["end"]))


def deliberation_at(document: Document, span: Span) -> Deliberation | None:
    """The deliberation whose text holds `span`, if any."""
    for deliberation in document.seance.deliberations:
        if deliberation.span.contains(span):
            return deliberation
    return None


def _blank(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Co")


def cite(document: Document, span: Span) -> Citation:
    """A citation of `document.text[span]`, trimmed of surrounding whitespace and of the bullet
    glyphs PDF extractors render as control or private-use characters."""
    start, end = span.start, span.end
    while start < end and _blank(document.text[start]):
        start += 1
    while end > start and _blank(document.text[end - 1]):
        end -= 1
    trimmed = Span(start, end)
    deliberation = deliberation_at(document, trimmed)
    return Citation(id=citation_id(document.id, trimmed), document=document.name,
                    deliberation=deliberation.id if deliberation else None,
                    start=start, end=end, quote=document.text[start:end])


COLUMN_GAP = re.compile(r"\t| {3,}")
SHORT_CELL = 16


def line_span(text: str, span: Span, limit: int = 400) -> Span:
    """`span` widened to whole lines, for a readable quote; capped at `limit` characters.

    Only within its column: on a line laid out in columns (tabs, runs of spaces), widening would
    quote a neighbour's words ("Mme TERRIER   M. COURGEY pouvoir à …"), so the widening stops at
    the column gaps around the span, unless the span is a bare figure ("38") whose row, label
    included, is the readable quote ("Nombre de votants …… 38").
    """
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    end = len(text) if end < 0 else end
    if end - start > limit:
        return span
    before = [m.end() for m in COLUMN_GAP.finditer(text, start, span.start)]
    after = COLUMN_GAP.search(text, span.end, end)
    cell = Span(before[-1] if before else start, after.start() if after else end)
    if cell.end - cell.start < SHORT_CELL:  # a bare figure: its row gives it its label
        return Span(start, end)
    return cell
