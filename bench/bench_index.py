"""Index benchmarks: ingest throughput against bare model time, search latency and memory at scale.

1. Ingest: synthetic séances (bench/synthetic.py) go through the real pipeline (parse, chunk,
   store, then embed with the default model in the vector phase); the same chunk texts are then
   encoded alone, so the ratios say what the pipeline, and its vector phase alone (batches
   committed one by one), cost beyond the model.
2. Search at N chunks: embedding 100k chunks at a few chunks/s would take hours, so the index is
   filled through the store API with synthetic séance texts (real chunking and full-text
   normalisation) and random unit vectors in place of embeddings. Latency is measured through
   `Index.search` with real queries; the query's own encoding time is measured apart and
   subtracted for the "retrieval only" figures.

    python bench/bench_index.py --ingest-files 10 --chunks 10000 100000
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import generate, seance_text  # noqa: E402
from corpus.models import Document, Seance, Span  # noqa: E402
from index import Index, get_embedder  # noqa: E402
from index import fulltext  # noqa: E402
from index.chunking import chunk_document, indexed_text  # noqa: E402
from index.store import Store  # noqa: E402
from index.vectors import VectorIndex  # noqa: E402

QUERIES = ("Qui a voté contre la subvention au Football Club ?", "budget primitif 2019",
           "Combien d'abstentions sur les travaux de voirie rue du Moulin ?",
           "Qui était secrétaire de séance ?", "montant de l'acquisition de la parcelle",
           "tarifs de la cantine scolaire", "Marie MARTIN a-t-elle donné pouvoir ?",
           "décision modificative n°3", "demande de DETR pour l'école", "emploi non permanent")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_ingest(files: int, work: Path) -> dict:
    paths = generate(work / "files", files, seed=7)
    index = Index.open(work / "ingest")
    report = index.ingest(paths)
    embedder = get_embedder()
    texts = [indexed_text(h.heading, h.text)
             for h in (index.chunk(i) for i in range(1, report.chunks + 1)) if h]
    started = time.perf_counter()
    for first in range(0, len(texts), 16):
        embedder.passage(texts[first:first + 16])
    bare = time.perf_counter() - started
    index.close()
    vector_phase = report.seconds - report.reading_seconds
    return {"files": files, "chunks": report.chunks, "seconds": round(report.seconds, 2),
            "documents_per_s": round(files / report.seconds, 2),
            "chunks_per_s": round(report.chunks / report.seconds, 2),
            "bare_encode_seconds": round(bare, 2), "ratio_to_bare_encode": round(report.seconds / bare, 3),
            "reading_phase_seconds": round(report.reading_seconds, 2),
            "vector_phase_seconds": round(vector_phase, 2),
            "vector_phase_chunks_per_s": round(report.embedded / vector_phase, 2),
            "bare_encode_chunks_per_s": round(len(texts) / bare, 2),
            "vector_phase_ratio_to_bare": round(vector_phase / bare * len(texts) / max(report.embedded, 1), 3)}


def fill(folder: Path, chunks: int, dim: int) -> int:
    """Synthetic séances with random unit vectors, written through the store, up to `chunks`."""
    rng, vectors = random.Random(11), np.random.default_rng(11)
    store, total, number = Store(folder), 0, 0
    store.set_meta(model="e5-small", dim=str(dim))
    while total < chunks:
        name, text = seance_text(rng, 8)
        number += 1
        doc = Document(id=f"{number:07d}", name=f"{number:07d}_{name}", text=text, format="txt",
                       sha256=hashlib.sha256(text.encode()).hexdigest(),
                       seance=Seance(span=Span(0, len(text))))
        pieces = chunk_document(doc)
        matrix = vectors.standard_normal((len(pieces), dim)).astype(np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
        hashes = [f"{number}:{i}" for i in range(len(pieces))]
        store.replace_document(doc, folder / doc.name, doc.sha256, "bench", pieces, hashes, matrix)
        total += len(pieces)
    store.close()
    return total


def percentile(values: list[float], q: float) -> float:
    return round(float(np.percentile(values, q)) * 1000, 2)


def bench_search(chunks: int, work: Path, rounds: int) -> dict:
    folder = work / f"search-{chunks}"
    started = time.perf_counter()
    filled = fill(folder, chunks, get_embedder().dim)
    fill_seconds = time.perf_counter() - started
    before = rss_mb()
    started = time.perf_counter()
    index = Index.open(folder)
    index.search("ouverture")  # loads and reconciles the vectors
    open_seconds = time.perf_counter() - started
    total, encode = [], []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            index.search(query, k=10)
            total.append(time.perf_counter() - started)
            started = time.perf_counter()
            get_embedder().query([query])
            encode.append(time.perf_counter() - started)
    retrieval = [max(0.0, t - e) for t, e in zip(total, encode)]
    rss = rss_mb()
    index.close()
    dense_ms, fulltext_ms = component_times(folder, rounds)
    result = {"chunks": filled, "fill_seconds": round(fill_seconds, 1),
              "open_seconds": round(open_seconds, 2),
              "search_p50_ms": percentile(total, 50), "search_p99_ms": percentile(total, 99),
              "retrieval_only_p50_ms": percentile(retrieval, 50),
              "retrieval_only_p99_ms": percentile(retrieval, 99),
              "query_encode_p50_ms": percentile(encode, 50),
              "dense_p50_ms": percentile(dense_ms, 50), "fulltext_p50_ms": percentile(fulltext_ms, 50),
              "fulltext_p99_ms": percentile(fulltext_ms, 99),
              "rss_mb": round(rss, 1), "rss_added_by_index_mb": round(rss - before, 1),
              "index_folder_mb": round(sum(p.stat().st_size for p in folder.iterdir()) / 2**20, 1)}
    return result


def component_times(folder: Path, rounds: int) -> tuple[list[float], list[float]]:
    """Seconds per query of each retriever alone (FAISS, FTS5), query vectors computed beforehand."""
    store, embedder = Store(folder), get_embedder()
    vectors = VectorIndex(folder, embedder.dim)
    vectors.reconcile(store.chunk_ids(), lambda ids: store.vectors(ids, embedder.dim))
    queries = list(zip(QUERIES, embedder.query(list(QUERIES))))
    dense, sparse = [], []
    for _ in range(rounds):
        for text, vector in queries:
            started = time.perf_counter()
            vectors.search(vector, 50)
            dense.append(time.perf_counter() - started)
            started = time.perf_counter()
            fulltext.search(store.db, store.term_counts.selective(
                store.db, "bench", fulltext.query_terms(text)), 50)
            sparse.append(time.perf_counter() - started)
    store.close()
    return dense, sparse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ingest-files", type=int, default=10)
    parser.add_argument("--chunks", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--rounds", type=int, default=10, help="passes over the query set")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        results = {"ingest": bench_ingest(args.ingest_files, work) if args.ingest_files else None,
                   "search": [bench_search(n, work, args.rounds) for n in args.chunks]}
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
