"""Index fixtures: the model loaded once, a small index of real files built once per session.

Embedding costs about a quarter of a second per chunk on two cores, so the shared index holds a
few short real files (~25 chunks); tests that change an index build their own from copies.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import Index, get_embedder

SMALL = ("montpellier_2014-04-05_nombre-adjoints.txt", "montpellier_2014-04-24_election-adjoint.txt",
         "montpellier_2014-05-22_voeu-intermittents.txt", "couthenans_2021-11-26_compte-rendu.txt")


@pytest.fixture(scope="session")
def embedder():
    return get_embedder()


def copy_files(real_corpus: Path, folder: Path, names=SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(real_corpus / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def small_index(real_corpus, embedder, tmp_path_factory):
    """A read-only index of the SMALL real files; do not ingest into it."""
    root = tmp_path_factory.mktemp("small")
    index = Index.open(root / "index")
    index.ingest([copy_files(real_corpus, root / "files")])
    yield index
    index.close()
