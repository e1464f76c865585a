"""French full-text retrieval over chunks with SQLite FTS5 and BM25.

FTS5's own tokenizers know no French: `unicode61 remove_diacritics 2` folds accents and case, but
"l'abstention" stays one token and "abstentions" does not meet "abstention". So text is normalised
here, in Python, the same way at indexing and at query time: apostrophes unified, elisions
(l' d' qu' jusqu'…) stripped, accents folded, digit groups joined ("2 000 €" and "300.000,00" meet
"2000" and "300000"), numbers without leading zeros (so "05/12/2022" meets "5/12/2022"), and each
word cut by a light French stemmer (after Savoy's minimal stemmer, as in Lucene's
FrenchMinimalStemmer: plurals, final -r/-e twice since accents are folded, doubled consonant).
Prefix queries on unstemmed words measured the same on the dev questions; the stemmer keeps
queries plain. The FTS table holds the normalised words only; chunk text is always read back
from the document by its offsets.

Queries are an OR of the question's content words (stop words dropped), ranked by BM25 (FTS5's
own, read a term at a time by `term_scores`). The
heading column (séance, deliberation title, section) weighs 1.5 times the body: questions name
their town, date and subject, which the heading states once and cleanly. On the dev questions,
full-text MRR went from 0.54 at weight 0.5 to 0.73 at 1.5-2 (3 is worse).
"""
from __future__ import annotations

import math
import re
import sqlite3
import unicodedata
from typing import Iterable

VERSION = "3"  # of the normalisation: an index made with another one is re-indexed on open
HEADING_WEIGHT = 1.5
DIGIT_GROUP = re.compile(r"(?<=\d)[ .\u00a0\u202f](?=\d{3}\b)")
ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu)'")
TOKEN = re.compile(r"[a-z0-9]+")
STOP_WORDS = frozenset("""
a ai au aux avec avoir c ce ces cet cette d dans de des du elle en est et etait etaient il ils
je l la le les leur lui m ma mais me meme mes moi mon n ne nos notre nous on ont ou par pas pour
qu que quel quelle quelles quels qui s sa se ses si son sur t ta te tes toi ton tu un une vos
votre vous y ete etre fait lors avait sont sera ceux celle celui dont combien comment quand
quoi pourquoi ainsi aussi
""".split())


def fold(text: str) -> str:
    """Lower case, accents removed, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'").replace("\u02bc", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def stem(word: str) -> str:
    """Savoy's minimal French stemmer on a folded word; numbers lose their leading zeros."""
    if word.isdigit():
        return word.lstrip("0") or "0"
    if len(word) < 4:
        return word
    if word.endswith("aux") and len(word) > 4:
        word = word[:-3] + "al"
    elif word[-1] in "sx":
        word = word[:-1]
    for _ in range(2):  # twice, so that "désignée"/"désigné" and "conseillère"/"conseiller" meet
        if len(word) > 4 and word[-1] == "r":
            word = word[:-1]
        if len(word) > 3 and word[-1] == "e":
            word = word[:-1]
    if len(word) > 4 and word[-1] == word[-2] and word[-1].isalpha():
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """The normalised words of `text`, in order."""
    text = ELISION.sub(" ", DIGIT_GROUP.sub("", fold(text)))
    return [stem(word) for word in TOKEN.findall(text)]


def normalise(text: str) -> str:
    """`text` as stored in the FTS table: its normalised words joined by spaces."""
    return " ".join(words(text))


def query_terms(query: str) -> list[str]:
    """The distinct content words of `query`, in order."""
    return list(dict.fromkeys(word for word in words(query) if word not in STOP_WORDS))


def match_expression(terms: list[str]) -> str | None:
    """An FTS5 OR-query of `terms` (None when there are none)."""
    return " OR ".join(f'"{term}"' for term in terms) or None


class TermCounts:
    """How many chunks hold each term, cached until the index changes.

    A term found in more than half of the chunks ("conseil", "séance" in every heading) gets no
    weight from BM25 (FTS5 clamps its negative idf to ~0), yet every row holding it must be
    scored: dropping it from the query leaves the ranking as it was and, at 100k chunks, saves
    most of the query time.
    """

    def __init__(self) -> None:
        self._generation: str | None = None
        self._counts: dict[str, int] = {}
        self._total = 0

    def _count(self, db: sqlite3.Connection, generation: str | None, terms: list[str]) -> None:
        if generation != self._generation:
            self._generation, self._counts = generation, {}
            self._total = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        for term in terms:
            if term not in self._counts:
                row = db.execute("SELECT doc FROM chunks_vocab WHERE term = ?", (term,)).fetchone()
                self._counts[term] = row[0] if row else 0

    def selective(self, db: sqlite3.Connection, generation: str | None,
                  terms: list[str]) -> list[str]:
        """`terms` less those in more than half of the chunks (all of them if none is left)."""
        self._count(db, generation, terms)
        kept = [term for term in terms if 2 * self._counts[term] <= self._total]
        return kept or terms

    def rarity(self, db: sqlite3.Connection, generation: str | None, terms: list[str]) -> dict[str, float | None]:
        """Each term's inverse chunk frequency over the whole archive, log((1 + N) / (1 + n));
        None for a term no chunk holds."""
        self._count(db, generation, terms)
        return {term: math.log((1 + self._total) / (1 + self._counts[term])) if self._counts[term] else None
                for term in terms}


def index_rows(db: sqlite3.Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """Add (chunk id, heading, text) rows; call inside the transaction that adds the chunks."""
    db.executemany("INSERT INTO chunks_fts (rowid, heading, body) VALUES (?, ?, ?)",
                   ((rowid, normalise(heading), normalise(text)) for rowid, heading, text in rows))
