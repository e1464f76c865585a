"""The `delib` command line, driven with click's CliRunner on a real index of the bundled sample."""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from assistant.cli import cli, sample_archive
from index.settings import settings


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    folder = root / "files"
    shutil.copytree(sample_archive(), folder)
    (folder / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--index", str(root / "index")])
    assert result.exit_code == 0, result.output
    assert "1 ajoutés" in result.output and "empty.txt" in result.output  # the bad file is reported
    return root / "index"


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """`monkeypatch` for DELIB_* variables: the process settings are read anew in the test, and after it."""
    settings.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    settings.cache_clear()


def test_ingest_of_nothing_usable_fails(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "empty.txt"), "--index", str(tmp_path / "i")])
    assert result.exit_code == 1
    assert "aucun texte" in result.output


def test_ask_batch_answers_in_order_with_ids(index_dir: Path) -> None:
    lines = [{"id": "a", "question": "Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?"},
             {"id": "b", "question": "Combien d'abstentions sur le Pacte de solidarité ?"}]
    result = CliRunner().invoke(cli, ["ask", "--json", "--index", str(index_dir), "-"],
                                input="\n".join(json.dumps(line) for line in lines) + "\n")
    answers = [json.loads(line) for line in result.output.splitlines()]
    assert [a["id"] for a in answers] == ["a", "b"]
    assert "REBSAMEN" in answers[0]["answer"] and "8 abstention" in answers[1]["answer"]
    assert all(a["citations"] for a in answers)


def test_show_prints_the_cited_passage(index_dir: Path) -> None:
    runner = CliRunner()
    answer = json.loads(runner.invoke(cli, ["ask", "--json", "--index", str(index_dir),
                                            "Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?"]).output)
    shown = runner.invoke(cli, ["show", answer["citations"][0]["id"], "--index", str(index_dir)])
    assert shown.exit_code == 0 and answer["citations"][0]["quote"] in shown.output


def test_errors_are_one_line_not_a_traceback(index_dir: Path) -> None:
    runner = CliRunner()
    unknown = runner.invoke(cli, ["show", "nope@1-2", "--index", str(index_dir)])
    assert unknown.exit_code == 1 and "citation inconnue" in unknown.output and "Traceback" not in unknown.output
    too_long = runner.invoke(cli, ["ask", "x" * 5000, "--index", str(index_dir)])
    assert too_long.exit_code == 1 and "trop longue" in too_long.output


def test_search_json(index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "pacte de solidarité", "--json", "--k", "3", "--index", str(index_dir)])
    payload = json.loads(result.output)
    assert payload["query"] == "pacte de solidarité" and 1 <= len(payload["results"]) <= 3


def test_a_missing_index_folder_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "pas-d-index"
    result = CliRunner().invoke(cli, ["ask", "Qui présidait ?", "--index", str(missing)])
    assert result.exit_code == 1 and "aucun index" in result.output and not missing.exists()


def test_a_batch_line_that_is_not_json_gets_a_french_error(index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["ask", "--json", "--index", str(index_dir), "-"], input="pas du json\n")
    reply = json.loads(result.output.splitlines()[0])
    assert reply["id"] is None and "objet JSON" in reply["error"]


def test_inspect_shows_each_field_with_the_text_of_its_span(index_dir: Path) -> None:
    result = CliRunner().invoke(cli, ["inspect", "dijon-metropole_2020-09-17_pacte-de-solidarite.txt",
                                      "--index", str(index_dir), "--json"])
    assert result.exit_code == 0, result.output
    read = json.loads(result.output)
    assert read["seance"]["date"]["value"] == "2020-09-17" and read["seance"]["date"]["span"]["text"] == "17 septembre 2020"
    assert read["gaps"] == []
    text = (sample_archive() / "dijon-metropole_2020-09-17_pacte-de-solidarite.txt").read_text(encoding="utf-8")
    president = read["seance"]["president"]["span"]
    assert text[president["start"]:president["end"]] == president["text"]


def test_ingest_reports_documents_read_incompletely(tmp_path: Path) -> None:
    (tmp_path / "liste.txt").write_text("Liste des délibérations votées\n\nLe 16 mai 2025\n\n"
                                        "   Adhésion au syndicat des eaux\n   Subventions aux associations\n",
                                        encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "liste.txt"), "--index", str(tmp_path / "i")])
    assert result.exit_code == 0, result.output
    assert "lecture incomplète : liste.txt" in result.output and "pas de présents" in result.output
    plain = CliRunner().invoke(cli, ["inspect", str(tmp_path / "liste.txt")])
    assert plain.exit_code == 0 and "pas de présents" in plain.output


def test_the_index_comes_from_delib_index_without_option(index_dir: Path, environ: pytest.MonkeyPatch) -> None:
    environ.setenv("DELIB_INDEX", str(index_dir))
    result = CliRunner().invoke(cli, ["search", "pacte de solidarité", "--json", "--k", "1"])
    assert result.exit_code == 0 and len(json.loads(result.output)["results"]) == 1


@pytest.mark.parametrize("command", [["ask", "Qui présidait ?"], ["search", "pacte"], ["show", "x@1-2"]])
def test_a_bad_setting_stops_every_command_with_one_french_line(
        command: list[str], index_dir: Path, environ: pytest.MonkeyPatch) -> None:
    environ.setenv("DELIB_LLM_TIMEOUT", "bientôt")
    result = CliRunner().invoke(cli, [*command, "--index", str(index_dir)])
    assert result.exit_code == 1 and result.exception is not None and isinstance(result.exception, SystemExit)
    assert result.output.strip() == ("erreur : DELIB_LLM_TIMEOUT : un nombre de secondes positif est attendu, "
                                     "par exemple 20 (valeur reçue : « bientôt »)")


def test_delib_model_is_the_model_asked_for(index_dir: Path, environ: pytest.MonkeyPatch) -> None:
    environ.setenv("DELIB_MODEL", "un-autre-modele")
    result = CliRunner().invoke(cli, ["ingest", str(sample_archive()), "--index", str(index_dir)])
    assert result.exit_code == 1 and "construit avec le modèle « e5-small »" in result.output


def test_delib_max_question_chars_bounds_a_query(index_dir: Path, environ: pytest.MonkeyPatch) -> None:
    environ.setenv("DELIB_MAX_QUESTION_CHARS", "10")
    result = CliRunner().invoke(cli, ["search", "pacte de solidarité", "--index", str(index_dir)])
    assert result.exit_code == 1 and "(19 caractères ; 10 au plus)" in result.output


def test_inspect_text_names_who_voted_against_and_the_candidates(tmp_path: Path) -> None:
    (tmp_path / "cm.txt").write_text(
        "COMMUNE DE VERNAY\nSéance du conseil municipal du 5 avril 2024\n\n"
        "Présents : M. Paul MARTIN, Mme Anne PETIT, M. Luc ROUX.\n\n"
        "1. Élection du premier adjoint\n\nNombre de votants : 3\nSuffrages exprimés : 3\n"
        "M. Luc ROUX : 2 voix\nMme Anne PETIT : 1 voix\n\n"
        "2. Tarifs 2024\n\nPour : 2 – Contre : 1 (M. Luc ROUX)\n", encoding="utf-8")
    plain = CliRunner().invoke(cli, ["inspect", str(tmp_path / "cm.txt")])
    assert plain.exit_code == 0, plain.output
    assert "contre : Luc ROUX" in plain.output and "Luc ROUX 2 voix" in plain.output
