"""A real index built once per session, and real uvicorn servers on loopback ports around it.

The index holds the bundled Dijon sample and two short real files; tests that write (uploads,
re-ingests) work on a copy of it, so the shared one never changes under the other tests.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_support import INITIAL, LATER, READ_KEY, SAMPLE, UPLOADED, served_index

from assistant.service import Assistant


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: property-based fuzzing of the HTTP API (schemathesis)")


@pytest.fixture(scope="session")
def corpus_files(real_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of every file the tests ingest, copied so that the fixture texts are never touched."""
    folder = tmp_path_factory.mktemp("corpus")
    for source in [*SAMPLE.glob("*.txt"), *(real_corpus / name for name in (*INITIAL, LATER, UPLOADED))]:
        shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture(scope="session")
def built_index(corpus_files: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("index") / "index"
    assistant = Assistant.open(folder)
    try:
        sources = [*(corpus_files / p.name for p in SAMPLE.glob("*.txt")), *(corpus_files / n for n in INITIAL)]
        summary = assistant.ingest(sources)
    finally:
        assistant.close()
    assert not summary.errors and len(summary.added) == 3, summary
    return folder


@pytest.fixture
def index_copy(built_index: Path, tmp_path: Path) -> Path:
    """A private copy of the built index, for tests that write to it."""
    return Path(shutil.copytree(built_index, tmp_path / "index"))


@pytest.fixture(scope="session")
def base_url(built_index: Path) -> Iterator[str]:
    """The open server: no read key, no upload key (uploads refused)."""
    with served_index(built_index) as url:
        yield url


@pytest.fixture(scope="session")
def keyed_url(built_index: Path) -> Iterator[str]:
    """A server with reads behind READ_KEY."""
    with served_index(built_index, read_key=READ_KEY) as url:
        yield url


@pytest.fixture
def client(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=60) as http:
        yield http
