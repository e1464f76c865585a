"""Small helpers every fact parser shares: spans from regex matches, French numbers and dates.

Parsers work on the whole document text with absolute offsets, so that every value they build
points back into `Document.text` without any re-searching.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from corpus.models import Count, Date, Span, Text

MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fev": 2, "fevr": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mil": 1000, "mille": 1000,
}

# a run of French number words, e.g. "quarante-sept", "vingt et un", "deux mil dix neuf"
NUMBER_WORDS = r"(?:(?:%s)(?:[\s-]+(?:et[\s-]+)?(?:%s))*)" % (
    "|".join(sorted(UNITS, key=len, reverse=True)), "|".join(sorted(UNITS, key=len, reverse=True)))


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    letters = "".join(c for c in base if not unicodedata.combining(c))
    if len(letters) == 1:
        return letters.lower()
    return char.lower() if len(char.lower()) == 1 else char


_FOLD_TABLE: dict[int, str] = {}


def fold(text: str) -> str:
    """Lower case without accents, same length as `text` for the common Latin letters.

    Matching on the folded text keeps offsets valid in the original, because each accented
    letter folds to exactly one letter; characters that would change length are kept as is.
    Each distinct character is folded once (a translation table grows as new ones are seen), so
    folding a whole document is a single `str.translate`.
    """
    for char in set(text):
        if ord(char) not in _FOLD_TABLE:
            _FOLD_TABLE[ord(char)] = _fold_char(char)
    return text.translate(_FOLD_TABLE)


def squash(text: str) -> str:
    """Collapse every whitespace run (line breaks, tabs, layout spaces) to one space."""
    return " ".join(text.split())


def trimmed_span(text: str, start: int, end: int, strip: str = " \t\n\r.,;:") -> Span:
    """The span `[start, end)` shrunk so it neither starts nor ends on whitespace/punctuation."""
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    return Span(start, end)


def line_spans(text: str, span: Span) -> list[tuple[int, int]]:
    """(start, end) of every line of `text` inside `span`, newlines left out."""
    found, start = [], span.start
    while start < span.end:
        end = text.find("\n", start, span.end)
        end = span.end if end < 0 else end
        found.append((start, end))
        start = end + 1
    return found


def make_text(text: str, start: int, end: int) -> Text | None:
    """A `Text` value for `text[start:end]`, trimmed; None when nothing is left."""
    span = trimmed_span(text, start, end)
    if span.start == span.end:
        return None
    return Text(squash(text[span.start:span.end]), span)


def words_to_int(words: str) -> int | None:
    """ "quarante-sept" → 47, "deux mil dix neuf" → 2019, "soixante et onze" → 71; None if not a number."""
    tokens = [t for t in re.split(r"[\s-]+", fold(words)) if t and t != "et"]
    if not tokens or any(t not in UNITS for t in tokens):
        return None
    total, current = 0, 0
    for token in tokens:
        value = UNITS[token]
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        elif token == "vingt" and current % 100 == 4:  # quatre-vingt
            current = current - 4 + 80
        else:
            current += value
    return total + current


def to_int(token: str) -> int | None:
    """Digits ("77", "1 500") or French number words → int."""
    digits = re.sub(r"[\s\u00a0\u202f.]", "", token)
    if digits.isdigit():
        return int(digits)
    return words_to_int(token)


def make_count(text: str, start: int, end: int) -> Count | None:
    """A `Count` for the number printed at `text[start:end]`, or None if it is not a number."""
    span = trimmed_span(text, start, end)
    value = to_int(text[span.start:span.end])
    return None if value is None else Count(value, span)


DATE_PATTERN = re.compile(
    r"(?P<day>\d{1,2}|1er|premier)\s*(?:er\s+)?(?P<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|"
    r"septembre|octobre|novembre|d[ée]cembre)\s+(?P<year>\d{4})"
    r"|(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b",
    re.IGNORECASE,
)


def parse_date_match(match: re.Match[str]) -> dt.date | None:
    """Turn a DATE_PATTERN match into a date; None for impossible dates."""
    try:
        if match.group("month"):
            day_token = match.group("day").lower()
            day = 1 if day_token in ("1er", "premier") else int(day_token)
            return dt.date(int(match.group("year")), MONTHS[fold(match.group("month"))], day)
        year = int(match.group("y"))
        year += 2000 if year < 100 else 0
        return dt.date(year, int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[Date]:
    """Every date printed in `text[start:end]`, in order, each with its span."""
    end = len(text) if end is None else end
    found = []
    for match in DATE_PATTERN.finditer(text, start, end):
        value = parse_date_match(match)
        if value is not None:
            found.append(Date(value, Span(match.start(), match.end())))
    return found


_MONTH_NAMES = (r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|"
                r"d[ée]cembre)")
# "L'an deux mille vingt, le huit juin" / "le vingt-cinq du mois de mai" / "le 4 avril" / "L'an deux
# mille vingt-cinq, treize novembre" (no "le")
WORD_DATE_PATTERN = re.compile(
    rf"l['’]an\s+(?P<year>{NUMBER_WORDS}),?\s+(?:le\s+)?(?P<day>\d{{1,2}}|1er|premier|{NUMBER_WORDS})"
    rf"(?:\s+du\s+mois)?\s+(?:de\s+|d['’])?(?P<month>{_MONTH_NAMES})\b"
    rf"|\b(?P<day2>\d{{1,2}}|1er|premier|{NUMBER_WORDS})\s+(?P<month2>{_MONTH_NAMES})\s+(?P<year2>{NUMBER_WORDS})\b",
    re.IGNORECASE,
)


def find_word_dates(text: str, start: int = 0, end: int | None = None) -> list[Date]:
    """Dates whose year is written in words, as registers print them, each with its span:
    "L'an deux mil dix neuf, le onze mars" and "convoqués le quatre mars deux mil dix neuf"."""
    end = len(text) if end is None else end
    found = []
    for match in WORD_DATE_PATTERN.finditer(text, start, end):
        day, month, year = (match.group("day", "month", "year") if match.group("month")
                            else match.group("day2", "month2", "year2"))
        day_value = 1 if fold(day) in ("1er", "premier") else to_int(day)
        year_value = words_to_int(year)
        try:
            value = dt.date(year_value or 0, MONTHS[fold(month)], day_value or 0)
        except ValueError:
            continue
        found.append(Date(value, Span(match.start(), match.end())))
    return found


@functools.lru_cache(maxsize=8)
def folded(text: str) -> str:
    """`fold(text)`, fast and cached: parsers fold the same document once per item otherwise.

    `fold` works character by character, so folding each distinct character once and translating
    gives the same string in a fraction of the time.
    """
    return text.translate({ord(char): fold(char) for char in set(text)})
