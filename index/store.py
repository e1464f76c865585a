"""The SQLite side of an index: documents, deliberations, chunks (with vectors) and their FTS rows,
and the parsed facts as plain tables (`facts_tables`).

One writer, one transaction per file: `replace_document` deletes a document's old rows and writes
the new ones between BEGIN IMMEDIATE and COMMIT, so a reader (WAL mode) or a crash only ever sees
a file wholly before or wholly after. A chunk's vector may come later (NULL until then):
`set_vectors` fills in a batch of them in a transaction of its own.

Two counters in `meta` tell long-running readers what changed: `generation`, bumped by every
write of documents, records or chunks (exposed by `version()`: reload the records), and
`vector_generation`, bumped by every batch of vectors filled in (catch up the FAISS mirror). A
reader holding a catalogue of records is not made to rebuild it for each batch of vectors.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np

from corpus import serialize
from corpus.models import Document, Seance, Span
from index import facts_tables, fulltext
from index.chunking import Chunk
from index.migrations import migrate
from index import term_scores
from index.term_scores import TermScores

FILE_NAME = "index.sqlite"
HIT_COLUMNS = ('c.id, c.document_id, d.name, c.deliberation_id, c.start, c."end", '
               'substr(d.text, c.start + 1, c."end" - c.start), c.heading, c.kind')

# where a séance's people are, as `assistant.people.people_of` reads them from the records:
# (column, table, condition); the séance's attendance and proxies, not an item's
SEANCE_PEOPLE = (("person", "attendance", "deliberation_id IS NULL"), ("giver", "proxies", "deliberation_id IS NULL"),
                 ("holder", "proxies", "deliberation_id IS NULL"), ("president", "seances", "1"),
                 ("secretary", "seances", "1"), ("person", "movements", "1"))

# the same in `people_of`'s order: (part, column, table, condition, order within the part, side);
# a proxy's giver and holder are one part, giver first; attendance rows are written status by status
SEANCE_PEOPLE_ORDER = ((0, "person", "attendance", "deliberation_id IS NULL", "rowid", 0),
                       (1, "giver", "proxies", "deliberation_id IS NULL", "rowid", 0),
                       (1, "holder", "proxies", "deliberation_id IS NULL", "rowid", 1),
                       (2, "president", "seances", "1", "0", 0), (3, "secretary", "seances", "1", "0", 0),
                       (4, "person", "movements", "1", "ordinal", 0))


def seance_people(where: str) -> str:
    """(name, document_id) rows of every séance's people whose name passes `where` (an SQL
    condition on `{name}`): the condition sits in each part of the union, where the indexes of
    migration m006 serve it (SQLite does not push it into a union of its own accord)."""
    return " UNION ALL ".join(f"SELECT {column} AS name, document_id FROM {table} WHERE {condition} AND "
                              + where.format(name=column) for column, table, condition in SEANCE_PEOPLE)


def match_key(text: str | None) -> str:
    """Accent-, case- and punctuation-insensitive form used for collectivity / body filters."""
    return " ".join(re.findall(r"[a-z0-9]+", fulltext.fold(text or "")))


class Store:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.db = sqlite3.connect(folder / FILE_NAME, isolation_level=None, timeout=60,
                                  check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        migrate(self.db)
        self.term_counts = fulltext.TermCounts()
        self.term_scores = TermScores(folder)
        if self.meta("fulltext") != fulltext.VERSION:
            self._reindex_fulltext()
        if self.meta("facts") != facts_tables.VERSION:
            self._refill_facts()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self, counter: str = "generation") -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error; bumps `counter` in `meta`."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
            self.db.execute("INSERT INTO meta VALUES (?, '1') ON CONFLICT(key) "
                            "DO UPDATE SET value = CAST(value AS INTEGER) + 1", (counter,))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _reindex_fulltext(self) -> None:
        """Rebuild the FTS rows from the stored texts: the normalisation changed (no re-embedding)."""
        with self.transaction() as db:
            db.execute("DELETE FROM chunks_fts")
            fulltext.index_rows(db, db.execute(
                'SELECT c.id, c.heading, substr(d.text, c.start + 1, c."end" - c.start) '
                "FROM chunks c JOIN documents d ON d.id = c.document_id").fetchall())
            db.execute("INSERT OR REPLACE INTO meta VALUES ('fulltext', ?)", (fulltext.VERSION,))

    def _refill_facts(self) -> None:
        """Rebuild the fact tables from the stored records: they are new to this index (m005), or
        `facts_tables` writes them differently now (no file is parsed again)."""
        with self.transaction() as db:
            facts_tables.clear(db)
            for doc_id, records in db.execute("SELECT id, records FROM documents"):
                facts_tables.write(db, doc_id, serialize.from_json(Seance, records))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('facts', ?)", (facts_tables.VERSION,))

    def persist_term_scores(self) -> int:
        """Write the frequent terms' score arrays for the index as it now stands, on a connection
        of its own (a snapshot, however long the reading, while searches use this one); the
        number of terms written (`term_scores.persist`)."""
        db = sqlite3.connect(self.folder / FILE_NAME, isolation_level=None, timeout=60)
        try:
            db.execute("BEGIN")
            row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
            return term_scores.persist(db, row[0] if row else "0", self.folder)
        finally:
            db.close()

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, **values: str) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", values.items())

    def source(self, doc_id: str) -> tuple[str, str, str] | None:
        """(path, file_sha256, pipeline) recorded for a document id."""
        return self.db.execute("SELECT path, file_sha256, pipeline FROM documents WHERE id = ?",
                               (doc_id,)).fetchone()

    def sources(self) -> list[tuple[str, str]]:
        """(document id, path) of every stored document."""
        return self.db.execute("SELECT id, path FROM documents ORDER BY id").fetchall()

    def same_text(self, sha256: str, other_than: str) -> str | None:
        """The name of a stored document, other than `other_than`, whose text is `sha256`: the same
        minutes saved under two file names are one séance, indexed once."""
        row = self.db.execute("SELECT name FROM documents WHERE sha256 = ? AND id != ? LIMIT 1",
                              (sha256, other_than)).fetchone()
        return row[0] if row else None

    def vectors_by_hash(self, hashes: Sequence[str]) -> dict[str, bytes]:
        """Stored vectors of chunks whose indexed text hashes to one of `hashes` (reuse on re-ingest)."""
        rows = self.db.execute("SELECT content_hash, vector FROM chunks WHERE content_hash IN "
                               "(SELECT value FROM json_each(?)) AND vector IS NOT NULL",
                               (_json_list(hashes),))
        return dict(rows.fetchall())

    def replace_document(self, doc: Document, path: Path, file_sha256: str, pipeline: str,
                         chunks: Sequence[Chunk], hashes: Sequence[str],
                         vectors: Sequence[np.ndarray | None]) -> tuple[list[int], list[int]]:
        """Write `doc` and its chunks in one transaction; (old chunk ids, new chunk ids).

        `vectors` holds one row per chunk, or None for a chunk whose vector is filled in later.
        """
        seance = doc.seance
        with self.transaction() as db:
            old = self._delete(db, doc.id)
            db.execute("INSERT INTO documents (id, name, path, sha256, file_sha256, format, text, "
                       "records, seance_date, collectivity, body, collectivity_key, body_key, "
                       "ingested_at, pipeline) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                doc.id, doc.name, str(path), doc.sha256, file_sha256, doc.format, doc.text,
                serialize.to_json(seance), seance.date.value.isoformat() if seance.date else None,
                seance.collectivity_given or (seance.collectivity.value if seance.collectivity else None),
                seance.body.value if seance.body else None,
                match_key(seance.collectivity_given or (seance.collectivity.value if seance.collectivity else None)),
                match_key(seance.body.value if seance.body else None),
                dt.datetime.now(dt.timezone.utc).isoformat(), pipeline))
            db.executemany("INSERT INTO deliberations VALUES (?,?,?,?,?,?,?)", [
                (d.id, doc.id, d.ordinal, d.span.start, d.span.end,
                 d.number.value if d.number else None, d.title.value if d.title else None)
                for d in seance.deliberations])
            facts_tables.write(db, doc.id, seance)
            new = [db.execute('INSERT INTO chunks (document_id, deliberation_id, start, "end", '
                              "heading, kind, content_hash, vector) VALUES (?,?,?,?,?,?,?,?)",
                              (doc.id, c.deliberation_id, c.start, c.end, c.heading, c.kind, h,
                               None if vector is None else _blob(vector))).lastrowid
                   for c, h, vector in zip(chunks, hashes, vectors)]
            fulltext.index_rows(db, ((rowid, c.heading, doc.text[c.start:c.end])
                                     for rowid, c in zip(new, chunks)))
        return old, new

    def delete_document(self, doc_id: str) -> list[int]:
        """Remove a document and everything derived from it; its former chunk ids."""
        with self.transaction() as db:
            return self._delete(db, doc_id)

    @staticmethod
    def _delete(db: sqlite3.Connection, doc_id: str) -> list[int]:
        ids = [row[0] for row in db.execute("SELECT id FROM chunks WHERE document_id = ?", (doc_id,))]
        db.execute("DELETE FROM chunks_fts WHERE rowid IN (SELECT value FROM json_each(?))",
                   (_json_list(ids),))
        db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        return ids

    def chunk_ids(self) -> np.ndarray:
        return np.array([row[0] for row in self.db.execute("SELECT id FROM chunks")], np.int64)

    def unembedded_ids(self) -> np.ndarray:
        """Ids of the chunks still waiting for their vector (read from a partial index only)."""
        rows = self.db.execute("SELECT id FROM chunks WHERE vector IS NULL ORDER BY id")
        return np.array([row[0] for row in rows], np.int64)

    def embedded_chunk_ids(self) -> np.ndarray:
        """Ids of the chunks that have their vector: what the FAISS mirror must hold.

        All ids less the waiting ones: both lists come from indexes, whereas testing
        `vector IS NOT NULL` would read every row and its vector."""
        return np.setdiff1d(self.chunk_ids(), self.unembedded_ids(), assume_unique=True)

    def unembedded_among(self, ids: Sequence[int]) -> set[int]:
        """Those of `ids` whose chunk has no vector yet, read from the partial index of the waiting
        ones (the planner's own choice, the table by id, reads each row and its vector: 25 ms for
        200 ids at 2·10^5 chunks when they are not in the page cache)."""
        rows = self.db.execute("SELECT id FROM chunks INDEXED BY chunks_unembedded WHERE vector IS NULL AND id IN "
                               "(SELECT value FROM json_each(?))", (_json_list(ids),))
        return {row[0] for row in rows}

    def unembedded(self, limit: int) -> list[tuple[int, str, str, int, int, str]]:
        """Up to `limit` chunks waiting for their vector, oldest first:
        (id, content hash, document id, start, end, heading)."""
        return self.db.execute(
            'SELECT id, content_hash, document_id, start, "end", heading FROM chunks '
            "WHERE vector IS NULL ORDER BY id LIMIT ?", (limit,)).fetchall()

    def set_vectors(self, ids: Sequence[int], vectors: np.ndarray) -> list[int]:
        """Fill in the vectors of chunks `ids` in one transaction; the ids actually filled (a chunk
        deleted meanwhile, or filled by another writer, is left alone)."""
        filled = []
        with self.transaction("vector_generation") as db:
            for chunk_id, vector in zip(ids, vectors):
                cursor = db.execute("UPDATE chunks SET vector = ? WHERE id = ? AND vector IS NULL",
                                    (_blob(vector), int(chunk_id)))
                if cursor.rowcount:
                    filled.append(int(chunk_id))
        return filled

    def vectors(self, ids: np.ndarray, dim: int) -> np.ndarray:
        """Stored vectors of `ids`, in that order."""
        rows = dict(self.db.execute("SELECT id, vector FROM chunks WHERE id IN "
                                    "(SELECT value FROM json_each(?))", (_json_list(ids),)))
        return np.frombuffer(b"".join(rows[int(i)] for i in ids), np.float32).reshape(-1, dim)

    def filtered_chunk_ids(self, where: str, params: Sequence[object]) -> np.ndarray:
        sql = f"SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE {where}"
        return np.array([row[0] for row in self.db.execute(sql, params)], np.int64)

    def hit_rows(self, ids: Sequence[int]) -> dict[int, tuple]:
        """Rows for `Hit`s by chunk id; ids deleted meanwhile are simply absent."""
        sql = (f"SELECT {HIT_COLUMNS} FROM chunks c JOIN documents d ON d.id = c.document_id "
               "WHERE c.id IN (SELECT value FROM json_each(?))")
        return {row[0]: row for row in self.db.execute(sql, (_json_list(ids),))}

    def documents(self, doc_id: str | None = None) -> list[Document]:
        sql = "SELECT id, name, text, sha256, format, records FROM documents"
        rows = self.db.execute(sql + (" WHERE id = ?" if doc_id else " ORDER BY id"),
                               (doc_id,) if doc_id else ())
        return [Document(id=i, name=n, text=t, sha256=s, format=f,
                         seance=serialize.from_json(Seance, r)) for i, n, t, s, f, r in rows]

    def deliberation_titles(self) -> list[str]:
        """Every deliberation title of the archive, once each."""
        return [row[0] for row in self.db.execute(
            "SELECT DISTINCT title FROM deliberations WHERE title IS NOT NULL")]

    def headers(self) -> list[tuple[str, str, str, str, str | None, str | None]]:
        """(id, name, sha256, format, séance date, collectivity) of every document: what a reader
        holds of each séance before it reads any text or records (those columns come before the
        text in a row, so this reads no overflow page)."""
        return self.db.execute("SELECT id, name, sha256, format, seance_date, collectivity "
                               "FROM documents ORDER BY id").fetchall()

    def records(self, doc_id: str) -> Seance | None:
        """A document's parsed records, read when a question needs them."""
        row = self.db.execute("SELECT records FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return serialize.from_json(Seance, row[0]) if row else None

    def people(self) -> list[str]:
        """Every name printed among a séance's people (its attendance and proxies, not an item's;
        its movements; its président and secrétaire), each once."""
        return [row[0] for row in self.db.execute(f"SELECT DISTINCT name FROM ({seance_people('{name} IS NOT NULL')})")]

    def item_rows(self) -> list[tuple[str, str, str | None, str | None, str | None, str | None]]:
        """(id, document id, number, title, séance date, body) of every deliberation, séances in
        date then name order (undated first), items in their order: a list of deliberations is
        filtered and paged on these rows without reading any séance's records."""
        return self.db.execute(
            "SELECT i.id, i.document_id, i.number, i.title, s.date, s.body FROM items i "
            "JOIN documents d ON d.id = i.document_id JOIN seances s ON s.document_id = i.document_id "
            "ORDER BY d.seance_date, d.name, i.ordinal").fetchall()

    def vote_rows(self, deliberation_ids: Sequence[str]) -> dict[str, list[tuple]]:
        """The votes of these deliberations, each one's in order, as (unanimity, outcome, pour,
        contre, abstention, nspp, nppv)."""
        found: dict[str, list[tuple]] = {}
        for row in self.db.execute(
                "SELECT deliberation_id, unanimity, outcome, pour, contre, abstention, nspp, nppv FROM votes "
                "WHERE deliberation_id IN (SELECT value FROM json_each(?)) ORDER BY deliberation_id, ordinal",
                (_json_list(deliberation_ids),)):
            found.setdefault(row[0], []).append(row[1:])
        return found

    def seance_people(self) -> list[tuple[str, str]]:
        """(document id, name) of every séance's people, documents in id order and each one's
        people in the order `assistant.people.people_of` lists them from the records (present,
        absent, excused; each proxy's giver then holder; président, secrétaire; movements): the
        members of the archive are read from these rows, not from every séance's records."""
        parts = " UNION ALL ".join(
            f"SELECT document_id, {column} AS name, {part} AS part, {order} AS n, {side} AS side "
            f"FROM {table} WHERE {condition} AND {column} IS NOT NULL"
            for part, column, table, condition, order, side in SEANCE_PEOPLE_ORDER)
        return self.db.execute(f"SELECT document_id, name FROM ({parts}) "
                               "ORDER BY document_id, part, n, side").fetchall()

    def printing(self, names: Sequence[str], among: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """(name, document id) for each of `names` and each document (of those `among`, when
        given) whose séance's people include it: a name printed in thousands of séances is then
        looked up only in those a question is about."""
        where = "{name} IN (SELECT value FROM json_each(:names))"
        if among is not None:
            where += " AND document_id IN (SELECT value FROM json_each(:among))"
        return self.db.execute(f"SELECT DISTINCT * FROM ({seance_people(where)})",
                               {"names": _json_list(names), "among": _json_list(among or [])}).fetchall()

    def deliberation_spans(self, doc_id: str) -> dict[str, Span]:
        """Where each deliberation of a document lies, by id (the deliberations table's offsets)."""
        return {row[0]: Span(row[1], row[2]) for row in self.db.execute(
            'SELECT id, start, "end" FROM deliberations WHERE document_id = ?', (doc_id,))}

    def deliberation_document(self, deliberation_id: str) -> str | None:
        row = self.db.execute("SELECT document_id FROM deliberations WHERE id = ?",
                              (deliberation_id,)).fetchone()
        return row[0] if row else None

    def document_text(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def counts(self) -> dict[str, int]:
        return {table: self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("documents", "deliberations", "chunks")}


def _blob(vector: np.ndarray) -> bytes:
    return np.ascontiguousarray(vector, dtype=np.float32).tobytes()


def _json_list(values: Sequence[object] | np.ndarray) -> str:
    return json.dumps([value if isinstance(value, str) else int(value) for value in values])
