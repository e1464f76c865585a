"""Whose séance it is: the collectivity and the body that sat, read from the text alone.

Minutes name their collectivity in many ways ("COMMUNE DE FRIESEN", "Ville de LANNION (Côtes
d'Armor)", "Communauté de Communes des Lisières de l'Oise", "Conseil Métropolitain de Dijon
Métropole", "Putanges-le-Lac, Séance du 5 décembre 2022", "Montpellier, le lundi 14 mars 2011",
"Salle polyvalente de COUTHENANS") or only in passing, deep in the items ("la commune de
Putanges-le-Lac a sollicité", "Fait à Putanges-le-Lac, le 12 septembre 2023"). Every such
statement is a `Mention` of a place, weighed by

- what states it (`MENTIONS`: "Commune de X" says more than "Salle … de X");
- where it stands (the heading, the first lines, beats the rest of the header, which beats an item
  naming another commune);
- whether its kind agrees with the body that sat ("Ville de Montpellier" for a conseil municipal,
  not the "Communauté d'Agglomération de Montpellier" its items mention);

and the mentions of one place add up, each repetition worth less than the one before. The best
place wins; its best-placed mention is returned as printed, with its span. A value stops at a
column gap (3+ spaces: pdftotext's columns) and at a line end; words that cannot belong to a place
name ("PV", "Conseil", "Séance") end it too.

The body (conseil municipal, communautaire, métropolitain, départemental, régional, comité
syndical, bureau) is chosen the same way, the heading first.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from corpus.models import Span, Text
from corpus.parse.common import fold, make_text

HEADING, HEADER, ELSEWHERE = 3.0, 2.0, 0.6  # weight of a statement by where it stands
NARROWER = 1.5  # a bureau or commission permanente printed as the body outweighs its council
REPEAT = 0.7  # each further mention of a place counts this much of the one before
AGREES, DISAGREES = 1.5, 0.5  # a mention whose kind is (not) the body's
# below this, the text does not say whose séance it is: one statement in the header is enough, a
# place named in passing in one item is not (it may be another commune)
MIN_SCORE = 4.0

MUNICIPAL, COMMUNITY, METROPOLIS = "municipal", "communautaire", "metropolitain"
DEPARTMENT, REGION, SYNDICATE, BUREAU = "departemental", "regional", "syndical", "bureau"
ESTABLISHMENT = "etablissement"  # a public establishment run by a board: CCAS, CIAS, SDIS, OPH…

_CAP = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_SP = r"[^\S\n]{1,2}"  # a space inside a value; a run of 3 or more is a gap between columns
_WORD = rf"[{_CAP}][\w'’]*(?:-\n?[\w'’]+)*"
_LINK = r"(?:de|des|du|la|le|les|sur|sous|en|aux|lès|lez|l['’]|d['’])"
PLACE = rf"(?P<place>{_WORD}(?:{_SP}(?:{_LINK}(?:{_SP})?){{0,2}}{_WORD})*)"
_S = r"[^\S\n]+"
_BR = r"[^\S\n]*(?:\n[^\S\n]*)?"  # the place may start the next line: "de la commune de⏎Saint-Germain"
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_OF = rf"(?:{_S}(?:de{_S}la|de{_S}l['’]|de|du|des|d['’]))"
# words that end a place name: what follows the name on a heading line, or a title
NOT_PLACE = frozenset("""
    conseil conseils seance pv cr proces compte comptes reunion extrait registre deliberation
    deliberations republique departement arrondissement canton ordre convocation president
    presidente maire mairie secretariat service direction assemblee session salle rapport delegue
    deleguee cedex commission permanente bureau comite
    """.split())
NOT_FIRST = frozenset("de des du d".split())  # a place name may start with "La", "Le", "Les", not "de"
TYPE_WORDS = frozenset("commune ville mairie village metropole communaute agglomeration".split())

# (kind of collectivity, pattern, weight, value): "whole" returns the match as printed ("Commune de
# Pierrefonds"), "place" the place alone; kind None: the body word inside the match tells it
MENTIONS: tuple[tuple[str | None, re.Pattern[str], float, str], ...] = tuple(
    (kind, re.compile(pattern), weight, value) for kind, pattern, weight, value in (
        (MUNICIPAL, rf"(?i:\b(?:commune|ville|mairie|village){_S}(?:de|d['’])){_BR}{PLACE}", 3.0, "whole"),
        (COMMUNITY, rf"(?i:\bcommunaut[ée]{_S}(?:de{_S}communes|d['’][^\S\n]*agglom[ée]ration|de{_S}l['’]agglom[ée]ration"
                    rf"|urbaine){_OF}?[^\S\n]*){PLACE}", 3.0, "whole"),
        (METROPOLIS, rf"{PLACE}(?i:{_S}m[ée]tropole)\b", 3.0, "whole"),
        (COMMUNITY, rf"{PLACE}(?i:{_S}agglo(?:m[ée]ration)?)\b", 3.0, "whole"),  # "Morlenne Agglomération"
        (METROPOLIS, rf"(?i:\b(?:euro)?m[ée]tropole{_OF}?[^\S\n]*){PLACE}", 3.0, "whole"),
        (DEPARTMENT, rf"(?i:\b(?:d[ée]partement|conseil{_S}d[ée]partemental){_OF}[^\S\n]*){PLACE}", 2.5, "whole"),
        (REGION, rf"(?i:\b(?:r[ée]gion|conseil{_S}r[ée]gional){_OF}?[^\S\n]*){PLACE}", 2.5, "whole"),
        (SYNDICATE, rf"(?i:\bsyndicat\b(?:{_S}[\w'’-]+){{0,6}}?{_OF}[^\S\n]*){PLACE}", 2.5, "whole"),
        (SYNDICATE, rf"\bS[IM][A-Z]{{2,6}}\b(?i:{_OF}[^\S\n]*){PLACE}", 2.0, "whole"),  # "SIVOM DU CANTON DE X"
        # public establishments, by their legal names or acronyms: "Centre communal d'action sociale
        # de X", "SDIS de la X", "Office public de l'habitat de X", "établissement public … de X"
        (ESTABLISHMENT, rf"(?i:\b(?:centre{_S}(?:inter)?communal{_S}d['’]action{_S}sociale|service{_S}d[ée]partemental"
                        rf"{_S}d['’]incendie{_S}et{_S}de{_S}secours|office{_S}public{_S}de{_S}l['’]habitat"
                        rf"|[ée]tablissement{_S}public(?:{_S}[\w'’-]+){{0,5}}?){_OF}[^\S\n]*){PLACE}", 2.5, "whole"),
        (ESTABLISHMENT, rf"\b(?:CCAS|CIAS|SDIS|OPH)\b(?i:{_OF}[^\S\n]*){PLACE}", 2.0, "whole"),
        (None, rf"(?i:\bconseil{_S}(?P<body>municipal|communautaire|m[ée]tropolitain)"
               rf"(?:{_S}de{_S}la{_S}(?:commune|ville))?{_S}(?:de|d['’])){_BR}{PLACE}", 2.5, "place"),
        (MUNICIPAL, rf"(?i:\bmaire{_S}(?:de|d['’])[^\S\n]*){PLACE}", 2.0, "place"),
        # "Putanges-le-Lac, Séance du …", "Montpellier, le lundi 14 mars 2011", "Fait à X, le …"
        (None, rf"(?m:^[^\S\n]*(?i:fait(?:{_S}et{_S}d[ée]lib[ée]r[ée])?{_S}à{_S})?){PLACE},[^\S\n]*"
               rf"(?i:le{_S}(?:{_WEEKDAY}{_S})?(?:\d|1er|premier)|s[ée]ance)",
         2.5, "place"),
        # a letterhead's postal address: "37700 SAINT-PIERRE-DES-CORPS"
        (None, rf"(?m:^[^\S\n]*\d{{5}}{_S}){PLACE}[^\S\n]*(?i:cedex[^\n]*)?$", 1.5, "place"),
        # nouns whose complement is a place: weaker, the place may be another one
        (None, rf"(?i:\b(?:habitants?|[ée]coles?|[ée]glise|territoire|entr[ée]es?|sorties?|bourg|centre-bourg)"
               rf"{_S}(?:de|d['’])[^\S\n]*){PLACE}", 1.0, "place"),
        (None, rf"(?i:\bsalle\b(?:{_S}[\w'’-]+){{0,4}}?{_S}(?:de|d['’])[^\S\n]*){PLACE}", 1.0, "place"),
    ))
# a heading line that is a place name alone ("PIERREFONDS"): it only adds to a place stated otherwise
BARE_LINE = re.compile(rf"(?m)^[^\S\n]*{PLACE}[^\S\n]*$")
BARE_WEIGHT = 1.0

BODIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
    (MUNICIPAL, r"\bconseil\s+municipal\b"),
    (COMMUNITY, r"\bconseil\s+communautaire\b|\bconseil\s+de\s+(?:la\s+)?communaut[ée]\b"
                r"|\bconseil\s+d['’]agglom[ée]ration\b"),
    (METROPOLIS, r"\bconseil\s+m[ée]tropolitain\b|\bconseil\s+de\s+(?:la\s+)?m[ée]tropole\b"),
    (DEPARTMENT, r"\bconseil\s+d[ée]partemental\b|\bconseil\s+g[ée]n[ée]ral\b"),
    (REGION, r"\bconseil\s+r[ée]gional\b"),
    (SYNDICATE, r"\bcomit[ée]\s+syndical\b"),
    (ESTABLISHMENT, r"\bconseil\s+d['’]administration\b"),
    (BUREAU, r"\bcommission\s+permanente\b"),
    (BUREAU, r"\bbureau\s+(?:communautaire|m[ée]tropolitain|syndical|municipal)\b"
             r"|(?<=\bdu )bureau\b(?!\s+(?:de|du|d['’])\b)"),
))
BODY_KIND = {"municipal": MUNICIPAL, "communautaire": COMMUNITY, "metropolitain": METROPOLIS}


@dataclass(frozen=True)
class Mention:
    """A statement of the collectivity: the value to return, the place it names, its score."""

    text: Text
    key: str
    kind: str | None
    score: float
    cut: bool = False  # the name stops at a line end and may go on on the next line
    partial: bool = False  # a cut name counted for the place it begins


def _key(place: str) -> str:
    """The place's words folded, kind words dropped: "Putanges-le-Lac" and "PUTANGES LE LAC",
    "Dijon Métropole" and "Dijon" are one place."""
    words = re.sub(r"[^a-z0-9]+", " ", fold(place)).split()
    while words and words[-1] in TYPE_WORDS:
        words.pop()
    while words and words[0] in TYPE_WORDS:
        words.pop(0)
    return " ".join(words)


def _place_end(text: str, start: int, end: int) -> int:
    """End of the place name printed at `start`, cut before a word that cannot belong to it."""
    for word in re.finditer(r"[\w'’]+", text[start:end]):
        if word.start() and fold(word.group()).split("'")[0].split("’")[0] in NOT_PLACE:
            return start + len(text[start:start + word.start()].rstrip(" -\n\t"))
    return end


def _where(start: int, heading: int, header: Span) -> float:
    return HEADING if start < heading else HEADER if header.start <= start < header.end else ELSEWHERE


def _agreement(kind: str | None, body: str | None) -> float:
    if kind is None or body is None or body == BUREAU:
        return 1.0
    return AGREES if kind == body else DISAGREES


def _clean(text: str, start: int, end: int) -> Text | None:
    found = make_text(text, start, end)
    return Text(re.sub(r"-\s+", "-", found.value), found.span) if found else None


def collectivity_mentions(text: str, header: Span, heading: int, body: str | None) -> list[Mention]:
    """Every statement of a collectivity in `text`, scored (see the module's docstring)."""
    found: list[Mention] = []
    for kind, pattern, weight, value in MENTIONS:
        for match in pattern.finditer(text):
            place_start = match.start("place")
            first = re.split(r"[\s'’-]", fold(text[place_start:match.end("place")]))[0]
            if first in NOT_PLACE or first in NOT_FIRST:
                continue
            place_end = _place_end(text, place_start, match.end("place"))
            kind_here = kind or BODY_KIND.get(fold(match.groupdict().get("body") or ""))
            if value == "place":
                start, end = place_start, place_end
            else:  # "Dijon Métropole": the kind word may follow the place
                start, end = match.start(), match.end() if place_end == match.end("place") else place_end
            shown, key = _clean(text, start, end), _key(text[place_start:place_end])
            if shown is None or not key:
                continue
            score = weight * _where(match.start(), heading, header) * _agreement(kind_here, body)
            cut = _goes_on(text, place_end)
            found.append(Mention(shown, key, kind_here, score, cut))
    return _joined(found)


CELL = re.compile(r"\S+(?:[^\S\n]{1,2}\S+)*")  # a column's text on one line: words 1–2 spaces apart


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of `text[start:end]`, each as its cells' absolute spans."""
    lines, position = [], start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        lines.append([(position + m.start(), position + m.end()) for m in CELL.finditer(text[position:stop])])
        position = stop + 1
    return lines


def _stacked_mentions(text: str, heading: int, body: str | None) -> list[Mention]:
    """The collectivity a letterhead prints on two lines of one column ("Communauté de communes" /
    "CAUSSES ET VALLÉE DE L'ALZOU", "SYNDICAT INTERCOMMUNAL DES EAUX      COMITÉ SYNDICAL" / "DU
    TRÉVENEC"): each heading cell is read with the cell under it, where the two overlap across the
    page, and two cells that together are one statement, and nothing else, are a mention of the
    whole name (a list item ending on "la commune de Flaux" above the next item is not)."""
    lines = _cells(text, 0, heading)
    found = []
    for above, below in zip(lines, lines[1:]):
        for top in above:
            column = (top[0] - text.rfind("\n", 0, top[0]) - 1, top[1] - text.rfind("\n", 0, top[0]) - 1)
            under = [c for c in below if _overlap(column, (c[0] - text.rfind("\n", 0, c[0]) - 1,
                                                           c[1] - text.rfind("\n", 0, c[0]) - 1))]
            if len(under) != 1:
                continue
            first, second = text[top[0]:top[1]], text[under[0][0]:under[0][1]]
            joined = f"{first} {second}"
            for kind, pattern, weight, value in MENTIONS:
                if value != "whole":
                    continue
                match = pattern.fullmatch(joined)
                cut = _place_end(joined, match.start("place"), match.end("place")) if match else 0
                if match is not None and match.start("place") > 0 and cut > len(first) + 1 \
                        and cut == match.end("place"):
                    # the two cells are the name and nothing else, the place running into the second
                    # (not a body's title under it: "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL")
                    key = _key(joined[match.start("place"):cut])
                    shown = re.sub(r"-\s+", "-", " ".join(joined[match.start():match.end()].split()))
                    if key and fold(key.split()[0]) not in NOT_PLACE | NOT_FIRST:
                        found.append(Mention(Text(shown, Span(top[0], under[0][1])), key, kind,
                                             weight * HEADING * _agreement(kind, body)))
    return found


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _goes_on(text: str, end: int) -> bool:
    """Whether the name ending at `end` stops at a line end and the next line starts with what
    could be the rest of it (a capitalised word that is not a title word, or a link word)."""
    after = re.match(rf"[^\S\n]*\n[^\S\n]*(?P<word>[\w'’]+)", text[end:end + 80])
    if after is None:
        return False
    word = after.group("word")
    return (word[:1].isupper() and fold(word) not in NOT_PLACE) or re.fullmatch(_LINK, word.lower()) is not None


def _joined(mentions: list[Mention]) -> list[Mention]:
    """A name cut by a line end ("commune de PUTANGES LE⏎LAC") belongs to the place whose name it
    begins, when the text states that place in full elsewhere."""
    keys = {m.key for m in mentions}
    joined = []
    for mention in mentions:
        longer = [k for k in keys if k.startswith(mention.key + " ")] if mention.cut else []
        if longer:
            mention = replace(mention, key=max(longer, key=lambda k: sum(m.score for m in mentions if m.key == k)),
                              partial=True)
        joined.append(mention)
    return joined


def _bare_heading_places(text: str, header: Span, heading: int) -> list[Mention]:
    """Heading lines (or columns of one) that are a place name alone."""
    found = []
    for match in BARE_LINE.finditer(text, header.start, heading):
        place_end = _place_end(text, match.start("place"), match.end("place"))
        shown = _clean(text, match.start("place"), place_end)
        key = _key(text[match.start("place"):place_end])
        if shown is not None and key:
            found.append(Mention(shown, key, None, BARE_WEIGHT * HEADING))
    return found


def _ranked(mentions: list[Mention]) -> list[tuple[float, str]]:
    """Places by their summed, repetition-discounted score, best first."""
    by_place: dict[str, list[float]] = defaultdict(list)
    for mention in mentions:
        by_place[mention.key].append(mention.score)
    return sorted(((sum(s * REPEAT ** i for i, s in enumerate(sorted(scores, reverse=True))), key)
                   for key, scores in by_place.items()), reverse=True)


def collectivity(text: str, header: Span, heading: int, body: str | None = None) -> Text | None:
    """The collectivity whose séance `text` records, as printed, or None when the text does not
    say it clearly enough."""
    mentions = collectivity_mentions(text, header, heading, body) + _stacked_mentions(text, heading, body)
    stated = {m.key for m in mentions}
    mentions += [m for m in _bare_heading_places(text, header, heading) if m.key in stated]
    ranked = _ranked(mentions)
    if not ranked or ranked[0][0] < MIN_SCORE:
        return None
    best = ranked[0][1]
    return max((m for m in mentions if m.key == best),
               key=lambda m: (m.score, not m.partial, -m.text.span.start)).text


def body(text: str, header: Span, heading: int) -> tuple[Text | None, str | None]:
    """The body that sat, as printed, and its kind; the heading's statement first."""
    scores: dict[str, list[tuple[float, Text]]] = defaultdict(list)
    for kind, pattern in BODIES:
        for match in pattern.finditer(text):
            shown = make_text(text, match.start(), match.end())
            if shown is None:
                continue
            kind_here = kind
            if kind == BUREAU:  # "Bureau communautaire" is the community's, "Bureau syndical" the syndicate's
                word = fold(shown.value).split()[-1]
                kind_here = BODY_KIND.get(word, SYNDICATE if word == "syndical" else BUREAU)
            where = _where(match.start(), heading, header)
            score = where if where != ELSEWHERE else ELSEWHERE / 2
            # "COMMISSION PERMANENTE DU CONSEIL DÉPARTEMENTAL": the narrower body is the one that sat
            scores[kind_here].append((score * NARROWER if kind_here == BUREAU else score, shown))
    if not scores:
        return None, None
    def total(kind: str) -> float:
        return sum(s * REPEAT ** i for i, (s, _) in enumerate(sorted(scores[kind], key=lambda p: -p[0])))
    kind = max(scores, key=total)
    best = max(scores[kind], key=lambda p: (p[0], -p[1].span.start))[1]
    return best, kind
