"""Members present, absent, excused, proxies and announced counts, in any layout.

Lists are found by their labels, read by what their words say (see `labels`: "Étaient présents :",
"+ Absents excusés :", "Absent(s) ayant donné procuration à :", "Ont donné procuration :", a label
alone on its line or heading a table), at a line start or after a wide gap (a left margin on the
same line). A list runs from its label to a blank line, the next label, or a line opening on
another kind of label ("Secrétaire de séance :"), or the end of a line closing a sentence (the
list's full stop), the margin of a two-column page blanked; one blank line right after the label
is allowed (Dijon spaces every line), more means the label has no list (Montpellier's empty
"Absents :"), and a number alone in its cell means it announces a count ("Présents : 11").
Each list is cut into names and proxies by `people_lists`; marks printed after names pair an
absent member with the present one holding their proxy. A grid with a column per status and a
mark in each row is read by `attendance_grid`. Counts are read by `counts`, plus the
"(25)" that ends a list. A proxy giver is absent, but is reported in `proxies` only.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.models import Attendance, Count, Person, Proxy, Span, Text
from corpus.names import clean_name, looks_like_name
from corpus.parse.attendance_codes import read_coded
from corpus.parse.attendance_grid import Grid, read_grids
from corpus.parse.attendance_status_lines import read_status_lines
from corpus.parse.common import fold, make_count
from corpus.parse.counts import read_counts
from corpus.parse.labels import ABSENT, EXCUSED, PRESENT, PROXIES, find_labels
from corpus.parse.people_lists import ListNote, mask_margin, read_list

# "Maryline : absente non excusée" — the name before the status (Couthenans)
NAME_THEN_STATUS = re.compile(
    r"^[^\S\n]*(?P<name>[^\W\d][^:\n]{0,40}?)[^\S\n]*:[^\S\n]*"
    r"(?P<status>absente?s?(?:[^\S\n]+(?P<unexcused>non[^\S\n]+)?excusee?s?)?)[^\S\n]*\.?[^\S\n]*$", re.M)
# a line opening on another kind of label ("Secrétaire de séance :", "Compte-rendu affiché le :")
# ends a list that no blank line ends
OTHER_LABEL = re.compile(r"\n[^\S\n]*[^\W\d][^\W\d'’-]*(?:[^\S\n]+[a-zà-ÿ'’-]+){0,5}[^\S\n]*:")
# a number alone in its cell after the label ("Présents    : 11      conseil, sous la présidence…",
# a counts column beside a text column; "Présents : 11 – Absents : …"): the label announces a
# count, not a list
COUNT_CELL = re.compile(r"\d{1,3}(?=[^\S\n]{2,}|[^\S\n]*(?:\n|\Z)|[^\S\n][-–—/][^\S\n])")
# a line ending on a full stop that is no initial's nor a civility's ("M. GALL." closes, "J." and
# "MM." do not)
SENTENCE_CLOSED = re.compile(r"(?<!\b[A-ZÀ-Þ])(?<!\bMM)(?<!\bMme)(?<!\bMmes)(?<!\bMlle)\.[^\S\n]*$", re.M)
LINE_LABEL = re.compile(r"[^\S\n]*[^\W\d][^:\n]{0,40}:")
LOWER_WORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ]{3,}\b")
NAME_PARTICLES = frozenset({"des", "van", "von", "del", "der", "den", "les"})
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
LISTS_AFTER_HEADER = 2500
LIST_COUNT_FIELD = {PRESENT: "present_count", PROXIES: "proxy_count", ABSENT: "absent_count",
                    EXCUSED: "absent_count"}


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """`fold(text)`, computed once per document: every span of it is searched for labels and counts."""
    return fold(text)


@dataclass
class _Lists:
    """What the lists of a span hold, gathered before the `Attendance` is frozen."""

    people: dict[str, list[Person]] = field(default_factory=lambda: {PRESENT: [], ABSENT: [], EXCUSED: []})
    proxies: list[Proxy] = field(default_factory=list)
    list_counts: dict[str, Count] = field(default_factory=dict)
    notes: list[ListNote] = field(default_factory=list)
    marks: dict[str, list[tuple[Person, str]]] = field(default_factory=lambda: {PRESENT: [], ABSENT: [], EXCUSED: []})
    spans: list[Span] = field(default_factory=list)


def _list_bounds(text: str, label_end: int, limit: int, column: int) -> tuple[int, int] | None:
    """Where the list after a label lies (its first character, its end): up to a blank line or a
    line opening on another kind of label, `limit` being the next attendance label and `column`
    where the label stands on its line; None when the label is followed by nothing, by several
    blank lines or by a count alone in its cell."""
    content = label_end
    while content < limit and text[content] in " \t\n\r":
        content += 1
    if content >= limit or text.count("\n", label_end, content) > 2 or COUNT_CELL.match(text, content):
        return None
    blank = _BLANK_LINE.search(text, content, limit)
    end = blank.start() if blank else limit
    block = mask_margin(text, content, end, column)
    ends = [found for found in (_closing_line(block), _other_label(block)) if found is not None]
    end = content + min(ends) if ends else end
    return (content, end) if content < end else None


def _closing_line(block: str) -> int | None:
    """Where the list of `block` ends on its full stop: at the end of a line closing a sentence
    when the next line opens on a label ("… M. Pierre NOYER.⏎Secrétaire : Mme X", a label that
    reads like a name) or reads as a sentence ("… Mme Anne PETIT.⏎Mme X a donné procuration à
    M. Y."), not when it goes on with names (a misprinted "M. Kévin KIEFFERM.⏎Olivier MARNI, …")."""
    for closed in SENTENCE_CLOSED.finditer(block):
        next_line = block[closed.end():].lstrip("\n").split("\n", 1)[0]
        if LINE_LABEL.match(next_line) or _reads_as_prose(next_line):
            return closed.end()
    return None


def _reads_as_prose(line: str) -> bool:
    """Whether a line holds words in lower case (a verb, a noun) beside its names, notes in
    parentheses and particles aside: a sentence, not a line of a member list."""
    words = LOWER_WORD.findall(re.sub(r"\([^()]*\)", " ", line))
    return any(word not in NAME_PARTICLES for word in words)


def _other_label(block: str) -> int | None:
    """Where the first line opening on another kind of label lies in `block` (a list's lines, with
    the margin of a two-column page blanked: a margin's label, "Date de convocation :", stands
    beside the list, not after it, and a margin's number does not hide the column's label), if
    any. A phrase before a colon that reads as a name ("Maryline : absente", a row "Jean DUPONT :
    M. Paul ROCHE") belongs to the list."""
    for other in OTHER_LABEL.finditer(block):
        if not looks_like_name(clean_name(other.group().strip(" \t\n:"))):
            return other.start()
    return None


def _line_start(text: str, position: int) -> int:
    """Where the line of a label begins when only spaces or a bullet stand before it ("+ Absents
    excusés :"), so that the bullet is not read into the list above."""
    start = text.rfind("\n", 0, position) + 1
    return start if not text[start:position].strip(" \t+*•▪·-–—o") else position


def _read_lists(text: str, span: Span) -> _Lists:
    folded = folded_text(text)
    grid = read_grids(text, span)
    read_coded(text, span, grid)
    read_status_lines(text, span, grid)
    # a grid's header and rows hold status words ("Absent⏎excusé"), which are no labels of lists
    labels = [label for label in find_labels(text, folded, span.start, span.end)
              if not any(s.start <= label.start < s.end for s in grid.spans)]
    found = _Lists()
    for index, label in enumerate(labels):
        limit = _line_start(text, labels[index + 1].start) if index + 1 < len(labels) else span.end
        column = label.start - (text.rfind("\n", 0, label.start) + 1)
        bounds = _list_bounds(text, label.end, limit, column)
        if bounds is None:
            continue
        category = label.category
        items = read_list(text, label.end, bounds[1], column, category == PROXIES)
        if not (items.names or items.proxies or items.excused or items.count):
            continue
        found.spans.append(Span(label.start, bounds[1]))
        found.proxies.extend(items.proxies)
        found.notes.extend(items.notes)
        listed = PRESENT if category == PROXIES else category
        found.people[listed].extend(items.names)
        found.people[EXCUSED].extend(items.excused)
        found.marks[listed].extend(items.marks)
        if items.count is not None:
            count = make_count(text, items.count.start, items.count.end)
            found.list_counts.setdefault(LIST_COUNT_FIELD[category], count)
    for match in NAME_THEN_STATUS.finditer(folded, span.start, span.end):
        name = clean_name(text[match.start("name"):match.end("name")])
        if looks_like_name(name):
            category = EXCUSED if match.group("status").find("excus") >= 0 and not match.group("unexcused") else ABSENT
            found.people[category].append(Person(name, Span(match.start("name"), match.end("name"))))
            found.spans.append(Span(match.start("name"), match.end("status")))
    _pair_marks(found)
    _add_grid(grid, found)
    return found


def _add_grid(grid: Grid, found: _Lists) -> None:
    """The members of attendance grids (a mark per status column, see `attendance_grid`)."""
    for category, people in grid.people.items():
        found.people[category].extend(people)
    found.proxies.extend(grid.proxies)
    found.notes.extend(grid.notes)
    found.spans.extend(grid.spans)


def _pair_marks(found: _Lists) -> None:
    """Proxies shown by marks: an absent member and a present one printed with the same mark
    ("David (Pr*)" absent, "Jean-Pierre (Pr*)" present) are giver and holder. A mark that no
    present member repeats says nothing."""
    holders = {}
    for person, mark in found.marks[PRESENT]:
        holders.setdefault(mark, []).append(person)
    for category in (ABSENT, EXCUSED):
        for giver, mark in found.marks[category]:
            if len(holders.get(mark, ())) != 1:
                continue
            holder = holders[mark][0]
            found.proxies.append(Proxy(giver, holder, Span(giver.span.start, giver.span.end)))
            found.people[category] = [p for p in found.people[category] if p is not giver]


def _counts(text: str, span: Span) -> dict[str, Count | Text]:
    """The first statement of each count in the span, and the quorum sentence (see `counts`)."""
    return read_counts(text, folded_text(text), span)


def parse_attendance(text: str, span: Span) -> Attendance | None:
    """Who sat and who did not in `span`, with the announced counts; None when nothing is stated."""
    found = _read_lists(text, span)
    counts = {**found.list_counts, **_counts(text, span)}
    if not found.spans and not counts:
        return None
    spans = found.spans + [value.span for value in counts.values()]
    return Attendance(
        span=Span(min(s.start for s in spans), max(s.end for s in spans)),
        present=tuple(found.people[PRESENT]),
        absent=tuple(found.people[ABSENT]),
        excused=tuple(found.people[EXCUSED]),
        proxies=tuple(found.proxies),
        **counts,
    )


def parse_seance_attendance(text: str, header: Span) -> Attendance | None:
    """The séance's attendance, read in its header; when the header holds no list (the split put
    the lists inside the first item), in the first `LISTS_AFTER_HEADER` characters after it."""
    attendance = parse_attendance(text, header)
    if attendance is not None and (attendance.present or attendance.absent or attendance.proxies):
        return attendance
    wider = Span(header.start, min(len(text), header.end + LISTS_AFTER_HEADER))
    found = _read_lists(text, wider)
    if not found.spans:
        return attendance
    return parse_attendance(text, Span(header.start, max(header.end, max(s.end for s in found.spans))))


def parse_counts(text: str, span: Span) -> Attendance | None:
    """Only the counts stated in `span` ("31 présents 2 procurations 33 votants"), None if none;
    for the announcements that go with an arrival or a departure."""
    counts = _counts(text, span)
    if not counts:
        return None
    spans = [value.span for value in counts.values()]
    return Attendance(span=Span(min(s.start for s in spans), max(s.end for s in spans)), **counts)


def list_notes(text: str, span: Span) -> tuple[ListNote, ...]:
    """Arrivals and departures noted inside the member lists of `span`: "Françoise DUARTE (arrivée
    au point n°5-a)", "Ronan TANGUY (départ à 19h59)", "X (jusqu'à la question n°5)"."""
    return tuple(_read_lists(text, span).notes)


def parse_item_attendance(text: str, span: Span) -> Attendance | None:
    """Counts and lists stated inside one deliberation ("(31 présents, 1 procuration soit 32
    votants)" after an arrival, "Nombre de votants : 33"); read exactly as a séance's, None if none."""
    return parse_attendance(text, span)
