"""The séances of the archive, for fast fact answers: who sat, who voted what.

Facts are answered from the parsed records, not from retrieved text. The catalogue holds each
séance's date and collectivity (what scoping a question needs) and reads its text and records only
when a question comes to them (`assistant.stored`); it is rebuilt when the index's version changes.
Members are grouped per collectivity: "MARTIN" in Dijon is not "MARTIN" in Lannion.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Callable, Iterator, Protocol

from assistant.stored import Contents, StoredDocument
from corpus.models import Deliberation, Document, Person, Seance
from corpus.names import person_key, strip_accents
from corpus.parse.common import find_dates, find_word_dates
from index import Index


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


UNKNOWN_COLLECTIVITY = "collectivité non précisée"
# a séance that prints no collectivity belongs to the one whose members it shares: at least this
# many names, and most of its own names
MIN_SHARED_MEMBERS = 4
# or, when it names no member, the one whose texts share its rarest capitalised words
MIN_EXCLUSIVE_WORDS = 2  # words only that collectivity prints
PROPER_WORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*\b")
CIVILITY_ONLY = re.compile(r"(?:m|mme|mlle|mr|monsieur|madame)")
HEADER_CHARS = 1500
# "emprunt de 190 000 €", "aide d'un montant de 2 692,79 €", "cotisation s'eleve a 300 €" (folded text)
NOUN_WITH_SUM = re.compile(r"\b([a-z]{4,}?)s?\s+(?:(?:d'un montant(?: total)?|d'un total|s'eleve(?:nt)?|fixee?s?|est|sera|"
                           r"a hauteur) )?(?:de|d'|a)\s*\d[\d \u00a0\u202f.,]*\s*(?:€|euros?\b)")
MONEY_SAMPLE = 400  # documents read to learn them
MIN_MONEY_NOUN = 2  # times a noun must be printed with a sum
MONEY_SHARE = 0.02  # and the share of its occurrences  # the heading of minutes whose items the parser did not find


def collectivity_of(document: Document) -> str:
    """The collectivity given at ingest or inferred by the archive, else as printed (for a stored
    document, as its index row says, without reading its records)."""
    if isinstance(document, StoredDocument):
        return document.collectivity or UNKNOWN_COLLECTIVITY
    seance = document.seance
    if seance.collectivity_given:
        return seance.collectivity_given
    if seance.collectivity is not None:
        return seance.collectivity.value
    return UNKNOWN_COLLECTIVITY


def seance_date(document: Document) -> dt.date | None:
    """The séance's date (for a stored document, as its index row says)."""
    if isinstance(document, StoredDocument):
        return document.seance_date
    return document.seance.date.value if document.seance.date else None


def _member_keys(document: Document) -> set[str]:
    return {key for key in (person_key(p.name) for p in people_of(document)) if len(key.split()) >= 2}


def _given_names(document: Document) -> set[str]:
    """The members' given names: small communes often print "Jean-Pierre, Nelly, Yves" where other
    séances of theirs print "Jean-Pierre JEANROY"; the given name is what a full name printed as
    "Given SURNAME" holds before its upper-case surname."""
    given = set()
    for person in people_of(document):
        words = person.name.split()
        first = [w for w in words if not (w.isupper() and len(w) > 1)]
        if len(words) == 1 or 0 < len(first) < len(words):
            key = person_key(" ".join(first or words))
            if key and not CIVILITY_ONLY.fullmatch(key):
                given.add(key)
    return given


def _proper_words(document: Document) -> set[str]:
    """The capitalised words of a text (places, streets, associations, people), folded."""
    return {strip_accents(w).lower() for w in PROPER_WORD.findall(document.text)}


def _by_members(own: set[str], members: dict[str, set[str]]) -> str | None:
    """The collectivity sharing most of `own`'s names, when it shares enough of them (at least
    MIN_SHARED_MEMBERS and half) and clearly more than any other (given names recur everywhere)."""
    if not own or not members:
        return None
    ranked = sorted(((len(own & keys), name) for name, keys in members.items()), reverse=True)
    shared, name = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0
    return name if shared >= MIN_SHARED_MEMBERS and shared * 2 >= len(own) and shared >= 2 * second else None


def _by_vocabulary(own: set[str], vocabularies: dict[str, set[str]]) -> str | None:
    """The collectivity whose texts share the rarest capitalised words with `own` (a word every
    collectivity prints weighs nothing), when it clearly stands above the others."""
    if len(vocabularies) < 2:
        return None
    spread = Counter(w for words in vocabularies.values() for w in words)
    weights = {name: sum(math.log(len(vocabularies) / spread[w]) for w in own & words)
               for name, words in vocabularies.items()}
    ranked = sorted(weights.items(), key=lambda pair: -pair[1])
    (name, best), second = ranked[0], ranked[1][1]
    exclusive = sum(spread[w] == 1 for w in own & vocabularies[name])
    return name if exclusive >= MIN_EXCLUSIVE_WORDS and best >= 2 * second else None


def inferred_collectivities(documents: list[Document]) -> dict[str, str]:
    """The collectivity of each document whose text prints none, by id: the one of the séances it
    shares most members with (full names first, else given names), or else the rarest place and
    proper names with: minutes often print the town only on their first page or not at all
    ("Procès-verbal du Conseil municipal / Séance du lundi 30 janvier 2023"), while their members
    are printed in full; a register of acts names no member but its streets and places. A séance
    placed this way lends its names to the next ones, until nothing changes. The file name is never
    used."""
    known = [collectivity_of(d) != UNKNOWN_COLLECTIVITY for d in documents]
    if all(known):
        return {}  # nothing to infer: no document's names or words need reading
    inferred: dict[str, str] = {}
    # each document's names and words, read once: the passes below only regroup them
    own_members = [_member_keys(d) for d in documents]
    own_given = [_given_names(d) for d in documents]
    own_words = [_proper_words(d) for d in documents]
    while True:
        members: dict[str, set[str]] = {}
        given: dict[str, set[str]] = {}
        vocabularies: dict[str, set[str]] = {}
        spellings: dict[str, Counter[str]] = {}
        for i, document in enumerate(documents):
            if known[i]:
                name = inferred.get(document.id) or collectivity_of(document)
                key = collectivity_key(name)
                spellings.setdefault(key, Counter())[name] += 1
                members.setdefault(key, set()).update(own_members[i])
                given.setdefault(key, set()).update(own_given[i])
                vocabularies.setdefault(key, set()).update(own_words[i])
        changed = False
        for i, document in enumerate(documents):
            if known[i] or not members:
                continue
            name = _by_members(own_members[i], members) or _by_members(own_given[i], given)
            if name is None and not own_members[i]:
                name = _by_vocabulary(own_words[i], vocabularies)
            if name is not None:
                inferred[document.id] = spellings[name].most_common(1)[0][0]
                known[i] = changed = True
        if not changed:
            return inferred


def with_collectivity(seance: Seance, inferred: str | None) -> Seance:
    """The séance with the collectivity the archive inferred for it, if any."""
    return seance if inferred is None else replace(seance, collectivity_given=inferred)


def collectivity_key(name: str) -> str:
    """Comparable collectivity name: "Commune de PUTANGES-LE-LAC" and "putanges-le-lac" agree."""
    key = slug(name)
    key = re.sub(r"^(ville|commune|mairie|cc|communaute-de-communes|metropole)-(de-|d-|du-|des-)?", "", key)
    return key


def people_of(document: Document) -> list[Person]:
    """Everyone named in a séance's header facts: present, absent, excused, proxies, roles, and
    the arrivals and departures."""
    seance = document.seance
    found: list[Person] = []
    attendance = seance.attendance
    if attendance is not None:
        found += attendance.present + attendance.absent + attendance.excused
        for proxy in attendance.proxies:
            found.append(proxy.giver)
            if proxy.holder is not None:
                found.append(proxy.holder)
    found += [p for p in (seance.president, seance.secretary) if p is not None]
    # who arrived or left during the séance sat for part of it ("Nelly arrivée à 18H45")
    found += [m.person for m in seance.movements if m.person is not None]
    return found


def fuller_form(document: Document, person: Person) -> Person | None:
    """The same person printed in full elsewhere in the séance ("REBSAMEN" as president, "M.
    François REBSAMEN" in the list of members), when exactly one member's name holds all of
    theirs: answers give the name as the text prints it best."""
    tokens = set(person_key(person.name).split())
    if not tokens:
        return None
    fuller = {person_key(p.name): p for p in people_of(document)
              if tokens < set(person_key(p.name).split())}
    return next(iter(fuller.values())) if len(fuller) == 1 else None


@dataclass
class Member:
    id: str
    name: str
    collectivity: str
    documents: set[str] = field(default_factory=set)


class Lookups(Protocol):
    """What a catalogue asks its index (`index.Index`) rather than read every séance's records."""

    def deliberation_document(self, deliberation_id: str) -> str | None: ...

    def people(self) -> list[str]: ...

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
        self._members: dict[str, Member] = {}
        self._by_date: list[Document] | None = None
        self._by_collectivity: dict[str, list[Document]] | None = None
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

        inferred = inferred_collectivities(documents(Contents(index.document_text, index.records), {}))

        def records(doc_id: str) -> Seance | None:
            found = index.records(doc_id)
            return None if found is None else with_collectivity(found, inferred.get(doc_id))

        return cls(documents(Contents(index.document_text, records), inferred), index)

    @cached_property
    def members(self) -> dict[str, Member]:
        """Every member of every séance, worked out on first use (the member pages of the API)."""
        for document in self.documents.values():
            for person in people_of(document):
                self._add_member(document, person)
        self._merge_partial_names()
        return self._members

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

    def _merge_partial_names(self) -> None:
        """One member for "REBSAMEN" and "François REBSAMEN": a name whose words all belong to
        exactly one fuller name of the same collectivity is that member."""
        by_collectivity: dict[str, list[Member]] = {}
        for member in self._members.values():
            by_collectivity.setdefault(collectivity_key(member.collectivity), []).append(member)
        for members in by_collectivity.values():
            tokens_of = {m.id: frozenset(person_key(m.name).split()) for m in members}
            holders: dict[str, list[Member]] = {}  # a name word → the members whose name has it
            for member in members:
                for token in tokens_of[member.id]:
                    holders.setdefault(token, []).append(member)
            for member in members:
                tokens = tokens_of[member.id]
                if not tokens:
                    continue
                pool = min((holders[token] for token in tokens), key=len)
                fuller = [m for m in pool if m is not member and m.id in self._members and tokens < tokens_of[m.id]]
                if len(fuller) == 1 and member.id in self._members:
                    fuller[0].documents |= member.documents
                    del self._members[member.id]

    def _add_member(self, document: Document, person: Person) -> None:
        key = person_key(person.name)
        if not key:
            return
        collectivity = collectivity_of(document)
        member_id = f"{collectivity_key(collectivity)}--{slug(key)}"
        member = self._members.get(member_id)
        if member is None:
            member = self._members[member_id] = Member(member_id, person.name, collectivity)
        elif len(person.name) > len(member.name):
            member.name = person.name  # keep the fullest printed form
        member.documents.add(document.id)

    def known_places_words(self) -> set[str]:
        """The capitalised words printed by séances whose collectivity is known, folded, read once."""
        if self._known_words is None:
            self._known_words = set().union(*(_proper_words(d) for d in self.documents.values()
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
