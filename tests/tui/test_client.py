"""`AssistantClient` against the real HTTP API on the sample index: same models as the service,
the same errors, and the TUI driving it (`delib tui --server URL`)."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from textual.widgets import Markdown

from assistant.api.app import create_app
from assistant.api.deps import ApiSettings
from assistant.client import AssistantClient, ServerUnreachable
from assistant.errors import UnknownCitation, UnknownMember
from tests.tui.conftest import QUESTION, settle
from tests.tui.test_startup import closed_port
from tui.app import make_app
from tui.widgets.answer_view import AnswerView
from tui.widgets.question_input import QuestionInput


@pytest.fixture(scope="module")
def server_url(sample_assistant, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = closed_port()
    settings = ApiSettings(upload_dir=tmp_path_factory.mktemp("uploads"))
    server = uvicorn.Server(uvicorn.Config(create_app(sample_assistant, settings), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture
def client(server_url: str) -> Iterator[AssistantClient]:
    client = AssistantClient(server_url)
    yield client
    client.close()


def test_client_returns_what_the_service_returns(client: AssistantClient, sample_assistant) -> None:
    assert client.health() == sample_assistant.health()
    assert client.ask(QUESTION).answer == sample_assistant.ask(QUESTION).answer
    page = client.deliberations(q="solidarit")
    assert page == sample_assistant.deliberations(q="solidarit") and page.total == 1
    assert client.deliberation(page.items[0].id) == sample_assistant.deliberation(page.items[0].id)
    member = client.members(q="tonot").items[0]
    assert client.member(member.id) == sample_assistant.member(member.id)
    citation = sample_assistant.ask(QUESTION).citations[0]
    view = client.citation(citation.id)
    assert view.quote == citation.quote
    assert client.document_text(view.document_id).text[view.start:view.end] == citation.quote
    assert client.search("pacte de solidarité", k=3).results


def test_client_raises_the_service_errors(client: AssistantClient) -> None:
    with pytest.raises(UnknownMember):
        client.member("personne")
    with pytest.raises(UnknownCitation):
        client.citation("nulle-part@1-2")


def test_closed_port_is_unreachable() -> None:
    with pytest.raises(ServerUnreachable, match="injoignable"):
        AssistantClient(f"http://127.0.0.1:{closed_port()}").health()


def test_ingest_needs_the_server_key(client: AssistantClient, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Séance du 1er janvier 2025", encoding="utf-8")
    with pytest.raises(Exception, match="DELIB_API_KEY"):
        client.ingest([tmp_path])


@pytest.mark.anyio
async def test_tui_over_the_server(server_url: str, sample_assistant) -> None:
    app = make_app(server=server_url)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.screen.query_one(QuestionInput).value = QUESTION
        await pilot.press("enter")
        await settle(app, pilot)
        turn = app.screen.query_one(AnswerView)
        assert turn.query_one(Markdown).source == sample_assistant.ask(QUESTION).answer
