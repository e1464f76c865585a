"""Parse the real corpus N times and print documents/s and MB/s.

    python bench/bench_parse.py [--repeat N] [--corpus DIR]

Texts are read once, outside the timing, so that the figure is the parsers' own speed.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus.parse import parse_text
from corpus.parse.common import folded

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(args.corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"aucun fichier .txt dans {args.corpus}")
    size = sum(len(text.encode("utf-8")) for _, text in texts)
    start = time.perf_counter()
    for _ in range(args.repeat):
        folded.cache_clear()  # each round parses as a fresh process would
        for name, text in texts:
            parse_text(name, text)
    elapsed = time.perf_counter() - start
    documents = len(texts) * args.repeat
    print(f"{documents} documents, {size * args.repeat / 1e6:.2f} MB in {elapsed:.2f} s: "
          f"{documents / elapsed:.1f} documents/s, {size * args.repeat / 1e6 / elapsed:.2f} MB/s")


if __name__ == "__main__":
    main()
