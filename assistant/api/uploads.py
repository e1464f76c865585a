"""Uploaded files → files under the index folder → `Assistant.ingest`.

A client's file name is never trusted as a path: only its last component is kept, reduced to
ASCII letters, digits, `.`, `_` and `-`, so nothing can be written outside the uploads folder.
Each file is written to a temporary name and moved into place in one step, so an ingest running
in another process never reads half a file; a file the ingest rejects is removed again (or its
previous version put back), so the uploads folder holds exactly what the index holds.
"""
from __future__ import annotations

import os
import re
import shutil
import threading
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from assistant.models import IngestSummary
from assistant.service import Assistant

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_lock = threading.Lock()  # one upload batch at a time per process: same-name files do not race


def safe_name(filename: str | None) -> str:
    """A plain file name from whatever the client sent: `../../x y.TXT` → `x-y.txt`."""
    base = re.split(r"[\\/]", filename or "")[-1]
    ascii_name = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, suffix = ascii_name.rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    stem = _UNSAFE.sub("-", stem).strip(".-")[:100] or "document"
    suffix = _UNSAFE.sub("", suffix).lower()[:10]
    return f"{stem}.{suffix}" if suffix else stem


@dataclass
class _Staged:
    sent_as: str
    path: Path
    backup: Path | None


def _stage(files: list[tuple[str | None, BinaryIO]], folder: Path, scratch: Path) -> list[_Staged]:
    staged: list[_Staged] = []
    for filename, stream in files:
        name = safe_name(filename)
        taken = {s.path.name for s in staged}
        stem, suffix = os.path.splitext(name)
        for n in range(2, len(files) + 2):
            if name not in taken:
                break
            name = f"{stem}-{n}{suffix}"
        path, backup = folder / name, None
        part = scratch / f"{uuid.uuid4().hex}.part"
        with part.open("wb") as out:
            shutil.copyfileobj(stream, out)
        if path.exists():
            backup = scratch / f"{uuid.uuid4().hex}.bak"
            os.replace(path, backup)
        os.replace(part, path)
        staged.append(_Staged(filename or name, path, backup))
    return staged


def _settle(staged: list[_Staged], summary: IngestSummary) -> IngestSummary:
    """Undo the files the ingest rejected; report errors under the names the client sent."""
    failed = {Path(error["path"]).name: error["reason"] for error in summary.errors}
    errors = []
    for item in staged:
        if item.path.name in failed:
            errors.append({"path": item.sent_as, "reason": failed[item.path.name]})
            if item.backup is not None:
                os.replace(item.backup, item.path)
            else:
                item.path.unlink(missing_ok=True)
        elif item.backup is not None:
            item.backup.unlink(missing_ok=True)
    return summary.model_copy(update={"errors": errors})


def ingest_uploads(assistant: Assistant, files: list[tuple[str | None, BinaryIO]],
                   folder: Path) -> IngestSummary:
    """Save `(client file name, stream)` pairs under `folder` and ingest them incrementally."""
    scratch = folder.parent / f".{folder.name}-tmp"
    with _lock:
        folder.mkdir(parents=True, exist_ok=True)
        scratch.mkdir(exist_ok=True)
        staged = _stage(files, folder, scratch)
        try:
            summary = assistant.ingest([item.path for item in staged])
        except BaseException:
            _settle(staged, IngestSummary(errors=[{"path": str(s.path), "reason": ""} for s in staged]))
            raise
        return _settle(staged, summary)
