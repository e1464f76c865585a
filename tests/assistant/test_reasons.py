""""…, et pourquoi ?" is answered by the sentence that states the fact, when it gives more."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

SEANCE = """COMMUNE DE LAVERNOSE

Séance du conseil municipal du 3 avril 2024

Présents : M. Jacques ROCHE, maire, Mme Sylvie BRUN, M. Henri FABRE, Mme Laure MOLINA, M. Yves COSTE.
Secrétaire de séance : Mme Laure MOLINA.

N° 2024-11 Vente du terrain communal des Garrigues
Le maire propose de céder la parcelle AB 112 à la SARL Fabre Bâtiment pour 48 000 €.
M. Henri FABRE, gérant de la société acquéreuse, quitte la salle et ne prend pas part au vote.
Adopté à l'unanimité des votants.
"""


@pytest.fixture(scope="module")
def commune(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("reasons"), {"lavernose.txt": SEANCE})


def test_a_reason_is_read_in_the_sentence_stating_the_fact(commune: Assistant) -> None:
    answer = commune.ask("Qui n'a pas pris part au vote sur la vente du terrain des Garrigues, et pourquoi ?")
    assert answer.answered and "FABRE" in answer.answer
    assert "gérant de la société acquéreuse" in answer.answer
    assert any("gérant" in c.quote for c in answer.citations)


FUNDING = """COMMUNE DE LAVERNOSE

Séance du conseil municipal du 5 juin 2024

Présents : M. Jacques ROCHE, maire, Mme Sylvie BRUN, M. Henri FABRE, Mme Laure MOLINA.
Secrétaire de séance : Mme Laure MOLINA.

N° 2024-20 Restauration du lavoir de la Fontaine
La restauration du lavoir de la Fontaine est financée par la Région et l'Agence de l'eau à hauteur de 80 %.
Le solde reste à la charge de la commune.
Adopté à l'unanimité.

N° 2024-21 Commission des fêtes
Mme Sylvie BRUN est désignée pour représenter la commune à la commission des fêtes de la Fontaine.
Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def funding(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("funding"), {"lavernose-juin.txt": FUNDING})


def test_who_may_be_a_body_rather_than_a_person(funding: Assistant) -> None:
    answer = funding.ask("Par qui est financée la restauration du lavoir ?")
    assert answer.answered and "Région" in answer.answer and "Agence de l'eau" in answer.answer
