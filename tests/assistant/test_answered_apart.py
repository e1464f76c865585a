"""A question naming two collectivities is answered in each ("combien de la communauté de communes
et du Département ?"): the best passage of one does not hide the other's."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

COMMUNITY = """Communauté de communes du VAL DE SÈVE

PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE
Séance du lundi 3 octobre 2022

Présents : M. Paul VIDAL, Mme Anne ROUX, M. Luc MARTY.

2022-071 – Subventions 2022 aux associations culturelles

Il est proposé d'attribuer à l'association « Les Estivales de Sèvre » une subvention de 6 000 € pour
l'édition 2022 du festival. Adopté à l'unanimité.
"""
DEPARTMENT = """DÉPARTEMENT DES DEUX-RIVIÈRES
COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL
Séance du 21 novembre 2022

Présents : M. Jean BRUN, Mme Claire NOIR.

RAPPORT N° 5.04
Objet : Soutien aux manifestations culturelles – 3e programmation 2022

La commission permanente attribue au festival « Les Estivales de Sèvre » une aide de 3 500 € au
titre de l'édition 2022. Adopté à l'unanimité.

RAPPORT N° 6.01
Objet : Corbeilles de tri dans les collèges

Le rapport expose l'intérêt d'équiper les collèges en corbeilles de tri sélectif.

Après avoir délibéré, la commission permanente a, à l'unanimité :


- Autorisé le Président à acheter quarante corbeilles de tri pour les collèges,
- Approuvé leur prise en charge à 50 % par le Département.
"""


@pytest.fixture(scope="module")
def two_bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("apart"), {"cc.txt": COMMUNITY, "cd.txt": DEPARTMENT})


def test_each_collectivity_named_answers_for_itself(two_bodies: Assistant) -> None:
    answer = two_bodies.ask("Combien le festival « Les Estivales de Sèvre » a-t-il reçu en 2022 de la communauté "
                            "de communes du Val de Sève et du Département des Deux-Rivières ?")
    assert answer.answered
    assert "6 000 €" in answer.answer and "3 500 €" in answer.answer
    assert {c.id.split("@")[0] for c in answer.citations} == {"cc", "cd"}


def test_what_was_decided_quotes_the_operative_part(two_bodies: Assistant) -> None:
    answer = two_bodies.ask("Que décide la commission permanente des Deux-Rivières au sujet des corbeilles de tri ?")
    assert answer.answered and "Approuvé leur prise en charge à 50 %" in answer.answer
