"""Ask latency: p50/p99 of `Assistant.ask` warm, and the wall time of a one-shot `delib ask`.

    python bench/bench_ask.py --index DIR [--questions FILE] [--rounds N]

The index must exist (e.g. `delib ingest ../shared/corpus/real --index DIR`). Questions default to
the shared development set; each is asked once (first-time latency: model loaded, catalogue in
memory, query embedded), then `rounds` times more (a conversation or a repeated question: the query
vector is remembered). The one-shot figure starts a fresh
process, as a user typing `delib ask "…"` does.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from assistant.service import Assistant

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev.jsonl"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    questions = [json.loads(line)["question"] for line in args.questions.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assistant = Assistant.open(args.index)
    assistant.ask(questions[0])  # loads the model and the catalogue
    first = []
    for question in questions[1:]:  # each question once: its query vector is computed
        start = time.perf_counter()
        assistant.ask(question)
        first.append((time.perf_counter() - start) * 1000)
    print(f"ask, first time: {len(first)} questions, p50 {percentile(first, 0.5):.1f} ms, "
          f"p99 {percentile(first, 0.99):.1f} ms")
    timings = []
    for _ in range(args.rounds):
        for question in questions:
            start = time.perf_counter()
            assistant.ask(question)
            timings.append((time.perf_counter() - start) * 1000)
    assistant.close()
    print(f"ask again (query vectors remembered): {len(timings)} questions, p50 {percentile(timings, 0.5):.1f} ms, "
          f"p99 {percentile(timings, 0.99):.1f} ms, mean {statistics.mean(timings):.1f} ms")
    walls = []
    for question in questions[:5]:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant.cli", "ask", question, "--index", str(args.index)],
                       check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    print(f"one-shot `delib ask`: median {statistics.median(walls):.2f} s over {len(walls)} runs")


if __name__ == "__main__":
    main()
