"""SCDL export: the 17 columns in order, filled only from what the text states; the CLI writes the
same CSV as `GET /export/scdl`."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import httpx
from click.testing import CliRunner

from assistant.catalog import Catalog
from assistant.cli import cli
from assistant.scdl import COLUMNS, row, rows, to_csv
from corpus.models import (Attendance, Count, Date, Deliberation, Document, Movement, Seance, Span, Text,
                           Vote)

HERE = Span(0, 1)


def count(value: int) -> Count:
    return Count(value, HERE)


def document(*deliberations: Deliberation, attendance: Attendance | None = None,
             movements: tuple[Movement, ...] = (), printed_collectivity: str | None = "Ville de Lannion",
             day: dt.date | None = dt.date(2020, 6, 8)) -> Document:
    seance = Seance(span=HERE, date=Date(day, HERE) if day else None,
                    collectivity=Text(printed_collectivity, HERE) if printed_collectivity else None,
                    attendance=attendance, movements=movements, deliberations=deliberations)
    return Document(id="lannion_2020-06-08", name="lannion_2020-06-08.txt", text="x", sha256="0",
                    format="txt", seance=seance)


def deliberation(*votes: Vote, number: str | None = "2020-41", title: str | None = "Budget\n primitif",
                 attendance: Attendance | None = None) -> Deliberation:
    return Deliberation(id="lannion_2020-06-08:1", ordinal=1, span=HERE,
                        number=Text(number, HERE) if number else None, title=Text(title, HERE) if title else None,
                        attendance=attendance, votes=votes)


def test_stated_counts_fill_the_row() -> None:
    vote = Vote(HERE, pour=count(27), contre=count(4), abstention=count(2), voters=count(33))
    item = deliberation(vote)
    values = row(document(item, attendance=Attendance(HERE, in_office=count(33))), item)
    assert list(values) == list(COLUMNS)
    assert values == dict.fromkeys(COLUMNS, "") | {
        "COLL_NOM": "Ville de Lannion", "DELIB_ID": "2020-41", "DELIB_DATE": "2020-06-08",
        "DELIB_OBJET": "Budget primitif", "VOTE_EFFECTIF": "33", "VOTE_REEL": "33", "VOTE_POUR": "27",
        "VOTE_CONTRE": "4", "VOTE_ABSTENTION": "2"}


def test_unanimity_without_counts_invents_no_number() -> None:
    item = deliberation(Vote(HERE, unanimity=Text("à l'unanimité", HERE)))
    values = row(document(item), item)
    assert values["VOTE_POUR"] == values["VOTE_CONTRE"] == values["VOTE_ABSTENTION"] == ""


def test_several_subject_votes_give_no_counts() -> None:
    item = deliberation(Vote(HERE, pour=count(10), subject=Text("amendement 1", HERE)),
                        Vote(HERE, pour=count(12), subject=Text("amendement 2", HERE)))
    assert row(document(item), item)["VOTE_POUR"] == ""


def test_the_one_vote_without_subject_is_the_deliberation_s() -> None:
    item = deliberation(Vote(HERE, pour=count(10), subject=Text("amendement", HERE)), Vote(HERE, pour=count(30)))
    assert row(document(item), item)["VOTE_POUR"] == "30"


def test_seance_voters_only_when_nobody_came_or_left() -> None:
    header = Attendance(HERE, voters=count(29))
    item = deliberation()
    assert row(document(item, attendance=header), item)["VOTE_REEL"] == "29"
    departure = Movement(kind="départ", span=HERE)
    assert row(document(item, attendance=header, movements=(departure,)), item)["VOTE_REEL"] == ""


def test_unknown_fields_stay_empty_and_the_id_falls_back() -> None:
    item = deliberation(number=None, title=None)
    values = row(document(item, printed_collectivity=None, day=None), item)
    assert values["DELIB_ID"] == "lannion_2020-06-08:1"
    assert set(values.values()) == {"", "lannion_2020-06-08:1"}


def test_csv_has_the_header_and_one_row_per_deliberation() -> None:
    first, second = deliberation(number="1"), deliberation(number="2, bis")
    catalog = Catalog.build([document(first, second)])
    parsed = list(csv.reader(io.StringIO(to_csv(rows(catalog)))))
    assert tuple(parsed[0]) == COLUMNS and [r[2] for r in parsed[1:]] == ["1", "2, bis"]


def test_cli_export_matches_the_api(built_index: Path, client: httpx.Client, tmp_path: Path) -> None:
    target = tmp_path / "scdl.csv"
    result = CliRunner().invoke(cli, ["export", "scdl", "--index", str(built_index), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes().decode("utf-8") == client.get("/export/scdl").text
    stdout = CliRunner().invoke(cli, ["export", "scdl", "--index", str(built_index)])
    assert stdout.exit_code == 0 and stdout.output.startswith(",".join(COLUMNS))
