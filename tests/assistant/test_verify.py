"""Near misses: the numbers, years and names a question pins down must be printed in the evidence."""
from __future__ import annotations

from assistant.answering.verify import constraints, unmet
from assistant.understanding import Understanding
from corpus.parse import parse_text

TEXT = """COMMUNE DE VALFLEURY
Séance du 3 mars 2021
Présents : M. Jean ROUX, Mme Anne VIDAL, M. Paul SALLES.

1. Modification n°1 du plan local d'urbanisme
Le conseil approuve la modification n°1 du PLU engagée en 2019.
Adopté à l'unanimité.

2. Subvention à l'association Les Jardins Partagés
Une subvention de 300 € est attribuée.
Adopté à l'unanimité.
"""


def _missing(question: str) -> list[str]:
    document = parse_text("valfleury.txt", TEXT)
    return unmet(constraints(Understanding.of(question), {"valfleury"}), document, document.seance.deliberations[0].span)


def test_a_number_or_year_the_item_does_not_print_is_a_near_miss() -> None:
    assert _missing("Que prévoit la modification n°2 du PLU de Valfleury ?") == ["modification n°2"]
    assert _missing("Que prévoit la modification n°1 du PLU de Valfleury ?") == []
    assert _missing("Quelle modification du PLU engagée en 2018 ?") == ["2018"]
    assert _missing("Quelle modification du PLU engagée en 2019 ?") == []


def test_a_name_must_be_printed_in_the_seance_and_the_seance_year_needs_not_be() -> None:
    assert _missing("Quelle subvention pour l'association Les Jardins Partagés ?") == []
    assert _missing("Quelle subvention pour l'association Terre Vivante ?") == ["terre", "vivante"]
    assert _missing("Quel PLU a été modifié lors de la séance 2021 ?") == []


def test_a_rank_in_words_or_figures_must_be_the_items() -> None:
    """"dixième adjoint" when the text elects up to the "Neuvième adjoint"; "3e" and "troisième" agree."""
    document = parse_text("e.txt", TEXT.replace("Le conseil approuve la modification n°1",
                                                "Troisième adjoint : M. Paul SALLES. Le conseil approuve la modification n°1"))
    region = document.seance.deliberations[0].span

    def missing(question: str) -> list[str]:
        return unmet(constraints(Understanding.of(question), {"valfleury"}), document, region)
    assert missing("Qui a été élu dixième adjoint à Valfleury ?") == ["10e adjoint"]
    assert missing("Qui a été élu 3e adjoint à Valfleury ?") == []
    assert missing("Qui a été élu troisième adjoint à Valfleury ?") == []


def test_a_number_in_parts_is_matched_whatever_its_separator() -> None:
    """ "n°2021_14" is the act printed "D2021-014" or "2021/14", never "2021-140"."""
    document = parse_text("valfleury.txt", TEXT.replace("1. Modification n°1", "D2021-014 Modification n°1"))
    span = document.seance.deliberations[0].span

    def missing(question: str) -> list[str]:
        return unmet(constraints(Understanding.of(question), {"valfleury"}), document, span)

    assert missing("Que décide la délibération n°2021_14 ?") == []
    assert missing("Que décide la délibération n° 2021/14 ?") == []
    assert missing("Que décide la délibération n°2021_140 ?") == ["n°2021_140"]


def test_a_quantity_the_question_gives_must_be_printed_whole() -> None:
    """"une salle de 120 places" is not answered by a table of 80 and 250 places whose total is
    "1 120,00 €"; a quantity the text spells out in words counts; days and times are no quantities."""
    document = parse_text("valfleury.txt", TEXT.replace(
        "Une subvention de 300 € est attribuée.",
        "Location de la salle : 80 places, 95 € ; 250 places, 210 €. Total encaissé : 1 120,00 €.\n"
        "Une subvention de trois cents euros est attribuée."))
    span = document.seance.deliberations[1].span

    def missing(question: str) -> list[str]:
        return unmet(constraints(Understanding.of(question), {"valfleury"}), document, span)
    assert missing("Tarif de la salle de 120 places à Valfleury ?") == ["120"]
    assert missing("Tarif de la salle de 250 places à Valfleury ?") == []
    assert missing("La subvention de 300 € aux Jardins Partagés a-t-elle été votée ?") == []
    assert missing("Le conseil du 3 mars à 18 h a-t-il voté la subvention aux Jardins Partagés ?") == []
