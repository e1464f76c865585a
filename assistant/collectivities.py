"""Which collectivity a séance belongs to: as printed, as given at ingest, or inferred by the archive.

Questions and lists group séances by collectivity ("MARTIN" in Dijon is not "MARTIN" in Lannion),
and many minutes print their town only on a first page or not at all: their collectivity is then
inferred from the members and place names they share with séances that do print one.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import replace

from assistant.people import people_of
from assistant.stored import StoredDocument
from corpus.models import Document, Seance
from corpus.names import person_key, strip_accents


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


def proper_words(document: Document) -> set[str]:
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
    own_words = [proper_words(d) for d in documents]
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
