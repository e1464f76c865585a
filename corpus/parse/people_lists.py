"""Member lists cut into names: "Paul LE BIHAN - Eric ROBERT", "MM. DRUGEON Serge, LEFOYER Roland".

A list is the text after a label ("Présents :", "Pouvoirs :") up to a blank line or the next label.
It is cut at its separators (comma, semicolon, tab, " - ", " / ", " et ", a bullet at a line start;
never inside parentheses), then each piece is either a proxy ("X pouvoir à Y", "X donne
procuration à Y", "X (procuration à Y)", "X (pouvoir donné à Y)") or one or more names. Text of a
left margin printed on the same lines (Montpellier's "Extrait du registre des / délibérations du
Conseil / n° 2014 / 184") is blanked first, keeping offsets, so it never becomes a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Person, Proxy, Span
from corpus.names import clean_name, looks_like_name
from corpus.parse.common import trimmed_span
from corpus.parse.people import CIVILITY

BULLETS = "-–—−•▪·\ue000-\uf8ff"
_SEPARATOR = re.compile(
    rf"[,;\t]|[^\S\n]+[-–—−][^\S\n]*(?=\n)|(?:^|(?<=\s))[{BULLETS}][^\S\n]+|\s+/\s+|[^\S\n]+et[^\S\n]+", re.M)
# a list laid out in tab-separated columns (Dijon) has one name per cell: line ends separate too
_SEPARATOR_IN_COLUMNS = re.compile(_SEPARATOR.pattern + r"|\n", re.M)
_PAREN = re.compile(r"\(([^()]*)\)")
_PAREN_PROXY = re.compile(
    r"^\s*(?:procuration|pouvoir)(?:\s+donn[ée]e?)?(?:\s+(?:à|a))?\s+(?P<holder>.+?)\s*$", re.S | re.I)
_PAREN_ARRIVAL = re.compile(r"^\s*arriv[ée]e?\s+(?:au\s+|à\s+partir\s+du\s+)?(?P<where>.+?)\s*$", re.S | re.I)
_INLINE_PROXY = re.compile(
    r"\s+(?:(?:donne|a\s+donn[ée])\s+)?(?:pouvoir|procuration)(?:\s+donn[ée]e?)?\s+(?:à|a)\s+", re.I)
_BARE_TO = re.compile(r"\s+à\s+")
_CIVILITY_INSIDE = re.compile(rf"\s(?={CIVILITY}\s)")
_COUNT = re.compile(r"\(\s*(\d+)\s*\)\s*$")
MARGIN_GAP = re.compile(r"[^\S\n]{3,}")
TWO_COLUMN_INDENT = 16


@dataclass(frozen=True)
class ListItems:
    """What one list holds: names, proxies, trailing count "(25)", arrivals noted "(arrivée au …)"."""

    names: tuple[Person, ...] = ()
    proxies: tuple[Proxy, ...] = ()
    count: Span | None = None
    arrivals: tuple[tuple[Person, Span], ...] = ()


def mask_margin(text: str, start: int, end: int, column: int) -> str:
    """`text[start:end]` with left-margin text blanked, same length, for a list printed at `column`.

    Only a two-column page (list indented past `TWO_COLUMN_INDENT`) has a margin: there, any text
    left of the list's column, before a wide gap or alone on its line, belongs to the margin.
    """
    block = text[start:end]
    if column < TWO_COLUMN_INDENT:
        return block
    first, *rest = block.split("\n")
    out = [first]  # the label's own line: the list starts right of the label
    for line in rest:
        indent = len(line) - len(line.lstrip(" \t"))
        if line.strip() and indent < column - 2:
            gap = MARGIN_GAP.search(line, indent)
            if gap and gap.start() < column - 2:
                line = " " * gap.end() + line[gap.end():]
            elif len(line.rstrip()) < column - 2:
                line = " " * len(line)
        out.append(line)
    return "\n".join(out)


def _pieces(view: str, offset: int) -> list[tuple[int, int]]:
    """Absolute (start, end) of each piece between separators, ignoring separators inside (…)."""
    depth, inside = 0, [False] * len(view)
    for index, char in enumerate(view):
        depth += (char == "(") - (char == ")" and depth > 0)
        inside[index] = depth > 0
    pieces, last = [], 0
    separator = _SEPARATOR_IN_COLUMNS if "\t" in view else _SEPARATOR
    for match in separator.finditer(view):
        if not inside[match.start()]:
            pieces.append((offset + last, offset + match.start()))
            last = match.end()
    pieces.append((offset + last, offset + len(view)))
    return pieces


@dataclass(frozen=True)
class _View:
    """A list as read: its text with the margin blanked (`masked`), starting at absolute `offset`."""

    masked: str
    offset: int

    def local(self, start: int, end: int) -> str:
        return self.masked[start - self.offset:end - self.offset]


def person_in(view: _View, start: int, end: int) -> Person | None:
    """The person printed in `[start, end)` (absolute offsets), read through the masked view, so
    that margin text is neither in the name nor in its span."""
    local = trimmed_span(view.masked, start - view.offset, end - view.offset, " \t\n\r.,;:-–")
    span = Span(local.start + view.offset, local.end + view.offset)
    printed = view.masked[local.start:local.end]
    civility = re.match(rf"\s*(?:{CIVILITY}\s*)+", printed)
    if civility:
        span = Span(span.start + civility.end(), span.end)
        printed = printed[civility.end():]
    name = clean_name(printed)
    return Person(name, span) if looks_like_name(name) else None


def _split_civilities(view: _View, start: int, end: int) -> list[Person]:
    """One piece holding several names, told apart by their civilities ("M. X M. Y")."""
    local = view.local(start, end)
    cuts = [0] + [m.start() for m in _CIVILITY_INSIDE.finditer(local)] + [len(local)]
    people = [person_in(view, start + a, start + b) for a, b in zip(cuts, cuts[1:])]
    return [person for person in people if person is not None]


def read_list(text: str, start: int, end: int, column: int, proxy_list: bool) -> ListItems:
    """Names and proxies of the list printed at `text[start:end]` (label excluded).

    In a list labelled as proxies (`proxy_list`), "X à Y" and even "X Y" with two civilities (a
    line that lost its "à") are proxies, and a bare name is a proxy without a named holder.
    """
    masked = mask_margin(text, start, end, column)
    count = _COUNT.search(masked.rstrip(" \t\n.;,"))
    count_span = Span(start + count.start(1), start + count.end(1)) if count else None
    view = _View(masked[:count.start()] if count else masked, start)
    names, proxies, arrivals = [], [], []
    for a, b in _pieces(view.masked, start):
        b, holder, arrival = _strip_parentheses(view, a, b)
        if arrival is not None:
            arrivals.append(arrival)
        proxy = _proxy(view, a, b, holder, proxy_list)
        if proxy is not None:
            proxies.append(proxy)
        else:
            names.extend(_split_civilities(view, a, b))
    return ListItems(tuple(names), tuple(proxies), count_span, tuple(arrivals))


def _strip_parentheses(view: _View, a: int, b: int) -> tuple[int, Span | None, tuple[Person, Span] | None]:
    """Take a trailing "(…)" off the piece `[a, b)`: returns the new end, the span of a proxy holder
    ("(procuration à Y)"), and an arrival note ("(arrivée au point n°5-a)"); any other comment
    ("(pas de pouvoir donné)") is just dropped."""
    local = view.local(a, b)
    match = None
    for match in _PAREN.finditer(local):
        pass
    if match is None or local[match.end():].strip(" \t\n.,;"):
        return b, None, None
    inner = a + match.start(1)
    proxy = _PAREN_PROXY.match(match.group(1))
    holder = Span(inner + proxy.start("holder"), inner + proxy.end("holder")) if proxy else None
    note = _PAREN_ARRIVAL.match(match.group(1))
    person = person_in(view, a, a + match.start()) if note else None
    arrival = (person, Span(inner + note.start("where"), inner + note.end("where"))) if person else None
    return a + match.start(), holder, arrival


def _proxy(view: _View, a: int, b: int, holder_span: Span | None, proxy_list: bool) -> Proxy | None:
    """The proxy the piece `[a, b)` states, if any (see `read_list`)."""
    if holder_span is None:
        local = view.local(a, b)
        cut = _INLINE_PROXY.search(local) or (_BARE_TO.search(local) if proxy_list else None)
        if cut is not None:
            holder_span, b = Span(a + cut.end(), b), a + cut.start()
        elif not proxy_list:
            return None
        else:
            people = _split_civilities(view, a, b)
            if len(people) == 2:
                return Proxy(people[0], people[1], Span(people[0].span.start, people[1].span.end))
    giver = person_in(view, a, b)
    if giver is None:
        return None
    if holder_span is None:
        return Proxy(giver, None, giver.span)
    return Proxy(giver, person_in(view, holder_span.start, holder_span.end), Span(giver.span.start, holder_span.end))
