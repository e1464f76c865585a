"""Séance identity (date, collectivity, body) read from the text alone, on layouts the parser was
not written against, and on every text of the shared corpora under a neutral file name (without
../shared beside the checkout, on the real texts of tests/fixtures/corpus)."""
from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from corpus.models import Span
from corpus.parse import parse_file, parse_text
from corpus.parse.common import fold
from corpus.parse.seance import parse_header
from tests.conftest import REAL_CORPUS, SHARED

D = dt.date

# written for these tests in the manner of French minutes: none of these layouts is in the corpora
LAYOUTS = {
    "register, words date, convocation in words": (
        "L'an deux mille treize, le neuf juillet à vingt heures, le Conseil Municipal de la commune de\n"
        "Saint-Germain-sur-Ille, régulièrement convoqué le deux juillet deux mille treize, s'est réuni au\n"
        "nombre prescrit par la loi, dans le lieu habituel de ses séances, sous la présidence de Mme Anne\n"
        "MARTIN, Maire.\n"
        "Date de convocation : 2 juillet 2013          Date d'affichage : 2 juillet 2013\n"
        "Présents : Mme MARTIN, M. DURAND, Mme LEROY.\n",
        D(2013, 7, 9), "saint-germain-sur-ille", "conseil municipal"),
    "republic, department, commune, digits date": (
        "                     REPUBLIQUE FRANCAISE\n"
        "                     DEPARTEMENT DE LA SARTHE\n"
        "                     COMMUNE DE SAINT-OUEN-EN-BELIN\n\n"
        "                     Séance du 01/02/2016\n\n"
        "Le Conseil Municipal, dûment convoqué le 25/01/2016, s'est réuni sous la présidence de\n"
        "M. Jean DUPONT, Maire.\n"
        "Approbation du procès-verbal de la séance du 14/12/2015.\n",
        D(2016, 2, 1), "saint-ouen-en-belin", "conseil municipal"),
    "letter date before the heading, metropolis": (
        "                                                   Rennes, le 18 octobre 2021\n\n"
        "RENNES MÉTROPOLE\n"
        "Conseil métropolitain\n"
        "Procès-verbal de la séance du jeudi 14 octobre 2021\n\n"
        "Approbation du procès-verbal de la séance du 23 septembre 2021\n",
        D(2021, 10, 14), "rennes", "conseil metropolitain"),
    "convocation before the meeting, syndicate": (
        "SYNDICAT INTERCOMMUNAL DES EAUX DE LA VALLÉE DU LOIR\n"
        "Convocation du 3 mars 2022\n\n"
        "COMITÉ SYNDICAL\n"
        "Réunion du jeudi 10 mars 2022 à 18h00\n"
        "Délégués présents : M. PETIT (Vaas), Mme ROUX (Aubigné-Racan).\n",
        D(2022, 3, 10), "vallee du loir", "comite syndical"),
    "department, plenary session, sending date after": (
        "DÉPARTEMENT DE LA GIRONDE\n"
        "CONSEIL DÉPARTEMENTAL\n"
        "Séance plénière du 15 décembre 2022\n\n"
        "Le Conseil départemental de la Gironde s'est réuni le jeudi 15 décembre 2022 à 9h30 à l'Hôtel du\n"
        "Département, sous la présidence de M. Jean-Luc GLEYZE.\n"
        "Date d'envoi de la convocation : 25 novembre 2022\n",
        D(2022, 12, 15), "gironde", "conseil departemental"),
    "posting date first, capitals heading split over two lines": (
        "Communauté d'Agglomération du Grand Villeneuvois\n"
        "Compte rendu affiché le 20/06/2019\n\n"
        "COMPTE RENDU DU CONSEIL COMMUNAUTAIRE\n"
        "DU 13 JUIN 2019\n\n"
        "Le Conseil communautaire s'est réuni à Villeneuve-sur-Lot sous la présidence de M. Patrick CASSANY.\n",
        D(2019, 6, 13), "grand villeneuvois", "conseil communautaire"),
    "two columns, another commune named in the items": (
        "MAIRIE DE LONGUEVILLE                              Procès-verbal\n"
        "                                                   Conseil municipal du 5 avril 2024\n\n"
        "Présents : M. Paul BERNARD, Mme Julie MOREAU.\n"
        "Le procès-verbal de la séance du 8 mars 2024 est approuvé à l'unanimité.\n\n"
        "3. Convention avec la commune de Saint-Martin\n"
        "La commune de Saint-Martin propose de partager l'entretien ; la commune de Saint-Martin\n"
        "prendra en charge la moitié des frais.\n",
        D(2024, 4, 5), "longueville", "conseil municipal"),
    "place and séance on one line, weekday": (
        "Villers-Bocage, séance du mardi 4 mars 2025\n\n"
        "Conseil municipal\n"
        "Le conseil municipal s'est réuni à 20 h 30 sous la présidence de M. Marc GUILLAUME.\n",
        D(2025, 3, 4), "villers-bocage", "conseil municipal"),
    "capitals words date without 'le'": (
        "VILLE DE SAINT-AMAND-LES-EAUX\n\n"
        "L'AN DEUX MILLE VINGT-QUATRE, DIX-HUIT MARS, À DIX-NEUF HEURES, LE CONSEIL MUNICIPAL S'EST\n"
        "RÉUNI EN SÉANCE PUBLIQUE.\n",
        D(2024, 3, 18), "saint-amand-les-eaux", "conseil municipal"),
    "letterhead name on two lines of one column": (
        "                                   Communauté de communes\n"
        "                                 VAL DE GARONNE ET SAVE\n"
        "                               Place de la Mairie – 31370 RIEUMES\n\n"
        "                       PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\n"
        "                              Séance du mardi 8 novembre 2022\n\n"
        "  Lieu : salle des fêtes de Rieumes          Président de séance : M. Paul VIDAL\n",
        D(2022, 11, 8), "val de garonne et save", "conseil communautaire"),
    "syndicate name wrapped beside a second column": (
        "SYNDICAT MIXTE DES EAUX                                COMITÉ SYNDICAL\n"
        "DU BASSIN DE LA VILAINE                                Réunion du 03/05/2021\n"
        "Siège : 2 rue de la Gare – 35000 RENNES\n\n"
        "Présidence : M. J.-L. MORIN, Président.\n",
        D(2021, 5, 3), "bassin de la vilaine", "comite syndical"),
    "department over the body's title on the next line": (
        "DÉPARTEMENT DES DEUX-RIVIÈRES\n"
        "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL\n"
        "Séance du 21 novembre 2022\n\n"
        "Présents : M. Jean BRUN, Mme Claire NOIR.\n",
        D(2022, 11, 21), "deux-rivieres", "commission permanente"),
    "community bureau": (
        "COMMUNAUTÉ DE COMMUNES DU PAYS DE LA CHÂTRE EN BERRY\n"
        "BUREAU COMMUNAUTAIRE\n"
        "Séance du mardi 4 février 2025\n",
        D(2025, 2, 4), "pays de la chatre en berry", "bureau communautaire"),
    "agglomeration named before its kind, on two lines": (
        "  VERNAC                                   BUREAU COMMUNAUTAIRE\n"
        "  AGGLOMÉRATION                            Séance du 5 mars 2024\n\n"
        "Le Bureau communautaire de Vernac Agglomération s'est réuni le 5 mars 2024.\n"
        "Présents : M. Paul DURAND, Mme Anne LEROY.\n",
        D(2024, 3, 5), "vernac agglomeration", "bureau communautaire"),
    "record of decisions": (
        "COMMUNAUTÉ DE COMMUNES DU VAL D'ARCE\n\n"
        "Relevé des décisions du conseil communautaire du 9 novembre 2023\n\n"
        "Présents : M. Alain TESSIER, président, Mme Nadine GUERIN.\n",
        D(2023, 11, 9), "val d'arce", "conseil communautaire"),
}


def _folded(value: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(value or "")).split())


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_identity_of_unseen_layouts(name: str) -> None:
    text, date, collectivity, body = LAYOUTS[name]
    header = parse_text("doc-7.txt", text).seance
    assert header.date is not None and header.date.value == date
    assert header.collectivity is not None and _folded(collectivity) in _folded(header.collectivity.value)
    assert _folded(header.body.value if header.body else None) == _folded(body)
    found = header.collectivity
    printed = text[found.span.start:found.span.end].split()  # as printed, with its span (a name on
    words = iter(printed)  # two lines of a column skips the other column's words between them)
    assert printed[0] == found.value.split()[0] and all(word in words for word in found.value.split())


def test_collectivity_stops_at_a_column_gap() -> None:
    text = ("COMMUNE DE FRIESEN                                            PV du Conseil Municipal\n"
            "                                                                  du 30/10/2025\n\n"
            "                             SEANCE DU 30 OCTOBRE 2025\n")
    header = parse_header(text, Span(0, len(text)))
    assert (header.collectivity.value, header.date.value) == ("COMMUNE DE FRIESEN", D(2025, 10, 30))


def test_a_place_named_once_in_passing_is_not_the_collectivity() -> None:
    text = ("CR du conseil municipal 17 septembre 2021\n"
            "Présents : Jean-Pierre, Yves, Jacques.\n\n"
            "1/ Admissions en non-valeur\n"
            "2 personnes, anciens habitants de Fontenelle, ont laissé une ardoise.\n")
    header = parse_header(text, Span(0, len(text)))
    assert header.date.value == D(2021, 9, 17)
    assert header.collectivity is None


# lists of acts, not minutes of one séance: their date and collectivity are another reader's job
LISTS = {"flaux_2025-05-16_liste-des-deliberations.txt", "pierrefonds_2024-12-10_repertoire-chronologique-2024.txt"}
FILES = (sorted(p for folder in ("real", "more") for p in (SHARED / "corpus" / folder).glob("*.txt"))
         or sorted(REAL_CORPUS.glob("*.txt")))


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_identity_of_every_shared_text(path: Path, tmp_path: Path) -> None:
    """Parsed under a neutral name, each text gives the date and collectivity of its file name;
    a collectivity is required only where the text states it (a text printing its name nowhere, or
    only in passing in one item, has none rather than a guess)."""
    collectivity, date = re.match(r"(.+?)_(\d{4}-\d\d-\d\d)_", path.name).groups()
    neutral = tmp_path / "doc-7.txt"
    shutil.copy(path, neutral)
    seance = parse_file(neutral).seance
    if path.name in LISTS:
        return
    assert seance.date is not None and seance.date.value == dt.date.fromisoformat(date)
    words = [w for w in collectivity.split("-") if len(w) > 2 and w not in ("les", "des")]
    if seance.collectivity is None:
        assert path.name in UNSTATED, "no collectivity read"
    else:
        assert all(w in _folded(seance.collectivity.value).split() for w in words), seance.collectivity.value


# texts that never state their collectivity: Couthenans' minutes print "CR du conseil municipal"
# and nothing else, naming the village at most in passing ("anciens habitants de Couthenans")
UNSTATED = {
    "couthenans_2021-04-09_compte-rendu.txt", "couthenans_2021-06-04_compte-rendu.txt",
    "couthenans_2021-09-17_compte-rendu.txt", "couthenans_2022-01-21_compte-rendu.txt",
    "couthenans_2022-06-24_compte-rendu.txt", "couthenans_2022-10-28_compte-rendu.txt",
    "couthenans_2021-11-26_compte-rendu.txt", "couthenans_2023-02-24_compte-rendu.txt",
}


@pytest.mark.parametrize("header, collectivity, body", [
    ("CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE BRIVES\nConseil d'administration du 4 mars 2024\n",
     "CENTRE INTERCOMMUNAL D'ACTION SOCIALE DU PAYS DE BRIVES", "Conseil d'administration"),
    ("Office public de l'habitat de Valmont\nCONSEIL D'ADMINISTRATION – séance du 2 avril 2024\n",
     "Office public de l'habitat de Valmont", "CONSEIL D'ADMINISTRATION"),
    ("PROCÈS-VERBAL\nLe conseil d'administration du SDIS de l'Aubrière s'est réuni le 6 mai 2024.\n",
     "SDIS de l'Aubrière", "conseil d'administration"),
])
def test_a_public_establishment_run_by_a_board_is_the_collectivity(header: str, collectivity: str, body: str) -> None:
    """A CCAS, a CIAS, an OPH or an SDIS holds its own séances, under its board."""
    seance = parse_text("board.txt", header + "\nPrésents : M. Jean VIDAL, Mme Rose MARTY.\n").seance
    assert seance.collectivity is not None and seance.collectivity.value == collectivity
    assert seance.body is not None and seance.body.value == body
