"""Turn a document's text into a `Seance` with its deliberations and facts.

The orchestration only: each kind of fact has its own module (segment, seance, members,
movements, votes, elections, amounts, checks), each working on absolute offsets of the one text.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from corpus.errors import NoDeliberationFound
from corpus.models import Deliberation, Document, Seance, Span
from corpus.parse.common import find_dates, find_word_dates
from corpus.parse import amounts, checks, elections, members, movements, seance, secretaries, segment, vote_recap, votes
from corpus.readers import format_of, read_text


def document_id(name: str) -> str:
    """A stable, URL-safe id for a file name (its stem, slugged)."""
    stem = Path(name).stem
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "document"
    return slug[:120]


# a leader of dots between a label and its value ("M. H. COLLIN ........ 9 voix", "Trévenec .....
# M. J.-P. RIOU"): a gap between two columns, as a run of spaces is
DOT_LEADER = re.compile(r"(?:[^\S\n]?\.){4,}[^\S\n]?")


def without_leaders(text: str) -> str:
    """`text` with its dot leaders made spaces, character for character: every offset stays valid
    in the original, and the readers of columns see a gap where the page shows one."""
    return DOT_LEADER.sub(lambda m: " " * len(m.group()), text) if "...." in text or ". . . ." in text else text


def parse_text(name: str, text: str, fmt: str = "txt") -> Document:
    """Parse `text` (already normalised by a reader) into a `Document`; the record's values are
    read from its layout (dot leaders as gaps), the document keeps the text as printed."""
    doc_id = document_id(name)
    printed, text = text, without_leaders(text)
    layout = segment.split(text)
    header = seance.parse_header(text, layout.header)
    attendance = members.parse_seance_attendance(text, layout.header)
    secretaries_named = secretaries.parse_secretaries(text, layout.header, header.secretary, header.president)
    deliberations = []
    for ordinal, item in enumerate(layout.items, start=1):
        roles = seance.parse_item_roles(text, item.span)
        deliberation = Deliberation(
            id=f"{doc_id}:{ordinal}",
            ordinal=ordinal,
            span=item.span,
            number=item.number,
            title=item.title,
            rapporteur=roles.rapporteur,
            president=roles.president,
            attendance=members.parse_item_attendance(text, item.span),
            votes=votes.parse_votes(text, item.span),
            elections=elections.parse_elections(text, item.span),
            amounts=amounts.parse_amounts(text, item.span),
            decision=votes.parse_decision(text, item.span),
        )
        deliberations.append(replace(deliberation, issues=checks.check_deliberation(deliberation)))
    deliberations = _carry_accounts_president(text, vote_recap.with_recap_votes(text, deliberations))
    record = Seance(
        span=Span(0, len(text)),
        date=header.date,
        collectivity=header.collectivity,
        body=header.body,
        convocation=header.convocation,
        opened_at=header.opened_at,
        closed_at=header.closed_at,
        president=header.president,
        secretary=secretaries_named[0] if secretaries_named else None,
        secretaries=secretaries_named,
        attendance=attendance,
        movements=movements.parse_movements(text, Span(0, len(text))),
        deliberations=tuple(deliberations),
    )
    record = replace(record, issues=checks.check_seance(record))
    if not _looks_like_council_text(text, record):
        raise NoDeliberationFound(name, "aucune séance ni délibération reconnue dans ce texte "
                                        "(ni date de séance, ni présents, ni vote)")
    return Document(id=doc_id, name=name, text=printed, format=fmt,
                    sha256=hashlib.sha256(printed.encode("utf-8")).hexdigest(), seance=record)


COUNCIL_WORDS = re.compile(r"(?i)d[ée]lib[ée]r|\bactes\b|conseil|s[ée]ance")
HEADING_CHARS = 400
ACCOUNTS = re.compile(r"compte\s+(?:administratif|financier|de\s+gestion)", re.IGNORECASE)


def _carry_accounts_president(text: str, deliberations: list[Deliberation]) -> list[Deliberation]:
    """The president elected "pour le vote du compte administratif / financier unique" presides the
    items that vote those accounts (the maire may not, CGCT L2121-14), though the text states it
    only in the election item: carry that president onto the accounts items that name none."""
    carried, president = [], None
    for deliberation in deliberations:
        span = deliberation.span
        if deliberation.president is not None and ACCOUNTS.search(text, span.start, span.end):
            president = deliberation.president
        elif president is not None and deliberation.president is None and deliberation.title is not None \
                and ACCOUNTS.search(deliberation.title.value):
            deliberation = replace(deliberation, president=president)
        carried.append(deliberation)
    return carried


def _looks_like_council_text(text: str, seance: Seance) -> bool:
    """Whether anything of a council sitting was recognised: a séance date, members, a president
    or secretary, a vote or an election; or a dated text that calls itself deliberations or acts
    of a council (a "liste des délibérations votées", a register of acts). Text with none of them
    is not indexed as a séance."""
    return any((seance.date, seance.attendance, seance.president, seance.secretary)) or any(
        d.votes or d.elections for d in seance.deliberations) or (
        bool(COUNCIL_WORDS.search(text[:HEADING_CHARS])) and bool(find_dates(text) or find_word_dates(text)))


def parse_file(path: Path, collectivity: str | None = None) -> Document:
    """Read and parse one file; raises a `CorpusError` subclass for bad input. `collectivity`,
    when given, names the séance's collectivity whatever the text prints."""
    document = parse_text(path.name, read_text(path), format_of(path))
    if collectivity:
        document = replace(document, seance=replace(document.seance, collectivity_given=collectivity))
    return document
