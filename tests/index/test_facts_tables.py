"""The parsed facts as SQL tables: written with their document, replaced and removed with it,
filled on open for an index made before them, each value quoting back as printed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from corpus import serialize
from corpus.parse import parse_text
from index import migrations
from index.store import FILE_NAME, Store

from tests.conftest import parsed

MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Procès-verbal de la séance du conseil municipal du 12 mars 2022
L'an deux mille vingt-deux, le douze mars à vingt heures, le conseil municipal s'est réuni sous la présidence de Mme Odile FERRAND, Maire.
Membres en exercice : 9 - Présents : 6 - Votants : 7
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Paul ESNAULT, M. Yves GALLOIS.
Absente excusée : Mme Rose PONS (pouvoir à Mme Odile FERRAND).
Excusé : M. Jean TESSIER.
Absent : M. Marc VIDAL.
Secrétaire de séance : M. Henri CAMUS.

1. Budget primitif
Rapporteur : M. Luc BARRAULT
Le conseil examine le budget primitif.
Adopté par 5 voix pour, 1 voix contre (M. Yves GALLOIS) et 1 abstention.
Le groupe Vivre ensemble s'abstient.

M. Luc BARRAULT sort de séance et donne sa procuration à M. Camus.
Arrivée de M. Marc VIDAL à 21h15.

2. Tarifs communaux
Le conseil fixe les tarifs.
Adopté à l'unanimité.

La séance est levée à 21h30.
"""
FACT_TABLES = ("seances", "items", "votes", "named_votes", "group_votes", "attendance", "attendance_counts",
               "proxies", "movements", "elections", "candidates", "elected")


def _store(folder: Path, *texts: tuple[str, str]) -> Store:
    """A real store holding the parsed `texts` (name, text), without chunks: facts need none."""
    store = Store(folder)
    for name, text in texts:
        store.replace_document(parse_text(name, text), folder / name, "sha", "test", [], [], [])
    return store


def _rows(store: Store, table: str, doc_id: str) -> int:
    """Rows of `table` about document `doc_id`, read from the row itself (its document, or its
    deliberation id `doc_id:n`), not through an item that may be gone."""
    key = ("document_id = ?" if table in ("seances", "items", "attendance", "attendance_counts",
                                          "proxies", "movements") else "deliberation_id LIKE ? || ':%'")
    return store.db.execute(f"SELECT count(*) FROM {table} WHERE {key}", (doc_id,)).fetchone()[0]


def test_a_seance_reads_back_from_its_tables(tmp_path):
    store = _store(tmp_path, ("stab.txt", MINUTES))
    db = store.db
    seance = db.execute("SELECT date, president, president_start, president_end, secretary, closed_at "
                        "FROM seances WHERE document_id = 'stab'").fetchone()
    assert seance[0] == "2022-03-12" and seance[4] == "Henri CAMUS" and seance[5] == "21h30"
    assert MINUTES[seance[2]:seance[3]] == seance[1] == "Odile FERRAND"

    assert db.execute("SELECT number, title, rapporteur FROM items WHERE document_id = 'stab' "
                      "ORDER BY ordinal").fetchall() == [
        ("1", "Budget primitif", "Luc BARRAULT"), ("2", "Tarifs communaux", None)]
    budget = db.execute('SELECT pour, contre, abstention, outcome, unanimity, v.start, v."end" FROM votes v '
                        "JOIN items i ON i.id = v.deliberation_id WHERE i.number = '1'").fetchall()
    assert [row[:5] for row in budget] == [(5, 1, 1, "adopté", None)]
    assert "5 voix pour" in MINUTES[budget[0][5]:budget[0][6]]
    assert db.execute("SELECT unanimity FROM votes WHERE deliberation_id = 'stab:2'").fetchall() == [
        ("à l'unanimité",)]
    assert db.execute("SELECT person, position FROM named_votes WHERE deliberation_id = 'stab:1' "
                      "AND vote = 1").fetchall() == [("Yves GALLOIS", "contre")]
    assert db.execute('SELECT "group", position FROM group_votes WHERE deliberation_id = \'stab:1\'').fetchall() == [
        ("Vivre ensemble", "abstention")]

    statuses = dict(db.execute("SELECT person, status FROM attendance WHERE document_id = 'stab' "
                               "AND deliberation_id IS NULL"))
    assert statuses["Luc BARRAULT"] == "présent" and statuses["Jean TESSIER"] == "excusé"
    assert statuses["Marc VIDAL"] == "absent" and len(statuses) == 8
    for person, start, end in db.execute('SELECT person, start, "end" FROM attendance'):
        assert MINUTES[start:end] == person
    assert db.execute("SELECT in_office, present, voters FROM attendance_counts "
                      "WHERE document_id = 'stab'").fetchall() == [(9, 6, 7)]
    giver, holder, start, end = db.execute('SELECT giver, holder, start, "end" FROM proxies').fetchone()
    assert (giver, holder) == ("Rose PONS", "Odile FERRAND")
    assert MINUTES[start:end].startswith("Rose PONS (pouvoir à")
    assert db.execute("SELECT kind, person, time, proxy_to FROM movements ORDER BY ordinal").fetchall() == [
        ("départ", "Luc BARRAULT", None, "Camus"), ("arrivée", "Marc VIDAL", "21h15", None)]
    store.close()


def test_an_election_reads_back_with_its_candidates(tmp_path):
    doc = parsed("couthenans_2021-11-26_compte-rendu.txt")
    store = Store(tmp_path)
    store.replace_document(doc, tmp_path / doc.name, "sha", "test", [], [], [])
    (deliberation_id, office), = store.db.execute("SELECT deliberation_id, office FROM elections")
    assert office == "3ème adjoint"
    assert store.db.execute("SELECT person, votes, elected FROM candidates WHERE deliberation_id = ? "
                            "ORDER BY votes DESC", (deliberation_id,)).fetchall() == [
        ("Anne-Marie", 11, 1), ("Agnès", 1, 0)]
    assert store.db.execute("SELECT person FROM elected").fetchall() == [("Anne-Marie",)]
    store.close()


def test_replacing_a_document_replaces_its_rows_and_removing_it_removes_them(tmp_path):
    store = _store(tmp_path, ("stab.txt", MINUTES), ("autre.txt", MINUTES.replace("12 mars", "9 avril")))
    before = {table: _rows(store, table, "autre") for table in FACT_TABLES}
    edited = MINUTES.replace("Absent : M. Marc VIDAL.\n", "").replace("1 abstention", "2 abstentions")
    store.replace_document(parse_text("stab.txt", edited), tmp_path / "stab.txt", "sha2", "test", [], [], [])
    assert store.db.execute("SELECT abstention FROM votes WHERE deliberation_id = 'stab:1'").fetchall() == [(2,)]
    assert store.db.execute("SELECT count(*) FROM attendance WHERE document_id = 'stab'").fetchone() == (7,)
    assert store.db.execute("SELECT count(*) FROM named_votes WHERE deliberation_id = 'stab:1'").fetchone() == (1,)

    store.delete_document("stab")
    assert all(_rows(store, table, "stab") == 0 for table in FACT_TABLES)
    assert {table: _rows(store, table, "autre") for table in FACT_TABLES} == before  # the other one kept
    assert before["votes"] == 2 and before["named_votes"] == 1
    store.close()


def test_an_index_made_before_the_tables_gets_them_filled_on_open(tmp_path, monkeypatch):
    doc = parse_text("stab.txt", MINUTES)
    db = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
    every = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", every[:4])  # an index made before m005
    migrations.migrate(db)
    db.execute("INSERT INTO documents (id, name, path, sha256, file_sha256, format, text, records, "
               "collectivity_key, body_key, ingested_at) VALUES ('stab', 'stab.txt', 'p', 's', 'f', "
               "'txt', ?, ?, '', '', 'now')", (doc.text, serialize.to_json(doc.seance)))
    db.close()
    monkeypatch.setattr(migrations, "MIGRATIONS", every)
    store = Store(tmp_path)
    assert store.db.execute("SELECT pour, contre, abstention FROM votes "
                            "WHERE deliberation_id = 'stab:1'").fetchall() == [(5, 1, 1)]
    assert store.db.execute("SELECT giver, holder FROM proxies").fetchall() == [("Rose PONS", "Odile FERRAND")]
    assert store.db.execute("SELECT count(*) FROM attendance").fetchone() == (8,)
    version = store.meta("generation")
    store.close()
    reopened = Store(tmp_path)
    assert reopened.meta("generation") == version  # filled once, not at every open
    reopened.close()
