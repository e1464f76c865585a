"""The conversation store on the real catalogue: round trip, time to live, unknown sessions, removed
séances, and two handles on one file (as two server workers hold)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answering.scope import Scope
from assistant.catalog import Catalog
from assistant.conversation import FILE_NAME, Conversations
from assistant.service import Assistant


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def catalog(assistant: Assistant) -> Catalog:
    return assistant.catalog


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Conversations]:
    conversations = Conversations(tmp_path / FILE_NAME, ttl=600, clock=clock)
    yield conversations
    conversations.close()


def two_seances(catalog: Catalog) -> Scope:
    documents = [d for d in catalog.documents_by_date() if d.seance.deliberations][:2]
    return Scope(documents, named_collectivity=True, named_date=True, people=["Mme Untel"],
                 place_words={"dijon", "metropole"}, deliberations=[documents[1].seance.deliberations[0].id],
                 topic=["pacte", "solidarite"], kind="vote_for")


def rows(store: Conversations) -> list[tuple[str, str]]:
    with sqlite3.connect(store.path) as db:
        return db.execute("SELECT session_id, scope FROM conversations").fetchall()


def test_a_scope_comes_back_on_the_current_catalogue(store: Conversations, catalog: Catalog) -> None:
    scope = two_seances(catalog)
    store.remember("s", scope, catalog)
    back = store.get("s", catalog)
    assert back is not None
    assert [d.id for d in back.documents] == [d.id for d in scope.documents]
    assert all(d is catalog.documents[d.id] for d in back.documents)  # the catalogue's own records
    assert (back.named_collectivity, back.named_date, back.people, back.place_words, back.deliberations,
            back.topic, back.kind) == (True, True, scope.people, scope.place_words, scope.deliberations,
                                       scope.topic, scope.kind)


def test_a_turn_with_nothing_to_keep_leaves_the_last_scope(store: Conversations, catalog: Catalog) -> None:
    store.remember("s", two_seances(catalog), catalog)
    store.remember("s", None, catalog)
    assert store.get("s", catalog) is not None


def test_unknown_or_missing_session_has_no_memory(store: Conversations, catalog: Catalog) -> None:
    store.remember("s", two_seances(catalog), catalog)
    assert store.get("autre", catalog) is None
    assert store.get(None, catalog) is None and store.get("", catalog) is None


def test_a_session_expires_after_its_time_to_live(store: Conversations, catalog: Catalog, clock: Clock) -> None:
    store.remember("old", two_seances(catalog), catalog)
    clock.now += 599
    assert store.get("old", catalog) is not None
    store.remember("old", two_seances(catalog), catalog)  # a new turn renews it
    clock.now += 599
    assert store.get("old", catalog) is not None
    clock.now += 2
    assert store.get("old", catalog) is None  # expired, though still stored
    store.remember("new", two_seances(catalog), catalog)  # writing purges what expired
    assert [session for session, _ in rows(store)] == ["new"]


def test_a_removed_seance_and_its_deliberations_are_dropped(store: Conversations, catalog: Catalog) -> None:
    scope = two_seances(catalog)
    store.remember("s", scope, catalog)
    kept, removed = scope.documents
    smaller = Catalog.build([d for d in catalog.documents.values() if d.id != removed.id])
    back = store.get("s", smaller)
    assert back is not None and [d.id for d in back.documents] == [kept.id]
    assert back.deliberations == []  # it was a deliberation of the removed séance
    assert store.get("s", Catalog.build([])).documents == []


def test_the_whole_archive_is_kept_as_every_seance(store: Conversations, catalog: Catalog) -> None:
    store.remember("s", Scope(catalog.documents_by_date()), catalog)
    assert json.loads(rows(store)[0][1])["documents"] is None
    assert [d.id for d in store.get("s", catalog).documents] == [d.id for d in catalog.documents_by_date()]


def test_two_handles_on_one_file_share_sessions(store: Conversations, catalog: Catalog, clock: Clock) -> None:
    other = Conversations(store.path, ttl=600, clock=clock)  # as another worker process opens it
    try:
        other.remember("s", two_seances(catalog), catalog)
        assert store.get("s", catalog) is not None
        store.forget("s")
        assert other.get("s", catalog) is None
    finally:
        other.close()
    with sqlite3.connect(store.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_no_file_until_a_session_is_used(tmp_path: Path, catalog: Catalog) -> None:
    conversations = Conversations(tmp_path / FILE_NAME)
    assert conversations.get(None, catalog) is None
    conversations.remember("", two_seances(catalog), catalog)
    conversations.close()
    assert not (tmp_path / FILE_NAME).exists()
