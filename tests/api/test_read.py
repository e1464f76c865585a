"""Every read endpoint of the real server on the real index: shapes, and spans that match the text."""
from __future__ import annotations

import csv
import io

import httpx

from assistant.scdl import COLUMNS

DIJON = "dijon-metropole_2020-09-17_pacte-de-solidarite"
MONTPELLIER = "montpellier_2014-04-24_taux-imposition-2014"


def document_text(client: httpx.Client, document_id: str) -> str:
    response = client.get(f"/documents/{document_id}/text")
    assert response.status_code == 200, response.text
    return response.json()["text"]


def test_healthz_counts_the_index(client: httpx.Client) -> None:
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["documents"] == 3
    assert health["deliberations"] > 0 and health["chunks"] > 0 and health["model"]


def test_ask_cites_passages_that_resolve(client: httpx.Client) -> None:
    response = client.post("/ask", json={"id": "q1", "question": "Combien d'abstentions sur le Pacte de solidarité ?"})
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["id"] == "q1" and answer["answer"] and isinstance(answer["answered"], bool)
    for citation in answer["citations"]:
        document_id = citation["id"].split("@")[0]
        assert document_text(client, document_id)[citation["start"]:citation["end"]] == citation["quote"]
        view = client.get(f"/citations/{citation['id']}").json()
        assert view["quote"] == citation["quote"] and view["document"] == citation["document"]


def test_ask_follow_up_keeps_the_session(client: httpx.Client) -> None:
    first = client.post("/ask", json={"question": "Combien de voix pour le Pacte de solidarité ?",
                                      "session_id": "s-1"})
    follow = client.post("/ask", json={"question": "et qui présidait ?", "session_id": "s-1"})
    assert first.status_code == follow.status_code == 200
    assert follow.json()["session_id"] == "s-1"


def test_search_results_are_citable_spans(client: httpx.Client) -> None:
    response = client.get("/search", params={"q": "pacte de solidarité abstentions", "k": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["query"] == "pacte de solidarité abstentions" and 0 < len(body["results"]) <= 3
    for result in body["results"]:
        view = client.get(f"/citations/{result['id']}")
        assert view.status_code == 200 and view.json()["start"] == result["start"]


def test_search_document_filter(client: httpx.Client) -> None:
    results = client.get("/search", params={"q": "taux d'imposition", "document": MONTPELLIER,
                                            "date_from": "2000-01-01", "date_to": "2030-12-31"}).json()["results"]
    assert results and {r["id"].split("@")[0] for r in results} == {MONTPELLIER}


def test_deliberations_paginate(client: httpx.Client) -> None:
    everything = client.get("/deliberations", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) > 2
    page = client.get("/deliberations", params={"offset": 1, "limit": 2}).json()
    assert page["total"] == everything["total"] and page["offset"] == 1 and page["limit"] == 2
    assert page["items"] == everything["items"][1:3]


def test_deliberations_text_filter(client: httpx.Client) -> None:
    items = client.get("/deliberations", params={"q": "imposition"}).json()["items"]
    assert items and all(item["document_id"] == MONTPELLIER for item in items)


def test_deliberation_facts_quote_the_text(client: httpx.Client) -> None:
    detail = client.get(f"/deliberations/{DIJON}:1")
    assert detail.status_code == 200, detail.text
    body = detail.json()
    text = document_text(client, DIJON)
    assert body["facts"] and text[body["start"]:body["end"]] == body["text"]
    for fact in body["facts"]:
        assert text[fact["start"]:fact["end"]] == fact["quote"]


def test_members_and_member_detail(client: httpx.Client) -> None:
    page = client.get("/members", params={"limit": 5}).json()
    assert page["total"] >= len(page["items"]) > 0
    member = client.get(f"/members/{page['items'][0]['id']}")
    assert member.status_code == 200, member.text
    for seance in member.json()["attendance"]:
        if seance["citation"]:
            quote = seance["citation"]
            assert document_text(client, seance["document_id"])[quote["start"]:quote["end"]] == quote["quote"]


def test_openapi_documents_every_route(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/ask", "/search", "/citations/{citation_id}", "/deliberations", "/deliberations/{deliberation_id}",
            "/members", "/members/{member_id}", "/documents/{document_id}/text", "/documents", "/healthz",
            "/export/scdl"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_export_scdl_is_one_row_per_deliberation(client: httpx.Client) -> None:
    response = client.get("/export/scdl")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == client.get("/deliberations").json()["total"]
    assert all(len(row) == len(COLUMNS) for row in rows)
