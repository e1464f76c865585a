"""Candidate item headings: every line that could open a deliberation, whatever its numbering.

A heading reads [left column] [keyword] number separator title:
- a keyword names the point ("POINT 3 –", "Rapport n° 101", "DÉLIBÉRATION N° 2021-092", "n° 12"),
  or a sign does ("§ 4 –", "№ 2."): each keyword or sign is a family, kept when it counts in sequence;
- the number is a code (a year or a date with a running number: "2019-07-01", "20221205 2",
  "DEL2025-02", "DEL-2023-118", "DBC 2021-092", "2020-038"), a plain number with its sub-points ("4", "4-1", "6.2"),
  a Roman numeral ("II.", "IV   ") or a capital letter ("A)");
- a left column holding a person (the rapporteur: "Mme le Maire", "Philippe SAUREL") puts the number
  and the title in a right column, as pdftotext -layout prints two-column minutes.
"Objet : …" lines are headings without a number, and so are upper-case title lines. A line heading
a table (a label beyond a wide gap over rows of figures) is no column heading. Nothing is
decided here: each candidate carries its family (the style the points of one document share) and its
place in a sequence; `outline` weighs them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from corpus.models import Text
from corpus.parse import votes
from corpus.parse.common import fold, make_text

MAX_TITLE_LINES = 4
MIN_UPPER_LETTERS = 4
SHORT_UPPER_LETTERS = 15  # an upper-case title with fewer letters than this is short
RUNNING = 3  # a line repeated this often (numbers aside) is a page header or footer
BULLETS = "-−–•▪o\uf0a7\uf0d8\uf0b7✓"
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class Candidate:
    """A line that may open a point: its number, title, family and place in the family's sequence."""

    start: int  # start of the line
    number: Text | None
    title: Text | None
    title_end: int  # end of the title (wrapped lines included), or of the heading line
    family: tuple[str, ...]
    key: tuple[int, ...] | None  # (major, minor) in the sequence; None when unnumbered
    kind: str  # keyword, code, plain, roman, letter, column, objet, upper
    indent: int  # column where the number (or title) stands


_SP = r"[^\S\n]"
# a sign standing for "number" or "paragraph" ("§ 4 –", "# 3", "№ 12"): any printed sign that is no
# bullet, quote, bracket or punctuation of a sentence; whether it numbers points, the sequence says
_SIGN = r"[^\w\s" + re.escape(BULLETS) + r"""—·◦*"'’«»()\[\]{}.,;:!?/\\&@%€$+=<>|~^`]"""
KEYWORD = re.compile(
    r"(?P<kw>points?|rapports?|d[ée]lib[ée]rations?|questions?|affaires?|dossiers?|n[°º]|" + _SIGN + r")" + _SP +
    r"*(?:n[°º]|no\b|num[ée]ro)?" + _SP + r"*(?=\d|[IVX]+\b)", re.I)
# a year (or a yyyymmdd date), maybe after a register prefix ("DEL-", "D"), or a two-digit year glued
# to its prefix ("CP24-06-016", "DCM23-045"), then running numbers
CODE = re.compile(
    r"(?P<code>(?:(?:[A-Z]{1,5}(?:" + _SP + r"|[-_])?)?(?:19|20)\d\d(?:\d{4})?|[A-Z]{1,5}\d\d(?=[-–_/.]\d))"
    r"(?:" + _SP + r"?[-–_/.]" + _SP + r"?(?:[A-Z]{1,5}[-_])?\d{1,4}(?![\d,])|" + _SP + r"\d{1,4}(?![\w,]))+"
    r"(?:[A-Z]{1,3}\b|bis\b|BIS\b)?)")
PLAIN = re.compile(r"(?P<plain>\d{1,3}(?:[.-]\d{1,2}(?![\d,]))?)(?![\d,])")
ROMAN = re.compile(r"(?P<roman>[IVX]{1,6})\b")
# a capital letter, maybe with its sub-point ("A)", "B –", "B – 3", "C.2")
LETTER = re.compile(r"(?P<letter>[A-Z](?:" + _SP + r"?[-–.]" + _SP + r"?\d{1,2}(?![\d,.]))?)(?=" + _SP + r"*[.)/]|"
                    + _SP + r"+[-–]" + _SP + "|" + _SP + r"{2,}\S)")
SEPARATOR = re.compile(_SP + r"*(?P<mark>°\)?|\.[-–]|[.)/:]|[-–—])" + _SP + r"*|" + _SP + r"+")
# the end of a range of points after its first number ("n° 7 à 12", "points 3 au 5")
RANGE_END = re.compile(_SP + r"+(?:à|au)" + _SP + r"+(?:n[°º]" + _SP + r"*)?\d")
# numbers, Roman numerals and capital letters, each followed by a mark or a wide gap ("III – 2  ")
LEADING_NUMBERING = re.compile(r"^" + _SP + r"*(?:(?:[IVX]+|\d+|[A-Z])(?:" + _SP + r"*[-–.)/°]" + _SP + r"*|"
                               + _SP + r"{2,}))+")
OBJET = re.compile(r"objet" + _SP + r"*:" + _SP + r"*", re.I)
OBJET_LINE = re.compile(r"^" + _SP + r"*(?P<objet>objet)" + _SP + r"*:" + _SP + r"*(?=\S)", re.I | re.M)
OBJET_BELOW = re.compile(r"(?:\n" + _SP + r"*\S[^\n]*){0,2}?\n" + _SP + r"*(?P<objet>objet" + _SP + r"*:" + _SP + r"*)"
                         r"(?P<line>\S[^\n]*)", re.I)
UPPER_HEADING = re.compile(
    r"(?:\A|\n" + _SP + r"*\n)(?P<line>" + _SP + r"{0,12}(?P<title>[A-ZÀ-Þ][A-ZÀ-Þ0-9 '’–\-,]+(?:\([^)\n]*\))?[ :]*))$",
    re.M)
CIVILITY = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Madame|Monsieur|Messieurs|Mesdames)(?:\s|$)")
SURNAME = re.compile(r"\b[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}\b")
TABLE_ROW = re.compile(r"^" + _SP + r"{0,8}\S[^\n]*?\S" + _SP + r"{3,}[^\n]*[\d-]" + _SP + r"*(?:€|%|euros?)?" + _SP + r"*$")
TABLE_ROWS = 2  # rows right under a line that make it a table's header
COLUMN_GAP = re.compile(_SP + r"{3,}(?=\S)")
ROW_GAPS = 2  # wide gaps between the words after a number that make the line a table's row
COLUMN_LINE = re.compile(
    r"^(?P<left>" + _SP + r"{0,4}[^\s\d:;,()]+(?: [^\s\d:;,()]+){0,3})" + _SP + r"{3,}"
    r"(?:(?P<num>\d{1,3})\.?" + _SP + r"{2,})?(?P<title>[A-ZÀ-Þ«\"][^\n]*\S)" + _SP + r"*$", re.M)
# the same with the rapporteur's first name and surname in cells of their own ("Max   LEVITA   64   Titre"):
# only when a number follows them
COLUMN_LINE_NUMBERED = re.compile(
    r"^(?P<left>" + _SP + r"{0,4}[^\s\d:;,()]+(?:" + _SP + r"{1,6}[^\s\d:;,()]+){0,3})" + _SP + r"{3,}"
    r"(?P<num>\d{1,3})\.?" + _SP + r"{2,}(?P<title>[A-ZÀ-Þ«\"][^\n]*\S)" + _SP + r"*$", re.M)


def candidates(text: str) -> list[Candidate]:
    """Every numbered, keyword, column and "Objet :" heading candidate of `text`, in text order; a
    running header (a line printed on every page: "Ville de X   Conseil du …   3") is no column
    heading (numbered lines are left to the sequence: an agenda line repeats its point)."""
    found = []
    lines = text.split("\n")
    margin = body_margin(lines)
    running = running_lines(lines)
    offset = 0
    for index, line in enumerate(lines):
        candidate = _numbered(text, offset, line, margin)
        if candidate is None:
            above = lines[index - 1] if index else ""
            below = next((b for b in lines[index + 1:index + 3] if b.strip()), "")
            candidate = (_column(text, offset, line, above, below)
                         or _objet(text, offset, line, margin))
            if candidate is not None and candidate.number is None and bare_line(line) in running:
                candidate = None
        if candidate is not None:
            found.append(candidate)
        offset += len(line) + 1
    return found


def body_margin(lines: list[str]) -> int:
    """The margin most text lines start at (pdftotext -layout may indent a whole page)."""
    margins = Counter(len(line) - len(line.lstrip()) for line in lines if len(line.strip()) >= 50)
    return margins.most_common(1)[0][0] if margins else 0


def bare_line(line: str) -> str:
    """A line with its figures masked and its spaces collapsed: a running header or footer prints
    the same bare line on every page ("Conseil du 12/10/2023 – page 3/8")."""
    return " ".join(re.sub(r"\d+", "#", line).split())


def running_lines(lines: list[str]) -> set[str]:
    """The bare lines printed at least `RUNNING` times: page headers and footers."""
    counts = Counter(bare_line(line) for line in lines if line.strip())
    return {line for line, count in counts.items() if count >= RUNNING and len(line) >= 10}


def upper_candidates(text: str) -> list[Candidate]:
    """All-capitals title lines after a blank line ("ELECTION DU MAIRE", "VOIRIE"): headings without
    a number. A short one (one word, a few letters) is kept only when its title is printed once:
    a word printed as a heading again and again ("FONCTIONNEMENT", "DELIBERATION") heads the parts
    of a table or a form, not points; `outline` then asks a vote under it (see `is_short`)."""
    found = []
    for match in UPPER_HEADING.finditer(text):
        title = match.group("title")
        if sum(c.isalpha() for c in title) < MIN_UPPER_LETTERS:
            continue
        start = match.start("line")
        end = title_end(text, match.end("title"), title)
        found.append(Candidate(start, None, make_text(text, match.start("title"), end), end, ("upper",), None,
                               "upper", match.start("title") - start))
    printed = Counter(fold(c.title.value) for c in found if c.title is not None)
    return [c for c in found if not is_short(c) or c.title is not None and printed[fold(c.title.value)] == 1]


def is_short(candidate: Candidate) -> bool:
    """An upper-case title of one word or few letters ("VOIRIE", "BUDGET 2024"): a heading only
    when a vote or a decision stands under it."""
    title = candidate.title.value if candidate.title else ""
    return candidate.kind == "upper" and (sum(c.isalpha() for c in title) < SHORT_UPPER_LETTERS or len(title.split()) < 2)


# --- one line ---------------------------------------------------------------------------------

def _numbered(text: str, offset: int, line: str, margin: int) -> Candidate | None:
    """[keyword] number separator title, the number at the start of the line."""
    parsed = _parse(line)
    return _build(text, offset, line, margin, *parsed) if parsed else None


def _parse(line: str) -> tuple | None:
    """The parts of a numbered heading line: margin, keyword, kind, number, separator, title start."""
    pos = len(line) - len(line.lstrip())
    if pos == len(line):
        return None
    keyword = KEYWORD.match(line, pos)
    at = keyword.end() if keyword else pos
    for kind, pattern in (("code", CODE), ("roman", ROMAN), ("plain", PLAIN), ("letter", LETTER)):
        number = pattern.match(line, at)
        if number is None:
            continue
        if kind == "roman" and _roman(number.group()) is None:
            continue
        if kind == "letter" and CIVILITY.match(line, pos):
            continue  # "M. GIRAUD demande…" is someone speaking, not point M
        if RANGE_END.match(line, number.end()):
            return None  # "Affaires n° 7 à 12 : 25 présents": a range of points is no point
        separator = SEPARATOR.match(line, number.end())
        if separator is None and number.end() < len(line):
            continue
        mark = separator.group("mark") if separator else None
        title_at = separator.end() if separator else number.end()
        if not _fits(kind, keyword is not None, mark, line[title_at:]):
            continue
        return pos, keyword, kind, number, mark, title_at
    return None


def title_start_in(line: str) -> int:
    """Where the title of `line` starts: after its numbering when it reads as a numbered heading
    ("I – 1    APPROBATION…"), else at its first word."""
    parsed = _parse(line)
    if parsed:
        return parsed[-1]
    numbering = LEADING_NUMBERING.match(line)
    return numbering.end() if numbering else len(line) - len(line.lstrip())


def opens_point(line: str) -> bool:
    """Whether `line` reads as a numbered heading (a title never runs onto one)."""
    return _parse(line) is not None


def _fits(kind: str, keyword: bool, mark: str | None, title: str) -> bool:
    """Whether the rest of the line can be a title after this kind of number and separator."""
    if not title.strip():
        return keyword or kind == "code"  # "DÉLIBÉRATION N° 2021-092" alone: the title is below
    first = title[0]
    if kind == "code" or keyword:
        return True
    if re.match(r"[a-z][)/]", title):  # "5.a) TRAVAUX": a sub-point inside point 5
        return False
    if mark is None:  # "I      Convention", "1 Subventions": spaces only, a capital must follow
        return first.isupper() and (kind != "plain" or not re.search(r"\d[\d ]*[,.]\d\d\b", title))
    return first.isalpha() or first in "«\"" or (first.isdigit() and mark != "." and kind == "plain")


def _build(text: str, offset: int, line: str, margin: int, pos: int, keyword: re.Match | None, kind: str,
           number: re.Match, mark: str | None, title_at: int) -> Candidate:
    number_start, number_end = offset + number.start(), offset + number.end()
    title_start = offset + title_at
    inner = CODE.match(line, title_at) if kind in ("plain", "roman") else None
    if inner and (after := SEPARATOR.match(line, inner.end())) and after.group("mark"):
        # "1.   D2024-15 - Compte…": the register code is the better number, the family stays the line's
        number_start, number_end = offset + inner.start(), offset + inner.end()
        title_start = offset + after.end()
    objet = OBJET.match(text, title_start)
    if objet:  # "D2025-008- Objet : Élection…"
        title_start = objet.end()
    printed = number.group()
    if keyword:
        family = ("keyword", fold(keyword.group("kw")).rstrip("s"), _code_prefix(printed) if kind == "code" else kind)
    elif kind == "code":
        family = ("code", _code_prefix(printed))
    else:
        family = (kind, _mark_class(mark))
    line_end = offset + len(line)
    if _table_row(line[title_start - offset:]):
        family += ("row",)
    title, end = _title(text, title_start, line_end, margin)
    return Candidate(offset, make_text(text, number_start, number_end), title, end, family,
                     _key(kind, printed), "keyword" if keyword else kind, pos)


def _table_row(rest: str) -> bool:
    """Whether the words after a number fill several columns ("Objet   Rapporteur   Décision"): a row
    of a table listing the points (a relevé des décisions), a family apart from the headings of the
    points themselves."""
    return len(COLUMN_GAP.findall(rest.strip())) >= ROW_GAPS


def _title(text: str, start: int, line_end: int, margin: int) -> tuple[Text | None, int]:
    """The title from `start` (wrapped lines joined), or the next line's when the heading has none."""
    if text[start:line_end].strip():
        end = title_end(text, line_end, text[start:line_end], margin)
        return make_text(text, start, end), end
    # "RAPPORT N° 2.03" / a service's name / "Objet : Fonds d'aide aux communes": the object titles it
    below = OBJET_BELOW.match(text, line_end) or re.compile(
        r"\n" + _SP + r"*(?:\n" + _SP + r"*)?(?P<objet>objet" + _SP + r"*:" + _SP + r"*)?(?P<line>\S[^\n]*)",
        re.I).match(text, line_end)
    if below is None:
        return None, line_end
    end = title_end(text, below.end("line"), below.group("line"), margin)
    return make_text(text, below.start("line"), end), end


def _column(text: str, offset: int, line: str, above: str, below: str) -> Candidate | None:
    """A rapporteur in the left column, the (numbered) title in the right one. Unnumbered, it
    starts a block and names a whole person (else it is a title's next line beside the end of the
    rapporteur's name: "DELAFOSSE   Consignations, la Communauté…")."""
    match = COLUMN_LINE.match(line)
    if match is None or not match.group("num"):
        match = COLUMN_LINE_NUMBERED.match(line) or match
    if match is None or not _person(" ".join(match.group("left").split()), below):
        return None
    if not match.group("num") and _table_header(text, offset + len(line)):
        return None
    left = match.group("left").strip()
    if not match.group("num") and (above.strip() or not (CIVILITY.match(left) or len(left.split()) >= 2)):
        return None
    title_start = offset + match.start("title")
    if closing_line(match.group("title")):
        return None
    end = _column_title_end(text, offset + len(line), match.start("title"))
    number = make_text(text, offset + match.start("num"), offset + match.end("num")) if match.group("num") else None
    key = (int(match.group("num")), 0) if match.group("num") else None
    return Candidate(offset, number, make_text(text, title_start, end), end, ("column",), key, "column",
                     match.start("title"))


def _table_header(text: str, line_end: int) -> bool:
    """Whether the line ending at `line_end` heads a table: the lines right under it are rows, a
    label then a figure (or "- €") beyond a wide gap ("SECTION DE FONCTIONNEMENT      Montant" over "Dépenses
    – Chapitre 011 …     + 1 250 000 €"), where a rapporteur's title goes on in its own column."""
    rows = text[line_end + 1:].split("\n", TABLE_ROWS)[:TABLE_ROWS]
    return len(rows) == TABLE_ROWS and all(TABLE_ROW.match(row) for row in rows)


def _person(left: str, below: str) -> bool:
    """Whether a left column names a person: a civility, a surname in capitals, or a first name
    whose surname (in capitals) is the next line's left column."""
    if len(left) > 30:
        return False
    if CIVILITY.match(left) or SURNAME.search(left):
        return True
    if len(left.split()) == 1 and left[:1].isupper() and below:
        under = re.match(r"\s{0,4}(\S+)\s{3,}", below)
        return bool(under and SURNAME.fullmatch(under.group(1).rstrip("-")))
    return False


def _column_title_end(text: str, line_end: int, column: int) -> int:
    """A right-column title goes on while the next lines start at its column with no left column
    and are not the vote (a line with a surname in the left column ends it: the span stays whole)."""
    end = line_end
    for _ in range(MAX_TITLE_LINES - 1):
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[end + 1:next_end]
        if len(line) <= column or line[:column].strip() or line[column].isspace() or closing_line(line):
            break
        end = next_end
    return end


def _objet(text: str, offset: int, line: str, margin: int) -> Candidate | None:
    match = OBJET_LINE.match(line)
    if match is None:
        return None
    end = title_end(text, offset + len(line), line[match.end():], margin)
    return Candidate(offset, None, make_text(text, offset + match.end(), end), end, ("objet",), None, "objet",
                     match.start("objet"))


# --- numbers ----------------------------------------------------------------------------------

def _roman(numeral: str) -> int | None:
    """Value of a Roman numeral made of I, V and X (I to XXXIX), None when it is not one."""
    values = [ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    canonical = "X" * (total // 10) + ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][total % 10]
    return total if 0 < total < 40 and canonical == numeral else None


def _key(kind: str, printed: str) -> tuple[int, ...]:
    """Place in the sequence: (major, minor) for "4-1", (running number, suffix rank) for a code."""
    if kind == "roman":
        return (_roman(printed) or 0, 0)
    if kind == "letter":  # "B – 3": the third point of part B
        sub = re.search(r"\d+$", printed)
        return (ord(printed[0]) - ord("A") + 1, int(sub.group()) if sub else 0)
    if kind == "plain":
        parts = re.split(r"[.-]", printed)
        return (int(parts[0]), int(parts[1]) if len(parts) > 1 else 0)
    last = re.search(r"(\d+)(?:([A-Z]{1,3}|bis|BIS))?$", printed)
    suffix = last.group(2) or ""
    rank = 1 if suffix.lower() == "bis" else (ord(suffix[0].upper()) - ord("A") + 1 if suffix else 0)
    return (int(last.group(1)), rank)


def _code_prefix(printed: str) -> str:
    """The shape of the part of a code before its running number ("DEL2025-02" → "del####"): a
    year mistyped on one point ("DEL2024-78" among "DEL2025-…") stays in the family."""
    last = re.search(r"\d+(?:[A-Z]{1,3}|bis|BIS)?$", printed)
    return re.sub(r"\d", "#", re.sub(r"[^0-9a-z]", "", fold(printed[:last.start()])))


def _mark_class(mark: str | None) -> str:
    if mark is None:
        return " "
    return "-" if mark[-1] in "-–—" else mark[-1]  # "1°)" is "1)", "1.-" is "1-"


# --- titles -----------------------------------------------------------------------------------

def title_end(text: str, end: int, first_line: str, margin: int = 0) -> int:
    """End of a title that wraps onto the next lines of its block.

    A capitals title continues with capitals only; another one continues with a short line set off
    from the text's margin (a centred title) or, after a full-width line, with a line starting in
    lower case (or with a quote: "« prévoyance » et …"). A full-width line right under the title is already the text of the point, and a
    title never runs onto the next numbered heading (agenda lines follow each other).
    """
    upper = _is_upper(first_line)
    previous = text[text.rfind("\n", 0, end) + 1:end]  # the whole heading line: is it full-width?
    for _ in range(MAX_TITLE_LINES - 1):
        if previous.rstrip().endswith((".", ":", ";")):
            break
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[end + 1:next_end]
        if (not line.strip() or _is_page_header(line) or not _continues(previous, line, upper, margin)
                or opens_point(line)):
            break
        end, previous = next_end, line
    return end


def _continues(previous: str, line: str, upper: bool, margin: int) -> bool:
    if upper:
        return _is_upper(line)
    stripped = line.strip()
    if stripped[:1] in BULLETS:
        return False
    centred = len(line) - len(line.lstrip()) >= margin + 4 and len(stripped) < 90
    return centred or (len(previous.strip()) >= 55 and (stripped[:1].islower() or stripped[:1] in "«\"("))


def _is_upper(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _is_page_header(line: str) -> bool:
    return bool(re.search(r"s[ée]ance du|conseil municipal du|page \d", line, re.I))


def closing_line(line: str) -> bool:
    """Whether a line states a vote or its outcome ("Pour : 59", "Adopté à l'unanimité")."""
    folded_line = fold(line)
    return (any(p.search(folded_line) for p in votes.COUNT_PATTERNS) or bool(votes.UNANIMITY.search(folded_line))
            or any(p.search(folded_line) for _, p in votes.OUTCOMES))
