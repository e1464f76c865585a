"""Answers to "quelles sont les actions / mesures / volets de X ?": the enumerated items of the text.

A deliberation states its lists in two shapes, whatever the collectivity: a lead-in ending with ":"
followed by bullet or numbered lines ("se décline à travers trois volets majeurs : - … - …"), and
an outline of numbered sections ("1. Renforcer l'accès aux droits", "2. Fortifier …"), each with
its own lists. The answer is read from that structure, not from sentences that merely contain the
asked word:
- a list whose lead-in (or section title) names what the question narrows to ("… concernent le
  logement") answers with that list and its section;
- else a list whose lead-in names the asked noun ("volets") answers alone;
- else the outline answers: each section with the items listed under it.
Headings that call themselves by the asked noun and a number ("Axe 1 : …", "Axe 2 : …") answer
"quels sont les axes ?" first. A content question that asks for no list ("que prévoit le pacte
pour le logement ?") is answered the same way when a numbered section's title names its subject.
Every item is cited on its own line. When the deliberation has no list, the passages answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.passages import line_spans, retrieve, stem, text_stems
from assistant.answering.result import PASSAGE, Result, cite_line, seance_label
from assistant.answering.scope import Scope
from assistant.answering.verify import in_figures
from assistant.understanding import Understanding, fold
from corpus.models import Deliberation, Document, Span
from corpus.parse.counts import number_value
from index import Index

# "quels sont les…", "quelles actions…", "liste des…": a question that asks for several things
ASKS_LIST = re.compile(r"\bquel(?:le)?s\b|\blist(?:e|er|ez)\b|\benumer|\bdetaill|^(?:citez|donnez|indiquez) (?:les|moi les)\b")
# bullets: dashes, dots and the private-use glyphs PDF extractors make of Symbol / Wingdings bullets
BULLET = re.compile(r"[^\S\n]*(?:[-–—−•▪◦*·\x01-\x08\uf000-\uf0ff]|\d{1,2}[.)°]|[a-h]\)|[ivx]{1,4}[.)])[^\S\n]+(?=\S)",
                    re.IGNORECASE)
SECTION = re.compile(r"(?m)^[^\S\n]*(?P<number>\d{1,2})[.)][^\S\n]+(?P<title>[A-ZÀ-Ý][^\n]{2,150})$")
LEAD_IN = re.compile(r"(?m)^[^\n]*:[^\S\n]*$")
MAX_GAP_LINES = 1  # blank lines allowed between a lead-in and its first item, or between items
MIN_ITEMS = 2
# words that size or rank what is listed without naming it ("les grandes orientations")
GENERIC = {"grandes", "grands", "principales", "principaux", "differentes", "differents", "autres", "nouvelles",
           "nouveaux", "premieres", "premiers", "dernieres", "derniers"}
LEAD_IN_LAST_WORDS = 4
LEAD_IN_REACH = 300  # characters of a lead-in's sentence read above its last line
# a part asked by its number: "le volet 2", "l'axe n° 3", "le 2e volet", "la 3ème orientation"
# (not a count: "les 3 volets")
RANKED_PART = re.compile(r"\b(?!(?:les|des|aux|ces|ses|nos|vos|leurs|sur|pour|dans|avec|par|sont|soit)\b)[a-z]{3,}\s+(?:n\s*°\s*)?(?P<after>\d{1,2})\b(?![.,]?\d|\s*(?:€|%|euros?)|\s+[a-z]*(?:janv|fevr|mars|avril|mai|juin|juil|aout|sept|octo|nove|dece))"
                         r"|\b(?P<before>\d{1,2})\s*(?:er|ere|re|e|eme)\s+[a-z]{3,}")


@dataclass(frozen=True)
class Block:
    """A list: its lead-in line, its items, and the numbered section it stands in (if any)."""

    lead_in: Span
    items: tuple[Span, ...]
    section: Span | None


def asks_list(understanding: Understanding) -> bool:
    """A content question asking for several things by a plural noun ("quelles actions…")."""
    focus = understanding.focus
    return understanding.kind == "content" and focus is not None and focus.endswith(("s", "x")) \
        and bool(ASKS_LIST.search(fold(understanding.question)))


def _asks_content(understanding: Understanding) -> bool:
    """A content question asking for no figure ("que prévoit le pacte pour le logement ?"): a
    numbered section whose title names its subject answers with what the section lists."""
    return understanding.kind == "content" and understanding.wants is None


def _blocks(text: str, span: Span) -> list[Block]:
    """Every lead-in line ending with ":" followed by at least two bullet lines."""
    lines = line_spans(text, span)
    sections = [Span(m.start(), m.end()) for m in SECTION.finditer(text, span.start, span.end)]
    blocks = []
    for position, line in enumerate(lines):
        if not LEAD_IN.fullmatch(text, line.start, line.end) and not text[line.start:line.end].rstrip().endswith(":"):
            continue
        items, gap, numbered = [], 0, False
        for following in lines[position + 1:]:
            content = text[following.start:following.end]
            if not content.strip():
                gap += 1
                if gap > MAX_GAP_LINES:
                    break
                continue
            bullet = BULLET.match(content)
            # a numbered line reads like a section title ("1. Créer une plateforme…"); under a
            # lead-in, numbered lines in a row are its items (not after items of another bullet)
            section = SECTION.fullmatch(text, following.start, following.end)
            if bullet and (not section or (numbered if items else _numbered_run(text, lines, following))):
                numbered = numbered or (not items and section is not None)
                items.append(Span(following.start + bullet.end(), following.end))
                gap = 0
            elif items and not gap and not BULLET.match(content) and content[:1].isspace():
                items[-1] = Span(items[-1].start, following.end)  # an item wrapped on the next line
            else:
                break
        if len(items) >= MIN_ITEMS:
            section = next((s for s in reversed(sections) if s.start < line.start), None)
            blocks.append(Block(line, tuple(items), section))
    return blocks


def _numbered_run(text: str, lines: list[Span], first: Span) -> bool:
    """Whether the numbered line `first` is followed by the next number within two lines ("1. …"
    then "2. …"): a list, not a section title with its text under it."""
    number = SECTION.fullmatch(text, first.start, first.end)
    after = [line for line in lines if line.start > first.start][:2]
    return number is not None and any(re.match(rf"[^\S\n]*{int(number['number']) + 1}[.)][^\S\n]", text[line.start:line.end])
                                      for line in after)


# a heading that names its kind and number: "Axe 1 : Préserver…", "Orientation II – …", "Action 3. …"
LABELLED = re.compile(r"(?m)^[^\S\n]*(?P<label>[A-Za-zÀ-ÿ]{3,})[^\S\n]+(?P<number>\d{1,2}|[IVX]{1,4})[^\S\n]*[:.–-][^\S\n]*"
                      r"(?P<title>\S[^\n]*)$")


def _labelled(text: str, span: Span, focus: str) -> list[Span]:
    """The headings that call themselves by the asked noun and a number ("Axe 1 :", "Axe 2 :"
    for "quels sont les axes ?"), when there are at least two; each with its wrapped line."""
    found = []
    for match in LABELLED.finditer(text, span.start, span.end):
        if stem(fold(match["label"]).rstrip("sx")) != stem(focus.rstrip("sx")):  # "Axe" for "axes"
            continue
        end = match.end()
        following = re.match(r"\n[^\S\n]*[a-zà-ÿ][^\n]*", text[end:span.end])
        found.append(Span(match.start("label"), end + (following.end() if following else 0)))
    return found if len(found) >= MIN_ITEMS else []


def _ranked_part(question: str) -> int | None:
    """The number of the part a question asks about: "le volet 2", "le 2e axe", "la troisième
    orientation" (numbers in words made figures first)."""
    match = RANKED_PART.search(in_figures(question))
    return int(match["after"] or match["before"]) if match else None


def _section_number(text: str, block: Block) -> int | None:
    """The number of the numbered section a list stands in ("2. Fortifier …" → 2)."""
    section = SECTION.match(text, block.section.start, block.section.end) if block.section else None
    return int(section["number"]) if section else None


def _stems(text: str, span: Span | None) -> frozenset[str]:
    return text_stems(text[span.start:span.end]) if span is not None else frozenset()


def _names_items(text: str, block: Block, focus: str) -> bool:
    """Whether the lead-in calls its items by the asked noun: the noun stands among its last words
    ("… trois volets majeurs :", "les axes suivants :"), not anywhere in it ("les trajets
    domicile/école … aux enjeux suivants :" lists stakes, not schools); or its sentence, wrapped
    over lines above, counts them by that noun ("expose les quatre orientations / retenues pour le
    budget 2024 :" over four items)."""
    words = re.findall(r"\w+", fold(text[block.lead_in.start:block.lead_in.end]))
    if stem(focus) in {stem(w) for w in words[-LEAD_IN_LAST_WORDS:]}:
        return True
    lead = _lead_sentence(text, block.lead_in)
    counted = re.findall(r"(\w+)\s+(?:\w+\s+)?(\w+)", fold(text[lead.start:block.lead_in.start]))
    return any(stem(noun) == stem(focus) and number_value(number) == len(block.items) for number, noun in counted)


def _lead_sentence(text: str, lead_in: Span) -> Span:
    """A lead-in line with the lines above it that its sentence wraps over ("elle expose les quatre
    orientations" / "retenues pour le budget primitif 2024 :"), back to a sentence's end, a blank
    line or a bullet; a lead-in line that is itself a bullet stands alone."""
    if BULLET.match(text, lead_in.start):
        return lead_in
    above = text[max(0, lead_in.start - LEAD_IN_REACH):lead_in.start]
    ends = list(re.finditer(r"[.;!?:](?=\s)|\n[^\S\n]*\n|\n(?=" + BULLET.pattern + ")", above, re.IGNORECASE))
    start = lead_in.start - len(above) + ends[-1].end() if ends else lead_in.start
    while start < lead_in.start and text[start].isspace():
        start += 1
    return Span(start, lead_in.end)


def _pick(text: str, blocks: list[Block], focus: str, specific: list[str], count: int | None = None) -> list[Block]:
    """The blocks that answer: the one whose section or lead-in names the question's specific
    words, else the one whose lead-in calls its items by the asked noun, else every block of a
    numbered outline (one per section). A count the question states ("les trois grandes
    orientations") keeps the lists of that many items, when there are any."""
    if count is not None and any(len(b.items) == count for b in blocks):
        blocks = [b for b in blocks if len(b.items) == count]
    def weight(block: Block) -> tuple[int, int]:
        heading = _stems(text, block.section) | _stems(text, block.lead_in)
        listed = text_stems(" ".join(text[i.start:i.end] for i in block.items))
        return sum(w in heading for w in specific), sum(w in listed for w in specific)

    if specific:
        scored = sorted(((weight(b), b) for b in blocks), key=lambda pair: pair[0], reverse=True)
        if scored and scored[0][0][0] > 0:
            return [scored[0][1]]
    named = [b for b in blocks if _names_items(text, b, focus)]
    if named:
        return named[:1]
    outline = {b.section: b for b in reversed(blocks) if b.section is not None}
    return sorted(outline.values(), key=lambda b: b.lead_in.start) if len(outline) >= MIN_ITEMS else []


def _count_and_noun(words: list[str], focus: str) -> tuple[int | None, str]:
    """ "les trois grandes orientations": 3, and the noun asked for past the count and its adjective."""
    count = number_value(focus) if focus else None
    if count is None or focus not in words:
        return count, focus
    following = [w for w in words[words.index(focus) + 1:] if w not in GENERIC]
    return count, following[0] if following else focus


def _deliberation(index: Index, understanding: Understanding, scope: Scope) -> tuple[Document, Deliberation] | None:
    """The deliberation of the best passage in scope."""
    documents = {d.id: d for d in scope.documents}
    for hit in retrieve(index, understanding.question, scope, k=6):
        document = documents.get(hit.document_id)
        if document is None:
            continue
        for deliberation in document.seance.deliberations:
            if deliberation.span.start <= hit.start < deliberation.span.end:
                return document, deliberation
    return None


def listed(index: Index, understanding: Understanding, scope: Scope) -> Result | None:
    """The items the text lists for a "quelles sont les …" question, each cited; None when the
    deliberation holds no list that answers (the passages then do)."""
    if not scope.documents or not (asks_list(understanding) or _asks_content(understanding)):
        return None
    found = _deliberation(index, understanding, scope)
    if found is None:
        return None
    document, deliberation = found
    text = document.text
    title = _stems(text, deliberation.title.span) if deliberation.title else frozenset()
    words = understanding.subject_words(scope.place_words)
    count, focus = _count_and_noun(words, understanding.focus or "")
    specific = [stem(w) for w in words if stem(w) not in title and w != focus and len(w) > 3 and w not in GENERIC]
    labelled = _labelled(text, deliberation.span, focus) if asks_list(understanding) else []
    if labelled:
        items = " ; ".join(" ".join(text[h.start:h.end].split()) for h in labelled)
        return Result(True, "content", f"D'après {seance_label(document)} : {items}.",
                      [cite_line(document, h) for h in labelled], [deliberation.id],
                      context=Scope([document], scope.named_collectivity, scope.named_date, scope.people,
                                    scope.place_words), basis=PASSAGE)
    ranked = _ranked_part(understanding.question)
    numbered = [b for b in _blocks(text, deliberation.span) if ranked is not None and _section_number(text, b) == ranked]
    blocks = numbered[:1] or _pick(text, _blocks(text, deliberation.span), focus, specific, count)
    if not asks_list(understanding) and not numbered:
        # "que prévoit le pacte pour le logement ?": the section its title names, if one does
        blocks = [b for b in blocks if set(specific) & _stems(text, b.section)][:1]
    if not blocks:
        return None
    pieces, citations = [], []
    for block in blocks:
        heading = (block.section if len(blocks) > 1 or specific else None) or _lead_sentence(text, block.lead_in)
        items = " ; ".join(" ".join(text[i.start:i.end].split()).rstrip(" ;.") for i in block.items)
        said = re.split(r"(?<=[a-zà-ÿ0-9]{2}[.;!?])\s+", " ".join(text[heading.start:heading.end].split()))[-1]  # its last sentence
        pieces.append(f"{said.rstrip(' :')} : {items}.")
        citations += [cite_line(document, heading)] + [cite_line(document, i) for i in block.items]
    return Result(True, "content", f"D'après {seance_label(document)} : " + " ".join(pieces), citations,
                  [deliberation.id], context=Scope([document], scope.named_collectivity, scope.named_date,
                                                   scope.people, scope.place_words), basis=PASSAGE)
