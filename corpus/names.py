"""Person names: normal form and matching within one collectivity.

Council texts print the same person as "Mme Christine MARTIN", "Christine Martin", "MARTIN",
"Madame MARTIN" or, in small communes, "Christine". `person_key` gives a comparable form and
`match_people` finds who a query designates, reporting every candidate when it is ambiguous
instead of guessing.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CIVILITIES = re.compile(
    r"^(?:(?:m|mm|mme|mmes|mlle|mr|mrs|monsieur|madame|mademoiselle|messieurs|mesdames|me|dr|docteur)\.?\s+)+",
    re.IGNORECASE,
)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def person_key(name: str) -> str:
    """Comparable form: no civility, no accents, lower case, hyphens and apostrophes as spaces."""
    name = CIVILITIES.sub("", " ".join(name.split()))
    name = strip_accents(name).lower()
    name = re.sub(r"[-‐‑–'’`.]", " ", name)
    return " ".join(name.split())


def display_name(name: str) -> str:
    """The name as printed, civility removed and whitespace collapsed."""
    return CIVILITIES.sub("", " ".join(name.split())).strip(" ,.;:")


def _tokens(key: str) -> list[str]:
    return key.split()


def name_score(query: str, candidate: str) -> float:
    """How well `query` designates `candidate` (both raw names): 1.0 exact, 0 none.

    Full name equal (in any order) → 1.0; the query's tokens all among the candidate's → 0.9 (a
    surname alone, or a first name alone in first-name-only lists); else 0.
    """
    q, c = _tokens(person_key(query)), _tokens(person_key(candidate))
    if not q or not c:
        return 0.0
    if sorted(q) == sorted(c):
        return 1.0
    if all(token in c for token in q):
        return 0.9
    return 0.0


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
