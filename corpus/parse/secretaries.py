"""The séance's secretary, or secretaries, when the header's cues (`seance.SECRETARY`) name none or
name one of two.

Two secretaries are printed together: "Secrétaires de séance : Mme X et M. Y", "Mme X et M. Y sont
désignés secrétaires de séance"; the second is read as the name joined to the first by "et" or a
comma.

When no cue names anyone, each mention of a séance secretary in the preliminaries is a source of
candidates: the persons named in the sentence of the mention and the next one ("Je vais soumettre
aux voix l'élection de la secrétaire de séance. Je vous propose la candidature de Mademoiselle
Maud BODKIN."). A candidate scores by the words that designate ("candidature", "propose",
"désigné", "nommé", "élu", a colon), by being printed with a civility and a full name, and by
nearness; the president and the "secrétaire de mairie" (a staff member) are not candidates.
"""
from __future__ import annotations

import re

from corpus.models import Person
from corpus.models import Span
from corpus.names import designates
from corpus.parse.people import PERSON, person_at, person_from_match

PRELIMINARIES = 6000
MENTION = re.compile(r"(?i)secr[ée]taires?(?![^\S\n]+(?:de[^\S\n]+mairie|g[ée]n[ée]ral|administrati|d['’][ée]tat))"
                     r"(?:[^\S\n]+(?:de|de la)[^\S\n]+s[ée]ance)?")
DESIGNATES = re.compile(r"(?i)candidat|propos|d[ée]sign|nomm|[ée]lu|choisi|remplir|:|\bà\s+savoir")
SENTENCE_END = re.compile(r"(?<!\b[A-ZÀ-Þ])[.!?](?=\s)")
JOINED = re.compile(r"[^\S\n]*(?:,|\bet\b)[^\S\n]*\n?[^\S\n]*")
AFTER_REACH = 250
BEFORE_REACH = 150
MIN_SCORE = 3


def _second(text: str, first: Person, end: int) -> Person | None:
    """A second secretary joined to the first ("Mme X et M. Y"), if the text says secretaries."""
    joined = JOINED.match(text, first.span.end, end)
    if joined is None or not joined.group().strip():
        return None
    after = person_at(text, joined.end(), end, with_role=False)
    if after is None or not _full_enough(text, after):
        return None
    around = text[max(0, first.span.start - 80):min(len(text), after.span.end + 80)]
    return after if re.search(r"(?i)secr[ée]taires|sont[^\S\n]+(?:nommé|désigné|élu)", around) else None


def _full_enough(text: str, person: Person) -> bool:
    """Printed with a civility, an upper-case surname or two capitalised words: not "Je", "Qui"."""
    before = text[max(0, person.span.start - 14):person.span.start]
    civility = re.search(r"(?i)(?:\bm\.|\bmme|\bmlle|monsieur|madame|mademoiselle)\s*$", before)
    tokens = person.name.split()
    return bool(civility) or len(tokens) >= 2 or any(len(t) > 1 and t.isupper() for t in tokens)


def _candidates(text: str, span: Span, president: Person | None) -> list[tuple[float, Person]]:
    scored = []
    for mention in MENTION.finditer(text, span.start, span.end):
        ends = [m.end() for m in SENTENCE_END.finditer(text, mention.end(), min(span.end, mention.end() + AFTER_REACH))]
        stop = ends[1] if len(ends) > 1 else (ends[0] if ends else min(span.end, mention.end() + AFTER_REACH))
        begin = max(span.start, mention.start() - BEFORE_REACH)
        starts = [m.end() for m in SENTENCE_END.finditer(text, begin, mention.start())]
        begin = starts[-1] if starts else begin
        for match in PERSON.finditer(text, begin, stop):
            if mention.start() <= match.start() < mention.end():
                continue
            person = person_from_match(text, match, None)
            if person is None or not _full_enough(text, person):
                continue
            if president is not None and designates(person.name, president.name):
                continue
            between = text[mention.end():person.span.start] if person.span.start > mention.end() \
                else text[person.span.end:mention.start()]
            score = 2.0 * bool(DESIGNATES.search(between)) + bool(match.group("civ")) \
                + (len(person.name.split()) >= 2) + 1.0 - len(between) / AFTER_REACH
            scored.append((score, person))
    return scored


def parse_secretaries(text: str, header: Span, found: Person | None,
                      president: Person | None = None) -> tuple[Person, ...]:
    """The secretaries of the séance: `found` (what the header's cues read) and a second joined to
    it, else the best-scored candidate of the preliminaries; () when none."""
    wider = Span(header.start, max(header.end, min(len(text), header.start + PRELIMINARIES)))
    if found is not None:
        second = _second(text, found, wider.end)
        return (found, second) if second is not None else (found,)
    scored = _candidates(text, wider, president)
    if not scored:
        return ()
    score, best = max(scored, key=lambda pair: pair[0])
    if score < MIN_SCORE:
        return ()
    second = _second(text, best, wider.end)
    return (best, second) if second is not None else (best,)
