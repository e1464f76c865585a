"""Which deliberation a question is about: by its number when named, else by retrieval within
the séances in scope and by its title sharing the question's words."""
from __future__ import annotations

import re

from assistant.answering import verify
from assistant.answering.passages import retrieve, stem, text_stems
from assistant.answering.result import Result, cite_line, seance_label
from assistant.answering.scope import Scope, own_topic
from assistant.understanding import Understanding, fold
from corpus.models import ABSTENTION, CONTRE, NPPV, NSPP, POUR, Deliberation, Document, Vote
from index import Index


def _deliberations_of(documents: dict[str, Document], deliberation_id: str) -> list[Deliberation]:
    document = documents.get(deliberation_id.split(":")[0])
    return [d for d in document.seance.deliberations if d.id == deliberation_id] if document else []


def overlap(words: set[str], text: str) -> float:
    return len(words & text_stems(text)) / max(1, len(words))


def find_deliberations(index: Index, understanding: Understanding, scope: Scope,
                       needs: str) -> list[tuple[Document, Deliberation]]:
    """Deliberations in scope holding `needs` ("votes"/"elections"), best match first."""
    documents = {d.id: d for d in scope.documents}
    topic = own_topic(understanding, scope)  # "combien de voix pour, contre…" would find any vote block
    words = {stem(w) for w in topic}
    scores: dict[str, float] = {}
    found: dict[str, tuple[Document, Deliberation]] = {}
    if not topic and scope.deliberations:  # "et combien contre ?": the deliberation just discussed
        remembered = [(documents[d.split(":")[0]], x) for d in scope.deliberations for x in
                      _deliberations_of(documents, d) if getattr(x, needs)]
        if remembered:
            return remembered
    query = " ".join(topic) if len(topic) >= 2 else understanding.question
    for rank, hit in enumerate(retrieve(index, query, scope, k=15)):
        document = documents.get(hit.document_id)
        if document is None or hit.deliberation_id is None:
            continue
        for deliberation in document.seance.deliberations:
            if deliberation.id == hit.deliberation_id and getattr(deliberation, needs):
                scores[deliberation.id] = scores.get(deliberation.id, 0.0) + 1.0 / (rank + 2)
                found[deliberation.id] = (document, deliberation)
    named = ITEM_NUMBER.search(fold(understanding.question))
    for document in scope.documents if named else []:
        for deliberation in document.seance.deliberations:
            if deliberation.number and fold(deliberation.number.value) == named.group(1) and getattr(deliberation, needs):
                found[deliberation.id] = (document, deliberation)
                scores[deliberation.id] = scores.get(deliberation.id, 0.0) + 2.0
    pinned = verify.constraints(understanding, scope.place_words)
    for key, (document, deliberation) in found.items():
        if deliberation.title is not None:
            scores[key] += 2 * overlap(words, deliberation.title.value)
        # an item that does not print what the question pins down ("avenant n°2", "Val d'Orne") is
        # another item, however many words it shares
        scores[key] -= UNMET_PENALTY * len(verify.unmet(pinned, document, deliberation.span))
    return [found[k] for k in sorted(scores, key=lambda k: -scores[k])]


UNMET_PENALTY = 3.0
# how much better than the chosen item's title another item's must fit the question for the
# question to be taken as naming that other item
CLEARLY_NAMED = 0.5
BETTER_BY = 0.25


def unrecorded(index: Index, understanding: Understanding, scope: Scope, chosen: Deliberation, needs: str,
               what: str) -> Result | None:
    """A decline when the deliberation the question names by its title records no `needs`
    ("votes", "rapporteur"): the best-fitting item that records one is another item, which would
    answer another question ("qui était rapporteur du pacte ?" is not answered by a loan's)."""
    words = subject_stems(understanding, scope)
    chosen_fit = overlap(words, chosen.title.value) if chosen.title else 0.0
    for document, deliberation in find_deliberations(index, understanding, scope, "title")[:3]:
        fit = overlap(words, deliberation.title.value)
        if not getattr(deliberation, needs) and fit >= CLEARLY_NAMED and fit > chosen_fit + BETTER_BY:
            return Result(False, understanding.kind, f"Le texte ne donne pas {what} pour {title_of(deliberation)}, "
                          f"{seance_label(document)}.", [cite_line(document, deliberation.title.span)],
                          [deliberation.id], context=scope)
    return None


# "la question 12", "le point n° 3", "la délibération DEL2025-02", "l'affaire 64"
ITEM_NUMBER = re.compile(r"\b(?:question|point|deliberation|dossier|affaire)\s+(?:n°\s*|no\s*|numero\s*)?([\w-]*\d[\w-]*)")


# the share of the question's subject (words weighed by their rarity in the archive) a
# deliberation's title must print to designate its séance, and by how much more than any other
# séance's best title ("taux d'imposition 2014" against "… 2024": the year alone tells them apart)
DESIGNATES = 0.5
AHEAD = 0.2


def seance_by_subject(index: Index, understanding: Understanding, scope: Scope) -> Scope | None:
    """The one séance whose deliberation the question names, for a question on a séance that
    gives no date nor place ("qui a présidé la séance où le pacte de solidarité a été présenté ?");
    None when no title prints most of the subject, or two séances' titles do alike."""
    if len(scope.documents) < 2:
        return None
    rarity = index.rarity(own_topic(understanding, scope))
    weight = {stem(w): 1.0 + r for w, r in rarity.items() if r is not None}  # "examiné", printed nowhere, designates nothing
    if not weight:
        return None
    topic = list(rarity)
    total = sum(weight.values())
    documents = {d.id: d for d in scope.documents}
    best: dict[str, float] = {}
    for hit in retrieve(index, " ".join(topic), scope, k=10):
        for deliberation in _deliberations_of(documents, hit.deliberation_id or ""):
            if deliberation.title is not None:
                held = sum(w for s, w in weight.items() if s in text_stems(deliberation.title.value)) / total
                best[hit.document_id] = max(best.get(hit.document_id, 0.0), held)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < DESIGNATES or len(ranked) > 1 and ranked[0][1] < ranked[1][1] + AHEAD:
        return None
    return Scope([documents[ranked[0][0]]], scope.named_collectivity, scope.named_date, scope.people,
                 scope.place_words, scope.deliberations, scope.topic)


def title_of(deliberation: Deliberation) -> str:
    return f"« {deliberation.title.value} »" if deliberation.title else f"la délibération {deliberation.ordinal}"


LEAD_IN = 600  # characters before a vote that may say what it is on
# a short line opened by a dash or bullet: the step of an item a vote decides
SUBHEADING = re.compile(r"^\s*[−–•-]\s*\S.{0,80}$")


def vote_asked(document: Document, deliberation: Deliberation, understanding: Understanding,
               scope: Scope) -> Vote:
    """The vote of the deliberation the question is about (a table line when votes have subjects)."""
    if len(deliberation.votes) == 1:
        return deliberation.votes[0]
    words = subject_stems(understanding, scope)
    ordered = sorted(deliberation.votes, key=lambda v: v.span.start)

    def score(vote: Vote) -> float:
        if vote.subject:
            return overlap(words, vote.subject.value)
        # an item voted in steps (compte de gestion, compte administratif, budget primitif): what a
        # vote decides is said in the text since the previous vote
        index = ordered.index(vote)
        start = ordered[index - 1].span.end if index else deliberation.span.start
        before = document.text[start:vote.span.start]
        headings = [line for line in before.splitlines() if SUBHEADING.match(line)]
        # the sub-heading naming the step ("− Approbation du compte administratif 2015") counts again
        return overlap(words, document.text[max(start, vote.span.start - LEAD_IN):vote.span.end]) \
            + (overlap(words, headings[-1]) if headings else 0.0)

    # a question asking for the counts is answered by a vote that gives some ("Pour : 60 / Contre :
    # 5"), not by an "adopté" said in the debate before it
    tallied = [v for v in deliberation.votes if has_tally(v)]
    candidates = tallied if understanding.kind == "vote_count" and tallied else deliberation.votes
    return max(candidates, key=score)


# the Vote field that holds each position's count
FIELD_OF = {POUR: "pour", CONTRE: "contre", ABSTENTION: "abstention", NSPP: "nspp", NPPV: "nppv"}


def has_tally(vote: Vote) -> bool:
    """Whether the text gives the vote's counts or says it was unanimous ("Le Conseil adopte" does not)."""
    return vote.unanimity is not None or any(getattr(vote, field) is not None for field in FIELD_OF.values())


def subject_stems(understanding: Understanding, scope: Scope) -> set[str]:
    """What the question says its vote is on: its words less the places ("Pierrefonds" would
    pick the row "Pierrefonds animations") and less how it asks ("contre", "voix": every vote
    line prints them)."""
    return {stem(w) for w in own_topic(understanding, scope)}


# "quel est l'ordre du jour…", "quels points ont été examinés…", "quelles délibérations ont été
# votées…", "combien de délibérations…"
ASKS_AGENDA = re.compile(r"ordre du jour|\bquel(?:le)?s (?:points|sujets|dossiers|deliberations) (?:ont ete |etaient )?"
                         r"(?:examine|aborde|traite|inscrit|a l'ordre|presente|soumis|vote|adopte|approuve|pris|delibere)|"
                         r"combien de (?:deliberations|points)|"
                         r"\bliste (?:des|de ses) (?:deliberations|points|dossiers|sujets|affaires|actes)\b|"
                         r"\b(?:deliberations|points|dossiers|affaires) (?:votes|votees|adoptes|adoptees|examines|examinees)\b")


def agenda(understanding: Understanding, scope: Scope) -> Result | None:
    """The deliberations of the séance in scope, in order, each title cited: its agenda."""
    if not ASKS_AGENDA.search(fold(understanding.question)) or not (scope.narrowed or len(scope.documents) == 1):
        return None
    lines, citations, ids = [], [], []
    for document in scope.documents[:2]:
        titled = [d for d in document.seance.deliberations if d.title is not None]
        if not titled:
            continue
        listed = " ; ".join(f"{d.number.value + ' ' if d.number else ''}{d.title.value}" for d in titled)
        lines.append(f"{seance_label(document)[0].upper()}{seance_label(document)[1:]} : {len(titled)} délibérations — {listed}.")
        citations += [cite_line(document, d.title.span) for d in titled]
        ids += [d.id for d in titled]
    if not lines:
        return None
    return Result(True, "content", " ".join(lines), citations, ids, context=scope)
