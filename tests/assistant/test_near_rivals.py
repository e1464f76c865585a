"""A best passage that misses what the question names gives way to a rival almost as good that prints it."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

MARCH = """COMMUNE DE SAINT-ALBAN-DES-BOIS

Compte rendu du conseil municipal du 2 mars 2023

Présents : M. Louis PERRET, maire, Mme Anne COLIN, M. Henri MASSON, Mme Julie ROCHE.

1. Programme de voirie 2023
Le maire rappelle que le marché de voirie 2023 sera attribué après une consultation des entreprises
de travaux publics du secteur, pour l'entretien des chemins communaux et des routes de la commune.
Adopté à l'unanimité.
"""

MAY = """COMMUNE DE SAINT-ALBAN-DES-BOIS

Compte rendu du conseil municipal du 11 mai 2023

Présents : M. Louis PERRET, maire, Mme Anne COLIN, M. Henri MASSON, Mme Julie ROCHE.

1. Voirie 2023 – choix de l'entreprise
Quatre offres ont été reçues. Le conseil retient l'offre de l'entreprise Vernadet TP pour 84 000 € HT.
Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("rivals"), {"mars.txt": MARCH, "mai.txt": MAY})


def test_the_passage_naming_the_company_answers(commune: Assistant) -> None:
    answer = commune.ask("Quand le marché de voirie 2023 a-t-il été attribué à l'entreprise Vernadet TP ?")
    assert answer.answered and "11 mai 2023" in answer.answer
