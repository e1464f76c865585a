"""Labels of attendance lists, found by what their words say rather than by one pattern each.

A label is a short phrase at a line start (after a bullet "+", "-", "•" if any), after a wide
gap, after a dash or slash that cuts a line of labels ("Présents : 11 – Absents : M. X") or after
a sentence's full stop ("… en exercice. Absents excusés : Mme X"), ending with a colon, or alone
on its line: "Étaient présents :", "+ Absents excusés :", "Absent(s) ayant donné procuration à :",
"Ont donné procuration :", "Absents excusés et non représentés :", "Absents ayant voté par
procuration en application de l'article L 2121-20 du Code Général des Collectivités Territoriales
:" (over two lines), "Absent" alone on a line. Its words are
read into a category: a proxy word ("procuration", "pouvoir", "représenté" not negated) makes a list
of proxies; "non excusé" an absent list; "excusé" an excused list, unless a bare "absent" stands
beside it ("Absent(s) et absent(s) excusé(s)": absent); "absent" an absent list; "présent",
"titulaires", "suppléants" a present list. The phrase must open on a status word or on one of the
few words that introduce one ("étaient", "membres", "conseillers", "ont"…), so that a sentence
starting with "Présentation du budget :" or "Représentant du Maire :" is no label.

"Titulaires :" and "Suppléants :" also head the lists of a commission elected inside an item; they
are attendance labels only right under a présents label.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

PRESENT, ABSENT, EXCUSED, PROXIES = "present", "absent", "excused", "proxies"

# the folded words that can open a label before its status word
LEADING = frozenset({"etaient", "etait", "etai", "sont", "ont", "a", "membres", "membre", "conseillers",
                     "conseiller", "conseilleres", "conseillere", "elus", "elu", "delegues", "mm", "mmes",
                     "les", "liste", "des", "egalement", "nombre", "de", "d", "non"})
PRESENT_WORDS = frozenset({"present", "presente", "presents", "presentes"})
ABSENT_WORDS = frozenset({"absent", "absente", "absents", "absentes"})
EXCUSED_WORDS = frozenset({"excuse", "excusee", "excuses", "excusees"})
PROXY_WORDS = frozenset({"procuration", "procurations", "pouvoir", "pouvoirs", "represente", "representee",
                         "representes", "representees", "mandat", "mandats", "mandataire", "mandataires",
                         "delegation", "delegations"})
SEAT_WORDS = frozenset({"titulaires", "titulaire", "suppleants", "suppleant", "suppleante", "suppleantes"})
STATUS_WORDS = PRESENT_WORDS | ABSENT_WORDS | EXCUSED_WORDS | PROXY_WORDS | SEAT_WORDS | {"donne"}
# the words a label alone on its line (no colon) may hold, every one of them
ALONE_WORDS = STATUS_WORDS | LEADING | {"ayant", "par", "vote", "et", "non", "s", "e", "es", "ou", "au", "aux", "du",
                                        "nom", "noms", "mandant", "mandants", "beneficiaire", "beneficiaires",
                                        "donnes", "donnee", "donnees", "seance"}
MAX_LEADING = 3
SEAT_REACH = 400  # how far under a présents label "Titulaires :" may stand

_BULLET = r"(?:[+*•▪·\-–—][^\S\n]*|o[^\S\n]+)?"
# a phrase up to a colon, at a line start, after a wide gap, after a dash or slash that cuts a line
# of labels ("Présents : 11 – Absents : M. X") or after a sentence's full stop in running text
# ("… membres en exercice. Absents excusés : Mme X"); one continuation line allowed ("… en
# application de l'article L 2121-20 du Code Général des⏎Collectivités Territoriales :")
_OPENS = rf"(?:^[^\S\n]*{_BULLET}|(?<=[^\S\n]{{3}})|(?<=[^\S\n][-–—/][^\S\n])|(?<=[a-zà-ÿ]{{2}}\.[^\S\n]))"
CANDIDATE = re.compile(
    rf"{_OPENS}(?P<label>[^\W\d][^:\n]{{0,150}}?(?:\n[^\S\n]*[^\W\d][^:\n]{{0,100}}?)?)"
    r"[^\S\n]*:|^[^\S\n]*" + _BULLET + r"(?P<alone>[^\W\d][^\W\d()]+(?:\(s\))?(?:[^\S\n]+[^\W\d]+(?:\(s\))?){0,9})[^\S\n]*$",
    re.M)
WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Label:
    """A list label: its category and where it lies (`end` is past its colon)."""

    category: str
    start: int
    end: int
    seat: bool = False  # "Titulaires :" / "Suppléants :", a sub-label of a présents list


def category_of(words: list[str]) -> tuple[str, bool] | None:
    """The category a label's folded words announce (and whether it only names seats), or None
    when they do not read as an attendance label."""
    opening = next((i for i, word in enumerate(words) if word in STATUS_WORDS), None)
    if opening is None or opening > MAX_LEADING or any(not _leading(w) for w in words[:opening]):
        return None
    if words[opening] == "donne" and (opening == 0 or not PROXY_WORDS & set(words)):
        return None  # "Ont donné procuration :", never a sentence "donne pouvoir à …"
    negated = {words[i + 1] for i, word in enumerate(words[:-1]) if word == "non"}
    proxy = {w for w in words if w in PROXY_WORDS} - negated
    if proxy:
        return PROXIES, False
    if negated & EXCUSED_WORDS:
        return ABSENT, False
    if EXCUSED_WORDS & set(words):
        # "Absent(s) et absent(s) excusé(s)": a bare absent beside the excused makes a mixed list
        bare = any(w in ABSENT_WORDS and (i + 1 >= len(words) or words[i + 1] not in EXCUSED_WORDS | {"s"})
                   for i, w in enumerate(words))
        bare = bare or any(w in ABSENT_WORDS and words[i + 1:i + 2] == ["s"] and words[i + 2:i + 3] == ["et"]
                           for i, w in enumerate(words))
        return (ABSENT if bare else EXCUSED), False
    if ABSENT_WORDS & set(words):
        return ABSENT, False
    if PRESENT_WORDS & set(words):
        return PRESENT, False
    if SEAT_WORDS & set(words):
        return PRESENT, True
    return None


def _leading(word: str) -> bool:
    return word in LEADING or word.startswith("etai")  # "Etaients présents" misprinted too


def find_labels(text: str, folded: str, start: int, end: int) -> list[Label]:
    """Every attendance label of `text[start:end]`, in order (`folded` is `fold(text)`)."""
    labels: list[Label] = []
    position = start
    while (match := CANDIDATE.search(folded, position, end)) is not None:
        # a rejected candidate may hide a label on its second line: search again just past its start
        position = match.start() + 1
        group = "label" if match.group("label") is not None else "alone"
        if group == "label" and re.search(r"[.,;]\s*\n", match.group("label")):
            continue  # a label does not go on past the end of a sentence or a list
        words = WORD.findall(match.group(group))
        # a label alone on its line may head a table ("Absents ayant donné pouvoir     Pouvoir à"):
        # its first cell must read as a label by itself
        found = category_of(WORD.findall(re.split(r"[^\S\n]{3,}", match.group(group))[0]) if group == "alone" else words)
        if found is None:
            continue
        category, seat = found
        if group == "alone" and (seat or any(w not in ALONE_WORDS for w in words)
                                 or not _list_follows(text, match.end(), end)):
            continue
        if seat and not any(not l.seat and l.category == PRESENT and match.start() - l.end < SEAT_REACH
                            for l in labels[-2:]):
            continue
        labels.append(Label(category, match.start(group), match.end(), seat))
        position = match.end()
    return labels


_ACCENTED = {"e": "[eéèêë]", "a": "[aàâä]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}


def label_word(word: str, whole: bool = True, shortest: int = 3) -> str:
    """A pattern for a label word printed whole or cut short with a full stop: "secrétaire",
    "Secr.", "Secrét."; "président", "Prés.", "Présid.". A compte rendu sommaire abbreviates its
    labels as it likes, and a cut word is still the label it starts. `word` is plain lower-case
    letters (accents optional in the text, any case); whole, it may take the feminine and plural;
    `whole=False` matches the cut forms only.
    """
    letters = [_ACCENTED.get(char, re.escape(char)) for char in word]
    cut = "".join(f"(?:{letter}" for letter in letters[shortest:-1]) + ")?" * (len(letters) - 1 - shortest)
    cut_form = rf"{''.join(letters[:shortest])}{cut}\."
    return rf"(?i:{''.join(letters)}e?s?\b|{cut_form})" if whole else rf"(?i:{cut_form})"


def _list_follows(text: str, position: int, end: int) -> bool:
    """Whether a label alone on its line is followed, on the next line, by something to read."""
    line = text[position:min(end, position + 200)].lstrip(" \t")
    return line.startswith("\n") and bool(line[1:].split("\n", 1)[0].strip())
