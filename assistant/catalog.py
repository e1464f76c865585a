"""The parsed records of every stored document, held in memory for fast fact answers.

Facts (who sat, who voted what) are answered from these records, not from retrieved text, so the
catalogue is loaded once from the index and reloaded only when the index's version changes.
Members are grouped per collectivity: "MARTIN" in Dijon is not "MARTIN" in Lannion.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from corpus.models import Deliberation, Document, Person
from corpus.names import person_key, strip_accents


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", strip_accents(text).lower()).strip("-")


UNKNOWN_COLLECTIVITY = "collectivité non précisée"
# a séance that prints no collectivity belongs to the one whose members it shares: at least this
# many names, and most of its own names
MIN_SHARED_MEMBERS = 4


def collectivity_of(document: Document) -> str:
    """The collectivity given at ingest or inferred by the archive, else as printed."""
    seance = document.seance
    if seance.collectivity_given:
        return seance.collectivity_given
    if seance.collectivity is not None:
        return seance.collectivity.value
    return UNKNOWN_COLLECTIVITY


def with_inferred_collectivities(documents: list[Document]) -> list[Document]:
    """The documents, those whose text prints no collectivity given the one of the séances they
    share most members with: minutes often print the town only on their first page or not at all
    ("Procès-verbal du Conseil municipal / Séance du lundi 30 janvier 2023"), while their members
    are printed in full. The file name is never used."""
    members: dict[str, set[str]] = {}
    for document in documents:
        if document.seance.collectivity is not None or document.seance.collectivity_given:
            keys = {person_key(p.name) for p in people_of(document) if len(person_key(p.name).split()) >= 2}
            members.setdefault(collectivity_of(document), set()).update(keys)
    inferred = []
    for document in documents:
        seance = document.seance
        if seance.collectivity is None and not seance.collectivity_given and members:
            own = {person_key(p.name) for p in people_of(document) if len(person_key(p.name).split()) >= 2}
            name, shared = max(((name, len(own & keys)) for name, keys in members.items()), key=lambda x: x[1])
            if shared >= MIN_SHARED_MEMBERS and shared * 2 >= len(own):
                document = replace(document, seance=replace(seance, collectivity_given=name))
        inferred.append(document)
    return inferred


def collectivity_key(name: str) -> str:
    """Comparable collectivity name: "Commune de PUTANGES-LE-LAC" and "putanges-le-lac" agree."""
    key = slug(name)
    key = re.sub(r"^(ville|commune|mairie|cc|communaute-de-communes|metropole)-(de-|d-|du-|des-)?", "", key)
    return key


def people_of(document: Document) -> list[Person]:
    """Everyone named in a séance's header facts: present, absent, excused, proxies, roles."""
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
    return found


@dataclass
class Member:
    id: str
    name: str
    collectivity: str
    documents: set[str] = field(default_factory=set)


@dataclass
class Catalog:
    documents: dict[str, Document]
    deliberations: dict[str, tuple[Document, Deliberation]] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    _by_date: list[Document] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, documents: list[Document]) -> "Catalog":
        documents = with_inferred_collectivities(documents)
        catalog = cls({d.id: d for d in documents})
        for document in documents:
            for deliberation in document.seance.deliberations:
                catalog.deliberations[deliberation.id] = (document, deliberation)
            for person in people_of(document):
                catalog._add_member(document, person)
        return catalog

    def _add_member(self, document: Document, person: Person) -> None:
        key = person_key(person.name)
        if not key:
            return
        collectivity = collectivity_of(document)
        member_id = f"{collectivity_key(collectivity)}--{slug(key)}"
        member = self.members.get(member_id)
        if member is None:
            member = self.members[member_id] = Member(member_id, person.name, collectivity)
        elif len(person.name) > len(member.name):
            member.name = person.name  # keep the fullest printed form
        member.documents.add(document.id)

    def documents_by_date(self) -> list[Document]:
        """The séances oldest first (undated ones first of all), sorted once: every question scopes over them."""
        if self._by_date is None:
            self._by_date = sorted(self.documents.values(),
                                   key=lambda d: (d.seance.date.value.isoformat() if d.seance.date else "", d.name))
        return self._by_date
