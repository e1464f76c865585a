"""Arrivals and departures during the séance, with when, where, the proxy left and the new counts.

Forms read, each at a line start or a sentence start so that a narrative ("maîtrisé au départ de
Monsieur ROBERT") is not taken: "Départ de Monsieur Eric ROBERT (procuration à Bernadette
CORVISIER)" under a heading "Questions 11 à 17 :" followed by "31 présents 2 procurations 33
votants"; "Arrivée de M. Papin à 19h06."; "Arrivées de Mesdames X et Y … (37 présents, 3
procurations, soit 40 votants)"; "Retour de …" (an arrival); "Madame le maire quitte la séance.";
"M. SUPERBI est invité à sortir de la salle."; a sentence told around its verb ("M. X sort de
séance et donne sa procuration à M. Y", "Madame DASYLVA entre en séance": `movement_sentences`);
and a presence limited in time noted in a member list: "Françoise DUARTE (arrivée au point
n°5-a)", "Ronan TANGUY (départ à 19h59)", "Anne ROUX (jusqu'à la question n°5)" (a departure whose
`where` keeps "jusqu'à": she sat through question 5).

A procès-verbal may announce the movements in its header by question range and repeat them where
they happen; a later movement of the same kind and person as an earlier one that has its `where`
(or the same time) is that repetition, and is dropped.

A compte rendu sommaire cuts the words short and drops the "de" ("• arr. R. BLONDEL au § 3",
"• → départ S. ROUX (pouvoir à T. LEROY)"), and a procès-verbal may put the movement in parentheses
("(Départ de M. X, qui donne pouvoir à M. Y.)"); what the clause says beside the name is read by
`movement_clauses`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.models import Movement, Person, Span
from corpus.names import designates, same_person
from corpus.parse.common import make_text
from corpus.parse.labels import label_word
from corpus.parse.members import list_notes, parse_counts
from corpus.parse.movement_clauses import read_clause
from corpus.parse.movement_sentences import BULLET, firmly_named, sentence_movements
from corpus.parse.people import CIVILITY, person_at

ARRIVAL, DEPARTURE = "arrivée", "départ"
_KIND = (rf"(?P<kind>(?i:arriv[ée]es?|d[ée]parts?|retours?)|{label_word('arrivee', whole=False)}"
         rf"|{label_word('depart', whole=False)})")
ANNOUNCED = re.compile(
    rf"(?m)(?:^|(?<=[.;][^\S\n])|(?<=\())[^\S\n]*{BULLET}{_KIND}[^\S\n]+(?P<of>(?i:de|d['’])[^\S\n]+)?"
    r"(?:(?i:mesdames|messieurs)[^\S\n]+)?")
_STEPPER = rf"(?m)^[^\S\n]*{BULLET}(?:(?P<civ>{CIVILITY})[^\S\n]+(?P<title>(?i:le|la)[^\S\n]+(?i:maire|pr[ée]sident\w*))|(?=\S))"
LEAVES = re.compile(
    _STEPPER + r"(?P<rest>[^\n]{0,60}?)[^\S\n]+(?i:quitte[^\S\n]+la[^\S\n]+(?:s[ée]ance|salle)|est[^\S\n]+invit[ée]e?[^\S\n]+à[^\S\n]+sortir"
    r"|se[^\S\n]+retire\b)")
# "Madame le maire réintègre la séance", "M. SUPERBI réintègre le conseil": back after leaving
RETURNS = re.compile(
    _STEPPER + r"(?P<rest>[^\n]{0,60}?)[^\S\n]+(?i:r[ée]int[èe]gre[^\S\n]+(?:la|le)[^\S\n]+(?:s[ée]ance|salle|conseil)"
    r"|revient[^\S\n]+(?:en|dans[^\S\n]+la)[^\S\n]+(?:s[ée]ance|salle))")
# "Hors de la présence de Madame le Maire, le conseil … se prononcer sur le CFU": away for that item only
AWAY_FOR_ITEM = re.compile(r"(?i:hors[^\S\n]+de[^\S\n]+la[^\S\n]+pr[ée]sence[^\S\n]+d[eu])[^\S\n]+"
                           rf"(?:(?P<civ>{CIVILITY})[^\S\n]+)?(?P<title>(?i:le|la)[^\S\n]+(?i:maire|pr[ée]sident\w*))")
AWAY_WHERE = "hors de la présence"  # how such a movement's `where` starts
JOIN = re.compile(r"[^\S\n]*(?:,|\bet\b)[^\S\n]*")
HEADING = re.compile(
    r"(?m)^[^\S\n]*(?P<where>(?i:questions?|points?|d[ée]lib[ée]rations?)[^\S\n]+(?:n°[^\S\n]*)?[\w-]+"
    r"(?:[^\S\n]+(?:à|et)[^\S\n]+(?:la[^\S\n]+fin|[\w-]+))?)[^\S\n]*:[^\S\n]*\n?")
HEADING_REACH = 200
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
COUNTS_REACH = 300


def _kind(word: str) -> str:
    return DEPARTURE if word.lower().startswith("d") else ARRIVAL


def _where(text: str, start: int, lower: int):
    """The question range announced just above a movement ("Questions 11 à 17 :"), if any."""
    heading = None
    for heading in HEADING.finditer(text, max(lower, start - HEADING_REACH), start):
        pass
    if heading is None or heading.end() < start - 1 or _BLANK_LINE.search(text, heading.end(), start):
        return None
    return make_text(text, heading.start("where"), heading.end("where"))


def _paragraph_end(text: str, start: int, end: int) -> int:
    blank = _BLANK_LINE.search(text, start, min(end, start + COUNTS_REACH))
    return blank.start() if blank else min(end, start + COUNTS_REACH)


def _people_named(text: str, position: int, end: int) -> list[Person]:
    """The persons named from `position` on, joined by commas or "et" ("Mesdames X et Y")."""
    people = []
    while (person := person_at(text, position, end, with_role=False)) is not None:
        people.append(person)
        joined = JOIN.match(text, person.span.end, end)
        if joined is None or not joined.group().strip():
            break
        position = joined.end()
    return people


def _announced(text: str, match: re.Match[str], span: Span) -> list[Movement]:
    """The movements of one "Arrivée(s)/Départ/Retour de …" line: one per person named, with what
    its clause says (the proxy left, the time, the item; see `movement_clauses`), else the question
    range above, and the counts announced in the same paragraph. Without "de" ("arr. R. BLONDEL")
    the name must be printed as one (a civility, an initial or a surname in capitals)."""
    people = _people_named(text, match.end(), span.end)
    if not people or match.group("of") is None and not firmly_named(text, match.end(), people[0]):
        return []
    tail = people[-1].span.end
    clause = read_clause(text, tail, span.end)
    where = clause.where or _where(text, match.start(), span.start)
    counts = clause.counts or parse_counts(text, Span(tail, _paragraph_end(text, tail, span.end)))
    statement = Span(match.start("kind"), clause.end)
    return [Movement(kind=_kind(match.group("kind")), span=statement, person=person, time=clause.time,
                     where=where, proxy_to=clause.proxy_to, counts=counts) for person in people]


def _stepping(text: str, match: re.Match[str], kind: str, limit: int) -> Movement | None:
    """ "Madame le maire quitte la séance" (the title stands for the name), "M. SUPERBI est invité
    à sortir de la salle", "Madame le maire réintègre la séance"."""
    title = match.group("title")
    if title:
        words = title.split()
        person = Person(" ".join(words), Span(match.start("title"), match.end("title")), " ".join(words[1:]))
        start = match.start("civ")
    else:
        person = person_at(text, match.start("rest"), match.end("rest"), with_role=False)
        if person is None or text[person.span.end:match.end("rest")].strip(" ,"):
            return None
        start = person.span.start
    clause = read_clause(text, match.end(), limit)
    return Movement(kind=kind, span=Span(start, max(match.end(), clause.end)), person=person, time=clause.time,
                    where=clause.where, proxy_to=clause.proxy_to if kind == DEPARTURE else None, counts=clause.counts)


def _repeated(movement: Movement, earlier: list[Movement]) -> int | None:
    """The index of the earlier record of the same arrival or departure, if any."""
    if movement.person is None:
        return None
    return next((i for i, e in enumerate(earlier) if e.kind == movement.kind and e.person is not None
                 and (e.where is not None and same_person(e.person.name, movement.person.name)
                      or e.time is not None and movement.time is not None and e.time.value == movement.time.value
                      and designates(e.person.name, movement.person.name))), None)


def parse_movements(text: str, span: Span) -> tuple[Movement, ...]:
    """Every arrival and departure stated in `span`, in text order, repetitions dropped."""
    found = [Movement(kind=note.kind, span=Span(note.person.span.start if note.start is None else note.start, note.end),
                      person=note.person,
                      where=make_text(text, note.where.start, note.where.end) if note.where else None,
                      time=make_text(text, note.time.start, note.time.end) if note.time else None)
             for note in list_notes(text, span)]
    for match in ANNOUNCED.finditer(text, span.start, span.end):
        found.extend(_announced(text, match, span))
    for match in AWAY_FOR_ITEM.finditer(text, span.start, span.end):
        words = match.group("title").split()
        person = Person(" ".join(words), Span(*match.span("title")), " ".join(words[1:]))
        found.append(Movement(kind=DEPARTURE, span=Span(match.start(), match.end()), person=person,
                              where=make_text(text, match.start(), match.end())))
    for pattern, kind in ((LEAVES, DEPARTURE), (RETURNS, ARRIVAL)):
        for match in pattern.finditer(text, span.start, span.end):
            movement = _stepping(text, match, kind, span.end)
            if movement is not None:
                found.append(movement)
    told = [m for m in sentence_movements(text, span)
            if not any(m.span.start < f.span.end and f.span.start < m.span.end for f in found)]
    found.extend(told)
    kept: list[Movement] = []
    for movement in sorted(found, key=lambda m: m.span.start):
        earlier = _repeated(movement, kept)
        if earlier is None:
            kept.append(movement)
        else:
            # the header says where she arrived, the statement at that point the time and the counts
            kept[earlier] = replace(kept[earlier], counts=kept[earlier].counts or movement.counts,
                                    time=kept[earlier].time or movement.time)
    return tuple(kept)
