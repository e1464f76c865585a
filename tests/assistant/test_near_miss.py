"""A record answer about another deliberation than the one the question pins down is a near miss."""
from __future__ import annotations

from assistant.answering import _checked
from assistant.answering.result import Result
from assistant.answering.scope import Scope
from assistant.answering.verify import constraints, in_figures
from assistant.catalog import Catalog
from assistant.understanding import Understanding
from corpus.parse import parse_text

MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 12 mars 2022

Délibération n°21 - Budget primitif
Le conseil adopte le budget primitif.
Adopté à l'unanimité.

Délibération n°22 - Tarifs communaux
Le conseil fixe les tarifs.
Adopté à l'unanimité.
"""


def _answer_about(catalog: Catalog, ordinal: int) -> Result:
    deliberation = catalog.documents["m"].seance.deliberations[ordinal]
    return Result(True, "vote_outcome", "Adopté à l'unanimité.", [], [deliberation.id])


def test_a_vote_answer_on_another_numbered_item_is_declined() -> None:
    catalog = Catalog.build([parse_text("m.txt", MINUTES)])
    scope = Scope(list(catalog.documents.values()), True, True)
    asked = Understanding.of("Quel a été le vote sur la délibération n°23 le 12 mars 2022 ?")
    missed = _checked(_answer_about(catalog, 1), asked, scope, catalog)
    assert not missed.answered and "n°23" in missed.text
    kept = _checked(_answer_about(catalog, 1), Understanding.of("Vote de la délibération n°22 le 12 mars 2022 ?"),
                    scope, catalog)
    assert kept.answered


def test_a_day_of_the_month_is_not_a_number_that_names_something() -> None:
    """"CP Lot 21 novembre 2022": a date after a name ("Lot"), not "lot n° 21"; "lot 4" is one."""
    dated = constraints(Understanding.of("délégation de vote Cécile Roques CP Lot 21 novembre 2022"), set())
    assert not any(c.label.startswith("lot") for c in dated)
    ranged = constraints(Understanding.of("prix du m3 tranche 0-100 m3 syndicat des eaux 2021"), set())
    assert not any(c.label.startswith("tranche") for c in ranged)  # a range, not "tranche n° 0"
    numbered = constraints(Understanding.of("Qui a obtenu le lot 4 du marché de voirie ?"), set())
    assert any(c.label == "lot 4" for c in numbered)


def test_a_ballot_round_must_be_printed() -> None:
    """"au second tour" is a near miss when the item prints only a first round."""
    found = constraints(Understanding.of("Combien de voix M. ÉON a-t-il obtenues au second tour ?"), set())
    second = next(c for c in found if c.label == "2e tour")
    assert not second.pattern.search(in_figures("Résultats du premier tour de scrutin : M. ÉON, 5 voix."))
    assert second.pattern.search(in_figures("Au deuxième tour de scrutin, M. ÉON obtient 7 voix."))
