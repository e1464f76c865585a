"""Reciprocal rank fusion: merge rankings from retrievers whose scores do not compare.

BM25 scores and cosines live on different scales, and their spread changes from one query to the
next; ranks do not. RRF (Cormack et al., 2009) gives an item `weight / (K + rank)` per ranking it
appears in and sums, so an item ranked well by both retrievers beats one ranked first by only one.
K = 60 is the paper's value; it keeps the top few ranks from dominating.
"""
from __future__ import annotations

from typing import Collection, Sequence

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


def with_stand_ins(ranking: Sequence[int], other: Sequence[int],
                   absent: Collection[int]) -> list[int]:
    """`ranking` with the items of `other` that it cannot hold (`absent`) put back at their rank
    in `other`; its own items keep their order in the places left.

    For a retriever that does not cover every item yet (chunks whose vectors are still being
    computed): the other retriever's rank stands in for the one it would have given.
    """
    placed = {rank: item for rank, item in enumerate(other) if item in absent}
    own = iter([item for item in ranking if item not in absent])
    merged: list[int] = []
    for position in range(len(ranking) + len(placed)):
        item = placed.pop(position) if position in placed else next(own, None)
        if item is None:  # own items used up: the stand-ins left close up
            break
        merged.append(item)
    return merged + [placed[rank] for rank in sorted(placed)]
