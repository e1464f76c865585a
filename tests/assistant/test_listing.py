"""The list of deliberations, read from the fact tables, says what the séances' records say."""
from __future__ import annotations

import datetime as dt

from assistant import facts
from assistant.service import Assistant


def from_records(assistant: Assistant) -> list:
    """Every deliberation summarised from its séance's records, in séance date order."""
    return [facts.summary(document, deliberation) for document in assistant.catalog.documents_by_date()
            for deliberation in document.seance.deliberations]


def test_every_page_reads_as_the_records_would(assistant: Assistant) -> None:
    expected = from_records(assistant)
    assert len(expected) > 20 and any(row.result for row in expected)
    pages = [assistant.deliberations(offset=offset, limit=7) for offset in range(0, len(expected), 7)]
    assert {page.total for page in pages} == {len(expected)}
    assert [row for page in pages for row in page.items] == expected


def test_filters_keep_what_they_kept_over_the_records(assistant: Assistant) -> None:
    expected = from_records(assistant)
    town = next(row.collectivity for row in expected if row.collectivity == "Dijon Métropole")
    listed = assistant.deliberations(collectivity="DIJON", limit=500).items
    assert listed and listed == [row for row in expected if row.collectivity == town]
    since = dt.date(2021, 1, 1)
    listed = assistant.deliberations(date_from=since, body="conseil", limit=500).items
    assert listed and listed == [row for row in expected if row.date and row.date >= since
                                 and "conseil" in (row.body or "").lower()]
    title = next(row.title for row in expected if row.title and len(row.title) > 12)
    words = title.upper()[2:10]
    listed = assistant.deliberations(q=words, limit=500).items
    assert title in [row.title for row in listed]
