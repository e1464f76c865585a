"""Incremental, crash-safe ingest of files and folders into an index.

- Incremental: each file's bytes are hashed; a file whose document id, path and hash are already
  stored, made by the same parser and chunker (`pipeline`), is skipped without being read or
  parsed, a changed one is replaced, and with `prune`
  documents whose file vanished (or is no longer found under a folder given) are removed. Ingesting
  the same folder twice therefore changes nothing (not even `version()`).
- Crash-safe: a file is parsed, chunked and embedded first, then written in one SQLite transaction
  with its vectors (`Store.replace_document`). A kill at any point leaves every file either wholly
  old or wholly new; the FAISS mirror is saved once at the end, and whatever it lacks after a crash
  is restored from the database on the next open (see `vectors.py`). A re-run picks up the files
  not yet committed, since their hash is not stored.
- Vectors are reused by content hash of the indexed text, so re-ingesting an edited file embeds
  only the chunks whose text or heading changed.
- Bad files do not stop the run: their `CorpusError` reason (or the unexpected parser error) is
  collected in the report.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable

import numpy as np

import corpus
from corpus.errors import CorpusError
from corpus.models import Document
from corpus.parse import document_id, parse_file
from corpus.readers import SUPPORTED_SUFFIXES
from index import chunking
from index.chunking import chunk_document, indexed_text
from index.embedding import Embedder
from index.store import Store
from index.vectors import VectorIndex

BATCH = 16
TOKEN_HEADROOM = 40  # room for the section title added to a chunk's heading after sizing

Progress = Callable[[str, int, int], None]


@dataclass
class IngestReport:
    """What one ingest did; lists hold file names, `errors` (path, reason)."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    seances: int = 0
    deliberations: int = 0
    chunks: int = 0
    seconds: float = 0.0


# a folder's own documentation (what the archive is, where it came from) is not a council record
FOLDER_NOTES = {"readme", "sources", "license", "licence", "changelog", "contributing", "notice"}


def collect(paths: list[Path], errors: list[tuple[str, str]]) -> list[Path]:
    """Files named, and files of a supported format under folders named (hidden ones and the
    folder's own notes, README or SOURCES, skipped)."""
    files: set[Path] = set()
    for path in paths:
        path = path.expanduser().resolve()
        if path.is_dir():
            files.update(p for p in path.rglob("*") if p.is_file()
                         and p.suffix.lower() in SUPPORTED_SUFFIXES
                         and p.stem.lower() not in FOLDER_NOTES
                         and not any(part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            files.add(path)
        else:
            errors.append((str(path), "fichier ou dossier introuvable"))
    return sorted(files)


@cache
def pipeline() -> str:
    """Fingerprint of the code that turns a file into records and chunks (the corpus package and
    the chunker). A document made by other code is re-parsed on the next ingest even though its
    file did not change, so parser improvements reach existing indexes; its vectors are reused
    wherever its chunks' text and heading did not change."""
    digest = hashlib.sha256()
    for source in sorted(Path(corpus.__file__).parent.rglob("*.py")) + [Path(chunking.__file__)]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _embed(store: Store, embedder: Embedder, texts: list[str]) -> tuple[list[str], np.ndarray]:
    """Content hashes and vectors of `texts`, reusing stored vectors of identical texts."""
    hashes = [hashlib.sha256(text.encode("utf-8")).hexdigest() for text in texts]
    known = store.vectors_by_hash(hashes)
    todo = [i for i, h in enumerate(hashes) if h not in known]
    vectors = np.empty((len(texts), embedder.dim), np.float32)
    for i, h in enumerate(hashes):
        if h in known:
            vectors[i] = np.frombuffer(known[h], np.float32)
    for first in range(0, len(todo), BATCH):
        batch = todo[first:first + BATCH]
        vectors[batch] = embedder.passage([texts[i] for i in batch])
    return hashes, vectors


def ingest(store: Store, vectors: VectorIndex, embedder: Embedder, paths: list[Path],
           prune: bool = False, progress: Progress | None = None,
           collectivity: str | None = None) -> IngestReport:
    """Ingest `paths`; `collectivity`, when given, names the collectivity of every file ingested
    (a file ingested again with another name, or none, is parsed again)."""
    started = time.perf_counter()
    report = IngestReport()
    files = collect(paths, report.errors)
    fits = lambda text: embedder.token_count(text) <= embedder.max_tokens - TOKEN_HEADROOM  # noqa: E731
    seen: set[str] = set()
    recipe = pipeline() + (f"|{collectivity}" if collectivity else "")
    for number, path in enumerate(files, start=1):
        doc_id = document_id(path.name)
        stored = store.source(doc_id)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if stored and stored[0] != str(path) and Path(stored[0]).exists():
            report.errors.append((str(path), f"même identifiant de document que {stored[0]}, ignoré"))
        elif stored == (str(path), digest, recipe):
            seen.add(doc_id)
            report.unchanged.append(path.name)
        else:
            doc = _parsed(store, path, collectivity, report.errors)
            if doc is not None:
                chunks = chunk_document(doc, fits)
                hashes, matrix = _embed(store, embedder, [indexed_text(c.heading, doc.text[c.start:c.end])
                                                          for c in chunks])
                old, new = store.replace_document(doc, path, digest, recipe, chunks, hashes, matrix)
                vectors.remove(np.array(old, np.int64))
                vectors.add(np.array(new, np.int64), matrix)
                seen.add(doc_id)
                (report.updated if stored else report.added).append(path.name)
                report.seances += 1
                report.deliberations += len(doc.seance.deliberations)
                report.chunks += len(chunks)
        if progress:
            progress(path.name, number, len(files))
    if prune:
        report.removed = _prune(store, vectors, paths, seen)
    vectors.reconcile(store.chunk_ids(), lambda ids: store.vectors(ids, vectors.dim))
    if vectors.dirty:
        vectors.save()
    report.seconds = time.perf_counter() - started
    return report


def _parsed(store: Store, path: Path, collectivity: str | None,
            errors: list[tuple[str, str]]) -> Document | None:
    """The parsed document, or None with the reason in `errors`: unreadable, not council minutes,
    or the same text as a document already stored under another name (indexed once)."""
    try:
        doc = parse_file(path, collectivity)
    except CorpusError as error:
        errors.append((str(path), error.reason))
        return None
    except Exception as error:  # a parser bug must not stop the other files
        errors.append((str(path), f"erreur d'analyse : {type(error).__name__}: {error}"))
        return None
    twin = store.same_text(doc.sha256, doc.id)
    if twin is not None:
        errors.append((str(path), f"même texte que {twin}, déjà indexé : ignoré"))
        return None
    return doc


def _prune(store: Store, vectors: VectorIndex, paths: list[Path], seen: set[str]) -> list[str]:
    """Drop documents not seen in this run whose file is gone or lies under a folder given."""
    roots = [path.expanduser().resolve() for path in paths if path.is_dir()]
    removed = []
    for doc_id, source in store.sources():
        where = Path(source)
        if doc_id not in seen and (not where.exists() or any(where.is_relative_to(r) for r in roots)):
            vectors.remove(np.array(store.delete_document(doc_id), np.int64))
            removed.append(where.name)
    return removed
