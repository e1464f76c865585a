"""The list of deliberations (`GET /deliberations`), read from the fact tables.

Building each summary from its séance's records meant reading and parsing every séance of the
archive for one page of 50 (10^4 séances: seconds and hundreds of MB). The rows of `items` and
`seances` are all a filter needs; only the page's own votes are then read from `votes`. The
collectivity is the catalogue's (as given at ingest or inferred by the archive, which the tables
do not hold), so a row reads as `facts.summary` of the same deliberation would.
"""
from __future__ import annotations

import datetime as dt

from assistant.catalog import Catalog
from assistant.collectivities import collectivity_key, collectivity_of
from assistant.facts import tally_text
from assistant.models import DeliberationPage, DeliberationSummary
from corpus.names import strip_accents
from index import Index

MAX_LIMIT = 500


def deliberation_page(catalog: Catalog, index: Index, collectivity: str | None = None,
                      body: str | None = None, date_from: dt.date | None = None,
                      date_to: dt.date | None = None, q: str | None = None, offset: int = 0,
                      limit: int = 50) -> DeliberationPage:
    """Deliberations in séance date order passing the filters (accent- and case-insensitive), one
    page of them summarised."""
    wanted = collectivity_key(collectivity) if collectivity else None
    keys: dict[str, str] = {}  # a document's collectivity key, worked out once per séance
    kept: list[tuple[str, str, str | None, str | None, dt.date | None, str | None]] = []
    for item_id, doc_id, number, title, date, seance_body in index.item_rows():
        document = catalog.documents.get(doc_id)
        if document is None:
            continue  # written since the catalogue was read
        if wanted is not None:
            if doc_id not in keys:
                keys[doc_id] = collectivity_key(collectivity_of(document))
            if wanted not in keys[doc_id]:
                continue
        day = dt.date.fromisoformat(date) if date else None
        if _keeps(seance_body, f"{title} {number}", day, body, date_from, date_to, q):
            kept.append((item_id, doc_id, number, title, day, seance_body))
    offset, limit = max(0, offset), max(1, min(limit, MAX_LIMIT))
    page = kept[offset:offset + limit]
    votes = index.vote_rows([row[0] for row in page])
    return DeliberationPage(total=len(kept), offset=offset, limit=limit, items=[
        DeliberationSummary(id=item_id, document=catalog.documents[doc_id].name, document_id=doc_id,
                            number=number, title=title, date=day,
                            collectivity=collectivity_of(catalog.documents[doc_id]), body=seance_body,
                            result="; ".join(filter(None, (tally_text(*vote) for vote in votes.get(item_id, []))))
                            or None)
        for item_id, doc_id, number, title, day, seance_body in page])


def _keeps(seance_body: str | None, words: str, day: dt.date | None, body: str | None,
           date_from: dt.date | None, date_to: dt.date | None, q: str | None) -> bool:
    """Whether a deliberation passes the body, words and date filters."""

    def has(needle: str | None, hay: str | None) -> bool:
        return not needle or strip_accents(needle).lower() in strip_accents(hay or "").lower()

    if not has(body, seance_body) or not has(q, words):
        return False
    if date_from and (day is None or day < date_from):
        return False
    return not (date_to and (day is None or day > date_to))
