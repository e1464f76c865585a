"""A ballot asked by its rank in figures is the one printed in words ("4e adjoint" / "quatrième adjoint")."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.answering.votes import ranks_in_figures
from assistant.service import Assistant
from tests.assistant.archives import archive_of

SEANCE = """COMMUNE DE LUSSAC-LES-VIGNES

Procès-verbal du conseil municipal du 4 juillet 2023

Présents : M. Marc ROY, maire, Mme Claire VIAL, M. Hugo DENIS, Mme Lola FAURE, M. Noé BLANC.

1. Élection du troisième adjoint
Nombre de votants : 15
Suffrages exprimés : 14
Mme Claire VIAL : 14 voix
Mme Claire VIAL, ayant obtenu la majorité absolue, est proclamée troisième adjointe.

2. Élection du quatrième adjoint
Nombre de votants : 15
Suffrages exprimés : 13
M. Hugo DENIS : 9 voix
M. Noé BLANC : 4 voix
M. Hugo DENIS est proclamé quatrième adjoint.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("ranks"), {"lussac.txt": SEANCE})


def test_ranks_in_words_and_figures_read_alike() -> None:
    assert ranks_in_figures("Élection du quatrième adjoint") == ranks_in_figures("élection du 4ème adjoint")
    assert "4e adjoint" in ranks_in_figures("4e adjoint")


def test_a_ballot_asked_by_its_rank_in_figures(commune: Assistant) -> None:
    answer = commune.ask("Résultats de l'élection du 4e adjoint de Lussac-les-Vignes en juillet 2023 ?")
    assert answer.answered and "DENIS" in answer.answer and "9 voix" in answer.answer
