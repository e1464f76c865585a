"""The séances of the archive, for fast fact answers: who sat, who voted what.

Facts are answered from the parsed records, not from retrieved text. The catalogue holds each
séance's date and collectivity (what scoping a question needs) and reads its text and records only
when a question comes to them (`assistant.stored`); it is rebuilt when the index's version changes.
Which collectivity a séance belongs to is `assistant.collectivities`' job, who it names
`assistant.people`'s, and the members across séances `assistant.members`'.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from functools import cached_property
from typing import Callable, Iterator, Protocol

from assistant.collectivities import (UNKNOWN_COLLECTIVITY, collectivity_of, inferred_collectivities,
                                      proper_words, seance_date, with_collectivity)
from assistant.members import Member, members_of
from assistant.people import people_of
from assistant.stored import Contents, StoredDocument
from corpus.models import Deliberation, Document, Seance
from corpus.names import strip_accents
from corpus.parse.common import find_dates, find_word_dates
from index import Index

HEADER_CHARS = 1500
# "emprunt de 190 000 €", "aide d'un montant de 2 692,79 €", "cotisation s'eleve a 300 €" (folded text)
NOUN_WITH_SUM = re.compile(r"\b([a-z]{4,}?)s?\s+(?:(?:d'un montant(?: total)?|d'un total|s'eleve(?:nt)?|fixee?s?|est|sera|"
                           r"a hauteur) )?(?:de|d'|a)\s*\d[\d \u00a0\u202f.,]*\s*(?:€|euros?\b)")
MONEY_SAMPLE = 400  # documents read to learn them
MIN_MONEY_NOUN = 2  # times a noun must be printed with a sum
MONEY_SHARE = 0.02  # and the share of its occurrences


class Lookups(Protocol):
    """What a catalogue asks its index (`index.Index`) rather than read every séance's records."""

    def deliberation_document(self, deliberation_id: str) -> str | None: ...

    def people(self) -> list[str]: ...

    def seance_people(self) -> list[tuple[str, str]]: ...

    def printing(self, names: list[str], among: list[str] | None = None) -> list[tuple[str, str]]: ...


class InMemory:
    """The same lookups over parsed documents held in memory (`Catalog.build`)."""

    def __init__(self, documents: list[Document]) -> None:
        self._documents = documents
        self._where = {deliberation.id: document.id for document in documents
                       for deliberation in document.seance.deliberations}

    def deliberation_document(self, deliberation_id: str) -> str | None:
        return self._where.get(deliberation_id)

    def people(self) -> list[str]:
        return list(dict.fromkeys(p.name for d in self._documents for p in people_of(d)))

    def seance_people(self) -> list[tuple[str, str]]:
        return [(d.id, p.name) for d in self._documents for p in people_of(d)]

    def printing(self, names: list[str], among: list[str] | None = None) -> list[tuple[str, str]]:
        wanted, kept = set(names), None if among is None else set(among)
        return list(dict.fromkeys((p.name, d.id) for d in self._documents if kept is None or d.id in kept
                                  for p in people_of(d) if p.name in wanted))


class Deliberations(Mapping[str, tuple[Document, Deliberation]]):
    """Deliberations by id, each with its document: found through `locate` (deliberation id →
    document id, a keyed lookup in the index) and read from that document's records on use."""

    def __init__(self, documents: dict[str, Document], locate: Callable[[str], str | None]) -> None:
        self._documents, self._locate = documents, locate

    def __getitem__(self, deliberation_id: str) -> tuple[Document, Deliberation]:
        document = self._documents.get(self._locate(deliberation_id) or "")
        found = None if document is None else \
            next((d for d in document.seance.deliberations if d.id == deliberation_id), None)
        if found is None:
            raise KeyError(deliberation_id)
        return document, found

    def __iter__(self) -> Iterator[str]:
        return (d.id for document in self._documents.values() for d in document.seance.deliberations)

    def __len__(self) -> int:
        return sum(len(document.seance.deliberations) for document in self._documents.values())


class Catalog:
    def __init__(self, documents: list[Document], lookups: Lookups) -> None:
        self.documents: dict[str, Document] = {d.id: d for d in documents}
        self.deliberations = Deliberations(self.documents, lookups.deliberation_document)
        self._lookups = lookups
        self._by_date: list[Document] | None = None
        self._by_collectivity: dict[str, list[Document]] | None = None
        self._by_day: dict[dt.date, list[Document]] | None = None
        self._days_by_year: dict[int, list[dt.date]] | None = None
        self._position: dict[str, int] | None = None
        self._printed_dates: dict[str, tuple[frozenset[dt.date], frozenset[dt.date]]] = {}
        self._folded: dict[str, str] = {}
        self._known_words: set[str] | None = None
        self._money_nouns: frozenset[str] | None = None

    @classmethod
    def build(cls, documents: list[Document]) -> "Catalog":
        """A catalogue of parsed documents held in memory (tests, a single file)."""
        inferred = inferred_collectivities(documents)
        documents = [replace(d, seance=with_collectivity(d.seance, inferred[d.id])) if d.id in inferred else d
                     for d in documents]
        return cls(documents, InMemory(documents))

    @classmethod
    def stored(cls, index: Index) -> "Catalog":
        """The catalogue of an index: one row per séance read now, texts and records on use."""
        rows = index.headers()

        def documents(contents: Contents, inferred: dict[str, str]) -> list[Document]:
            return [StoredDocument(i, name, sha256, kind, dt.date.fromisoformat(date) if date else None,
                                   inferred.get(i, collectivity), contents)
                    for i, name, sha256, kind, date, collectivity in rows]

        inferred = inferred_collectivities(
            documents(Contents(index.document_text, index.records, index.deliberation_spans), {}))

        def records(doc_id: str) -> Seance | None:
            found = index.records(doc_id)
            return None if found is None else with_collectivity(found, inferred.get(doc_id))

        return cls(documents(Contents(index.document_text, records, index.deliberation_spans), inferred), index)

    @cached_property
    def members(self) -> dict[str, Member]:
        """Every member of every séance, worked out on first use (the member pages of the API)
        from the names the séances print, as the index lists them: no séance's records are read."""
        return members_of((self.documents[doc_id], name) for doc_id, name in self._lookups.seance_people()
                          if doc_id in self.documents)

    @cached_property
    def people(self) -> list[str]:
        """Every name printed among the séances' people, once, read on first use."""
        return self._lookups.people()

    def first_printed(self, names: set[str], documents: list[Document]) -> list[str]:
        """Those of `names` that the séances of `documents` print among their people, in the order
        a reading of those séances (in order, each one's people as `people_of` lists them) first
        meets them; the index says which séances print which name, and only the séance where a
        name is first met is read (a name printed in thousands of séances costs one)."""
        if not names:
            return []
        every = len(documents) == len(self.documents)
        position = {d.id: i for i, d in enumerate(documents)}
        first: dict[str, int] = {}
        for name, doc_id in self._lookups.printing(sorted(names), None if every else list(position)):
            if doc_id in position and position[doc_id] < first.get(name, len(documents)):
                first[name] = position[doc_id]
        order: dict[int, list[str]] = {}  # a séance's people, for the séances where a name is first met

        def met(name: str) -> tuple[int, int]:
            at = first[name]
            if at not in order:
                order[at] = [p.name for p in people_of(documents[at])]
            return at, order[at].index(name)

        return sorted(first, key=met)

    def known_places_words(self) -> set[str]:
        """The capitalised words printed by séances whose collectivity is known, folded, read once."""
        if self._known_words is None:
            self._known_words = set().union(*(proper_words(d) for d in self.documents.values()
                                              if collectivity_of(d) != UNKNOWN_COLLECTIVITY))
        return self._known_words

    def money_nouns(self) -> frozenset[str]:
        """The nouns this archive prints with a sum ("un emprunt de 190 000 €", "une aide de 2 692,79
        €", "la cotisation s'élève à 300 €"): a question asking "quel emprunt… ?" is answered by a
        sentence that holds a sum. Learnt from the texts (the most recent ones, enough for the
        language of an archive), not listed by hand."""
        if self._money_nouns is None:
            with_sum: Counter[str] = Counter()
            texts = [self.folded_text(d) for d in self.documents_by_date()[-MONEY_SAMPLE:]]
            for text in texts:
                with_sum.update(m.group(1) for m in NOUN_WITH_SUM.finditer(text))
            candidates = {w for w, n in with_sum.items() if n >= MIN_MONEY_NOUN}
            printed = Counter(w for text in texts for w in re.findall(r"[a-z]{4,}", text) if w in candidates
                              or w[:-1] in candidates)
            # a noun printed with a sum often enough ("emprunt"), not one that only sometimes is ("commune")
            self._money_nouns = frozenset(w for w in candidates
                                          if with_sum[w] >= MONEY_SHARE * (printed[w] + printed[w + "s"]))
        return self._money_nouns

    def folded_text(self, document: Document) -> str:
        """The document's text lower-cased without accents, folded once."""
        if document.id not in self._folded:
            self._folded[document.id] = strip_accents(document.text).lower()
        return self._folded[document.id]

    def printed_dates(self, document: Document) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
        """The dates printed in the document's header (before its first item) and in its whole text,
        read once: a séance whose own date was misread is still found by the date its heading
        prints, and a register listing acts by date ("23/01/2024  2024_03 …") by the dates it lists."""
        if document.id not in self._printed_dates:
            text = document.text
            items = document.seance.deliberations
            header_end = max(HEADER_CHARS, items[0].span.start if items else 0)
            every = [d for d in find_dates(text) + find_word_dates(text)]
            self._printed_dates[document.id] = (frozenset(d.value for d in every if d.span.start < header_end),
                                                frozenset(d.value for d in every))
        return self._printed_dates[document.id]

    def by_collectivity(self) -> dict[str, list[Document]]:
        """The séances of each collectivity (as `collectivity_of` names it), oldest first, grouped
        once: a question naming a town then reads that town's séances, not the archive's."""
        if self._by_collectivity is None:
            self._by_collectivity = {}
            for document in self.documents_by_date():
                self._by_collectivity.setdefault(collectivity_of(document), []).append(document)
        return self._by_collectivity

    def by_day(self) -> dict[dt.date, list[Document]]:
        """The dated séances by their day, days in order, each day's séances in `documents_by_date`
        order, grouped once: a question's date is matched against the days, not every séance."""
        if self._by_day is None:
            self._by_day = {}
            for document in self.documents_by_date():
                day = seance_date(document)
                if day is not None:
                    self._by_day.setdefault(day, []).append(document)
        return self._by_day

    def days_of(self, year: int) -> list[dt.date]:
        """The séance days of a year, in order."""
        if self._days_by_year is None:
            self._days_by_year = {}
            for day in self.by_day():
                self._days_by_year.setdefault(day.year, []).append(day)
        return self._days_by_year.get(year, [])

    def in_date_order(self, documents: list[Document]) -> list[Document]:
        """`documents` in the order of `documents_by_date`."""
        if self._position is None:
            self._position = {d.id: i for i, d in enumerate(self.documents_by_date())}
        return sorted(documents, key=lambda d: self._position[d.id])

    def documents_by_date(self) -> list[Document]:
        """The séances oldest first (undated ones first of all), sorted once: every question scopes over them."""
        if self._by_date is None:
            self._by_date = sorted(self.documents.values(), key=lambda d: (_iso(seance_date(d)), d.name))
        return self._by_date


def _iso(date: dt.date | None) -> str:
    return date.isoformat() if date else ""
