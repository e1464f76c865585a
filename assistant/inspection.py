"""What the assistant read in one document, field by field with the printed text of every span,
and the gaps a user should know about (`delib inspect`, the reading report of `delib ingest`).

Staff ingesting their own archive need to see at once whether a file was understood: a séance
without a date cannot be asked about by date, one without attendance cannot answer "qui était
présent ?". The report names those gaps; the inspection shows every value with its span, so a
wrong reading is visible and can be reported with the exact passage.
"""
from __future__ import annotations

import dataclasses
from typing import Any

from assistant.collectivities import UNKNOWN_COLLECTIVITY, collectivity_of
from assistant.facts import vote_summary
from corpus.models import Document, Vote


def gaps(document: Document) -> list[str]:
    """What looks missing from the reading of `document`, in French; empty when complete."""
    seance = document.seance
    found = []
    if seance.date is None:
        found.append("pas de date de séance")
    if collectivity_of(document) == UNKNOWN_COLLECTIVITY:
        found.append("pas de collectivité")
    if seance.attendance is None or not (seance.attendance.present or seance.attendance.present_count):
        found.append("pas de présents")
    # an item without a vote is common (informations, questions diverses); none at all is not
    if seance.deliberations and not any(d.votes or d.elections for d in seance.deliberations):
        found.append("aucun vote lu")
    return found


def annotated(document: Document) -> dict[str, Any]:
    """The document's records as JSON-ready data, every span given with the text it covers."""
    text = document.text

    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            walked = {k: walk(v) for k, v in value.items()}
            if set(value) == {"start", "end"}:
                walked["text"] = text[value["start"]:value["end"]]
            return walked
        if isinstance(value, (list, tuple)):
            return [walk(v) for v in value]
        return value.isoformat() if hasattr(value, "isoformat") else value

    seance = walk(dataclasses.asdict(document.seance))
    seance["span"].pop("text", None)  # the whole text
    for deliberation in seance["deliberations"]:
        deliberation["span"].pop("text", None)
    return {"document": document.name, "id": document.id, "collectivity": collectivity_of(document),
            "gaps": gaps(document), "seance": seance}


def summary_lines(document: Document) -> list[str]:
    """The reading in a few French lines, each value followed by where it was printed."""
    seance = document.seance

    def shown(value: str, span: Any) -> str:
        return f"{value} [{span.start}-{span.end}]" if span is not None else value

    lines = [f"document : {document.name}"]
    lines.append("date : " + (shown(seance.date.value.isoformat(), seance.date.span) if seance.date else "—"))
    lines.append("collectivité : " + (shown(seance.collectivity.value, seance.collectivity.span)
                                      if seance.collectivity else collectivity_of(document)))
    lines.append("organe : " + (shown(seance.body.value, seance.body.span) if seance.body else "—"))
    for label, person in (("président", seance.president), ("secrétaire", seance.secretary)):
        lines.append(f"{label} : " + (shown(person.name, person.span) if person else "—"))
    attendance = seance.attendance
    if attendance is not None:
        for label, people in (("présents", attendance.present), ("absents", attendance.absent),
                              ("excusés", attendance.excused)):
            lines.append(f"{label} ({len(people)}) : " + ", ".join(p.name for p in people))
        lines.append(f"procurations ({len(attendance.proxies)}) : " + ", ".join(
            f"{p.giver.name} → {p.holder.name if p.holder else '?'}" for p in attendance.proxies))
        for label, count in (("en exercice", attendance.in_office), ("présents (nombre)", attendance.present_count),
                             ("votants", attendance.voters)):
            if count is not None:
                lines.append(f"{label} : {shown(str(count.value), count.span)}")
    lines.append(f"délibérations ({len(seance.deliberations)}) :")
    for deliberation in seance.deliberations:
        title = " ".join(deliberation.title.value.split())[:90] if deliberation.title else "(sans titre)"
        number = deliberation.number.value if deliberation.number else deliberation.ordinal
        votes = "; ".join(vote_summary(v) + _who(v) for v in deliberation.votes) or "pas de vote lu"
        lines.append(f"  {number}. {title} — {votes}")
        for election in deliberation.elections:
            office = f" ({election.office.value})" if election.office else ""
            results = ", ".join(f"{c.person.name} {c.votes.value} voix" for c in election.candidates)
            lines.append(f"     élection{office} : {results or 'pas de résultat par candidat lu'}")
    missing = gaps(document)
    lines.append("lecture incomplète : " + ", ".join(missing) if missing else "lecture complète")
    return lines


def _who(vote: Vote) -> str:
    """The members and groups a vote names, by position: " (contre : X, Y ; abstention : groupe Z)"."""
    by_position: dict[str, list[str]] = {}
    for named in vote.named:
        by_position.setdefault(named.position, []).append(named.person.name)
    for grouped in vote.groups:
        by_position.setdefault(grouped.position, []).append(f"groupe {grouped.group.value}")
    said = " ; ".join(position + " : " + ", ".join(names) for position, names in by_position.items())
    return f" ({said})" if said else ""
