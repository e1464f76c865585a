"""The parsed records of every stored document, held in memory for fast fact answers.

Facts (who sat, who voted what) are answered from these records, not from retrieved text, so the
catalogue is loaded once from the index and reloaded only when the index's version changes.
Members are grouped per collectivity: "MARTIN" in Dijon is not "MARTIN" in Lannion.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from corpus.models import Deliberation, Document, Person
from corpus.names import person_key, strip_accents
from corpus.parse.common import find_dates, find_word_dates


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
    """The collectivity given at ingest or inferred by the archive, else as printed."""
    seance = document.seance
    if seance.collectivity_given:
        return seance.collectivity_given
    if seance.collectivity is not None:
        return seance.collectivity.value
    return UNKNOWN_COLLECTIVITY


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


def with_inferred_collectivities(documents: list[Document]) -> list[Document]:
    """The documents, those whose text prints no collectivity given the one of the séances they
    share most members with (full names first, else given names), or else the rarest place and
    proper names with: minutes often print the town only on their first page or not at all
    ("Procès-verbal du Conseil municipal / Séance du lundi 30 janvier 2023"), while their members
    are printed in full; a register of acts names no member but its streets and places. A séance
    placed this way lends its names to the next ones, until nothing changes. The file name is never
    used."""
    documents = list(documents)
    known = [d.seance.collectivity is not None or bool(d.seance.collectivity_given) for d in documents]
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
                key = collectivity_key(collectivity_of(document))
                spellings.setdefault(key, Counter())[collectivity_of(document)] += 1
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
                spelling = spellings[name].most_common(1)[0][0]
                documents[i] = replace(document, seance=replace(document.seance, collectivity_given=spelling))
                known[i] = changed = True
        if not changed:
            return documents


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


@dataclass
class Catalog:
    documents: dict[str, Document]
    deliberations: dict[str, tuple[Document, Deliberation]] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)
    _by_date: list[Document] | None = field(default=None, repr=False)
    _printed_dates: dict[str, tuple[frozenset[dt.date], frozenset[dt.date]]] = field(default_factory=dict, repr=False)
    _folded: dict[str, str] = field(default_factory=dict, repr=False)
    _known_words: set[str] | None = field(default=None, repr=False)
    _money_nouns: frozenset[str] | None = field(default=None, repr=False)

    @classmethod
    def build(cls, documents: list[Document]) -> "Catalog":
        documents = with_inferred_collectivities(documents)
        catalog = cls({d.id: d for d in documents})
        for document in documents:
            for deliberation in document.seance.deliberations:
                catalog.deliberations[deliberation.id] = (document, deliberation)
            for person in people_of(document):
                catalog._add_member(document, person)
        catalog._merge_partial_names()
        return catalog

    def _merge_partial_names(self) -> None:
        """One member for "REBSAMEN" and "François REBSAMEN": a name whose words all belong to
        exactly one fuller name of the same collectivity is that member."""
        by_collectivity: dict[str, list[Member]] = {}
        for member in self.members.values():
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
                fuller = [m for m in pool if m is not member and m.id in self.members and tokens < tokens_of[m.id]]
                if len(fuller) == 1 and member.id in self.members:
                    fuller[0].documents |= member.documents
                    del self.members[member.id]

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

    def documents_by_date(self) -> list[Document]:
        """The séances oldest first (undated ones first of all), sorted once: every question scopes over them."""
        if self._by_date is None:
            self._by_date = sorted(self.documents.values(),
                                   key=lambda d: (d.seance.date.value.isoformat() if d.seance.date else "", d.name))
        return self._by_date
