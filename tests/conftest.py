"""Shared fixtures: the real corpus beside the checkout, parsed once per test session."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from corpus.models import Document
from corpus.parse import parse_file

REAL_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"
PDF_CORPUS = REAL_CORPUS.parent / "pdf"


@cache
def parsed(name: str) -> Document:
    """The parsed real document `name` (a file of ../shared/corpus/real), cached."""
    return parse_file(REAL_CORPUS / name)


@pytest.fixture(scope="session")
def real_corpus() -> Path:
    if not REAL_CORPUS.is_dir():
        pytest.skip("../shared/corpus/real is not beside the checkout")
    return REAL_CORPUS
