"""Probes: short minutes in layouts and wordings the parser was not developed on, each with the
reading a person would make of it.

Every probe was written from French administrative practice, not copied from a corpus text: labels
with or without a colon, lists cut by commas, semicolons, "et", bullets or line ends, civilities
"M./Mme/MM./Mmes" or none, initials, names in capitals or not, proxies worded every way, counts on
one line or several, votes with named voters, elections, arrivals and departures. Each probe is
parsed whole by `parse_text` and only the fields it states are checked.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest

from corpus.models import Document
from corpus.parse import parse_text


@dataclass(frozen=True)
class Probe:
    """A text and what must be read from it (keys: see `READERS`)."""

    name: str
    text: str
    expect: dict = field(default_factory=dict)


def _attendance(doc: Document):
    return doc.seance.attendance


def _names(people) -> list[str]:
    return [person.name for person in people]


def _proxies(doc: Document) -> list[tuple[str, str | None]]:
    proxies = _attendance(doc).proxies if _attendance(doc) else ()
    return [(p.giver.name, p.holder.name if p.holder else None) for p in proxies]


def _counts(doc: Document) -> dict[str, int]:
    attendance = _attendance(doc)
    keys = ("in_office", "present_count", "voters", "proxy_count", "absent_count")
    return {key: getattr(attendance, key).value for key in keys if attendance and getattr(attendance, key)}


def _votes(doc: Document) -> list[dict]:
    """Every vote of the document, as the fields it states."""
    found = []
    for deliberation in doc.seance.deliberations:
        for vote in deliberation.votes:
            read = {key: getattr(vote, key).value for key in ("pour", "contre", "abstention", "nppv")
                    if getattr(vote, key) is not None}
            if vote.unanimity is not None:
                read["unanimity"] = True
            if vote.named:
                read["named"] = sorted((n.position, n.person.name) for n in vote.named)
            found.append(read)
    return found


def _elections(doc: Document) -> list[dict]:
    found = []
    for deliberation in doc.seance.deliberations:
        for election in deliberation.elections:
            found.append({
                "counts": {key: getattr(election, key).value for key in ("votants", "blancs", "nuls", "exprimes", "majorite")
                           if getattr(election, key) is not None},
                "candidates": [(c.person.name, c.votes.value if c.votes else None) for c in election.candidates],
                "elected": _names(election.elected),
            })
    return found


def _movements(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(m.kind, m.person.name if m.person else None, m.time.value if m.time else None)
            for m in doc.seance.movements]


READERS = {
    "present": lambda doc: _names(_attendance(doc).present) if _attendance(doc) else [],
    "absent": lambda doc: _names(_attendance(doc).absent) if _attendance(doc) else [],
    "excused": lambda doc: _names(_attendance(doc).excused) if _attendance(doc) else [],
    "proxies": _proxies,
    "counts": _counts,
    "president": lambda doc: doc.seance.president.name if doc.seance.president else None,
    "secretaries": lambda doc: _names(doc.seance.secretaries),
    "votes": _votes,
    "elections": _elections,
    "movements": _movements,
    "items": lambda doc: len(doc.seance.deliberations),
}

HEAD = "COMMUNE DE VAL-FLORIAN\nConseil municipal — séance du 14 octobre 2025\n\n"
# minutes hold items: a probe of the header gets two, without a vote (a lone "1." is not always
# told from the preliminaries, which is the segmenter's matter, not these probes')
ITEMS = ("\n1. Approbation du procès-verbal de la séance précédente\nLe procès-verbal est approuvé.\n"
         "\n2. Questions diverses\nAucune question n'est posée.\n")


def minutes(body: str) -> str:
    """A probe's text: a heading, the excerpt, and items when the excerpt has none."""
    has_item = re.search(r"(?m)^\d+\.\s", body) is not None
    return HEAD + body + ("" if has_item else ITEMS)

PROBES = [
    Probe("proxy by 'par' in a Représentés list, secretary label on the next line", minutes(
        "Étaient présents : M. Louis BARRE, Mme Claire HUET, M. Pierre NOYER, Mme Sonia VIDAL.\n"
        "Représentés : Mme Agnès TALON par M. Pierre NOYER.\n"
        "Secrétaire : Mme Claire HUET.\n\n"
        "1. Budget primitif\nAdopté à l'unanimité.\n"), {
        "present": ["Louis BARRE", "Claire HUET", "Pierre NOYER", "Sonia VIDAL"],
        "proxies": [("Agnès TALON", "Pierre NOYER")],
        "secretaries": ["Claire HUET"],
    }),
    Probe("holder in parentheses after 'pouvoir à', singular feminine label", minutes(
        "Présents : M. Louis BARRE, Mme Claire HUET, M. Pierre NOYER.\n"
        "Absente représentée : Mme Agnès TALON (pouvoir à M. Pierre NOYER).\n"
        "Secrétaire de séance : M. Louis BARRE\n"), {
        "present": ["Louis BARRE", "Claire HUET", "Pierre NOYER"],
        "proxies": [("Agnès TALON", "Pierre NOYER")],
        "secretaries": ["Louis BARRE"],
    }),
    Probe("lists joined by 'et' and semicolons, plural civilities", minutes(
        "Présents : MM. Jean DUPONT et Marc LEROY ; Mmes Anne PETIT et Julie MOREAU ; M. Henri GALL.\n"
        "Absents : Mme Lucie FABRE et M. Paul ROCHE.\n"), {
        "present": ["Jean DUPONT", "Marc LEROY", "Anne PETIT", "Julie MOREAU", "Henri GALL"],
        "absent": ["Lucie FABRE", "Paul ROCHE"],
    }),
    Probe("labels alone on their line, bulleted names", minutes(
        "PRÉSENTS\n- M. Jean DUPONT\n- Mme Anne PETIT\n- M. Marc LEROY\n\n"
        "ABSENTS EXCUSÉS\n- Mme Julie MOREAU\n- M. Henri GALL\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
        "excused": ["Julie MOREAU", "Henri GALL"],
    }),
    Probe("proxies 'X à Y' separated by semicolons", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY.\n"
        "Pouvoirs : M. Henri GALL à M. Jean DUPONT ; Mme Lucie FABRE à Mme Anne PETIT.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
        "proxies": [("Henri GALL", "Jean DUPONT"), ("Lucie FABRE", "Anne PETIT")],
    }),
    Probe("proxies 'a donné pouvoir à' as dashed lines", minutes(
        "Procurations :\n"
        "- Mme Lucie FABRE a donné pouvoir à M. Henri GALL ;\n"
        "- M. Paul ROCHE a donné pouvoir à Mme Anne PETIT.\n"), {
        "proxies": [("Lucie FABRE", "Henri GALL"), ("Paul ROCHE", "Anne PETIT")],
    }),
    Probe("excused list with a proxy in parentheses and a plain excused", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents excusés : M. Henri GALL (procuration à M. Jean DUPONT), Mme Lucie FABRE.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT"],
        "proxies": [("Henri GALL", "Jean DUPONT")],
        "excused": ["Lucie FABRE"],
    }),
    Probe("counts on one line with dashes", minutes(
        "Nombre de conseillers en exercice : 19 — Présents : 15 — Votants : 17\n\n"
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"), {
        "counts": {"in_office": 19, "present_count": 15, "voters": 17},
    }),
    Probe("counts separated by slashes", minutes(
        "Membres en exercice : 23 / Présents : 18 / Procurations : 3 / Votants : 21\n"), {
        "counts": {"in_office": 23, "present_count": 18, "proxy_count": 3, "voters": 21},
    }),
    Probe("vote counts with names in parentheses", minutes(
        "1. Tarifs de la cantine\n"
        "Pour : 18 – Contre : 2 (M. Marc DURAND, Mme Eva LEBLANC) – Abstention : 1 (M. Yves PONS)\n"), {
        "votes": [{"pour": 18, "contre": 2, "abstention": 1,
                   "named": [("abstention", "Yves PONS"), ("contre", "Eva LEBLANC"), ("contre", "Marc DURAND")]}],
    }),
    Probe("vote counts in a sentence", minutes(
        "1. Subvention au club de rugby\n"
        "La délibération est adoptée par 15 voix pour, 3 voix contre et 2 abstentions.\n"), {
        "votes": [{"pour": 15, "contre": 3, "abstention": 2}],
    }),
    Probe("unanimity with a member not taking part", minutes(
        "1. Vente d'une parcelle\n"
        "Adopté à l'unanimité, M. Paul ROCHE ne prenant pas part au vote.\n"), {
        "votes": [{"unanimity": True, "named": [("ne prend pas part au vote", "Paul ROCHE")]}],
    }),
    Probe("unanimity less one named abstention", minutes(
        "1. Convention de mise à disposition\n"
        "Vote : unanimité moins une abstention (Mme Lucie FABRE).\n"), {
        "votes": [{"unanimity": True, "abstention": 1, "named": [("abstention", "Lucie FABRE")]}],
    }),
    Probe("named voters under plural labels without counts", minutes(
        "1. Règlement intérieur\n"
        "Ont voté contre : M. Marc DURAND, Mme Eva LEBLANC.\n"
        "Se sont abstenus : M. Yves PONS.\n"
        "Adopté à la majorité.\n"), {
        "votes": [{"contre": 2, "abstention": 1,
                   "named": [("abstention", "Yves PONS"), ("contre", "Eva LEBLANC"), ("contre", "Marc DURAND")]}],
    }),
    Probe("election of the maire with a results table", minutes(
        "1. Élection du maire\n"
        "Premier tour de scrutin\n"
        "Nombre de votants : 19\n"
        "Bulletins blancs ou nuls : 2\n"
        "Suffrages exprimés : 17\n"
        "Majorité absolue : 9\n"
        "Ont obtenu :\n"
        "M. Jean DUPONT : 15 voix\n"
        "Mme Anne PETIT : 2 voix\n"
        "M. Jean DUPONT, ayant obtenu la majorité absolue, est proclamé maire et immédiatement installé.\n"), {
        "elections": [{"counts": {"votants": 19, "exprimes": 17, "majorite": 9},
                       "candidates": [("Jean DUPONT", 15), ("Anne PETIT", 2)], "elected": ["Jean DUPONT"]}],
    }),
    Probe("arrival with a time, departure leaving a proxy", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Henri GALL.\n\n"
        "1. Travaux de voirie\n"
        "M. Marc LEROY arrive à 20 h 15.\n"
        "Adopté à l'unanimité.\n\n"
        "2. Éclairage public\n"
        "Mme Anne PETIT quitte la séance à 21h30 et donne pouvoir à M. Jean DUPONT.\n"
        "Adopté à l'unanimité.\n"), {
        "movements": [("arrivée", "Marc LEROY", "20 h 15"), ("départ", "Anne PETIT", "21h30")],
    }),
    Probe("president and secretary under 'Présidence' and 'Secrétariat'", minutes(
        "Présidence : Mme Anne PETIT, maire.\n"
        "Présents : Mme Anne PETIT, M. Jean DUPONT, M. Marc LEROY.\n"
        "Secrétaire de séance : M. Marc LEROY.\n"), {
        "president": "Anne PETIT",
        "secretaries": ["Marc LEROY"],
        "present": ["Anne PETIT", "Jean DUPONT", "Marc LEROY"],
    }),
    Probe("president in the opening sentence, secretary designated in prose", minutes(
        "La séance est ouverte à 18 h 30 sous la présidence de M. Jean Dupont, Maire.\n"
        "Mme Julie Moreau a été désignée secrétaire de séance.\n"), {
        "president": "Jean Dupont",
        "secretaries": ["Julie Moreau"],
    }),
    Probe("names without civility, capitalised", minutes(
        "Présents : Jean Dupont, Anne Petit, Marc Leroy, Julie Moreau\n"
        "Excusés : Henri Gall, Lucie Fabre\n"), {
        "present": ["Jean Dupont", "Anne Petit", "Marc Leroy", "Julie Moreau"],
        "excused": ["Henri Gall", "Lucie Fabre"],
    }),
    Probe("surname first, then first name", minutes(
        "Étaient présents : DUPONT Jean, PETIT Anne, LEROY Marc, MOREAU Julie.\n"
        "Étaient absents : GALL Henri, FABRE Lucie.\n"), {
        "present": ["DUPONT Jean", "PETIT Anne", "LEROY Marc", "MOREAU Julie"],
        "absent": ["GALL Henri", "FABRE Lucie"],
    }),
    Probe("initials before surnames", minutes(
        "Présents : J. DUPONT, A. PETIT, P. LEROY, J.-P. MOREAU.\n"
        "Absent : H. GALL.\n"), {
        "present": ["J. DUPONT", "A. PETIT", "P. LEROY", "J.-P. MOREAU"],
        "absent": ["H. GALL"],
    }),
    Probe("an 'excusée' qualifier inside an absent list", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents : M. Henri GALL, Mme Lucie FABRE (excusée).\n"), {
        "absent": ["Henri GALL"],
        "excused": ["Lucie FABRE"],
    }),
    Probe("excused with proxy 'X à Y' under a worded label", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Excusés ayant donné pouvoir : M. Henri GALL à M. Jean DUPONT, Mme Lucie FABRE à Mme Anne PETIT.\n"), {
        "proxies": [("Henri GALL", "Jean DUPONT"), ("Lucie FABRE", "Anne PETIT")],
        "present": ["Jean DUPONT", "Anne PETIT"],
    }),
    Probe("proxies with arrows", minutes(
        "Pouvoirs :\nM. Henri GALL → M. Jean DUPONT\nMme Lucie FABRE → Mme Anne PETIT\n"), {
        "proxies": [("Henri GALL", "Jean DUPONT"), ("Lucie FABRE", "Anne PETIT")],
    }),
    Probe("singular label 'Était absent'", minutes(
        "Étaient présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Était absent : M. Marc LEROY.\n"), {
        "absent": ["Marc LEROY"],
    }),
    Probe("a member who does not take part, under a label", minutes(
        "1. Attribution d'un marché\n"
        "Pour : 14\nContre : 0\nAbstention : 0\n"
        "Ne prend pas part au vote : M. Jean DUPONT (intéressé à l'affaire).\n"), {
        "votes": [{"pour": 14, "contre": 0, "abstention": 0,
                   "named": [("ne prend pas part au vote", "Jean DUPONT")]}],
    }),
    Probe("counts alone, no names", minutes(
        "Présents : 15 – Absents : 4 – Pouvoirs : 2\n"), {
        "counts": {"present_count": 15, "absent_count": 4, "proxy_count": 2},
    }),
    Probe("named contre listed with 'et' inside the count sentence", minutes(
        "1. Budget annexe de l'eau\n"
        "Le conseil, par 12 voix pour et 3 voix contre (MM. Marc LEROY, Henri GALL et Mme Lucie FABRE), "
        "approuve le budget annexe.\n"), {
        "votes": [{"pour": 12, "contre": 3,
                   "named": [("contre", "Henri GALL"), ("contre", "Lucie FABRE"), ("contre", "Marc LEROY")]}],
    }),
    Probe("president and secretary on one line in two columns", minutes(
        "Président de séance : M. Jean DUPONT          Secrétaire de séance : Mme Anne PETIT\n"
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY.\n"), {
        "president": "Jean DUPONT",
        "secretaries": ["Anne PETIT"],
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
    }),
    Probe("present list wrapped over lines, the absent label right under it", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY,\n"
        "Mme Julie MOREAU, M. Paul ROCHE.\n"
        "Absents : M. Henri GALL.\n"
        "Secrétaire : M. Paul ROCHE.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY", "Julie MOREAU", "Paul ROCHE"],
        "absent": ["Henri GALL"],
        "secretaries": ["Paul ROCHE"],
    }),
    Probe("proxy sentences after the lists", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY.\n"
        "Absents : M. Henri GALL, Mme Lucie FABRE.\n"
        "Pouvoirs : M. Henri GALL donne procuration à M. Marc LEROY. "
        "Mme Lucie FABRE donne procuration à Mme Anne PETIT.\n"), {
        "proxies": [("Henri GALL", "Marc LEROY"), ("Lucie FABRE", "Anne PETIT")],
    }),
    Probe("holders in parentheses with 'à' alone", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents ayant donné procuration : M. Henri GALL (à M. Jean DUPONT), Mme Lucie FABRE (à Mme Anne PETIT).\n"), {
        "proxies": [("Henri GALL", "Jean DUPONT"), ("Lucie FABRE", "Anne PETIT")],
    }),
    Probe("'représenté par' in an absent list", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents : M. Henri GALL, représenté par M. Jean DUPONT ; Mme Lucie FABRE.\n"), {
        "proxies": [("Henri GALL", "Jean DUPONT")],
        "absent": ["Lucie FABRE"],
    }),
    Probe("'pouvoir donné à' after a dash", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents excusés : M. Henri GALL – pouvoir donné à M. Jean DUPONT ; Mme Lucie FABRE.\n"), {
        "proxies": [("Henri GALL", "Jean DUPONT")],
        "excused": ["Lucie FABRE"],
    }),
    Probe("vote counts in a column with labels in the plural", minutes(
        "1. Adhésion au syndicat d'énergie\n"
        "Votants : 21\nPour : 17\nContre : 3\nAbstentions : 1\n"
        "La délibération est adoptée.\n"), {
        "votes": [{"pour": 17, "contre": 3, "abstention": 1}],
    }),
    Probe("president and secretary labels with lower-case names", minutes(
        "Président : Jean Dupont\nSecrétaire : Anne Petit\n"
        "Présents : Jean Dupont, Anne Petit, Marc Leroy\n"), {
        "president": "Jean Dupont",
        "secretaries": ["Anne Petit"],
        "present": ["Jean Dupont", "Anne Petit", "Marc Leroy"],
    }),
    Probe("departure in the list's note, absent later", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT (jusqu'au point 3), M. Marc LEROY.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
    }),
    Probe("labels one after another on a line, cut by slashes", minutes(
        "Présents : 9 / Excusées : Mme Lucie FABRE, Mme Julie MOREAU / Absent : M. Paul ROCHE\n"), {
        "excused": ["Lucie FABRE", "Julie MOREAU"],
        "absent": ["Paul ROCHE"],
        "counts": {"present_count": 9},
    }),
    Probe("counts with the names in parentheses", minutes(
        "Présents : 14\nExcusés : 2 (Mme Lucie FABRE, M. Paul ROCHE)\n"
        "Pouvoirs : 2 (Mme Lucie FABRE à M. Jean DUPONT ; M. Paul ROCHE à Mme Anne PETIT)\n"), {
        "excused": ["Lucie FABRE", "Paul ROCHE"],
        "proxies": [("Lucie FABRE", "Jean DUPONT"), ("Paul ROCHE", "Anne PETIT")],
        "counts": {"present_count": 14, "absent_count": 2, "proxy_count": 2},
    }),
    Probe("present names in two columns of a table", minutes(
        "Étaient présents :\n"
        "M. Jean DUPONT            Mme Anne PETIT\n"
        "M. Marc LEROY             Mme Julie MOREAU\n\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY", "Julie MOREAU"],
    }),
    Probe("surname first with a proxy in parentheses", minutes(
        "Présents : DUPONT Jean, PETIT Anne, LEROY Marc.\n"
        "Absents excusés : FABRE Lucie (pouvoir à DUPONT Jean), ROCHE Paul.\n"), {
        "proxies": [("FABRE Lucie", "DUPONT Jean")],
        "excused": ["ROCHE Paul"],
    }),
    Probe("counts in words in a sentence", minutes(
        "Nombre de conseillers en exercice : dix-neuf. Présents : quinze. Votants : dix-sept.\n"
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"), {
        "counts": {"in_office": 19, "present_count": 15, "voters": 17},
    }),
    Probe("vote labels in capitals with 'voix' and 'néant'", minutes(
        "1. Plan local d'urbanisme\n"
        "POUR : 15 voix – CONTRE : 2 voix (MM. Marc LEROY et Henri GALL) – ABSTENTION : néant\n"), {
        "votes": [{"pour": 15, "contre": 2, "named": [("contre", "Henri GALL"), ("contre", "Marc LEROY")]}],
    }),
    Probe("unanimity of voters with two not taking part in parentheses", minutes(
        "1. Subvention à l'association des parents d'élèves\n"
        "Adopté à l'unanimité des votants (M. Jean DUPONT et Mme Anne PETIT ne prennent pas part au vote).\n"), {
        "votes": [{"unanimity": True, "named": [("ne prend pas part au vote", "Anne PETIT"),
                                                ("ne prend pas part au vote", "Jean DUPONT")]}],
    }),
    Probe("civilities spelled out, names cut by dashes", minutes(
        "Présents : Monsieur Jean DUPONT – Madame Anne PETIT – Monsieur Marc LEROY\n"
        "Absente : Madame Julie MOREAU\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
        "absent": ["Julie MOREAU"],
    }),
    Probe("excused and giving a proxy, said after commas", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Absents : Mme Lucie FABRE, excusée, pouvoir à M. Jean DUPONT ; M. Paul ROCHE.\n"), {
        "proxies": [("Lucie FABRE", "Jean DUPONT")],
        "absent": ["Paul ROCHE"],
    }),
    Probe("counts as 'label number' pairs after a common noun", minutes(
        "Nombre de membres : en exercice 15, présents 12, votants 14.\n"
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"), {
        "counts": {"in_office": 15, "present_count": 12, "voters": 14},
    }),
    Probe("feminine president label", minutes(
        "Présidente de séance : Mme Anne PETIT\nSecrétaire de séance : Mme Julie MOREAU\n"
        "Présents : Mme Anne PETIT, Mme Julie MOREAU, M. Jean DUPONT.\n"), {
        "president": "Anne PETIT",
        "secretaries": ["Julie MOREAU"],
    }),
    Probe("arrival in a noun phrase with a time", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n\n"
        "1. Budget\nArrivée de Mme Julie MOREAU à 19 h 05.\nAdopté à l'unanimité.\n\n"
        "2. Tarifs\nAdopté à l'unanimité.\n"), {
        "movements": [("arrivée", "Julie MOREAU", "19 h 05")],
    }),
    Probe("a proxy stated in a sentence right under the list", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Mme Lucie FABRE a donné procuration à M. Jean DUPONT.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT"],
    }),
    Probe("proxies 'de X à Y'", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Pouvoirs : de Mme Lucie FABRE à M. Jean DUPONT, de M. Paul ROCHE à Mme Anne PETIT.\n"), {
        "proxies": [("Lucie FABRE", "Jean DUPONT"), ("Paul ROCHE", "Anne PETIT")],
    }),
    Probe("a relative clause giving the proxy inside an excused list", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT.\n"
        "Étaient excusés : Mme Lucie FABRE, qui avait donné pouvoir à M. Jean DUPONT, et M. Paul ROCHE.\n"), {
        "proxies": [("Lucie FABRE", "Jean DUPONT")],
        "excused": ["Paul ROCHE"],
    }),
    Probe("lists following one another in a paragraph", minutes(
        "Étaient présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY, formant la majorité des "
        "membres en exercice. Excusée : Mme Lucie FABRE. Absent : M. Paul ROCHE.\n"), {
        "present": ["Jean DUPONT", "Anne PETIT", "Marc LEROY"],
        "excused": ["Lucie FABRE"],
        "absent": ["Paul ROCHE"],
    }),
    Probe("two secretaries joined by 'et'", minutes(
        "Présents : M. Jean DUPONT, Mme Anne PETIT, M. Marc LEROY.\n"
        "Secrétaires de séance : Mme Anne PETIT et M. Marc LEROY.\n"), {
        "secretaries": ["Anne PETIT", "Marc LEROY"],
    }),
]


# misread by the item split, not by the readers these probes test (the segmenter's matter): a lone
# "1." item is not told from the preliminaries, so the opening sentence falls into it and the
# séance's president (read in the header) is lost; a lone item also makes bulleted member lines items
SEGMENTATION = pytest.mark.xfail(strict=True, reason="item split: see the comment above")
PROBES += [
    pytest.param(Probe("a lone item after the opening sentence", HEAD + (
        "La séance est ouverte à 18 h 30 sous la présidence de M. Jean Dupont, Maire.\n\n"
        "1. Budget primitif\nAdopté à l'unanimité.\n"), {
        "president": "Jean Dupont",
        "items": 1,
    }), marks=SEGMENTATION, id="a lone item after the opening sentence"),
]


@pytest.mark.parametrize("probe", PROBES, ids=[p.name if isinstance(p, Probe) else p.id for p in PROBES])
def test_probe_reads_as_a_person_would(probe: Probe) -> None:
    document = parse_text("probe.txt", probe.text)
    read = {key: READERS[key](document) for key in probe.expect}
    assert read == probe.expect
