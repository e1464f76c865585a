"""Keys and habits: help, theme, the command palette's screen commands, quitting."""
from __future__ import annotations

import pytest

from tests.tui.canned import CannedService
from tests.tui.conftest import settle
from tui.app import make_app
from tui.screens.help import HelpScreen
from tui.screens.members import MembersScreen

pytestmark = pytest.mark.anyio


async def test_help_theme_palette_and_quit() -> None:
    app = make_app(assistant=CannedService())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")

        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark

        await pilot.press("ctrl+p")
        await pilot.press(*"Membres")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, MembersScreen) and app.current_mode == "members"

        await pilot.press("ctrl+q")
    assert app.return_code == 0
