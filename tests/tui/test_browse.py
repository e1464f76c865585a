"""Browsing the sample's deliberations and members, down to the passage behind each fact."""
from __future__ import annotations

import pytest
from textual.widgets import DataTable

from tests.tui.conftest import Recorder, settle
from tui.app import make_app
from tui.screens.deliberation import DeliberationScreen
from tui.screens.member import MemberScreen
from tui.widgets.attendance_chart import AttendanceChart
from tui.widgets.citation_list import CitationList
from tui.widgets.citation_panel import CitationPanel

pytestmark = pytest.mark.anyio


async def test_deliberation_facts_open_their_passages(recorder: Recorder, sample_assistant) -> None:
    page = sample_assistant.deliberations()
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == page.total > 0

        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DeliberationScreen)
        detail = app.screen.record
        assert detail is not None and detail.id == page.items[0].id
        facts = app.screen.query_one(".facts", CitationList)
        assert facts.has_focus and facts.option_count == len(detail.facts) > 0

        await pilot.press("enter")
        await settle(app, pilot)
        panel = app.screen.query_one(CitationPanel)
        fact = detail.facts[0]
        assert panel.display and panel.view is not None
        assert (panel.view.start, panel.view.end, panel.view.quote) == (fact.start, fact.end, fact.quote)

        await pilot.press("escape", "escape")
        assert app.screen.sub_title == "Délibérations"


async def test_filter_as_you_type(recorder: Recorder) -> None:
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await settle(app, pilot)
        await pilot.press(*"zzzz")
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 0
        assert ("deliberations", (), {"q": "zzzz", "limit": 200}) in recorder.calls


async def test_member_attendance(recorder: Recorder, sample_assistant) -> None:
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await settle(app, pilot)
        await pilot.press(*"tonot")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 1
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MemberScreen)
        member = app.screen.record
        assert member is not None and member.name.endswith("TONOT")
        chart = app.screen.query_one(AttendanceChart)
        assert chart.seances == member.attendance and "présent" in str(chart.render())
        seances = app.screen.query_one(".seances", CitationList)
        assert seances.option_count == len(member.attendance) > 0

        await pilot.press("1")
        await settle(app, pilot)
        view = app.screen.query_one(CitationPanel).view
        assert view is not None and view.id == member.attendance[0].citation.id
        assert "TONOT" in view.quote
