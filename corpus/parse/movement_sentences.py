"""Arrivals and departures told in a sentence: "M. Jacques Martin sort de séance et donne sa
procuration à M. Lévita.", "Mmes Beccaria et Benouargha-Jaffiol, Mme le Maire sortent de séance",
"Madame DASYLVA entre en séance.", "F. Prunier, N. Miraoui (avec la procuration de B.Abbou)
entrent en séance", "Monsieur DOMERGUE revient en séance", "J. Martin sort définitivement de la
séance", "Départ de Maryline et Nelly à 20H50.", "- Mme X arrive pendant l'examen du dossier 118".

The verb is found first; its subject is read backwards, from the verb to the clause before it (a
sentence end, a colon, a blank line, or the previous movement of the same sentence: "Mme Blanpied
sort de séance, M. Sudres entre en séance"). A subject is kept only when it is made of names and
nothing else (civilities, initials, "et", "avec", commas; notes in parentheses set aside); when
the clause also holds other words ("Adopté à l'unanimité⏎M. X sort de séance"), the shortest run
of whole lines before the verb that is only names is the subject.
"""
from __future__ import annotations

import re

from corpus.models import Movement, Person, Span
from corpus.names import clean_name, looks_like_name
from corpus.parse.common import make_text
from corpus.parse.movement_clauses import read_clause
from corpus.parse.people import CIVILITY, person_at
from corpus.parse.seance_dates import TIME

ARRIVAL, DEPARTURE = "arrivée", "départ"
_ROOM = r"(?:s[ée]ance|salle)"
VERB = re.compile(
    rf"(?i)\b(?P<leaves>(?:sort(?:ent)?|quitte(?:nt)?)\s+(?:d[ée]finitivement\s+)?(?:de\s+)?(?:la\s+)?"
    rf"{_ROOM}|s['’]absente(?:nt)?)\b"
    rf"|\b(?P<arrives>(?:entre(?:nt)?|rentre(?:nt)?|revien(?:t|nent)|arrive(?:nt)?|rejoin(?:t|gnent))\s+"
    rf"(?:en|dans\s+la|la)\s+{_ROOM})\b"
    # "Mme X arrive pendant l'examen du dossier 118", "X arrive au point 3": the verb bound to an item or a time
    rf"|\b(?P<arrives_at>arrive(?:nt)?)(?=\s+(?:pendant|durant|lors|au\s+cours|avant|apr[eè]s|au\s+(?:point|§|dossier)|à\s+\d))"
    # "Nelly arrivée à 18H45." (a participle after the name, with the time)
    rf"|\b(?P<arrived>arriv[ée]e?s?)(?=[^\S\n]+à[^\S\n]+\d)")
# "Nelly arrivée à 18H45. Départ à 19H25.": the subject left out is the one just named
ELIDED = re.compile(r"(?:^|(?<=[.;][^\S\n]))[^\S\n]*(?P<leaves>D[ée]part)[^\S\n]+(?=à[^\S\n]+\d)", re.M)
ELIDED_REACH = 80
AT_TIME = re.compile(rf"[^\S\n]+à[^\S\n]+(?P<time>{TIME})")
# the marks that open a line of a list: "- ", "• ", "• → "
BULLET = r"(?:[-–—•▪*→][^\S\n]*)*"
_BULLET_START = re.compile(rf"^\s*{BULLET}")
# a sentence end, not the point of an initial ("J. Martin")
BOUNDARY = re.compile(r"(?<!\b[A-ZÀ-Þ])[.](?=\s)|[:;!?](?=\s)|\n[^\S\n]*\n")
SUBJECT_REACH = 250
JOIN = re.compile(r"\s*,\s*(?:et\s+)?|\s+et\s+|\s+avec\s+")
PAREN = re.compile(r"\([^()]*\)")
_TITLE = re.compile(r"(?i)^(?:le|la)\s+(?:maire|pr[ée]sidente?)$")
CIVILITIES = re.compile(rf"^(?:{CIVILITY}\s*)+")


def _masked(text: str, start: int, end: int) -> str:
    """`text[start:end]` with notes in parentheses blanked (same length): they may hold anything,
    even a blank line ("(avec la procuration de A. Benouargha-⏎⏎Jaffiol)")."""
    window = text[start:end]
    while (match := PAREN.search(window)) is not None:
        window = window[:match.start()] + " " * (match.end() - match.start()) + window[match.end():]
    return window


def firmly_named(text: str, start: int, person: Person) -> bool:
    """Whether `person` is printed as a name for sure: after a civility, with an initial or with a
    surname in capitals ("M. Papin", "R. BLONDEL"), not a capitalised word that could open a phrase."""
    before = text[start:person.span.start]
    return (bool(re.search(CIVILITY, before)) or bool(re.match(r"[A-ZÀ-Þ]\.", person.name))
            or any(len(token) > 1 and token.isupper() for token in person.name.split()))


def _people(text: str, masked: str, offset: int) -> list[Person] | None:
    """The persons named in `masked` (a subject, a list bullet allowed before it), or None when it
    holds anything but names."""
    bullet = _BULLET_START.match(masked)
    offset, masked = offset + bullet.end(), masked[bullet.end():]
    people, last = [], 0
    pieces = []
    for match in JOIN.finditer(masked):
        pieces.append((last, match.start()))
        last = match.end()
    pieces.append((last, len(masked)))
    for a, b in pieces:
        piece = masked[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        lead = a + len(piece) - len(piece.lstrip())
        civility = CIVILITIES.match(stripped)
        if civility:
            lead += civility.end()
            stripped = stripped[civility.end():].strip()
        start = offset + lead
        while text[start].isspace():
            start += 1
        end = start + len(stripped)
        if _TITLE.match(" ".join(stripped.split())):
            words = " ".join(stripped.split()).split()
            people.append(Person(" ".join(words), Span(start, end), " ".join(words[1:])))
            continue
        name = clean_name(stripped)
        if not looks_like_name(name):
            return None
        people.append(Person(name, Span(start, end)))
    return people or None


# "Monsieur Jacques Martin donne procuration à Monsieur Lévita et sort définitivement de la séance"
PROXY_FIRST = re.compile(
    r"[^\S\n]+donne(?:nt)?[^\S\n]+(?:sa[^\S\n]+|leur[^\S\n]+)?(?:procuration|pouvoir)[^\S\n]+à[^\S\n]+(?P<holder>[^\n]{2,60}?)"
    r"[^\S\n]+et[^\S\n]*$", re.I)


def _subject(text: str, verb_start: int, lower: int) -> tuple[list[Person] | None, Person | None]:
    """The persons before the verb, and the holder of a proxy given in the same clause."""
    start = max(lower, verb_start - SUBJECT_REACH)
    masked = _masked(text, start, verb_start)
    holder = None
    proxy_first = PROXY_FIRST.search(masked)
    if proxy_first is not None:
        holder = person_at(text, start + proxy_first.start("holder"), start + proxy_first.end("holder"), with_role=False)
        masked = masked[:proxy_first.start()]
    return _names_before(text, masked, start), holder


def _names_before(text: str, masked: str, start: int) -> list[Person] | None:
    boundary = None
    for boundary in BOUNDARY.finditer(masked):
        pass
    first = boundary.end() if boundary else 0
    starts = [first] + [i + 1 for i, char in enumerate(masked) if char == "\n" and i >= first]
    for local in starts:
        people = _people(text, masked[local:], start + local)
        if people:
            return people
    return None


def sentence_movements(text: str, span: Span) -> list[Movement]:
    """Every arrival or departure told by a verb in `span` (see the module's docstring)."""
    found, lower = [], span.start
    for verb in VERB.finditer(text, span.start, span.end):
        people, proxy = _subject(text, verb.start(), lower)
        lower = verb.end()
        if not people:
            continue
        kind = DEPARTURE if verb.group("leaves") else ARRIVAL
        clause = read_clause(text, verb.end(), span.end)
        if kind == DEPARTURE and clause.proxy_to is not None:
            proxy = clause.proxy_to
        for person in people:
            found.append(Movement(kind=kind, span=Span(people[0].span.start, max(verb.end(), clause.end)),
                                  person=person, proxy_to=proxy if len(people) == 1 else None,
                                  time=clause.time, where=clause.where, counts=clause.counts))
    for elided in ELIDED.finditer(text, span.start, span.end):
        before = [m for m in found if 0 <= elided.start() - m.span.end <= ELIDED_REACH]
        time = AT_TIME.match(text, elided.end() - 1, span.end)
        if before and time is not None:
            found.append(Movement(kind=DEPARTURE, span=Span(elided.start("leaves"), time.end()), person=before[-1].person,
                                  time=make_text(text, time.start("time"), time.end("time"))))
    return found
