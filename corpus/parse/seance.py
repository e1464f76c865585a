"""Facts of the séance header: date, collectivity, body, times, president, secretary; and the roles
printed inside one deliberation (its rapporteur, a président de séance standing in for the maire).

The president is stated in the header ("Président : M. REBSAMEN", "sous la présidence de Madame
Florence DEMOUY, maire", "sous la présidence de Monsieur le doyen d'âge de l'Assemblée, Max
LEVITA"); where the header only says that the presidency is handed over ("Monsieur le Maire cède la
Présidence à Madame Danielle MAREC"), that person is taken. The secretary is often named after the
header, among the preliminaries ("Désignation du secrétaire de séance / Monsieur Grandin est nommé
secrétaire de séance"), so it is searched in the header first, then in the first `PRELIMINARIES`
characters of the document. Dates and times are read by `seance_dates`, the collectivity and the
body by `identity`, each as a scored choice among what the text states.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Date, Person, Span, Text
from corpus.parse.common import make_text
from corpus.parse.people import CIVILITY, NAME, person_at, person_from_match
from corpus.parse.identity import body as body_of, collectivity as collectivity_of
from corpus.parse.labels import label_word
from corpus.parse.seance_dates import closing_time, heading_end, opening_time, sitting_and_convocation

PRELIMINARIES = 6000
# a label cut short ("Prés. :", "Secr. :") may stand for another word ("Présents"): it names the
# role only when one name follows, alone on its line or with a note in parentheses
ONE_NAME_AFTER = r"[^\S\n]*:[^\S\n]*(?=[^\n,;]*(?:\(|\n|$))"
PRESIDENT = (
    re.compile(r"(?im)^[^\S\n]*pr[ée]sidente?[^\S\n]*:[^\S\n]*"),
    re.compile(rf"(?m)^[^\S\n]*{label_word('president', whole=False)}{ONE_NAME_AFTER}"),
    # "Présidence : M. J.-P. RIOU, Président.", "Président de séance : M. Bernard LACAZE" (in a column)
    re.compile(r"(?i)(?:^|(?<=[^\S\n]{3}))[^\S\n]*pr[ée]sid(?:ence|ente?[^\S\n]+de[^\S\n]+s[ée]ance)[^\S\n]*:[^\S\n]*", re.M),
    # "sous la présidence de": a margin may cut "sous la" from "présidence" and "présidence" from
    # "de" (Montpellier's "présidence⏎Municipal de la Ville de      de Monsieur le Maire")
    re.compile(r"(?i)pr[ée]sidence(?:[^\S\n]*\n[^\n]*?[^\S\n]{3}|\s+)de\s+(?:l['’]assembl[ée]e\s+d[ée]sign[ée]e?\s+)?"),
    re.compile(r"(?i)c[èe]de[^\S\n]+la[^\S\n]+pr[ée]sidence[^\S\n]+à[^\S\n]+"),
)
SECRETARY = (
    re.compile(r"(?i)secr[ée]taire(?:[^\S\n]+de[^\S\n]+s[ée]ance)?[^\S\n]*:[^\S\n]*"),
    re.compile(rf"(?m)^[^\S\n]*{label_word('secretaire', whole=False)}(?:[^\S\n]+de[^\S\n]+s[ée]ance)?{ONE_NAME_AFTER}"),
    re.compile(r"(?i)choisi[^\S\n]+pour[^\S\n]+secr[ée]taire[^\S\n]*:[^\S\n]*"),
    re.compile(r"(?i)secr[ée]taire[^.]{0,80}?à\s+savoir\s+"),
    re.compile(r"(?i)secr[ée]taire[^\S\n]+de[^\S\n]+s[ée]ance[^:]{0,150}:[^\S\n]*(?=[^\n]{0,60}d[ée]sign[ée])"),
)
# "Madame DUTEIL est nommée secrétaire de séance", "Mme X, ayant obtenu la majorité des suffrages,
# a été désignée pour remplir ces fonctions" (after a sentence about electing a secretary)
SECRETARY_AFTER = re.compile(
    rf"(?P<civ>{CIVILITY})?[^\S\n]*(?P<name>{NAME})[^\S\n]*,?[^\n]{{0,80}}?(?:est|a[^\S\n]+été)[^\S\n]+"
    rf"(?i:(?:nommée?|désignée?|élue?)\s+(?:secr[ée]taire|pour\s+remplir\s+ces\s+fonctions))")
SECRETARY_CONTEXT = re.compile(r"(?i)secr[ée]taire")
SECRETARY_TRIGGER = re.compile(r"(?i)(?:nommée?|désignée?|élue?)\s+(?:secr[ée]taire|pour\s+remplir)")
CUE_REACH = 200
RAPPORTEUR = (re.compile(r"(?i)rapporteur(?:e)?[^\S\n]*:[^\S\n]*"),)
REPORTS = re.compile(
    rf"(?m)^[^\S\n]*(?P<civ>{CIVILITY})?[^\S\n]*(?:(?P<title>(?i:le|la)[^\S\n]+(?i:maire|pr[ée]sident\w*))"
    rf"(?:,[^\S\n]*(?P<name>{NAME}))?|(?P<name2>{NAME}))[^\S\n]*,?[^\S\n]*(?i:rapporte|expose)\b")
# "ÉLIT Madame X, adjointe au maire, pour présider la séance pour le vote du compte financier unique"
ELECTS_TO_PRESIDE = re.compile(r"(?i)\b[ÉE]LIT[^\S\n]+")
PRESIDE_CLAUSE = re.compile(r"(?i)pour\s+pr[ée]sider")
PRESIDE_CLAUSE_REACH = 150
ITEM_PRESIDENT = (
    re.compile(r"(?i)c[èe]de[^\S\n]+la[^\S\n]+pr[ée]sidence[^\S\n]+à[^\S\n]+"),
    # "la présidence de la séance est confiée au doyen d'âge, M. René COLLOT", "… est assurée par
    # Mme X": the office named before the person ("au doyen d'âge,", "à la 1re adjointe,") is passed
    re.compile(r"(?i)pr[ée]sidence(?:\s+de\s+(?:la\s+)?s[ée]ance)?\s+(?:est\s+|a\s+été\s+)?"
               r"(?:confi[ée]e|c[ée]d[ée]e|donn[ée]e|transmise|assur[ée]e)\s+(?:à\s+la|à\s+l['’]|à|au|par\s+la|par\s+l['’]|par|par\s+le)\s*"
               r"(?:[^\W\d][^\n,.;:()]{0,40},\s*)?"),
    re.compile(r"(?i)sous\s+la\s+pr[ée]sidence\s+de\s+l['’]assembl[ée]e\s+d[ée]sign[ée]e?\s+"),
)
# "M. GOUPIL est déclaré élu en qualité de Président de séance", "M. X, 1er vice-président, est
# désigné pour présider la séance pendant l'examen du compte administratif", "Monsieur FERRIER Pierre, doyen
# d'âge …, a présidé la suite de cette séance", "Madame X prend la présidence"
ITEM_PRESIDENT_AFTER = re.compile(
    rf"(?P<civ>{CIVILITY})?[^\S\n]*(?P<name>{NAME})(?:[^\n]|\n(?![^\S\n]*\n)){{0,120}}?"
    rf"(?i:(?:est[^\S\n]+(?:déclarée?[^\S\n]+)?élue?|"
    rf"est[^\S\n]+désignée?)[^\n]{{0,30}}?pr[ée]sident(?:e)?[^\S\n]+de[^\S\n]+s[ée]ance|a[^\S\n]+présidé|"
    rf"(?:est|a\s+été)\s+(?:désignée?|élue?|appelée?)\s+pour\s+présider|"
    rf"\bprend\s+la\s+présidence)")
# the chair leaves for this item ("Madame le maire quitte la séance", "le Président se retire"): the
# member who then puts the item to the council ("Monsieur ROBERT, premier adjoint, propose…") presides it
CHAIR_LEAVES = re.compile(r"(?i)\b(?:maire|pr[ée]sidente?)[^\S\n]+(?:quitte|sort[^\S\n]+de|se[^\S\n]+retire[^\S\n]+de|"
                          r"se[^\S\n]+retire)[^.\n]{0,40}?[.\n]")
PUTS_TO_COUNCIL = re.compile(r"(?i)\b(?:propose|soumet|met[^\S\n]+aux[^\S\n]+voix|pr[ée]side|prend\s+la\s+pr[ée]sidence|"
                             r"fait[^\S\n]+proc[ée]der|invite)\b")
SENTENCE_REACH = 200
CIVILITY_AT = re.compile(rf"(?<![\w.]){CIVILITY}")
SENTENCE_STOP = re.compile(r"(?<![A-ZÀ-Þ])(?<!\bMM)[.;!?][^\S\n]+(?=\S)|\n[^\S\n]*\n")
# ("reprend la présidence" is the chair coming back after the item, not the item's chair)
ITEM_PRESIDENT_TRIGGER = re.compile(r"(?i)pr[ée]sident(?:e)?\s+de\s+s[ée]ance|a\s+présidé|\bprend\s+la\s+présidence|"
                                    r"\bpour\s+présider")


@dataclass(frozen=True)
class SeanceHeader:
    date: Date | None = None
    collectivity: Text | None = None
    body: Text | None = None
    convocation: Date | None = None
    opened_at: Text | None = None
    closed_at: Text | None = None
    president: Person | None = None
    secretary: Person | None = None


@dataclass(frozen=True)
class ItemRoles:
    rapporteur: Person | None = None
    president: Person | None = None


def _after_cue(text: str, cues: tuple[re.Pattern[str], ...], span: Span) -> Person | None:
    """The person named right after the first cue (in priority order) that is followed by one."""
    for cue in cues:
        for match in cue.finditer(text, span.start, span.end):
            person = person_at(text, match.end(), span.end)
            if person is not None:
                return person
    return None


def _before_cue(text: str, pattern: re.Pattern[str], trigger: re.Pattern[str], span: Span,
                context: re.Pattern[str] | None = None) -> Person | None:
    """The person named at the start of a sentence that names them to a role ("X est nommée …").

    `pattern` runs only around each `trigger` (the role words), the name being at most a line
    before it: a name-first pattern tried at every capital of a long deliberation would be slow.
    """
    for cue in trigger.finditer(text, span.start, span.end):
        window = Span(max(span.start, cue.start() - CUE_REACH), min(span.end, cue.end() + CUE_REACH))
        # the name opens the cue's sentence: "…puis se retire. Mme A. LE DRÉAU, première⏎vice-présidente,
        # prend la présidence" (a full stop after an initial or "M." ends no sentence)
        stops = [m.end() for m in SENTENCE_STOP.finditer(text, window.start, cue.start())]
        window = Span(stops[-1] if stops else window.start, window.end)
        if context is not None and not context.search(text, max(span.start, cue.start() - 2 * CUE_REACH), cue.end()):
            continue
        # the titled name nearest the verb is its subject ("Sur proposition du Maire, Mme Inès
        # BOURAOUI est désignée…"), else the first name that reaches the cue
        titled = [m for m in (pattern.match(text, c.start(), window.end)
                              for c in CIVILITY_AT.finditer(text, window.start, cue.start()))
                  if m is not None and m.groupdict().get("civ") and m.end() >= cue.end()]
        for match in titled[::-1] + list(pattern.finditer(text, window.start, window.end)):
            person = person_from_match(text, match, span.end) if match.end() >= cue.end() else None
            if person is not None:
                return person
    return None


def parse_header(text: str, header: Span) -> SeanceHeader:
    """The séance facts stated in `header` (the closing time and secretary may lie beyond it)."""
    date, convocation = sitting_and_convocation(text, header)
    heading = heading_end(text, header.start)
    body, body_kind = body_of(text, header, heading)
    wider = Span(header.start, max(header.end, min(len(text), header.start + PRELIMINARIES)))
    secretary = (_after_cue(text, SECRETARY, header)
                 or _before_cue(text, SECRETARY_AFTER, SECRETARY_TRIGGER, header, SECRETARY_CONTEXT)
                 or _after_cue(text, SECRETARY, wider)
                 or _before_cue(text, SECRETARY_AFTER, SECRETARY_TRIGGER, wider, SECRETARY_CONTEXT))
    return SeanceHeader(
        date=date,
        collectivity=collectivity_of(text, header, heading, body_kind),
        body=body,
        convocation=convocation,
        opened_at=opening_time(text, header),
        closed_at=closing_time(text),
        president=_after_cue(text, PRESIDENT, header),
        secretary=secretary,
    )


def _rapporteur(text: str, span: Span) -> Person | None:
    """ "Rapporteur : X", "Monsieur le Maire, Philippe Saurel, rapporte", "Madame X expose :"."""
    labelled = _after_cue(text, RAPPORTEUR, span)
    if labelled is not None:
        return labelled
    match = REPORTS.search(text, span.start, span.end)
    if match is None:
        return None
    group = "name" if match.group("name") else "name2" if match.group("name2") else "title"
    title = match.group("title")
    role = " ".join(title.split()[1:]) if title else None
    name = make_text(text, match.start(group), match.end(group))
    return Person(name.value, name.span, role) if name else None


def _elected_to_preside(text: str, span: Span) -> Person | None:
    """The person a deliberation "ÉLIT … pour présider la séance" (and not to another office)."""
    for match in ELECTS_TO_PRESIDE.finditer(text, span.start, span.end):
        person = person_at(text, match.end(), span.end)
        if person is not None and PRESIDE_CLAUSE.search(text, match.end(), match.end() + PRESIDE_CLAUSE_REACH):
            return person
    return None


def _item_president(text: str, span: Span) -> Person | None:
    """Who presides this item in the maire's place (compte administratif / CFU, mayor's election)."""
    return (_elected_to_preside(text, span) or _after_cue(text, ITEM_PRESIDENT, span)
            or _before_cue(text, ITEM_PRESIDENT_AFTER, ITEM_PRESIDENT_TRIGGER, span)
            or _after_chair_leaves(text, span))


def _after_chair_leaves(text: str, span: Span) -> Person | None:
    """The member who puts the item to the vote in the next sentence once the chair has left."""
    leaves = CHAIR_LEAVES.search(text, span.start, span.end)
    if leaves is None:
        return None
    person = person_at(text, leaves.end(), span.end)
    if person is None:
        return None
    sentence_end = min(span.end, person.span.end + SENTENCE_REACH)
    dot = text.find(".", person.span.end, sentence_end)
    return person if PUTS_TO_COUNCIL.search(text, person.span.end, dot if dot != -1 else sentence_end) else None


def parse_item_roles(text: str, span: Span) -> ItemRoles:
    """The rapporteur of the item in `span` and a président de séance elected or installed in it."""
    return ItemRoles(rapporteur=_rapporteur(text, span), president=_item_president(text, span))
