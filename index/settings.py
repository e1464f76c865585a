"""`Settings`: every `DELIB_*` environment variable, read and checked once per process.

Reading the environment in one place means one list of what can be tuned (README, "Settings"),
one default for each, and a bad value stopped at start with a French line naming the variable,
rather than a traceback (or a silent default) deep in whichever module happened to read it.
It lives in `index`, the lowest layer that needs a setting (the embedding model), so index and
assistant read the same object; the TUI is handed what it needs by the CLI.

`settings()` is the process's object. Worker processes of `delib serve` are new processes: they
read their own, from the environment the CLI passes them (`DELIB_INDEX` names the index there).
Tests build one from a mapping with `Settings.from_env(environ)`.
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import platformdirs

from index.errors import BadSetting

DEFAULT_LLM_MODEL = "default"
DEFAULT_LLM_TIMEOUT = 20.0
DEFAULT_MAX_QUESTION_CHARS = 2000
N = TypeVar("N", int, float)


@dataclass(frozen=True)
class Settings:
    """What the environment configures. An empty variable counts as unset."""

    index_dir: Path  # DELIB_INDEX, else the user data folder
    model: str | None = None  # DELIB_MODEL: embedding model of a new index (None: the bundled e5-small)
    api_key: str | None = None  # DELIB_API_KEY: uploads to the HTTP API (none: uploads refused)
    read_key: str | None = None  # DELIB_READ_KEY: reads of the HTTP API (none: reads open)
    llm_url: str | None = None  # DELIB_LLM_URL: OpenAI-compatible endpoint that rephrases answers
    llm_model: str = DEFAULT_LLM_MODEL  # DELIB_LLM_MODEL
    llm_api_key: str | None = None  # DELIB_LLM_API_KEY: sent as a Bearer token
    llm_timeout: float = DEFAULT_LLM_TIMEOUT  # DELIB_LLM_TIMEOUT, seconds
    max_question_chars: int = DEFAULT_MAX_QUESTION_CHARS  # DELIB_MAX_QUESTION_CHARS

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> "Settings":
        """The settings `environ` gives; `BadSetting` for a value that cannot be used."""
        index = environ.get("DELIB_INDEX")
        return cls(
            index_dir=Path(index) if index else Path(platformdirs.user_data_dir("delib")) / "index",
            model=environ.get("DELIB_MODEL") or None,
            api_key=environ.get("DELIB_API_KEY") or None,
            read_key=environ.get("DELIB_READ_KEY") or None,
            llm_url=environ.get("DELIB_LLM_URL", "").strip() or None,
            llm_model=environ.get("DELIB_LLM_MODEL") or DEFAULT_LLM_MODEL,
            llm_api_key=environ.get("DELIB_LLM_API_KEY") or None,
            llm_timeout=_seconds(environ, "DELIB_LLM_TIMEOUT", DEFAULT_LLM_TIMEOUT),
            max_question_chars=_count(environ, "DELIB_MAX_QUESTION_CHARS", DEFAULT_MAX_QUESTION_CHARS),
        )


def _seconds(environ: Mapping[str, str], name: str, default: float) -> float:
    """A positive, finite number of seconds (a zero or infinite timeout would fail every call)."""
    return _positive(environ, name, default, float, "un nombre de secondes positif est attendu, par exemple 20")


def _count(environ: Mapping[str, str], name: str, default: int) -> int:
    """A positive whole number."""
    return _positive(environ, name, default, int, f"un nombre entier positif est attendu, par exemple {default}")


def _positive(environ: Mapping[str, str], name: str, default: N, parse: Callable[[str], N], expected: str) -> N:
    """`name` read by `parse`, `default` when unset; `BadSetting` saying `expected` unless it is a
    positive, finite number."""
    value = environ.get(name)
    if not value:
        return default
    try:
        number = parse(value)
    except ValueError:
        raise BadSetting(name, value, expected) from None
    if not math.isfinite(number) or number <= 0:
        raise BadSetting(name, value, expected)
    return number


@cache
def settings() -> Settings:
    """This process's settings, read from the environment on first use."""
    return Settings.from_env(os.environ)
