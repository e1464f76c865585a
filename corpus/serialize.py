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
from typing import Any, TypeVar

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


def _build(hint: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _build(inner[0], data)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_build(item, value) for value in data)
    if hint is dt.date:
        return dt.date.fromisoformat(data)
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, data)
    return data


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    hints = _hints(cls)
    return cls(**{name: _build(hints[name], value) for name, value in data.items() if name in hints})


def from_json(cls: type[T], payload: str) -> T:
    return from_dict(cls, json.loads(payload))
