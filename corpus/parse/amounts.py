"""Sums of money printed in a deliberation: "70 000 €", "148.786,64 € HT", "500 K€", "200 000 euros".

Rates ("31,18%") are not money and are left out. French printing mixes separators: a space, a
no-break space or a dot between thousands, a comma (or a dot before two final digits) for cents.
"""
from __future__ import annotations

import re

from corpus.models import Amount, Span, Text
from corpus.parse.common import squash

AMOUNT = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
    r"[ \u00a0\u202f]?(?P<unit>[KkM]€|€|euros?\b|EUR\b)(?:[ \u00a0\u202f]?(?:HT|TTC)\b)?"
)
MULTIPLIER = {"k€": 1_000, "m€": 1_000_000}


def parse_amounts(text: str, span: Span) -> tuple[Amount, ...]:
    """Every sum of money in the item at `span`, in order."""
    found = []
    for match in AMOUNT.finditer(text, span.start, span.end):
        value = amount_value(match.group("number"))
        if value is not None:
            value *= MULTIPLIER.get(match.group("unit").lower(), 1)
        found.append(Amount(Text(squash(match.group()), Span(match.start(), match.end())), value))
    return tuple(found)


def amount_value(number: str) -> float | None:
    """ "148.786,64" → 148786.64, "298 883.73" → 298883.73, "1.574" → 1574.0, "1500" → 1500.0."""
    digits = re.sub(r"[ \u00a0\u202f]", "", number)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.search(r"\.\d{3}(?:\.|$)", digits):
        digits = digits.replace(".", "")
    try:
        return float(digits)
    except ValueError:
        return None
