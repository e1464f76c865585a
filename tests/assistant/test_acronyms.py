"""Acronyms spelled out from the archive's own titles."""
from assistant.acronyms import readings, spelled_out

TITLES = ["Compte Financier Unique 2023", "Compte financier unique 2024 – Budget annexe eau",
          "Plan Local d'Urbanisme : débat sur le PADD", "Décision modificative n°2", "Décision modificative n°3",
          "Travaux de voirie", "Taxe vacante", "Don du Maire"]


def test_an_acronym_reads_as_the_title_words_it_spells() -> None:
    known = readings(TITLES)
    assert known["CFU"] == "compte financier unique"
    assert known["PLU"] == "plan local urbanisme"
    assert known["DM"] == "decision modificative"


def test_a_tie_spells_nothing_and_a_printed_acronym_stays_as_it_is() -> None:
    known = readings(TITLES)
    assert "TV" not in known  # "Travaux de voirie" or "Taxe vacante": no clear reading
    question = "Qui a voté contre le CFU 2023 et la DM n°2 ?"
    assert spelled_out(question, known, set()) == (
        "Qui a voté contre le CFU (compte financier unique) 2023 et la DM (decision modificative) n°2 ?")
    assert spelled_out(question, known, {"cfu"}).startswith("Qui a voté contre le CFU 2023")
