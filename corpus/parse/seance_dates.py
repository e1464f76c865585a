"""When a séance sat: its date, the convocation date, the opening and closing times.

A header prints several dates: the sitting's, the convocation's, the transmission to the
préfecture, the earlier séance whose minutes are approved. Each date is classified by the words just
before it (cut at the previous date, so that "Envoi Préfecture : 26/05/2014⏎jeudi 22 mai 2014" does
not lend the préfecture to the sitting): "convoqué(s) le", "Convocation … du" → convocation;
"compte rendu / procès-verbal de la séance du", "Préfecture", "arrêté" → neither; "Séance du",
"Conseil Municipal du", "s'est réuni … le", "s'ouvrira le :", "L'an deux mille …" → the sitting.
The sitting's date is the first date so introduced, else the first date left unclassified.
The file name is never used.
"""
from __future__ import annotations

import re

from corpus.models import Date, Span, Text
from corpus.parse.common import NUMBER_WORDS, find_dates, find_word_dates, fold, make_text, squash

CONTEXT_CHARS = 160  # of the squashed text: layout spaces and margins do not count
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
CONVOCATION = re.compile(r"convoqu\w*[^.]{0,80}$|convocation[^.]{0,120}$")
REFERENCE = re.compile(
    r"(?:compte[- ]rendu|proces[- ]verbal|\bpv|prefecture|arrete|\bloi|deliberation|decision|en date)\b[^.]{0,80}$")
SITTING = re.compile(
    rf"(?:seance(?:\s+publique)?\s+du|conseil\s+\w+\s+du|\bcr\s+du\s+conseil\s+\w+|s['’]ouvrira\s+le\s*:?"
    rf"|reuni[^.]{{0,120}}\ble|^\s*du|seance\s+:)(?:\s*{_WEEKDAY})?\s*$")
TIME = (rf"\d{{1,2}}[^\S\n]*[hH](?:[^\S\n]*\d{{2}})?\b|\d{{1,2}}:\d{{2}}"
         rf"|(?:{NUMBER_WORDS})[^\S\n]+heures?(?:[^\S\n]+(?:{NUMBER_WORDS}))?")
OPENING = re.compile(rf"\bà[^\S\n]*\n?[^\S\n]*(?P<time>{TIME})", re.IGNORECASE)
OPENING_WINDOW = 120
CLOSING = re.compile(
    rf"(?:s[ée]ance|r[ée]union)\s+(?:est\s+)?(?:lev[ée]e|close|cl[ôo]tur[ée]e)[^.\n]{{0,20}}?\bà\s+(?P<time>{TIME})"
    rf"|ordre\s+du\s+jour\s+(?:[ée]tant\s+)?[ée]puis[ée][^.\n]{{0,20}}?\bà\s+(?P<time2>{TIME})",
    re.IGNORECASE)


def _all_dates(text: str, span: Span) -> list[Date]:
    """Dates in digits and in words, in text order, a words date hiding the digits one inside it."""
    worded = find_word_dates(text, span.start, span.end)
    digits = [d for d in find_dates(text, span.start, span.end)
              if not any(w.span.contains(d.span) for w in worded)]
    return sorted(worded + digits, key=lambda d: d.span.start)


def _kind(text: str, date: Date, previous_end: int) -> str | None:
    """ "sitting", "convocation", "reference" or None, from the words before `date`."""
    if fold(text[date.span.start:date.span.start + 6]).startswith("l'an") or \
            fold(text[date.span.start:date.span.start + 6]).startswith("l’an"):
        return "sitting"
    raw = text[max(previous_end, date.span.start - 3 * CONTEXT_CHARS):date.span.start]
    context = squash(fold(raw))[-CONTEXT_CHARS:]
    if CONVOCATION.search(context):
        return "convocation"
    if REFERENCE.search(context):
        return "reference"
    if SITTING.search(context):
        return "sitting"
    return None


def _classified(text: str, span: Span) -> list[tuple[Date, str | None]]:
    """Every date of `span` with its kind (see `_kind`)."""
    found, previous_end = [], span.start
    for date in _all_dates(text, span):
        found.append((date, _kind(text, date, previous_end)))
        previous_end = date.span.end
    return found


def sitting_and_convocation(text: str, span: Span) -> tuple[Date | None, Date | None]:
    """The séance's date and its convocation date, as stated in `span`."""
    classified = _classified(text, span)

    def first(kind: str | None) -> Date | None:
        return next((date for date, found in classified if found == kind), None)

    return first("sitting") or first(None), first("convocation")


def opening_time(text: str, span: Span) -> Text | None:
    """The opening time printed right after a statement of the séance's date ("le jeudi 22 mai 2014
    à 18h00", "lundi 08 juin 2020⏎à 18 H 00"); a header may state the date several times."""
    for date, kind in _classified(text, span):
        if kind in ("sitting", None):
            match = OPENING.search(text, date.span.end, min(span.end, date.span.end + OPENING_WINDOW))
            if match:
                return make_text(text, match.start("time"), match.end("time"))
    return None


def closing_time(text: str) -> Text | None:
    """When the séance was closed: the last "La séance est levée à 21h15" of the whole text (it
    comes after the last deliberation, far outside the header)."""
    last = None
    for last in CLOSING.finditer(text):
        pass
    if last is None:
        return None
    group = "time" if last.group("time") else "time2"
    return make_text(text, last.start(group), last.end(group))
