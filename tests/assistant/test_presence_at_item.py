"""Whether a member sat for a given deliberation: the opening status, then the arrivals and
departures that apply to that item (by question range, by point number, or by where they are
written). Expected values were read in the texts."""
from __future__ import annotations

import pytest

from assistant.facts import attendance_for, sat_for
from tests.conftest import parsed


def item(name: str, number: str):
    document = parsed(name)
    return document, next(d for d in document.seance.deliberations if d.number and d.number.value == number)


@pytest.mark.parametrize("name, number, member, expected", [
    # "Départ de Monsieur Eric ROBERT (Questions 11 à 17)", back from question 18
    ("lannion_2020-06-08_proces-verbal.txt", "5", "Eric ROBERT", True),
    ("lannion_2020-06-08_proces-verbal.txt", "17", "Eric ROBERT", False),
    ("lannion_2020-06-08_proces-verbal.txt", "18", "Eric ROBERT", True),
    # absent at the opening, "arrivée au point n°5-a": not there for the election (4-2), there for 5
    ("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "4-2", "Françoise DUARTE", False),
    ("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "5", "Françoise DUARTE", True),
])
def test_a_member_sits_for_the_items_their_movements_cover(name: str, number: str, member: str,
                                                           expected: bool) -> None:
    document, deliberation = item(name, number)
    sat, spans = sat_for(document, deliberation, member)
    assert sat is expected
    surname = member.split()[-1]
    assert surname in document.text[spans[0].start:spans[0].end].upper()  # the opening status, cited


def test_a_member_not_on_record_is_unknown() -> None:
    document, deliberation = item("lannion_2020-06-08_proces-verbal.txt", "5")
    assert sat_for(document, deliberation, "Zéphyrin INCONNU") == (None, [])


def test_the_maire_leaves_for_the_vote_of_the_accounts_only() -> None:
    """ "Madame le maire quitte la séance" before the compte administratif, "réintègre la séance"
    after it: the office stands for the séance's president, and each vote of the item is its own."""
    document, budget = item("pierrefonds_2016-04-04_compte-rendu.txt", "1")
    gestion, administratif = sorted(budget.votes, key=lambda v: v.span.start)[:2]
    assert sat_for(document, budget, "Michèle BOURBIER", gestion)[0] is True
    sat, spans = sat_for(document, budget, "Michèle BOURBIER", administratif)
    assert sat is False and "quitte la séance" in document.text[spans[-1].start:spans[-1].end]


def test_counts_announced_with_arrivals_hold_from_their_point_on() -> None:
    """ "Arrivées de Mesdames … (37 présents, 3 procurations, soit 40 votants)", the arrivals being
    listed at the opening as "(arrivée au point n°5-a)": the counts hold for item 5, not before."""
    document, questions = item("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "5")
    counts = attendance_for(document, questions)
    assert counts is not None and (counts.present_count.value, counts.voters.value) == (37, 40)
    _, installation = item("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "1")
    assert attendance_for(document, installation) is None


def test_a_departure_until_a_question_still_sits_for_that_question() -> None:
    from assistant.facts import _covers
    from corpus.models import Deliberation, Movement, Span, Text

    leaves = Movement("départ", Span(0, 10), where=Text("jusqu'à la question n°5", Span(0, 10)))
    item = lambda n: Deliberation(id=f"d:{n}", ordinal=n, span=Span(100 * n, 100 * n + 50), number=Text(str(n), Span(100 * n, 100 * n + 1)))  # noqa: E731
    assert [_covers(leaves, item(n)) for n in (4, 5, 6)] == [False, False, True]


MINUTES_WITH_BOUNDS = """\
COMMUNE DE SAINT-ORBAN
Séance du conseil municipal du 4 mai 2022

Présents : Mme Lucie NOËL, M. Marc DUBUC, M. Hervé BLIN.
Absent : M. Paul GRAS.
Déroulement : M. Paul GRAS arrive au cours du débat sur la délibération DCM-2022-12.
M. Marc DUBUC quitte la séance après le vote de la délibération DCM-2022-12 et donne pouvoir à M. Hervé BLIN.

DCM-2022-11 – Tarifs de la cantine
Adopté à l'unanimité.

DCM-2022-12 – Travaux de voirie
Adopté à l'unanimité.

DCM-2022-13 – Subventions
Adopté à l'unanimité.
"""


def test_an_item_code_is_no_question_range_and_apres_means_through_that_item() -> None:
    """ "après le vote de la délibération DCM-2022-12": there for 12, gone from 13 ("2022-12" is a
    code, not questions 2022 to 12); "arrive au cours du débat sur la délibération DCM-2022-12": there
    from 12 on, not for 11."""
    from corpus.parse import parse_text
    document = parse_text("saint-orban.txt", MINUTES_WITH_BOUNDS)
    items = {d.number.value: d for d in document.seance.deliberations}
    assert [sat_for(document, items[n], "Marc DUBUC")[0] for n in ("DCM-2022-11", "DCM-2022-12", "DCM-2022-13")] == [
        True, True, False]
    assert [sat_for(document, items[n], "Paul GRAS")[0] for n in ("DCM-2022-11", "DCM-2022-12", "DCM-2022-13")] == [
        False, True, True]


def test_roman_item_numbers_compare_in_order() -> None:
    from assistant.facts import _numbers
    assert _numbers("point III") == (3,) and _numbers("IV") == (4,) and _numbers("IX") < _numbers("XI")
