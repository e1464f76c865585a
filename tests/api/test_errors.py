"""Bad input gets the right 4xx in the one error shape, never a 500, never a file outside the index."""
from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_support import serving

from assistant.api.app import create_app
from assistant.api.deps import ApiSettings

SHAPE = {"error", "message"}


def error_of(response: httpx.Response, status: int) -> str:
    """The error code of `response`, after checking its status and the pinned JSON shape."""
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == SHAPE and body["message"], body
    return body["error"]


def test_malformed_json_is_400(client: httpx.Client) -> None:
    response = client.post("/ask", content=b'{"question": "qui', headers={"Content-Type": "application/json"})
    assert error_of(response, 400) == "malformed_json"


@pytest.mark.parametrize("body", [{}, {"id": "x"}, {"question": 12}, {"question": ""}, [1, 2]])
def test_invalid_ask_body_is_422(client: httpx.Client, body: object) -> None:
    assert error_of(client.post("/ask", json=body), 422) == "invalid_request"


def test_blank_question_is_refused(client: httpx.Client) -> None:
    assert error_of(client.post("/ask", json={"question": "   "}), 422) == "empty_question"


def test_long_question_is_413(client: httpx.Client) -> None:
    assert error_of(client.post("/ask", json={"question": "vote " * 1000}), 413) == "question_too_long"


def test_ten_megabyte_question_is_413(client: httpx.Client) -> None:
    response = client.post("/ask", json={"question": "x" * 10_000_000})
    assert error_of(response, 413) == "body_too_large"


def test_chunked_body_over_the_limit_is_413(client: httpx.Client) -> None:
    def chunks():
        yield b'{"question": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    response = client.post("/ask", content=chunks(), headers={"Content-Type": "application/json"})
    assert error_of(response, 413) == "body_too_large"


def test_long_search_query_is_413(client: httpx.Client) -> None:
    assert error_of(client.get("/search", params={"q": "x" * 3000}), 413) == "question_too_long"


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "vote", "k": 0}, {"q": "vote", "k": "beaucoup"},
                                    {"q": "vote", "date_from": "17/09/2020"}])
def test_bad_search_parameters_are_422(client: httpx.Client, params: dict) -> None:
    assert error_of(client.get("/search", params=params), 422) == "invalid_request"


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 100_000}, {"offset": -1}])
def test_bad_pagination_is_422(client: httpx.Client, params: dict) -> None:
    assert error_of(client.get("/deliberations", params=params), 422) == "invalid_request"


@pytest.mark.parametrize(("path", "code"), [
    ("/citations/nulle-part@0-10", "unknown_citation"),
    ("/citations/pas-une-citation", "unknown_citation"),
    ("/citations/dijon-metropole_2020-09-17_pacte-de-solidarite@0-999999999", "unknown_citation"),
    ("/deliberations/nulle-part:1", "unknown_deliberation"),
    ("/members/personne", "unknown_member"),
    ("/documents/nulle-part/text", "unknown_document"),
])
def test_unknown_ids_are_404(client: httpx.Client, path: str, code: str) -> None:
    assert error_of(client.get(path), 404) == code


@pytest.mark.parametrize("raw_path", [
    b"/documents/..%2F..%2F..%2Fetc%2Fpasswd/text",
    b"/documents/%2E%2E/text",
    b"/documents/..%5C..%5Cindex.sqlite/text",
    b"/citations/..%2F..%2Fetc%2Fpasswd@0-10",
    b"/deliberations/..%2Findex.sqlite",
    b"/documents/../../etc/passwd/text",
])
def test_path_traversal_reaches_nothing(client: httpx.Client, raw_path: bytes) -> None:
    """Ids are looked up among stored records, never joined to a path: all of these are 404s."""
    request = client.build_request("GET", "/")
    request.url = request.url.copy_with(raw_path=raw_path)
    response = client.send(request)
    assert response.status_code in (400, 404) and set(response.json()) == SHAPE
    assert "root:" not in response.text


def test_unknown_route_and_method(client: httpx.Client) -> None:
    assert error_of(client.get("/nulle-part"), 404) == "not_found"
    assert error_of(client.delete("/deliberations"), 405) == "method_not_allowed"


def test_unexpected_failure_is_a_json_500_without_details(tmp_path: Path) -> None:
    """The shape holds even for a bug; the exception's text stays in the server log."""
    class Broken:
        def health(self) -> None:
            raise RuntimeError("détail interne")

    with serving(create_app(Broken(), ApiSettings(upload_dir=tmp_path))) as url:  # type: ignore[arg-type]
        response = httpx.get(f"{url}/healthz")
    assert error_of(response, 500) == "internal_error" and "détail" not in response.text


def test_a_body_that_is_not_utf8_is_400_in_french(client: httpx.Client) -> None:
    response = client.post("/ask", content=b'{"question": "\xff\xfe"}', headers={"Content-Type": "application/json"})
    assert error_of(response, 400) == "malformed_json"
    assert "requête" in response.json()["message"]


@pytest.mark.parametrize("params", [{"q": "vote", "k": "abc"}, {"q": "vote", "k": "0"}])
def test_validation_messages_are_french(client: httpx.Client, params: dict) -> None:
    response = client.get("/search", params=params)
    assert error_of(response, 422) == "invalid_request"
    message = response.json()["message"]
    assert "query.k" in message and "Input should" not in message
    assert "attendu" in message or "trop petite" in message
