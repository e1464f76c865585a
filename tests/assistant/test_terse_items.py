"""A terse item (a summary's bullets) answers a content question whole: what a figure is for
may stand on a line that shares no word with the question."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.service import Assistant
from tests.assistant.archives import archive_of

SUMMARY = """COMMUNAUTÉ DE COMMUNES DU PAYS DE BRÈVE

Relevé de décisions du conseil communautaire du 9 novembre 2023

Présents : M. Alain TESSIER, président, Mme Nadine GUERIN, M. Robert LAINE, Mme Odette PRAT.
Secrétaire : Mme Odette PRAT.

Point 1 – Aide à l'investissement – commune de Saint-Vrain
  - nature : remplacement des menuiseries de l'école
  - dépense subventionnable : 38 000 € HT
  - aide communautaire : 9 500 €
  - vote : unanimité

Point 2 – Rapport d'activité 2022 du service déchets
  - le conseil prend acte du rapport
"""


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("terse"), {"breve.txt": SUMMARY})


def test_a_terse_item_is_quoted_whole(summary: Assistant) -> None:
    answer = summary.ask("Combien la communauté a-t-elle accordé à Saint-Vrain ?")
    assert answer.answered and "9 500" in answer.answer
    assert "menuiseries" in answer.answer
    assert "prend acte" not in answer.answer  # the next item is not quoted
