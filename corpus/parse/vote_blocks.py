"""Votes printed as blocks of names under each position, rather than on one line.

Two layouts, both read by where the names stand and not by any wording of one council:
- **columns**: a heading line holding two or more positions apart ("POUR        CONTRE
  ABSTENTION"), each member's name under the heading of the position taken, on the lines below
  (pdftotext keeps columns apart with runs of spaces). A cell goes to the heading whose centre is
  nearest to its own, so names centred or left-aligned under their heading both land right.
- **blocks**: a position label alone on its line ("POUR (12) :", "Ont voté contre :"), its names
  on the lines below, one or several a line, until a blank line or a line that is not names.

A line under a heading counts only when it holds nothing but names (or an empty mark such as
"néant"), so that prose after a table never becomes a voter. A count printed on a heading is
kept; the votes module counts the names when none is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import ABSTENTION, CONTRE, NPPV, POUR, Count, Person, Span, Text
from corpus.parse.common import folded, line_spans, make_count
from corpus.parse.vote_names import CIVILITY, Voters, read_voters

_POSITION = (r"(?:(?:ont|a)[^\S\n]+vote[^\S\n]+|votes?[^\S\n]+)?(?P<pos>pour|contre|abstentions?|absentions?"
             r"|se[^\S\n]+sont[^\S\n]+abstenu(?:e|s|es)?|ne[^\S\n]+(?:prend|prennent)[^\S\n]+pas[^\S\n]+part"
             r"(?:[^\S\n]+au[^\S\n]+vote)?)")
_COUNT = r"(?:[^\S\n]*:?[^\S\n]*(?:\([^\S\n]*(?P<n>\d{1,3})[^\S\n]*\)|(?P<m>\d{1,3})))?[^\S\n]*:?"
HEADING = re.compile(_POSITION + _COUNT)
# a label alone on its line, its names on the lines below
LABEL_LINE = re.compile(r"^[^\S\n]*(?:[-−–•▪*][^\S\n]*)?" + _POSITION + _COUNT + r"[^\S\n]*$", re.M)
CELL = re.compile(r"\S+(?:[^\S\n]\S+)*")
EMPTY_CELL = re.compile(r"(?i)n[ée]ant|aucun(?:e)?|[-–—/0]")
CIVILITY_BEFORE = re.compile(r"(?i)" + CIVILITY + r"[^\S\n]*$")
UPPER_WORD = re.compile(r"\b[A-ZÀ-Þ]{2,}")
MAX_LINES = 40  # a block longer than a council is not a vote


@dataclass(frozen=True)
class Block:
    """One position's voters as a block prints them."""

    position: str
    span: Span
    people: tuple[Person, ...] = ()
    groups: tuple[Text, ...] = ()
    count: Count | None = None


def parse_blocks(text: str, span: Span) -> tuple[Block, ...]:
    """Every position's block of names in the item at `span`, columns first."""
    low = folded(text)
    blocks: list[Block] = []
    for line in line_spans(text, span):
        if any(b.span.start <= line[0] < b.span.end for b in blocks):
            continue
        headings = _headings(text, low, *line)
        if len(headings) >= 2:
            columns = _columns(text, span, line, headings)
            # an empty column with a count ("ABSTENTION (0)") is a position of the vote all the same
            blocks += [b for b in columns if b.count is not None or b.people or b.groups] if any(
                b.people or b.groups for b in columns) else []
            continue
        label = LABEL_LINE.fullmatch(low, *line)
        block = _block(text, span, line, label) if label is not None else None
        if block is not None and (block.people or block.groups):
            blocks.append(block)
    return tuple(blocks)


def _headings(text: str, low: str, start: int, end: int) -> list[re.Match[str]]:
    """The position headings of a column-heading line: every cell a heading, positions distinct."""
    cells = [m for m in CELL.finditer(text, start, end)]
    headings = [HEADING.fullmatch(low, c.start(), c.end()) for c in cells]
    if len(cells) < 2 or any(h is None for h in headings):
        return []
    found = [h for h in headings if h is not None]
    positions = [_position(h) for h in found]
    return found if len(set(positions)) == len(positions) else []


def _columns(text: str, item: Span, line: tuple[int, int], headings: list[re.Match[str]]) -> list[Block]:
    """The names under each heading, cell by cell, down to a line that is not names."""
    centres = [(h.start() + h.end()) / 2 - line[0] for h in headings]
    people: list[list[Person]] = [[] for _ in headings]
    groups: list[list[Text]] = [[] for _ in headings]
    end = line[1]
    for start, stop in _following(text, item, line[1]):
        cells = list(CELL.finditer(text, start, stop))
        read = [(c, read_voters(text, c.start(), c.end())) for c in cells if not EMPTY_CELL.fullmatch(c.group())]
        if not all(_names_only(text, v, c.end()) for c, v in read):
            break
        for cell, voters in read:
            column = min(range(len(centres)), key=lambda i: abs(centres[i] - ((cell.start() + cell.end()) / 2 - start)))
            people[column] += voters.people
            groups[column] += voters.groups
        end = stop
    return [_made(text, _position(h), Span(h.start(), end), tuple(p), tuple(g), h)
            for h, p, g in zip(headings, people, groups)]


def _block(text: str, item: Span, line: tuple[int, int], label: re.Match[str]) -> Block:
    """The names on the lines under a label alone on its line."""
    people: list[Person] = []
    groups: list[Text] = []
    end = line[1]
    for start, stop in _following(text, item, line[1]):
        body = text[start:stop].strip()
        if EMPTY_CELL.fullmatch(body):
            end = stop
            break
        voters = read_voters(text, start + len(text[start:stop]) - len(text[start:stop].lstrip()), stop)
        if not _names_only(text, voters, stop):
            break
        people += voters.people
        groups += voters.groups
        end = stop
    return _made(text, _position(label), Span(label.start("pos"), end), tuple(people), tuple(groups), label)


def _names_only(text: str, voters: Voters, end: int) -> bool:
    """Whether a cell or line up to `end` holds only voters, each one looking like a name: a
    civility before it, a word in capitals or a first name and a surname ("Adopté." is not)."""
    return bool(voters.people or voters.groups) and not text[voters.end:end].strip(" \t,;.") and all(
        CIVILITY_BEFORE.search(text, max(0, p.span.start - 12), p.span.start) or UPPER_WORD.search(p.name)
        or len(p.name.split()) > 1 for p in voters.people)


def _following(text: str, item: Span, after: int) -> list[tuple[int, int]]:
    """The non-blank lines after `after` down to two blank lines in a row (pdftotext often leaves
    one between the rows of a table)."""
    kept, blanks = [], 0
    for line in line_spans(text, Span(min(after + 1, item.end), item.end))[:MAX_LINES]:
        blanks = 0 if text[line[0]:line[1]].strip() else blanks + 1
        if blanks >= 2:
            break
        if not blanks:
            kept.append(line)
    return kept


def _made(text: str, position: str, span: Span, people: tuple[Person, ...], groups: tuple[Text, ...],
          heading: re.Match[str]) -> Block:
    """A block with the count printed on its heading, if any."""
    group = "n" if heading.group("n") else "m" if heading.group("m") else None
    return Block(position, span, people, groups, make_count(text, *heading.span(group)) if group else None)


def _position(heading: re.Match[str]) -> str:
    word = " ".join(heading.group("pos").split())
    if word.startswith(("abst", "abs", "se ")):
        return ABSTENTION
    return {"pour": POUR, "contre": CONTRE}.get(word, NPPV)
