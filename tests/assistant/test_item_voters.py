"""The voters of one item's vote answer "combien de votants pour…", not the séance's."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

MINUTES = """SYNDICAT MIXTE DU BASSIN DE LA SAUNE
Comité syndical du 7 octobre 2024

Délégués en exercice : 12 – Présents : 10 – Votants : 11
Présents : M. Paul ARNAL, Mme Lise BORIE, M. Henri CAZALS, Mme Nadia DELMAS, M. Éric FABRE,
Mme Odile GARRIC, M. Yves HUC, Mme Anne IZARD, M. Luc JOUVE, Mme Rose LAFON.
Pouvoir : Mme Clara MAS à M. Paul ARNAL.

1. Convention avec l'association Saune Vivante
M. Yves HUC, président de l'association, ne prend pas part au vote.
Adopté : 10 pour – unanimité des votants.

2. Budget supplémentaire 2024
Adopté : 11 pour – unanimité des votants.
"""


@pytest.fixture(scope="module")
def syndicate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("voters"), {"comite.txt": MINUTES})


def test_an_items_voters_answer_for_that_item(syndicate: Assistant) -> None:
    item = syndicate.ask("Combien de votants pour la convention avec Saune Vivante au comité du 7 octobre 2024 ?")
    assert item.answered and "10 votants" in item.answer
    seance = syndicate.ask("Combien de votants au comité syndical de la Saune du 7 octobre 2024 ?")
    assert seance.answered and "11 votants" in seance.answer
