"""The catalogue of an index, which reads a séance's text and records only when asked, says what the
catalogue of the same documents held in memory says."""
from __future__ import annotations

from assistant.catalog import Catalog, InMemory
from assistant.collectivities import collectivity_of, seance_date
from assistant.people import people_of
from assistant.service import Assistant
from assistant.stored import StoredDocument, deliberation_span


def test_a_stored_catalogue_agrees_with_the_same_documents_in_memory(assistant: Assistant) -> None:
    stored = Catalog.stored(assistant.index)
    held = Catalog.build(assistant.index.documents())
    assert [d.id for d in stored.documents_by_date()] == [d.id for d in held.documents_by_date()]
    for document in stored.documents.values():
        assert isinstance(document, StoredDocument)
        twin = held.documents[document.id]
        assert (collectivity_of(document), seance_date(document)) == (collectivity_of(twin), seance_date(twin))
        assert document.text == twin.text and document.seance == twin.seance
        assert document.loaded() == twin
    assert sorted(stored.deliberations) == sorted(held.deliberations)
    for deliberation_id in held.deliberations:
        assert stored.deliberations[deliberation_id][1] == held.deliberations[deliberation_id][1]
    assert "nope" not in stored.deliberations
    for document, twin in ((d, held.documents[d.id]) for d in stored.documents.values()):
        for deliberation in twin.seance.deliberations:  # from the index, as from the records
            span = deliberation.span
            assert deliberation_span(document, deliberation.id) == span == deliberation_span(twin, deliberation.id)
        assert deliberation_span(document, "nope") is None is deliberation_span(twin, None)
    assert {m.id: (m.name, m.documents) for m in stored.members.values()} \
        == {m.id: (m.name, m.documents) for m in held.members.values()}
    assert sorted(stored.people) == sorted(held.people)
    days = stored.by_day()  # a question's date is matched against these days, not every séance
    assert list(days) == sorted(days) and sum(map(len, days.values())) > 3
    for day, documents in days.items():
        assert documents == [d for d in stored.documents_by_date() if seance_date(d) == day]
        assert day in stored.days_of(day.year)
    assert [day for year in sorted({d.year for d in days}) for day in stored.days_of(year)] == list(days)


def test_the_fact_tables_list_a_seances_people_as_its_records_do(assistant: Assistant) -> None:
    """The members are worked out from the tables' rows: the same names, in the same order (the
    fullest form of a name is the first one met among those of its length)."""
    held = sorted(assistant.index.documents(), key=lambda d: d.id)
    rows = assistant.index.seance_people()
    assert len(rows) > 100 and rows == InMemory(held).seance_people()


def test_names_come_in_the_order_a_reading_of_the_seances_meets_them(assistant: Assistant) -> None:
    """`first_printed` reads only where each name is first met, yet orders the names as reading
    every séance's people in turn would, in a stored catalogue and in one held in memory."""
    stored = Catalog.stored(assistant.index)
    held = Catalog.build(assistant.index.documents())
    for scope in (stored.documents_by_date(), stored.documents_by_date()[::-1][1:]):
        names = set(stored.people[::3])
        read = [p.name for d in scope for p in people_of(d) if p.name in names]
        assert stored.first_printed(names, scope) == list(dict.fromkeys(read))
        assert held.first_printed(names, [held.documents[d.id] for d in scope]) == list(dict.fromkeys(read))
    assert read and stored.first_printed(set(), scope) == []
