"""Load benchmark of the HTTP API: requests/s and latency p50/p99 of /search and /ask.

Starts `uvicorn assistant.api.app:create_app --factory` as a subprocess on a free loopback port (as
`delib serve` does), then drives it with an httpx async client at each concurrency level, cycling
through a fixed list of French questions. Errors (non-2xx answers, transport failures) are counted,
not hidden. Without --index, it builds a temporary index of the bundled sample archive.

    python bench/bench_api.py [--index DIR] [--requests 200] [--concurrency 1 16 64] [--workers 1]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

QUESTIONS = [
    "Combien d'abstentions sur le Pacte de solidarité ?",
    "Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?",
    "Qui a donné pouvoir à Christine Martin ?",
    "Quelles actions du Pacte concernent le logement ?",
    "Combien de membres en exercice ?",
    "Quel est le taux d'imposition voté ?",
]


@dataclass
class Run:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def line(self, endpoint: str, concurrency: int) -> str:
        ordered = sorted(self.latencies) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        rate = len(self.latencies) / self.seconds if self.seconds else 0.0
        return (f"{endpoint:<8} {concurrency:>5} {len(self.latencies) + self.errors:>8} {rate:>9.1f} "
                f"{statistics.median(ordered) * 1000:>9.1f} {p99 * 1000:>9.1f} {self.errors:>7}")


def request_for(endpoint: str, number: int) -> tuple[str, str, dict]:
    question = QUESTIONS[number % len(QUESTIONS)]
    if endpoint == "/ask":
        return "POST", "/ask", {"json": {"question": question, "id": str(number)}}
    return "GET", "/search", {"params": {"q": question, "k": 10}}


async def load(url: str, endpoint: str, concurrency: int, total: int) -> Run:
    """`total` requests, `concurrency` in flight at a time, each latency measured end to end."""
    run = Run()
    numbers = iter(range(total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as http:
        async def worker() -> None:
            for number in numbers:
                method, path, options = request_for(endpoint, number)
                started = time.perf_counter()
                try:
                    response = await http.request(method, path, **options)
                    ok = response.is_success
                except httpx.HTTPError:
                    ok = False
                if ok:
                    run.latencies.append(time.perf_counter() - started)
                else:
                    run.errors += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        run.seconds = time.perf_counter() - started
    return run


def sample_index(folder: Path) -> Path:
    from assistant.cli import sample_archive
    from assistant.service import Assistant

    assistant = Assistant.open(folder)
    try:
        assistant.ingest([sample_archive()])
    finally:
        assistant.close()
    return folder


def start_server(index_dir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "uvicorn", "assistant.api.app:create_app", "--factory", "--host",
               "127.0.0.1", "--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    server = subprocess.Popen(command, env={**os.environ, "DELIB_INDEX": str(index_dir)})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if httpx.get(f"{url}/healthz", timeout=2).is_success:
                return server, url
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="index folder (default: a temporary sample index)")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint and level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64])
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    parser.add_argument("--endpoints", nargs="+", default=["/search", "/ask"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        index_dir = args.index or sample_index(Path(scratch) / "index")
        server, url = start_server(index_dir, args.workers)
        try:
            for endpoint in args.endpoints:  # warm-up: model, catalogue, FAISS loaded in every worker
                asyncio.run(load(url, endpoint, args.workers * 2, args.workers * 4))
            print(f"{args.requests} requests per row, {args.workers} worker(s), index {index_dir}")
            print(f"{'endpoint':<8} {'conc.':>5} {'requests':>8} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}")
            for endpoint in args.endpoints:
                for concurrency in args.concurrency:
                    print(asyncio.run(load(url, endpoint, concurrency, args.requests)).line(endpoint, concurrency),
                          flush=True)
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
