"""Arrivals and departures during the séance, read by hand in the real texts."""
from __future__ import annotations

import pytest

from corpus.models import Span
from corpus.parse.movements import ARRIVAL, DEPARTURE, parse_movements
from tests.conftest import parsed

pytestmark = pytest.mark.usefixtures("real_corpus")


def movements(name: str):
    return parsed(name).seance.movements


def counts(movement) -> tuple:
    c = movement.counts
    return tuple(x.value if x else None for x in (c.present_count, c.proxy_count, c.voters, c.absent_count))


def test_lannion_arrival_announced_by_question_range() -> None:
    (callac,) = movements("lannion_2021-07-05_proces-verbal.txt")
    assert (callac.kind, callac.person.name, callac.where.value) == (ARRIVAL, "Jean-Yves CALLAC", "Question 3 à la fin")
    assert counts(callac) == (30, 3, 33, 0)


def test_lannion_departure_with_proxy_then_return_repetitions_dropped() -> None:
    departure, back = movements("lannion_2020-06-08_proces-verbal.txt")
    assert (departure.kind, departure.person.name, departure.proxy_to.name) == (
        DEPARTURE, "Eric ROBERT", "Bernadette CORVISIER")
    assert departure.where.value == "Questions 11 à 17" and counts(departure) == (31, 2, 33, 0)
    assert (back.kind, back.where.value, counts(back)) == (ARRIVAL, "Questions 18 à la fin", (32, 1, 33, 0))


def test_pierrefonds_times() -> None:
    papin, away, tanguy = movements("pierrefonds_2025-04-03_proces-verbal.txt")
    assert (papin.kind, papin.person.name, papin.time.value) == (ARRIVAL, "Papin", "19h06")
    assert (tanguy.kind, tanguy.person.name, tanguy.time.value) == (DEPARTURE, "Tanguy", "20h25")
    # "Hors de la présence de Madame le Maire, le conseil … se prononcer sur le CFU 2024"
    assert (away.kind, away.person.name, away.where.value) == (DEPARTURE, "le Maire",
                                                               "Hors de la présence de Madame le Maire")


def test_putanges_arrival_with_new_counts() -> None:
    (gacoin,) = movements("putanges-le-lac_2019-07-29_deliberations.txt")
    assert gacoin.person.name == "Stéphane GACOIN" and counts(gacoin) == (31, 1, 32, None)


def test_arrivals_noted_in_the_absent_list() -> None:
    found = movements("putanges-le-lac_2017-10-06_compte-rendu-registre.txt")
    assert [(m.person.name, m.where.value) for m in found] == [
        ("Françoise DUARTE", "point n°5-a"), ("Monique FOUREY-BECHET", "point n°5-a")]


def test_leaving_the_room() -> None:
    (superbi,) = movements("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt")
    assert (superbi.kind, superbi.person.name) == (DEPARTURE, "SUPERBI")
    # she leaves for each vote of the accounts and comes back after it
    assert [(m.kind, m.person.name) for m in movements("pierrefonds_2018-04-10_compte-rendu.txt")] == \
        [(DEPARTURE, "le maire"), (ARRIVAL, "le maire")] * 2


def test_narrative_is_not_a_movement() -> None:
    text = "L'incendie était maîtrisé au départ de Monsieur ROBERT. Il a assisté au conseil d'école.\n"
    assert parse_movements(text, Span(0, len(text))) == ()


def test_two_people_arriving_together() -> None:
    text = "Arrivées de Mesdames Monique FOUREY-BECHET et Françoise DUARTE (37 présents, 3 procurations)\n"
    found = parse_movements(text, Span(0, len(text)))
    assert [m.person.name for m in found] == ["Monique FOUREY-BECHET", "Françoise DUARTE"]
    assert found[0].counts.present_count.value == 37


def test_movement_clauses_in_a_bulleted_summary_and_in_parentheses() -> None:
    """A compte rendu sommaire cuts the kind short and drops "de"; the proxy note and the item bound
    are read anywhere in the clause ("après le vote de la question 4", "et donne procuration à"), and
    a movement in parentheses is read too."""
    text = ("Déroulement :\n"
            "- arr. Mme C. BRUN à la question 2\n"
            "- dép. M. P. ROCHE après le vote de la question 4 et donne procuration à Mme C. BRUN\n\n"
            "5. Voirie\n(Départ de Mme Lise VIAL, qui laisse son pouvoir à M. Yves MOREL.)\n"
            "Départ à la retraite de l'agent.\n")
    brun, roche, vial = parse_movements(text, Span(0, len(text)))
    assert (brun.kind, brun.person.name, brun.where.value, brun.proxy_to) == (ARRIVAL, "C. BRUN", "question 2", None)
    assert (roche.kind, roche.person.name, roche.where.value, roche.proxy_to.name) == (
        DEPARTURE, "P. ROCHE", "après le vote de la question 4", "C. BRUN")
    assert (vial.kind, vial.person.name, vial.proxy_to.name) == (DEPARTURE, "Lise VIAL", "Yves MOREL")


def test_a_member_arriving_at_an_item_told_in_a_sentence() -> None:
    text = "Le quorum est atteint.\n• M. Rémi GAY arrive au cours du débat sur le rapport n° 7 (21 présents, 24 votants).\n"
    (gay,) = parse_movements(text, Span(0, len(text)))
    assert (gay.kind, gay.person.name, gay.where.value) == (ARRIVAL, "Rémi GAY", "au cours du débat sur le rapport n° 7")
    assert (gay.counts.present_count.value, gay.counts.voters.value) == (21, 24)
