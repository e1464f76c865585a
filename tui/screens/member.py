"""One member: attendance across séances (chart, then each séance), and their named votes.

Each séance and each vote opens, in the citation panel, the line of the attendance list or of the
scrutin it was read from: "was she present on the 17th?" is answered and proven on one screen.
"""
from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from assistant.models import MemberDetail, MemberSeance
from tui.backend import Service
from tui.screens.record import RecordScreen, section
from tui.widgets.attendance_chart import AttendanceChart
from tui.widgets.citation_list import CitationList


def seance_line(seance: MemberSeance) -> Text:
    """ "17/09/2020  absent (procuration) → Mme Christine MARTIN" """
    line = Text(seance.date.strftime("%d/%m/%Y") if seance.date else seance.document, style="bold")
    line.append(f"  {seance.status}")
    if seance.proxy_to:
        line.append(f" → {seance.proxy_to}")
    if seance.proxies_from:
        line.append(f" (pouvoir de {', '.join(seance.proxies_from)})", style="italic")
    return line


class MemberScreen(RecordScreen[MemberDetail]):
    SUBTITLE = "Membre"

    def fetch(self, service: Service) -> MemberDetail:
        return service.member(self.record_id)

    def heading(self, record: MemberDetail) -> Text:
        heading = Text(record.name, style="bold")
        heading.append(f"\n{record.collectivity or 'collectivité inconnue'} · {record.seances} séance(s)")
        return heading

    def sections(self, record: MemberDetail) -> list[Widget]:
        widgets: list[Widget] = [
            AttendanceChart(record.attendance), section("Séances"),
            CitationList([(seance_line(s), s.citation.id if s.citation else None) for s in record.attendance],
                         classes="seances")]
        if record.votes:
            widgets += [section("Votes nominatifs"),
                        CitationList([(Text.assemble((f"{v.position} ", "bold"), v.title or v.deliberation),
                                       v.citation.id) for v in record.votes], classes="votes")]
        return widgets
