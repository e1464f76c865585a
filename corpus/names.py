"""Person names: normal form and matching within one collectivity.

Council texts print the same person as "Mme Christine MARTIN", "Christine Martin", "MARTIN",
"Madame MARTIN", "MARTIN Christine" (Putanges 2016 lists the surname first) or, in small communes,
"Christine". `person_key` gives a comparable form and `match_people` finds who a query designates,
reporting every candidate when it is ambiguous instead of guessing. `clean_name` and
`looks_like_name` serve the parsers that cut names out of member lists.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

CIVILITIES = re.compile(
    r"^(?:(?:m|mm|mme|mmes|mlle|mr|mrs|monsieur|madame|mademoiselle|messieurs|mesdames|me|dr|docteur)"
    r"(?:\.\s*|\s+))+",
    re.IGNORECASE,
)
UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
LOWER = "a-zàâäçéèêëîïôöùûüÿæœß"
# lower-case particles that may sit inside a name ("Guillain de FRANCE"), never at its start
PARTICLES = frozenset({"de", "du", "des", "le", "la", "d'", "d’", "van", "von", "di", "da", "dos", "el"})
_NAME_TOKEN = re.compile(rf"^(?:[{UPPER}][{UPPER}{LOWER}'’.-]*|d['’][{UPPER}][{UPPER}{LOWER}'’-]*)$")
MAX_NAME_TOKENS = 6
# words a list prints where a name would stand: "Néant", a table's header cells ("Mandant", "Pouvoir à")
NOT_NAMES = frozenset({"neant", "aucun", "aucune", "nul", "personne", "mandant", "mandants", "mandataire",
                       "mandataires", "absent", "absents", "absente", "absentes", "present", "presents",
                       "pouvoir", "pouvoirs", "procuration", "procurations", "nom", "noms", "prenom", "prenoms",
                       "beneficiaire", "titulaire", "titulaires", "suppleant", "suppleants", "excuse", "excuses"})


# the combining marks NFKD splits off Latin letters (accents, cedilla, diaeresis…)
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_accents(text: str) -> str:
    """`text` without diacritics; one regex pass, since answering folds every sentence it reads."""
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


@lru_cache(maxsize=1 << 17)
def person_key(name: str) -> str:
    """Comparable form: no civility, no accents, lower case, hyphens and apostrophes as spaces.
    Remembered: an archive prints the same names thousands of times and every question compares them."""
    name = CIVILITIES.sub("", " ".join(name.split()))
    name = strip_accents(name).lower()
    name = re.sub(r"[-‐‑–'’`.]", " ", name)
    return " ".join(name.split())


def display_name(name: str) -> str:
    """The name as printed, civility removed and whitespace collapsed."""
    return CIVILITIES.sub("", " ".join(name.split())).strip(" ,.;:")


def clean_name(printed: str) -> str:
    """A printed name as one clean string: civility dropped, "Jean-⏎Paul" rejoined, no punctuation.

    Names in lists wrap at line ends, sometimes right after a hyphen ("LEVY-⏎RAMEAU"); the hyphen
    belongs to the name, so the line break after it is removed rather than turned into a space; PDF
    layout mode may also push a hyphen away from the first part ("Jean        -Marie").
    """
    joined = re.sub(r"-\s*\n\s*|\s+-(?=\w)", "-", printed)
    return display_name(joined)


def looks_like_name(name: str) -> bool:
    """Whether `name` (already cleaned) reads as a person's name and not as a title or a phrase.

    Member lists end where a heading starts; a heading has lower-case words ("Détermination du
    nombre d'Adjoints") or digits, a name has capitalised words and at most a few particles.
    """
    tokens = name.split()
    if not tokens or len(tokens) > MAX_NAME_TOKENS or tokens[0] in PARTICLES:
        return False
    if any(char.isdigit() for char in name):
        return False
    if all(strip_accents(token).lower().strip(".") in NOT_NAMES for token in tokens):
        return False
    return all(token in PARTICLES or _NAME_TOKEN.match(token) for token in tokens)


def _tokens(key: str) -> list[str]:
    return key.split()


def name_score(query: str, candidate: str) -> float:
    """How well `query` designates `candidate` (both raw names): 1.0 exact, 0 none.

    Full name equal (in any order) → 1.0; the query's tokens all among the candidate's, or its
    initials standing for the candidate's other words → 0.9 (a surname alone, a first name alone in
    first-name-only lists, "P. Saurel"); else 0.
    """
    q, c = _tokens(person_key(query)), _tokens(person_key(candidate))
    if not q or not c:
        return 0.0
    if sorted(q) == sorted(c):
        return 1.0
    if all(token in c for token in q):
        return 0.9
    if _initials_fit(q, c):
        return 0.9
    return 0.0


def _initials_fit(query: list[str], candidate: list[str]) -> bool:
    """"P. Saurel" for "Philippe SAUREL": every full word of the query is the candidate's, each
    initial the first letter of one of its other words, and at least one full word matched."""
    rest = list(candidate)
    full = [token for token in query if len(token) > 1]
    if not full or len(full) == len(query):
        return False
    for token in full:
        if token not in rest:
            return False
        rest.remove(token)
    for initial in (token for token in query if len(token) == 1):
        word = next((w for w in rest if w.startswith(initial)), None)
        if word is None:
            return False
        rest.remove(word)
    return True


def designates(a: str, b: str) -> bool:
    """Whether either printed name can designate the other ("TANGUY" and "Ronan TANGUY")."""
    return name_score(a, b) >= 0.9 or name_score(b, a) >= 0.9


def same_person(a: str, b: str) -> bool:
    """Whether two printed names are the same full name (word order, case, accents aside)."""
    return name_score(a, b) == 1.0


@dataclass(frozen=True)
class Match:
    name: str
    score: float


def match_people(query: str, candidates: list[str]) -> list[Match]:
    """Candidates that `query` can designate, best first; several at the top score = ambiguous."""
    seen: dict[str, Match] = {}
    for candidate in candidates:
        score = name_score(query, candidate)
        key = person_key(candidate)
        if score > 0 and (key not in seen or seen[key].score < score):
            seen[key] = Match(candidate, score)
    return sorted(seen.values(), key=lambda m: -m.score)
