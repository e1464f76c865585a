"""Optional phrasing by a chat endpoint: used only when every sentence is cited and states nothing
the sources do not hold; otherwise, and whenever the endpoint fails, the extractive answer stays.

The endpoint is a small OpenAI-compatible HTTP server on loopback, standing in for the external
model the user would configure; the assistant, its index and its checks are the real ones.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.models import Answer
from assistant.phrasing import Phraser
from assistant.service import Assistant
from index.settings import Settings

QUESTION = "Qui était secrétaire de séance à Putanges-le-Lac le 9 septembre 2019 ?"


@dataclass
class Endpoint:
    """What the server replies (message content, or an HTTP status to fail with) and what it got."""

    url: str
    content: str = ""
    status: int = 200
    requests: list[dict] = field(default_factory=list)
    headers: list[dict] = field(default_factory=list)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    state = Endpoint(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append(json.loads(body))
            state.headers.append(dict(self.headers))
            payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": state.content}}]})
            self.send_response(state.status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(payload.encode("utf-8") if state.status == 200 else b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1/chat/completions"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def extractive(assistant: Assistant) -> Answer:
    answer = assistant.ask(QUESTION)
    assert answer.answered and "ROCHER" in answer.answer
    return answer


def phrased(assistant: Assistant, endpoint: Endpoint, question: str = QUESTION) -> Answer:
    service = Assistant(assistant.index, Phraser(url=endpoint.url, api_key="secret", timeout=5))
    return service.ask(question)



def test_a_checked_phrasing_replaces_the_extractive_text(assistant: Assistant, endpoint: Endpoint,
                                                         extractive: Answer) -> None:
    endpoint.content = "Le secrétariat de séance a été assuré par Mme ROCHER [1]."
    answer = phrased(assistant, endpoint)
    assert answer.answer == endpoint.content
    assert answer.citations == extractive.citations and answer.answered
    sent = endpoint.requests[0]
    user = sent["messages"][-1]["content"]
    assert QUESTION in user and extractive.citations[0].quote in user and "[1]" in user
    assert sent["messages"][0]["role"] == "system"
    assert endpoint.headers[0]["Authorization"] == "Bearer secret"


@pytest.mark.parametrize("reply", [
    "Le secrétariat de séance a été assuré par Mme ROCHER.",          # no citation marker
    "Le secrétariat de séance a été assuré par Mme ROCHER [7].",      # a citation that does not exist
    "Mme ROCHER a été secrétaire de séance, élue par 12 voix [1].",   # a figure the sources lack
    "Le secrétariat de séance a été assuré par Mme Paulette ROCHER [1].",  # an invented first name
    "Mme ROCHER était secrétaire [1]. Le maire a présidé.",           # one sentence uncited
    "",
])
def test_an_unchecked_phrasing_keeps_the_extractive_answer(assistant: Assistant, endpoint: Endpoint,
                                                           extractive: Answer, reply: str) -> None:
    endpoint.content = reply
    answer = phrased(assistant, endpoint)
    assert len(endpoint.requests) == 1
    assert answer.answer == extractive.answer


def test_an_endpoint_error_keeps_the_extractive_answer(assistant: Assistant, endpoint: Endpoint,
                                                       extractive: Answer) -> None:
    endpoint.status = 500
    assert phrased(assistant, endpoint).answer == extractive.answer


def test_an_unreachable_endpoint_keeps_the_extractive_answer(assistant: Assistant,
                                                             extractive: Answer) -> None:
    service = Assistant(assistant.index, Phraser(url="http://127.0.0.1:9/v1/chat/completions", timeout=2))
    assert service.ask(QUESTION).answer == extractive.answer


def test_a_declined_question_is_not_sent(assistant: Assistant, endpoint: Endpoint) -> None:
    endpoint.content = "Le conseil a voté 12 voix pour [1]."
    answer = phrased(assistant, endpoint, "Qui était secrétaire de séance à Couthenans le 3 mars 1999 ?")
    assert not answer.answered and endpoint.requests == []


def test_the_endpoint_comes_from_the_settings() -> None:
    assert Phraser.from_settings(Settings.from_env({})) is None
    phraser = Phraser.from_settings(Settings.from_env({"DELIB_LLM_URL": "http://127.0.0.1:8080/v1/",
                                                       "DELIB_LLM_MODEL": "mistral"}))
    assert phraser is not None
    assert phraser.url == "http://127.0.0.1:8080/v1/chat/completions"
    assert phraser.model == "mistral" and phraser.timeout == 20.0 and phraser.api_key is None
    phraser = Phraser.from_settings(Settings.from_env({"DELIB_LLM_URL": "http://llm/v1/chat/completions",
                                                       "DELIB_LLM_API_KEY": "k", "DELIB_LLM_TIMEOUT": "5"}))
    assert phraser == Phraser(url="http://llm/v1/chat/completions", api_key="k", timeout=5.0)
