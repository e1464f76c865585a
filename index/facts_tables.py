"""A séance's parsed facts as rows of plain SQL tables, for `sqlite3 index.sqlite` and intranet tools.

The records JSON (`documents.records`) stays what the assistant reads; these tables are a readable
copy of it, written in the same transaction as the document (`Store.replace_document`) and
removed with it (ON DELETE CASCADE, see migration m005). Values are as printed, each with the
characters it was read from: its own `x_start` / `x_end` columns where it lies apart from the
row's record (a séance header, an item's heading), else the row's `start` / `"end"`. Statuses,
positions and kinds are the French words of `corpus.models` ("présent", "contre", "arrivée").

Each table is one generator of rows (dicts, column → value); `TABLES` lists them parents first,
the order foreign keys need. A change of what these functions write bumps `VERSION`: existing
indexes then rebuild their rows from the stored records on open, without parsing a file again.
"""
from __future__ import annotations

import sqlite3
from typing import Any, Callable, Iterator

from corpus.models import Attendance, Count, Date, Deliberation, Person, Seance, Span, Text

VERSION = "2"

Row = dict[str, object]
Value = Text | Count | Date | Person


def _plain(value: Value | None) -> object:
    """The value of a record field as SQLite stores it: a name, an ISO date, a number, a string."""
    if value is None:
        return None
    if isinstance(value, Person):
        return value.name
    if isinstance(value, Date):
        return value.value.isoformat()
    return value.value


def _spanned(column: str, value: Value | None) -> Row:
    """`column`, `column_start` and `column_end`: the value and where it is printed."""
    return {column: _plain(value), f"{column}_start": value.span.start if value else None,
            f"{column}_end": value.span.end if value else None}


def _span(span: Span) -> Row:
    return {"start": span.start, "end": span.end}


def seances(doc_id: str, seance: Seance) -> Iterator[Row]:
    # a collectivity given at ingest or inferred is printed nowhere in this text: no span
    collectivity = _spanned("collectivity", None if seance.collectivity_given else seance.collectivity)
    collectivity["collectivity"] = seance.collectivity_given or collectivity["collectivity"]
    yield {"document_id": doc_id, **_spanned("date", seance.date), **collectivity,
           **_spanned("body", seance.body), **_spanned("convocation", seance.convocation),
           **_spanned("opened_at", seance.opened_at), **_spanned("closed_at", seance.closed_at),
           **_spanned("president", seance.president), **_spanned("secretary", seance.secretary),
           **_span(seance.span)}


def items(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item in seance.deliberations:
        yield {"id": item.id, "document_id": doc_id, "ordinal": item.ordinal,
               **_spanned("number", item.number), **_spanned("title", item.title),
               **_spanned("rapporteur", item.rapporteur), **_spanned("president", item.president),
               **_span(item.span)}


def _numbered(seance: Seance, records: str) -> Iterator[tuple[Deliberation, int, Any]]:
    """(item, ordinal from 1, record) for each of the items' `records` ("votes", "elections"): the
    key their rows and their children's rows share."""
    for item in seance.deliberations:
        for ordinal, record in enumerate(getattr(item, records), start=1):
            yield item, ordinal, record


def votes(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, vote in _numbered(seance, "votes"):
        yield {"deliberation_id": item.id, "ordinal": ordinal, "subject": _plain(vote.subject),
               "outcome": _plain(vote.outcome), "unanimity": _plain(vote.unanimity),
               "pour": _plain(vote.pour), "contre": _plain(vote.contre),
               "abstention": _plain(vote.abstention), "nspp": _plain(vote.nspp),
               "nppv": _plain(vote.nppv), "procurations": _plain(vote.procurations),
               "voters": _plain(vote.voters), **_span(vote.span)}


def named_votes(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, vote in _numbered(seance, "votes"):
        for named in vote.named:
            yield {"deliberation_id": item.id, "vote": ordinal, "person": named.person.name,
                   "position": named.position, **_span(named.person.span)}


def group_votes(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, vote in _numbered(seance, "votes"):
        for group in vote.groups:
            yield {"deliberation_id": item.id, "vote": ordinal, "group": group.group.value,
                   "position": group.position, **_span(group.group.span)}


def _attendances(seance: Seance) -> Iterator[tuple[str | None, Attendance]]:
    """(deliberation id, attendance) of the séance (id None) and of every item that states one."""
    if seance.attendance is not None:
        yield None, seance.attendance
    for item in seance.deliberations:
        if item.attendance is not None:
            yield item.id, item.attendance


STATUSES = (("présent", "present"), ("absent", "absent"), ("excusé", "excused"))


def attendance(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item_id, stated in _attendances(seance):
        for status, field in STATUSES:
            for person in getattr(stated, field):
                yield {"document_id": doc_id, "deliberation_id": item_id, "person": person.name,
                       "role": person.role, "status": status, **_span(person.span)}


def attendance_counts(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item_id, stated in _attendances(seance):
        yield {"document_id": doc_id, "deliberation_id": item_id,
               "in_office": _plain(stated.in_office), "present": _plain(stated.present_count),
               "voters": _plain(stated.voters), "proxies": _plain(stated.proxy_count),
               "absent": _plain(stated.absent_count), "quorum": _plain(stated.quorum),
               **_span(stated.span)}


def proxies(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item_id, stated in _attendances(seance):
        for proxy in stated.proxies:
            yield {"document_id": doc_id, "deliberation_id": item_id, "giver": proxy.giver.name,
                   "holder": _plain(proxy.holder), "limit_text": _plain(proxy.limit),
                   **_span(proxy.span)}


def movements(doc_id: str, seance: Seance) -> Iterator[Row]:
    for ordinal, movement in enumerate(seance.movements, start=1):
        yield {"document_id": doc_id, "ordinal": ordinal, "kind": movement.kind,
               "person": _plain(movement.person), "time": _plain(movement.time),
               "point": _plain(movement.where), "proxy_to": _plain(movement.proxy_to),
               **_span(movement.span)}


def elections(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, election in _numbered(seance, "elections"):
        yield {"deliberation_id": item.id, "ordinal": ordinal, "office": _plain(election.office),
               "votants": _plain(election.votants), "blancs": _plain(election.blancs),
               "nuls": _plain(election.nuls), "exprimes": _plain(election.exprimes),
               "majorite": _plain(election.majorite), **_span(election.span)}


def candidates(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, election in _numbered(seance, "elections"):
        for candidate in election.candidates:
            yield {"deliberation_id": item.id, "election": ordinal,
                   "person": candidate.person.name, "votes": _plain(candidate.votes),
                   "elected": int(candidate.elected), **_span(candidate.person.span)}


def elected(doc_id: str, seance: Seance) -> Iterator[Row]:
    for item, ordinal, election in _numbered(seance, "elections"):
        for person in election.elected:
            yield {"deliberation_id": item.id, "election": ordinal, "person": person.name,
                   **_span(person.span)}


TABLES: dict[str, Callable[[str, Seance], Iterator[Row]]] = {
    table.__name__: table for table in (seances, items, votes, named_votes, group_votes, attendance,
                                        attendance_counts, proxies, movements, elections,
                                        candidates, elected)}


def write(db: sqlite3.Connection, doc_id: str, seance: Seance) -> None:
    """Insert the rows of every table for one document (its old rows already gone)."""
    for table, rows_of in TABLES.items():
        rows = list(rows_of(doc_id, seance))
        if rows:
            columns = ", ".join(f'"{column}"' for column in rows[0])
            values = ", ".join(f":{column}" for column in rows[0])
            db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({values})", rows)


def clear(db: sqlite3.Connection) -> None:
    """Delete every row of the tables, children first."""
    for table in reversed(TABLES):
        db.execute(f"DELETE FROM {table}")
