"""Persons named in running text: "sous la présidence de Monsieur Paul LE BIHAN, Maire".

Member lists are cut by their separators (see `people_lists`); in running text a name has no
separator after it, so it is read by its shape instead: capitalised words, a few lower-case
particles, and a line break only where the next line goes on with an upper-case surname or the line
ends on a hyphen ("Michèle⏎BOURBIER", "Jean-⏎Marc") — so that a name never swallows the next line
of a layout ("Philippe Saurel⏎Montpellier  Présents :").
"""
from __future__ import annotations

import re

from corpus.models import Person, Span
from corpus.names import LOWER, UPPER, clean_name, looks_like_name

CIVILITY = (r"(?:(?i:monsieur|madame|mademoiselle|messieurs|mesdames|mmes|mme|mlle|mm\.?|mr\.?)"
            r"(?![\w])|M\.)")
_WORD = rf"(?:d['’])?[{UPPER}][{UPPER}{LOWER}'’]*(?:-[^\S\n]*(?:\n[^\S\n]*)?[{UPPER}{LOWER}][{UPPER}{LOWER}'’]*)*"
_CAPS_WORD = rf"[{UPPER}][{UPPER}'’]+(?:-[{UPPER}'’]+)*\b"
_PARTICLE = r"(?:de|du|des|le|la|van|von|di|da)"
# an initial before the name: "H. LAINE", "J.-L. Gély"
_INITIALS = rf"(?:[{UPPER}]\.(?:-?[{UPPER}]\.)?[^\S\n]?)"
NAME = (rf"{_INITIALS}?{_WORD}(?:[^\S\n]{{1,3}}(?:{_PARTICLE}[^\S\n]{{1,3}})?{_WORD}"
        rf"|[^\S\n]*\n[^\S\n]*{_CAPS_WORD})*")
# "Monsieur le Maire, Philippe Saurel" / "Monsieur le doyen d'âge de l'Assemblée, Max LEVITA"
_TITLE_FIRST = r"(?:le|la)[^\S\n]+(?P<title>(?i:maire|pr[ée]sident|doyen)[^,\n]{0,40}),[^\S\n]*"
PERSON = re.compile(rf"(?:(?P<civ>{CIVILITY})[^\S\n]*\n?[^\S\n]*(?:{_TITLE_FIRST})?)?(?P<name>{NAME})")
ROLE_AFTER = re.compile(
    r"[^\S\n]*,[^\S\n]*\n?[^\S\n]*(?P<role>(?:\d+(?:er|[eè]re|[eè]me|e)[^\S\n]+|premi[eè]re?[^\S\n]+)?"
    r"(?i:maire|adjoint|adjointe|pr[ée]sident|pr[ée]sidente|vice-pr[ée]sident\w*|doyen|doyenne|"
    r"conseill[eè]re?)[^,.;:()\n]{0,60})")


def person_at(text: str, start: int, end: int, with_role: bool = True) -> Person | None:
    """The person whose name (civility allowed) begins at `start`, skipping spaces; None if none."""
    while start < end and text[start] in " \t\n":
        start += 1
    match = PERSON.match(text, start, end)
    if match is None:
        return None
    return person_from_match(text, match, end if with_role else None)


def person_from_match(text: str, match: re.Match[str], role_end: int | None) -> Person | None:
    """A `Person` from a `PERSON` match, its role read before ("le Maire, X") or after ("X, maire")."""
    name = clean_name(match.group("name"))
    if not looks_like_name(name):
        return None
    role = match.groupdict().get("title")
    if role is None and role_end is not None:
        after = ROLE_AFTER.match(text, match.end("name"), role_end)
        role = after.group("role") if after else None
    role = " ".join(role.split()).rstrip(" -") if role else None
    return Person(name, Span(match.start("name"), match.end("name")), role)

