"""Conversation memory: what the previous turn was about, so "et qui présidait ?" works.

Every worker of `delib serve --workers N` reads and writes the same memory, so a follow-up is
understood whichever worker receives it. It lives in a small SQLite file of its own,
`sessions.sqlite` beside `index.sqlite` in the index folder, rather than in a migration of the
index database, because:

- it is the assistant's state, not the archive's: `Scope` is an assistant type, and the index
  (which sits below the assistant, corpus ← index ← assistant ← tui) should neither know it nor
  hold a table only the assistant reads; `sqlite3 index.sqlite .tables` stays about the archive;
- every answered question with a session id writes a row: in the index database that write would
  queue behind an ingest's per-file transaction, and the index's writes bump the generation that
  makes every worker reload what it caches of the archive;
- it is disposable: a schema change here drops the table (`user_version`), losing follow-up
  context at worst, never archive data, with no migration to number against the index's.

A row keeps a `Scope` as JSON: the ids of its séances and its plain fields. Reading it rebuilds the
Scope against the current catalogue, so a session survives re-ingests; a séance or deliberation
removed since is dropped. `nearby` is not kept: it only serves the turn that computed it. A
scope over the whole archive is kept as "every séance" rather than as ten thousand ids.

Rows live `ttl` seconds after their last answered turn; older ones are ignored and purged as new
turns are written. The file is in WAL mode with a busy timeout and each read or write is one
short statement, so several processes share it safely. Memory is best effort: if the file cannot
be read or written, the question is answered without context (logged), never refused.
"""
from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from assistant.answering.scope import Scope
from assistant.catalog import Catalog

FILE_NAME = "sessions.sqlite"
DEFAULT_TTL = 24 * 3600.0  # a conversation picked up the next morning still has its context
BUSY_TIMEOUT = 5.0  # seconds a writer waits for another process's write; each write is one row
SCHEMA_VERSION = 1
SCHEMA = """
    CREATE TABLE conversations (
        session_id TEXT PRIMARY KEY,
        scope TEXT NOT NULL,        -- JSON: document ids (null: every séance) and the plain fields
        updated_at REAL NOT NULL    -- Unix time of the last answered turn
    );
    CREATE INDEX conversations_updated_at ON conversations(updated_at);
"""

log = logging.getLogger(__name__)


class Conversations:
    """Scopes by session id in `path`, shared by every process that opens the same file."""

    def __init__(self, path: Path, ttl: float = DEFAULT_TTL,
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.ttl = ttl
        self._clock = clock
        self._db: sqlite3.Connection | None = None  # opened on first use: no file for `delib search`
        self._lock = threading.Lock()  # one connection, shared by the server's threads

    def get(self, session_id: str | None, catalog: Catalog) -> Scope | None:
        """The session's last scope, rebuilt on `catalog`; None if unknown or expired."""
        if not session_id:
            return None
        try:
            with self._lock:
                row = self._connection().execute(
                    "SELECT scope FROM conversations WHERE session_id = ? AND updated_at >= ?",
                    (session_id, self._clock() - self.ttl)).fetchone()
        except sqlite3.Error as exc:
            log.warning("conversation memory unreadable (%s): answering without context", exc)
            return None
        return _rebuilt(json.loads(row[0]), catalog) if row else None

    def remember(self, session_id: str, scope: Scope | None, catalog: Catalog) -> None:
        """Keep `scope` for the session's next turn; a turn with nothing to keep changes nothing."""
        if not session_id or scope is None:
            return
        now = self._clock()
        try:
            with self._lock:
                db = self._connection()
                db.execute("INSERT INTO conversations VALUES (?, ?, ?) ON CONFLICT(session_id) "
                           "DO UPDATE SET scope = excluded.scope, updated_at = excluded.updated_at",
                           (session_id, json.dumps(_stored(scope, catalog)), now))
                db.execute("DELETE FROM conversations WHERE updated_at < ?", (now - self.ttl,))
        except sqlite3.Error as exc:
            log.warning("conversation memory not written (%s): the next turn starts afresh", exc)

    def forget(self, session_id: str) -> None:
        with self._lock:
            self._connection().execute("DELETE FROM conversations WHERE session_id = ?", (session_id,))

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _connection(self) -> sqlite3.Connection:
        """The open file, created (or recreated at a new schema version) on first use."""
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT,
                                 check_same_thread=False)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a lost last turn on power loss is acceptable
                db.execute("BEGIN IMMEDIATE")  # two workers starting together create the table once
                if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                    db.execute("DROP TABLE IF EXISTS conversations")
                    for statement in filter(str.strip, SCHEMA.split(";")):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db


def _stored(scope: Scope, catalog: Catalog) -> dict:
    ids = [document.id for document in scope.documents]
    every = len(ids) == len(catalog.documents) and set(ids) == catalog.documents.keys()
    return {"documents": None if every else ids,
            "named_collectivity": scope.named_collectivity, "named_date": scope.named_date,
            "people": scope.people, "place_words": sorted(scope.place_words),
            "deliberations": scope.deliberations, "topic": scope.topic, "kind": scope.kind}


def _rebuilt(stored: dict, catalog: Catalog) -> Scope:
    """The stored scope on today's catalogue: séances and deliberations removed since are dropped."""
    if stored.get("documents") is None:
        documents = list(catalog.documents_by_date())
    else:
        documents = [catalog.documents[i] for i in stored["documents"] if i in catalog.documents]
    return Scope(documents, named_collectivity=bool(stored.get("named_collectivity")),
                 named_date=bool(stored.get("named_date")), people=list(stored.get("people", [])),
                 place_words=set(stored.get("place_words", [])),
                 deliberations=[d for d in stored.get("deliberations", []) if d in catalog.deliberations],
                 topic=list(stored.get("topic", [])), kind=stored.get("kind"))
