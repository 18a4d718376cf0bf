"""The REST API over a store loaded from real articles of ../shared/corpus."""
import json

import pytest
from conftest import SEED, corpus_store
from fastapi.testclient import TestClient

from peristiwa.api import create_app

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
    db = corpus_store(tmp_path_factory.mktemp("api"), coder, 300)
    return TestClient(create_app(db, write_token=TOKEN))


def test_openapi_schema_documents_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/timeline",
                 "/api/network", "/api/actors", "/api/search", "/api/articles"):
        assert path in paths
    assert client.get("/docs").status_code == 200


def test_events_filter_by_dyad_and_root(client):
    items = client.get("/api/events", params={"dyad": "USA:PRK", "root": "13"}).json()["items"]
    assert items and all((i["source_code"], i["target_code"], i["root"]) == ("USA", "PRK", "13") for i in items)
    assert items[0]["cameo_name"]


def test_events_cursor_pagination_walks_every_event_once(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 40, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/events", params=params).json()
        seen += [i["id"] for i in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) > 40
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422  # bounded page size


def test_event_detail_carries_its_evidence(client):
    items = client.get("/api/events", params={"dyad": "USA:PRK"}).json()["items"]
    first = next(i for i in items if i["doc_id"] == SEED.stem)
    detail = client.get(f"/api/events/{first['id']}").json()
    source_text = detail["article"]["title"] if detail["in_title"] else detail["article"]["text"]
    assert source_text[detail["span_start"]:detail["span_end"]] == detail["evidence"]
    assert detail["rule"] and detail["quotes"]
    assert client.get("/api/events/999999").status_code == 404


def test_article_endpoint_returns_text_events_and_quotes(client):
    items = client.get("/api/events", params={"dyad": "USA:PRK"}).json()["items"]
    event = next(i for i in items if i["doc_id"] == SEED.stem)
    article = client.get(f"/api/articles/{event['article_id']}").json()
    assert "Sullivan" in article["text"] and article["events"] and article["quotes"]


def test_timeline_counts_add_up_and_filters_apply(client):
    total = sum(p["count"] for p in client.get("/api/timeline", params={"interval": "month"}).json()["points"])
    assert total > 100
    weekly = client.get("/api/timeline", params={"interval": "week", "actor": "USA"}).json()["points"]
    assert weekly and all(p["period"][5] == "W" for p in weekly)
    asserted = client.get("/api/timeline", params={"modality": "asserted"}).json()["points"]
    assert sum(p["count"] for p in asserted) <= total


def test_network_edges_are_weighted_dyads(client):
    net = client.get("/api/network", params={"limit": 10}).json()
    assert 0 < len(net["edges"]) <= 10
    ids = {n["id"] for n in net["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids and e["count"] > 0 for e in net["edges"])
    assert all(-10 <= e["goldstein"] <= 10 for e in net["edges"])


def test_actor_search_and_full_text_search(client):
    actors = client.get("/api/actors", params={"q": "korea"}).json()["items"]
    assert any(a["code"] in ("PRK", "KOR") for a in actors)
    hits = client.get("/api/search", params={"q": "Sullivan"}).json()["items"]
    assert hits and all("sullivan" in h["evidence"].lower() for h in hits)
    assert client.get("/api/events", params={"q": 'sanksi"; DROP TABLE events; --'}).status_code == 200


def test_writing_requires_the_bearer_token(client):
    body = {"articles": [{"title": "Rusia Serang Ukraina", "text": "Rusia menyerang Ukraina pada Kamis (24/2/2022)."}]}
    assert client.post("/api/articles", json=body).status_code == 401
    assert client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["results"][0]["events"][0]["root"] == "19"
    again = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert again["added"] == 0 and again["already_stored"] == 1


def test_writes_are_off_without_a_token(tmp_path):
    closed = TestClient(create_app(f"sqlite:///{tmp_path / 'x.db'}"))
    body = {"articles": [{"text": "Rusia menyerang Ukraina."}]}
    assert closed.post("/api/articles", json=body, headers={"Authorization": "Bearer x"}).status_code == 403


def test_extract_endpoint_codes_without_storing(client):
    before = client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"]
    result = client.post("/api/extract", json={"text": "Amerika Serikat memperingatkan Korea Utara."}).json()
    assert ("USA", "PRK", "13") in {(e["source"]["country"], e["target"]["country"], e["root"]) for e in result["events"]}
    assert client.get("/api/events", params={"limit": 1}).json()["items"][0]["id"] == before
    assert json.dumps(result)
