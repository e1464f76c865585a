"""The séance's closing time, however the closing sentence is turned."""
from __future__ import annotations

import pytest

from corpus.parse.seance_dates import closing_time


@pytest.mark.parametrize("text, time", [
    ("L'ordre du jour étant épuisé, la séance est levée à 22h25.", "22h25"),
    ("Plus rien n'étant à délibérer, Mme la Maire lève la séance à 23 h 05.", "23 h 05"),
    ("   – fin de séance : 19h40", "19h40"),
    ("Clôture de la réunion à 21 h 00.", "21 h 00"),
    ("Le Président déclare la séance close à vingt heures.", "vingt heures"),
    ("La séance est levée à 20h10.\nReprise à 20h30.\nLa séance est levée à 23h15.", "23h15"),
])
def test_closing_sentence_in_either_order(text: str, time: str) -> None:
    found = closing_time(text)
    assert found is not None and found.value == time
    assert text[found.span.start:found.span.end] == time


@pytest.mark.parametrize("text", [
    "Le conseil vote à main levée à l'unanimité.",
    "La séance est ouverte à 18h00.",
    "Fin des travaux de voirie prévue à 18h00.",
])
def test_no_closing_without_the_seance_ending(text: str) -> None:
    assert closing_time(text) is None
