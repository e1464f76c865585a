"""Names printed with a vote: "Contre : 2, Monsieur TANGUY, Madame SMESSAERT", "(M. LEBLANC et
M. THUILLIER)", "Monsieur Ludovic BAECHLER qui ne prend pas part au vote", "Monsieur le Maire qui ne
prend pas part au vote" (a member designated by office).

A list of names is read greedily from a given offset: civility + capitalised words, joined by
commas or "et", and it stops at the first word that is not part of a name ("en raison du montant",
"qui estime…"), so the prose around a list never becomes a person.
"""
from __future__ import annotations

import re

from corpus.models import Person, Span
from corpus.names import display_name

CIVILITY = r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|MM\.?|Mmes|Mme|Mlle|Mr\.?|M\.)"
# inside a list a civility may be in lower case ("Madame Andrée Noël, messieurs David, Grandsire et Grandin")
LIST_CIVILITY = r"(?:" + CIVILITY + r"|monsieur|madame|messieurs|mesdames)"
# an initial before a surname: "S. Fleurence", "J.-L. Gély", "H. Martin"
_INITIAL = r"(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?[^\S\n]*\n?[^\S\n]*)"
_CAP_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"
# a name: optional civility, then capitalised words (an upper-case surname among them)
_STOP = r"(?!(?:Vote|Pour|Contre|Abstentions?|Absentions?|Unanimit[ée]|Monsieur|Madame|Mme|M\.)(?![\w-]))"
NAME = re.compile(
    r"(?P<civ>" + LIST_CIVILITY + r"(?![\w-])[^\S\n]*\n?[^\S\n]*)?(?P<name>" + _INITIAL + "?" + _CAP_WORD + r"(?:[^\S\n]*\n?[^\S\n]*" + _STOP
    + r"(?:" + _CAP_WORD + r"|d[eu]|de la|le|la)(?![\w'’]))*)"
)
# a member designated by office, not by name: "à l'exception de Monsieur le Maire qui ne prend pas part"
TITLE = re.compile(r"(?:(?:Monsieur|Madame|Mme|M\.)\s+)?(?:le|la)\s+(?:Maire|Pr[ée]sidente?)\b(?=\s*(?:,|qui\b|ne\b|n['’]))")
SEPARATOR = re.compile(r"[^\S\n]*,?[^\S\n]*\n?[^\S\n]*(?:et[^\S\n]+\n?[^\S\n]*)?")
SURNAME = re.compile(r"[A-ZÀ-Þ]{2,}|^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?$")
NOT_NAMES = {"Vote", "Pour", "Contre", "Abstention", "Abstentions", "Le", "La", "Les", "Il", "Elle",
             "Unanimité", "Madame", "Monsieur"}


def read_names(text: str, start: int, end: int, need_civility: bool = False) -> list[Person]:
    """People listed from `start` (commas / "et" between them), stopping at the first non-name."""
    people: list[Person] = []
    pos = start
    while pos < end:
        match = NAME.match(text, pos, end)
        if not match or not _is_name(match, need_civility):
            break
        people.append(_person(text, match))
        sep = SEPARATOR.match(text, match.end(), end)
        if not sep or sep.end() == match.end() or not text[match.end():sep.end()].strip(" \t\n"):
            break
        pos = sep.end()
    return people


def names_in_clause(text: str, start: int, end: int) -> list[Person]:
    """Everyone a clause names, in order: members designated by office ("Mme le Maire") and lists
    led by a civility ("Mmes Capuozzi-Boualem, Prunier, Fourteau, M. Bouillé"); the words between
    ("(avec la procuration de H. Martin) membres du Conseil d'administration") are skipped, a
    name after "de"/"par" (a proxy giver, an organisation's head) is not one of them."""
    people: list[Person] = []
    pos = start
    lead = re.compile(r"(?<![\w'’])(?:" + LIST_CIVILITY + r"(?![\w-])|" + TITLE.pattern + ")")
    while pos < end:
        match = lead.search(text, pos, end)
        if match is None:
            break
        if re.search(r"\b(?:de|du|par|à)\s*$", text[max(start, match.start() - 6):match.start()]):
            pos = match.end()
            continue
        title = TITLE.match(text, match.start(), end)
        if title is not None:
            people.append(Person(" ".join(title.group().split()), Span(title.start(), title.end())))
            pos = title.end()
            continue
        first = NAME.match(text, match.start(), end)
        found = read_names(text, match.start(), end) if first and first.group("civ") else []
        if not found:
            pos = match.end()
            continue
        people += found
        pos = found[-1].span.end
    return people


def name_before(text: str, end: int, start: int) -> Person | None:
    """The person named just before `end` ("Monsieur Ludovic BAECHLER qui ne prend pas part")."""
    window = text[start:end]
    best = None
    for match in re.finditer(CIVILITY + r"\s*" + _CAP_WORD, window):
        best = match
    title = None
    for title in TITLE.finditer(window):
        pass
    if title is not None and (best is None or title.start() > best.start()):
        return Person(" ".join(title.group().split()), Span(start + title.start(), start + title.end()))
    if best is None:
        return None
    found = NAME.match(text, start + best.start(), end)
    return _person(text, found) if found and _is_name(found, True) else None


def _is_name(match: re.Match[str], need_civility: bool) -> bool:
    words = match.group("name").split()
    if need_civility and not match.group("civ"):
        return False
    if not match.group("civ") and (words[0] in NOT_NAMES or not any(SURNAME.search(w) for w in words)):
        return False
    return True


def _person(text: str, match: re.Match[str]) -> Person:
    start, end = match.start("name"), match.end("name")
    return Person(display_name(text[start:end]), Span(start, end))
