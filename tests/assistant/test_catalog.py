"""The catalogue names a séance's collectivity from the archive when its text prints none."""
from __future__ import annotations

from dataclasses import replace

from assistant.catalog import Catalog
from assistant.collectivities import UNKNOWN_COLLECTIVITY, collectivity_of
from assistant.people import fuller_form, people_of
from corpus.models import Document
from corpus.parse import parse_text

NAMED = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du 12 mars 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Paul ESNAULT.
Absent excusé : M. Yves GALLOIS.

1. Budget primitif
Le conseil adopte le budget primitif.
Adopté à l'unanimité.

2. Tarifs communaux
Le conseil fixe les tarifs.
Adopté à l'unanimité.
"""
UNNAMED = """Procès-verbal du Conseil municipal
Séance du 9 avril 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Yves GALLOIS.
Absent excusé : M. Paul ESNAULT.

1. Tarifs de la cantine
Le conseil fixe les tarifs de la cantine.
Adopté à l'unanimité.

2. Subventions
Le conseil attribue les subventions.
Adopté à l'unanimité.
"""
STRANGERS = UNNAMED.replace("Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY",
                            "Anne ROUX, M. Marc VIDAL, M. Jean SALLES, Mme Rose PONS")


def given(document: Document, name: str) -> Document:
    return replace(document, seance=replace(document.seance, collectivity_given=name))


def without_collectivity(document: Document) -> Document:
    return replace(document, seance=replace(document.seance, collectivity=None))


def test_a_seance_without_collectivity_takes_the_one_whose_members_it_shares() -> None:
    named = given(parse_text("a.txt", NAMED), "Commune de Saint-Arnoult-des-Bois")
    unnamed = without_collectivity(parse_text("b.txt", UNNAMED))
    assert len(people_of(unnamed)) >= 5
    catalog = Catalog.build([named, unnamed])
    assert collectivity_of(catalog.documents["b"]) == "Commune de Saint-Arnoult-des-Bois"


def test_a_seance_sharing_no_members_stays_without_collectivity() -> None:
    named = given(parse_text("a.txt", NAMED), "Commune de Saint-Arnoult-des-Bois")
    catalog = Catalog.build([named, without_collectivity(parse_text("c.txt", STRANGERS))])
    assert collectivity_of(catalog.documents["c"]) == UNKNOWN_COLLECTIVITY


def test_a_collectivity_given_by_the_user_wins_over_the_text() -> None:
    document = parse_text("a.txt", NAMED.replace("Séance du", "Conseil municipal de Neutreville, séance du"))
    assert collectivity_of(given(document, "Ville de Test")) == "Ville de Test"


REGISTER = """Répertoire des actes 2022
12/01/2022   2022_01   Réfection de la rue des Tanneurs et du chemin de Vaudrémont     Approuvée
12/01/2022   2022_02   Subvention à l'association Les Amis de Vaudrémont              Approuvée
"""


def test_a_register_naming_no_member_takes_the_collectivity_whose_texts_share_its_rare_names() -> None:
    town = given(parse_text("a.txt", NAMED + "La rue des Tanneurs et le chemin de Vaudrémont seront refaits.\n"),
                 "Commune de Saint-Arnoult-des-Bois")
    other = given(parse_text("c.txt", STRANGERS + "Le parvis de la Halle Marchande sera refait.\n"), "Ville d'Ailleurs")
    register = without_collectivity(parse_text("r.txt", REGISTER, ))
    catalog = Catalog.build([town, other, register])
    assert collectivity_of(catalog.documents["r"]) == "Commune de Saint-Arnoult-des-Bois"


PRESIDED = NAMED.replace("Séance du 12 mars 2022", "Séance du 12 mars 2022\nPrésident : M. BARRAULT")


def test_a_surname_alone_is_the_one_member_of_that_name_printed_in_full() -> None:
    document = given(parse_text("p.txt", PRESIDED), "Commune de Saint-Arnoult-des-Bois")
    president = document.seance.president
    assert president is not None and president.name == "BARRAULT"
    assert fuller_form(document, president).name == "Luc BARRAULT"
    catalog = Catalog.build([document])
    assert [m.name for m in catalog.members.values() if "BARRAULT" in m.name] == ["Luc BARRAULT"]


FIRST_NAMES = UNNAMED.replace(
    "Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Yves GALLOIS",
    "Odile, Luc, Henri, Jeanne, Yves").replace("M. Paul ESNAULT", "Paul")


def test_seances_printing_given_names_only_join_the_collectivity_whose_full_names_hold_them() -> None:
    """"Présents : Odile, Luc, Henri…" shares the given names of a séance printing "Mme Odile
    FERRAND"; strangers' given names do not."""
    named = given(parse_text("a.txt", NAMED), "Commune de Saint-Arnoult-des-Bois")
    first_names = without_collectivity(parse_text("f.txt", FIRST_NAMES))
    assert {p.name for p in people_of(first_names)} >= {"Odile", "Luc", "Henri", "Jeanne"}
    again = without_collectivity(parse_text("g.txt", FIRST_NAMES.replace("9 avril", "14 mai")))
    strangers = without_collectivity(parse_text("c.txt", STRANGERS))
    catalog = Catalog.build([named, first_names, again, strangers])
    assert collectivity_of(catalog.documents["f"]) == "Commune de Saint-Arnoult-des-Bois"
    assert collectivity_of(catalog.documents["g"]) == "Commune de Saint-Arnoult-des-Bois"
    assert collectivity_of(catalog.documents["c"]) == UNKNOWN_COLLECTIVITY


def test_money_nouns_are_learnt_from_the_sums_the_archive_prints() -> None:
    loans = NAMED + ("Le conseil retient un emprunt de 190 000 € sur 10 ans.\n"
                     "Un second emprunt de 50 000 € est remboursé.\n") + "La commune est propriétaire.\n" * 30
    catalog = Catalog.build([given(parse_text("a.txt", loans), "Commune de Saint-Arnoult-des-Bois")])
    assert "emprunt" in catalog.money_nouns()
    assert "commune" not in catalog.money_nouns()  # printed with a sum at most by chance


def test_a_member_only_seen_arriving_is_one_of_the_seance_people() -> None:
    document = parse_text("m.txt", NAMED.replace("Absent excusé : M. Yves GALLOIS.",
                                                 "Absent excusé : M. Yves GALLOIS.\nNelly arrivée à 18H45. Départ à 19H25."))
    assert "Nelly" in {p.name for p in people_of(document)}
