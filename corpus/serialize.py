"""Records ↔ JSON, so the index can store a parsed document and give it back unchanged.

Generic over the frozen dataclasses of `corpus.models`, driven by their type hints: adding a field
to a model needs no change here.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from functools import cache
from typing import Any, Callable, TypeVar

from corpus import models

T = TypeVar("T")


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def to_json(record: Any) -> str:
    """A dataclass record as compact JSON (dates as ISO strings)."""
    return json.dumps(dataclasses.asdict(record), default=_default, ensure_ascii=False,
                      separators=(",", ":"))


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(models))


Builder = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


@cache
def _builder(hint: Any) -> Builder:
    """How to rebuild a value of type `hint` from its JSON form, worked out once per type: an
    archive of 10^4 séances holds millions of values, and reading each one's type hints every
    time made opening it slow."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = _builder(next(arg for arg in typing.get_args(hint) if arg is not type(None)))
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _builder(typing.get_args(hint)[0])
        return lambda value: None if value is None else tuple(item(v) for v in value)
    if hint is dt.date:
        return lambda value: None if value is None else dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return lambda value: None if value is None else from_dict(hint, value)
    return _identity


@cache
def _field_builders(cls: type) -> dict[str, Builder]:
    return {name: _builder(hint) for name, hint in _hints(cls).items()}


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    builders = _field_builders(cls)
    return cls(**{name: builders[name](value) for name, value in data.items() if name in builders})


def from_json(cls: type[T], payload: str) -> T:
    return from_dict(cls, json.loads(payload))
