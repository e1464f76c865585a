"""Errors of the index layer, named for what went wrong; faces translate them once."""
from __future__ import annotations

from pathlib import Path


class ModelMismatch(Exception):
    """The index was built with another embedding model: vectors of two models do not compare."""

    def __init__(self, folder: Path, recorded: str, requested: str) -> None:
        super().__init__(
            f"l'index {folder} a été construit avec le modèle « {recorded} » ; il ne peut pas "
            f"mélanger ses vecteurs avec ceux du modèle « {requested} ». Reconstruisez l'index "
            f"avec ce modèle dans un nouveau dossier (--index), ou utilisez « {recorded} ».")
        self.folder = folder
        self.recorded = recorded
        self.requested = requested


class BadSetting(ValueError):
    """An environment variable holds a value delib cannot use; the message names it, in French."""

    def __init__(self, name: str, value: str, expected: str) -> None:
        super().__init__(f"{name} : {expected} (valeur reçue : « {value} »)")
        self.name = name
        self.value = value

