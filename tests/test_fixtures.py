"""The real texts in tests/fixtures: listed, documented, and unedited lines of the published texts."""
from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, SHARED
from tests.fixtures import excerpts

README = (FIXTURES / "README.md").read_text(encoding="utf-8")


def test_every_fixture_text_is_listed_with_well_formed_line_ranges() -> None:
    listed = excerpts.manifest()
    assert sorted(listed) == sorted(p.name for p in excerpts.CORPUS.glob("*.txt"))
    for name, ranges in listed.items():
        if ranges == "all":
            continue
        assert ranges and all(first <= last for first, last in ranges), name
        assert all(a[1] + 1 < b[0] for a, b in zip(ranges, ranges[1:])), name  # ordered, disjoint, apart
        text = (excerpts.CORPUS / name).read_text(encoding="utf-8")
        assert len(text.splitlines()) == sum(last - first + 1 for first, last in ranges), name


def test_the_readme_names_every_fixture_and_its_source() -> None:
    for path in [*excerpts.CORPUS.glob("*.txt"), *excerpts.PDF.glob("*.pdf")]:
        assert f"`{path.name}`" in README, path.name
    for name in excerpts.manifest():
        assert f"| `{name}` |" in README, name  # in the table of fixtures
        assert README.count(f"`{name}`") >= 2, name  # and in what is copied from SOURCES.md


@pytest.mark.skipif(not excerpts.SHARED_REAL.is_dir(), reason="../shared/corpus/real is not beside the checkout")
def test_fixtures_are_what_excerpts_py_makes_from_the_published_texts() -> None:
    assert excerpts.SHARED_REAL == SHARED / "corpus" / "real"
    for name, text in excerpts.build().items():
        assert (excerpts.CORPUS / name).read_text(encoding="utf-8") == text, name
    for pdf in excerpts.PDF.glob("*.pdf"):
        assert pdf.read_bytes() == (excerpts.SHARED_PDF / pdf.name).read_bytes(), pdf.name


@pytest.mark.skipif(not excerpts.SHARED_REAL.is_dir(), reason="../shared/corpus/real is not beside the checkout")
def test_each_excerpt_reads_as_its_whole_text() -> None:
    """The parser reads in each excerpt what it reads in the whole published text (spans and amounts
    aside); when a parser change breaks this, `excerpts.py --propose NAME` gives new line ranges."""
    differ = {}
    for name, ranges in excerpts.manifest().items():
        if ranges == "all":
            continue
        whole = excerpts.facts(name, (excerpts.SHARED_REAL / name).read_text(encoding="utf-8"))
        part = excerpts.facts(name, (excerpts.CORPUS / name).read_text(encoding="utf-8"))
        if part != whole:
            differ[name] = sorted(k for k in whole.keys() | part.keys() if whole.get(k) != part.get(k))
    assert not differ, differ
