"""Content answers: the sentences of the retrieved passages that answer the question, cited.

Retrieval gives chunks; a clerk wants the sentence. Each candidate chunk of the séances in scope is
cut into sentences (or lines, for tables and lists), each scored by how many of the question's
meaningful words it holds (rare words count more), and the best ones are quoted with their exact
spans. When no sentence holds enough of the question, the archive is taken not to answer it.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.answering.scope import Scope
from assistant.citations import COLUMN_GAP
from assistant.stored import deliberation_span
from text_to_num import alpha2digit

from assistant.understanding import content_words, fold
from corpus.models import Document, Span
from index import Hit, Index, SearchFilters

# Sentence ends (not the "1." that numbers an item at a line's start); paragraph breaks; list items (dashes, bullets, the glyphs PDF extractors make of
# Symbol-font bullets: control or private-use characters); numbered items.
SENTENCE_END = re.compile(
    r"(?<=[.;!?])(?<!\bM\.)(?<!\bMM\.)(?<!\bMr\.)(?<!\bSt\.)(?<!\bn°\.)(?<!\n\d\.)(?<!\n\d\d\.)(?<!\s\s\d\.)(?<!\s\s\d\d\.)"
    r"\s+(?=[A-ZÀ-Ý0-9«\"-])|\n\s*\n"
    r"|\n(?=\s*[-–—−•*\x01-\x08\uf000-\uf0ff]\s)|\n(?=\s*\d{1,3}[/.)°][^\S\n]+\S)"
)
# a list item: a dash or bullet, or a number followed by ")" / "." / "°"
# (not a wrapped line's "2026." that ends a sentence)
LIST_ITEM = re.compile(r"\s*(?:[-–—−•*\x01-\x08\uf000-\uf0ff]\s|\d{1,3}[/.)°][^\S\n]+\S)")
MAX_LIST_CHARS = 1200
# a line laid out in columns: a table row, quoted alone since extractors order columns differently
TABLE_ROW = re.compile(rf"\S(?:{COLUMN_GAP.pattern})\S")
MAX_ROWS = 12
SYNONYMS = Path(__file__).parent.parent / "examples" / "synonyms.tsv"
YEARS_SPAN = re.compile(r"(?:19|20)\d\d[-/–](?:19|20)\d\d")
DECIMAL = re.compile(r"\b\d{1,3}[.,]\d{1,4}\b")
IDENTIFIED = 0.5  # the score a sentence gains by printing the number that identifies what is asked
MAX_ROWS_ABOVE = 40  # rows looked through upwards for a table's header
# a table cell holding a figure ("1,60 €", "12 %", "395 546", "-")
FIGURE_CELL = re.compile(r"[-+–]?\s*[\d.,  ]+\s*(?:€|%|k€|M€|euros?)?\s*$|[-–]$")


@dataclass(frozen=True)
class Sentence:
    document: Document
    span: Span
    score: float
    coverage: float


def stem(word: str) -> str:
    """A crude French stem: no plural mark, then the first 6 letters ("tarifs" → "tarif",
    "subventions" → "subven"); words of one synonym group share the stem of its first word
    ("prix", "coût" → "prix")."""
    stemmed = _crude_stem(word)
    return _synonym_stems().get(stemmed, stemmed)


def _crude_stem(word: str) -> str:
    if any(c.isdigit() for c in word):
        return word  # "2024-2025", "1234567": a figure is read whole
    if len(word) > 4 and word[-1] in "sx":
        word = word[:-1]
    return word[:6]


@lru_cache(maxsize=1)
def _synonym_stems() -> dict[str, str]:
    """Each synonym's stem → the stem of its group's first word (`examples/synonyms.tsv`)."""
    canonical: dict[str, str] = {}
    for line in SYNONYMS.read_text(encoding="utf-8").splitlines() if SYNONYMS.is_file() else []:
        words = [fold(w.strip()) for w in line.split("\t") if w.strip()]
        if len(words) > 1 and not line.startswith("#"):
            canonical.update({_crude_stem(w): _crude_stem(words[0]) for w in words})
    return canonical


@lru_cache(maxsize=32768)
def text_stems(text: str) -> frozenset[str]:
    """The stems of `text`'s content words; remembered, as the same sentences and headings are
    read again for every question on their séance."""
    words = content_words(text)
    # a span of years ("2024-2025", "2023/2024") is about each of them too
    parts = [year for w in words if YEARS_SPAN.fullmatch(w) for year in re.split(r"[-/–]", w)]
    return frozenset(stem(w) for w in words + parts)


def sentence_spans(text: str, span: Span) -> list[Span]:
    """Sentences (or list items, paragraphs) of `text[span]`, as absolute spans.

    A sentence that announces a list ("Ces tarifs sont :") is one unit with the items that follow
    it: the items hold the figures, the lead-in says what they are, and neither answers alone.
    """
    spans = []
    start = span.start
    for match in SENTENCE_END.finditer(text, span.start, span.end):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, span.end))
    spans = [s for s in spans if text[s.start:s.end].strip()]
    merged: list[Span] = []
    listing = False  # the last unit is a lead-in and its items so far
    for current in spans:
        previous = merged[-1] if merged else None
        if previous is not None and (listing or text[previous.start:previous.end].rstrip().endswith(":")) \
                and LIST_ITEM.match(text, current.start) and previous.end - previous.start < MAX_LIST_CHARS \
                and text.count("\n", previous.end, current.start) <= 2:
            merged[-1] = Span(previous.start, current.end)
            listing = True
        else:
            merged.append(current)
            listing = False
    return merged


def whole_sentences(text: str, span: Span, reach: int = 300) -> Span:
    """`span` widened to the sentences it cuts: a chunk may start or stop mid-sentence ("…au plus
    tard le 31 décembre" / "2026."), and its first and last sentences are read whole when their
    ends are near (two chunks overlapping on one sentence then give the same sentence)."""
    after = SENTENCE_END.search(text, span.end, min(len(text), span.end + reach))
    before = [m for m in SENTENCE_END.finditer(text, max(0, span.start - reach), span.start + 1)]
    start = before[-1].end() if before and before[-1].end() <= span.start else 0 if span.start <= reach else span.start
    return Span(start, after.start() if after else span.end)


def line_spans(text: str, span: Span) -> list[Span]:
    """The lines of `text[span]`, as absolute spans."""
    lines, start = [], span.start
    while start < span.end:
        end = text.find("\n", start, span.end)
        end = span.end if end < 0 else end
        lines.append(Span(start, end))
        start = end + 1
    return lines


def quoted_parts(text: str, span: Span, asked: frozenset[str] = frozenset()) -> list[Span]:
    """What to cite of an answering sentence: itself, or its rows when it is a table (a line with a
    column gap), since extractors agree on a row but not on how a table's columns interleave; of a
    table, the rows whose label holds the `asked` stems when any does ("TOTAL DÉPENSES … 87 370"
    for "quel budget total ?")."""
    lines = line_spans(text, span)
    if len(lines) > 1 and any(TABLE_ROW.search(text, line.start, line.end) for line in lines):
        rows = [line for line in lines if text[line.start:line.end].strip()]
        labelled = {i for i, row in enumerate(rows) if asked & _label_stems(text, row)}
        # a label wrapped away from its figures ("Foncier" / "   19.38   395 546" / "(bâti)"):
        # the rows of figures alone next to a labelled row are part of it
        beside = {j for i in labelled for j in (i - 1, i + 1) if 0 <= j < len(rows) and _figures_only(text, rows[j])}
        # figures picked read with the table's column header ("Tarif actuel   Tarif au 1er septembre")
        header = {0} if any(_figures(text, rows[i]) for i in labelled) and _is_header(text, rows[0]) else set()
        return [rows[i] for i in sorted(header | labelled | beside)][:MAX_ROWS] if labelled else rows[:MAX_ROWS]
    return [span]


def header_above(text: str, span: Span) -> str:
    """The column header of the table a row stands in, however many rows above ("Commune   Opération
    …   Aide accordée" over the rows of communes): what its figures are. Empty outside tables."""
    if not TABLE_ROW.search(text, span.start, span.end):
        return ""
    header: list[str] = []
    for row in _lines_upwards(text, span.start):
        if not TABLE_ROW.search(text, row.start, row.end) or (header and _figures(text, row)):
            break
        if not _figures(text, row):
            header.insert(0, text[row.start:row.end])
    return " ".join(header)


def _lines_upwards(text: str, position: int) -> list[Span]:
    """The lines above `position`, nearest first (the whole line `position` stands in, when it
    starts inside it), at most `MAX_ROWS_ABOVE`."""
    lines = []
    line_start = text.rfind("\n", 0, position) + 1
    if line_start < position:
        line_end = text.find("\n", line_start)
        lines.append(Span(line_start, line_end if line_end >= 0 else len(text)))
    end = line_start - 1
    while end > 0 and len(lines) < MAX_ROWS_ABOVE:
        start = text.rfind("\n", 0, end) + 1
        lines.append(Span(start, end))
        end = start - 1
    return lines


def _cells(text: str, row: Span) -> list[str]:
    return [cell for cell in COLUMN_GAP.split(text[row.start:row.end].strip()) if cell]


def _figures(text: str, row: Span) -> list[str]:
    """A table row's cells that hold figures."""
    return [cell for cell in _cells(text, row) if FIGURE_CELL.match(cell)]


def _is_header(text: str, row: Span) -> bool:
    """A table's column header: a row of several cells none of which is a figure."""
    return len(_cells(text, row)) >= 2 and not _figures(text, row)


def _figures_only(text: str, row: Span) -> bool:
    """A table row with no label: it starts with a column gap."""
    gap = COLUMN_GAP.match(text, row.start)
    return gap is not None and bool(text[gap.end():row.end].strip())


def _label_stems(text: str, row: Span) -> frozenset[str]:
    """The stems of a table row's labels: what stands before its first column gap, and in a row of
    figures every word ("Travaux   71 300,00 € DETR (30 %)   25 380,00 €": two tables side by side
    put a label in each half); a header's words past its first cell label no figure."""
    gap = COLUMN_GAP.search(text, row.start, row.end)
    first = text_stems(text[row.start:gap.start()]) if gap and gap.start() > row.start else frozenset()
    if not _figures(text, row):
        return first
    return first | frozenset(w for w in text_stems(text[row.start:row.end]) if not any(c.isdigit() for c in w))


def _row_fit(text: str, span: Span, weight: dict[str, float], total: float) -> float:
    """How much of the question a table's best row label holds (0 outside tables): a row
    "TOTAL DÉPENSES … 87 370" answers "quel budget total ?" better than the header naming TOTAL."""
    rows = [line for line in line_spans(text, span) if TABLE_ROW.search(text, line.start, line.end)]
    return max((sum(weight[w] for w in weight if w in _label_stems(text, row)) / total for row in rows), default=0.0)


def retrieve(index: Index, question: str, scope: Scope, k: int = 12) -> list[Hit]:
    """The best chunks of the séances in scope.

    The search over the whole archive ranks séances against each other; its hits inside the scope
    come first. When few séances are in scope, a search inside each of them adds what the global
    ranking missed, taken in turn (their scores are not comparable across searches).
    """
    wanted = {d.id for d in scope.documents}
    ranked = [h for h in index.search(question, k=k * 4) if h.document_id in wanted]
    if scope.narrowed and len(scope.documents) <= 3:
        seen = {h.chunk_id for h in ranked}
        per_document = [index.search(question, k=k, filters=SearchFilters(document=d.id)) for d in scope.documents]
        for position in range(k):
            for hits in per_document:
                if position < len(hits) and hits[position].chunk_id not in seen:
                    seen.add(hits[position].chunk_id)
                    ranked.append(hits[position])
    return ranked[:k * 2]


# what an answer to "combien…" must hold: a sum of money, or at least a count that is not a year
FIGURES = {
    # a sum with its unit, or the grouped thousands of a budget table ("87 370", "148.786,64")
    "money": re.compile(r"\d[\d \u00a0\u202f.,]*\s*(?:€|euros?\b|k€|M€|%|millions?\b|milliards?\b)|\b\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?:,\d+)?\b"
                        r"(?!\s*(?:habitants|personnes|m2|m²|km|kg|tonnes|heures|jours|places|logements|élèves|"
                        r"adhérents|agents|exemplaires|visiteurs|abonnés))", re.IGNORECASE),
    # a count, not a year nor a reference ("article L.2121-21", "n°2014/131")
    "number": re.compile(r"(?<![\w.°/-])(?!(?:19|20)\d\d\b)\d+\b(?![/-]\d)"),
    # a time of day: "16h", "20 h 30", "19:00", "dix-neuf heures" is left to "time"
    "hour": re.compile(r"\b\d{1,2}\s*(?:h|heures?)(?:\s*\d\d)?\b|\b\d{1,2}:\d\d\b", re.IGNORECASE),
    # a day ("13 juillet", "13/07/2021"), a time of day ("16h", "20 h 30"), a year
    "time": re.compile(r"\b\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|"
                       r"octobre|novembre|d[ée]cembre)|\b\d{1,2}\s*h\b|\b\d{1,2}\s*h\s*\d\d\b|"
                       r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:19|20)\d\d\b", re.IGNORECASE),
}


# focus nouns that are stopwords elsewhere, with the words an answering sentence shows them by
DURATION = re.compile(r"\d+\s*(?:h\b|heures?|jours?|semaines?|mois|ans?\b|années?)|délai|durée", re.IGNORECASE)
FOCUS_WORDS = {"voix": re.compile(r"\bvoix\b|\bvotes?\b|suffrages", re.IGNORECASE),
               "delai": DURATION, "duree": DURATION,
               "euros": re.compile(r"\d\s*(?:€|euros?\b)", re.IGNORECASE),  # a sum, not a percentage
               # a rate is shown by its figure: "fixée à 1,2 %" answers "quel taux d'évolution…"
               "taux": re.compile(r"\btaux\b|\d\s*%|\bpour ?cent\b", re.IGNORECASE)}

WORD = re.compile(r"[^\W\d_]{2,}")
# characters before a sentence that may announce what it lists ("Ces tarifs sont :")
LEAD = 160
# a sentence that opens on a pronoun ("Ils sollicitent une aide de 536 €") is about what the
# sentences before it name ("… l'association Amaëlles. Il demande … 4 bénéficiaires …"): read further back
ANAPHORA = re.compile(r"\s*(?:ils|elles|il|elle|celle-ci|celui-ci|ceux-ci|celles-ci|cette derni[eè]re|ce dernier|"
                      r"leur|leurs|ce montant|cette somme)\b", re.IGNORECASE)
ANAPHORIC_LEAD = 400

# a person named in running text: "M. LEBLANC", "Madame Annick Macé", "Jacques MARTINEAU"
# (on one line: a table's "Bâti" above its "TOTAL" names nobody)
NAMED_PERSON = re.compile(r"\b(?:M\.|Mme|Mr|MM\.|Monsieur|Madame|Mademoiselle)[^\S\n]+[A-ZÀ-Ý]|"
                          r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?[^\S\n]+[A-ZÀ-Ý]{3,}\b")
# a body named in the course of a sentence: "financé par l'État", "avec la Région"
NAMED_BODY = re.compile(r"(?<=[a-zà-ÿ,] )(?:l['’]|la |le |les )?[A-ZÀ-Ý][a-zà-ÿ]{2,}")


@dataclass(frozen=True)
class Requirement:
    """What a sentence must hold to answer: a figure, the asked-for noun, a person's name."""

    wants: str | None = None  # "money" | "number" | "time"
    focus: str | None = None
    person: bool = False
    names: frozenset[str] = frozenset()  # stems of the names the question gives ("Vital'Marche")
    years: frozenset[str] = frozenset()  # years the question asks about, besides its séance's date
    counted: bool = False  # the focus is what "combien de…" counts: a figure must count it
    body: bool = False  # a body must be named (when no person is, for "qui…")
    # how the numbers that identify one thing among its siblings are printed ("tranche 2", "lot 4"):
    # a sentence printing one outranks one about a sibling ("tranche 1")
    identifiers: tuple[re.Pattern[str], ...] = ()
    of_what: str | None = None  # the stem of what a rate or fare is asked of ("taux de TEOM")

    def met_by(self, text: str, stems: set[str], context: frozenset[str] = frozenset(),
               item: frozenset[str] = frozenset(), titles: frozenset[str] | None = None) -> bool:
        """Whether the sentence `text` (its stems with those of its lead-in in `stems`, its
        heading's in `context`, of which its deliberation's and section's titles in `titles`,
        its deliberation's in `item`) holds what is asked."""
        figure = FIGURES.get(self.wants or "")
        if figure is not None and not figure.search(_in_figures(text) if self.wants == "number" else text) \
                and not (self.wants == "money" and _bare_rate(text, stems)):
            return False  # a count may be printed in words: "six offres"; a rate without its "%"
            # ("les taux suivants :" / "Taxe foncière sur le bâti   19.38") is called a rate above it
        if self.focus is not None and not (FOCUS_WORDS[self.focus].search(text) or self.focus == "taux" and _bare_rate(text, stems)
                                           if self.focus in FOCUS_WORDS else stem(self.focus) in stems):
            return False
        if self.counted and self.focus not in FOCUS_WORDS and not counts(text, str(self.focus)):
            return False  # "combien d'offres…" is not answered by the sum of the offer retained
        if self.names and not self.names & (stems | context | item):
            # "combien d'adhérents compte Vital'Marche ?" is not answered about another club; a
            # deliberation about Logissia's loan names Logissia once, not in each of its figures
            return False
        if self.of_what is not None and self.of_what not in stems | context:
            return False  # "le taux de TEOM" is not answered by another rate of the same report
        if self.years and not self.years & (stems | (context if titles is None else titles)):
            # a figure for 2020 does not answer for 2021-2022; the séance's date above it does
            # not say the year the figure is for ("Tarification 2025" voted in December 2024)
            return False
        return (not self.person or bool(NAMED_PERSON.search(text))) and (not self.body or bool(NAMED_BODY.search(text)))


def numbers_in_figures(text: str) -> str:
    """`text` with its numbers in words made figures ("six offres" → "6 offres")."""
    return alpha2digit(text, "fr", threshold=0)


# a sentence is read again for every question on its séance: its figures are worked out once
_in_figures = lru_cache(maxsize=4096)(numbers_in_figures)


def counts(text: str, noun: str) -> bool:
    """Whether `text` gives a count of `noun`, in words or figures: "6 offres", "six offres
    reçues", "nombre d'offres reçues : 6", a table's "Offres reçues     6"; a sentence on "le
    nombre d'adjoints" gives it wherever it puts the figure ("en fixant celui-ci à 21")."""
    root = re.escape(stem(noun))
    folded = fold(_in_figures(text))
    return bool(re.search(rf"\b\d+\s+(?:[\w'-]+\s+){{0,2}}?(?:\w')?{root}|\bnombre d(?:e |es |')\s*{root}"
                          rf"|{root}\w*(?:\s+[\w'-]+){{0,3}}?(?:\s*:\s*|\s{{2,}})\d+\b(?![\d \u00a0]*(?:€|euro|%))",
                          folded))


def _bare_rate(text: str, stems: set[str]) -> bool:
    """A rate printed without its "%" ("les taux suivants :" / "Taxe foncière sur le bâti   19.38"):
    a decimal figure, no sum in euros, in a sentence whose own words or lead-in call it a rate."""
    return stem("taux") in stems and bool(DECIMAL.search(text)) and not FOCUS_WORDS["euros"].search(text)


def best_sentences(question_words: list[str], hits: list[Hit], documents: dict[str, Document],
                   limit: int = 4, requirement: Requirement = Requirement(),
                   rarity: dict[str, float | None] | None = None) -> list[Sentence]:
    """The sentences of `hits` that hold most of the question's words, best first.

    A sentence is read in its context: the words of its chunk's heading (séance, deliberation
    title) count towards coverage, so "le montant total des travaux s'élèverait à …" answers a
    question on the presbytery works when it sits under that deliberation's title. It must still
    hold one question word itself, and what the `requirement` asks (a figure, the asked-for noun,
    a name). A word weighs by its `rarity` in the archive when given ("pacte" outweighs "dit"; a
    word the archive never prints, most), else by its rarity among the retrieved sentences.
    """
    words = {stem(w) for w in question_words}
    if not words:
        return []
    texts = []
    for rank, hit in enumerate(hits):
        document = documents.get(hit.document_id)
        if document is None:
            continue
        context = text_stems(hit.heading)
        titles = text_stems(hit.heading.partition(" › ")[2])  # the heading past the séance's
        item = _item_stems(document, hit) if requirement.names else frozenset()
        for span in sentence_spans(document.text, whole_sentences(document.text, Span(hit.start, hit.end))):
            if not WORD.search(document.text, span.start, span.end):
                continue  # a bare number ("1." of a section heading) says nothing by itself
            stems = text_stems(document.text[span.start:span.end])
            reach = ANAPHORIC_LEAD if ANAPHORA.match(document.text, span.start) else LEAD
            lead = text_stems(document.text[max(hit.start, span.start - reach):span.start]) \
                | text_stems(header_above(document.text, span))
            texts.append((document, span, rank, stems, context, lead, item, titles))
    frequency: dict[str, int] = {}
    for *_, stems, _, _, _, _ in texts:
        for word in words & stems:
            frequency[word] = frequency.get(word, 0) + 1
    if rarity is not None:
        unseen = 1.0 + max((r for r in rarity.values() if r is not None), default=0.0)
        weight = {w: 1.0 + max(unseen if rarity.get(q) is None else rarity[q] for q in question_words if stem(q) == w)
                  for w in words}
    else:
        weight = {w: 1.0 + math.log(1 + len(texts) / (1 + frequency.get(w, 0))) for w in words}
    total = sum(weight.values())
    asked = {stem(requirement.focus)} if requirement.focus else set()
    # a noun a figure shows ("délai" by "36H avant", "taux" by "1,2 %") is held by a sentence meeting it
    shown = asked & words if requirement.focus in FOCUS_WORDS else set()
    candidates: dict[tuple[str, int, int], Sentence] = {}
    for document, span, rank, stems, context, lead, item, titles in texts:
        own = words & stems | shown
        # a figure may stand in a sentence whose lead-in says what it is ("Election du délégué
        # suppléant" / "à 15 voix pour…"); any other answer must share a word of the question itself
        if not (own or requirement.wants and words & lead) \
                or not requirement.met_by(document.text[span.start:span.end], stems | lead, context, item, titles):
            continue
        if len(words) > 1 and not ((own | (words & (lead | context))) - asked):
            continue  # only the asked noun in common, in the sentence and what heads it ("… 5 200 euros"
            # for "combien d'euros…"): another subject
        coverage = sum(weight[w] for w in own | (words & (context | lead))) / total
        score = coverage + 0.5 * sum(weight[w] for w in own) / total - 0.01 * rank \
            - 0.002 * max(0, len(stems) - 40) + _row_fit(document.text, span, weight, total) \
            + IDENTIFIED * any(p.search(fold(document.text[span.start:span.end])) for p in requirement.identifiers)
        key = (document.id, span.start, span.end)
        if key not in candidates or candidates[key].score < score:
            candidates[key] = Sentence(document, span, score, coverage)
    return sorted(candidates.values(), key=lambda s: -s.score)[:limit]


def _item_stems(document: Document, hit: Hit) -> frozenset[str]:
    """The stems of the whole deliberation a retrieved chunk belongs to (none outside one)."""
    span = deliberation_span(document, hit.deliberation_id)
    return frozenset() if span is None else text_stems(document.text[span.start:span.end])
