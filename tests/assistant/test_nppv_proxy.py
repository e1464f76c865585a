"""A member who does not take part in a vote while holding a proxy: the answer says whose vote
went with theirs ("qu'en est-il du pouvoir qu'il détenait ?")."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

MINUTES = """COMMUNE DE MONTVAL-LES-BAINS
Conseil municipal — séance du 18 novembre 2024

Étaient présents : M. Louis BARRE, Mme Claire HUET, M. Pierre NOYER, Mme Sonia VIDAL.
Absente excusée : Mme Agnès TALON (pouvoir à M. Pierre NOYER).

Secrétaire : Mme Claire HUET.

1. Subvention au club de rugby
Une subvention de 2 500 € est attribuée au Rugby Club Montvalois.
M. Pierre NOYER, trésorier du club, ne prend pas part au vote.
Adopté par 3 voix pour.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("nppv"), {"cm.txt": MINUTES})


def test_the_proxy_held_by_a_member_who_did_not_vote_is_said(town: Assistant) -> None:
    answer = town.ask("Qui n'a pas pris part au vote sur la subvention au club de rugby de Montval-les-Bains ?")
    assert answer.answered and "NOYER" in answer.answer and "pouvoir de Agnès TALON" in answer.answer
    assert any("TALON" in c.quote for c in answer.citations)
