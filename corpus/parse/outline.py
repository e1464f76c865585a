"""Which heading candidates open the items: the best family of candidates, read as a sequence.

Candidates of one family (one numbering style) are read as a chain: a dynamic programme keeps the
subsequence with the most evidence under its headings plus the best links between consecutive
numbers (the next number or sub-point; a restart under a new section; a number repeated at one
margin is neutral, a jump or a step back costs, less for register codes typed by hand, and the
rapporteur column of two-column minutes needs no order at all). Evidence of a heading: text under it
before the next one of its family (a bare line is an agenda entry or a table row), a vote or a
decision in that text, a title opening a line rather than going on a sentence or a list, a margin
like the family's, and agreement with an agenda or a recap: of two headings with one title, the one
with text under it is the point. A short capitals title ("VOIRIE") must also open its point in
sequence: after a vote, with a vote to come. A family scores its best chain and the best family gives the
items; points withdrawn ("27- AFFAIRE RETIREE") are put back when they fill a gap in the numbering
exactly. A run of other candidates that repeats the chosen titles (an agenda, a recap) ends the item
before it.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from corpus.parse import votes
from corpus.parse.common import folded
from corpus.parse.headings import Candidate, is_short

BARE_CHARS = 25  # less text than this under a heading: a list entry, not a point
LONG_CHARS = 150
SHORT_WITHOUT_VOTE = 2.0
LOOKBACK = 80  # chain links considered per candidate
MIN_CHAIN = 2
LIST_RUN = 3  # entries of an agenda/recap list
LIST_GAP = 600  # characters between two entries of one list
PRIOR = {"keyword": 0.5, "code": 0.5, "column": 0.3, "letter": -0.3, "upper": -0.2}
ROMAN_SECTION = re.compile(r"^[^\S\n]*[IVX]{1,4}\.[^\S\n]+\S", re.M)
WORD = re.compile(r"[a-z0-9]{4,}")


@dataclass(frozen=True)
class Outline:
    headings: list[Candidate]  # the chosen headings, in text order
    boundaries: list[int]  # where items end besides the next heading: starts of agenda/recap lists


def choose(text: str, candidates: list[Candidate]) -> Outline:
    """The best-scored chain over the families of `candidates` (empty when none holds two points)."""
    candidates = _unattached(text, candidates)
    folded_text = folded(text)
    titles = {c.start: _words(c) for c in candidates}
    agenda = _agenda(candidates, _bodies(text, candidates), titles)
    best: tuple[float, list[Candidate]] = (0.0, [])
    for family in _families(candidates):
        margin = statistics.median(c.indent for c in family)
        evidence = [_evidence(text, folded_text, family, i, margin, agenda) for i in range(len(family))]
        score, chain = _best_chain(text, family, evidence)
        if len(chain) >= MIN_CHAIN and score > best[0]:
            best = score, _fill_gaps(family, chain)
    chain = best[1]
    return Outline(chain, _list_starts(text, candidates, chain, titles) if chain else [])


def _unattached(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates inside another's title, and register codes printed right under another
    heading ("POINT 2 – …" then "2025-10-30-DCM-01"): they belong to that heading."""
    kept: list[Candidate] = []
    for candidate in candidates:
        above = kept[-1] if kept else None
        if above is not None and candidate.start < above.title_end:
            continue
        if (above is not None and candidate.kind == "code" and above.family != candidate.family
                and text.count("\n", above.title_end, candidate.start) <= 1):
            continue
        kept.append(candidate)
    return kept


def _families(candidates: list[Candidate]) -> list[list[Candidate]]:
    """Candidates grouped by family; sub-points ("4-1", "6.2", "B – 3") join every family of their
    kind (the sections above them: "4.", "B –")."""
    groups: dict[tuple[str, ...], list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(candidate.family, []).append(candidate)
    families = []
    for family, members in groups.items():
        if family[0] in ("plain", "letter"):
            subs = [c for c in candidates if c.kind == family[0] and c.key and c.key[1]]
            seen = {c.start for c in members}
            members = sorted(members + [c for c in subs if c.start not in seen], key=lambda c: c.start)
        families.append(members)
    return families


# --- evidence ---------------------------------------------------------------------------------

def _bodies(text: str, candidates: list[Candidate]) -> dict[int, int]:
    """Characters of text under each candidate, up to the next one of its family."""
    bodies, following = {}, {}
    for candidate in reversed(candidates):
        end = following.get(candidate.family, len(text))
        bodies[candidate.start] = len("".join(text[candidate.title_end:end].split()))
        following[candidate.family] = candidate.start
    return bodies


def _agenda(candidates: list[Candidate], bodies: dict[int, int], titles: dict[int, frozenset[str]]) -> dict[int, float]:
    """Agreement with an agenda or a recap: of two headings with one title (under the same number,
    or nearly word for word), the one with clearly less text under it lists the point (an "Ordre du
    jour" entry, a recap line: -1.5) and the other is the point (+0.5); with as much text under
    both, the later one repeats it (-1)."""
    by_word: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        for word in titles[candidate.start]:
            by_word.setdefault(word, []).append(candidate)
    weight = {c.start: 0.0 for c in candidates}
    for here in candidates:
        shared = {c.start: c for word in titles[here.start] for c in by_word[word] if c.start > here.start}
        for later in shared.values():
            numbered = here.key is not None and later.key is not None
            if ((numbered and here.key[0] != later.key[0])
                    or not _same_title(titles[here.start], titles[later.start], strict=not numbered)):
                continue
            point, listed = (later, here) if bodies[later.start] > bodies[here.start] else (here, later)
            if bodies[point.start] >= 2 * bodies[listed.start] + BARE_CHARS:
                weight[listed.start] = -1.5
                weight[point.start] = max(weight[point.start], 0.5)
            else:  # as much text under both: the later one repeats the point (a recap)
                weight[later.start] = min(weight[later.start], -1.0)
    return weight


def _evidence(text: str, folded_text: str, family: list[Candidate], index: int, margin: float,
              agenda: dict[int, float]) -> float:
    """How much the text says that `family[index]` opens a point, whatever its number."""
    here = family[index]
    after = family[index + 1] if index + 1 < len(family) else None
    end = after.start if after else len(text)
    under = text[here.title_end:end].strip()
    body = len("".join(under.split()))
    score = -1.5 if body < BARE_CHARS else 1.0 if body >= LONG_CHARS else 0.3
    if body < BARE_CHARS and under.endswith((".", "!", "?")) and len(under.split()) >= 2:
        score = 0.3  # a short sentence ("Rien à signaler.") is text under a point, not a bare line
    if body < BARE_CHARS and after is not None and _sub_point_of(after, here):
        score = 0.0  # "6 Questions diverses" then "6.1 Ecole": a section over its sub-points
    if closes(text, folded_text, here.title_end, end):
        score = max(score, 0.3) + 1.0  # "12 votes pour" alone under a heading is a point
    if is_short(here) and not _short_opens_point(text, folded_text, family, index):
        score -= SHORT_WITHOUT_VOTE
    title = here.title.value if here.title else ""
    if title[:1].islower():
        score -= 1.0
    if _inside_paragraph(text, here.start):
        score -= 1.0
    if index and text.count("\n", family[index - 1].title_end, here.start) <= 1:
        score -= 1.0  # the next line of a list ("4. Chemin : 109 m²" then "5. Espaces verts : 190 m²")
    if abs(here.indent - margin) > 6:
        score -= 0.5
    return score + agenda[here.start] + PRIOR.get(here.kind, 0.0)


def _short_opens_point(text: str, folded_text: str, family: list[Candidate], index: int) -> bool:
    """Whether a short capitals title ("VOIRIE") opens a point, read in the sequence of its
    family: the text since the heading before it closed with a vote (else it heads a part of that
    point: "BUDGET 2023", then "FONCTIONNEMENT", "INVESTISSEMENT" and the budget's vote), and a
    vote or a decision comes after it."""
    here = family[index]
    before = family[index - 1] if index else None
    if before is not None and not closes(text, folded_text, before.title_end, here.start):
        return False
    return closes(text, folded_text, here.title_end, len(text))


def _sub_point_of(candidate: Candidate, parent: Candidate) -> bool:
    """ "4-1" under "4"."""
    return bool(candidate.key and parent.key and candidate.key[1] and not parent.key[1]
                and candidate.key[0] == parent.key[0])


def closes(text: str, folded_text: str, start: int, end: int) -> bool:
    """A vote, an outcome or a decision between `start` and `end`."""
    return (any(p.search(folded_text, start, end) for p in votes.COUNT_PATTERNS)
            or bool(votes.UNANIMITY.search(folded_text, start, end))
            or any(p.search(folded_text, start, end) for _, p in votes.OUTCOMES)
            or bool(votes.DECISION.search(text, start, end)))


def _inside_paragraph(text: str, line_start: int) -> bool:
    """The line goes on a sentence: the line right above is long and does not end one."""
    if line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1].rstrip()
    return len(above.strip()) >= 50 and (above[-1:].isalpha() or above.endswith(","))


def _words(candidate: Candidate) -> frozenset[str]:
    """The title's first ten words of four letters or more, cut to six letters ("informations
    diverses" and "information diverse" are one title)."""
    if candidate.title is None:
        return frozenset()
    return frozenset(word[:6] for word in WORD.findall(folded(candidate.title.value))[:10])


def _same_title(a: frozenset[str], b: frozenset[str], strict: bool = False) -> bool:
    """Most words of the shorter title in the other (all but one in five of the longer one's when
    no number backs the match)."""
    if strict:
        return min(len(a), len(b)) >= 2 and len(a & b) >= 0.8 * max(len(a), len(b))
    shorter = min(len(a), len(b))
    return shorter >= 2 and len(a & b) >= 0.6 * shorter


# --- the chain --------------------------------------------------------------------------------

def _best_chain(text: str, family: list[Candidate], evidence: list[float]) -> tuple[float, list[Candidate]]:
    """The subsequence of `family` with the best evidence plus links (dynamic programme)."""
    best: list[float] = []
    back: list[int | None] = []
    for i, here in enumerate(family):
        start_bonus = 0.3 if here.key in ((1, 0), None) else 0.0
        value, link = start_bonus, None
        for j in range(max(0, i - LOOKBACK), i):
            candidate = best[j] + _link(text, family[j], here)
            if candidate > value:
                value, link = candidate, j
        best.append(value + evidence[i])
        back.append(link)
    if not best:
        return 0.0, []
    end = max(range(len(best)), key=best.__getitem__)
    chain, at = [], end
    while at is not None:
        chain.append(family[at])
        at = back[at]
    return best[end], chain[::-1]


def _link(text: str, before: Candidate, after: Candidate) -> float:
    """How well `after` follows `before` in a numbering."""
    a, b = before.key, after.key
    if a is None or b is None:
        return 0.3
    if (b[0] == a[0] and b[1] == a[1] + 1) or (b[0] == a[0] + 1 and b[1] == 0):
        return 1.0
    if after.kind == "column":  # the rapporteur column is the structure; its numbers may jump about
        return 0.3
    if b > a:
        return 0.0 if b[0] - a[0] <= 3 else -0.5
    if b == a:  # a number printed twice at one margin: a typo, or "13/ …" for each question diverse
        return 0.0 if abs(before.indent - after.indent) <= 1 else -1.5
    if b[0] == 1 and ROMAN_SECTION.search(text, before.start + 1, after.start):
        return 0.3  # numbering restarts under a new section "II. FINANCES"
    # a register code typed by hand goes wrong now and then; a small number going back is a list
    return -1.0 if after.kind in ("code", "keyword") else -2.0


def _fill_gaps(family: list[Candidate], chain: list[Candidate]) -> list[Candidate]:
    """Put back the headings that are all there is between two points and fill the gap in their
    numbering exactly ("27- AFFAIRE RETIREE" … between 26 and 30): too bare to win on their own,
    in sequence all the same."""
    filled = list(chain[:1])
    for before, after in zip(chain, chain[1:]):
        if before.key and after.key and after.key[0] - before.key[0] > 1 and not before.key[1] and not after.key[1]:
            between = [c for c in family if before.start < c.start < after.start]
            if [c.key for c in between] == [(n, 0) for n in range(before.key[0] + 1, after.key[0])]:
                filled += between
        filled.append(after)
    return filled


# --- lists that end an item -------------------------------------------------------------------

def _list_starts(text: str, candidates: list[Candidate], chain: list[Candidate],
                 titles: dict[int, frozenset[str]]) -> list[int]:
    """Starts of runs of unchosen candidates, close to each other, that mostly repeat chosen titles:
    an agenda or a recap of the points."""
    chosen = {c.start for c in chain}
    chosen_titles = [titles[c.start] for c in chain]
    starts = []
    for members in _families([c for c in candidates if c.start not in chosen]):
        run: list[Candidate] = []
        for candidate in members + [None]:
            if candidate is not None and (not run or candidate.start - run[-1].start <= LIST_GAP):
                run.append(candidate)
                continue
            repeated = sum(any(_same_title(titles[c.start], t) for t in chosen_titles) for c in run)
            if len(run) >= LIST_RUN and repeated >= 0.6 * len(run):
                starts.append(_block_start(text, run[0].start))
            run = [candidate] if candidate is not None else []
    return sorted(starts)


def _block_start(text: str, line_start: int) -> int:
    """Start of the block of short lines right above a list: its heading ("Ordre du jour :",
    "TABLEAU DES SIGNATURES") goes with it."""
    while line_start > 0:
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above:line_start - 1]
        if not line.strip() or len(line.strip()) > 80:
            break
        line_start = above
    return line_start
