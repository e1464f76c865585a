"""Incremental, crash-safe ingest of files and folders into an index, in two phases.

1. Reading ("lecture"): each file is parsed and chunked, then written in one SQLite transaction
   with its records, chunks and full-text rows (`Store.replace_document`). Chunks whose text was
   embedded before (same content hash: an unchanged passage of an edited file, or a new parser
   cutting the same chunks) get that vector at once; the others are stored without one. Fact
   questions and full-text search work as soon as a file is committed, seconds into a run,
   instead of after every vector of the archive (hours for 10^5 passages on two cores).
2. Vectors ("vecteurs"): `backfill.fill_vectors` embeds the chunks still waiting, in batches,
   each committed on its own (see `backfill.py`).

- Incremental: each file's bytes are hashed; a file whose document id, path and hash are already
  stored, made by the same parser and chunker (`pipeline`), is skipped without being read or
  parsed, a changed one is replaced, and with `prune`
  documents whose file vanished (or is no longer found under a folder given) are removed. Ingesting
  the same folder twice therefore changes nothing (not even `version()`).
- Crash-safe: a kill at any point leaves every file either wholly old or wholly new, and every
  vector either stored or still to do. A re-run picks up the files not yet committed (their hash
  is not stored) and the chunks still without a vector (whichever run stored them), and embeds
  nothing twice. The FAISS mirror is saved at the end (and now and then while vectors are filled
  in); whatever it lacks after a crash is restored from the database on the next open (see
  `vectors.py`).
- Bad files do not stop the run: their `CorpusError` reason (or the unexpected parser error) is
  collected in the report.
"""
from __future__ import annotations

import hashlib
import time
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

import corpus
from corpus.errors import CorpusError
from corpus.models import Document
from corpus.parse import document_id, parse_file
from corpus.readers import SUPPORTED_SUFFIXES
from index import chunking
from index.backfill import Progress, fill_vectors
from index.chunking import chunk_document, indexed_text
from index.embedding import Embedder
from index.store import Store
from index.vectors import VectorIndex

TOKEN_HEADROOM = 40  # room for the section title added to a chunk's heading after sizing
READING = "lecture"  # the first phase, as the progress callback names it: "lecture · <file>"


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
    embedded: int = 0  # chunks the model encoded (vectors reused by content hash not counted)
    seconds: float = 0.0
    reading_seconds: float = 0.0  # until every file was stored (answerable), before the vectors


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


def _known_vectors(store: Store, texts: list[str]) -> tuple[list[str], list[np.ndarray | None]]:
    """Content hashes of `texts` and, where a stored chunk has the same text, its vector."""
    hashes = [hashlib.sha256(text.encode("utf-8")).hexdigest() for text in texts]
    known = store.vectors_by_hash(hashes)
    return hashes, [np.frombuffer(known[h], np.float32) if h in known else None for h in hashes]


def ingest(store: Store, vectors: VectorIndex, embedder: Embedder, paths: list[Path],
           prune: bool = False, progress: Progress | None = None,
           collectivity: str | None = None,
           lock: AbstractContextManager | None = None) -> IngestReport:
    """Ingest `paths`: read and store every file, then fill in the vectors still missing.

    `collectivity`, when given, names the collectivity of every file ingested (a file ingested
    again with another name, or none, is parsed again). `lock` is held while the FAISS index is
    changed, but not while the model encodes, so that searches of other threads go on.
    """
    started = time.perf_counter()
    lock = lock or nullcontext()
    with lock:
        report = read_files(store, vectors, embedder, paths, prune, progress, collectivity)
    store.persist_term_scores()  # the frequent terms' ranking parts, read once for every process
    report.reading_seconds = time.perf_counter() - started
    report.embedded = fill_vectors(store, vectors, embedder, progress, lock)
    with lock:
        vectors.reconcile(store.embedded_chunk_ids(), lambda ids: store.vectors(ids, vectors.dim))
        if vectors.dirty:
            vectors.save()
    report.seconds = time.perf_counter() - started
    return report


def read_files(store: Store, vectors: VectorIndex, embedder: Embedder, paths: list[Path],
               prune: bool = False, progress: Progress | None = None,
               collectivity: str | None = None) -> IngestReport:
    """The first phase: store each file's text, records, chunks and full-text rows, one
    transaction per file; chunks get a vector only where one of the same text is stored."""
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
                hashes, known = _known_vectors(store, [indexed_text(c.heading, doc.text[c.start:c.end])
                                                       for c in chunks])
                old, new = store.replace_document(doc, path, digest, recipe, chunks, hashes, known)
                vectors.remove(np.array(old, np.int64))
                reused = [(i, v) for i, v in zip(new, known) if v is not None]
                if reused:
                    vectors.add(np.array([i for i, _ in reused], np.int64), np.stack([v for _, v in reused]))
                seen.add(doc_id)
                (report.updated if stored else report.added).append(path.name)
                report.seances += 1
                report.deliberations += len(doc.seance.deliberations)
                report.chunks += len(chunks)
        if progress:
            progress(f"{READING} · {path.name}", number, len(files))
    if prune:
        report.removed = _prune(store, vectors, paths, seen)
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
