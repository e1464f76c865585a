"""Name normalisation and matching: civilities, particles, hyphens, surname-first and first-name-only lists."""
from __future__ import annotations

import pytest

from corpus.names import (clean_name, display_name, looks_like_name, match_people, name_score, person_key,
                          same_person)


@pytest.mark.parametrize("printed, clean", [
    ("MM. DRUGEON Serge", "DRUGEON Serge"),
    ("MME Laurence CHAUVIN", "Laurence CHAUVIN"),
    ("Mr Louis DORE", "Louis DORE"),
    ("M.TANGUY", "TANGUY"),
    ("madame Annick Macé", "Annick Macé"),
    ("Chantal LEVY-\n      RAMEAU", "Chantal LEVY-RAMEAU"),
    ("PICHONNIER Jean-\nPaul", "PICHONNIER Jean-Paul"),
    ("M. Jean                  -Marie BOUCHEZ", "Jean-Marie BOUCHEZ"),  # pypdf layout mode
    ("Monsieur Paul LE BIHAN,", "Paul LE BIHAN"),
])
def test_clean_name(printed: str, clean: str) -> None:
    assert clean_name(printed) == clean


@pytest.mark.parametrize("name, expected", [
    ("Jacques CARRELET DE LOISY", True), ("Massar N'DIAYE", True), ("Sylvie VALENTE-LE HIR", True),
    ("Anne-Marie", True), ("Guillain de FRANCE", True),
    ("Détermination du nombre d'Adjoints au Maire", False), ("n° 2014 / 184", False), ("le Maire", False), ("", False),
])
def test_looks_like_name(name: str, expected: bool) -> None:
    assert looks_like_name(name) is expected


def test_person_key_and_display() -> None:
    assert person_key("Mme Marie-Hélène  SANTARELLI") == "marie helene santarelli"
    assert display_name("Monsieur  Michel LEBLANC.") == "Michel LEBLANC"


def test_same_person_ignores_order_case_accents_civility() -> None:
    assert same_person("Mme CASTEL Catherine", "Catherine Castel")
    assert same_person("Annick Macé", "MACE Annick")
    assert not same_person("Sylvain PICHONNIER", "Sophie PICHONNIER")


def test_name_score_and_ambiguity() -> None:
    assert name_score("MARTIN", "Christine MARTIN") == 0.9
    matches = match_people("PICHONNIER", ["Sylvain PICHONNIER", "Sophie PICHONNIER", "Serge DRUGEON"])
    assert [m.score for m in matches] == [0.9, 0.9]
    assert match_people("Anne-Marie", ["Anne-Marie", "Agnès"])[0].name == "Anne-Marie"


def test_an_initial_stands_for_the_word_it_begins() -> None:
    assert name_score("P. Saurel", "Philippe SAUREL") == 0.9
    assert name_score("H. Martin", "Jacques MARTIN") == 0.0
    assert name_score("P.", "Philippe SAUREL") == 0.0
