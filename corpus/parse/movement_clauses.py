"""What the clause of an arrival or departure says beside who moved: when, at which item, the
proxy left behind, and the counts that followed.

Minutes print these notes in any order and with any words around them: "Départ de M. X (procuration
à Y)", "M. X quitte la séance après le vote du dossier DEL-2023-121 et donne pouvoir à M. Y (84
présents, 9 pouvoirs, 93 votants)", "dép. X après vote § 6, pouvoir à Y → présents 27 / votants 32",
"(Départ de M. X, qui donne pouvoir à M. Y.)", "X arrive pendant l'examen du dossier 118",
"arrivé au point III, avant le vote". So each note is searched for anywhere in the clause, which
ends at the sentence's end, at a parenthesis the movement is printed in, or at the next bulleted line.

The item is kept with the words that bound it (see `item_refs`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Attendance, Person, Span, Text
from corpus.parse.common import make_text
from corpus.parse.item_refs import item_reference
from corpus.parse.members import parse_counts
from corpus.parse.people import person_at
from corpus.parse.seance_dates import TIME

CLAUSE_REACH = 300
# a sentence's end (not the point of an initial, "T. LEROY"), a blank line, or a line opening on a
# bullet, a dash or a parenthesis (the next movement of a list)
CLAUSE_END = re.compile(r"(?<!\b[A-ZÀ-Þ])\.(?=\s)|[;!?](?=\s)|\n[^\S\n]*\n|\n[^\S\n]*(?=[-–—•▪*→(])")
AT_TIME = re.compile(rf"(?i)\bà[^\S\n]+(?P<time>{TIME})")
PROXY = re.compile(r"(?i)(?:\bqui[^\S\n]+|\bet[^\S\n]+)?(?:\b(?:donne(?:nt)?|a[^\S\n]+donn[ée]e?|laisse)[^\S\n]+)?"
                   r"(?:(?:sa|son|leur)[^\S\n]+)?\b(?:procuration|pouvoir|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)(?:[^\S\n]+donn[ée]e?)?\s+(?:à|a)\s+")


@dataclass(frozen=True)
class MovementClause:
    """The notes of one movement's clause; `end` is where the last note read ends."""

    end: int
    time: Text | None = None
    where: Text | None = None
    proxy_to: Person | None = None
    counts: Attendance | None = None


def clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause from `start` ends: its sentence's end, a ")" closing a parenthesis opened
    before `start`, the next bulleted line or a blank line; `limit` at most."""
    end = min(limit, start + CLAUSE_REACH)
    stop = CLAUSE_END.search(text, start, end)
    end = stop.start() if stop else end
    depth = 0
    for index in range(start, end):
        depth += (text[index] == "(") - (text[index] == ")")
        if depth < 0:
            return index
    return end


def read_clause(text: str, start: int, limit: int) -> MovementClause:
    """Time, item, proxy holder and counts printed in the clause from `start` (past the name)."""
    end = clause_end(text, start, limit)
    last = start
    time = AT_TIME.search(text, start, end)
    item = item_reference(text, start, end)
    proxy = PROXY.search(text, start, end)
    holder = person_at(text, proxy.end(), end, with_role=False) if proxy else None
    counts = parse_counts(text, Span(start, end))
    if time is not None:
        last = max(last, time.end())
    if item is not None:
        last = max(last, item.end)
    if holder is not None:
        last = max(last, holder.span.end)
    return MovementClause(
        end=last,
        time=make_text(text, time.start("time"), time.end("time")) if time else None,
        where=make_text(text, item.start, item.end) if item else None,
        proxy_to=holder,
        counts=counts)

