"""Shared fixtures: the real texts the tests read (tests/fixtures/corpus), parsed once per session.

The texts are whole files or line excerpts of ../shared/corpus/real (see tests/fixtures/README.md),
kept in the repository so that the suite runs the same with or without ../shared beside the checkout.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from corpus.models import Document
from corpus.parse import parse_file

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL_CORPUS = FIXTURES / "corpus"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared: the full corpora, when present


def pdf_of(stem: str) -> Path:
    """The published PDF `stem`.pdf: from tests/fixtures/pdf, else from ../shared/corpus/pdf; skip if neither."""
    for folder in (FIXTURES / "pdf", SHARED / "corpus" / "pdf"):
        if (folder / f"{stem}.pdf").is_file():
            return folder / f"{stem}.pdf"
    pytest.skip(f"{stem}.pdf is neither in tests/fixtures/pdf nor in ../shared/corpus/pdf")


@cache
def parsed(name: str) -> Document:
    """The parsed real text `name` (a file of tests/fixtures/corpus), cached."""
    return parse_file(REAL_CORPUS / name)


@pytest.fixture(scope="session")
def real_corpus() -> Path:
    """The folder of the real texts the tests read."""
    return REAL_CORPUS
