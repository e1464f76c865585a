"""What a question asks, by its nearest neighbours among labelled example questions.

The kinds of council staff's questions are few, but their wordings are not: a rule cascade knows
the wordings it was written from and misreads others. A bank of labelled examples
(`examples/question_kinds.tsv`, language as data) read by a nearest-neighbour vote carries over to
wordings never seen; a new wording is a new line of the bank, not a new branch.

Neighbours are found on character n-grams (3 to 5 letters, accents folded, weighted by rarity in
the bank), not on the sentence embedding search uses: what a question asks is carried by a few
short words ("qui", "combien", "voix", "pouvoir", "présent"), which an embedding of the whole
question drowns under its subject (measured on the dev and held-out questions: 55 % of kinds right
by n-grams, 45 % by multilingual-e5-small). Typos ("abstensions") and missing accents keep most
of their n-grams. The vote is weighed against the rules in `understanding.weighed_kind`.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from assistant.understanding import Vote, fold

BANK = Path(__file__).parent / "examples" / "question_kinds.tsv"
NEIGHBOURS = 7
GRAM_SIZES = (3, 4, 5)


def read_bank(path: Path = BANK) -> list[tuple[str, str]]:
    """(kind, question) pairs of the bank; comment and blank lines skipped."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            kind, question = line.split("\t", 1)
            pairs.append((kind.strip(), question.strip()))
    return pairs


def _grams(text: str) -> Counter[str]:
    padded = " " + " ".join(re.sub(r"[^a-z' ]+", " ", fold(text)).split()) + " "
    return Counter(padded[i:i + n] for n in GRAM_SIZES for i in range(len(padded) - n + 1))


# examples of every kind assumed seen with each gram: a gram met in one example ("entreprise")
# does not tell its kind, however pure its one example is
PRIOR = 0.5


def _telling(gram: str, by_kind: dict[str, Counter[str]], count: int, kinds: int) -> float:
    """How much a gram tells the kinds apart: 1 when its examples are all of one kind, 0 when
    they spread evenly over all (one minus the normalised entropy of its kinds, `PRIOR`
    smoothed). "conseil
    municipal du …" opens questions of every kind; "voté" and "absent" belong to few."""
    if kinds < 2:
        return 1.0
    shares = [(counted[gram] + PRIOR) / (count + PRIOR * kinds) for counted in by_kind.values()]
    entropy = -sum(p * math.log(p) for p in shares)
    return 1.0 - entropy / math.log(kinds)


class KindClassifier:
    """Nearest-neighbour vote over the bank, on character n-grams weighted by their rarity and by
    how well they tell the kinds apart."""

    def __init__(self, bank: Path = BANK) -> None:
        self.pairs = read_bank(bank) if bank.is_file() else []
        grams = [_grams(question) for _, question in self.pairs]
        spread = Counter(g for counted in grams for g in counted)
        by_kind: dict[str, Counter[str]] = defaultdict(Counter)
        for (kind, _), counted in zip(self.pairs, grams):
            by_kind[kind].update(counted.keys())
        kinds = len(by_kind)
        self._idf = {g: math.log(len(grams) / c) * _telling(g, by_kind, c, kinds) for g, c in spread.items()}
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, counted in enumerate(grams):
            for g, w in self._vector(counted).items():
                postings[g].append((i, w))
        # each gram's examples and weights as arrays: a question's ~200 grams meet thousands of
        # postings (" qu", "ui " are in most examples), summed by one bincount, not a Python loop
        self._postings = {g: (np.array([i for i, _ in found], np.int64), np.array([w for _, w in found]))
                          for g, found in postings.items()}

    def _vector(self, counted: Counter[str]) -> dict[str, float]:
        weights = {g: (1 + math.log(c)) * self._idf.get(g, 0.0) for g, c in counted.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items() if w}

    def vote(self, question: str) -> Vote:
        """The kinds of the `NEIGHBOURS` examples nearest to `question`, weighted by similarity."""
        if not self.pairs:
            return Vote(())
        met = [(self._postings[g], weight) for g, weight in self._vector(_grams(question)).items()
               if g in self._postings]
        similarities: list[tuple[float, int]] = []
        if met:
            # the contributions in the order the grams come, added in that order to each example's
            # score (bincount adds its weights in turn): the sums a loop over them made, to the bit
            ids = np.concatenate([ids for (ids, _), _ in met])
            scores = np.bincount(ids, np.concatenate([weight * ws for (_, ws), weight in met]), len(self.pairs))
            examples = np.flatnonzero(np.bincount(ids, minlength=len(self.pairs)))
            nearest = np.lexsort((-examples, -scores[examples]))[:NEIGHBOURS]  # by score, then index, descending
            similarities = [(float(scores[examples[j]]), int(examples[j])) for j in nearest]
        weights: dict[str, float] = defaultdict(float)
        for similarity, i in similarities:
            weights[self.pairs[i][0]] += max(similarity, 0.0)
        total = sum(weights.values()) or 1.0
        return Vote(tuple(sorted(((k, w / total) for k, w in weights.items()), key=lambda kw: -kw[1])),
                    similarities[0][0] if similarities else 0.0)
