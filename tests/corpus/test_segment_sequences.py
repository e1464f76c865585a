"""Headings of any numbering read by their sequence, lines that only look like headings rejected by
their structure (a table's header), and a register's acts starting at the page that opens them.

The excerpts were written for the mechanisms, in layouts of their own: points numbered after a
sign ("№ 1."), codes whose prefix is joined by a dash ("CM-2024-07 :"), a budget table whose
header line has a label beyond a wide gap, a register printing its header again above each act.
"""
from __future__ import annotations

from corpus.parse import parse_text, segment
from corpus.parse.headings import candidates

SIGN_NUMBERED = """\
SYNDICAT DES EAUX DU HAUT-VERNOIS
Comité syndical du 4 mars 2024

Présents : M. Paul ROGER, Mme Alice MERCIER, M. Yves CAMUS.

№ 1. Approbation du compte rendu du 12 décembre 2023
Le compte rendu est approuvé sans observation.
Adopté à l'unanimité.

№ 2. Tarifs de l'eau 2024
La part syndicale passe à 1,42 € le m3 pour tenir compte de la hausse de l'énergie.
Vote : 11 pour, 2 contre.

№ 3. Travaux de renouvellement du réseau, rue des Tanneurs
Le marché est attribué à l'entreprise la mieux-disante pour 184 000 € HT.
Adopté par 13 voix.
"""


def test_points_numbered_after_a_sign_are_a_sequence():
    layout = segment.split(SIGN_NUMBERED)
    assert [item.number.value for item in layout.items] == ["1", "2", "3"]
    assert layout.items[1].title.value == "Tarifs de l'eau 2024"
    second = SIGN_NUMBERED[layout.items[1].span.start:layout.items[1].span.end]
    assert "11 pour" in second and "184 000" not in second


def test_one_line_after_a_sign_is_no_sequence():
    text = ("COMMUNE DE VERNAY\nSéance du 2 mai 2024\n\nPrésents : M. Paul ROGER.\n\n"
            "Le maire rappelle l'article suivant :\n№ 12 du règlement intérieur relatif aux questions orales.\n"
            "Le conseil en prend acte.\n")
    layout = segment.split(text)
    assert all(item.number is None for item in layout.items)


DASHED_CODES = """\
Commune de Roche-Aubert – Conseil municipal du 18 janvier 2024

Présents : Mme Lise FAURE, M. Marc DUBOIS, M. Théo LAMY.

CM-2024-01 : Budget annexe du camping – tarifs de la saison
Les tarifs de l'emplacement sont portés à 14 € la nuitée pour la saison 2024.
Adopté à l'unanimité.

CM-2024-02 : Convention avec le centre de gestion
La convention d'adhésion au service de médecine préventive est renouvelée pour trois ans.
Pour : 12 – Contre : 0 – Abstention : 1

CM-2024-03 : Dénomination d'une voie nouvelle
La voie desservant le lotissement des Coteaux est nommée « allée des Vignes ».
Adopté à l'unanimité.
"""


def test_codes_whose_prefix_is_joined_by_a_dash():
    layout = segment.split(DASHED_CODES)
    assert [item.number.value for item in layout.items] == ["CM-2024-01", "CM-2024-02", "CM-2024-03"]
    assert layout.items[2].title.value == "Dénomination d'une voie nouvelle"


TABLE_UNDER_A_LABEL = """\
RECETTES D'EXPLOITATION                                  Crédits 2024
Chapitre 70 – Redevance d'assainissement                     142 000 €
Chapitre 74 – Primes d'épuration                               8 500 €
Chapitre 77 – Produits exceptionnels                               - €
"""


def test_a_table_header_is_no_column_heading():
    assert [c for c in candidates("\n" + TABLE_UNDER_A_LABEL) if c.kind == "column"] == []


def test_a_rapporteur_column_heading_stays_one():
    text = ("\nM. Jean MOREL        Acquisition d'une parcelle au lieu-dit les Ouches\n"
            "                     pour l'extension du cimetière communal\n")
    (candidate,) = [c for c in candidates(text) if c.kind == "column"]
    assert candidate.title.value.startswith("Acquisition d'une parcelle")


REGISTER_PAGE = """\
COMMUNE DE SAINT-AUBIN-DES-LANDES
Registre des délibérations – séance du 9 avril 2024

Présents : M. Hervé LE GALL (maire), Mme Rose TANGUY, M. Loïc MORVAN, Mme Anne QUÉRÉ.
Secrétaire : Mme Rose TANGUY.

Délibération 2024-{n}
Objet : {title}
Le conseil municipal, après en avoir délibéré, {decision}
Adopté à l'unanimité.
"""
NEXT_PAGE = """\
COMMUNE DE SAINT-AUBIN-DES-LANDES
Registre des délibérations – séance du 9 avril 2024

Présents : {present}
{chair}

Délibération 2024-{n}
Objet : {title}
Le conseil municipal, après en avoir délibéré, {decision}
Adopté à l'unanimité.
"""


def _register() -> str:
    first = REGISTER_PAGE.format(n="11", title="Vote des taux 2024", decision="maintient les taux.")
    second = NEXT_PAGE.format(n="12", present="Mme Rose TANGUY, M. Loïc MORVAN, Mme Anne QUÉRÉ.",
                              chair="Présidence pour ce point : Mme Rose TANGUY, M. LE GALL étant sorti.",
                              title="Compte administratif 2023", decision="approuve le compte.")
    third = NEXT_PAGE.format(n="13", present="M. Hervé LE GALL, Mme Rose TANGUY, M. Loïc MORVAN.",
                             chair="M. LE GALL reprend la présidence.", title="Subvention au comité des fêtes",
                             decision="attribue 500 €.")
    return first + "                                                        1/3\n" + second \
        + "                                                        2/3\n" + third


def test_each_act_of_a_register_starts_at_its_page():
    text = _register()
    layout = segment.split(text)
    assert [item.number.value for item in layout.items] == ["2024-11", "2024-12", "2024-13"]
    second = text[layout.items[1].span.start:layout.items[1].span.end]
    assert second.startswith("COMMUNE DE SAINT-AUBIN-DES-LANDES")
    assert "Présidence pour ce point : Mme Rose TANGUY" in second
    assert "reprend la présidence" not in second
    assert "maintient les taux" not in second


def test_a_register_act_reads_its_own_attendance():
    document = parse_text("registre.txt", _register())
    second = document.seance.deliberations[1]
    assert second.attendance is not None
    assert "Hervé LE GALL" not in [p.name for p in second.attendance.present]


def test_a_page_header_in_minutes_leaves_the_heading_where_it_is():
    page_header = "Ville de Brécy – conseil du 3 juin 2024\n\n"
    text = (page_header + "Présents : M. Paul ROGER, Mme Alice MERCIER.\n\n"
            "1 – Budget supplémentaire\nLes crédits sont ouverts comme suit, détaillés dans l'annexe jointe.\n\n"
            + page_header + "Après en avoir délibéré, le conseil adopte le budget supplémentaire.\n"
            "Adopté à l'unanimité.\n\n"
            "2 – Tarifs de la cantine\nLe repas passe à 3,20 €.\nAdopté à l'unanimité.\n\n"
            "3 – Questions diverses\nAucune question n'est posée, la séance est levée.\n\n"
            + page_header + "4 – Motion pour la gare\nLe conseil soutient le maintien de la desserte.\n"
            "Adopté à l'unanimité.\n")
    layout = segment.split(text)
    assert [item.number.value for item in layout.items] == ["1", "2", "3", "4"]
    assert all(text[item.span.start:].startswith(f"{item.number.value} –") for item in layout.items)
