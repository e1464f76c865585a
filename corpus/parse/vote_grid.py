"""Vote counts printed under their labels, as a grid of two lines:

    Votants        Pour        Contre        Abstention        Ne prend pas part au vote
      21            16            4              1                        0

A line holding two or more position labels apart (runs of spaces between them), then a line of
figures alone: each figure goes to the label it stands under, else to the nearest one. Read by where the
words stand, so any order of labels and any alignment (centred, left) is read alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import ABSTENTION, CONTRE, NPPV, POUR, Count, Span
from corpus.parse.common import folded, line_spans, make_count

VOTERS = "votants"
LABEL = re.compile(r"(?P<label>votants|pour|contre|abstentions?|ne[^\S\n]+prend[^\S\n]+pas[^\S\n]+part(?:[^\S\n]+au"
                   r"[^\S\n]+vote)?)(?=[^\S\n]{2,}|[^\S\n]*$)")
LABELS_LINE = re.compile(r"^[^\S\n]*(?:" + LABEL.pattern + r"[^\S\n]*)+$", re.M)
FIGURES_LINE = re.compile(r"^[^\S\n]*\d{1,3}(?:[^\S\n]{2,}\d{1,3})+[^\S\n]*$", re.M)
FIGURE = re.compile(r"\d{1,3}")
MIN_LABELS = 2
POSITION_OF = {"pour": POUR, "contre": CONTRE, "abstention": ABSTENTION, "abstentions": ABSTENTION, "votants": VOTERS}


@dataclass(frozen=True)
class GridCount:
    """One figure of the grid: its position (or `VOTERS`), its count, and the span from its label."""

    position: str
    count: Count
    span: Span


@dataclass(frozen=True)
class Grid:
    """One grid: where its labels line starts (a vote statement of its own), and its counts."""

    start: int
    counts: tuple[GridCount, ...]


def grids(text: str, span: Span) -> list[Grid]:
    """Every labels-over-figures grid in `span`."""
    low = folded(text)
    lines = line_spans(text, span)
    found = []
    for index, (start, end) in enumerate(lines):
        if not LABELS_LINE.match(low, start, end):
            continue
        labels = list(LABEL.finditer(low, start, end))
        below = next((line for line in lines[index + 1:index + 3] if text[line[0]:line[1]].strip()), None)
        if len(labels) < MIN_LABELS or below is None or not FIGURES_LINE.match(text, *below):
            continue
        found.append(Grid(labels[0].start(), tuple(_matched(text, labels, start, below))))
    return found


def _matched(text: str, labels: list[re.Match[str]], labels_start: int, below: tuple[int, int]) -> list[GridCount]:
    """Each figure under the label it stands under (left-aligned figures), else the label whose
    centre is nearest to the figure's centre (centred figures)."""
    counts = []
    for figure in FIGURE.finditer(text, *below):
        left, right = figure.start() - below[0], figure.end() - below[0]
        label = next((m for m in labels if m.start() - labels_start < right and left < m.end() - labels_start),
                     None) or min(labels, key=lambda m: abs((m.start() + m.end()) / 2 - labels_start - (left + right) / 2))
        word = " ".join(label.group("label").split())
        position = NPPV if word.startswith("ne ") else POSITION_OF[word]
        count = make_count(text, figure.start(), figure.end())
        if count is not None:
            counts.append(GridCount(position, count, Span(label.start(), figure.end())))
    return counts
