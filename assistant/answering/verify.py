"""Near misses caught: what the question pins down must stand in the evidence quoted.

A passage can share most of a question's words and still be about something else: "la
modification n°2 du PLU" answered with the text of modification n°1, the 2019 budget for a
question on 2021, another association's subsidy. The question's distinctive constraints — numbers
that identify something ("n°2", "avenant 3"), years other than the séance's, capitalised names —
must be printed in the deliberation (for numbers and years) or the document (for names) the
answer quotes; when one is not, the answer says what was found instead of answering.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from assistant.answering.passages import numbers_in_figures
from assistant.understanding import Understanding, fold
from corpus.models import Document, Span

# a number that names one thing among its siblings: "n°2", "numéro 3", "avenant 2", "lot 4"
IDENTIFYING_NUMBER = re.compile(
    r"\b(?:n\s*°|no\.?|numero|num\.)\s*(?:[a-z]{1,4}[-_ ]?)?(\d{1,4}(?:[_/.-]\d{1,4})+)\b"  # "n°2024_63", "n° DEL-2023-118"
    r"|\b(?:n\s*°|no\.?|numero|num\.)\s*(\d{1,4})\b"
    r"|\b(?:modification|avenant|tranche|phase|lot|decision modificative|dm|revision)\s+(?:n\s*°\s*)?(\d{1,3})\b")
DAY_OF_MONTH = re.compile(r"(?:er)?\s+(?:janv|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec)[a-z]*\.?(?![a-z])")
RANGE_END = re.compile(r"\s*(?:-|–|a|à)\s*\d")
YEAR = re.compile(r"\b(?:19[89]\d|20\d\d)\b")
MINOR_UNITS = {"de", "du", "des", "la", "le", "les", "en", "pour", "sur", "dans", "avec"}
# a number right after "n°", "lot", "tranche"…: already an identifying number
IDENTIFIED_BEFORE = re.compile(r"(?:n\s*°|no\.?|numero|num\.|modification|avenant|tranche|phase|lot|dm|revision)\s*$")
SECOND = re.compile(r"\bseconde?\b")
# an ordinal that ranks one of a series ("dixième adjoint", "3e tranche"), once numbers in words are figures
RANKED = re.compile(r"\b(\d{1,2})\s*(?:er|ere|re|e|eme|°)\s+(adjoint|vice-president|tranche|modification|avenant|"
                    r"revision|phase|lot|decision modificative|conseiller delegue|tour)")

# a quantity the question gives with what it counts or measures: "un bac de 120 litres", "4 000 €",
# "une salle de 250 places"; the number is read whole ("804 120,00 €" holds no 120)
QUANTITY = re.compile(r"(?<![\d/.,])(\d{1,3}(?:[ .]\d{3})+|\d+)(,\d+)?\s*(€|%|[a-z²³]+)")
NOT_MEASURED = {"h", "heure", "heures", "min", "er", "ere", "re", "e", "eme", "et", "a", "ou", "au"}


@dataclass(frozen=True)
class Constraint:
    """Something the question pins down, how it is said, and where it must be printed."""

    label: str
    pattern: re.Pattern[str]
    whole_document: bool  # a name may be printed anywhere in the séance; a number in the item
    in_figures: bool = False  # to be read in the evidence with its numbers in words made figures
    identifies: bool = False  # a number naming one thing among its siblings ("tranche 2", "n°2024_63")


def constraints(understanding: Understanding, places: set[str]) -> list[Constraint]:
    question = fold(understanding.question)
    found: list[Constraint] = []
    for match in IDENTIFYING_NUMBER.finditer(question):
        if DAY_OF_MONTH.match(question, match.end()) or RANGE_END.match(question, match.end()):
            continue  # "CP Lot 21 novembre 2022": a date after a name, not lot n° 21; "tranche 0-100 m3": a range
        if match.group(1):
            # a number in parts is printed with any separator and prefix: "2024_63", "D2024-63", "2024/063"
            parts = re.split(r"[_/.-]", match.group(1))
            found.append(Constraint(match.group().strip(), re.compile(
                r"(?<![\d])0*" + r"\s?[_/.–-]\s?0*".join(p.lstrip("0") or "0" for p in parts) + r"(?!\d)"), False,
                identifies=True))
            continue
        number = match.group(2) or match.group(3)
        found.append(Constraint(match.group().strip(), re.compile(
            rf"(?:n\s*°|no\.?|numero|num\.|modification|avenant|tranche|phase|lot|dm|revision)\s*(?:n\s*°\s*)?0*{number}\b"
            rf"|\b{number}\s*(?:er|e|eme|ere)\b"), False, identifies=True))
    for number, noun in dict.fromkeys(RANKED.findall(in_figures(understanding.question))):
        found.append(Constraint(f"{number}e {noun}", re.compile(rf"\b{number}\s*(?:er|ere|re|e|eme|°)\s+{noun}"),
                                False, in_figures=True))
    for quantity in _quantities(question):
        found.append(Constraint(quantity, _printed_whole(quantity), False, in_figures=True))
    for year in dict.fromkeys(YEAR.findall(question)):
        if not any(hint.year == int(year) and hint.day for hint in understanding.dates):  # a séance's day
            found.append(Constraint(year, re.compile(rf"\b{year}\b|\b{year[:2]}{year[2:]}\b|\b\d{{2}}/{year[2:]}\b"), False))
    for name in dict.fromkeys(understanding.proper_names(places)):
        if len(name) >= 4:
            found.append(Constraint(name, re.compile(rf"\b{re.escape(name)}"), True))
    return found


def _quantities(question: str) -> list[str]:
    """The numbers of the folded question that count or measure something, apart from dates,
    times, years, ranks and numbers already read as identifying one item."""
    found = []
    for match in QUANTITY.finditer(question):
        number, unit = match.group(1), match.group(3)
        if unit in NOT_MEASURED or unit in MINOR_UNITS or YEAR.fullmatch(number) \
                or DAY_OF_MONTH.match(question, match.start(3) - 1) or IDENTIFIED_BEFORE.search(question[:match.start()]):
            continue
        found.append(number)
    return list(dict.fromkeys(found))


def _printed_whole(number: str) -> re.Pattern[str]:
    """`number` as a whole figure, its thousands apart or not ("4 000", "4000", "4.000")."""
    digits = re.sub(r"\D", "", number)
    groups = [digits[max(0, i - 3):i] for i in range(len(digits), 0, -3)][::-1]
    return re.compile(r"(?<![\d,.])(?<!\d )" + r"[ .\u00a0]?".join(groups) + r"(?![\d]|[ .\u00a0]\d{3}\b)")


def in_figures(text: str) -> str:
    """`text` folded, its numbers and ordinals in words made figures ("troisième" → "3ème",
    "second tour" → "2e tour")."""
    return SECOND.sub("2e", fold(numbers_in_figures(text)))


@lru_cache(maxsize=32)
def _folded(text: str) -> str:
    """A document's folded text, once per document (a question checks several of its items)."""
    return fold(text)


def unmet(found: list[Constraint], document: Document, region: Span | None) -> list[str]:
    """The labels of the constraints the evidence does not print (the séance's own year needs not be)."""
    if not found:
        return []
    whole = _folded(document.text)
    local = fold(document.text[region.start:region.end]) if region is not None else whole
    figures = in_figures(document.text[region.start:region.end] if region is not None else document.text) \
        if any(c.in_figures for c in found) else ""
    own_year = str(document.seance.date.value.year) if document.seance.date else None
    return [c.label for c in found if c.label != own_year
            and not c.pattern.search(whole if c.whole_document else figures if c.in_figures else local)]
