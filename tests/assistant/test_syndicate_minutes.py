"""Questions on a syndicate's minutes, a layout and a body the answers were not written from:
its own "comité syndical" is the séance's body, an item's title may print the day asked about,
an absence "sans être excusé" is an absence."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.answering.scope import Scope
from assistant.answering.votes import names_an_item
from assistant.service import Assistant
from tests.assistant.archives import archive_of
from assistant.understanding import Understanding

MINUTES = """SYNDICAT INTERCOMMUNAL DES EAUX                              COMITÉ SYNDICAL
DU LIZON                                                     Réunion du 12/04/2021

Présidence : M. J.-P. RIOU, Président.

Délégués présents : M. J.-P. RIOU, Mme A. LE DRÉAU, M. H. COLLIN, M. P. ÉON, Mme C. MÉNARD.
Absent excusé : M. R. THÉBAULT.
Absente : Mme N. GUILLOTIN.
Délégués en exercice : 8 / Présents : 5 / Votants : 5

1°) COMPTE ADMINISTRATIF 2020

M. le Président présente le compte administratif 2020, puis se retire. Mme A. LE DRÉAU, première
vice-présidente, prend la présidence pour le vote.
Vote : 4 voix pour.

2°) TARIFS DE L'EAU AU 1er JUILLET 2021

Départ de M. H. COLLIN. Présents : 4 – Votants : 4

Le prix du mètre cube passe de 1,38 € HT à 1,42 € HT au 1er juillet 2021.
Vote : 2 voix pour, 2 contre (Mme C. MÉNARD, M. P. ÉON).

3°) QUESTIONS DIVERSES

Le Président donne lecture d'un courrier de demande de subvention de l'association Amaëlles. Il
demande aux délégués d'y réfléchir, le comité n'ayant jamais donné suite à ce genre de demande
jusqu'à ce jour. Quatre abonnés du syndicat bénéficient de ses services actuellement. Ils
sollicitent une aide de 536 € qui peut être modulée au choix du comité.
"""


@pytest.fixture(scope="module")
def syndicate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    yield from archive_of(tmp_path_factory.mktemp("syndicate"), {"comite.txt": MINUTES})


def test_the_comite_syndical_is_the_seances_own_body(syndicate: Assistant) -> None:
    answer = syndicate.ask("Qui a présidé le comité syndical du Lizon pour le vote du compte administratif 2020 ?")
    assert answer.answered and "LE DRÉAU" in answer.answer


def test_a_day_printed_in_an_items_title_is_what_the_question_is_about(syndicate: Assistant) -> None:
    answer = syndicate.ask("Qui a voté contre les tarifs de l'eau au 1er juillet 2021 (syndicat du Lizon) ?")
    assert answer.answered and "MÉNARD" in answer.answer and "ÉON" in answer.answer
    seance = syndicate.ask("Qui était secrétaire du comité syndical du Lizon le 1er juillet 2021 ?")
    assert not seance.answered  # a séance's own facts are never read from another day's séance


def test_absent_without_excuse(syndicate: Assistant) -> None:
    answer = syndicate.ask("Quel délégué était absent sans être excusé au comité du Lizon du 12 avril 2021 ?")
    assert "GUILLOTIN" in answer.answer and "THÉBAULT" not in answer.answer


def test_the_counts_of_the_sitting_named_by_its_body_and_weekday(syndicate: Assistant) -> None:
    """"… au comité syndical du lundi 12 avril 2021" names the sitting, not an item: its opening
    counts answer, not those after a departure during an item."""
    answer = syndicate.ask("Combien de présents et de votants au comité syndical du Lizon du lundi 12 avril 2021 ?")
    assert "5 présents" in answer.answer and "5 votants" in answer.answer
    scope = Scope(syndicate.catalog.documents_by_date(), True, True, place_words={"lizon"})
    assert not names_an_item(Understanding.of("Combien de présents au conseil communautaire du jeudi 9 février ?"), scope)
    assert names_an_item(Understanding.of("Combien de votants lors du vote des tarifs de l'eau ?"), scope)


def test_a_sentence_opening_on_a_pronoun_is_about_what_the_sentences_before_name(syndicate: Assistant) -> None:
    """"Ils sollicitent une aide de 536 €" answers for the association named two sentences before."""
    answer = syndicate.ask("Combien l'association Amaëlles a-t-elle demandé au syndicat du Lizon ?")
    assert answer.answered and "536 €" in answer.answer
