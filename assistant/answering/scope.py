"""Which séances and people a question is about, from what the archive holds.

Collectivities are recognised by their significant words or their acronym ("CCLO"), dates by
matching séance dates, people by a capitalised word of the question that is a name token of a
member of those séances. A follow-up question that names nothing keeps the previous scope.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.catalog import Catalog
from assistant.collectivities import UNKNOWN_COLLECTIVITY, seance_date
from assistant.understanding import DateHint, Understanding, fold
from corpus.models import Document
from corpus.parse.common import find_dates, find_word_dates
from corpus.names import person_key

# the kinds asked of a séance as a whole: its date is the séance's, never an item's
SEANCE_KINDS = ("president", "secretary", "attendance_count", "proxy", "presence", "absence", "presence_movement")
# a title naming another sitting by its date: "Approbation du procès-verbal de la séance du 8 mars"
ANOTHER_SITTING = re.compile(r"(?:seance|reunion|conseil|session|proces-verbal|pv)\b[^,;]{0,20}$")
MINOR = {"de", "la", "le", "les", "des", "du", "l", "d", "et", "en", "sur", "sous", "aux", "au"}
GENERIC = {"ville", "commune", "communes", "communaute", "metropole", "mairie", "conseil", "cc"}
MISSPELT_LENGTH = 7  # names this long are told apart with one letter wrong


@lru_cache(maxsize=4096)
def collectivity_aliases(name: str) -> frozenset[str]:
    """Folded words and acronyms that designate a collectivity in a question; worked out once per
    name, as every question compares them with every collectivity of the archive."""
    if name == UNKNOWN_COLLECTIVITY:
        return frozenset()
    words = [w for w in re.split(r"[^a-z0-9]+", fold(name)) if w and w not in MINOR]
    aliases = {w for w in words if len(w) >= 4 and w not in GENERIC}
    if len(words) >= 3:
        aliases.add("".join(w[0] for w in words))
    return frozenset(aliases)


@dataclass
class Scope:
    documents: list[Document]
    named_collectivity: bool = False
    named_date: bool = False
    people: list[str] = field(default_factory=list)  # printed names of members the question names
    place_words: set[str] = field(default_factory=set)  # question words naming the collectivity
    deliberations: list[str] = field(default_factory=list)  # what the previous answer was about
    topic: list[str] = field(default_factory=list)  # the subject words of the question (or its first)
    kind: str | None = None  # what the answer was (set once answered), for "et en 2018 ?"
    nearby: list[Document] = field(default_factory=list)  # when no séance has the date asked: those of the place asked

    @property
    def narrowed(self) -> bool:
        return self.named_collectivity or self.named_date


def _words(question: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(question)))


def named_seances(understanding: Understanding, catalog: Catalog) -> Scope:
    """The séances the question itself names by collectivity and date, and nothing else (no
    previous turn, no people): what a search leans towards. `nearby` holds the séances of the
    collectivity asked before the date narrowed them."""
    documents = catalog.documents_by_date()
    words = _words(understanding.question)
    groups = catalog.by_collectivity()
    aliases = {name: collectivity_aliases(name) & words for name in groups}
    if not any(aliases.values()):
        aliases = {name: _misspelt(collectivity_aliases(name), words) for name in groups}
    named = _best_named(aliases)
    by_collectivity = groups[named[0]] if len(named) == 1 else \
        catalog.in_date_order([d for name in named for d in groups[name]])
    place_words = set().union(*aliases.values()) if aliases else set()
    if not by_collectivity:
        by_collectivity, place_words = _mentioning_place(understanding, catalog)
    named_collectivity = bool(by_collectivity)
    if named_collectivity:
        documents = by_collectivity
    named_date = False
    nearby = documents
    if understanding.dates:
        dated = _dated(understanding, documents, catalog)
        if not dated and named_collectivity and understanding.kind not in SEANCE_KINDS:
            # "les tarifs de l'eau au 1er juillet 2021": no séance that day, an item's title prints it
            dated = [d for d in documents if _titles_print(d, understanding.dates)]
        if dated or any(hint.month for hint in understanding.dates):
            documents, named_date = dated, True  # a day or month the archive lacks: nothing matches
    return Scope(documents, named_collectivity, named_date, place_words=place_words, nearby=nearby)


def _best_named(aliases: dict[str, set[str]]) -> list[str]:
    """The collectivities the question names, less those named only by words of a better-named one:
    "SMICTOM du Val de Sévrine" names the syndicat by two of its words and the commune of
    Orbignac-sur-Sévrine by one of them, so the syndicat alone is meant; two collectivities named by
    words of their own both stay, as do those named by the same words ("Dijon": Ville and Métropole)."""
    return [name for name, found in aliases.items()
            if found and not any(found < other for other in aliases.values())]


def _misspelt(aliases: frozenset[str], words: set[str]) -> set[str]:
    """The question's words that spell one of a collectivity's long names with one letter wrong,
    missing or doubled ("Montpelier", "Pierefonds"): staff type fast."""
    return {word for word in words if len(word) >= MISSPELT_LENGTH for alias in aliases
            if len(alias) >= MISSPELT_LENGTH and abs(len(alias) - len(word)) <= 1 and _one_edit(word, alias)}


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one substitution, insertion or deletion."""
    if len(a) > len(b):
        a, b = b, a
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[start + (len(a) == len(b)):] == b[start + 1:]


def resolve(understanding: Understanding, catalog: Catalog, previous: Scope | None) -> Scope:
    named = named_seances(understanding, catalog)
    documents, named_collectivity, named_date = named.documents, named.named_collectivity, named.named_date
    if not (named_collectivity or named_date) and previous is not None:
        documents = previous.documents
    people = named_people(understanding.question, documents, catalog)
    if not (named_collectivity or named_date) and previous is not None and not people:
        people = previous.people
    follow_up = previous is not None and not (named_collectivity or named_date)
    topic = own_topic(understanding, Scope(documents, place_words=named.place_words))
    return Scope(documents, named_collectivity or (previous.named_collectivity if previous and not named_date else False),
                 named_date, people, named.place_words, previous.deliberations if follow_up else [],
                 topic or (previous.topic if follow_up else []), nearby=named.nearby if not documents else [])


def _mentioning_place(understanding: Understanding, catalog: Catalog) -> tuple[list[Document], set[str]]:
    """A place the question names that no collectivity of the archive answers to, but that séances
    of unknown collectivity print ("… à Couthenans" for minutes that print the town only inside an
    item): the séances of unknown collectivity are the scope (other minutes of that town may not
    print it at all), and the name is their place, not a subject word the answer must hold."""
    unknown = catalog.by_collectivity().get(UNKNOWN_COLLECTIVITY, [])
    for name in understanding.proper_names(set()) if unknown else []:
        # printed by minutes of known collectivities, it names a subject ("Les Petites Bouilles"), not their place
        if len(name) >= 4 and name not in catalog.known_places_words() and any(re.search(rf"\b{re.escape(name)}\b", catalog.folded_text(d)) for d in unknown):
            return unknown, {name}
    return [], set()


def _titles_print(document: Document, hints: list[DateHint]) -> bool:
    """Whether a deliberation's title prints a day the question names as what it is about
    ("TARIFS DE L'EAU AU 1er JUILLET 2021"), not as another séance ("procès-verbal de la séance du …")."""
    for deliberation in document.seance.deliberations:
        title = deliberation.title.value if deliberation.title else ""
        for date in find_dates(title) + find_word_dates(title):
            if not ANOTHER_SITTING.search(fold(title[:date.span.start])) \
                    and any(h.day and _hinted(h, date.value) for h in hints):
                return True
    return False


def _hinted(hint: DateHint, value: dt.date) -> bool:
    return hint.matches(value) or (hint.year == 0 and hint.month == value.month and hint.day == value.day)


def _dated(understanding: Understanding, documents: list[Document], catalog: Catalog) -> list[Document]:
    """The séances a question's dates designate, best evidence first: the séance's own date; else,
    for a day, an undated document whose heading prints it (its sitting's date was not read), else
    an undated document printing it anywhere (a register of acts lists each act's date). A dated
    séance is never taken for another day it mentions (the minutes it approves, a convocation)."""
    hints = understanding.dates
    # the archive's séance days are tried, not its séances (10^4 of them, a few thousand days),
    # and only those of the years named (a day named without its year tries them all);
    # `documents` is in date order, and so is what is kept of it
    by_day, years = catalog.by_day(), {h.year for h in hints}
    tried = list(by_day) if 0 in years else [day for year in sorted(years) for day in catalog.days_of(year)]
    kept = None if documents is catalog.documents_by_date() else {d.id for d in documents}
    dated = [d for day in tried if any(_hinted(h, day) for h in hints)
             for d in by_day[day] if kept is None or d.id in kept]
    days = [h for h in hints if h.day]
    if dated or not days:
        return dated
    undated = [d for d in documents if seance_date(d) is None]
    for printed in (0, 1):
        dated = [d for d in undated if any(_hinted(h, value) for h in days
                                           for value in catalog.printed_dates(d)[printed])]
        if dated:
            break
    return dated


def closest(scope: Scope, understanding: Understanding, count: int = 3) -> list[Document]:
    """The séances nearest in time to the date asked, among those of the collectivity asked: what to
    offer when no séance of that day is in the archive."""
    hint = next((h for h in understanding.dates if h.year), None)
    candidates = [d for d in scope.nearby if seance_date(d) is not None]
    if hint is None or not candidates:
        return []
    asked = dt.date(hint.year, hint.month or 6, hint.day or 15)
    return sorted(candidates, key=lambda d: abs((seance_date(d) - asked).days))[:count]


def own_topic(understanding: Understanding, scope: Scope) -> list[str]:
    """The subject words of the question itself, without the words of what it asks."""
    return [w for w in understanding.subject_words(scope.place_words) if w not in ASKING_WORDS]


# how a question asks, not what it is about: "et combien contre ?", "combien de voix pour…",
# "qui présidait ?"; left out of a follow-up's own subject and of the search for a deliberation
ASKING_WORDS = {"voix", "pour", "contre", "abstention", "abstentions", "abstenu", "abstenus", "vote", "votes",
                "resultat", "combien", "unanimite", "adopte", "adoptee", "approuve", "rejete", "qui", "elu",
                "elue", "election", "obtenu", "votants", "presents", "procurations", "absents", "excuses",
                "part", "pris", "prendre", "presidait", "preside", "president", "secretaire", "rapporteur",
                "quand", "date", "quel", "quelle"}


def widened(scope: Scope, catalog_documents: list[Document]) -> Scope | None:
    """The same question over every séance, when a collectivity alone narrowed it (a town's
    reservoir may be discussed by its intercommunality); None when widening changes nothing."""
    if scope.named_date or len(scope.documents) == len(catalog_documents):
        return None
    return Scope(catalog_documents, False, False, scope.people, scope.place_words)


# a one-word name as the subject of a yes/no question: "deblois votait il…", "david etait-il present…"
SUBJECT_BEFORE_VERB = re.compile(r"(?:^|[:,] )([a-z][a-z'-]{2,}) (?:etait|votait|avait|a|est|siegeait)[- ](?:t-)?(?:il|elle)\b")


def _named_in_lower_case(question: str, documents: list[Document], catalog: Catalog) -> list[str]:
    """Members whose whole name (first name and surname, either order) the question spells out
    without capitals ("eric robert a-t-il siégé…"), or one of whose names is the subject of a
    yes/no question ("deblois votait il…"): a lower-case word elsewhere is too common to be taken
    for a name."""
    asked = f" {person_key(question)} "
    subject = SUBJECT_BEFORE_VERB.search(fold(question))  # "deblois votait il…", "david etait-il…"

    def spelt(name: str) -> bool:
        tokens = person_key(name).split()
        return len(tokens) >= 2 and (f" {' '.join(tokens)} " in asked or f" {' '.join(reversed(tokens))} " in asked) \
            or subject is not None and subject.group(1) in tokens

    found: dict[str, str] = {}
    for name in catalog.first_printed({name for name in catalog.people if spelt(name)}, documents):
        found.setdefault(person_key(name), name)
    return list(found.values())


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> frozenset[str]:
    """The words of a printed name's comparable form, worked out once: every question naming
    someone compares them with every name of the archive."""
    return frozenset(person_key(name).split())


def named_people(question: str, documents: list[Document], catalog: Catalog) -> list[str]:
    """Members of `documents` the question names: every capitalised question word must be a name
    token of theirs, and at least one must be a surname-like token (3+ letters). Only the séances
    where such a name is first met are read (`Catalog.first_printed`)."""
    tokens = re.findall(r"\b[A-ZÀ-Ý][\wÀ-ÿ'-]+", question)
    # "Fourey-Béchet" is one name in two parts: it counts only where both parts are the member's
    groups = {tuple(person_key(t).split()) for t in tokens}
    groups.discard(())

    def hits(name: str) -> list[str]:
        key_tokens = name_tokens(name)
        return [t for group in groups if set(group) <= key_tokens for t in group if len(t) >= 3]

    best: dict[str, tuple[int, str]] = {}
    # each name once, where first met: a later mention of a name it has seen changes nothing
    for name in catalog.first_printed({name for name in catalog.people if hits(name)}, documents):
        score, key = len(hits(name)), person_key(name)
        if key not in best or best[key][0] < score or len(best[key][1]) < len(name):
            best[key] = (max(score, best.get(key, (0, ""))[0]), name)
    if not best:
        return _named_in_lower_case(question, documents, catalog)
    top = max(score for score, _ in best.values())
    return [name for score, name in best.values() if score == top]
