"""The main screens at 80×24, drawn from fixed records (see canned.py), so only layout changes fail."""
from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.canned import CannedService
from tests.tui.conftest import settle
from tui.app import make_app
from tui.widgets.question_input import QuestionInput

SIZE = (80, 24)


def app(**service):
    return make_app(assistant=CannedService(**service))


async def asked(pilot: Pilot) -> None:
    await settle(pilot.app, pilot)
    pilot.app.screen.query_one(QuestionInput).value = "Qui présidait le 17 septembre 2020 ?"
    await pilot.press("enter")
    await settle(pilot.app, pilot)


async def source_open(pilot: Pilot) -> None:
    await asked(pilot)
    await pilot.press("ctrl+o", "2")
    await settle(pilot.app, pilot)


async def opened(pilot: Pilot, *keys: str) -> None:
    await settle(pilot.app, pilot)
    for key in keys:
        await pilot.press(key)
        await settle(pilot.app, pilot)


def test_chat_start(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=lambda pilot: settle(pilot.app, pilot))


def test_chat_answer(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=asked)


def test_chat_citation_panel(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=source_open)


def test_deliberations(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=lambda pilot: opened(pilot, "f3"))


def test_deliberation(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=lambda pilot: opened(pilot, "f3", "enter", "enter"))


def test_member(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=lambda pilot: opened(pilot, "f4", "enter", "enter"))


def test_help_light_theme(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=SIZE, run_before=lambda pilot: opened(pilot, "ctrl+t", "f1"))


def test_empty_index(snap_compare) -> None:
    assert snap_compare(app(documents=0), terminal_size=SIZE, run_before=lambda pilot: settle(pilot.app, pilot))


def test_server_down(snap_compare) -> None:
    assert snap_compare(app(reachable=False), terminal_size=SIZE,
                        run_before=lambda pilot: settle(pilot.app, pilot))
