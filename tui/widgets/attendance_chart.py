"""A member's attendance as a row of coloured blocks, one per séance in date order, with a tally.

A glance must answer "does this person come?": colour says the status of each séance (présent,
absent with a proxy, excusé, absent), the line under it counts them. Colours come from the theme
through component classes and the chart is drawn at each render, so it follows a theme switch.
"""
from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.widget import Widget

from assistant.models import MemberSeance

# status as the service writes it -> (component class, legend label)
STATUSES = {
    "présent": ("attendance-chart--present", "présent"),
    "absent (procuration)": ("attendance-chart--proxy", "procuration"),
    "excusé": ("attendance-chart--excused", "excusé"),
    "absent": ("attendance-chart--absent", "absent"),
}
UNKNOWN = ("attendance-chart--unknown", "inconnu")


class AttendanceChart(Widget):
    DEFAULT_CSS = """
    AttendanceChart { height: auto; }
    AttendanceChart .attendance-chart--present { color: $success; }
    AttendanceChart .attendance-chart--proxy { color: $primary; }
    AttendanceChart .attendance-chart--excused { color: $warning; }
    AttendanceChart .attendance-chart--absent { color: $error; }
    AttendanceChart .attendance-chart--unknown { color: $text-muted; }
    """
    COMPONENT_CLASSES = {component for component, _ in (*STATUSES.values(), UNKNOWN)}

    def __init__(self, seances: list[MemberSeance], **kwargs) -> None:
        super().__init__(**kwargs)
        self.seances = seances

    def render(self) -> Text:
        """The blocks, then "présent 12 · procuration 2 · … sur 15 séances"."""
        if not self.seances:
            return Text("Aucune séance connue.", style="italic")
        text = Text()
        for seance in self.seances:
            component, _ = STATUSES.get(seance.status, UNKNOWN)
            text.append("■ ", style=self.get_component_rich_style(component))
        tally = Counter(STATUSES.get(seance.status, UNKNOWN) for seance in self.seances)
        text.append("\n")
        for index, ((component, label), count) in enumerate(sorted(tally.items(), key=lambda i: -i[1])):
            text.append(" · " if index else "")
            text.append("■ ", style=self.get_component_rich_style(component))
            text.append(f"{label} {count}")
        text.append(f" — {len(self.seances)} séance(s)")
        return text
