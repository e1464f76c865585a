"""Migrations bring an index of any earlier version up to date in place, ids kept."""
from __future__ import annotations

import sqlite3

from index import migrations


def test_vectors_made_nullable_keeping_ids_and_the_id_counter(monkeypatch):
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    every = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", every[:3])  # an index made before m004
    migrations.migrate(db)
    db.execute("INSERT INTO documents (id, name, path, sha256, file_sha256, format, text, records, "
               "collectivity_key, body_key, ingested_at) VALUES ('d','d.txt','p','s','f','txt','t',"
               "'{}','','','now')")
    for _ in range(5):
        db.execute('INSERT INTO chunks (document_id, start, "end", heading, kind, content_hash, '
                   "vector) VALUES ('d', 0, 1, 'h', 'text', 'x', x'00')")
    db.execute("DELETE FROM chunks WHERE id >= 4")  # the highest ids are gone, never to be reused
    monkeypatch.setattr(migrations, "MIGRATIONS", every)
    migrations.migrate(db)
    assert db.execute("SELECT id, vector FROM chunks").fetchall() == [(i, b"\0") for i in (1, 2, 3)]
    new = db.execute('INSERT INTO chunks (document_id, start, "end", heading, kind, content_hash) '
                     "VALUES ('d', 0, 1, 'h', 'text', 'y')").lastrowid
    assert new == 6
    assert db.execute("SELECT id FROM chunks WHERE vector IS NULL").fetchall() == [(6,)]
    db.execute("DELETE FROM documents")
    assert db.execute("SELECT count(*) FROM chunks").fetchone() == (0,)  # cascade kept
    migrations.migrate(db)  # nothing left to apply
    assert len(db.execute("SELECT * FROM _migrations").fetchall()) == len(every)
