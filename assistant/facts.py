"""Records → API views: deliberation summaries, their facts with spans, a member's record.

Shared by the HTTP routes, the TUI browser and the answering code, so that a vote or an
attendance reads the same everywhere.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.catalog import Catalog
from assistant.collectivities import collectivity_of
from assistant.members import Member
from assistant.citations import cite
from assistant.models import (DeliberationSummary, Fact, MemberDetail, MemberSeance, MemberVote)
from corpus.models import NOTED, Attendance, Deliberation, Document, GroupVote, Movement, NamedVote, Span, Vote
from corpus.names import strip_accents, designates, name_score
from corpus.parse.movements import AWAY_WHERE


def vote_summary(vote: Vote) -> str:
    """A vote in a few French words: "75 pour, 0 contre, 8 abstentions", "adopté à l'unanimité"."""
    value = lambda field: None if field is None else field.value  # noqa: E731
    return tally_text(value(vote.unanimity), value(vote.outcome), value(vote.pour), value(vote.contre),
                      value(vote.abstention), value(vote.nspp), value(vote.nppv))


def tally_text(unanimity: str | None, outcome: str | None, pour: int | None, contre: int | None,
               abstention: int | None, nspp: int | None, nppv: int | None) -> str:
    """`vote_summary` of a vote's plain values, as the `votes` table holds them."""
    parts = []
    for singular, plural, count in (("pour", "pour", pour), ("contre", "contre", contre),
                                    ("abstention", "abstentions", abstention),
                                    ("ne se prononce pas", "ne se prononcent pas", nspp),
                                    ("ne prend pas part au vote", "ne prennent pas part au vote", nppv)):
        if count is not None:
            parts.append(f"{count} {plural if count > 1 else singular}")
    if unanimity is not None:
        parts.insert(0, unanimity)
    if outcome is not None and not parts:
        parts.append(outcome_text(outcome))
    return ", ".join(parts)


def outcome_text(outcome: str) -> str:
    """An outcome as an answer says it: "pris acte" is no vote, and a reader must not take it for one."""
    return "le conseil prend acte (pas de vote)" if outcome == NOTED else outcome


def named_text(vote: Vote) -> str:
    """The named positions grouped: "contre : GOSSOT, DANAN ; abstention : TANGUY"; a political
    group voting as one is said as a group ("contre : groupe UMP, Viguié")."""
    return positions_text(vote.named, vote.groups)


def positions_text(named: Iterable[NamedVote], groups: Iterable[GroupVote] = ()) -> str:
    """Members and groups by position, positions in the order first met."""
    grouped: dict[str, list[str]] = {}
    for group in groups:
        grouped.setdefault(group.position, []).append(f"groupe {group.group.value}")
    for vote in named:
        grouped.setdefault(vote.position, []).append(vote.person.name)
    return " ; ".join(f"{position} : {', '.join(dict.fromkeys(names))}" for position, names in grouped.items())


def summary(document: Document, deliberation: Deliberation) -> DeliberationSummary:
    seance = document.seance
    result = "; ".join(filter(None, (vote_summary(v) for v in deliberation.votes))) or None
    return DeliberationSummary(
        id=deliberation.id, document=document.name, document_id=document.id,
        number=deliberation.number.value if deliberation.number else None,
        title=deliberation.title.value if deliberation.title else None,
        date=seance.date.value if seance.date else None,
        collectivity=collectivity_of(document),
        body=seance.body.value if seance.body else None, result=result)


def _fact(document: Document, kind: str, label: str, value: object, span: Span) -> Fact:
    return Fact(kind=kind, label=label, value=str(value), start=span.start, end=span.end,
                quote=document.text[span.start:span.end])


def deliberation_facts(document: Document, deliberation: Deliberation) -> list[Fact]:
    """Every extracted value of a deliberation, each with its span and quote."""
    found: list[Fact] = []
    for label, text in (("numéro", deliberation.number), ("objet", deliberation.title),
                        ("décision", deliberation.decision)):
        if text is not None:
            found.append(_fact(document, "text", label, text.value, text.span))
    for label, person in (("rapporteur", deliberation.rapporteur), ("président de séance", deliberation.president)):
        if person is not None:
            found.append(_fact(document, "person", label, person.name, person.span))
    for vote in deliberation.votes:
        found.append(_fact(document, "vote", "vote", vote_summary(vote) or "vote", vote.span))
        for named in vote.named:
            found.append(_fact(document, "named_vote", named.position, named.person.name, named.person.span))
        for group in vote.groups:
            found.append(_fact(document, "group_vote", group.position, group.group.value, group.group.span))
    for election in deliberation.elections:
        office = election.office.value if election.office else "élection"
        for candidate in election.candidates:
            votes = f"{candidate.votes.value} voix" if candidate.votes else "voix non indiquées"
            elected = " (élu)" if candidate.elected else ""
            found.append(_fact(document, "election", office, f"{candidate.person.name} : {votes}{elected}",
                               candidate.person.span))
    for amount in deliberation.amounts:
        found.append(_fact(document, "amount", "montant", amount.text.value, amount.text.span))
    for issue in deliberation.issues:
        found.append(_fact(document, "issue", issue.code, issue.message, issue.span))
    return found


def member_detail(catalog: Catalog, member: Member) -> MemberDetail:
    """A member's attendance, proxies and named votes across the séances of their collectivity."""
    attendance: list[MemberSeance] = []
    votes: list[MemberVote] = []
    for document in catalog.documents_by_date():
        if document.id not in member.documents:
            continue
        seance = document.seance
        status = status_of(document, member.name)
        if status is not None:
            label, span, proxy_to, proxies_from = status
            attendance.append(MemberSeance(
                date=seance.date.value if seance.date else None, document=document.name,
                document_id=document.id, status=label, proxy_to=proxy_to, proxies_from=proxies_from,
                citation=cite(document, span)))
        for deliberation in seance.deliberations:
            for vote in deliberation.votes:
                for named in vote.named:
                    if name_score(member.name, named.person.name) >= 0.9:
                        votes.append(MemberVote(
                            deliberation=deliberation.id,
                            title=deliberation.title.value if deliberation.title else None,
                            position=named.position, citation=cite(document, named.person.span)))
    return MemberDetail(id=member.id, name=member.name, collectivity=member.collectivity,
                        seances=len(member.documents), attendance=attendance, votes=votes)


FEMININE = re.compile(r"(?:\bMme|\bMadame|\bMlle|\bMademoiselle|\bMMES?|\bMesdames)\.?\s*$", re.IGNORECASE)
MASCULINE = re.compile(r"(?:\bM|\bMr|\bMonsieur|\bMessieurs)\.?\s*$")


def gendered(document: Document, span: Span, masculine: str, feminine: str) -> str:
    """The word agreeing with the civility printed before the name, "(e)" forms when none is."""
    before = document.text[max(0, span.start - 14):span.start]
    if FEMININE.search(before):
        return feminine
    if MASCULINE.search(before):
        return masculine
    return masculine.replace(" ", "(e) ") + "(e)" if feminine != masculine else masculine


# "Questions 11 à 17", "points 3-5": two numbers that stand alone, not the parts of a code ("DEL-2023-121")
QUESTION_RANGE = re.compile(r"(?<![\w-])(\d+)\s*(?:à|a|-|au)\s*(?:(\d+)(?![\w-])|la fin)", re.IGNORECASE)


def mover(document: Document, movement: Movement) -> str | None:
    """Who came or went: the name printed, or the séance's president when the text names the
    office ("Madame le maire quitte la séance" before the vote of the accounts)."""
    person = movement.person
    if person is None:
        return None
    if person.role and person.name.lower().startswith(("le ", "la ")) and document.seance.president is not None:
        return document.seance.president.name
    return person.name


def moves(document: Document, movement: Movement, name: str) -> bool:
    """Whether `movement` is member `name` arriving or leaving."""
    who = mover(document, movement)
    return who is not None and designates(name, who)


def _covers(movement: Movement, deliberation: Deliberation) -> bool | None:
    """Whether a movement applies to `deliberation` by what it states: a question range
    ("Questions 11 à 17"), a point it happened at ("arrivée au point n°5-a": from item 5 on), an
    absence for one item ("hors de la présence de…"); None when it states none of these, or the
    item has no number to compare."""
    where = movement.where.value if movement.where else ""
    number = deliberation.number.value if deliberation.number else ""
    if where.lower().startswith(AWAY_WHERE):  # "hors de la présence de Madame le Maire": the item it is in
        return deliberation.span.contains(movement.span)
    covered = QUESTION_RANGE.search(where)
    if covered:
        if not number.isdigit():
            return None
        return int(covered[1]) <= int(number) <= (int(covered[2]) if covered[2] else 10**6)
    at_point, item = _numbers(where), _numbers(number)
    if not (at_point and item):
        return None
    # "jusqu'à la question n°5", "après le vote du point 5": there for item 5, gone (or come) from
    # the next one; "au point 5", "pendant l'examen du point 5": from item 5
    return item > at_point if strip_accents(where).lower().startswith(THROUGH_ITEM) else item >= at_point


THROUGH_ITEM = ("jusqu", "apres")  # the bounds by which a member sat through the item named
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
NUMBER = re.compile(r"\d+|\b[IVXLC]+\b")


def _numbers(label: str) -> tuple[int, ...]:
    """ "5-a" → (5,), "2019-07-12" → (2019, 7, 12), "point III" → (3,): item numbers compared in order."""
    return tuple(int(n) if n.isdigit() else _roman(n) for n in NUMBER.findall(label))


def _roman(numeral: str) -> int:
    values = [ROMAN[char] for char in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def sat_for(document: Document, deliberation: Deliberation, name: str,
            vote: Vote | None = None) -> tuple[bool | None, list[Span]]:
    """Whether member `name` sat when `deliberation` was taken, and the spans that say so: the
    status at the opening, then the arrivals and departures that apply to that item, by the
    question range they state ("Questions 11 à 17"), the point they name ("arrivée au point
    n°5-a") or, without either, by where they are written (before the item's vote). None when the member's status is not recorded."""
    status = status_of(document, name)
    if status is None:
        return None, []
    sat, spans = status[0] == "présent", [status[1]]
    # the vote asked about, else the item's first: an item voted in steps may see the maire leave
    # between them (the compte administratif is voted without the maire)
    decided_at = vote.span.start if vote is not None else \
        min((v.span.start for v in deliberation.votes), default=deliberation.span.end)
    own = [m for m in sorted(document.seance.movements, key=lambda m: m.span.start) if moves(document, m, name)]
    if own and own[0].kind == "arrivée":
        sat = False  # listed among the présents (as minutes list everyone who sat), but arrived later
    for movement in own:
        applies = _covers(movement, deliberation)
        if applies is None:  # written before the item's vote ("Madame le maire quitte la séance" above it)
            applies = movement.span.start < decided_at
        if applies:
            sat = movement.kind == "arrivée"
            spans.append(movement.span)
    return sat, spans


def attendance_for(document: Document, deliberation: Deliberation) -> Attendance | None:
    """The counts that held when a deliberation was voted: its own, else those of the movement
    whose question range covers its number ("Questions 11 à 17 : … 33 votants"), else those of the
    last movement announced before it ends; None when only the séance's counts apply."""
    if deliberation.attendance is not None:
        return deliberation.attendance
    latest = None
    for movement in document.seance.movements:
        if movement.counts is None:
            continue
        covers = _covers(movement, deliberation)
        if covers:
            return movement.counts
        if covers is None and (deliberation.span.start <= movement.span.start < deliberation.span.end or (
                movement.span.start < deliberation.span.start and any(
                    d.span.start <= movement.span.start for d in document.seance.deliberations))):
            latest = movement.counts
    return latest


# a member's status at a séance, as the API gives it, and its words in an answer (masculine, feminine)
STATUS_WORDS = {
    "présent": ("présent", "présente"),
    "excusé": ("absent excusé", "absente excusée"),
    "absent": ("absent", "absente"),
    "absent (procuration)": ("absent, représenté par procuration", "absente, représentée par procuration"),
}


def status_words(document: Document, status: str, span: Span) -> str:
    """The status in an answer's words, agreeing with the member's civility."""
    return gendered(document, span, *STATUS_WORDS[status])


def status_of(document: Document, name: str) -> tuple[str, Span, str | None, list[str]] | None:
    """(status, span, proxy holder, proxies received) of `name` at a séance, from its attendance lists;
    status is a key of STATUS_WORDS."""
    attendance = document.seance.attendance
    if attendance is None:
        return None

    def same(person_name: str) -> bool:
        return name_score(name, person_name) >= 0.9

    received = [p.giver.name for p in attendance.proxies if p.holder is not None and same(p.holder.name)]
    for proxy in attendance.proxies:
        if same(proxy.giver.name):
            holder = proxy.holder.name if proxy.holder else None
            return "absent (procuration)", proxy.giver.span, holder, received
    for status, people in (("présent", attendance.present), ("excusé", attendance.excused),
                           ("absent", attendance.absent)):
        for person in people:
            if same(person.name):
                return status, person.span, None, received
    return None
