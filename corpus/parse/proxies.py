"""Proxies read out of a piece of a member list: who gave their vote (giver) to whom (holder).

A proxy is two names around a connector, whatever words the connector takes: "X donne pouvoir à
Y", "X a donné procuration à Y", "X, qui avait donné pouvoir à Y", "(pouvoir) de X à Y", "X
pouvoir à Y", "X représenté(e) par Y", "X → Y"; in a list labelled as proxies also a bare "X à Y"
or "X par Y" ("Représentés : Mme X par M. Y"), two names in table cells ("X      Y", pdftotext
keeping the columns apart with a run of spaces) or two civilities that lost their "à" ("M. X M.
Y"). A wrapped paragraph of several proxies ("… à madame Hélène Mauger. Monsieur Jean-⏎Pierre
Gohin donne pouvoir à …", "Mme X à Mr Y⏎   Mr Z à Mr W") is cut between each holder and the next
giver. A limit in time printed with the holder ("jusqu'à la question n°5", "à partir du point 2")
is kept apart, in `Proxy.limit`, and never read into the name.
"""
from __future__ import annotations

import re

from corpus.models import Proxy, Span
from corpus.parse.people import CIVILITY

_A = r"(?:à|a)"
_GIVES = (rf"(?:(?:qui\s+)?(?:(?:lui\s+)?donnent?|a\s+donn[ée]e?|avait\s+donn[ée]e?|ayant\s+donn[ée]e?|donn[ée]e?)\s+)?"
          rf"(?:(?:son|sa|leur)\s+)?"
          rf"(?:pouvoirs?|procurations?|mandat|d[ée]l[ée]gation(?:\s+de\s+vote)?)(?:\s+donn[ée]e?)?\s+{_A}\s+"
          r"|(?:est\s+|sont\s+)?représenté(?:e|s|es)?\s+par\s+")
_ARROW = r"(?:→|->|=>|⇒)\s*"
CONNECTOR = re.compile(rf"\s+(?:{_GIVES})|\s*{_ARROW}", re.I)
# a piece of a list that opens on the connector, its giver being the piece before it: "M. X,
# représenté par M. Y", "M. X – pouvoir donné à M. Y" (the comma or the dash cut the list there)
OPENING_CONNECTOR = re.compile(rf"\s*(?:{_GIVES}|{_ARROW})", re.I)
# in a list labelled as proxies: "X à Y" (Y holds X's vote) or "X par Y" (X represented by Y, under
# "Représentés :"), the holder starting with a capital or a civility
BARE_TO = re.compile(rf"\s+(?:{_A}|par)\s+(?=(?:{CIVILITY}\s*)?[A-ZÀ-ÖØ-Þ])")
# a giver introduced by "de" ("Pouvoirs : de Mme X à M. Y", "procuration de M. X à Mme Y")
GIVER_OPENING = re.compile(rf"\s*(?:(?:pouvoirs?|procurations?|mandats?)\s+)?(?:de|d['’])\s*"
                           rf"(?=(?:{CIVILITY}\s*)?(?-i:[A-ZÀ-ÖØ-Þ]))", re.I)
CELL_GAP = re.compile(r"(?<=\S)[^\S\n]{3,}(?=\S)")
LIMIT = re.compile(
    r"[\s,(]*(?P<limit>(?:jusqu['’]\s*(?:à|au|aux)|à\s+partir\s+d[eu]['’s]?|à\s+compter\s+d[eu]|dès|après|avant)"
    r"\s[^()]*?)[\s.)]*$", re.I)
# (the full stop of an initial, "Mme C. MÉNARD", ends no sentence)
SENTENCE_BREAK = re.compile(rf"(?<!\b[A-ZÀ-ÖØ-Þ])[.;]\s+(?=(?:{CIVILITY}\s*)?[A-ZÀ-ÖØ-Þ¨])")
CIVILITY_START = re.compile(rf"(?<!\S)(?={CIVILITY}\s)")


def connectors(local: str, proxy_list: bool) -> list[re.Match[str]]:
    """The connectors of a piece, in order; bare "à" counts only in a proxy list and only when no
    worded connector is there."""
    found = list(CONNECTOR.finditer(local))
    if not found and proxy_list:
        found = list(BARE_TO.finditer(local))
    return found


def units(local: str, proxy_list: bool) -> list[tuple[int, int]]:
    """Local (start, end) of each proxy in a piece holding several: cut between each holder and the
    next giver, at a sentence end, else a line break, else the next giver's civility. A piece of
    table rows without connectors is cut at its line breaks."""
    found = connectors(local, proxy_list)
    if len(found) < 2:
        if proxy_list and not found and "\n" in local.strip() and CELL_GAP.search(local):
            return _lines(local)
        return [(0, len(local))]
    cuts = [0]
    for before, after in zip(found, found[1:]):
        cuts.append(_cut_between(local, before.end(), after.start()))
    cuts.append(len(local))
    return list(zip(cuts, cuts[1:]))


def _lines(local: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in local.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _cut_between(local: str, start: int, end: int) -> int:
    """Where a holder ends and the next giver starts between two connectors."""
    stop = SENTENCE_BREAK.search(local, start, end)
    if stop is not None:
        return stop.start() + 1
    newline = local.find("\n", start, end)
    if newline >= 0 and not local[newline - 1:newline] == "-":
        return newline
    civilities = [m.start() for m in CIVILITY_START.finditer(local, start, end)]
    return civilities[-1] if civilities else end


def split_proxy(local: str, proxy_list: bool) -> tuple[tuple[int, int], tuple[int, int] | None, tuple[int, int] | None] | None:
    """Local spans of (giver, holder, limit) of one proxy unit, or None when it states no proxy.

    Without a connector, a unit of a proxy list is a proxy with two table cells ("X     Y"), or a
    giver alone (the holder not named)."""
    found = connectors(local, proxy_list)
    if found:
        cut = found[0]
        giver, holder = (0, cut.start()), (cut.end(), len(local))
    elif proxy_list and (gap := CELL_GAP.search(local.strip("\n"))) is not None:
        offset = len(local) - len(local.lstrip("\n"))
        giver, holder = (0, offset + gap.start()), (offset + gap.end(), len(local))
    elif proxy_list:
        return (0, len(local)), None, None
    else:
        return None
    opening = GIVER_OPENING.match(local, giver[0], giver[1])
    giver = (opening.end(), giver[1]) if opening else giver
    limit = LIMIT.search(local, holder[0], holder[1])
    if limit is not None and limit.start("limit") > holder[0]:
        return giver, (holder[0], limit.start()), (limit.start("limit"), limit.end("limit"))
    return giver, holder, None


def make_proxy(giver, holder, limit=None) -> Proxy:
    end = holder.span.end if holder is not None else giver.span.end
    return Proxy(giver, holder, Span(giver.span.start, max(end, limit.span.end if limit else end)), limit)
