"""Never stuck: an empty index offers to ingest a folder; a server out of reach says so, with a retry."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from textual.widgets import Input, ProgressBar

from tests.tui.conftest import settle
from tui.app import make_app
from tui.screens.chat import ChatScreen
from tui.screens.ingest import IngestScreen
from tui.screens.unavailable import UnavailableScreen

pytestmark = pytest.mark.anyio

TINY = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS du Conseil municipal de Testville

Séance du lundi 6 janvier 2025

Président : M. DUPONT

OBJET : Adoption du budget

Le conseil adopte le budget à l'unanimité.
"""


async def test_empty_index_offers_to_ingest_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "archives"
    folder.mkdir()
    (folder / "testville_2025-01-06.txt").write_text(TINY, encoding="utf-8")
    app = make_app(index_dir=tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, IngestScreen)
        app.screen.query_one(Input).value = str(tmp_path / "nowhere")
        await pilot.press("enter")
        assert "Introuvable" in str(app.screen.query_one("#ingest-status").render())

        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ChatScreen)
        assert app.backend.get().health().documents == 1


async def test_ingest_screen_shows_progress(tmp_path: Path) -> None:
    app = make_app(index_dir=tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, IngestScreen)
        screen._progress("a.txt", 1, 4)
        assert screen.query_one(ProgressBar).percentage == 0.25
        await pilot.press("escape")
        assert isinstance(app.screen, ChatScreen)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_unreachable_server_says_so_and_offers_retry() -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    app = make_app(server=url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, UnavailableScreen)
        message = str(app.screen.query_one("#unavailable-message").render())
        assert "injoignable" in message and url in message

        await pilot.press("r")
        await settle(app, pilot)
        assert isinstance(app.screen, UnavailableScreen), "still down: the retry says so again"

        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
