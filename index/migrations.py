"""Numbered schema migrations of `index.sqlite`, applied in order, each once.

As in llm's embeddings_migrations: every change to the schema is a new function appended here,
never an edit of an old one, so an index built by any earlier version opens and is brought up to
date in place. Applied names are recorded in `_migrations`, inside the same transaction as the
migration itself, so a crash never leaves a half-applied step.
"""
from __future__ import annotations

import sqlite3
from typing import Callable

Migration = Callable[[], str]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_initial() -> str:
    """Documents with their text and parsed records, deliberations, chunks with their vectors.

    `chunks.id` is AUTOINCREMENT so that an id is never reused: the FAISS file beside the database
    may lag behind it after a crash, and a stale vector must never pass for a new chunk's.
    Vectors are stored here too (the FAISS file is a fast-loading mirror rebuilt from them), so
    one transaction commits a file's chunks together with their vectors.
    """
    return """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
            sha256 TEXT NOT NULL, file_sha256 TEXT NOT NULL, format TEXT NOT NULL,
            text TEXT NOT NULL, records TEXT NOT NULL,
            seance_date TEXT, collectivity TEXT, body TEXT,
            collectivity_key TEXT NOT NULL, body_key TEXT NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE deliberations (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            number TEXT, title TEXT);
        CREATE INDEX deliberations_document ON deliberations(document_id);
        CREATE TABLE chunks (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            deliberation_id TEXT REFERENCES deliberations(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            heading TEXT NOT NULL, kind TEXT NOT NULL,
            content_hash TEXT NOT NULL, vector BLOB NOT NULL);
        CREATE INDEX chunks_document ON chunks(document_id);
        CREATE INDEX chunks_content_hash ON chunks(content_hash);
        CREATE VIRTUAL TABLE chunks_fts USING fts5(
            heading, body, tokenize="unicode61 remove_diacritics 2");
    """


@migration
def m002_document_pipeline() -> str:
    """Which parser and chunker made a document's records and chunks (see `ingest.pipeline`)."""
    return "ALTER TABLE documents ADD COLUMN pipeline TEXT NOT NULL DEFAULT ''"


@migration
def m003_fulltext_vocabulary() -> str:
    """Per-term document counts of the FTS index, read to drop near-universal query terms."""
    return "CREATE VIRTUAL TABLE chunks_vocab USING fts5vocab(chunks_fts, 'row')"


@migration
def m004_vectors_filled_later() -> str:
    """Chunks may wait for their vector (NULL): ingest stores texts, records, chunks and full text
    first, so the archive answers within seconds, and fills in vectors afterwards.

    SQLite cannot drop a NOT NULL constraint, so the table is rebuilt with the same ids; its
    AUTOINCREMENT counter is carried over (ids of deleted chunks are never reused, see m001).
    `chunks_unembedded` is partial: it holds only the chunks still waiting, so finding them, or
    telling that none is left, reads nothing else.
    """
    return """
        CREATE TABLE chunks_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            deliberation_id TEXT REFERENCES deliberations(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            heading TEXT NOT NULL, kind TEXT NOT NULL,
            content_hash TEXT NOT NULL, vector BLOB);
        INSERT INTO chunks_new SELECT * FROM chunks;
        DELETE FROM sqlite_sequence WHERE name = 'chunks_new';
        INSERT INTO sqlite_sequence (name, seq)
            SELECT 'chunks_new', seq FROM sqlite_sequence WHERE name = 'chunks';
        DROP TABLE chunks;
        ALTER TABLE chunks_new RENAME TO chunks;
        CREATE INDEX chunks_document ON chunks(document_id);
        CREATE INDEX chunks_content_hash ON chunks(content_hash);
        CREATE INDEX chunks_unembedded ON chunks(id) WHERE vector IS NULL;
    """



@migration
def m005_facts_tables() -> str:
    """The parsed facts as plain tables, for `sqlite3` and intranet tools (see `facts_tables`).

    A value read from the text comes with its span (`x_start`, `x_end`, or the row's own `start`,
    `"end"`) so a query result can be quoted. Every row hangs, directly or through its item, vote or
    election, on its document with ON DELETE CASCADE: replacing or removing a document takes its
    facts with it. The rows are filled from the stored records when the store opens.
    """
    return """
        CREATE TABLE seances (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            date TEXT, date_start INTEGER, date_end INTEGER,
            collectivity TEXT, collectivity_start INTEGER, collectivity_end INTEGER,
            body TEXT, body_start INTEGER, body_end INTEGER,
            convocation TEXT, convocation_start INTEGER, convocation_end INTEGER,
            opened_at TEXT, opened_at_start INTEGER, opened_at_end INTEGER,
            closed_at TEXT, closed_at_start INTEGER, closed_at_end INTEGER,
            president TEXT, president_start INTEGER, president_end INTEGER,
            secretary TEXT, secretary_start INTEGER, secretary_end INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE TABLE items (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            number TEXT, number_start INTEGER, number_end INTEGER,
            title TEXT, title_start INTEGER, title_end INTEGER,
            rapporteur TEXT, rapporteur_start INTEGER, rapporteur_end INTEGER,
            president TEXT, president_start INTEGER, president_end INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX items_document ON items(document_id);
        CREATE TABLE votes (
            deliberation_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            subject TEXT, outcome TEXT, unanimity TEXT,
            pour INTEGER, contre INTEGER, abstention INTEGER, nspp INTEGER, nppv INTEGER,
            procurations INTEGER, voters INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (deliberation_id, ordinal));
        CREATE TABLE named_votes (
            deliberation_id TEXT NOT NULL, vote INTEGER NOT NULL,
            person TEXT NOT NULL, position TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            FOREIGN KEY (deliberation_id, vote) REFERENCES votes(deliberation_id, ordinal)
                ON DELETE CASCADE);
        CREATE INDEX named_votes_vote ON named_votes(deliberation_id, vote);
        CREATE TABLE attendance (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            deliberation_id TEXT,
            person TEXT NOT NULL, role TEXT, status TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX attendance_document ON attendance(document_id);
        CREATE TABLE attendance_counts (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            deliberation_id TEXT,
            in_office INTEGER, present INTEGER, voters INTEGER, proxies INTEGER, absent INTEGER,
            quorum TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX attendance_counts_document ON attendance_counts(document_id);
        CREATE TABLE proxies (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            deliberation_id TEXT,
            giver TEXT NOT NULL, holder TEXT, limit_text TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL);
        CREATE INDEX proxies_document ON proxies(document_id);
        CREATE TABLE movements (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL, person TEXT, time TEXT, point TEXT, proxy_to TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (document_id, ordinal));
        CREATE TABLE elections (
            deliberation_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            office TEXT, votants INTEGER, blancs INTEGER, nuls INTEGER, exprimes INTEGER,
            majorite INTEGER,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (deliberation_id, ordinal));
        CREATE TABLE candidates (
            deliberation_id TEXT NOT NULL, election INTEGER NOT NULL,
            person TEXT NOT NULL, votes INTEGER, elected INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            FOREIGN KEY (deliberation_id, election) REFERENCES elections(deliberation_id, ordinal)
                ON DELETE CASCADE);
        CREATE INDEX candidates_election ON candidates(deliberation_id, election);
        CREATE TABLE elected (
            deliberation_id TEXT NOT NULL, election INTEGER NOT NULL,
            person TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            FOREIGN KEY (deliberation_id, election) REFERENCES elections(deliberation_id, ordinal)
                ON DELETE CASCADE);
        CREATE INDEX elected_election ON elected(deliberation_id, election);
    """


@migration
def m006_group_votes() -> str:
    """Political groups' positions on a vote ("Contre : 7 (UMP)"), apart from `named_votes`: a
    group is not a member."""
    return """
        CREATE TABLE group_votes (
            deliberation_id TEXT NOT NULL, vote INTEGER NOT NULL,
            "group" TEXT NOT NULL, position TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            FOREIGN KEY (deliberation_id, vote) REFERENCES votes(deliberation_id, ordinal)
                ON DELETE CASCADE);
        CREATE INDEX group_votes_vote ON group_votes(deliberation_id, vote);
    """


@migration
def m007_people_lookup() -> str:
    """Indexes that find the séances printing a name (in their attendance, proxies, movements or
    as président / secrétaire) without reading every row, and a document by its file name: at
    10^4 séances those scans cost more than answering the question."""
    return """
        CREATE INDEX attendance_person ON attendance(person, document_id);
        CREATE INDEX proxies_giver ON proxies(giver, document_id);
        CREATE INDEX proxies_holder ON proxies(holder, document_id);
        CREATE INDEX movements_person ON movements(person, document_id);
        CREATE INDEX seances_president ON seances(president);
        CREATE INDEX seances_secretary ON seances(secretary);
        CREATE INDEX documents_name ON documents(name);
    """


def migrate(db: sqlite3.Connection) -> None:
    """Apply every migration not yet recorded, each in its own transaction.

    A migration is an SQL script; it runs between BEGIN and COMMIT with its `_migrations` row, so
    a failure or a crash rolls the whole step back.
    """
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, "
               "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    for step in MIGRATIONS:
        if step.__name__ not in done:
            try:
                db.executescript(f"BEGIN IMMEDIATE;{step()};"
                                 f"INSERT INTO _migrations (name) VALUES ('{step.__name__}');COMMIT;")
            except sqlite3.Error:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
