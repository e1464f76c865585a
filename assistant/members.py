"""The council members of the archive, one per person and collectivity, from the names séances print.

"MARTIN" in Dijon is not "MARTIN" in Lannion: a member is a name within a collectivity. The names
come as (document, name) pairs in reading order (`Lookups.seance_people`: the fact tables for a
stored archive), so that the list of members never reads a séance's records.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.collectivities import collectivity_key, collectivity_of, slug
from corpus.models import Document
from corpus.names import person_key


@dataclass
class Member:
    id: str
    name: str
    collectivity: str
    documents: set[str] = field(default_factory=set)


def members_of(printed: Iterable[tuple[Document, str]]) -> dict[str, Member]:
    """The members named by (document, name) pairs, in the order a reading of the séances meets
    them: the fullest printed form of a name is kept (the first of equal length), and a partial
    name ("REBSAMEN") joins the one fuller name of its collectivity holding all its words."""
    members: dict[str, Member] = {}
    for document, name in printed:
        key = person_key(name)
        if not key:
            continue
        collectivity = collectivity_of(document)
        member_id = f"{collectivity_key(collectivity)}--{slug(key)}"
        member = members.get(member_id)
        if member is None:
            member = members[member_id] = Member(member_id, name, collectivity)
        elif len(name) > len(member.name):
            member.name = name  # keep the fullest printed form
        member.documents.add(document.id)
    _merge_partial_names(members)
    return members


def _merge_partial_names(members: dict[str, Member]) -> None:
    """One member for "REBSAMEN" and "François REBSAMEN": a name whose words all belong to
    exactly one fuller name of the same collectivity is that member."""
    by_collectivity: dict[str, list[Member]] = {}
    for member in members.values():
        by_collectivity.setdefault(collectivity_key(member.collectivity), []).append(member)
    for group in by_collectivity.values():
        tokens_of = {m.id: frozenset(person_key(m.name).split()) for m in group}
        holders: dict[str, list[Member]] = {}  # a name word → the members whose name has it
        for member in group:
            for token in tokens_of[member.id]:
                holders.setdefault(token, []).append(member)
        for member in group:
            tokens = tokens_of[member.id]
            if not tokens:
                continue
            pool = min((holders[token] for token in tokens), key=len)
            fuller = [m for m in pool if m is not member and m.id in members and tokens < tokens_of[m.id]]
            if len(fuller) == 1 and member.id in members:
                fuller[0].documents |= member.documents
                del members[member.id]
