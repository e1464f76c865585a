"""Counts printed in words are answered as figures and as printed ("9 présents (« neuf »)")."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

MINUTES = """COMMUNE DE LAVAUR-SUR-TESCOU
Séance du conseil municipal du 14 octobre 2024

Le quatorze octobre deux mille vingt-quatre, le conseil municipal s'est réuni sous la présidence de
M. Jean ROQUES, maire. Conseillers en exercice : onze. Présents : neuf. Votants : dix.
Présents : M. Jean ROQUES, Mme Ana BRU, M. Léo CROS, Mme Eva DAURE, M. Noé ESTÈVE, Mme Iris FAU,
M. Tom GAYRAUD, Mme Zoé HUC, M. Max ICHÉ.
Secrétaire : Mme Ana BRU.

1. Budget
Adopté à l'unanimité.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("words"), {"cm.txt": MINUTES})


def test_a_count_in_words_is_said_as_printed(town: Assistant) -> None:
    answer = town.ask("Combien de présents au conseil municipal de Lavaur-sur-Tescou le 14 octobre 2024 ?")
    assert answer.answered and "9 présents (« neuf »)" in answer.answer
