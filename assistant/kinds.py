"""What a question asks, by its nearest neighbours among labelled example questions.

The kinds of council staff's questions are few, but their wordings are not: a rule cascade knows
the wordings it was written from ("qui présidait") and misreads the others ("la séance était sous
la présidence de qui ?"). A bank of labelled examples (`examples/question_kinds.tsv`, language as
data) read by a nearest-neighbour vote over the same query embedding that search computes anyway
carries over to wordings never seen; a new wording is a new line of the bank, not a new branch.

The bank's vectors depend on the embedding model only: they are computed once per model and kept
beside the index (`kinds-<digest>.npy`), so a process pays them once, not per question.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections import defaultdict
from functools import cached_property
from pathlib import Path

import numpy as np

from assistant.understanding import Vote
from index.embedding import Embedder

BANK = Path(__file__).parent / "examples" / "question_kinds.tsv"
NEIGHBOURS = 7


def read_bank(path: Path = BANK) -> list[tuple[str, str]]:
    """(kind, question) pairs of the bank; comment and blank lines skipped."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            kind, question = line.split("\t", 1)
            pairs.append((kind.strip(), question.strip()))
    return pairs


class KindClassifier:
    """Nearest-neighbour vote over the bank, with the embedder the index searches with."""

    def __init__(self, embedder: Embedder, cache_dir: Path | None, bank: Path = BANK) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir
        self.pairs = read_bank(bank) if bank.is_file() else []

    @cached_property
    def _vectors(self) -> np.ndarray:
        digest = hashlib.sha256(("\n".join(f"{k}\t{q}" for k, q in self.pairs) + self.embedder.name)
                                .encode("utf-8")).hexdigest()[:16]
        cached = self.cache_dir / f"kinds-{digest}.npy" if self.cache_dir is not None else None
        if cached is not None and cached.is_file():
            vectors = np.load(cached)
            if vectors.shape[0] == len(self.pairs):
                return vectors
        vectors = self.embedder.query([q for _, q in self.pairs]) if self.pairs else np.zeros((0, 1), np.float32)
        if cached is not None and cached.parent.is_dir():
            _save_atomically(cached, vectors)
        return vectors

    def vote(self, question: str) -> Vote:
        """The kinds of the `NEIGHBOURS` examples nearest to `question`, weighted by similarity."""
        if not self.pairs:
            return Vote(())
        similarities = self._vectors @ self.embedder.query_vector(question)
        nearest = np.argsort(-similarities)[:NEIGHBOURS]
        weights: dict[str, float] = defaultdict(float)
        for i in nearest:
            weights[self.pairs[i][0]] += max(float(similarities[i]), 0.0)
        total = sum(weights.values()) or 1.0
        return Vote(tuple(sorted(((k, w / total) for k, w in weights.items()), key=lambda kw: -kw[1])))


def _save_atomically(path: Path, vectors: np.ndarray) -> None:
    """Write the vectors whole or not at all: two workers may compute them at once."""
    handle, name = tempfile.mkstemp(dir=path.parent, suffix=".npy.tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            np.save(out, vectors)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
