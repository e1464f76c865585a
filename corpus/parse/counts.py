"""Announced counts (en exercice, présents, votants, procurations, absents), each label paired with
its number wherever the layout puts it.

Labels and numbers are found separately, then each label takes the number that the layout ties to
it, in this order:
1. after it on its line, past a colon or a few words ("Nombre de membres présents : 27",
   "en exercice 29 – présents 21 – votants 28", "présents participant au vote : 30");
2. right before it ("31 présents 2 procurations 33 votants", "vingt-sept présents");
3. under it, in the same column of the next lines (a counts box: labels on one line, numbers on
   the next);
4. in order, when a run of lines holding only labels is followed by a run holding only numbers.
A label followed by a colon takes only the number after it. Numbers may be written in words
("vingt-sept"): their value comes from text2num. The first statement of each count in the span
wins.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from corpus.models import Count, Span, Text
from corpus.parse.common import NUMBER_WORDS, make_text, trimmed_span

_S = r"[^\S\n]"
_W = rf"(?:{_S}+|{_S}*\n{_S}*)"  # a space or one line break inside a label
FIELDS = {
    # "présents ou représentés" counts the voters; tried first so that "présents" is not taken alone
    "voters": rf"(?:nombre{_W}de{_W})?(?:votants|(?:membres{_W})?presents{_W}(?:ou|et){_W}representes)",
    "in_office": rf"(?:nombre{_W}de{_W})?(?:(?:membres|conseillers|elus|delegues){_W})?(?:en{_W}exercice|afferents)",
    "present_count": rf"(?:nombre{_W}de{_W})?(?:(?:membres|conseillers|elus|delegues){_W})?presents?",
    "proxy_count": rf"(?:nombre{_W}de{_W})?(?:procurations?|pouvoirs?|representes)",
    "absent_count": rf"(?:nombre{_W}d['’]{_S}*)?absents?",
}
LABEL = re.compile("|".join(rf"(?P<{name}>\b{pattern}\b)" for name, pattern in FIELDS.items()))
NUMBER = re.compile(rf"\b(?:\d{{1,3}}|{NUMBER_WORDS})\b(?![.,/]\d|[^\S\n]*(?:h\b|heures?\b|%|€|euros?\b|ans\b))")
# past the label on its line: a colon, or a few words and a colon, then the number
AFTER = re.compile(rf"{_S}*(?:\([^)\n]{{0,20}}\){_S}*)?(?P<colon>[:=]|(?:{_S}+[a-z'’-]+){{1,4}}{_S}*:)?{_S}*[-–—]?{_S}*"
                   rf"(?P<n>\d{{1,3}}|{NUMBER_WORDS})\b(?![.,/]\d|{_S}*(?:h\b|heures?\b|%|€))")
BEFORE = re.compile(rf"(?P<n>\b(?:\d{{1,3}}|{NUMBER_WORDS}))(?:{_S}+|{_S}*\n{_S}*)$")
# the quorum sentence, with the count it states ("Quorum atteint avec 11 élus représentés (minimum 7)")
QUORUM = re.compile(r"(?:le[^\S\n]+)?quorum[^.\n]{0,80}?(?:atteint|remplie?)"
                    r"(?:[^\S\n]+(?:avec|par)[^.,;\n(]{0,60}\d[^.,;\n(]{0,40}(?:\([^)\n]{0,60}\))?)?"
                    r"|quorum[^\S\n]*:[^\S\n]*\d+")
LONE_ONE = frozenset({"un", "une"})  # "une procuration" is rarely a count
COLUMN_SLACK = 4
BELOW_LINES = 2


@dataclass(frozen=True)
class _Label:
    field: str
    start: int
    end: int
    colon: bool


def number_value(printed: str) -> int | None:
    """ "27" → 27, "vingt-sept" → 27, "quatre-vingt-six" → 86 (text2num); None if not a number."""
    printed = printed.strip()
    if printed.isdigit():
        return int(printed)
    try:
        return text2num(" ".join(printed.lower().split()), "fr")
    except ValueError:
        return None


def _count(text: str, start: int, end: int) -> Count | None:
    span = trimmed_span(text, start, end)
    printed = text[span.start:span.end]
    if printed.lower() in LONE_ONE:
        return None
    value = number_value(printed)
    return None if value is None else Count(value, span)


def _labels(folded: str, span: Span) -> list[_Label]:
    found = []
    for match in LABEL.finditer(folded, span.start, span.end):
        after = folded[match.end():match.end() + 40]
        colon = bool(re.match(rf"{_S}*(?:\([^)\n]{{0,20}}\){_S}*)?[:=]", after))
        found.append(_Label(match.lastgroup, match.start(), match.end(), colon))
    return found


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


BOX_EXTRA_WORDS = 2  # words of a counts box's line of labels that are no label ("Conseillers", "Nombre")


def _after(text: str, folded: str, label: _Label, limit: int) -> Count | None:
    match = AFTER.match(folded, label.end, limit)
    if match is None or (label.colon and not match.group("colon")):
        return None
    if "\n" in folded[label.end:match.start("n")]:
        return None
    return _count(text, match.start("n"), match.end("n"))


def _before(text: str, folded: str, label: _Label, lower: int) -> Count | None:
    window_start = max(lower, label.start - 40)
    match = BEFORE.search(folded, window_start, label.start)
    if match is None:
        return None
    if "\n" in match.group() and label.colon:
        return None  # a number ending the line above a "Label :" line is not its count
    if re.search(r"(?:n[°o]|article|point|question|l\.?)[^\S\n]*$", folded[max(0, match.start("n") - 10):match.start("n")]):
        return None  # "question n°5", "article L 2121": a reference, not a count
    return _count(text, match.start("n"), match.end("n"))


def _below(text: str, folded: str, label: _Label, limit: int) -> Count | None:
    """The number printed under the label, in its column, on one of the next lines; only for a
    label on a line of labels (a counts box), not one inside a sentence."""
    line_start, line_end = _line_bounds(text, label.start)
    # a line of labels, with at most a noun they share and notes in parentheses ("Conseillers en
    # exercice   Présents (dont 1 suppléante)   Votants"), not a sentence
    rest = re.sub(r"\([^)\n]*\)", "", LABEL.sub("", folded[line_start:line_end]))
    words = len(re.findall(r"[a-z0-9]+", rest))
    if words and (words > BOX_EXTRA_WORDS or len(LABEL.findall(folded, line_start, line_end)) < 2):
        return None
    left, right = label.start - line_start - COLUMN_SLACK, label.end - line_start + COLUMN_SLACK
    position = line_end + 1
    for _ in range(BELOW_LINES):
        if position >= limit:
            return None
        start, end = _line_bounds(text, position)
        if re.search(r"[a-z]", LABEL.sub("", folded[start:end])):
            return None  # a line of words, not a row of numbers
        for number in NUMBER.finditer(folded, start, min(end, limit)):
            middle = (number.start() + number.end()) / 2 - start
            if left <= middle <= right:
                return _count(text, number.start(), number.end())
        if text[start:end].strip():
            position = end + 1
            if LABEL.search(folded, start, end):
                return None
        else:
            position = end + 1
    return None


def _in_order(text: str, folded: str, labels: list[_Label], span: Span) -> dict[str, Count]:
    """A run of lines each holding one label only, then as many lines holding one number only."""
    found: dict[str, Count] = {}
    index = 0
    while index < len(labels):
        run = [labels[index]]
        while index + len(run) < len(labels) and _next_line(text, run[-1].start) == \
                _line_bounds(text, labels[index + len(run)].start)[0]:
            run.append(labels[index + len(run)])
        if len(run) >= 2 and all(_label_only(text, folded, l) for l in run):
            numbers, position = [], _line_bounds(text, run[-1].start)[1] + 1
            while len(numbers) < len(run) and position < span.end:
                start, end = _line_bounds(text, position)
                line = text[start:end].strip()
                if not line:
                    position = end + 1
                    continue
                match = NUMBER.fullmatch(folded, start + (len(text[start:end]) - len(text[start:end].lstrip())),
                                         start + len(text[start:end].rstrip()))
                if match is None:
                    break
                numbers.append(_count(text, match.start(), match.end()))
                position = end + 1
            if len(numbers) == len(run):
                for label, count in zip(run, numbers):
                    if count is not None:
                        found.setdefault(label.field, count)
        index += len(run)
    return found


def _next_line(text: str, position: int) -> int:
    return _line_bounds(text, position)[1] + 1


def _label_only(text: str, folded: str, label: _Label) -> bool:
    start, end = _line_bounds(text, label.start)
    rest = folded[start:label.start] + folded[label.end:end]
    return not NUMBER.search(rest) and len(rest.strip(" \t:.-–")) < 25


def read_counts(text: str, folded: str, span: Span) -> dict[str, Count | Text]:
    """The first statement of each count in `span`, and the quorum sentence."""
    labels = _labels(folded, span)
    counts: dict[str, Count | Text] = dict(_in_order(text, folded, labels, span))
    for index, label in enumerate(labels):
        if label.field in counts:
            continue
        limit = labels[index + 1].start if index + 1 < len(labels) else span.end
        lower = labels[index - 1].end if index else span.start
        after = _after(text, folded, label, limit)
        if label.colon or (after is not None and ":" in folded[label.end:after.span.start]):
            count = after
        else:
            count = _before(text, folded, label, lower) or after
        count = count or _below(text, folded, label, span.end)
        if count is not None:
            counts[label.field] = count
    quorum = QUORUM.search(folded, span.start, span.end)
    if quorum:
        counts["quorum"] = make_text(text, quorum.start(), quorum.end())
    return counts
