"""segment.split on short excerpts of item layouts: numbers, titles, and each item's span holding
its own vote. The first four are shaped like texts the scorer was developed on (an agenda then
"POINT n –", a two-column rapporteur/title layout, Roman numerals after an agenda, register codes);
the others were written without looking at any corpus text ("Point n°", "DÉLIBÉRATION N°" with an
"Objet :" line, lettered points, bare "Objet :" blocks, "Rapport n°", "DBC" codes, points numbered
inside sections)."""
from __future__ import annotations

import textwrap

import pytest

from corpus.parse import segment

AGENDA_THEN_POINTS = """\
COMMUNE DE SAINT-LIN                                            PV du Conseil Municipal
                                                                     du 12/03/2024

Présents : M. Paul MARTIN, Mme Anne DURAND, M. Luc PETIT.
Secrétaire de séance : Mme Anne DURAND

Ordre du jour :
1) Approbation du procès-verbal du 2 février 2024
2) Vote du compte administratif 2023 et affectation du résultat de
l'exercice
3) Divers.

POINT 1 - Approbation du procès-verbal de la séance du Conseil Municipal du 2
février 2024 :
Aucune observation n'étant formulée, le procès-verbal est adopté à l'unanimité.

POINT 2 – Vote du compte administratif 2023 et affectation du résultat
de l'exercice :
2024-03-12-DCM-01    Nomenclature ACTES: 7.1

Vu le Code général des collectivités territoriales ;
Le compte administratif présente un excédent de fonctionnement de 84 000 €.
Après en avoir délibéré, le Conseil municipal, par 12 voix pour et 2 abstentions,
APPROUVE le compte administratif 2023.

POINT 3 – Divers :
      . Fête du village : le 14 juillet.
      . Travaux de la mairie : fin prévue en mai.

                    L'ordre du jour étant épuisé, la séance est levée à 21H35.
"""

TWO_COLUMNS = """\
Secrétariat Général                                     Séance publique du lundi 3 octobre 2016

Présents :
Jean DUPONT, Marie DURAND, Paul MARTIN, Sophie PETIT.

Mme le Maire                  Adoption de l'ordre du jour
                              Pour : 45
                              Adopté à l'unanimité

                              Culture
Claire                 1.     Musée des Beaux-Arts - Convention de dépôt d'œuvres avec l'Etat
LEFEBVRE                      Pour : 44
                              Contre : 1 (M. Bonnet)
                              Adopté à la majorité

                                                        M. Bonnet sort de séance.

Hervé ROUX        2.    Voirie - Requalification de l'avenue des Tilleuls - Autorisation de
                        signer les marchés
                        Pour : 43
                        Adopté à l'unanimité

Hervé ROUX        3.    Eclairage public - Demande de subvention
                        Pour : 44
                        Abstention : 2
                        Adopté à l'unanimité des suffrages exprimés
"""

RAPPORTEUR_CELLS = """\
Compte rendu du conseil municipal                         Séance du 14 mars 2022

Présents : Jean DUPONT, Marie DURAND, Paul MARTIN, Sophie PETIT.

Anne   VIDAL     12   Tarifs de la piscine municipale
                      Pour : 30
                      Adopté à l'unanimité

Paul   MARTIN    13   Subvention au club de rugby
                      Pour : 28
                      Abstention : 2
"""

ROMAN_AFTER_AGENDA = """\
                                        C-R du Conseil municipal
+ Présents : Jean, Marc, Anne, Lucie.
+ Absents excusés : Paul (pouvoir à Jean).

Ordre du jour :

I      Tarifs de la salle des fêtes.
II     Convention de déneigement.
III    Questions diverses.

I      Tarifs de la salle des fêtes.

       Les tarifs sont maintenus pour l'année à venir, sauf pour les associations extérieures.
       ADOPTÉ à l'unanimité.

II     Convention de déneigement.

       La convention avec l'agriculteur est renouvelée pour trois hivers.
       ADOPTÉ 9 voix pour, 2 abstentions.

III    Questions diverses.

       Le repas des anciens aura lieu le 12 décembre.
"""

REGISTER_CODES = """\
COMMUNE DE VAL-SUR-ORNE
SEANCE DU 6 JUILLET 2020

Etaient présents : MM Paul LEROUX, Anne GAUDIN, Luc PITEL.
Secrétaire : Mme Anne GAUDIN.

2020-07-06-01 DESIGNATION DES REPRESENTANTS AUPRES DU SIAEP

Monsieur le Maire propose de désigner les délégués au syndicat des eaux.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité désigne M. PITEL.

2020-07-06-02 TARIFS DU CAMPING MUNICIPAL – ANNEE 2021

Monsieur le Maire propose de maintenir les tarifs de l'année passée pour le camping municipal.
Après en avoir délibéré, le Conseil Municipal, à l'unanimité des Membres présents, fixe les tarifs.

2020-07-06-03 ACQUISITION DU TERRAIN SIS « LE FRICHE »

Madame GAUDIN expose le projet d'acquisition de la parcelle AB 149 pour 1.800 €.
Après en avoir délibéré, le Conseil Municipal, par 10 voix pour et 1 contre, décide l'acquisition.
"""

POINT_NUMERO = """\
Conseil municipal de Lorval – séance du 18 mars 2022

Présents : Mme Claire Morel (maire), M. Hugo Blanc, Mme Inès Roy, M. Karim Faure.
Absente excusée : Mme Léa Vidal (pouvoir à Mme Inès Roy).

Point n°1 – Approbation du compte de gestion 2021
Le compte de gestion dressé par le comptable public est conforme au compte administratif.
Vote : adopté à l'unanimité.

Point n°2 – Subventions aux associations pour 2022
Madame le Maire présente le tableau des subventions proposées par la commission des finances,
pour un total de 12 450 euros répartis entre onze associations communales.
Vote : 13 voix pour, 2 contre (M. Blanc, Mme Roy).

Point n°3 – Questions diverses
Le marché de Noël sera reconduit. La réfection du terrain de sport débutera en avril.
"""

DELIBERATION_OBJET = """\
REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE
Séance du 14 octobre 2021

Membres présents : 31 – Membres représentés : 4 – Votants : 35

DÉLIBÉRATION N° 2021-092
Objet : Fonds de concours aux communes pour la voirie
Rapporteur : M. Bernard Caron, vice-président

Le Conseil communautaire, après en avoir délibéré,
DÉCIDE d'attribuer un fonds de concours de 15 000 € à chaque commune membre.
Adopté à l'unanimité des votants.

DÉLIBÉRATION N° 2021-093
Objet : Modification du tableau des effectifs
Rapporteur : Mme Odile Ferrand

Le Conseil communautaire, après en avoir délibéré,
DÉCIDE de créer un poste d'adjoint technique à temps complet.
Pour : 33 – Contre : 0 – Abstentions : 2

DÉLIBÉRATION N° 2021-094
Objet : Rapport annuel sur le prix et la qualité du service d'eau potable
Rapporteur : M. Bernard Caron

Le Conseil communautaire prend acte du rapport annuel 2020.
"""

LETTERED = """\
Compte rendu de la réunion du conseil municipal du 5 mai 2023

Étaient présents : Mmes Roux, Bailly, MM. Noël, Garnier, Perrin.
Excusé : M. Lemaire.

A) Budget primitif 2023
Le budget s'équilibre à 412 000 € en fonctionnement et 188 000 € en investissement.
Le conseil approuve le budget primitif sans opposition.

B) Vente d'un terrain communal
Le conseil autorise la vente de la parcelle ZC 12 au prix de 9 000 €.
Votes : 9 pour, 1 abstention.

C) Recrutement d'un agent saisonnier
Un agent sera recruté pour l'entretien des espaces verts de juin à septembre.
Adopté à l'unanimité.
"""

OBJET_BLOCKS = """\
MAIRIE DE BELCASTEL – CONSEIL MUNICIPAL DU 9 JUIN 2021

Présents : M. Jean Valat, Mme Rose Andrieu, M. Eric Costes, Mme Nadia Bru.
Secrétaire de séance : Mme Rose Andrieu.

Objet : Renouvellement de la convention de fourrière
Le maire rappelle que la convention avec la SPA arrive à échéance le 30 juin prochain.
Le conseil municipal, après en avoir délibéré, à l'unanimité, autorise le maire à signer.

Objet : Tarifs de la cantine scolaire
Le prix du repas est porté à 3,20 € à la rentrée de septembre.
Adopté par 8 voix pour et 3 contre.

Objet : Motion pour le maintien du bureau de poste
Le conseil municipal adopte la motion à l'unanimité des membres présents.
"""

RAPPORT_NUMERO = """\
CONSEIL DÉPARTEMENTAL – COMMISSION PERMANENTE DU 7 FÉVRIER 2020

Présents : 24 conseillers départementaux.

Rapport n° 101 – Aide aux communes pour les équipements sportifs
La commission permanente attribue 250 000 € de subventions aux communes listées en annexe.
Adopté à l'unanimité.

Rapport n° 102 – Convention avec l'Agence de l'eau
La commission permanente approuve la convention de partenariat 2020-2022.
Adopté : 20 voix pour, 4 abstentions.

Rapport n° 103 – Collèges : dotations de fonctionnement
Les dotations 2020 sont fixées selon le tableau annexé au présent rapport.
Adopté à l'unanimité.
"""

DBC_CODES = """\
Bureau communautaire du 2 décembre 2021

Présents : M. Alain Brun (président), Mme Julie Caux, M. Marc Roy.

DBC 2021-091 – Marché de collecte des déchets : avenant n° 2
Le bureau autorise le président à signer l'avenant de prolongation de six mois.
Adopté à l'unanimité.

DBC 2021-092 – Attribution d'une aide à l'immobilier d'entreprise
Le bureau attribue une aide de 20 000 € à la société Menuiseries du Val.
Pour : 11 ; Contre : 1 ; Abstention : 0.
"""

SECTIONS = """\
Séance du conseil municipal du 21 novembre 2019

Présents : M. Yves Barre, Mme Eva Riou, M. Tom Gilles.

I. FINANCES

1. Décision modificative n° 2
La décision modificative ouvre 4 000 € au chapitre 21 pour l'achat d'un tracteur.
Adopté à l'unanimité.

2. Indemnité du comptable public
Le conseil fixe l'indemnité au taux de 100 %.
Adopté par 10 voix pour, 2 contre.

II. URBANISME

1. Modification simplifiée du plan local d'urbanisme
Le projet de modification sera mis à la disposition du public pendant un mois.
Adopté à l'unanimité.
"""

LAYOUTS = {
    "agenda then POINT n –": (AGENDA_THEN_POINTS, [
        ("1", "Approbation du procès-verbal de la séance du Conseil Municipal du 2 février 2024",
         "adopté à l'unanimité"),
        ("2", "Vote du compte administratif 2023 et affectation du résultat de l'exercice", "12 voix pour"),
        ("3", "Divers", None)]),
    "two columns": (TWO_COLUMNS, [
        (None, "Adoption de l'ordre du jour", "Pour : 45"),
        ("1", "Musée des Beaux-Arts - Convention de dépôt d'œuvres avec l'Etat", "Contre : 1 (M. Bonnet)"),
        ("2", "Voirie - Requalification de l'avenue des Tilleuls - Autorisation de signer les marchés",
         "Pour : 43"),
        ("3", "Eclairage public - Demande de subvention", "Abstention : 2")]),
    "roman after agenda": (ROMAN_AFTER_AGENDA, [
        ("I", "Tarifs de la salle des fêtes", "ADOPTÉ à l'unanimité"),
        ("II", "Convention de déneigement", "9 voix pour"),
        ("III", "Questions diverses", None)]),
    "dated register codes": (REGISTER_CODES, [
        ("2020-07-06-01", "DESIGNATION DES REPRESENTANTS AUPRES DU SIAEP", "à l'unanimité désigne"),
        ("2020-07-06-02", "TARIFS DU CAMPING MUNICIPAL – ANNEE 2021", "fixe les tarifs"),
        ("2020-07-06-03", "ACQUISITION DU TERRAIN SIS « LE FRICHE »", "10 voix pour et 1 contre")]),
    "Point n°": (POINT_NUMERO, [
        ("1", "Approbation du compte de gestion 2021", "adopté à l'unanimité"),
        ("2", "Subventions aux associations pour 2022", "13 voix pour"),
        ("3", "Questions diverses", None)]),
    "DÉLIBÉRATION N° then Objet": (DELIBERATION_OBJET, [
        ("2021-092", "Fonds de concours aux communes pour la voirie", "Adopté à l'unanimité"),
        ("2021-093", "Modification du tableau des effectifs", "Abstentions : 2"),
        ("2021-094", "Rapport annuel sur le prix et la qualité du service d'eau potable", "prend acte")]),
    "lettered points": (LETTERED, [
        ("A", "Budget primitif 2023", "sans opposition"),
        ("B", "Vente d'un terrain communal", "9 pour, 1 abstention"),
        ("C", "Recrutement d'un agent saisonnier", "Adopté à l'unanimité")]),
    "Objet : blocks": (OBJET_BLOCKS, [
        (None, "Renouvellement de la convention de fourrière", "à l'unanimité, autorise"),
        (None, "Tarifs de la cantine scolaire", "8 voix pour et 3 contre"),
        (None, "Motion pour le maintien du bureau de poste", "à l'unanimité des membres")]),
    "Rapport n°": (RAPPORT_NUMERO, [
        ("101", "Aide aux communes pour les équipements sportifs", "250 000 €"),
        ("102", "Convention avec l'Agence de l'eau", "20 voix pour"),
        ("103", "Collèges : dotations de fonctionnement", "tableau annexé")]),
    "rapporteur's names in cells of their own": (RAPPORTEUR_CELLS, [
        ("12", "Tarifs de la piscine municipale", "Pour : 30"),
        ("13", "Subvention au club de rugby", "Pour : 28")]),
    "DBC codes": (DBC_CODES, [
        ("DBC 2021-091", "Marché de collecte des déchets : avenant n° 2", "Adopté à l'unanimité"),
        ("DBC 2021-092", "Attribution d'une aide à l'immobilier d'entreprise", "Pour : 11")]),
    "points numbered inside sections": (SECTIONS, [
        ("1", "Décision modificative n° 2", "4 000 €"),
        ("2", "Indemnité du comptable public", "10 voix pour"),
        ("1", "Modification simplifiée du plan local d'urbanisme", "mis à la disposition")]),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_numbers_titles_and_votes(layout: str) -> None:
    text, expected = LAYOUTS[layout]
    items = segment.split(text).items
    assert [(i.number.value if i.number else None, i.title.value if i.title else None) for i in items] == [
        (number, title) for number, title, _ in expected]
    for item, (_, _, vote) in zip(items, expected):
        held = text[item.span.start:item.span.end]
        if vote is not None:
            assert vote in held, (item.title, vote)
        others = [v for _, _, v in expected if v is not None and v != vote]
        assert not any(v in held for v in others), (item.title, held)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_spans_read_back(layout: str) -> None:
    text, _ = LAYOUTS[layout]
    layout_ = segment.split(text)
    assert layout_.header.end == layout_.items[0].span.start
    for item in layout_.items:
        assert text[item.number.span.start:item.number.span.end].split() == item.number.value.split() \
            if item.number else True
        assert " ".join(text[item.title.span.start:item.title.span.end].split()) == item.title.value


def test_agenda_and_recap_are_not_items() -> None:
    recap = AGENDA_THEN_POINTS + textwrap.dedent("""\

                                  TABLEAU DES SIGNATURES
        Ordre du jour :
        1) Approbation du procès-verbal du 2 février 2024
        2) Vote du compte administratif 2023 et affectation du résultat de l'exercice
        3) Divers.
            Nom et prénom                Qualité                   Signature
        MARTIN Paul                      Maire
        """)
    items = segment.split(recap).items
    assert len(items) == 3
    assert "TABLEAU DES SIGNATURES" not in recap[items[-1].span.start:items[-1].span.end]
    assert items[0].span.start > recap.index("3) Divers.")


def test_a_list_inside_a_point_does_not_split_it() -> None:
    text = textwrap.dedent("""\
        Séance du 3 avril 2017
        Présents : M. Paul Marin, Mme Lise Roche.

        1. Subventions 2017
        Le conseil attribue les subventions suivantes :
            1.   Comité des fêtes : 300 €
            2.   Club de football : 450 €
            3.   Amicale des anciens : 150 €
        Adopté à l'unanimité.

        2. Tarifs de la cantine
        Le prix du repas est fixé à 3 €. Adopté à l'unanimité.
        """)
    items = segment.split(text).items
    assert [i.title.value for i in items] == ["Subventions 2017", "Tarifs de la cantine"]
    assert "Amicale des anciens" in text[items[0].span.start:items[0].span.end]


def test_decision_lists_inside_points_and_a_one_line_last_point() -> None:
    text = textwrap.dedent("""\
        Séance du 4 mai 2023
        Présents : M. Alain Roux, Mme Berthe Lenoir.

        1. Vente de bois
        Le maire expose le projet de vente du lot de bois de la parcelle 12.
        Le conseil municipal décide :
        1) d'approuver la vente au prix de 3 000 € ;
        2) d'autoriser le maire à signer l'acte.
        Adopté à l'unanimité.

        2. Tarifs communaux
        Le maire propose les tarifs suivants pour l'année prochaine :
        1) salle des fêtes : 200 € ;
        2) cimetière : 150 €.
        Adopté par 8 voix pour, 2 contre.

        3. Questions diverses
        Rien à signaler.
        """)
    items = segment.split(text).items
    assert [(i.number.value, i.title.value) for i in items] == [
        ("1", "Vente de bois"), ("2", "Tarifs communaux"), ("3", "Questions diverses")]
    assert "Adopté à l'unanimité" in text[items[0].span.start:items[0].span.end]


def test_a_list_of_acts_with_one_bullet_per_deliberation() -> None:
    """No heading at all: "Liste des délibérations votées", a date, then one Symbol-font bullet
    (a private-use glyph once extracted) per act, some wrapped onto the next line."""
    text = ("                Liste des délibérations votées\n\nLe 16 MAI 2025\n\n"
            "\uf0d7   Approbation du procès-verbal du 04 avril 2025\n"
            "\uf0d7   Devis prévisionnel honoraires avocat sur procédure contre l’arrêté préfectoral du 13 mars\n"
            "    2025 approuvant le PPRI de la commune\n"
            "\uf0d7   Subventions aux associations\n")
    layout = segment.split(text)
    assert [" ".join(i.title.value.split()) for i in layout.items] == [
        "Approbation du procès-verbal du 04 avril 2025",
        "Devis prévisionnel honoraires avocat sur procédure contre l’arrêté préfectoral du 13 mars 2025 "
        "approuvant le PPRI de la commune",
        "Subventions aux associations"]
    assert text[layout.header.start:layout.header.end].strip().endswith("Le 16 MAI 2025")


def test_lettered_parts_with_numbered_points_and_speakers_between() -> None:
    """"B – 3" is point 3 of part B; "M. GIRAUD demande…" between two points is someone speaking,
    never a point "M."."""
    text = textwrap.dedent("""\
        A – ADMINISTRATION GÉNÉRALE

        A – 1    Désignation du secrétaire de séance
        Mme Inès BOURAOUI est désignée secrétaire de séance à l'unanimité.

        A – 2    Approbation du procès-verbal de la séance du 30 mai 2023
        M. GIRAUD demande que son intervention soit complétée par la mention de son vote.
        Le procès-verbal est adopté à l'unanimité.

        B – FINANCES

        B – 1    Tarifs du centre aquatique au 1er septembre 2023
        M. CHAPUIS relève que la hausse pèse sur les familles.
        Pour : 26 – Contre : 6
        """)
    items = segment.split(text).items
    points = [i.number.value for i in items if i.number and "–" in i.number.value]
    assert points == ["A – 1", "A – 2", "B – 1"]  # the parts "A –", "B –" may stand as items of their own
    assert not any(i.number and i.number.value == "M" for i in items)
    assert items[-1].title.value.startswith("Tarifs du centre aquatique")


def test_a_report_number_then_its_service_then_its_object() -> None:
    """"RAPPORT N° 2.03" / the service's name / "Objet : …": the object is the title."""
    text = textwrap.dedent("""\
        RAPPORT N° 2.03
        Direction de l'attractivité et de l'aménagement du territoire
        Objet : Fonds d'aide aux communes – 4e répartition de l'exercice 2022

        LA COMMISSION PERMANENTE DÉCIDE d'attribuer les aides. Adopté à l'unanimité.

        RAPPORT N° 3.02
        Direction de l'éducation et des collèges
        Objet : Collèges publics – dotations complémentaires 2022

        Pour : 26 – Contre : 0 – Abstentions : 6
        """)
    items = segment.split(text).items
    assert [i.title.value for i in items] == ["Fonds d'aide aux communes – 4e répartition de l'exercice 2022",
                                              "Collèges publics – dotations complémentaires 2022"]


def test_a_table_of_decisions_is_no_item_and_codes_with_a_two_digit_year_number_the_points() -> None:
    """A recap table (one row per point: code, objet, rapporteur, vote, in columns) before the points
    themselves: its rows are a family apart, and "BM23-12-07" (a two-digit year glued to the prefix)
    numbers the points."""
    text = textwrap.dedent("""\
        Présents : M. Yves LUCAS, Mme Rose BRUN, M. Paul GAY.

        TABLEAU DES DÉCISIONS
        BM23-12-07   Tarifs du port de plaisance     M. LUCAS     Adopté
                     pour l'année 2024                            (12 voix)
        BM23-12-08   Convention avec l'office de     Mme BRUN     Adopté
                     tourisme                                     (11 voix)

        BM23-12-07 : TARIFS DU PORT DE PLAISANCE POUR 2024

        Le bureau fixe les tarifs du port. Vote : 12 voix pour.

        BM23-12-08 : CONVENTION AVEC L'OFFICE DE TOURISME

        M. GAY ne prend pas part au vote. Vote : 11 voix pour.
        """)
    items = segment.split(text).items
    assert [(i.number.value, i.title.value) for i in items] == [
        ("BM23-12-07", "TARIFS DU PORT DE PLAISANCE POUR 2024"), ("BM23-12-08", "CONVENTION AVEC L'OFFICE DE TOURISME")]


PLAIN_TITLES = """COMMUNE DE SAINT-JUÉRY-LE-HAUT
Compte rendu du conseil municipal du 3 juin 2024

Présents : M. Alain BOYER, Mme Inès CARLES, M. Paul DURAND, Mme Léa ESCANDE, M. Marc FARGUES.
Secrétaire de séance : Mme Léa ESCANDE.

Travaux de l'église
Le maire présente les devis reçus pour la réfection de la toiture de l'église Saint-Martin, dont le
montant total s'établit à 48 000 euros hors taxes ; l'entreprise Carrié est la mieux-disante.
Adopté à l'unanimité.

Location du foyer rural

Les tarifs suivants sont proposés :
- habitants de la commune : 150 € le week-end ;
- extérieurs : 250 € le week-end.
Adopté par quatre voix pour et une voix contre (M. FARGUES).

Questions diverses
Le prochain conseil se tiendra en septembre.
"""


def test_plain_title_lines_between_paragraphs_head_the_points() -> None:
    """Neither numbered nor in capitals: a short line alone after a blank line, its paragraph under
    it (with or without a blank line); a wrapped sentence's first line and a list's bullets are no titles."""
    from corpus.parse import parse_text
    items = parse_text("cr.txt", PLAIN_TITLES).seance.deliberations
    assert [d.title.value for d in items] == ["Travaux de l'église", "Location du foyer rural", "Questions diverses"]
    assert items[1].votes and items[1].votes[0].contre is not None and items[1].votes[0].contre.value == 1
