"""Each vote of an item that holds several gets the line it applies to as its subject.

Written from Pierrefonds' budget items (bulleted sub-headings "− Approbation du compte
administratif 2015", then plain ones "Approbation du compte administratif 2017"); the excerpts
here are other layouts: lettered sub-items, upper-case sub-headings, and the sections of a report
or a list announced by a label, which are no vote's subject.
"""
from __future__ import annotations

from corpus.models import Span
from corpus.parse.votes import parse_votes


def subjects(text: str) -> list[str | None]:
    return [v.subject.value if v.subject else None for v in parse_votes(text, Span(0, len(text)))]


def test_lettered_sub_items_each_give_their_vote_a_subject():
    text = ("3. Finances communales\n\n"
            "a) Compte administratif 2023\n"
            "Le maire quitte la salle. M. Paul MARTIN présente le compte administratif.\n"
            "Adopté par 12 voix pour et 2 contre.\n\n"
            "b) Budget primitif 2024\n"
            "M. Luc PETIT présente le budget primitif, équilibré à 1 200 000 €.\n"
            "Adopté à l'unanimité.\n")
    assert subjects(text) == ["Compte administratif 2023", "Budget primitif 2024"]


def test_upper_case_sub_headings_between_paragraphs():
    text = ("DÉLIBÉRATION 12 – BUDGET DE L'EAU\n\n"
            "COMPTE DE GESTION 2023\n\n"
            "Le compte de gestion du receveur est conforme au compte administratif.\n"
            "Adopté à l'unanimité.\n\n"
            "TARIFS DE L'EAU 2024\n\n"
            "Il est proposé de maintenir les tarifs de l'an passé pour la part communale.\n"
            "Adopté par 10 voix pour et 3 contre.\n")
    assert subjects(text) == ["COMPTE DE GESTION 2023", "TARIFS DE L'EAU 2024"]


def test_report_sections_and_announced_lists_are_no_subject():
    text = ("5. Règlement des dépôts sauvages\n\n"
            "I - Sanctions pénales\n"
            "Les auteurs encourent une amende forfaitaire de quatrième classe.\n\n"
            "II - Sanctions administratives\n"
            "Le maire peut mettre en demeure l'auteur du dépôt.\n"
            "Le règlement est adopté à l'unanimité.\n\n"
            "Il est proposé de créer les commissions suivantes :\n\n"
            "Commission des finances\n"
            "Commission des travaux\n\n"
            "Adopté par 14 voix pour et 1 abstention.\n")
    assert subjects(text) == [None, None]


def test_a_heading_between_two_votes_keeps_them_apart():
    text = ("2. Comptes 2023 :\n"
            "  • Compte de gestion 2023\n\n"
            "Le compte de gestion est conforme.\n"
            "Vote : unanimité\n\n"
            "  • Compte administratif 2023\n\n"
            "Le maire sort.\n"
            "Vote : 9 pour, 2 abstentions\n")
    assert subjects(text) == ["Compte de gestion 2023", "Compte administratif 2023"]
