"""One deliberation: what it is, what was decided, its facts each linked to its passage, its text.

Facts (vote, rapporteur, amounts, elections…) are what staff check most; selecting one opens the
sentence it was read from in the citation panel, so every figure on screen can be verified.
"""
from __future__ import annotations

from rich.text import Text
from textual.widget import Widget
from textual.widgets import Static

from assistant.models import DeliberationDetail
from tui.backend import Service
from tui.messages import span_citation_id
from tui.screens.record import RecordScreen, section
from tui.widgets.citation_list import CitationList


class DeliberationScreen(RecordScreen[DeliberationDetail]):
    SUBTITLE = "Délibération"

    def fetch(self, service: Service) -> DeliberationDetail:
        return service.deliberation(self.record_id)

    def heading(self, record: DeliberationDetail) -> Text:
        heading = Text(" ".join((record.title or record.document).split()), style="bold")
        where = [f"n° {record.number}" if record.number else None,
                 record.date.strftime("%d/%m/%Y") if record.date else None, record.collectivity, record.body]
        heading.append("\n" + " · ".join(part for part in where if part))
        if record.result:
            heading.append(f"\nRésultat : {record.result}")
        return heading

    def sections(self, record: DeliberationDetail) -> list[Widget]:
        facts = [(Text.assemble((f"{fact.label} : ", "bold"), " ".join(fact.value.split())),
                  span_citation_id(record.document_id, fact.start, fact.end))
                 for fact in record.facts]
        return [section("Faits (Entrée : voir la source)"), CitationList(facts, classes="facts"),
                section("Texte"), Static(Text(record.text), classes="record-text")]
