"""Acronyms spelled out from the archive's own titles: "CFU" is the "Compte Financier Unique".

Staff write the acronyms they use every day ("le CFU 2023", "la DM n°2", "le PADD"); the minutes
often print the words. An acronym the archive never prints as such is read as the words whose
initials it spells in a deliberation title, when one reading is clearly the most frequent; the
question then carries both ("le CFU (compte financier unique) 2023"), so that full-text search,
sentence matching and item titles all meet it. Nothing is hand-listed: the titles are the list.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from assistant.understanding import fold

# little words left out of initials ("Plan Local d'Urbanisme" → PLU)
LINKING = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "a", "au", "aux", "en", "pour", "sur"}
SPAN = range(2, 6)  # an acronym stands for 2 to 5 words
ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
WORD = re.compile(r"[^\W\d_]+")


def readings(titles: list[str]) -> dict[str, str]:
    """Acronym → the run of title words it most often spells (a tie spells nothing)."""
    counted: dict[str, Counter[str]] = defaultdict(Counter)
    for title in titles:
        words = [w for w in WORD.findall(fold(title)) if w not in LINKING and len(w) > 1]
        for size in SPAN:
            for start in range(len(words) - size + 1):
                run = words[start:start + size]
                counted["".join(w[0] for w in run).upper()][" ".join(run)] += 1
    chosen = {}
    for acronym, runs in counted.items():
        ranked = runs.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            chosen[acronym] = ranked[0][0]
    return chosen


def spelled_out(question: str, known: dict[str, str], printed: set[str]) -> str:
    """`question` with each acronym the archive does not print (`printed`) followed by the words
    it spells in the archive's titles (`known`)."""
    def expand(match: re.Match[str]) -> str:
        acronym = match.group()
        words = known.get(acronym)
        return f"{acronym} ({words})" if words and acronym.lower() not in printed else acronym

    return ACRONYM.sub(expand, question)
