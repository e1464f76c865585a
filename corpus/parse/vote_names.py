"""Names printed with a vote: "Contre : 2, Monsieur TANGUY, Madame SMESSAERT", "(M. LEBLANC et
M. THUILLIER)", "Monsieur Ludovic BAECHLER qui ne prend pas part au vote", "Monsieur le Maire qui ne
prend pas part au vote" (a member designated by office).

A list of names is read greedily from a given offset: civility + capitalised words, joined by
commas or "et", and it stops at the first word that is not part of a name ("en raison du montant",
"qui estime…"), so the prose around a list never becomes a person.

A list of voters may also name political groups ("Contre : 8 (UMP + M. Viguié)", "Abstention :
groupe « Agir ensemble »"). A group is never a member: an entry is a group when a group noun leads
it ("groupe", "liste", "élus du groupe"), or when the count printed with the list is larger than
its entries, so that an entry printed without civility, and not shaped as a first name and a
surname, stands for several voters (seven votes, one entry "UMP"). Otherwise an entry stays a person.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Person, Span, Text
from corpus.names import display_name
from corpus.parse.common import make_text

CIVILITY = r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Mesdames|MM\.?|Mmes|Mme|Mlle|Mr\.?|M\.)"
# inside a list a civility may be in lower case ("Madame Andrée Noël, messieurs David, Grandsire et Grandin")
LIST_CIVILITY = r"(?:" + CIVILITY + r"|monsieur|madame|messieurs|mesdames)"
# an initial before a surname: "S. Fleurence", "J.-L. Gély", "H. Martin"
_INITIAL = r"(?:[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)?[^\S\n]*\n?[^\S\n]*)"
_CAP_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"
# a name: optional civility, then capitalised words (an upper-case surname among them)
_STOP = r"(?!(?:Vote|Pour|Contre|Abstentions?|Absentions?|Unanimit[ée]|Monsieur|Madame|Mme|M\.)(?![\w-]))"
NAME = re.compile(
    r"(?P<civ>" + LIST_CIVILITY + r"(?![\w-])[^\S\n]*\n?[^\S\n]*)?(?P<name>" + _INITIAL + "?" + _CAP_WORD + r"(?:[^\S\n]*\n?[^\S\n]*" + _STOP
    + r"(?:" + _CAP_WORD + r"|d[eu]|de la|le|la)(?![\w'’]))*)"
)
# a member designated by office, not by name: "à l'exception de Monsieur le Maire qui ne prend pas part"
TITLE = re.compile(r"(?:(?:Monsieur|Madame|Mme|M\.)\s+)?(?:le|la)\s+(?:Maire|Pr[ée]sidente?)\b(?=\s*(?:,|qui\b|ne\b|n['’]))")
# how a listed member's vote was cast, said after the name
BY_PROXY = re.compile(r"[^\S\n]*\((?:(?:par|via)[^\S\n]+)?(?:procuration|pouvoir|d[ée]l[ée]gation)[^()\n]{0,40}\)"
                      r"|[^\S\n]+(?:par|via)[^\S\n]+(?:procuration|pouvoir|d[ée]l[ée]gation)(?=[\s,;.)])", re.I)
# any other note in brackets after a listed name: where the member sits for, their weight in votes
NOTE = re.compile(r"[^\S\n]*\((?:[^()\n]|\n(?![^\S\n]*\n)){1,60}\)")  # wrapped over a line at most
SEPARATOR = re.compile(r"[^\S\n]*[,+]?[^\S\n]*\n?[^\S\n]*(?:et[^\S\n]+\n?[^\S\n]*)?")
SURNAME = re.compile(r"[A-ZÀ-Þ]{2,}|^[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?$")
SURNAME_CAPS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+"
NOT_NAMES = {"Vote", "Pour", "Contre", "Abstention", "Abstentions", "Le", "La", "Les", "Il", "Elle",
             "Unanimité", "Madame", "Monsieur"}


# "groupe UMP", "le groupe « Agir ensemble »", "les élus du groupe Pierrefonds Demain", "liste X";
# a plural article before a capitalised name is a group too ("Les Verts"), and so are names joined
# by a spaced dash ("Verts – NPA"): no person is printed so
GROUP_NOUN = re.compile(r"(?i:(?:(?:le|les|la|du|des)[^\S\n]+)?(?:[ée]lu(?:e|s|es)?[^\S\n]+(?:du|de[^\S\n]+la|des|de)[^\S\n]+)?"
                        r"(?:groupes?|liste)(?:[^\S\n]+politique)?[^\S\n]+)|Les[^\S\n]+(?=[A-ZÀ-Þ])"
                        r"|(?=[A-ZÀ-Þ][\w'’]*[^\S\n]+[–—-][^\S\n]+[A-ZÀ-Þ])")
# the group's name: quoted, or capitalised words up to a separator or the verb of the sentence
GROUP_NAME = re.compile(r"«[^»\n]{1,80}»|\"[^\"\n]{1,80}\"|[A-ZÀ-Þ][^,;:()+\n]{0,60}?(?=[^\S\n]*(?:[,;:()+.\n]|$"
                        r"|\bet\b|\bs['’][^\S\n]*abst|\bvot|\bne\b|\bn['’]|\bont\b|\bqui\b|\bsauf\b))", re.MULTILINE)


# a colon after a group's name, its members' names following
GROUP_MEMBERS = re.compile(r"[^\S\n]*:[^\S\n]*\n?[^\S\n]*")
# a first name and a surname in capitals: "Cédric de SAINT-JOUAN", "Jean-Louis GELY"
FULL_NAME = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\b.*\b[A-ZÀ-Þ]{2,}")


@dataclass(frozen=True)
class Voters:
    """Who a list of voters names: members, political groups, and where the list stops."""

    people: tuple[Person, ...] = ()
    groups: tuple[Text, ...] = ()
    end: int = 0


def read_names(text: str, start: int, end: int, need_civility: bool = False) -> list[Person]:
    """People listed from `start` (commas / "et" between them), stopping at the first non-name."""
    return [person for person, _ in _entries(text, start, end, need_civility, groups=False)[0]]


def read_voters(text: str, start: int, end: int, count: int | None = None) -> Voters:
    """The members and groups listed from `start`; `count` is the number printed with the list,
    which tells a group printed without civility from a person (see the module docstring)."""
    entries, stop = _entries(text, start, end, need_civility=False, groups=True)
    several = count is not None and count > len(entries)
    as_group = [isinstance(e, Text) or several and not civility and not FULL_NAME.search(e.name) for e, civility in entries]
    people = tuple(e for (e, _), group in zip(entries, as_group) if isinstance(e, Person) and not group)
    groups = tuple(e if isinstance(e, Text) else Text(e.name, e.span) for (e, _), group in zip(entries, as_group) if group)
    return Voters(people, groups, stop)


def _entries(text: str, start: int, end: int, need_civility: bool,
             groups: bool) -> tuple[list[tuple[Person | Text, bool]], int]:
    """The entries of a list (a person with whether a civility leads it, or a group) and the end
    of the last one."""
    entries: list[tuple[Person | Text, bool]] = []
    pos = stop = start
    while pos < end:
        group, group_end = _group(text, pos, end) if groups else (None, pos)
        match = NAME.match(text, pos, end) if group is None else None
        if group is not None:
            entries.append((group, False))
            stop = group_end
            members = GROUP_MEMBERS.match(text, group_end, end)
            first = NAME.match(text, members.end(), end) if members else None
            if first is not None and first.group("civ"):
                pos = members.end()  # "groupe « Lot Autrement » : M. Gilles LAVERGNE, Mme …": its members
                continue
        elif match and _is_name(match, need_civility):
            entries.append((_person(text, match), bool(match.group("civ"))))
            stop = _name_end(text, match)
            note = BY_PROXY.match(text, stop, end) or NOTE.match(text, stop, end)
            stop = note.end() if note else stop  # "M. D. LORANS par procuration, M. P. ÉON", "M. A (Quinsanges, 2 voix), …"
        else:
            break
        sep = SEPARATOR.match(text, stop, end)
        if not sep or sep.end() == stop or not text[stop:sep.end()].strip(" \t\n"):
            break
        pos = sep.end()
    return entries, stop


def _group(text: str, start: int, end: int) -> tuple[Text | None, int]:
    """A group led by a group noun at `start` ("groupe « Agir ensemble »", "Les Verts"), its name
    without quotes ("Agir ensemble", "Les Verts"), and where its printing ends."""
    noun = GROUP_NOUN.match(text, start, end)
    name = GROUP_NAME.match(text, noun.end(), end) if noun else None
    quoted = name is not None and name.group()[0] in "«\""
    begin = noun.start() if noun and noun.group().startswith("Les") else name.start() + quoted if name else start
    found = make_text(text, begin, name.end() - quoted) if name else None
    return (found, name.end()) if found is not None and name is not None else (None, start)


def names_in_clause(text: str, start: int, end: int) -> list[Person]:
    """Everyone a clause names, in order: members designated by office ("Mme le Maire") and lists
    led by a civility ("Mmes Capuozzi-Boualem, Prunier, Fourteau, M. Bouillé"); the words between
    ("(avec la procuration de H. Martin) membres du Conseil d'administration") are skipped, a
    name after "de"/"par" (a proxy giver, an organisation's head) is not one of them."""
    people: list[Person] = []
    pos = start
    lead = re.compile(r"(?<![\w'’])(?:" + LIST_CIVILITY + r"(?![\w-])|" + TITLE.pattern + ")")
    while pos < end:
        match = lead.search(text, pos, end)
        if match is None:
            break
        if re.search(r"\b(?:de|du|par|à)\s*$", text[max(start, match.start() - 6):match.start()]):
            pos = match.end()
            continue
        title = TITLE.match(text, match.start(), end)
        if title is not None:
            people.append(Person(" ".join(title.group().split()), Span(title.start(), title.end())))
            pos = title.end()
            continue
        first = NAME.match(text, match.start(), end)
        found = read_names(text, match.start(), end) if first and first.group("civ") else []
        if not found:
            pos = match.end()
            continue
        people += found
        pos = found[-1].span.end
    return people


def name_before(text: str, end: int, start: int) -> Person | None:
    """The person named just before `end` ("Monsieur Ludovic BAECHLER qui ne prend pas part")."""
    window = text[start:end]
    best = None
    for match in re.finditer(CIVILITY + r"\s*" + _CAP_WORD, window):
        best = match
    title = None
    for title in TITLE.finditer(window):
        pass
    if title is not None and (best is None or title.start() > best.start()):
        return Person(" ".join(title.group().split()), Span(start + title.start(), start + title.end()))
    if best is None:
        return None
    found = NAME.match(text, start + best.start(), end)
    return _person(text, found) if found and _is_name(found, True) else None


def _is_name(match: re.Match[str], need_civility: bool) -> bool:
    words = match.group("name").split()
    if need_civility and not match.group("civ"):
        return False
    if not match.group("civ") and (words[0] in NOT_NAMES or not any(SURNAME.search(w) for w in words)):
        return False
    return True


def _person(text: str, match: re.Match[str]) -> Person:
    start, end = match.start("name"), _name_end(text, match)
    return Person(display_name(text[start:end]), Span(start, end))


def _name_end(text: str, match: re.Match[str]) -> int:
    """Where a name ends: a name wraps onto the next line ("Mme Inès" / "BENCHEKROUN"), but once
    its surname in capitals is printed, a next line opening with a word in lower-case letters
    starts a sentence ("Mme Nadia CHERIF" / "Adopté à la majorité."), not more of the name."""
    start, end = match.start("name"), match.end("name")
    for line_break in re.finditer(r"[^\S\n]*\n[^\S\n]*", text[start:end]):
        before = text[start:start + line_break.start()].split()
        after = text[start + line_break.end():end].split()
        if before and re.fullmatch(SURNAME_CAPS, before[-1]) and after and any(c.islower() for c in after[0]):
            return start + line_break.start()
    return end
