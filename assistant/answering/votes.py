"""Answers about a deliberation's vote, its named voters, its attendance counts and elections.

The deliberation is found by retrieval within the séances in scope (a passage of it ranks high)
and by its title sharing the question's words; the figures then come from its parsed records.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.items import (FIELD_OF, find_deliberations, has_tally, overlap, subject_stems, title_of,
                                      unrecorded, vote_asked)
from assistant.answering.passages import stem
from assistant.answering.result import Result, cite_line, seance_label
from assistant.answering.scope import Scope
from assistant.answering.verify import in_figures
from assistant.facts import (attendance_for, mover, named_text, outcome_text, positions_text, sat_for, status_of,
                             vote_summary)
from assistant.models import Citation
from assistant.understanding import COMMON_TITLES, Understanding, content_words, fold
from corpus.models import (ABSTENTION, CONTRE, NPPV, NSPP, POUR, REJECTED, Attendance, Deliberation, Document,
                           Election, NamedVote, Proxy, Span, Vote)
from corpus.names import designates
from index import Index

VOTED_FOR = re.compile(r"\bvote(?:nt|s)? pour\b|\bvote en faveur")
POSITION_WORDS = {CONTRE: ("contre", "oppos"), ABSTENTION: ("absten",), NPPV: ("part",), NSPP: ("prononc",),
                  POUR: ("pour",)}


@dataclass
class Described:
    text: str
    citations: list[Citation]


def describe(document: Document, deliberation: Deliberation, chosen: Vote) -> Described:
    """A vote in one French sentence with its citations: counts, unanimity, outcome, named voters."""
    summary = vote_summary(chosen)
    if chosen.procurations is not None:
        summary += f" (dont {chosen.procurations.value} procurations)"
    if chosen.outcome is not None and outcome_text(chosen.outcome.value) not in summary:
        outcome = outcome_text(chosen.outcome.value)
        printed = " ".join(document.text[chosen.outcome.span.start:chosen.outcome.span.end].split())
        if "majorit" in printed:
            outcome += f" ({printed})"
        summary = f"{outcome} — {summary}" if summary else outcome
    elif chosen.outcome is None and chosen.unanimity is None and chosen.pour is not None and chosen.contre is not None:
        # counts without an outcome word: the majority of the votes cast decides (CGCT L2121-20)
        derived = "adopté" if chosen.pour.value > chosen.contre.value else "rejeté"
        summary = f"{derived} d'après le décompte (le texte ne l'écrit pas) — {summary}"
    label = _label_above(document.text, chosen.span, deliberation.span)
    subject = f" ({chosen.subject.value})" if chosen.subject else \
        f" ({' '.join(document.text[label.start:label.end].split()).rstrip(' :')})" if label else ""
    printed = " ".join(document.text[chosen.span.start:chosen.span.end].split())
    if len(printed) <= MAX_PRINTED and fold(printed) != fold(summary):
        summary += f" (« {printed} »)"  # the text's own words: "ADOPTÉ 9 voix pour, 5 abstentions."
    text = f"vote sur {title_of(deliberation)}{subject}, {seance_label(document)} : {summary}."
    citations = ([cite_line(document, label)] if label and not chosen.subject else []) + [cite_line(document, chosen.span)]
    named = named_text(chosen)
    if named:
        text += f" {named}."
        citations += [cite_line(document, n.person.span) for n in chosen.named]
        citations += [cite_line(document, g.group.span) for g in chosen.groups]
    for issue in deliberation.issues:
        text += f" Attention : {issue.message}"
        citations.append(cite_line(document, issue.span))
    return Described(text, citations)


# a vote printed in this many characters or fewer is quoted as printed beside its summary
MAX_PRINTED = 100
# the line that says what a bare count line is about: "Vote du budget primitif 2021 :" then "15 pour"
LABEL_REACH = 160


def _label_above(text: str, vote: Span, item: Span) -> Span | None:
    """The line ending with ":" right above a vote that starts its own line with its counts (blank
    lines between allowed): a count line cited alone says nothing of what was voted."""
    line_start = text.rfind("\n", item.start, vote.start) + 1
    if text[line_start:vote.start].strip() or line_start <= item.start:
        return None  # the vote is printed inside a sentence, which says what it is on
    window = max(item.start, line_start - LABEL_REACH)
    above = text[window:line_start].rstrip()
    if not above.endswith(":"):
        return None
    label = Span(window + above.rfind("\n") + 1, window + len(above))
    return label if text[label.start:label.end].strip(" \t:") else None


def vote(index: Index, understanding: Understanding, scope: Scope, kind: str) -> Result | None:
    """Counts, outcome, named voters or non-participants of the vote the question is about."""
    candidates = find_deliberations(index, understanding, scope, "votes")
    if not candidates:
        return None
    unvoted = unrecorded(index, understanding, scope, candidates[0][1], "votes", "de vote")
    if unvoted is not None:
        return unvoted
    if kind in ("vote_named", "nppv"):
        for document, deliberation in candidates[:3]:
            chosen = vote_asked(document, deliberation, understanding, scope)
            result = _named(understanding, scope, document, deliberation, chosen, kind)
            if result is not None:
                return result
        return None
    document, deliberation = candidates[0]
    chosen = vote_asked(document, deliberation, understanding, scope)
    described = describe(document, deliberation, chosen)
    text = described.text[0].upper() + described.text[1:]
    for option in _options_beside(document, deliberation, chosen):
        # a vote between options ("Pour le maintien … : 0 / Pour le retour … : 14"): every option
        other = describe(document, deliberation, option)
        text += f" {other.text[0].upper()}{other.text[1:]}"
        described.citations.extend(other.citations)
    if kind == "vote_count" and not has_tally(chosen):
        return Result(False, kind, f"Le texte ne donne pas le décompte des voix. {text}", described.citations,
                      [deliberation.id], context=scope)
    if kind == "vote_outcome" and deliberation.decision is not None:
        decision = deliberation.decision
        first_line = decision.value.split(". ")[0][:300]
        text += f" Décision : « {first_line} »"
        described.citations.append(cite_line(document, decision.span))
    text += _other_seances(understanding, scope, candidates)
    return Result(True, kind, text, described.citations, [deliberation.id], context=scope)


def _options_beside(document: Document, deliberation: Deliberation, chosen: Vote) -> list[Vote]:
    """The other votes of a block of options the chosen one belongs to: votes with a subject,
    printed on the lines right before or after it (one block, not the item's other decisions)."""
    if chosen.subject is None:
        return []
    ordered = sorted((v for v in deliberation.votes if v.subject is not None), key=lambda v: v.span.start)
    at = ordered.index(chosen) if chosen in ordered else -1
    if at < 0:
        return []
    block = [chosen]
    for step in (-1, 1):
        index, last = at + step, chosen
        while 0 <= index < len(ordered):
            before, after = (ordered[index], last) if step < 0 else (last, ordered[index])
            if document.text.count("\n", before.span.end, after.span.start) > 2:
                break
            block.append(ordered[index])
            last, index = ordered[index], index + step
    return sorted((v for v in block if v is not chosen), key=lambda v: v.span.start) if len(block) > 1 else []


# how much of what the chosen title shares with the question another title must share to be
# offered as a possible alternative
CLOSE_ENOUGH = 0.5


def _other_seances(understanding: Understanding, scope: Scope, candidates: list[tuple[Document, Deliberation]]) -> str:
    """When no date narrows the question, the similar deliberations of other séances, so that the
    reader sees the choice made instead of a silent pick; similar means a title sharing the
    question's subject about as much as the chosen one (the pacte de solidarité has no
    alternative in a loan guarantee)."""
    if scope.named_date or len(scope.documents) < 2:
        return ""
    first_document, first = candidates[0]
    words = subject_stems(understanding, scope)
    bar = CLOSE_ENOUGH * overlap(words, first.title.value) if first.title is not None else 0.0
    others = [(d, x) for d, x in candidates[1:4] if d.id != first_document.id and x.title is not None
              and overlap(words, x.title.value) > 0 and overlap(words, x.title.value) >= bar]
    if not others:
        return ""
    listed = "; ".join(f"{title_of(x)}, {seance_label(d)}" for d, x in others[:2])
    return f" Autres délibérations proches, à préciser par la date : {listed}."


def _proxies_held(document: Document, named: list[NamedVote]) -> list[tuple[str, Proxy]]:
    """The proxies held by members who did not take part in a vote: the member who gave it was not
    represented either ("qu'en est-il du pouvoir qu'il détenait ?")."""
    attendance = document.seance.attendance
    proxies = attendance.proxies if attendance is not None else ()
    return [(n.person.name, p) for n in named for p in proxies
            if p.holder is not None and designates(n.person.name, p.holder.name)]


def _named(understanding: Understanding, scope: Scope, document: Document, deliberation: Deliberation,
           chosen: Vote, kind: str) -> Result | None:
    question = fold(understanding.question)
    wanted = [NPPV, NSPP] if kind == "nppv" else [
        position for position, stems in POSITION_WORDS.items()
        if position not in (POUR,) and any(s in question for s in stems)] or (
        [POUR] if VOTED_FOR.search(question) else [CONTRE, ABSTENTION])
    if kind == "nppv" and not any(n.position in wanted for n in chosen.named):
        away = _left_for(document, deliberation, chosen)
        if away:
            names = ", ".join(dict.fromkeys(name for name, _ in away))
            text = (f"Vote sur {title_of(deliberation)}, {seance_label(document)} — n'a pas pris part au vote "
                    f"(hors de la salle) : {names}.")
            citations = [cite_line(document, span) for _, spans in away for span in spans]
            return Result(True, kind, text, citations, [deliberation.id], context=scope)
    words = subject_stems(understanding, scope)
    rows_with_subject = [v.subject.value for v in deliberation.votes if v.subject is not None]
    if len(rows_with_subject) > 1 and not any(overlap(words, subject) for subject in rows_with_subject):
        # a table of votes and a question naming none of its rows: every row's named voters
        rows = [(v, [n for n in v.named if n.position in wanted]) for v in deliberation.votes]
        rows = [(v, named) for v, named in rows if named]
        if rows:
            parts = [f"{v.subject.value if v.subject else title_of(deliberation)} — {positions_text(named)}"
                     for v, named in rows]
            text = f"Vote sur {title_of(deliberation)}, {seance_label(document)} : {'. '.join(parts)}."
            citations = [cite_line(document, n.person.span) for _, named in rows for n in named]
            return Result(True, kind, text, citations, [deliberation.id], context=scope)
    # a table row the question names keeps its own names: another row's voters are not its own;
    # a row without names leaves the answer to the discussion that may name them
    votes = [chosen] if chosen.subject is not None else [chosen] + [v for v in deliberation.votes if v is not chosen]
    if chosen.subject is not None and not any(n.position in wanted for n in chosen.named):
        return None
    for candidate in votes:
        named = [n for n in candidate.named if n.position in wanted]
        groups = [g for g in candidate.groups if g.position in wanted]
        if named or groups:
            subject = f" ({candidate.subject.value})" if candidate.subject else ""
            text = (f"Vote sur {title_of(deliberation)}{subject}, {seance_label(document)} — "
                    f"{positions_text(named, groups)}.")
            citations = [cite_line(document, n.person.span) for n in named] + \
                [cite_line(document, g.group.span) for g in groups]
            held = _proxies_held(document, [n for n in named if n.position == NPPV])
            text += "".join(f" {holder} détenait le pouvoir de {proxy.giver.name}." for holder, proxy in held)
            citations += [cite_line(document, proxy.span) for _, proxy in held]
            return Result(True, kind, text, citations, [deliberation.id], context=scope)
    return _nobody_named(scope, document, deliberation, chosen, wanted, kind)




def _proclamation_before(document: Document, span: Span) -> Citation | None:
    """The line announcing a list of people elected, when it stands just above the first of them."""
    text = document.text
    end = text.rfind("\n", 0, span.start)
    if end < 0:
        return None
    before = text[max(0, end - 300):end]
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", before)][-2:]  # the heading may take two lines
    first = next((line for line in lines if PROCLAIMS.search(line.group())), None)
    if first is None:
        return None
    offset = max(0, end - 300)
    return cite_line(document, Span(offset + first.start(), offset + lines[-1].end()))


PROCLAIMS = re.compile(r"proclam|sont [ée]lus|ont [ée]t[ée] [ée]lus|install[ée]s", re.IGNORECASE)


def _left_for(document: Document, deliberation: Deliberation, vote: Vote) -> list[tuple[str, list[Span]]]:
    """Members present at the opening who had left the room for `vote` ("Madame le maire quitte
    la séance" before the compte administratif), with the spans that say so."""
    away = []
    for who in dict.fromkeys(filter(None, (mover(document, m) for m in document.seance.movements))):
        status = status_of(document, who)
        sat, spans = sat_for(document, deliberation, who, vote)
        if status is not None and status[0] == "présent" and sat is False:
            away.append((who, spans))
    return away


def _nobody_named(scope: Scope, document: Document, deliberation: Deliberation, chosen: Vote,
                  wanted: list[str], kind: str) -> Result | None:
    """No name recorded for the positions asked: "nobody" when the counts or the unanimity say so,
    else the counts with a plain statement that the names are not given."""
    counts = [getattr(chosen, FIELD_OF[p]) for p in wanted if getattr(chosen, FIELD_OF[p], None) is not None]
    described = describe(document, deliberation, chosen)
    if POUR not in wanted and (chosen.unanimity is not None or (counts and all(c.value == 0 for c in counts))):
        return Result(True, kind, f"Personne : {described.text}", described.citations, [deliberation.id],
                      context=scope)
    if counts or not has_tally(chosen):
        return Result(False, kind, f"Le texte ne nomme pas les élus concernés ; {described.text}",
                      described.citations, [deliberation.id], context=scope)
    return None


COUNT_WORDS = {"votants", "presents", "membres", "procurations", "pouvoirs", "absents", "exercice", "quorum", "nombre",
               "conseillers", "elus", "participe", "participants", "seance", "combien", "vote", "etaient", "delegues",
               "titulaires"}
# words that name the sitting itself ("au conseil communautaire du jeudi 9 février"), not an item of it
SITTING_WORDS = COMMON_TITLES | {"reunion", "comite", "syndical", "commission", "permanente", "bureau", "lundi",
                                 "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "cm", "cc"}
AT_OPENING = re.compile(r"au debut|a l'ouverture|en debut de seance|a l'appel")
ASKS_RESULT = re.compile(r"resultat|adopte|unanimite|rejete")
COUNT_LABELS = (("in_office", "membres en exercice"), ("present_count", "présents"),
                ("proxy_count", "procurations"), ("voters", "votants"), ("absent_count", "absents"))


def names_an_item(understanding: Understanding, scope: Scope) -> bool:
    """Whether a count question names an item of the séance ("lors du vote du budget") rather than
    only the sitting ("au conseil communautaire du jeudi 9 février")."""
    return bool(set(understanding.subject_words(scope.place_words)) - COUNT_WORDS - SITTING_WORDS)


def attendance_count(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """Présents / procurations / votants / en exercice: those stated for the deliberation the question
    names, completed by the séance's own counts (a figure stated for the item wins)."""
    if not (scope.narrowed or len(scope.documents) == 1):
        return None
    document = scope.documents[0]
    sources: list[tuple[Attendance | None, str]] = []
    deliberation_ids: list[str] = []
    outcome = None
    at_opening = AT_OPENING.search(fold(understanding.question))  # the séance's own counts
    if names_an_item(understanding, scope) and not at_opening:
        for found, deliberation in find_deliberations(index, understanding, scope, "votes")[:1]:
            document = found
            voted = [v for v in deliberation.votes if v.voters is not None][:1]
            if voted:  # "24 pour – unanimité des votants": the voters of the item's own vote
                sources.append((Attendance(voted[0].voters.span, voters=voted[0].voters), f" pour {title_of(deliberation)}"))
            sources.append((attendance_for(found, deliberation), f" pour {title_of(deliberation)}"))
            deliberation_ids.append(deliberation.id)
            if ASKS_RESULT.search(fold(understanding.question)) and deliberation.votes:
                outcome = describe(found, deliberation, vote_asked(found, deliberation, understanding, scope))
    sources.append((document.seance.attendance, ""))
    parts, citations, where, stated = [], [], "", set()
    for field_name, label in COUNT_LABELS:
        for attendance, place in sources:
            count = getattr(attendance, field_name, None) if attendance is not None else None
            if count is not None:
                printed = " ".join(document.text[count.span.start:count.span.end].split())
                # a count printed in words is said as printed too: "11 présents (« onze »)"
                said = f" (« {printed} »)" if printed and not any(c.isdigit() for c in printed) else ""
                parts.append(f"{count.value} {label}{said}")
                stated.add(label)
                citations.append(cite_line(document, count.span))
                where = where or place
                break
    seance_attendance = document.seance.attendance
    if seance_attendance is not None and not where:
        question = fold(understanding.question)
        for label, listed in _listed(seance_attendance):
            if label not in stated and listed and any(word in question for word in LIST_ASKED[label]):
                # no figure printed: the names the list gives, counted, each list cited
                parts.append(f"{len(listed)} {label} (nommés dans la liste)")
                citations.append(cite_line(document, Span(listed[0].start, listed[-1].end)))
    quorum = seance_attendance.quorum if seance_attendance is not None else None
    if quorum is not None and "quorum" in fold(understanding.question):
        said = " ".join(quorum.value.split())
        parts.append(said[0].lower() + said[1:])
        citations.append(cite_line(document, quorum.span))
    if not parts:
        return None
    text = f"À {seance_label(document)}{where} : {', '.join(parts)}."
    if outcome is not None:  # "avec combien de votants et quel résultat…"
        text += f" Résultat du {outcome.text}"
        citations += outcome.citations
    return Result(True, "attendance_count", text, citations, deliberation_ids, context=scope)


def _listed(attendance: Attendance) -> list[tuple[str, list[Span]]]:
    """The spans of the names in each attendance list, by the label of the count they make."""
    return [("présents", sorted(p.span for p in attendance.present)),
            ("procurations", sorted(p.span for p in attendance.proxies)),
            ("absents", sorted([p.span for p in attendance.absent + attendance.excused]
                               + [p.giver.span for p in attendance.proxies]))]


LIST_ASKED = {"présents": ("present",), "procurations": ("procuration", "pouvoir"), "absents": ("absent",)}


ELECTION_WORDS = {"elu", "elue", "elus", "elues", "election", "voix", "obtenu", "obtenue", "obtenues", "votes",
                  "chiffres", "avec", "resultat", "resultats", "designe", "designee"}


def _ballot_text(document: Document, deliberation: Deliberation, ballot: Election) -> str:
    """What a ballot is about, ranks in figures ("dixième vice-président" reads "10e vice-président")."""
    office = ballot.office.value if ballot.office else ""
    title = deliberation.title.value if deliberation.title else ""
    return ranks_in_figures(f"{title} {office} {document.text[ballot.span.start:ballot.span.end]}")


ORDINAL = re.compile(r"\b(\d{1,2})[^\S\n]*(?:er|ere|re|e|eme|ieme|°)(?![a-z])")


def ranks_in_figures(text: str) -> str:
    """Ordinals in words or figures as one token ("dixième", "10ème", "10e" → "10e")."""
    return ORDINAL.sub(lambda m: f"{m.group(1)}e", in_figures(text))


def _names_in(ballot: Election) -> list[str]:
    return [c.person.name for c in ballot.candidates] + [p.name for p in ballot.elected]


def election(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """The ballot the question is about: who was elected, with the figures printed.

    A ballot is taken only when it names a person of the question or shares most of its subject
    words; when the question asks a candidate's votes and the text does not give them, the answer
    says so rather than offering the other figures as if they answered.
    """
    name_words = {stem(w) for p in scope.people for w in content_words(p)}
    words = {stem(w) for w in content_words(ranks_in_figures(" ".join(understanding.subject_words(scope.place_words))))
             if w not in ELECTION_WORDS} - name_words
    best: tuple[float, Document, Deliberation, Election] | None = None
    for rank, (document, deliberation) in enumerate(find_deliberations(index, understanding, scope, "elections")[:6]):
        for ballot in deliberation.elections:
            named = any(designates(p, n) for p in scope.people for n in _names_in(ballot))
            shared = overlap(words, _ballot_text(document, deliberation, ballot))
            score = shared + (1.0 if named else 0.0) - 0.02 * rank
            score -= 0.5 * _unasked_qualifiers(understanding, deliberation, ballot)
            # a person's name alone does not pick a ballot the question describes otherwise
            relevant = score >= 0.5 if not named else (shared > 0 or len(words) < 2)
            if relevant and (best is None or score > best[0]):
                best = (score, document, deliberation, ballot)
    if best is None:
        return None
    _, document, deliberation, ballot = best
    return _describe_election(understanding, scope, document, deliberation, ballot)


# words that make an office another one: "maire délégué" is not "maire", "vice-président" not "président"
QUALIFIERS = ("delegue", "adjoint", "vice", "suppleant", "commission", "conseiller")


def _unasked_qualifiers(understanding: Understanding, deliberation: Deliberation, ballot: Election) -> int:
    """How many office qualifiers the ballot (its office, its item's title) has that the question
    does not ask for."""
    office = " ".join(fold(t.value) for t in (ballot.office, deliberation.title) if t is not None)
    question = fold(understanding.question)
    return sum(1 for word in QUALIFIERS if word in office and word not in question)


def _describe_election(understanding: Understanding, scope: Scope, document: Document,
                       deliberation: Deliberation, ballot: Election) -> Result:
    office = f" ({ballot.office.value})" if ballot.office else ""
    citations = []
    figures = []
    for label, count in (("votants", ballot.votants), ("bulletins blancs", ballot.blancs), ("nuls", ballot.nuls),
                         ("suffrages exprimés", ballot.exprimes), ("majorité absolue", ballot.majorite)):
        if count is not None:
            figures.append(f"{count.value} {label}")
            citations.append(cite_line(document, count.span))
    results, asked_without_votes = [], []
    for candidate in ballot.candidates:
        asked = any(designates(p, candidate.person.name) for p in scope.people)
        if candidate.votes is None and asked:
            asked_without_votes.append(candidate.person.name)
        votes_text = f" : {candidate.votes.value} voix" if candidate.votes else ""
        results.append(f"{candidate.person.name}{votes_text}{' (élu(e))' if candidate.elected else ''}")
        citations.append(cite_line(document, candidate.votes.span if candidate.votes else candidate.person.span))
    heading = _proclamation_before(document, ballot.elected[0].span) if ballot.elected else None
    if heading is not None:  # "ONT ETE PROCLAMES membres du conseil d'administration … :"
        citations.append(heading)
    for person in ballot.elected:
        citations.append(cite_line(document, person.span))
        if any(designates(p, person.name) for p in scope.people) and not any(
                designates(person.name, c.person.name) and c.votes for c in ballot.candidates):
            asked_without_votes.append(person.name)
    label = f"Élection{office}, {seance_label(document)}"
    details = f"{'. Résultats : ' + '; '.join(results) if results else ''}{'. ' + ', '.join(figures) if figures else ''}"
    if asked_without_votes and "voix" in fold(understanding.question):
        names = ", ".join(dict.fromkeys(asked_without_votes))
        return Result(False, "election", f"Le texte ne donne pas le nombre de voix obtenues par {names} "
                      f"({label}){details}.", citations, [deliberation.id], context=scope)
    elected = ", ".join(p.name for p in ballot.elected)
    text = f"{label}{' : élu(e) ' + elected if elected else ''}{details}."
    return Result(True, "election", text, citations, [deliberation.id], context=scope)


# "quelles délibérations ont été adoptées à l'unanimité ?", "quels points ont fait l'objet de votes contre ?"
LISTS_ITEMS = re.compile(r"\bquel(?:le)?s (?:deliberations|decisions|points|dossiers|projets)\b")
CRITERIA = (  # what the question asks of each vote, and the words that ask it
    ("unanimité", re.compile(r"unanimite"), lambda v: v.unanimity is not None),
    ("votes contre", re.compile(r"\bcontre\b"), lambda v: v.contre is not None and v.contre.value > 0),
    ("abstentions", re.compile(r"absten"), lambda v: v.abstention is not None and v.abstention.value > 0),
    ("rejetée", re.compile(r"rejete|refuse|n'ont pas ete adopte"), lambda v: v.outcome is not None
     and v.outcome.value == REJECTED),
)


def items_voted(understanding: Understanding, scope: Scope) -> Result | None:
    """The deliberations of the séances in scope whose vote meets what the question asks
    (unanimity, votes against, abstentions, rejection), each with its vote cited."""
    question = fold(understanding.question)
    if not LISTS_ITEMS.search(question) or not (scope.narrowed or len(scope.documents) == 1):
        return None
    asked = [(label, test) for label, cue, test in CRITERIA if cue.search(question)]
    if not asked:
        return None
    lines, citations, ids = [], [], []
    for document in scope.documents[:3]:
        found = []
        for deliberation in document.seance.deliberations:
            vote = next((v for v in deliberation.votes if all(test(v) for _, test in asked)), None)
            if vote is not None and deliberation.title is not None:
                found.append(title_of(deliberation))
                citations.append(cite_line(document, vote.span))
                ids.append(deliberation.id)
        if found:
            lines.append(f"À {seance_label(document)} ({', '.join(label for label, _ in asked)}) : {' ; '.join(found)}.")
    if not lines:
        where = ", ".join(seance_label(d) for d in scope.documents[:3])
        return Result(False, understanding.kind, f"Aucune délibération de {where} n'est notée avec "
                      f"{', '.join(label for label, _ in asked)}.", context=scope)
    return Result(True, understanding.kind, " ".join(lines), citations, ids, context=scope)
