"""Export of the indexed deliberations as an SCDL « Délibérations » 2.1.5 CSV.

The SCDL schema (OpenDataFrance, schema.data.gouv.fr `scdl/deliberations`) is what French open-data
portals publish, so an archive indexed here can be republished or checked against one. One row per
deliberation, the 17 columns in the schema's order. A column is filled only from what the text
states: the archive holds no SIRET, ACTES subject, budget, prefecture or URL, so those stay empty,
and a vote "à l'unanimité" without counts gives no numbers (turning it into POUR = présents would
be a guess: members leave, some do not take part).
"""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from assistant.catalog import Catalog
from assistant.collectivities import UNKNOWN_COLLECTIVITY, collectivity_of
from corpus.models import Count, Deliberation, Document, Vote

if TYPE_CHECKING:
    from assistant.service import Assistant

COLUMNS = (
    "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM",
    "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL",
    "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL",
)


def _number(count: Count | None) -> str:
    return "" if count is None else str(count.value)


def _main_vote(deliberation: Deliberation) -> Vote | None:
    """The vote on the deliberation itself, or None when it cannot be told apart.

    A deliberation voted line by line or with amendments holds several votes, each with a
    `subject`; the row is then about the one vote without a subject, if there is exactly one.
    """
    if len(deliberation.votes) == 1:
        return deliberation.votes[0]
    unqualified = [vote for vote in deliberation.votes if vote.subject is None]
    return unqualified[0] if len(unqualified) == 1 else None


def _voters(document: Document, deliberation: Deliberation, vote: Vote | None) -> Count | None:
    """Votants for this deliberation: as announced with the vote or the item, else the séance's.

    The séance's header count is used only when nobody arrived or left during the séance; after
    a movement it no longer describes every deliberation.
    """
    if vote is not None and vote.voters is not None:
        return vote.voters
    if deliberation.attendance is not None and deliberation.attendance.voters is not None:
        return deliberation.attendance.voters
    seance = document.seance
    if seance.attendance is not None and not seance.movements:
        return seance.attendance.voters
    return None


def _in_office(document: Document, deliberation: Deliberation) -> Count | None:
    """Membres en exercice: the item's count when stated, else the séance's (it does not change)."""
    for attendance in (deliberation.attendance, document.seance.attendance):
        if attendance is not None and attendance.in_office is not None:
            return attendance.in_office
    return None


def row(document: Document, deliberation: Deliberation) -> dict[str, str]:
    """The SCDL row of one deliberation; every column present, unknown ones empty."""
    seance = document.seance
    vote = _main_vote(deliberation)
    values = dict.fromkeys(COLUMNS, "")
    values.update(
        COLL_NOM=collectivity_of(document) if collectivity_of(document) != UNKNOWN_COLLECTIVITY else "",
        DELIB_ID=deliberation.number.value if deliberation.number else deliberation.id,
        DELIB_DATE=seance.date.value.isoformat() if seance.date else "",
        DELIB_OBJET=" ".join(deliberation.title.value.split()) if deliberation.title else "",
        VOTE_EFFECTIF=_number(_in_office(document, deliberation)),
        VOTE_REEL=_number(_voters(document, deliberation, vote)),
    )
    if vote is not None:
        values.update(VOTE_POUR=_number(vote.pour), VOTE_CONTRE=_number(vote.contre),
                      VOTE_ABSTENTION=_number(vote.abstention))
    return values


def rows(catalog: Catalog) -> list[dict[str, str]]:
    """One row per deliberation, séances in date order, deliberations in document order."""
    return [row(document, deliberation)
            for document in catalog.documents_by_date()
            for deliberation in document.seance.deliberations]


def to_csv(records: list[dict[str, str]]) -> str:
    """The CSV text: header line then rows, comma-separated, CRLF line ends (RFC 4180)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue()


def export_scdl(assistant: "Assistant") -> str:
    """The SCDL CSV of everything the assistant's index holds (the catalogue as last reloaded)."""
    return to_csv(rows(assistant.catalog))
