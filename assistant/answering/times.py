"""When: a séance's opening and closing times, its convocation, the day a deliberation was voted."""
from __future__ import annotations

import re

from assistant.answering.items import find_deliberations, title_of
from assistant.answering.result import Result, cite_line, french_day, seance_label
from assistant.answering.scope import Scope
from assistant.collectivities import seance_date
from assistant.understanding import Understanding, fold
from index import Index

# the séance's own hours: "à quelle heure a commencé…", "levée à quelle heure" (not "à quelle heure est
# programmée la réunion de lancement…", an event the passages date)
SITTING = re.compile(r"(?:commence|debute|ouvert|leve|termine|fini|cloture|reuni|tenu)e?s?\b|heure d'ouverture|"
                     r"heure de (?:debut|fin)")
SITTING_WORDS = {"heure", "heures", "seance", "installation", "ouverture", "cloture", "debut", "fin"}
# a time other than the deliberation's own: an end, a start, an earlier decision ("avait voté")
OTHER_TIME = re.compile(r"jusqu'a|a partir de|depuis|a compter|\bavai(?:t|ent)\b|precedemment|auparavant")
# "quand a été voté…", "à quelle date le conseil a-t-il approuvé…": the day of a deliberation
DELIBERATION_VERBS = re.compile(r"\b(?:vote|adopte|approuve|examine|delibere|decide|rejete|pris acte|"
                                r"prend acte|presente|soumis)")


def when(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """Dispatch a "when" question: a time of day, the convocation, or the day of a deliberation."""
    question = fold(understanding.question)
    about_sitting = "heure" in question and (SITTING.search(question) or not (
        set(understanding.subject_words(scope.place_words)) - SITTING_WORDS))
    asked = [found for found in (convocation(scope) if "convo" in question else None,
                                 sitting_times(understanding, scope) if about_sitting else None)
             if found is not None]
    if asked:
        return Result(True, "date", " ".join(r.text for r in asked), [c for r in asked for c in r.citations],
                      context=scope)
    if "heure" in question or "convo" in question:
        return None
    if not DELIBERATION_VERBS.search(question.split(",")[0]) or OTHER_TIME.search(question):
        # "à quelle date avait lieu le repas ?", "jusqu'à quand…", "quand le maire a-t-il reçu…, selon
        # le vœu adopté ?": a date the passages give
        return None
    for document, deliberation in find_deliberations(index, understanding, scope, "span")[:1]:
        if document.seance.date is None:
            return None
        text = f"La délibération {title_of(deliberation)} a été examinée à {seance_label(document)}."
        return Result(True, "date", text, [cite_line(document, document.seance.date.span)],
                      [deliberation.id], context=scope)
    return None


def convocation(scope: Scope) -> Result | None:
    """The convocation date of the séances in scope, when stated."""
    if not (scope.narrowed or len(scope.documents) == 1):
        return None
    found = [(d, d.seance.convocation) for d in scope.documents[:3] if d.seance.convocation is not None]
    if not found:
        return None
    # one séance printed in several documents states its convocation in each: said once
    text = " ".join(dict.fromkeys(f"Pour {seance_label(d)}, la convocation est datée du {french_day(c.value)}."
                                  for d, c in found))
    return Result(True, "date", text, [cite_line(d, c.span) for d, c in found], context=scope)


def sitting_times(understanding: Understanding, scope: Scope) -> Result | None:
    """Opening and closing times of the séance in scope; None when none is stated or scope is vague."""
    if not (scope.narrowed or len(scope.documents) == 1):
        return None
    lines, citations = [], []
    for document in scope.documents[:3]:
        seance = document.seance
        parts = []
        if seance.opened_at is not None:
            parts.append(f"ouverte à {seance.opened_at.value}")
            citations.append(cite_line(document, seance.opened_at.span))
        if seance.closed_at is not None:
            parts.append(f"levée à {seance.closed_at.value}")
            citations.append(cite_line(document, seance.closed_at.span))
        if parts:
            lines.append(f"La séance {seance_label(document)[len('la séance '):]} a été {' et '.join(parts)}.")
    if not citations:
        return None
    return Result(True, "date", " ".join(lines), citations, context=scope)


def latest(understanding: Understanding, scope: Scope) -> Result | None:
    """ "Quand a eu lieu le dernier conseil de Couthenans ?": the most recent (or the first) séance
    of the collectivity in scope."""
    question = fold(understanding.question)
    asked = LAST_OR_FIRST.search(question)
    if asked is None or not scope.named_collectivity:
        return None
    dated = sorted((d for d in scope.documents if seance_date(d) is not None), key=seance_date)
    if not dated:
        return None
    document = dated[0] if asked.group(1).startswith("premi") else dated[-1]
    which = "première" if asked.group(1).startswith("premi") else "dernière"
    return Result(True, "date", f"La {which} séance indexée est {seance_label(document)}.",
                  [cite_line(document, document.seance.date.span)], context=scope)


LAST_OR_FIRST = re.compile(r"\b(dernier|derniere|plus recent|plus recente|premier|premiere) (?:conseil|seance|reunion)")

