"""Member lists cut into names: "Paul LE BIHAN - Eric ROBERT", "MM. DRUGEON Serge, LEFOYER Roland".

A list is the text after a label ("Présents :", "Pouvoirs :") up to a blank line or the next label.
It is cut at its separators (comma, semicolon, tab, " - ", " / ", " et ", " & ", a bullet at a
line start; never inside parentheses), then each piece is either a proxy (see `proxies`) or one or
more names; a piece that opens on a connector ("…, représenté par Y") is the proxy of the name
before it. A note in parentheses after a name is read for what it is: a proxy holder
("(procuration à Y)", "(pouvoir donné à Y)", "(à Y)"), a status ("(excusée)"), a presence limited
in time ("(arrivée au point n°5-a)", "(départ à 19h59)", "(jusqu'à la question n°5)"), or a short
mark that pairs an absent member with the present one holding their proxy ("David (Pr*)" …
"Jean-Pierre (Pr*)"). A piece that is only a status word ("…, excusé") qualifies the name before
it. Two names that lost the separator between them ("LECOEUR Joël⏎GACOIN Stéphane") are told
apart by the list's own name shape.
Text of a left margin printed on the same lines (Montpellier's "Extrait du registre des /
délibérations du Conseil / n° 2014 / 184") is blanked first, keeping offsets, so it never becomes a
name.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus.models import Person, Proxy, Span, Text
from corpus.names import clean_name, looks_like_name, same_person
from corpus.parse.common import fold, trimmed_span
from corpus.parse.item_refs import item_reference
from corpus.parse.people import CIVILITY
from corpus.parse.proxies import OPENING_CONNECTOR, make_proxy, split_proxy, units

BULLETS = "-–—−•▪·\ue000-\uf8ff"
_SEPARATOR = re.compile(
    rf"[,;\t&]|[^\S\n]+[-–—−][^\S\n]*(?=\n)|(?:^|(?<=\s))[{BULLETS}][^\S\n]+|\s+/\s+|\s+et\s+", re.M)
# a list laid out in tab-separated columns (Dijon) has one name per cell: line ends separate too
_SEPARATOR_IN_COLUMNS = re.compile(_SEPARATOR.pattern + r"|\n", re.M)
_PAREN = re.compile(r"\(([^()]*)\)")
# a holder in parentheses: "(procuration à Y)", "(pouvoir donné à Y)", "(représenté par Y)", or a bare
# "(à Y)" when Y opens on a civility or a capital ("(à partir du point 3)" is a note on presence)
_PAREN_PROXY = re.compile(
    r"^\s*(?:(?:(?:a\s+)?donn[ée]\s+)?(?:procuration|pouvoir|mandat)(?:\s+donn[ée]e?)?(?:\s+(?:à|a))?"
    rf"|représenté(?:e|s|es)?\s+par|à(?=\s+(?:{CIVILITY}\s*)?(?-i:[A-ZÀ-ÖØ-Þ])))\s+(?P<holder>.+?)\s*$", re.S | re.I)
_NO_PROXY = re.compile(r"(?i)\b(?:pas|sans|aucun)\b")
_ARRIVES = re.compile(r"(?i)arriv|rejoint|entr[ée]|à\s+partir|dès|à\s+compter|pr[ée]sente?\s+(?:à|dès)")
_LEAVES = re.compile(r"(?i)d[ée]part|\bpartie?s?\b|quitt|sortie?\b|jusqu|absente?\s+(?:à|dès)")
_TIME = re.compile(r"(?i)\d{1,2}\s*h\s*\d{0,2}|\d{1,2}:\d{2}")
_MARK = re.compile(r"^\s*([^\s()]{1,8})\s*$")
_QUALIFIER = re.compile(r"(?i)^\s*(?:absente?\s+)?excus[ée]e?s?\s*\.?\s*$")
_ROW_LABEL = re.compile(rf"^[^\S\n]*(?P<label>(?!{CIVILITY})[^\W\d_][^\n,;:]{{0,40}}?)[^\S\n]{{3,}}(?={CIVILITY}\s)", re.M)
# "• Arbonne-le-Haut : J. DUVAL, M. PERRIN": a row label closed by a colon, then a titled or initialled name
_ROW_LABEL_COLON = re.compile(rf"^[^\S\n]*(?:[{BULLETS}][^\S\n]*)?(?P<label>(?!{CIVILITY})[^\W\d_][^\n,;:()]{{0,40}}?)"
                              rf"[^\S\n]*:[^\S\n]+(?=(?:{CIVILITY}|[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?)\s)", re.M)
_CIVILITY_INSIDE = re.compile(rf"\s(?={CIVILITY}\s)|(?<=[A-Z]{{3}})(?=M\.\s)")
_COUNT = re.compile(r"\(\s*(\d+)\s*\)\s*$")
_COUNT_THEN_NAMES = re.compile(r"\s*(?P<count>\d{1,3})\s*\((?P<names>[^()]*[^\W\d][^()]*)\)")
_TOKEN = re.compile(r"\S+")
MARGIN_GAP = re.compile(r"[^\S\n]{3,}")
TWO_COLUMN_INDENT = 16
ARRIVAL, DEPARTURE = "arrivée", "départ"


@dataclass(frozen=True)
class ListNote:
    """A presence limited in time, noted after a name: who, arrival or departure, where and when."""

    kind: str
    person: Person
    where: Span | None
    time: Span | None
    end: int
    start: int | None = None  # where the note begins, when it is printed apart from the name (a grid's note)


@dataclass(frozen=True)
class ListItems:
    """What one list holds: names, proxies, trailing count "(25)", notes on presence, marks."""

    names: tuple[Person, ...] = ()
    proxies: tuple[Proxy, ...] = ()
    count: Span | None = None
    notes: tuple[ListNote, ...] = ()
    marks: tuple[tuple[Person, str], ...] = ()
    excused: tuple[Person, ...] = ()  # names qualified "excusé" inside another list


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
    local = trimmed_span(view.masked, start - view.offset, end - view.offset, " \t\n\r.,;:-–¨")
    span = Span(local.start + view.offset, local.end + view.offset)
    printed = view.masked[local.start:local.end]
    if "(" in printed:  # "N. BRETON (Arbonne-le-Haut) → J. DUVAL": a note after a name is not in it
        cut = trimmed_span(printed, 0, printed.index("("), " \t\n\r.,;:-–¨")
        span, printed = Span(span.start, span.start + cut.end), printed[:cut.end]
    civility = re.match(rf"\s*(?:{CIVILITY}\s*)+", printed)
    if civility:
        span = Span(span.start + civility.end(), span.end)
        printed = printed[civility.end():]
    name = clean_name(printed.replace("¨", ""))
    return Person(name, span) if looks_like_name(name) else None


def _split_civilities(view: _View, start: int, end: int) -> list[Person]:
    """One piece holding several names, told apart by their civilities ("M. X M. Y")."""
    local = view.local(start, end)
    cuts = [0] + [m.start() for m in _CIVILITY_INSIDE.finditer(local)] + [len(local)]
    people = [person_in(view, start + a, start + b) for a, b in zip(cuts, cuts[1:])]
    return [person for person in people if person is not None]


def _shape(name: str) -> str:
    """ "LECOEUR Joël" → "UC", "Anne-Marie DEFRANCE" → "CU": capitals-only or capitalised words."""
    return "".join("U" if token.upper() == token else "C" for token in name.split())


def _split_by_shape(people: list[Person], text: str) -> list[Person]:
    """Names twice as long as the list's usual shape, and made of it twice, are two names that lost
    their separator ("LECOEUR Joël GACOIN Stéphane" in a list of "SURNAME Firstname")."""
    shapes = Counter(_shape(p.name) for p in people)
    usual = next((s for s, n in shapes.most_common() if len(s) == 2 and n >= 3), None)
    if usual is None or usual[0] == usual[1]:
        return people
    out = []
    for person in people:
        if _shape(person.name) != usual * 2:
            out.append(person)
            continue
        tokens = list(_TOKEN.finditer(text, person.span.start, person.span.end))
        if len(tokens) != 4:
            out.append(person)
            continue
        for first, last in ((tokens[0], tokens[1]), (tokens[2], tokens[3])):
            out.append(Person(clean_name(text[first.start():last.end()]), Span(first.start(), last.end())))
    return out


def read_list(text: str, start: int, end: int, column: int, proxy_list: bool) -> ListItems:
    """Names, proxies and notes of the list printed at `text[start:end]` (label excluded), and its
    count: "(25)" ending it, or "2 (…)" opening it with the names in parentheses.

    In a list labelled as proxies (`proxy_list`), "X à Y", "X     Y" (table cells) and even "X Y"
    with two civilities (a line that lost its "à") are proxies, and a bare name is a proxy without
    a named holder.
    """
    masked = _without_row_labels(mask_margin(text, start, end, column), proxy_list)
    masked, count_span = _count_then_names(masked, start)
    count = _COUNT.search(masked.rstrip(" \t\n.;,")) if count_span is None else None
    count_span = Span(start + count.start(1), start + count.end(1)) if count else count_span
    view = _View(masked[:count.start()] if count else masked, start)
    names: list[Person] = []
    proxies, notes, marks, excused = [], [], [], []
    previous: Person | None = None  # the name of the piece before, when it held one
    for a, b in _pieces(view.masked, start):
        if _QUALIFIER.match(view.local(a, b)) and names:
            excused.append(names.pop())
            continue  # "Mme X, excusée, pouvoir à M. Y": the name stays the one a connector may follow
        b, note = _strip_parentheses(view, a, b)
        given, people = _proxy_of_previous(view, previous, a, b)
        if given is not None:
            names, excused = [p for p in names if p is not previous], [p for p in excused if p is not previous]
            proxies.append(given)
        elif found := _proxies(view, a, b, note.get("holder"), proxy_list):
            proxies.extend(found)
            previous = None
            continue
        else:
            people = _split_civilities(view, a, b)
        (excused if note.get("excused") else names).extend(people)
        previous = people[0] if len(people) == 1 else None
        if people and note.get("kind"):
            notes.append(ListNote(note["kind"], people[-1], note.get("where"), note.get("time"), note["end"]))
        elif people and note.get("mark"):
            marks.append((people[-1], note["mark"]))
    names = _dedupe(_split_by_shape(names, text))
    return ListItems(tuple(names), tuple(proxies), count_span, tuple(notes), tuple(marks), tuple(excused))


def _count_then_names(masked: str, offset: int) -> tuple[str, Span | None]:
    """A list that opens on its count, the names it counts in parentheses ("Excusés : 2 (Mme A, M.
    B)", "Procuration : 1 (M. X à M. Y)"): the names are the list. Returns the list with the count
    and the parentheses blanked, keeping offsets, and the count's span (absolute, from `offset`)."""
    match = _COUNT_THEN_NAMES.match(masked)
    if match is None:
        return masked, None
    names = " " * match.start("names") + match.group("names") + " "
    return names + masked[match.end():], Span(offset + match.start("count"), offset + match.end("count"))


def _without_row_labels(masked: str, proxy_list: bool) -> str:
    """The list with the labels of its rows blanked, keeping offsets: a table of members by
    commune or group ("Trévenec ....... M. J.-P. RIOU, Mme A. LE DRÉAU", "• Fontenil : R. LESAGE")
    heads each row with a label, then a column gap or a colon, then titled or initialled names; two
    such rows make it a table. (In a list of proxies, "A. X : B. Y" is a giver and a holder.)"""
    for pattern in (_ROW_LABEL,) if proxy_list else (_ROW_LABEL, _ROW_LABEL_COLON):
        rows = list(pattern.finditer(masked))
        if len(rows) < 2:
            continue
        for row in rows:
            masked = masked[:row.start("label")] + " " * (row.end() - row.start("label")) + masked[row.end():]
    return masked


def _dedupe(people: list[Person]) -> list[Person]:
    """A name printed twice in one list ("Nelly, … Nelly") is one member."""
    kept: list[Person] = []
    for person in people:
        if not any(same_person(person.name, k.name) for k in kept):
            kept.append(person)
    return kept


def _strip_parentheses(view: _View, a: int, b: int) -> tuple[int, dict]:
    """Take a trailing "(…)" off the piece `[a, b)`: returns the new end and what the note says —
    `holder` (span of a proxy holder), `excused` (a status, "(excusée)"), `kind`/`where`/`time` (a
    presence limited in time), or `mark` (a short mark, "Pr*"); any other comment ("(pas de
    pouvoir donné)") is just dropped."""
    local = view.local(a, b)
    match = None
    for match in _PAREN.finditer(local):
        pass
    if match is None or local[match.end():].strip(" \t\n.,;"):
        return b, {}
    inner_start = a + match.start(1)
    inner = match.group(1)
    note: dict = {"end": a + match.end()}
    proxy = _PAREN_PROXY.match(inner)
    if proxy and not _NO_PROXY.search(inner):
        note["holder"] = Span(inner_start + proxy.start("holder"), inner_start + proxy.end("holder"))
    elif _QUALIFIER.match(inner):
        note["excused"] = True
    elif (presence := presence_note(view.masked, match.start(1) + a - view.offset, match.end(1) + a - view.offset)):
        note["kind"], where, time = presence
        note["where"] = Span(where.start + view.offset, where.end + view.offset) if where else None
        if time:
            note["time"] = Span(time.start + view.offset, time.end + view.offset)
    elif (mark := _MARK.match(inner)) is not None:
        note["mark"] = mark.group(1)
    return a + match.start(), note


def presence_note(text: str, start: int, end: int) -> tuple[str, Span | None, Span | None] | None:
    """(kind, where, time) of a note on presence printed at `text[start:end]` — "arrivée au point
    n°5-a", "départ à 19h59", "jusqu'à la question n°5" (all of it is the where: she sat through
    question 5), "a quitté la séance après le vote du point V" — or None when it notes none."""
    inner = text[start:end]
    if not (_LEAVES.search(inner) or _ARRIVES.search(inner)):
        return None
    kind = DEPARTURE if _LEAVES.search(inner) else ARRIVAL
    time = _TIME.search(inner)
    if fold(inner).lstrip().startswith("jusqu"):
        where = trimmed_span(text, start, end, " \t\n.,;()")
        where = where if where.start < where.end else None
    else:
        where = item_reference(text, start, end)
    return kind, where, Span(start + time.start(), start + time.end()) if time else None


def _proxy_of_previous(view: _View, previous: Person | None, a: int,
                       b: int) -> tuple[Proxy | None, list[Person]]:
    """The proxy stated by a piece that opens on a connector ("…, représenté par M. Y", "… – pouvoir
    donné à M. Y", "…, excusée, pouvoir à M. Y"), and the names printed after its holder: a
    separator cut the list between giver and connector, so the giver is the one name of the piece
    before (a status word between them aside); the holder is the first name of the rest, which
    may run on to the next line's names when lines end without a separator."""
    opening = OPENING_CONNECTOR.match(view.local(a, b)) if previous is not None else None
    if opening is None:
        return None, []
    people = _split_civilities(view, a + opening.end(), b)
    return make_proxy(previous, people[0] if people else None), people[1:]


def _proxies(view: _View, a: int, b: int, holder_span: Span | None, proxy_list: bool) -> list[Proxy]:
    """The proxies the piece `[a, b)` states, if any (see `read_list` and `proxies`)."""
    if holder_span is not None:
        giver = person_in(view, a, b)
        holder = person_in(view, holder_span.start, holder_span.end)
        return [make_proxy(giver, holder)] if giver is not None else []
    local = view.local(a, b)
    found = []
    for u_start, u_end in units(local, proxy_list):
        unit = local[u_start:u_end]
        parts = split_proxy(unit, proxy_list)
        if parts is None:
            return []
        (g0, g1), holder, limit = parts
        base = a + u_start
        if holder is None:
            people = _split_civilities(view, base + g0, base + g1)
            if len(people) == 2:
                found.append(make_proxy(people[0], people[1]))
                continue
            giver = person_in(view, base + g0, base + g1)
            if giver is not None:
                found.append(make_proxy(giver, None))
            continue
        giver = person_in(view, base + g0, base + g1)
        if giver is None:
            continue
        holder_person = person_in(view, base + holder[0], base + holder[1])
        limit_value = _text_in(view, base + limit[0], base + limit[1]) if limit else None
        found.append(make_proxy(giver, holder_person, limit_value))
    return found


def _text_in(view: _View, start: int, end: int) -> Text | None:
    """The text printed in `[start, end)` (absolute offsets), trimmed, read through the view."""
    local = trimmed_span(view.masked, start - view.offset, end - view.offset, " \t\n.,;()")
    if local.start == local.end:
        return None
    value = " ".join(view.masked[local.start:local.end].split())
    return Text(value, Span(local.start + view.offset, local.end + view.offset))
