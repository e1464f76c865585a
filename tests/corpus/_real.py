"""Real corpus texts for the parser tests (tests/fixtures/corpus): read once, split once."""
from __future__ import annotations

from functools import cache

from corpus.parse import segment
from tests.conftest import REAL_CORPUS


@cache
def text_of(name: str) -> str:
    return (REAL_CORPUS / name).read_text(encoding="utf-8")


@cache
def layout_of(name: str) -> segment.Layout:
    return segment.split(text_of(name))


def item(name: str, number: str) -> segment.Item:
    """The item of `name` printed with `number`."""
    return next(i for i in layout_of(name).items if i.number and i.number.value == number)


def item_titled(name: str, start: str) -> segment.Item:
    return next(i for i in layout_of(name).items if i.title and i.title.value.startswith(start))
