"""Index: structure-aware chunks, offline embeddings, FAISS + French full text, hybrid search.

The public surface the assistant and the CLI use; see `handle.Index`.
"""
from index.embedding import Embedder, get_embedder
from index.errors import ModelMismatch
from index.handle import Index
from index.ingest import IngestReport
from index.search import Hit, SearchFilters

__all__ = ["Embedder", "Hit", "Index", "IngestReport", "ModelMismatch", "SearchFilters",
           "get_embedder"]
