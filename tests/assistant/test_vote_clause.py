""" "…, et avec quel vote ?" after a passage answer: the vote of the item quoted (the one nearest the
passage when the item was voted in steps)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

SEANCE = """COMMUNE DE MARCILLY-LE-BOIS

Procès-verbal du conseil municipal du 2 juillet 2024

Présents : M. Paul GARNIER, maire, Mme Odile VERNET, M. Marc DUVAL, Mme Nina PONS, M. Eric LAURENT.
Secrétaire de séance : Mme Nina PONS.

6. Tarifs de la cantine
Le prix du repas est porté à 3,40 €. Adopté à l'unanimité.

7. Désignation du référent forêt
Le maire propose de procéder à main levée.

Sont candidats Mme Odile VERNET et M. Marc DUVAL. Après un échange sur le plan de gestion des bois
communaux et les coupes prévues en 2025, il est procédé au vote.

Le conseil municipal, après en avoir délibéré, à 3 voix pour et 2 abstentions (M. DUVAL, M. LAURENT),

      Désigne Mme Odile VERNET référente forêt de la commune.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("vote-clause"), {"marcilly.txt": SEANCE})


def test_a_vote_clause_takes_the_vote_nearest_the_passage(commune: Assistant) -> None:
    answer = commune.ask("Qui a été désigné référent forêt à Marcilly-le-Bois, et avec quel vote ?")
    assert answer.answered and "VERNET" in answer.answer
    assert "3 pour" in answer.answer and "2 abstention" in answer.answer
    assert any("3 voix pour" in c.quote for c in answer.citations)


RULES = """COMMUNE DE MARCILLY-LE-BOIS

Procès-verbal du conseil municipal du 9 octobre 2024

Présents : M. Paul GARNIER, maire, Mme Odile VERNET, M. Marc DUVAL, Mme Nina PONS, M. Eric LAURENT.

3. Règlement des questions orales
Les questions orales sont adressées par écrit au maire 48 h avant la séance.
Vote : 4 pour, 1 contre.
"""


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("rules"), {"marcilly-octobre.txt": RULES})


def test_a_noun_a_figure_shows_is_held_by_the_figure(rules: Assistant) -> None:
    """ "…, avec quel délai ?" is answered by "48 h avant", which never says "délai"."""
    answer = rules.ask("Le règlement des questions orales a-t-il été adopté ? Avec quel délai ?")
    assert answer.answered and "48 h" in answer.answer
