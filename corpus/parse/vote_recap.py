"""Votes recapitulated in a table of the minutes, one row per deliberation:

     N°        Objet                            Pour  Contre  Abst.  Résultat   Observations
     2024-02   Budget primitif 2024               18      3      0    Adopté     Contre : M. MÉJEAN,
                                                                                 Mme TAURINES

A header line holding two or more position labels apart, then rows opening on a deliberation's
number. Each figure goes to the label it stands under (else the nearest), a result word is the
outcome, and the names listed after a position label ("Contre :", "Abst. :") in the row and the
lines continuing it (blank on the left) are the named votes. Read by where the words stand, so any
order of columns is read alike. Only deliberations whose own text counts no vote take their row's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from corpus.models import ABSTENTION, ADOPTED, CONTRE, NPPV, POUR, REJECTED, Deliberation, NamedVote, Span, Vote
from corpus.parse.common import folded, line_spans, make_count, make_text
from corpus.parse.vote_names import read_names

LABEL = re.compile(r"(?<![\w-])(?P<label>pour|contre|abst(?:entions?|\.)?|nppv)(?![\w-])", re.I)
MIN_LABELS = 2
FIGURE = re.compile(r"(?<![\w,.-])\d{1,3}(?![\w,.-])")
OUTCOME = re.compile(r"(?<![\w-])(?P<word>adopt[ée]e?s?|rejet[ée]e?s?)(?![\w-])", re.I)
# a position naming its voters in the observations: "Contre : M. X, Mme Y", "Abst. : M. Z"
NAMED = re.compile(r"(?P<label>pour|contre|abst(?:entions?|\.)?|nppv|ne prend pas part(?: au vote)?)[^\S\n]*:[^\S\n]*", re.I)
POSITION_OF = {"pour": POUR, "contre": CONTRE, "nppv": NPPV}
MIN_INDENT = 20  # a line continuing a row's last column is blank this far on the left


def with_recap_votes(text: str, deliberations: list[Deliberation]) -> list[Deliberation]:
    """`deliberations`, those whose text counts no vote given the one a recap table prints for their number."""
    numbered = {_key(d.number.value): d for d in deliberations if d.number is not None and _uncounted(d)}
    if not numbered:
        return deliberations
    found: dict[str, Vote] = {}
    lines = [Span(start, end) for start, end in line_spans(text, Span(0, len(text)))]
    for index, line in enumerate(lines):
        columns = _label_columns(text, line)
        if len(columns) < MIN_LABELS:
            continue
        for row_index in range(index + 1, len(lines)):
            row = lines[row_index]
            first = text[row.start:row.end].split(maxsplit=1)
            if not first:
                break  # a blank line ends the table
            if _key(first[0]) in numbered and _key(first[0]) not in found:
                vote = _row_vote(text, row, _continuation(text, lines, row_index), columns)
                if vote is not None:
                    found[_key(first[0])] = vote
    if not found:
        return deliberations
    return [replace(d, votes=(found[_key(d.number.value)],)) if d.number is not None and _key(d.number.value) in found
            and _uncounted(d) else d for d in deliberations]


def _uncounted(deliberation: Deliberation) -> bool:
    """Whether the deliberation's own text gives no count of votes for (at most an outcome)."""
    return not any(vote.pour is not None for vote in deliberation.votes)


def _key(number: str) -> str:
    return re.sub(r"[^\w]", "", folded(number)).lstrip("0")


def _label_columns(text: str, line: Span) -> list[tuple[int, str]]:
    """(column, position) of the position labels a header line holds apart, when it holds two or more."""
    found = [(m.start() - line.start, _position(m["label"])) for m in LABEL.finditer(text, line.start, line.end)]
    printed = text[line.start:line.end]
    if len({position for _, position in found}) < MIN_LABELS or not re.search(r"[^\S\n]{2,}", printed) \
            or FIGURE.search(printed):
        return []  # a header names its columns, it holds no figure ("25 pour / 5 contre" is a cell)
    return found


def _position(label: str) -> str:
    return POSITION_OF.get(folded(label).lower(), ABSTENTION)


def _continuation(text: str, lines: list[Span], row_index: int) -> Span:
    """The row's line and the lines under it blank on the left (its last column wrapped)."""
    end = lines[row_index].end
    for line in lines[row_index + 1:]:
        content = text[line.start:line.end]
        if not content.strip() or len(content) - len(content.lstrip()) < MIN_INDENT:
            break
        end = line.end
    return Span(lines[row_index].start, end)


def _row_vote(text: str, row: Span, whole: Span, columns: list[tuple[int, str]]) -> Vote | None:
    """The vote a row prints: its figures under the labels, its result word, its named voters."""
    left, right = columns[0][0] - 4, columns[-1][0] + 8
    counts: dict[str, object] = {}
    for match in FIGURE.finditer(text, row.start, row.end):
        column = match.start() - row.start
        if not left <= column <= right:
            continue
        position = min(columns, key=lambda c: abs(c[0] - column))[1]
        counts.setdefault(position, make_count(text, match.start(), match.end()))
    if not counts:
        return None
    outcome = OUTCOME.search(text, row.start, row.end)
    outcome_text = make_text(text, outcome.start(), outcome.end()) if outcome else None
    if outcome_text is not None:
        outcome_text = replace(outcome_text, value=ADOPTED if folded(outcome["word"]).startswith("adopt") else REJECTED)
    return Vote(whole, outcome=outcome_text, pour=counts.get(POUR), contre=counts.get(CONTRE),
                abstention=counts.get(ABSTENTION), nppv=counts.get(NPPV), named=_named(text, whole))


def _named(text: str, span: Span) -> tuple[NamedVote, ...]:
    """The voters named after a position label in the row's observations."""
    named = []
    for label in NAMED.finditer(text, span.start, span.end):
        position = NPPV if folded(label["label"]).lower().startswith("ne prend") else _position(label["label"])
        named += [NamedVote(position, person) for person in read_names(text, label.end(), span.end)]
    return tuple(named)
