"""Answers about members: secretary, president, presence, absence, proxies, arrivals and departures.

All of them come from the parsed attendance records of the séances in scope; each statement cites
the line it was read from.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answering.items import find_deliberations, title_of, unrecorded, vote_asked
from assistant.answering.result import Result, cite_line, declined, seance_label
from assistant.answering.scope import Scope
from assistant.people import fuller_form, people_of
from assistant.facts import gendered, mover, moves, sat_for, status_of, status_words
from assistant.understanding import WITHOUT_PROXY, Understanding, fold, split_parts
from corpus.models import Deliberation, Document, Movement, Person, Proxy, Span
from corpus.names import designates
from corpus.parse.labels import label_word
from index import Index

MAX_SEANCES = 4
MAX_ROLES = 6  # a member's roles said for one séance (a rapporteur of twenty items: the first few)
MAX_HISTORY = 12


def _seances(scope: Scope) -> list[Document] | None:
    """The séances a member question may list; None when the question does not say which."""
    if not scope.narrowed and len(scope.documents) > 1:
        return None
    return scope.documents[:MAX_SEANCES]


def _member_seances(scope: Scope) -> list[Document] | None:
    """For a question on named members: the séances in scope, or, when it names no séance, every
    séance where they appear (a member's record across séances), most recent last."""
    documents = _seances(scope)
    if documents is not None or not scope.people:
        return documents
    return [d for d in scope.documents
            if any(designates(name, p.name) for name in scope.people for p in people_of(d))][-MAX_HISTORY:]


def _role(kind: str, label: str, understanding: Understanding, scope: Scope,
          pick: Callable[[Document], Person | None]) -> Result:
    documents = _seances(scope)
    if documents is None:
        return declined(kind, f"de quelle séance il s'agit : précisez la date ou la collectivité pour connaître le {label}", scope)
    lines, citations = [], []
    for document in _one_per_seance(documents, pick):
        person = pick(document)
        if person is None:
            lines.append(f"Aucun {label} n'est nommé pour {seance_label(document)}.")
            continue
        lines.append(f"{label.capitalize()} de {seance_label(document)} : {person.name}.")
        citations.append(cite_line(document, person.span))
        fuller = fuller_form(document, person)
        if fuller is not None:
            lines[-1] = lines[-1][:-len(person.name) - 1] + f"{fuller.name}."
            citations.append(cite_line(document, fuller.span))
    if not citations:
        labels = ", ".join(dict.fromkeys(seance_label(d) for d in documents))
        return declined(kind, f"le nom du {label} pour {labels}", scope)
    return Result(True, kind, " ".join(lines), citations, context=scope)


def _one_per_seance(documents: list[Document], pick: Callable[[Document], Person | None]) -> list[Document]:
    """One document per séance (its minutes and its deliberations are often separate files): the
    first that names the role, else the first."""
    chosen: dict[str, Document] = {}
    for document in documents:
        label = seance_label(document)
        if label not in chosen or pick(chosen[label]) is None and pick(document) is not None:
            chosen[label] = document
    return list(chosen.values())


# the roles a question may ask together ("Président et secrétaire de la séance ?", "Prés. et secr. ?"),
# their words whole or cut short as staff abbreviate them
ASKS_PRESIDENT = re.compile(rf"presid|{label_word('president', whole=False)}")
ASKS_SECRETARY = re.compile(rf"secretaire(?! general)|{label_word('secretaire', whole=False)}")


def secretary(understanding: Understanding, scope: Scope) -> Result:
    result = _role("secretary", "secrétaire de séance", understanding, scope, lambda d: d.seance.secretary)
    for document in scope.documents if result.answered else []:
        for other in document.seance.secretaries:  # "Secrétaires de séance : Mme X et M. Y"
            if document.seance.secretary is None or other.name != document.seance.secretary.name:
                result.text += f" Second(e) secrétaire : {other.name}."
                result.citations.append(cite_line(document, other.span))
    if result.answered and _asks_both(understanding, ASKS_PRESIDENT):
        return _together(_role("president", "président", understanding, scope, lambda d: d.seance.president), result)
    return result


def _asks_both(understanding: Understanding, other_role: re.Pattern[str]) -> bool:
    """Whether one clause asks for the other role too ("Prés. et secr. ?"); a question of two
    clauses ("Qui présidait, et qui était secrétaire ?") has each answered as its own part."""
    return len(split_parts(understanding.question)) == 1 and bool(other_role.search(fold(understanding.question)))


def _together(first: Result, second: Result) -> Result:
    """Two roles asked in one question, answered in one: the first's words and citations, then the
    second's (a role the minutes do not name is left out)."""
    if not first.answered:
        return second
    second.text = f"{first.text} {second.text}"
    second.citations = first.citations + second.citations
    return second


def president(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """The president of the item the question names when it was not the séance's ("le vote du
    compte administratif", "l'élection du maire"), else the séance's president."""
    text = fold(understanding.question)
    other = OTHER_BODY.search(text)
    if other and not any(d.seance.body and other.group(1) in fold(d.seance.body.value) for d in scope.documents):
        # "qui préside la commission d'avis…": not the séance's president, the passages say; "qui a
        # présidé le comité syndical…" of a syndicate's minutes asks for the séance's own
        return None
    if any(word in text for word in ITEM_CUES):
        for document, deliberation in find_deliberations(index, understanding, scope, "president")[:1]:
            person = deliberation.president
            answer = (f"{person.name} a présidé pour {title_of(deliberation)}, {seance_label(document)}.")
            return Result(True, "president", answer, [cite_line(document, person.span)], [deliberation.id],
                          context=scope)
    chair = _role("president", "président", understanding, scope, lambda d: d.seance.president)
    if chair.answered and _asks_both(understanding, ASKS_SECRETARY):
        clerk = _role("secretary", "secrétaire de séance", understanding, scope, lambda d: d.seance.secretary)
        return _together(clerk, chair) if clerk.answered else chair
    return chair


# a body other than the council whose president the question asks for
OTHER_BODY = re.compile(r"presid\w* (?:de |du |d')?(?:la |le |l')?(commission|comite|syndicat|bureau de vote|ccas|"
                        r"association|jury|conseil d'administration|conseil d'ecole|caisse|sivom|sivu)")

# words by which a president question names an item rather than the séance
ITEM_CUES = ("election", "compte", "vote", "pendant", "lors", "pour le", "pour la")


def rapporteur(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """Who reported the deliberation the question is about."""
    for document, deliberation in find_deliberations(index, understanding, scope, "rapporteur")[:1]:
        unnamed = unrecorded(index, understanding, scope, deliberation, "rapporteur", "de rapporteur")
        if unnamed is not None:
            return unnamed
        person = deliberation.rapporteur
        text = f"Rapporteur de {title_of(deliberation)}, {seance_label(document)} : {person.name}."
        return Result(True, "rapporteur", text, [cite_line(document, person.span)], [deliberation.id],
                      context=scope)
    return None


# "à qui a-t-il donné procuration ?", "quel élu détenait son pouvoir ?"
ASKS_HOLDER = re.compile(r"^(?:a|par) qu(?:i|el)|\bquel (?:elu|conseiller|collegue)|qui (?:detenait|portait|avait)|\ba qui\b")


def proxy(understanding: Understanding, scope: Scope) -> Result | None:
    documents = _member_seances(scope)
    if documents is None:
        return None
    unknown = _unknown_person(understanding, scope)
    if unknown is not None:
        return unknown
    lines, citations = [], []
    holders_named = False
    for document in documents:
        attendance = document.seance.attendance
        for movement in document.seance.movements:
            # "M. X sort de séance et donne sa procuration à M. Y": a proxy left on departure
            if movement.proxy_to is None or movement.person is None:
                continue
            giver, holder = (_best_printed(document, p).name for p in (movement.person, movement.proxy_to))
            if scope.people and not any(designates(p, giver) or designates(p, holder) for p in scope.people):
                continue
            holders_named = True
            when = f" ({movement.where.value})" if movement.where is not None else ""
            line = f"{giver} a quitté la séance{when} en donnant procuration à {holder}, à {seance_label(document)}."
            if line not in lines:
                lines.append(line)
                citations.append(cite_line(document, movement.span))
        for proxy_record in attendance.proxies if attendance is not None else ():
            giver, holder = proxy_record.giver.name, proxy_record.holder.name if proxy_record.holder else None
            involved = not scope.people or any(designates(p, giver) or (holder and designates(p, holder)) for p in scope.people)
            if not involved:
                continue
            holders_named = holders_named or holder is not None
            if holder:
                line = f"{giver} a donné procuration à {holder}, à {seance_label(document)}."
            else:
                line = f"{giver} était absent(e) et a voté par procuration, à {seance_label(document)}."
            if line not in lines:  # one séance printed in several documents lists the same proxies
                lines.append(line)
                citations.append(cite_line(document, proxy_record.span))
    if citations and scope.people:
        # séances where the member named gave no proxy: say how they stood there ("Excusés :
        # Maryline (pas de pouvoir donné)"), rather than keep silent about them
        for document in documents:
            if any(c.id.startswith(document.id + "@") for c in citations):
                continue
            for name in scope.people:
                status = status_of(document, name)
                if status is not None and status[0] != "absent (procuration)":
                    note = NOTE_AFTER.match(document.text, status[1].end)  # "Maryline (pas de pouvoir donné)"
                    said = f" (« {' '.join(document.text[status[1].start:note.end()].split())} »)" if note else ""
                    lines.append(f"{name} : {status[0]}(e), sans procuration donnée{said}, à {seance_label(document)}.")
                    citations.append(cite_line(document, status[1]))
    if citations and not holders_named and ASKS_HOLDER.search(fold(understanding.question)):
        return Result(False, "proxy", " ".join(lines) + " Le texte ne nomme pas qui détenait ce pouvoir.",
                      citations, context=scope)
    if not citations:
        if scope.people:
            names = ", ".join(scope.people)
            return Result(True, "proxy", f"Aucune procuration donnée ou reçue par {names} n'est mentionnée pour "
                          f"{', '.join(seance_label(d) for d in documents)}.",
                          [c for d in documents for c in _status_citations(d, scope.people)], context=scope) \
                if any(_status_citations(d, scope.people) for d in documents) else None
        return None
    return Result(True, "proxy", " ".join(lines), citations, context=scope)


def _best_printed(document: Document, person: Person) -> Person:
    """The fullest form of a name the séance prints ("Lévita" → "Max LEVITA")."""
    return fuller_form(document, person) or person


def _status_citations(document: Document, people: list[str]) -> list:
    found = []
    for name in people:
        status = status_of(document, name)
        if status is not None:
            found.append(cite_line(document, status[1]))
    return found


def presence(index: Index, understanding: Understanding, scope: Scope, kind: str) -> Result | None:
    """Whether named members sat (with arrivals and departures), or who was absent / excused."""
    documents = _member_seances(scope)
    if documents is None:
        return None
    if scope.people:
        at_item = _sat_for_item(index, understanding, scope) if ITEM_CUE.search(fold(understanding.question)) else None
        return at_item or _people_status(understanding, scope, documents, kind)
    unknown = _unknown_person(understanding, scope)
    if unknown is not None:
        return unknown
    if kind != "absence" and not (kind == "presence" and WHO_WAS_THERE.search(fold(understanding.question))
                                  and not ITEM_CUE.search(fold(understanding.question))):
        return None
    lines, citations = [], []
    question = fold(understanding.question)
    without_proxy = bool(WITHOUT_PROXY.search(question))
    for document in documents:
        attendance = document.seance.attendance
        if attendance is None:
            continue
        if kind == "presence":  # "qui était présent ?": the list of présents
            groups = [("Présents", attendance.present)]
        else:
            groups = [("Absents", attendance.absent), ("Excusés", attendance.excused),
                      ("Absents ayant donné procuration", tuple(p.giver for p in attendance.proxies))]
        if without_proxy:
            groups = groups[:2]
        if re.search(r"(?:non|sans|pas)(?: (?:etre|avoir ete|ete|s.etre))? (?:excuse|justifi)", question):
            groups = groups[:1]
        elif "excuse" in question and kind == "absence":
            groups = groups[1:2]
        for label, people in groups:
            if people:
                lines.append(f"{label} à {seance_label(document)} : {', '.join(p.name for p in people)}.")
                citations += [cite_line(document, p.span) for p in people]
    if not citations:
        return None
    return Result(True, kind, " ".join(lines), citations, context=scope)


def _homonyms(people: list[str]) -> str:
    """ "Plusieurs membres portent ce nom : …" when the question's name fits several members."""
    surnames = {name.split()[-1].lower() for name in people}
    if len(people) < 2 or len(surnames) > 1:
        return ""
    return f"Plusieurs membres correspondent à ce nom : {', '.join(people)}. "


def _unknown_person(understanding: Understanding, scope: Scope) -> Result | None:
    """A decline when the question names someone (capitalised words past places and titles) who is
    no member of the séances in scope: listing everyone's proxies would answer another question."""
    if scope.people:
        return None
    names = [w for w in understanding.proper_names(scope.place_words) if not w.isdigit()]
    texts = [fold(d.text) for d in scope.documents[:MAX_HISTORY]]
    if not names or all(any(re.search(rf"\b{re.escape(n)}\b", t) for t in texts) for n in names):
        return None  # a first name alone ("Anne-Marie") may be how a small commune lists its members
    asked = " ".join(w.title() for w in names)
    where = ", ".join(dict.fromkeys(seance_label(d) for d in scope.documents[:3]))
    return declined(understanding.kind, f"de membre nommé « {asked} » pour {where}", scope)


def _proxies_of(document: Document, name: str) -> list[Proxy]:
    """The proxies `name` gave or held at a séance: each is cited beside the member's status."""
    attendance = document.seance.attendance
    return [p for p in (attendance.proxies if attendance else ())
            if designates(name, p.giver.name) or (p.holder is not None and designates(name, p.holder.name))]


# "au moment du vote de…", "a-t-il pris part au vote sur…", "a-t-elle participé à l'élection…"
ITEM_CUE = re.compile(r"\bvote (?:de|du|des|sur|d'|le|la|les|l')|\bau vote\b|au moment|lors de l'examen|pendant (?:le|la|l')|\belection\b|"
                      r"\bpoint\b|\bquestion\b|deliberation")


def _sat_for_item(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """Whether the member named sat when the deliberation the question names was taken."""
    if len(scope.people) != 1 or not scope.narrowed:
        return None
    name = scope.people[0]
    for document, deliberation in find_deliberations(index, understanding, scope, "span")[:1]:
        vote = vote_asked(document, deliberation, understanding, scope) if deliberation.votes else None
        sat, spans = sat_for(document, deliberation, name, vote)
        if sat is None:
            return None
        verdict = "Oui" if sat else "Non"
        state = "siégeait" if sat else "ne siégeait pas"
        text = (f"{verdict} : {name} {state} lors de {title_of(deliberation)}, à {seance_label(document)}"
                f" ({'; '.join(' '.join(document.text[s.start:s.end].split())[:160] for s in spans)}).")
        citations = [cite_line(document, span) for span in spans]
        if deliberation.title is not None:
            citations.append(cite_line(document, deliberation.title.span))
        # the member's other arrivals and departures, so that the reader sees why
        others = [m for m in document.seance.movements if moves(document, m, name) and m.span not in spans]
        if others:
            text += " " + " ".join(movement_said(document, m) for m in others)
            citations += [cite_line(document, m.span) for m in others]
        return Result(True, understanding.kind, text, citations, [deliberation.id], context=scope)
    return None


NOTE_AFTER = re.compile(r"[^\S\n]*\([^()\n]{1,60}\)")  # a note printed after a member's name
MAX_PRINTED = 100  # a movement printed in fewer characters is quoted as the minutes say it


def movement_said(document: Document, movement: Movement) -> str:
    """ "Arrivée de Kévin MAHÉ à 19 h 35 (« Arrivée de M. Kévin MAHÉ à 19 h 35 »)": the arrival or
    departure, when and where, and the minutes' own words when short ("Madame DASYLVA entre en séance")."""
    when = f" à {movement.time.value}" if movement.time else ""
    where = f" ({movement.where.value})" if movement.where else ""
    printed = " ".join(document.text[movement.span.start:movement.span.end].split())
    said = f" (« {printed} »)" if len(printed) <= MAX_PRINTED else ""
    proxy = f", pouvoir donné à {movement.proxy_to.name}" if movement.proxy_to and movement.proxy_to.name not in said else ""
    return f"{movement.kind.capitalize()} de {mover(document, movement)}{when}{where}{proxy}{said}."


# "qui était présent ?", "quels élus étaient présents…", "la liste des présents"
WHO_WAS_THERE = re.compile(r"\bqui (?:etait|etaient|a ete) presente?s?\b|\bquels? (?:elus?|conseillers?|membres?|delegues?) "
                           r"(?:etaient|ont ete|etait) presente?s?\b|liste des presents")

# a yes/no question on one member: "était-il présent…", "pierre ferrier etait il present…"
# "a-t-il assisté à toute la séance / à tout le conseil ?", "était-elle là dès l'ouverture ?"
WHOLE_SEANCE = re.compile(r"toute la (?:seance|reunion)|tout le conseil|jusqu'a la fin")
FROM_START = re.compile(r"des l'ouverture|des le debut|depuis le debut|au debut de la seance")
YES_NO = re.compile(r"\b(?:etait|etaient|est|sont|a|avait)[- ](?:t-)?(?:il|elle|ils|elles)\b")


def _people_status(understanding: Understanding, scope: Scope, documents: list[Document], kind: str) -> Result | None:
    lines, citations = [], []
    for document in documents:
        for name in scope.people:
            status = status_of(document, name)
            if status is not None:
                label, span, holder, received = status
                line = f"{name} : {status_words(document, label, span)} à {seance_label(document)}"
                if holder:
                    line += f", procuration donnée à {holder}"
                if received:
                    line += f" ; détenait la procuration de {', '.join(received)}"
                if line + "." not in lines:  # the same séance printed in several documents says it once
                    lines.append(line + ".")
                    citations.append(cite_line(document, span))
                    citations += [cite_line(document, p.span) for p in _proxies_of(document, name)
                                  if not p.span.contains(span)]
            for said, span in _roles_of(document, name):
                line = f"À {seance_label(document)}, {name} {said}."
                if line not in lines:
                    lines.append(line)
                    citations.append(cite_line(document, span))
            for movement in document.seance.movements:
                if moves(document, movement, name):
                    line = movement_said(document, movement)
                    if line not in lines:
                        lines.append(line)
                        citations.append(cite_line(document, movement.span))
    if not citations:
        return None
    question = fold(understanding.question)
    # the member's movements, in the first document of the séance that writes any
    own = next((found for found in ([m for m in sorted(d.seance.movements, key=lambda m: m.span.start)
                                     if any(moves(d, m, name) for name in scope.people)] for d in documents)
                if found), [])
    if WHOLE_SEANCE.search(question) and len(set(map(seance_label, documents))) == 1:
        lines.insert(0, "Non, pas toute la séance :" if own else "Oui, aucun départ ni arrivée n'est noté :")
    elif FROM_START.search(question) and len(set(map(seance_label, documents))) == 1:
        late = bool(own) and own[0].kind == "arrivée"
        lines.insert(0, "Non, arrivée notée en cours de séance :" if late else "Oui, aucune arrivée tardive n'est notée :")
    elif len(documents) == 1 and len(scope.people) == 1 and YES_NO.search(question):
        status = status_of(documents[0], scope.people[0])
        if status is not None:  # "était-il présent ?" / "était-elle absente ?": the verdict first
            verdict = _verdict_with_movements(documents[0], status, own)
            lines.insert(0, verdict or ("Oui :" if (status[0] == "présent") != (kind == "absence") else "Non :"))
    for document in documents if len(scope.people) == 1 else ():
        missed = _items_missed(document, scope.people[0])
        if missed:
            lines.append(f"{scope.people[0]} ne siégeait pas lors du vote de : {_items_said(missed)}, à {seance_label(document)}.")
    return Result(True, kind, _homonyms(scope.people) + " ".join(lines), citations, context=scope)


def _roles_of(document: Document, name: str) -> list[tuple[str, Span]]:
    """What a member did at a séance besides sitting, each with the span it is read from: chaired it,
    was its secretary, chaired an item in another's place, reported items ("Quel rôle X a-t-il
    tenu ?", "X était-il présent ?" is answered with them too)."""
    seance = document.seance
    chair = seance.president
    roles = [(f"présidait{_apposition(document, chair.span)}", chair.span)] if chair and designates(name, chair.name) else []
    roles += [("était secrétaire de séance", clerk.span) for clerk in seance.secretaries if designates(name, clerk.name)][:1]
    for deliberation in seance.deliberations:
        item_chair, reporter = deliberation.president, deliberation.rapporteur
        if item_chair is not None and designates(name, item_chair.name) and not (chair and designates(name, chair.name)):
            roles.append((f"a présidé pour {title_of(deliberation)}", item_chair.span))
        if reporter is not None and designates(name, reporter.name):
            roles.append((f"était rapporteur de {title_of(deliberation)}", reporter.span))
    return roles[:MAX_ROLES]


# a title printed after a name, between commas or to the line's end: ", Maire.", ", 1er vice-président,"
APPOSITION = re.compile(r"[^\S\n]*,[^\S\n]*([a-zà-ÿ0-9][^,.;:()\n]{1,40}?|[A-ZÀ-Ý][a-zà-ÿ][^,.;:()\n]{1,38}?)[^\S\n]*(?=[,.;)]|$)", re.MULTILINE)


def _apposition(document: Document, span: Span) -> str:
    """ " (Maire)" when the name at `span` is followed by its title, else nothing."""
    found = APPOSITION.match(document.text, span.end)
    return f" ({found.group(1).strip()})" if found else ""


def _verdict_with_movements(document: Document, status: tuple, own: list[Movement]) -> str | None:
    """The verdict on a member who came or went during the séance: neither a plain yes nor a plain
    no ("Oui, mais arrivé en cours de séance", "Absente à l'ouverture, arrivée en cours de séance")."""
    if not own:
        return None
    arrived = gendered(document, status[1], "arrivé", "arrivée")
    if own[0].kind == "arrivée" and status[0] == "présent":
        return f"Oui, mais {arrived} en cours de séance :"
    if own[0].kind == "arrivée":
        return f"{status_words(document, status[0], status[1]).capitalize()} à l'ouverture, {arrived} en cours de séance :"
    if status[0] == "présent":
        return "Oui, jusqu'à son départ en cours de séance :"
    return None


MAX_ITEMS_SAID = 8


def _items_missed(document: Document, name: str) -> list[Deliberation]:
    """The voted items a member who came or went did not sit for (see `facts.sat_for`); none when
    they did not move, or when they missed every item (their status says it)."""
    if not any(moves(document, m, name) for m in document.seance.movements):
        return []
    voted = [d for d in document.seance.deliberations if d.votes]
    missed = [d for d in voted if sat_for(document, d, name)[0] is False]
    return missed if len(missed) < len(voted) else []


def _items_said(items: list[Deliberation]) -> str:
    """ "points I, II" by their numbers, else their titles; the first few only."""
    said = [f"n° {d.number.value}" if d.number else title_of(d) for d in items[:MAX_ITEMS_SAID]]
    more = f" et {len(items) - MAX_ITEMS_SAID} autre(s)" if len(items) > MAX_ITEMS_SAID else ""
    return ", ".join(said) + more
