"""From a question to a cited answer: understand, scope, then the first answering step that knows.

Facts (members, votes, elections, counts, times, a séance's agenda, the items voted a given way)
are answered from the parsed records; when the records do not hold what is asked, the answer
falls back to the passages that do, quoted sentence by sentence; when neither holds it, the
assistant says so instead of guessing. A question that asks two things ("qui présidait…, et dans
quelle salle ?", "adopté, et pour quel budget ?") gets each clause answered, from the records or
from the passages of the same deliberation.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from assistant.answering import items, lists, passages, people, times, verify, votes
from assistant.answering.result import PASSAGE, Result, cite_line, declined, french_date, seance_label
from assistant.answering.scope import SEANCE_KINDS, Scope, closest, own_topic, resolve, widened
from assistant.catalog import Catalog
from assistant.collectivities import collectivity_of
from assistant.models import Citation
from assistant.understanding import DateHint, Understanding, Vote, find_date_hints, fold
from corpus.models import Span
from corpus.parse.common import find_dates, find_word_dates
from index import Index

MIN_COVERAGE = 0.5
TEXT_KINDS = ("amount", "content")  # the kinds answered from the passages rather than the records
TOOK_PART = re.compile(r"-t-(?:il|elle) (?:particip|pris part|siege|assiste|vote (?:le|la|les|l')\b)|siegeai(?:t|ent)|dans la salle|"
                       r"etait-(?:il|elle) (?:presente?|au conseil|a la seance|la)\b")
# rivals of a best sentence that misses what the question names: how many, and how close in score
NEAR_RIVALS, NEAR_SCORE = 6, 0.5
# an item short enough to be quoted whole when it answers a content question (a summary's bullets)
SHORT_ITEM = 400
# a clause asking for a reason ("…, et pourquoi ?", "pour quelle raison ?", "à quel titre ?")
ASKS_REASON = re.compile(r"\bpourquoi\b|pour quelles? raisons?|a quel titre|\bmotif")
# a content question that also asks how it was decided: the deliberation's vote is added
ASKS_DECISION = re.compile(r"\bvot|tranche|adopte|approuve|unanimite")
# "que décide le conseil au sujet de…", "qu'a décidé…", "quelle décision…": the operative part answers
ASKS_WHAT_DECIDED = re.compile(r"\b(?:que|qu'a|qu'ont|quelle|quelles) (?:\w+ ){0,4}?(?:decide|decision|arrete|approuve)")
MAX_DECISION = 600
QUOTED_ENOUGH = 0.8
YEAR_WORD = re.compile(r"\b(?:19[89]\d|20\d\d)\b")
VOTE_KINDS = ("vote_count", "vote_outcome", "vote_named", "nppv")
# a clause of these kinds is already answered by a vote or election answer (it gives counts and outcome)
TALLY_KINDS = (*VOTE_KINDS, "election", "attendance_count")
NAMES_KINDS = ("vote_named", "nppv")  # who voted a given way: not said by counts
# the kinds whose record answer, when the records miss it, is read in the séance's passages instead
# (not presence: a passage naming someone does not say they sat)
TEXT_FALLBACK_KINDS = ("secretary", "president", "rapporteur", "proxy", "attendance_count", "date", "election",
                       *VOTE_KINDS)
# the kinds a second clause may be answered from the records with; others are read in the passages
CLAUSE_RECORD_KINDS = ("president", "secretary", "date", "rapporteur", "proxy", "attendance_count", *VOTE_KINDS)


def answer_question(question: str, catalog: Catalog, index: Index, previous: Scope | None,
                    neighbours: Callable[[str], Vote] | None = None) -> Result:
    """`neighbours` votes on the question's kind from labelled examples (`assistant.kinds`)."""
    understanding = Understanding.of(question, neighbours)
    if understanding.kind in TEXT_KINDS and catalog.documents:
        # read from passages: the question will be searched once its scope is worked out, so
        # the model encodes it meanwhile on the encoder thread
        index.encode_ahead(understanding.question)
    if not catalog.documents:
        return declined(understanding.kind, "de document : l'index est vide (lancez `delib ingest`)", None)
    each_year = year_by_year(question) or sitting_by_sitting(question)
    if each_year:
        return _joined([answer_question(asked, catalog, index, previous, neighbours) for asked in each_year],
                       each_year, understanding.kind)
    result = _answer(understanding, catalog, index, previous)
    retry = not result.answered and not result.citations and understanding.kind in TEXT_KINDS
    for kind in understanding.other_kinds if retry else ():
        # a question read as one the passages answer found no passage at all (an informed
        # decline, citing what the text does say, stands; so does a records' decline): the other
        # readings of the question get their chance ("Comment a été votée la subvention…" read as
        # an amount finds no sum; as a vote it does)
        other = _answer(understanding.with_words([], kind), catalog, index, previous)
        if other.answered and _about_subject(other, understanding, catalog):
            return other
    return result


# "… pour 2018, et pour 2021 ?", "… en 2024, et combien en 2025 ?", "… en 2020 et 2021 ?": the same
# question asked again of another year, said by a few words after the first one (not "entre 2018
# et 2021", a period; not a second question that merely names a year)
OTHER_YEAR = re.compile(r"(?<!entre )(?<!de )\b((?:19|20)\d\d)(\s*,?\s+et\s+(?:\w+\s+){0,2}?)((?:19|20)\d\d)\s*\??\s*$")


def year_by_year(question: str) -> list[str]:
    """The question asked of each year it names in turn, or nothing when it names one period."""
    match = OTHER_YEAR.search(question)
    if match is None or match[1] == match[3]:
        return []
    asked = question[:match.start()].rstrip()
    return [f"{asked} {year} ?" for year in (match[1], match[3])]


# "… voté sur A (février 2023) puis sur B (juin 2023) ?", "… élues la 3e adjointe de X (mars 2023) et
# la 10e vice-présidente de Y (juin 2023) ?": the first clause's verb left out of the second, which
# opens on the same preposition or article and names a date of its own
ELLIPSIS = re.compile(r",?\s+(?:et\s+)?(?:puis|ensuite|et)\s+(?P<preposition>sur|pour|lors d[eu]|au|aux|dans|la|le|les)\s+"
                      r"(?!(?:\d{1,2}|1er)\s*(?:/|janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c))",
                      re.IGNORECASE)


def sitting_by_sitting(question: str) -> list[str]:
    """The question asked of each sitting an elliptic second clause names, its verb taken from the
    first ("Comment X a-t-il voté sur A (février 2023) puis sur B (juin 2023) ?" → "Comment X
    a-t-il voté sur A (février 2023) ?" and "Comment X a-t-il voté sur B (juin 2023) ?")."""
    for match in ELLIPSIS.finditer(question):
        first, second = question[:match.start()], question[match.end():]
        if not (find_date_hints(first) and find_date_hints(second)):
            continue  # "les tarifs de l'eau et sur l'assainissement" names no second sitting
        head = re.search(rf"^(.*?)\s{re.escape(match['preposition'])}\s", first, re.IGNORECASE)
        if head is not None:
            return [f"{first.rstrip(' ?')} ?", f"{head.group(1)} {match['preposition']} {second.rstrip(' ?')} ?"]
    return []


def _joined(results: list[Result], questions: list[str], kind: str) -> Result:
    """One answer of the answers to each year's question: answered when every year is."""
    first = results[0]
    return Result(all(r.answered for r in results), kind, " ".join(r.text for r in results),
                  [c for r in results for c in r.citations], [d for r in results for d in r.deliberations],
                  first.context, first.basis, [r.part(q) for r, q in zip(results, questions)])


def _about_subject(result: Result, understanding: Understanding, catalog: Catalog) -> bool:
    """Whether the deliberations an answer cites (else its quotes) print most of the question's
    subject words: another reading must answer about the same thing, not about the first item it
    finds ("…voté blanc à l'élection du 3e adjoint" is not answered by the vote on snow clearing)."""
    places = result.context.place_words if result.context is not None else set()
    words = understanding.subject_words(places)
    if not words:
        return True
    held = [catalog.deliberations[d] for d in result.deliberations if d in catalog.deliberations]
    text = fold(" ".join(document.text[d.span.start:d.span.end] for document, d in held)
                or " ".join(c.quote for c in result.citations))
    return sum(passages.stem(word) in text for word in words) >= MIN_COVERAGE * len(words)


def _answer(understanding: Understanding, catalog: Catalog, index: Index, previous: Scope | None) -> Result:
    scope = resolve(understanding, catalog, previous)
    if previous is not None and not own_topic(understanding, scope):
        # a follow-up ("et combien contre ?", "et le 10 avril 2018 ?") keeps the subject, and the
        # question itself when it asks nothing new
        kind = previous.kind if understanding.kind == "content" and previous.kind else understanding.kind
        understanding = understanding.with_words(scope.topic, kind)
    if not scope.documents:
        printed = _of_printed_day(understanding, catalog, index, previous)
        if printed is not None:
            return printed
        refusal = declined(understanding.kind, "de séance correspondant à cette date ou cette collectivité", scope)
        near = closest(scope, understanding)
        if near:
            refusal.text += " Les séances les plus proches de cette date : " + ", ".join(
                f"{french_date(d)} ({collectivity_of(d)})" for d in near) + "."
        return refusal
    if understanding.kind in SEANCE_KINDS and previous is None:
        # "qui présidait la séance où le pacte a été présenté ?", "… lors du vote des taux 2014 ?":
        # the item names the séance among those the date and place leave
        scope = items.seance_by_subject(index, understanding, scope) or scope
    if scope.people and TOOK_PART.search(fold(understanding.question)):
        # "X a-t-il pris part au vote sur…", "X a-t-il voté le budget ?": whether a member sat,
        # not how the vote went
        understanding = understanding.with_words([], "presence")
    result = votes.items_voted(understanding, scope) or items.agenda(understanding, scope) \
        or times.latest(understanding, scope) or _from_records(understanding, scope, index)
    if result is not None and not result.answered and not result.citations and understanding.kind in TEXT_FALLBACK_KINDS \
            and (scope.narrowed or len(scope.documents) == 1):
        # the records miss what a layout never seen prints its own way: the séance's text may say it
        # (a decline that cites what the records do say, "pouvoir sans mandataire nommé", stands; a
        # question that names no séance is not answered from any séance's text)
        fallback = from_passages(understanding, scope, index, catalog)
        result = fallback if fallback.answered else result
    if result is not None and result.answered:
        result = _checked(result, understanding, scope, catalog)
    if result is not None:
        return _with_clauses(result, understanding, scope, index, catalog) if result.answered else result
    result = _of_printed_year(understanding, catalog, index, previous) or lists.listed(index, understanding, scope) \
        or from_passages(understanding, scope, index, catalog)
    wider = widened(scope, catalog.documents_by_date())
    if not result.answered and wider is not None:
        elsewhere = from_passages(understanding, wider, index, catalog)
        # another body's minutes answer for the place asked only where they name it (a town's
        # reservoir in its intercommunality's minutes), never with their own figures
        result = elsewhere if not elsewhere.answered or _names_place(elsewhere, scope, catalog) else result
    if result.answered and understanding.kind in ("amount", "content") and ASKS_DECISION.search(fold(understanding.question)):
        result = _with_vote(result, understanding, index)
    if result.answered and understanding.kind == "content" and ASKS_WHAT_DECIDED.search(fold(understanding.question)):
        result = _with_decision(result, catalog)
    return _with_record_clauses(result, understanding, scope, index) if result.answered else result


def _names_place(result: Result, scope: Scope, catalog: Catalog) -> bool:
    """Whether the deliberations `result` quotes print a word naming the place the question asks about."""
    texts = [c.quote for c in result.citations]
    for citation in result.citations:
        if citation.deliberation in catalog.deliberations:
            document, deliberation = catalog.deliberations[citation.deliberation]
            texts.append(document.text[deliberation.span.start:deliberation.span.end])
    printed = fold(" ".join(texts))
    return any(re.search(rf"\b{re.escape(word)}\b", printed) for word in scope.place_words)


def _of_printed_year(understanding: Understanding, catalog: Catalog, index: Index,
                     previous: Scope | None) -> Result | None:
    """A figure asked of a bare year ("Combien coûtait une concession en 2024 ?") is first read
    where that year is printed with it ("Tarification 2024", voted in December 2023), in any
    séance of the collectivity; the séances held that year answer only when none prints it."""
    if not understanding.wants or not understanding.dates or any(h.month for h in understanding.dates):
        return None
    undated = replace(understanding, dates=[])
    scope = resolve(undated, catalog, previous)
    if not scope.named_collectivity:
        return None
    result = from_passages(undated, scope, index, catalog)
    return result if result.answered else None


def _of_printed_day(understanding: Understanding, catalog: Catalog, index: Index,
                    previous: Scope | None) -> Result | None:
    """A day no séance of the place asked sat on, asked by a question about what was decided ("prix
    du ticket au 1er septembre 2023"), is a date of the content, not of a sitting: the passages
    answer if a line they cite prints that day; otherwise the séance is declined as before."""
    days = [hint for hint in understanding.dates if hint.day]
    if understanding.kind in SEANCE_KINDS or not days:
        return None
    scope = resolve(replace(understanding, dates=[]), catalog, previous)
    result = from_passages(understanding, scope, index, catalog)
    return result if result.answered and any(_prints_day(c, catalog, days) for c in result.citations) else None


def _prints_day(citation: Citation, catalog: Catalog, days: list[DateHint]) -> bool:
    """Whether the quote, the two lines above it, its table's column header ("Tarif au 1er septembre
    2023") or the title of the deliberation holding it prints one of `days`."""
    document = catalog.documents.get(citation.id.split("@")[0])
    above = document.text[:citation.start].rsplit("\n", 3)[-3:] if document is not None else []
    header = passages.header_above(document.text, Span(citation.start, citation.end)) if document is not None else ""
    texts = [citation.quote, *above, header]
    if citation.deliberation in catalog.deliberations:
        title = catalog.deliberations[citation.deliberation][1].title
        texts += [title.value] if title else []
    return any(hint.matches(date.value) for text in texts for date in find_dates(text) + find_word_dates(text)
               for hint in days)


def _checked(result: Result, understanding: Understanding, scope: Scope, catalog: Catalog) -> Result:
    """A record answer about a deliberation that does not print what the question pins down
    ("l'affaire n°74" answered with another affaire) is a near miss: said as such, not answered."""
    pinned = verify.constraints(understanding, scope.place_words)
    held = [catalog.deliberations[d] for d in result.deliberations[:1] if d in catalog.deliberations]
    if not pinned or not held:
        return result
    document, deliberation = held[0]
    missing = verify.unmet(pinned, document, deliberation.span)
    if not missing:
        return result
    said = ", ".join(f"« {m} »" for m in missing)
    return Result(False, result.kind, f"Je ne trouve pas de délibération qui mentionne {said}. La plus proche : "
                  + result.text, result.citations, result.deliberations, context=scope, basis=result.basis)


def _with_record_clauses(result: Result, understanding: Understanding, scope: Scope, index: Index) -> Result:
    """A passage answer completed by the records for the parts they hold ("coût de la prestation et
    vote ?": the sum is read in the text, the vote in the records)."""
    for clause in understanding.clauses()[1:]:
        if clause.kind in VOTE_KINDS and understanding.kind not in VOTE_KINDS and result.deliberations \
                and "Vote :" not in result.text:
            # "…, et avec quel vote ?": the vote of the deliberation the passage quotes
            result = _with_vote(result, understanding, index)
        elif clause.kind in CLAUSE_RECORD_KINDS and clause.kind != understanding.kind:
            addition = _from_records(clause, scope, index)
            if addition is not None and addition.answered and not {c.id for c in addition.citations} <= {c.id for c in result.citations}:
                result.text += " " + addition.text
                result.citations += addition.citations
                result.deliberations += addition.deliberations
    return result


def remembered(result: Result) -> Scope | None:
    """What a follow-up question inherits: the séances and the deliberations this answer was about."""
    if result.context is None:
        return None
    result.context.deliberations = result.deliberations or result.context.deliberations
    result.context.kind = result.kind
    return result.context


def _from_records(understanding: Understanding, scope: Scope, index: Index) -> Result | None:
    kind = understanding.kind
    if kind == "secretary":
        return people.secretary(understanding, scope)
    if kind == "president":
        return people.president(index, understanding, scope)
    if kind == "proxy":
        return people.proxy(understanding, scope)
    if kind in ("presence", "absence", "presence_movement"):
        return people.presence(index, understanding, scope, "presence" if kind == "presence_movement" else kind)
    if kind in VOTE_KINDS:
        return votes.vote(index, understanding, scope, kind)
    if kind == "attendance_count":
        return votes.attendance_count(index, understanding, scope)
    if kind == "election":
        return votes.election(index, understanding, scope)
    if kind == "date":
        return times.when(index, understanding, scope)
    if kind == "rapporteur":
        return people.rapporteur(index, understanding, scope)
    return None


def from_passages(understanding: Understanding, scope: Scope, index: Index, catalog: Catalog) -> Result:
    """Quote the sentences that answer; decline when none holds enough of the question.

    A question naming several séances by date ("le 5 avril … et le 24 avril 2014") is answered
    séance by séance.
    """
    kind = understanding.kind if understanding.kind != "presence_movement" else "presence"
    lines, citations, misses = [], [], []
    groups = _answered_apart(scope)
    parts = understanding.parts()
    pinned = verify.constraints(understanding, scope.place_words)
    for group in groups:
        answering = [[s for s in _sentences(part, group, index, catalog) if s.coverage >= _min_coverage(part)]
                     for part in parts]
        whole = answering[0]
        answering = [sentences for sentences in answering if sentences]
        if not answering:
            continue
        # the whole question decides the passage when it can; a clause only when it alone finds one
        top = whole[0] if whole else max((sentences[0] for sentences in answering), key=lambda s: s.score)
        region = _region_of(top)
        missing = verify.unmet(pinned, top.document, region)
        if missing:
            # a sentence almost as good that prints what the question names ("attribué à l'entreprise
            # Pigeon TP") answers instead of the best one, which is about something else
            near = next((s for s in whole[1:NEAR_RIVALS] if s.score >= top.score * NEAR_SCORE
                         and not verify.unmet(pinned, s.document, _region_of(s))), None)
            if near is None:
                misses.append((missing, top))
                continue
            top, region = near, _region_of(near)

        def beside_top(sentence: passages.Sentence) -> bool:
            """In the same deliberation as the best sentence: a clause answered from another
            item ("comment est-elle répartie ?" → the seats of a commission) answers nothing."""
            return sentence.document.id == top.document.id and (region is None or region.contains(sentence.span))

        firsts = [s for s in (next((s for s in sentences if beside_top(s)), None) for sentences in answering) if s]
        rest = [s for s in whole or answering[0] if s.document.id == top.document.id]
        chosen = list({s.span: s for s in firsts + rest}.values())[:max(4, len(firsts))]
        if len(parts) > 1 or " et " in understanding.question:
            chosen += _following(top, catalog)
        chosen = sorted({s.span: s for s in chosen}.values(), key=lambda s: s.span.start)
        asked = frozenset(passages.stem(w) for w in understanding.subject_words(scope.place_words))
        if kind in TEXT_KINDS and region is not None and region.end - region.start <= SHORT_ITEM:
            # a terse item ("• objet : réfection toiture mairie" / "• coût HT : 62 400 €" / …) is read
            # whole: what a figure is for stands on a line that shares no word with the question
            parts_cited = [[line for line in passages.line_spans(top.document.text, region)
                            if top.document.text[line.start:line.end].strip()]]
        else:
            parts_cited = _once([passages.quoted_parts(top.document.text, s.span, asked) for s in chosen])
        quotes = " […] ".join(" / ".join(" ".join(top.document.text[p.start:p.end].split()) for p in parts)
                              for parts in parts_cited)
        lines.append(f"D'après {seance_label(top.document)} : « {quotes} »")
        citations += [cite_line(top.document, p) for parts in parts_cited for p in parts]
    if not citations and misses:
        missing, top = misses[0]
        quote = " ".join(top.document.text[top.span.start:top.span.end].split())
        return Result(False, kind, f"Je ne trouve pas de passage qui mentionne {', '.join(f'« {m} »' for m in missing)}. "
                                   f"Le plus proche, dans {seance_label(top.document)}, dit : « {quote} »",
                      [cite_line(top.document, top.span)], context=scope, basis=PASSAGE)
    if not citations:
        where = ""
        if scope.narrowed and len(scope.documents) <= 3:
            where = " dans " + ", ".join(dict.fromkeys(seance_label(d) for d in scope.documents)) + ","
        return declined(kind, f"de passage qui réponde à cette question{where}", scope)
    documents = [catalog.documents[d] for d in dict.fromkeys(c.id.split("@")[0] for c in citations)]
    deliberations = [c.deliberation for c in citations if c.deliberation]
    return Result(True, kind, " ".join(lines), citations, deliberations, context=Scope(
        documents, scope.named_collectivity, scope.named_date, scope.people, scope.place_words), basis=PASSAGE)


def _answered_apart(scope: Scope) -> list[Scope]:
    """The scopes a question is answered in, each in turn: the séances it names by date ("le 5
    avril … et le 24 avril 2014"), else the collectivities it names ("… de la communauté de
    communes et du Département"), else the whole scope."""
    if scope.named_date and 1 < len(scope.documents) <= 4:
        return [Scope([d], scope.named_collectivity, True, scope.people, scope.place_words) for d in scope.documents]
    if not scope.named_collectivity:
        return [scope]
    places: dict[str, list] = {}
    for document in scope.documents:
        places.setdefault(collectivity_of(document), []).append(document)
    if 1 < len(places) <= 3:
        return [Scope(documents, True, scope.named_date, scope.people, scope.place_words) for documents in places.values()]
    return [scope]


def _once(quoted: list[list[Span]]) -> list[list[Span]]:
    """Each sentence's quoted parts less those another quote already holds: a sentence read twice,
    whole from one chunk and cut from the next, or a table row read in two units, is quoted once."""
    every = [part for parts in quoted for part in parts]
    kept = [[p for p in parts if not any(o != p and o.contains(p) for o in every)] for parts in quoted]
    seen: set[Span] = set()
    unique = []
    for parts in kept:
        parts = [p for p in parts if p not in seen]
        seen.update(parts)
        unique.append(parts)
    return [parts for parts in unique if parts]


def _min_coverage(understanding: Understanding) -> float:
    """The share of the question's words a sentence must hold: half, less for a long question,
    whose answer rarely repeats every word (three words of eight still pin the passage down)."""
    return min(MIN_COVERAGE, max(0.3, 2.5 / max(1, len(understanding.words))))


def _region_of(sentence: passages.Sentence) -> Span | None:
    """The span of the deliberation holding `sentence`, if any."""
    return next((d.span for d in sentence.document.seance.deliberations if d.span.contains(sentence.span)), None)


def _following(sentence: passages.Sentence, catalog: Catalog) -> list[passages.Sentence]:
    """The sentence right after `sentence` in the same deliberation: a two-part question ("le montant,
    et qui était le débiteur ?") is often answered by two consecutive sentences."""
    document = sentence.document
    region = _region_of(sentence)
    if region is None:
        return []
    after = passages.sentence_spans(document.text, Span(sentence.span.end, region.end))
    return [passages.Sentence(document, after[0], 0.0, 0.0)] if after else []


def _sentences(understanding: Understanding, scope: Scope, index: Index, catalog: Catalog,
               query: str | None = None) -> list[passages.Sentence]:
    """The best sentences for `understanding`, from the passages `query` (else the question) retrieves."""
    hits = passages.retrieve(index, query or understanding.question, scope)
    words = understanding.subject_words(scope.place_words)
    # a figure must be about the entity the question names: another club's membership does not answer
    names = frozenset(passages.stem(w) for w in understanding.proper_names(scope.place_words)) \
        if understanding.wants in ("money", "number") else frozenset()
    years = frozenset(y for w in words for y in YEAR_WORD.findall(w))
    wants = understanding.wants
    if wants is None and understanding.kind in TEXT_KINDS and understanding.focus in catalog.money_nouns():
        wants = "money"  # "quel emprunt… ?": this archive prints loans with their sums
    identifiers = tuple(c.pattern for c in verify.constraints(understanding, scope.place_words) if c.identifies)
    requirement = passages.Requirement(wants, understanding.focus, understanding.asks_person, names,
                                       years if wants else frozenset(), understanding.counts_focus,
                                       identifiers=identifiers,
                                       of_what=passages.stem(understanding.rate_of) if understanding.rate_of else None)
    found = passages.best_sentences(words, hits, catalog.documents, requirement=requirement,
                                    rarity=index.rarity(words))
    if requirement.person and understanding.kind in TEXT_KINDS and understanding.asks_who:
        # "qui finance le pacte ?": a body may answer ("l'État et Dijon Métropole"), when its
        # sentence holds more of the question than any naming a person
        bodies = passages.best_sentences(words, hits, catalog.documents, rarity=index.rarity(words),
                                         requirement=replace(requirement, person=False, body=True))
        if bodies and (not found or bodies[0].score > found[0].score):
            return bodies
    return found


def _with_clauses(result: Result, understanding: Understanding, scope: Scope, index: Index,
                  catalog: Catalog) -> Result:
    """Answer the other clauses of a two-part question the record answer does not cover ("qui
    présidait…, et dans quelle salle ?", "adopté, et pour quel budget ?"): from the records when
    the clause asks for one, else from the passages of the same deliberation or séance. A clause
    nothing answers leaves the answer as it is."""
    covered = _covered_by(understanding.kind)
    clauses = understanding.clauses()
    parts = [result.part(clauses[0].question)] if len(clauses) > 1 else []
    for clause in clauses[1:]:
        if clause.kind in covered:
            continue
        # "…, et qui s'y opposait ?" is asked of the deliberation the answer is about, else of
        # what the whole question is about
        if result.deliberations:
            about, about_scope = replace(clause, words=[]), replace(scope, deliberations=result.deliberations)
        else:
            about, about_scope = replace(clause, words=understanding.words), scope
        addition = _from_records(about, about_scope, index) if clause.kind in CLAUSE_RECORD_KINDS else None
        if (addition is None or not addition.answered) and ASKS_REASON.search(fold(clause.question)):
            addition = _sentence_cited(result, catalog)
        if addition is None or not addition.answered:
            addition = _clause_passage(result, clause, scope, index, catalog)
        if addition is not None and addition.answered:
            result.text += " " + addition.text
            result.citations += addition.citations
            parts.append(addition.part(clause.question))
        else:
            missing = declined(clause.kind, f"de réponse à « {clause.question.strip()} »", scope)
            result.text += " " + missing.text
            parts.append(missing.part(clause.question))
    result.parts = parts if len(parts) > 1 else []
    result.answered = all(part.answered for part in parts)  # every part, as the contract says
    return result


def _sentence_cited(result: Result, catalog: Catalog) -> Result | None:
    """ "…, et pourquoi ?": the minutes state a reason where they state the fact ("M. X, président
    du club, ne prend pas part au vote"): the whole sentence the answer cites, unless the answer
    already quotes it."""
    if not result.citations:
        return None
    citation = result.citations[0]
    document = catalog.documents.get(citation.id.split("@")[0])
    if document is None:
        return None
    sentence = passages.whole_sentences(document.text, Span(citation.start, citation.end))
    quote = " ".join(document.text[sentence.start:sentence.end].split())
    if quote in " ".join(result.text.split()):
        return None
    return Result(True, result.kind, f"« {quote} »", [cite_line(document, sentence)], basis=PASSAGE)


def _covered_by(kind: str) -> tuple[str, ...]:
    """The clause kinds an answer of `kind` already answers: a tally gives counts and outcome,
    not who voted against ("combien de voix pour, et qui s'y opposait ?"); names give no counts."""
    if kind in NAMES_KINDS:
        return NAMES_KINDS
    return tuple(k for k in TALLY_KINDS if k not in NAMES_KINDS) if kind in TALLY_KINDS else (kind,)


def _clause_passage(result: Result, clause: Understanding, scope: Scope, index: Index,
                    catalog: Catalog) -> Result | None:
    """The sentence answering `clause`, in the deliberations `result` is about (else its séances),
    other than those `result` already quotes. The clause is looked for with the deliberations'
    titles: "qui s'y opposait ?" alone finds no passage; with the item's subject, its discussion."""
    held = [catalog.deliberations[d] for d in result.deliberations if d in catalog.deliberations]
    narrowed = Scope([document for document, _ in held] or scope.documents, True, True, scope.people,
                     scope.place_words)
    titles = " ".join(d.title.value for _, d in held if d.title is not None)
    quoted = [(c.id.split("@")[0], Span(c.start, c.end)) for c in result.citations]
    sentences = [s for s in _sentences(clause, narrowed, index, catalog, f"{clause.question} {titles}".strip())
                 if s.coverage >= MIN_COVERAGE / 2
                 and not any(d == s.document.id and span.contains(s.span) for d, span in quoted)
                 and (not held or any(d.id == s.document.id and x.span.contains(s.span) for d, x in held))]
    if not sentences:
        return None
    best = sentences[0]
    rows = passages.quoted_parts(best.document.text, best.span,
                                 frozenset(passages.stem(w) for w in clause.subject_words(scope.place_words)))
    quote = " / ".join(" ".join(best.document.text[row.start:row.end].split()) for row in rows)
    return Result(True, clause.kind, f"« {quote} »", [cite_line(best.document, row) for row in rows], basis=PASSAGE)


def _with_decision(result: Result, catalog: Catalog) -> Result:
    """Add what the deliberation a quoted passage comes from decides ("Après avoir délibéré, … ont :
    - Autorisé … - Approuvé …"), when the question asks what was decided and the quotes miss it."""
    held = [catalog.deliberations[d] for d in result.deliberations[:1] if d in catalog.deliberations]
    if not held or held[0][1].decision is None:
        return result
    document, deliberation = held[0]
    decision = deliberation.decision
    quoted = sum(min(c.end, decision.span.end) - max(c.start, decision.span.start) for c in result.citations
                 if c.start < decision.span.end and c.end > decision.span.start)
    if quoted >= QUOTED_ENOUGH * (decision.span.end - decision.span.start):
        return result  # the quotes already say it
    said = " ".join(decision.value.split())
    said = said if len(said) <= MAX_DECISION else said[:MAX_DECISION].rsplit(" ", 1)[0] + " […]"
    result.text += f" Décision : « {said} »"
    result.citations.append(cite_line(document, decision.span))
    return result


def _with_vote(result: Result, understanding: Understanding, index: Index) -> Result:
    """Add the vote of the deliberation a quoted passage comes from, when the question asks for it."""
    if result.context is None or not result.deliberations:
        return result
    document = result.context.documents[0]
    for deliberation in document.seance.deliberations:
        if deliberation.id == result.deliberations[0] and deliberation.votes:
            # of an item voted in steps, the vote nearest the passage quoted
            quoted = result.citations[0].start if result.citations else deliberation.span.start
            nearest = min(deliberation.votes, key=lambda v: min(abs(v.span.start - quoted), abs(v.span.end - quoted)))
            vote = votes.describe(document, deliberation, nearest)
            result.text += f" Vote : {vote.text}"
            result.citations += vote.citations
    return result
