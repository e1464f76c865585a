"""A day no séance sat on is a date of the content: answered from the passage that prints it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

SEANCE = """SYNDICAT DES TRANSPORTS DU PAYS DE GRANVAUX

Procès-verbal de la réunion du comité syndical du 14 mai 2024

Présents : M. Louis BERTIN, président, Mme Odile FAURE, M. Marc GIRAUD, Mme Inès ROUX.
Secrétaire : Mme Odile FAURE.

Délibération 2024-07 : Réseau Granbus – nouvelle grille
Le président présente la grille applicable aux usagers du réseau.
  Titre de transport               Tarif actuel        Tarif au 1er juillet 2024
  Ticket unitaire                  1,20 €              1,30 €
  Abonnement mensuel               28,00 €             30,00 €
Adopté à l'unanimité.

Délibération 2024-08 : Travaux du dépôt de bus
Le marché de travaux du dépôt est attribué à l'entreprise Martel pour 412 000 € HT.
Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def transport(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("content-dates"), {"granvaux.txt": SEANCE})


def test_a_tariff_at_a_day_of_its_content_is_answered(transport: Assistant) -> None:
    answer = transport.ask("Combien coûte le ticket unitaire Granbus au 1er juillet 2024 ?")
    assert answer.answered and "1,30" in answer.answer
    assert any("Ticket unitaire" in c.quote for c in answer.citations)


def test_a_day_printed_nowhere_is_still_declined(transport: Assistant) -> None:
    answer = transport.ask("Combien coûte le ticket unitaire Granbus au 1er mars 2025 ?")
    assert not answer.answered and "séance" in answer.answer


def test_a_sitting_question_of_a_missing_day_is_declined(transport: Assistant) -> None:
    answer = transport.ask("Qui était secrétaire de séance le 1er juillet 2024 ?")
    assert not answer.answered


TOWN = """COMMUNE DE MONTAREL

Séance du conseil municipal du 20 mai 2024

Présents : M. Hugo LEBRUN, maire, Mme Eva COSTE, M. Noé RIBES.

1. Cantine scolaire
Le prix du repas est maintenu à 3,10 €.
Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def two_bodies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("two-bodies"), {"granvaux.txt": SEANCE, "montarel.txt": TOWN})


def test_another_body_does_not_answer_for_a_place_it_does_not_name(two_bodies: Assistant) -> None:
    """The syndicate's ticket price is no answer to a question on the commune, which never votes one."""
    answer = two_bodies.ask("Quel prix du ticket unitaire la commune de Montarel a-t-elle voté ?")
    assert not answer.answered or "1,30" not in answer.answer
