"""Short upper-case titles as item headings ("VOIRIE", "BUDGET 2023"), written from no corpus text.

A short capitals line heads a point only when a vote or a decision stands under it, and only when
its title is printed once: the same checks must keep a budget table's "FONCTIONNEMENT" /
"INVESTISSEMENT" parts, or a list of the maire's decisions by place, inside their item.
"""
from __future__ import annotations

from corpus.parse import segment

MINUTES = """\
COMMUNE DE SAINT-LIN
Séance du conseil municipal du 3 mars 2023
Présents : M. Paul MARTIN, Mme Anne DURAND, M. Luc PETIT, Mme Rose PONS.
Secrétaire de séance : Mme Anne DURAND.

VOIRIE

Le maire présente le devis de réfection du chemin des Vignes, d'un montant de 12 400 € HT, et
propose de retenir l'entreprise la mieux disante.
Adopté à l'unanimité.

BUDGET 2023

Le conseil examine le budget primitif, équilibré en fonctionnement à 412 000 € et en
investissement à 138 000 €.

FONCTIONNEMENT

Les charges de personnel augmentent de 3 %.

INVESTISSEMENT

La réfection de la toiture de l'école est inscrite.
Adopté par 10 voix pour et 2 contre.

PERSONNEL

Création d'un poste d'adjoint technique à temps complet à compter du 1er avril.
Le conseil municipal, après en avoir délibéré, décide de créer le poste.

QUESTIONS DIVERSES

La fête du village aura lieu le 14 juillet.
"""


def titles(text: str) -> list[str]:
    return [item.title.value if item.title else "" for item in segment.split(text).items]


def test_short_capitals_titles_with_a_vote_under_them_open_points():
    assert titles(MINUTES) == ["VOIRIE", "BUDGET 2023", "PERSONNEL", "QUESTIONS DIVERSES"]


def test_a_short_title_printed_again_and_again_is_a_part_not_a_point():
    text = MINUTES.replace("PERSONNEL\n", "CIMETIERE\n").replace(
        "La fête du village", "CIMETIERE\n\nReprise des concessions abandonnées.\n\nLa fête du village")
    assert "CIMETIERE" not in titles(text)
    assert titles(text)[:2] == ["VOIRIE", "BUDGET 2023"]


def test_centred_short_titles_with_a_colon_and_count_lines():
    text = """\
COMMUNE DE VAL-D'ORGE
Conseil municipal du 14 juin 2022
Présents : M. Paul MARTIN, Mme Anne DURAND, M. Luc PETIT.

          URBANISME :

Modification simplifiée du plan local d'urbanisme pour la zone des Prés.
Vote : 12 pour, 1 contre, 0 abstention.

          ÉCOLE :

Tarifs de la cantine à la rentrée : 3,40 € le repas.
Vote : 13 pour.

          DÉCISIONS DU MAIRE :

Le maire rend compte des marchés signés depuis la dernière séance.
"""
    assert titles(text)[:2] == ["URBANISME", "ÉCOLE"]
