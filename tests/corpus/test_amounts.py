"""Money amounts: printed forms, values in euros, rates left out."""
from __future__ import annotations

import pytest

from corpus.models import Span
from corpus.parse.amounts import amount_value, parse_amounts
from tests.corpus._real import layout_of, text_of


@pytest.mark.parametrize("printed,value", [
    ("148.786,64", 148786.64), ("298 883.73", 298883.73), ("1.574", 1574.0), ("1500", 1500.0),
    ("200 000", 200000.0), ("160,00", 160.0),
])
def test_amount_value(printed: str, value: float) -> None:
    assert amount_value(printed) == value


def test_units_and_suffixes() -> None:
    text = "un emprunt de 500 K€ en 2023, soit 5.819,29 € HT et 200 000 euros ; taux 31,18%"
    found = [(a.text.value, a.value) for a in parse_amounts(text, Span(0, len(text)))]
    assert found == [("500 K€", 500000.0), ("5.819,29 € HT", 5819.29), ("200 000 euros", 200000.0)]


def test_real_amounts() -> None:
    name = "montpellier_2014-05-22_subventions-2014.txt"
    amounts = parse_amounts(text_of(name), layout_of(name).items[0].span)
    assert amounts[0].text.value == "70 000 €" and amounts[0].value == 70000.0
    assert amounts[-1].value == 282781.0
    rates = "montpellier_2014-04-24_taux-imposition-2014.txt"
    assert all("%" not in a.text.value for a in parse_amounts(text_of(rates), layout_of(rates).items[0].span))
