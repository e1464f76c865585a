"""Arrivals and departures told in a sentence, their subject read back from the verb."""
from __future__ import annotations

from corpus.models import Span
from corpus.parse.movements import ARRIVAL, DEPARTURE, parse_movements


def moved(text: str):
    return [(m.kind, m.person.name, m.proxy_to.name if m.proxy_to else None)
            for m in parse_movements(text, Span(0, len(text)))]


def test_departure_with_its_proxy_and_a_centred_line() -> None:
    text = ("                  Pour : 59\n                  Adopté à l'unanimité\n\n"
            "                 M. Jacques Martin sort de séance et donne sa procuration à M. Lévita.\n")
    assert moved(text) == [(DEPARTURE, "Jacques Martin", "Lévita")]


def test_several_subjects_and_two_verbs_in_one_sentence() -> None:
    text = ("      Messieurs Vignal, Sudres, et Aslanian avec Mme Bigas sortent de séance, Mme le\n"
            "            Maire, Mmes Beccaria, Benouargha-Jaffiol entrent en séance.\n")
    assert moved(text) == [(DEPARTURE, "Vignal", None), (DEPARTURE, "Sudres", None), (DEPARTURE, "Aslanian", None),
                           (DEPARTURE, "Bigas", None), (ARRIVAL, "le Maire", None), (ARRIVAL, "Beccaria", None),
                           (ARRIVAL, "Benouargha-Jaffiol", None)]


def test_initials_notes_in_parentheses_and_definitive_departures() -> None:
    text = ("   S. Blanpied sort de séance, S. El Atmani (avec la procuration de A. Benouargha-\n\n"
            "Jaffiol) entre en séance\n"
            "   N. Bigas sort définitivement de la séance et donne procuration à T. Capuozzi-Boualam\n")
    assert moved(text) == [(DEPARTURE, "S. Blanpied", None), (ARRIVAL, "S. El Atmani", None),
                           (DEPARTURE, "N. Bigas", "T. Capuozzi-Boualam")]


def test_unseen_arrival_after_a_line_of_words() -> None:
    text = "La délibération est adoptée\nMadame Claire DUVAL rejoint la séance.\n"
    assert moved(text) == [(ARRIVAL, "Claire DUVAL", None)]


def test_a_sentence_that_is_no_movement() -> None:
    text = "Monsieur DOMERGUE, je sors et quitte le groupe de Monsieur DOMERGUE à la Ville.\n" \
           "Les élus de l'opposition quittent la séance.\n"
    assert moved(text) == []


def test_unseen_proxy_given_before_leaving_over_a_line_break() -> None:
    text = ("       Monsieur Paul ROCHE donne procuration à Madame Irène VALLS et sort définitivement\n"
            "               de la séance. Mesdames Lina FAURE, Eva COSTE entrent en séance.\n")
    assert moved(text) == [(DEPARTURE, "Paul ROCHE", "Irène VALLS"), (ARRIVAL, "Lina FAURE", None),
                           (ARRIVAL, "Eva COSTE", None)]
