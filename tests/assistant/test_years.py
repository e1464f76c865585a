"""Figures asked of a year: read where that year is printed with them, one year at a time."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.answering import year_by_year
from assistant.service import Assistant
from tests.assistant.archives import archive_of

SEANCE = """COMMUNE DE VERNAY-SUR-ORNE

COMPTE RENDU DE LA SÉANCE DU CONSEIL MUNICIPAL DU {day}

Présents : M. Jean DURAND, maire, Mme Claire MOREAU, M. Paul LEROY, Mme Anne PETIT.
Secrétaire de séance : Mme Claire MOREAU.

1. Tarification {year}

Le maire propose les tarifs communaux applicables à compter du 1er janvier {year}.
CIMETIÈRE :
  Concession cinquantenaire          {grave} €
  Concession trentenaire             150 €
SALLE DES FÊTES :
  Location week-end                  {hall} €

Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def tariffs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """Two séances, each voting the next year's tariffs in December."""
    yield from archive_of(tmp_path_factory.mktemp("years"), {
        name: SEANCE.format(day=day, year=year, grave=grave, hall=hall)
        for name, day, year, grave, hall in (("a.txt", "5 DÉCEMBRE 2023", 2024, 300, 250),
                                             ("b.txt", "10 DÉCEMBRE 2024", 2025, 400, 280))})


def test_a_question_asked_again_of_another_year_is_split_by_year() -> None:
    assert year_by_year("Quelle était la contribution au SIVOC pour 2018, et pour 2021 ?") == [
        "Quelle était la contribution au SIVOC pour 2018 ?", "Quelle était la contribution au SIVOC pour 2021 ?"]
    assert len(year_by_year("Combien coûtait une concession en 2024, et combien en 2025 ?")) == 2
    assert year_by_year("Combien de logements construits entre 2018 et 2021 ?") == []  # one period
    assert year_by_year("Quel budget en 2021 ?") == []


def test_a_year_is_read_where_it_is_printed_with_the_figure_not_in_the_seance_of_that_year(
        tariffs: Assistant) -> None:
    """The 2025 tariffs were voted in December 2024: "en 2024" asks for the 2024 tariffs, voted
    in 2023, although a séance was held in 2024."""
    answer = tariffs.ask("Combien coûtait une concession cinquantenaire à Vernay-sur-Orne en 2024, et combien en 2025 ?")
    assert answer.answered
    assert [p.answered for p in answer.parts] == [True, True]
    assert "300 €" in answer.parts[0].answer and "400" not in answer.parts[0].answer
    assert "400 €" in answer.parts[1].answer
    hall = tariffs.ask("Quel était le tarif de location de la salle des fêtes de Vernay-sur-Orne en 2025 ?")
    assert "280 €" in hall.answer and "250" not in hall.answer


def test_an_elliptic_second_clause_naming_another_sitting_is_asked_on_its_own() -> None:
    """"… voté sur A (mai 2022), et pour B lors du conseil d'octobre 2023 ?" asks twice, the verb of
    the first clause understood in the second; "et sur" inside one sitting's subject asks once."""
    from assistant.answering import sitting_by_sitting

    assert sitting_by_sitting("Quelle position Mme Roux a-t-elle prise sur le PLU (mai 2022) et ensuite sur le "
                              "budget du 12 octobre 2023 ?") == [
        "Quelle position Mme Roux a-t-elle prise sur le PLU (mai 2022) ?",
        "Quelle position Mme Roux a-t-elle prise sur le budget du 12 octobre 2023 ?"]
    assert sitting_by_sitting("Qui a été élu le 2e adjoint à Ravel (avril 2020) et le 1er vice-président du "
                              "syndicat (juillet 2020) ?")[1] == "Qui a été élu le 1er vice-président du syndicat (juillet 2020) ?"
    assert sitting_by_sitting("Qui était secrétaire à Ravel le 3 avril 2020 et le 8 juin 2021 ?") == []  # one role, two days
    assert sitting_by_sitting("Qui a voté contre le budget et sur les tarifs le 3 mars 2022 ?") == []
    assert sitting_by_sitting("Combien de voix pour le budget 2023 et pour le budget 2024 ?") == []
