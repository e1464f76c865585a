"""Scale benchmark: N synthetic séances through the real parser and store, then ask and search.

    python bench/bench_scale.py --seances 10000 [--json] [--work DIR] [--profile]

1. Build: `bench/synthetic.py` writes N séances (8 deliberations each); `index.ingest` reads them
   with the real parser, chunker and store (records, chunks, full text), then fills in vectors.
   Embedding 10^5 passages at a few a second would take hours, so passages get synthetic unit
   vectors (as in `bench_index.py`); queries are encoded by the real model. With `--work DIR` the
   archive is kept, and a later run over the same DIR only checks the files' hashes.
2. Serve, in a fresh process (so that its figures hold no trace of the build): open the archive
   through `assistant.service.Assistant` and answer a first question (`open_s`), then time varied
   fact and content questions about séances drawn from the archive, each asked once after a few
   warm-up questions (`ask_p50_ms`, `ask_p95_ms`), and searches, each a query not seen before, so
   that its encoding is included (`search_p50_ms`). `rss_mb` is that process's peak resident memory
   (getrusage). With `--profile`, cProfile's top functions for opening and for the asks go to stderr.

Prints one JSON line (`--json`) with `seances`, `chunks`, `open_s`, `ask_p50_ms`, `ask_p95_ms`,
`search_p50_ms`, `rss_mb`, then details (build time, kinds of questions apart), or the same as text.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_index import percentile  # noqa: E402
from bench.synthetic import ASSOCS, STREETS, generate  # noqa: E402
from index import Embedder, get_embedder  # noqa: E402
from index.ingest import ingest  # noqa: E402
from index.store import Store  # noqa: E402
from index.vectors import VectorIndex  # noqa: E402

WARM_UP, ASKED, SEARCHED = 5, 60, 100


class SyntheticPassages(Embedder):
    """The real model for token counts (chunk sizes) and queries; for passages, a unit vector drawn
    from the text's hash: the same text gets the same vector, at no model cost."""

    def __init__(self, real: Embedder) -> None:
        self._real, self.name, self.dim, self.max_tokens = real, real.name, real.dim, real.max_tokens

    def query(self, texts: Sequence[str]) -> np.ndarray:
        return self._real.query(texts)

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.stack([np.random.default_rng(int(hashlib.sha256(t.encode()).hexdigest()[:16], 16))
                         .standard_normal(self.dim) for t in texts]).astype(np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def token_count(self, text: str) -> int:
        return self._real.token_count(text)


def build(seances: int, work: Path) -> dict:
    """The archive of `seances` synthetic séances under `work`/index (incremental on a re-run)."""
    started = time.perf_counter()
    paths = generate(work / "files", seances, seed=1)
    generated = time.perf_counter() - started
    folder, real = work / "index", get_embedder()
    store = Store(folder)
    store.set_meta(model=real.name, dim=str(real.dim))
    phases: list[tuple[str, float]] = []
    report = ingest(store, VectorIndex(folder, real.dim), SyntheticPassages(real), [work / "files"],
                    progress=lambda name, done, total: phases.append((name, time.perf_counter())))
    chunks = store.counts()["chunks"]
    store.close()
    assert len(paths) == seances
    return {"chunks": chunks, "generate_s": round(generated, 1),
            "read_s": round(report.reading_seconds, 1),
            "vectors_s": round(report.seconds - report.reading_seconds, 1),
            "added": len(report.added) + len(report.updated), "errors": len(report.errors)}


# -- questions about séances drawn from the archive -------------------------------------------

def _material(text: str) -> dict:
    """What a question can name, read back from a synthetic séance's text (its layout is ours)."""
    find = lambda pattern: re.search(pattern, text).group(1)  # noqa: E731
    votes = re.findall(r"Délibération n° \S+ : (.+)\n(?:.*\n)*?Vote : (\d+) POUR, \d+ CONTRE \(([^)]*)\)",
                       text)
    return {"town": find(r"de la commune de (.+?), dûment"), "date": find(r"Séance du (.+)"),
            "present": find(r"Présents : (.+)\.").split(", "),
            "proxies": re.findall(r"(\S+ \S+) donne pouvoir à (\S+ \S+)", text),
            "titles": re.findall(r"Délibération n° \S+ : (.+)", text), "votes": votes}


def questions(files: list[Path], count: int, searches: int,
              seed: int) -> tuple[list[tuple[str, str]], list[str]]:
    """(kind, question) pairs, fact and content kinds in turn, and search queries: each distinct,
    about séances drawn at random."""
    rng = random.Random(seed)
    asked: list[tuple[str, str]] = []
    searched: list[str] = []
    while len(asked) < count or len(set(searched)) < searches:
        m = _material(rng.choice(files).read_text(encoding="utf-8"))
        town, date, title = m["town"], m["date"], rng.choice(m["titles"])
        where = f"au conseil municipal de {town} du {date}"
        facts = [f"Qui était secrétaire de séance {where} ?",
                 f"Qui présidait la séance du {date} à {town} ?",
                 f"Combien de votants {where} ?",
                 f"{rng.choice(m['present'])} était-il présent {where} ?"]
        if m["proxies"]:
            facts.append(f"Qui a donné pouvoir à {rng.choice(m['proxies'])[1]} le {date} à {town} ?")
        if m["votes"]:
            voted = rng.choice(m["votes"])
            facts += [f"Combien de voix pour sur « {voted[0]} » {where} ?",
                      f"Qui a voté contre « {voted[0]} » à {town} le {date} ?"]
        contents = [f"Quel est le montant de l'opération « {title} » {where} ?",
                    f"Que prévoit le plan de financement de « {title} » à {town} ?",
                    f"Quel avis a rendu la commission des finances sur « {title} » à {town} le {date} ?",
                    f"Quelles subventions ont été accordées à l'association {rng.choice(ASSOCS)} "
                    f"à {town} ?",
                    f"Quels travaux de voirie ont été décidés rue {rng.choice(STREETS)} à {town} ?"]
        asked += [("fact", rng.choice(facts)), ("content", rng.choice(contents))]
        searched += [f"{title} {town} {date}", f"secrétaire de séance {town} {date}",
                     f"montant {title.lower()} {town}"]
    return asked[:count], list(dict.fromkeys(searched))[:searches]


# -- the serving process ----------------------------------------------------------------------

def _profiled(profile: cProfile.Profile | None, title: str) -> None:
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(25)
        print(f"== profile: {title}\n{out.getvalue()}", file=sys.stderr)


def serve(folder: Path, plan: Path, profile: bool) -> dict:
    """Open through the Assistant, answer, search; timings in this fresh process."""
    work = json.loads(plan.read_text(encoding="utf-8"))
    asked, searched = work["asked"], work["searched"]
    started = time.perf_counter()
    from assistant.service import Assistant

    imported = time.perf_counter() - started
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    assistant = Assistant.open(folder)
    opened = time.perf_counter() - started
    first = assistant.ask(asked[0][1])
    open_s = time.perf_counter() - started
    if profiler:
        profiler.disable()
        _profiled(profiler, "open + first question")
        profiler = cProfile.Profile()
    for _, question in asked[1:1 + WARM_UP]:
        assistant.ask(question)
    timed = {"fact": [], "content": []}
    answered = 0
    if profiler:
        profiler.enable()
    for kind, question in asked[1 + WARM_UP:]:
        started = time.perf_counter()
        answered += assistant.ask(question).answered
        timed[kind].append(time.perf_counter() - started)
    if profiler:
        profiler.disable()
        _profiled(profiler, f"{len(asked) - 1 - WARM_UP} questions")
    for query in searched[:3]:
        assistant.search(query)
    search = []
    for query in searched[3:3 + SEARCHED]:
        started = time.perf_counter()
        assistant.search(query, k=10)
        search.append(time.perf_counter() - started)
    every = timed["fact"] + timed["content"]
    assistant.close()
    return {"open_s": round(open_s, 2), "ask_p50_ms": percentile(every, 50),
            "ask_p95_ms": percentile(every, 95), "search_p50_ms": percentile(search, 50),
            "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "import_s": round(imported, 2), "open_only_s": round(opened, 2),
            "first_answered": first.answered, "answered": f"{answered}/{len(every)}",
            "ask_fact_p50_ms": percentile(timed["fact"], 50),
            "ask_content_p50_ms": percentile(timed["content"], 50),
            "search_p95_ms": percentile(search, 95), "asked": len(every), "searched": len(search)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seances", type=int, default=1000)
    parser.add_argument("--json", action="store_true", help="one JSON line")
    parser.add_argument("--work", type=Path, help="keep the archive here (re-used by a later run)")
    parser.add_argument("--profile", action="store_true", help="cProfile of the serving process to stderr")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)  # internal: the serving process
    parser.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        print(json.dumps(serve(args.serve, args.plan, args.profile)))
        return
    with tempfile.TemporaryDirectory() as temp:
        work = args.work or Path(temp)
        started = time.perf_counter()
        built = build(args.seances, work)
        built["build_s"] = round(time.perf_counter() - started, 1)
        files = sorted((work / "files").glob("*.txt"))
        asked, searched = questions(files, 1 + WARM_UP + ASKED, 3 + SEARCHED, seed=5)
        plan = work / "plan.json"
        plan.write_text(json.dumps({"asked": asked, "searched": searched}), encoding="utf-8")
        command = [sys.executable, str(Path(__file__).resolve()), "--serve", str(work / "index"),
                   "--plan", str(plan)] + (["--profile"] if args.profile else [])
        served = json.loads(subprocess.run(command, check=True, stdout=subprocess.PIPE,
                                           text=True).stdout.strip().splitlines()[-1])
    result = {"seances": args.seances, "chunks": built.pop("chunks"), **served, **built}
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}  {value}")


if __name__ == "__main__":
    main()
