"""Reciprocal rank fusion: merge rankings from retrievers whose scores do not compare.

BM25 scores and cosines live on different scales, and their spread changes from one query to the
next; ranks do not. RRF (Cormack et al., 2009) gives an item `weight / (K + rank)` per ranking it
appears in and sums, so an item ranked well by both retrievers beats one ranked first by only one.
K = 60 is the paper's value; it keeps the top few ranks from dominating.
"""
from __future__ import annotations

from typing import Sequence

K = 60


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]],
                           weights: Sequence[float] | None = None,
                           k: int = K) -> list[tuple[int, float]]:
    """(id, fused score) over all ids of `rankings` (each best first), best first."""
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
