"""An item named inside a note on presence, with the words that bound it: "au point III", "§ 3",
"après le vote du dossier DEL-2023-121", "pendant l'examen du rapport n° 6.01".

The bound is kept when it says more than "from": "après" and "jusqu'à" (the member sat through
that item), "avant", "pendant"… "au", "à partir du", "dès" are left out ("au point 5" → "point 5").
"""
from __future__ import annotations

import re

from corpus.models import Span

# an item by its kind and number: "point III", "§ 3", "dossier DEL-2023-121", "question n°5"
ITEM = (r"(?:points?|questions?|dossiers?|d[ée]lib[ée]rations?|rapports?|affaires?|§)[^\S\n]*(?:n[°o][^\S\n]*)?"
        r"(?:[\w./-]*\d[\w./-]*|(?-i:[IVXLC]+)\b)")
BOUND = (r"(?P<bound>apr[eè]s|avant|jusqu['’][^\S\n]*(?:à|au|a)|pendant|durant|lors|au[^\S\n]+cours"
         r"|(?P<plain>à[^\S\n]+partir|à[^\S\n]+compter|dès|au|à))\b")
# the bound, then a few words at most before the item ("après le vote du", "pendant l'examen du")
AT_ITEM = re.compile(rf"(?i)(?:{BOUND}(?:[^\S\n]+[^\s,;.()]+){{0,4}}?[^\S\n]+)?(?P<item>{ITEM})")


def item_reference(text: str, start: int, end: int) -> Span | None:
    """The first item named in `text[start:end]`, with its bound when that says more than "at"."""
    found = AT_ITEM.search(text, start, end)
    if found is None:
        return None
    begin = found.start("bound") if found.group("bound") and not found.group("plain") else found.start("item")
    return Span(begin, found.end("item"))
