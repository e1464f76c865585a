"""Séance header facts and item roles, each value read by hand in the real texts."""
from __future__ import annotations

import datetime as dt

import pytest

from corpus.models import Span
from corpus.parse import parse_text
from corpus.parse.seance import parse_header, parse_item_roles
from tests.conftest import parsed

pytestmark = pytest.mark.usefixtures("real_corpus")

D = dt.date
# file: date, collectivity, body, president, secretary, convocation, opened, closed
HEADERS = {
    "dijon-metropole_2020-09-17_pacte-de-solidarite.txt":
        (D(2020, 9, 17), "Dijon Métropole", "Conseil Métropolitain", "REBSAMEN", "WALIDI-ALAOUI",
         D(2020, 9, 11), None, None),
    "montpellier_2014-05-22_subventions-2014.txt":
        (D(2014, 5, 22), "Ville de Montpellier", "Conseil Municipal", "Philippe Saurel", None,
         D(2014, 5, 16), "18H00", None),
    "montpellier_2014-04-05_nombre-adjoints.txt":
        (D(2014, 4, 5), "Ville de Montpellier", "Conseil Municipal", "Max LEVITA", None,
         D(2014, 3, 31), "10h00", None),
    "montpellier_2014-04-24_delegations-conseil-au-maire.txt":
        (D(2014, 4, 24), "Ville de Montpellier", "Conseil Municipal", "Philippe SAUREL", None,
         D(2014, 4, 17), "18h00", None),
    "putanges-le-lac_2016-01-05_installation-election-maire.txt":
        (D(2016, 1, 5), "Commune de PUTANGES LE LAC", "conseil municipal", "Monique GUIBOUT",
         "Florence PANNIER-GICQUEL", D(2015, 12, 23), "vingt heures trente", None),
    "putanges-le-lac_2017-10-06_compte-rendu-registre.txt":
        (D(2017, 10, 6), "COMMUNE DE PUTANGES-LE-LAC", "Conseil Municipal", "Sébastien LEROUX", "Louis DORE",
         D(2017, 9, 29), "vingt heures trente", None),
    "putanges-le-lac_2019-07-29_deliberations.txt":
        (D(2019, 7, 29), "COMMUNE DE PUTANGES-LE-LAC", "Conseil Municipal", "Sébastien LEROUX",
         "Jean-Pierre GOHIN", D(2019, 7, 22), "vingt heures trente", None),
    "putanges-le-lac_2019-09-09_deliberations.txt":
        (D(2019, 9, 9), "COMMUNE DE PUTANGES-LE-LAC", "Conseil Municipal", "Roger PERRAY", "Daniel ROCHER",
         D(2019, 8, 30), "vingt heures trente", None),
    "putanges-le-lac_2022-12-05_registre-pv.txt":
        (D(2022, 12, 5), "Putanges-le-Lac", "Conseil municipal", None, "Grandin", None, None, None),
    "lannion_2020-05-25_installation-election-maire.txt":
        (D(2020, 5, 25), "Ville de LANNION", "CONSEIL MUNICIPAL", "Danielle MAREC", "Anne LE GUEN",
         None, "dix-huit heures", "19 h 25"),
    "lannion_2020-06-08_proces-verbal.txt":
        (D(2020, 6, 8), "Ville de LANNION", "Conseil Municipal", "Paul LE BIHAN", "Trefina KERRAIN",
         D(2020, 5, 29), "18 H 00", "20 h 15"),
    "lannion_2021-07-05_proces-verbal.txt":
        (D(2021, 7, 5), "Ville de LANNION", "Conseil Municipal", "Paul LE BIHAN", "Trefina KERRAIN",
         D(2021, 6, 25), "18 H 00", "19 h 45"),
    "pierrefonds_2016-04-04_compte-rendu.txt":
        (D(2016, 4, 4), "Commune de Pierrefonds", "Conseil Municipal", "Michèle BOURBIER", "Michel LEBLANC",
         D(2016, 3, 25), "20h30", "22h15"),
    "pierrefonds_2025-04-03_proces-verbal.txt":
        (D(2025, 4, 3), "Commune de Pierrefonds", "Conseil Municipal", "Florence DEMOUY", "Karine DUTEIL",
         None, "19h00", "20h26"),
    "cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt":
        (D(2025, 3, 13), "Communauté de Communes des Lisières de L’Oise", "Conseil Communautaire",
         "Franck SUPERBI", "Anne-Marie DEFRANCE", None, "19h30", "20 h 35"),
    "couthenans_2021-11-26_compte-rendu.txt":
        (D(2021, 11, 26), None, "CONSEIL MUNICIPAL", None, None, None, None, None),
    "couthenans_2023-02-24_compte-rendu.txt":
        (D(2023, 2, 24), None, "conseil municipal", None, None, None, None, None),
}


def _value(fact):
    return None if fact is None else getattr(fact, "name", None) or fact.value


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_facts(name: str) -> None:
    seance = parsed(name).seance
    got = (seance.date, seance.collectivity, seance.body, seance.president, seance.secretary,
           seance.convocation, seance.opened_at, seance.closed_at)
    assert tuple(_value(fact) for fact in got) == HEADERS[name]


@pytest.mark.parametrize("name, role", [
    ("pierrefonds_2025-04-03_proces-verbal.txt", "maire"),
    ("lannion_2020-06-08_proces-verbal.txt", "Maire"),
    ("montpellier_2014-04-05_nombre-adjoints.txt", "doyen d’âge de l’Assemblée"),
    ("putanges-le-lac_2016-01-05_installation-election-maire.txt", "doyenne des Maires délégués"),
    ("putanges-le-lac_2019-09-09_deliberations.txt", "1er Adjoint au Maire"),
    ("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt", "Président"),
])
def test_president_role_as_printed(name: str, role: str) -> None:
    assert parsed(name).seance.president.role == role


def test_sitting_date_not_the_approved_minutes_date() -> None:
    text = ("Commune de X\nConseil Municipal du 3 avril 2025\nLe procès-verbal de la séance du 6 mars 2025 "
            "est approuvé.\n")
    assert parse_header(text, Span(0, len(text))).date.value == D(2025, 4, 3)
    reference_first = "Approbation du compte-rendu de la séance du 6 mars 2025.\nSéance du lundi 3 avril 2025\n"
    assert parse_header(reference_first, Span(0, len(reference_first))).date.value == D(2025, 4, 3)


def test_secretary_named_after_the_header() -> None:
    """Putanges 2022 designates its secretary after the attendance, in the preliminaries."""
    doc = parsed("putanges-le-lac_2022-12-05_registre-pv.txt")
    secretary = doc.seance.secretary
    assert doc.text[secretary.span.start:secretary.span.end] == "Grandin"


@pytest.mark.parametrize("name, ordinal, president, role", [
    ("pierrefonds_2025-04-03_proces-verbal.txt", 1, "Emmanuelle LEMAITRE", "adjointe au maire"),
    ("pierrefonds_2024-04-10_cfu-et-subventions.txt", 1, "Emmanuelle LEMAITRE", "adjointe au maire"),
    ("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt", 1, "Sylvain GOUPIL", None),
    ("putanges-le-lac_2016-01-05_installation-election-maire.txt", 1, "FERRIER Pierre",
     "doyen d’âge parmi les conseillers municipaux"),
])
def test_item_president(name: str, ordinal: int, president: str, role: str | None) -> None:
    item = parsed(name).seance.deliberations[ordinal - 1]
    assert (item.president.name, item.president.role) == (president, role)


def test_cclo_elects_a_president_de_seance_before_the_items() -> None:
    text = parsed("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt").text
    start = text.index("Désignation du Président de séance")
    roles = parse_item_roles(text, Span(start, text.index("1. FINANCES")))
    assert roles.president.name == "GOUPIL"


@pytest.mark.parametrize("name, ordinal, rapporteur", [
    ("montpellier_2014-05-22_subventions-2014.txt", 1, "Philippe Saurel"),
    ("montpellier_2014-04-24_taux-imposition-2014.txt", 1, "LEVITA"),
    ("montpellier_2014-04-24_election-adjoint.txt", 1, "le Maire"),
    ("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt", 1, "Sylvain GOUPIL"),
    ("lannion_2021-07-05_proces-verbal.txt", 2, "Trefina KERRAIN"),
])
def test_rapporteur(name: str, ordinal: int, rapporteur: str) -> None:
    assert parsed(name).seance.deliberations[ordinal - 1].rapporteur.name == rapporteur


def test_no_president_in_a_plain_item() -> None:
    text = "1. Tarifs 2023\nMonsieur LEBLANC présente les tarifs.\nVote : Pour à l'unanimité\n"
    assert parse_item_roles(text, Span(0, len(text))).president is None


def test_accounts_president_presides_the_accounts_item() -> None:
    """Elected "pour présider … le vote du compte financier unique" in item 1, she presides item 3."""
    items = parsed("pierrefonds_2025-04-03_proces-verbal.txt").seance.deliberations
    accounts = next(d for d in items if d.title and "Compte Financier Unique" in d.title.value)
    assert accounts.president is not None and accounts.president.name.endswith("LEMAITRE")
    others = [d for d in items if d.title and "Budget Primitif" in d.title.value]
    assert others and all(d.president is None for d in others)


CHAIR_LEAVES_MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 12 mars 2022, sous la présidence de Madame Odile FERRAND, maire.

1. Compte administratif 2021
Madame le maire quitte la séance.
Monsieur Luc BARRAULT, premier adjoint, propose aux membres du conseil d'approuver le compte administratif 2021.
Adopté à l'unanimité.

2. Tarifs communaux
Madame le maire présente les tarifs. Monsieur CAMUS demande si la cantine est comprise.
Adopté à l'unanimité.

3. Cimetière
Le maire sort de la salle. Monsieur CAMUS demande si les concessions sont comprises.
Adopté à l'unanimité.
"""


def test_the_member_who_puts_the_item_to_the_council_once_the_chair_has_left_presides_it() -> None:
    accounts, tariffs, cemetery = parse_text("c.txt", CHAIR_LEAVES_MINUTES).seance.deliberations
    assert accounts.president is not None and accounts.president.name == "Luc BARRAULT"
    assert tariffs.president is None  # nobody left the chair
    assert cemetery.president is None  # someone speaks, but only asks


def test_unseen_chair_handed_over_across_a_line_and_a_titled_secretary() -> None:
    """"…puis se retire. Mme A. LE DRÉAU, première⏎vice-présidente, prend la présidence" names the
    item's president; "Sur proposition du Maire, Mme X est désignée secrétaire" names X, not "Sur";
    "Présidence : M. J.-P. RIOU" names the séance's."""
    text = ("SYNDICAT DES EAUX DU LIZON\nRéunion du comité syndical du 12/04/2021\n\n"
            "Présidence : M. J.-P. RIOU, Président.\n\n"
            "Sur proposition du Président, Mme Inès BOURAOUI est désignée secrétaire de séance.\n\n"
            "1°) COMPTE ADMINISTRATIF 2020\n\n"
            "M. le Président présente le compte administratif 2020, puis se retire. Mme A. LE DRÉAU, première\n"
            "vice-présidente, prend la présidence pour le vote.\nAdopté à l'unanimité.\n\n"
            "2°) BUDGET PRIMITIF 2021\n\nAdopté à l'unanimité.\n")
    seance = parse_text("s.txt", text).seance
    assert (seance.president.name, seance.secretary.name) == ("J.-P. RIOU", "Inès BOURAOUI")
    assert seance.deliberations[0].president.name == "A. LE DRÉAU"
    assert seance.deliberations[1].president is None


def test_labels_cut_short_name_the_president_and_secretary_when_one_name_follows() -> None:
    """"Présid. :" and "Secrét. de séance :" are the labels they start; a cut label followed by a
    list ("Prés. : A, B, C", which may mean "Présents") names nobody."""
    text = ("SIVU DES ÉCOLES DU HAUT-PLATEAU\nRéunion du comité du 3 mars 2022\n\n"
            "Présid. : Mme Odile FAVRE\nSecrét. de séance : M. Hugo RIVIÈRE (délégué de Lantenne)\n\n"
            "Présents : M. Jean DORE, Mme Anne VIOT.\n\n"
            "1. BUDGET PRIMITIF\nAdopté à l'unanimité.\n\n2. TARIFS\nAdopté à l'unanimité.\n")
    seance = parse_text("h.txt", text).seance
    assert (seance.president.name, seance.secretary.name) == ("Odile FAVRE", "Hugo RIVIÈRE")
    listed = parse_text("l.txt", text.replace("Présid. : Mme Odile FAVRE", "Prés. : Mme Odile FAVRE, M. Jean DORE")).seance
    assert listed.president is None


def test_an_item_chair_handed_to_the_doyen_and_not_the_chair_coming_back() -> None:
    """"la présidence est assurée par le doyen d'âge, M. X" names the item's chair past the office;
    "le Maire reprend la présidence" after an item names no chair of the next; "élit X pour⏎présider"
    reads across the line break."""
    text = ("COMMUNE DE VALBOIS\nSéance du conseil municipal du 2 avril 2021\n\n"
            "1. Élection du maire\nLa présidence est assurée par le doyen d'âge, M. Paul CHAVANNE, pour l'élection.\n"
            "M. Luc ROY est élu maire.\n\n"
            "2. Compte administratif 2020\nLe conseil élit Mme Rose PIN pour\nprésider la séance lors du vote.\n"
            "Adopté à l'unanimité.\n\n"
            "3. Tarifs\nLe maire reprend la présidence. Adopté à l'unanimité.\n")
    first, second, third = parse_text("v.txt", text).seance.deliberations
    assert first.president.name == "Paul CHAVANNE"
    assert second.president.name == "Rose PIN"
    assert third.president is None
