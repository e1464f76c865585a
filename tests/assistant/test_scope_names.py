"""Which collectivity a question names when several share a word of their names."""
from __future__ import annotations

from assistant.answering.scope import named_seances
from assistant.catalog import Catalog
from assistant.understanding import Understanding
from corpus.parse import parse_text

SITTINGS = {
    "a.txt": "COMMUNE DE BEAUVAL-SUR-ORNE\nConseil municipal du 4 mars 2022\nPrésidence : M. Luc FABRE, maire.\n",
    "b.txt": "SIVOM DE LA VALLÉE DE L'ORNE\nComité syndical du 9 mars 2022\nPrésidence : Mme Irène CORDIER.\n",
    "c.txt": "COMMUNE DE TILLAC\nConseil municipal du 4 mars 2022\nPrésidence : M. Yves LAPORTE, maire.\n",
}


def _named(question: str) -> set[str]:
    catalog = Catalog.build([parse_text(name, text) for name, text in SITTINGS.items()])
    return {document.id for document in named_seances(Understanding.of(question), catalog).documents}


def test_a_collectivity_named_only_by_a_word_of_a_better_named_one_is_not_meant() -> None:
    """"le SIVOM de la vallée de l'Orne" shares "Orne" with Beauval-sur-Orne, whose name it does not give."""
    assert _named("Qui présidait le comité du SIVOM de la vallée de l'Orne ?") == {"b"}
    assert _named("Qui présidait le conseil de Beauval-sur-Orne ?") == {"a"}


def test_collectivities_named_by_words_of_their_own_are_all_meant() -> None:
    assert _named("Qui présidait à Beauval-sur-Orne et à Tillac le 4 mars 2022 ?") == {"a", "c"}
    assert _named("Qui présidait dans l'Orne ?") == {"a", "b"}  # one word for both: both stay
