"""One small real index for the assistant tests: six short real texts of four collectivities."""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant

FILES = ("dijon-metropole_2020-09-17_pacte-de-solidarite.txt", "couthenans_2021-11-26_compte-rendu.txt",
         "couthenans_2023-02-24_compte-rendu.txt", "putanges-le-lac_2019-09-09_deliberations.txt",
         "montpellier_2014-05-22_voeu-intermittents.txt", "montpellier_2014-04-24_delegations-conseil-au-maire.txt")


@pytest.fixture(scope="session")
def assistant(real_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    root = tmp_path_factory.mktemp("assistant")
    folder = root / "files"
    folder.mkdir()
    for name in FILES:
        shutil.copy(real_corpus / name, folder / name)
    service = Assistant.open(root / "index")
    summary = service.ingest([folder])
    assert len(summary.added) == len(FILES), summary
    yield service
    service.close()
