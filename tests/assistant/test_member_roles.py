"""A member's roles at a séance: "Quel rôle X a-t-il tenu ?" is answered from the records (chair,
secretary, rapporteur), each role cited, in a layout the answer was not written from."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

MINUTES = """VILLE DE SAINT-AUBIN-DES-PRÉS
Procès-verbal du conseil municipal du mardi 4 février 2025

L'an deux mille vingt-cinq, le quatre février à 19 heures, le conseil municipal s'est réuni sous la
présidence de Mme Hélène VASSEUR, Maire.
Présents : Mme Hélène VASSEUR, M. Bruno CHATEL, Mme Inès ROLLAND, M. Marc DELORME, Mme Julie FAURE.
Secrétaire de séance : M. Marc DELORME.

1. Budget primitif 2025
Rapporteur : M. Bruno CHATEL, adjoint aux finances.
Le budget primitif 2025 est adopté à l'unanimité.

2. Tarifs de la cantine
Rapporteur : Mme Inès ROLLAND.
Les tarifs sont adoptés à l'unanimité.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("roles"), {"pv.txt": MINUTES})


def test_the_chair_is_said_with_the_title_printed_after_her_name(town: Assistant) -> None:
    answer = town.ask("Quel rôle avait Hélène Vasseur au conseil de Saint-Aubin-des-Prés du 4 février 2025 ?")
    assert answer.answered and "présidait (Maire)" in answer.answer
    assert any("sous la" in c.quote or "VASSEUR, Maire" in c.quote for c in answer.citations)


def test_the_secretary_and_the_rapporteur_roles(town: Assistant) -> None:
    clerk = town.ask("Quel rôle a joué Marc Delorme lors du conseil municipal de Saint-Aubin-des-Prés du 4 février 2025 ?")
    assert clerk.answered and "secrétaire de séance" in clerk.answer
    reporter = town.ask("Quel était le rôle de Bruno Chatel à la séance du 4 février 2025 à Saint-Aubin-des-Prés ?")
    assert reporter.answered and "rapporteur" in reporter.answer and "Budget primitif" in reporter.answer
