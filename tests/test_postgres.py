"""The same store and API on PostgreSQL (CI starts a local server and sets PERISTIWA_TEST_PG)."""
import os

import pytest
from fastapi.testclient import TestClient

from peristiwa.api import create_app
from peristiwa.ingest import read_paths
from peristiwa.store import EventFilter, Store
from peristiwa.store import queries
from peristiwa.store.schema import metadata

from conftest import CORPUS, SEED

PG = os.environ.get("PERISTIWA_TEST_PG")
pytestmark = pytest.mark.skipif(not PG, reason="PERISTIWA_TEST_PG is not set (CI sets it)")


@pytest.fixture(scope="module")
def pg_store(tmp_path_factory, coder):
    Store(PG)  # create, then start from empty tables
    metadata.drop_all(Store(PG).engine)
    store = Store(PG)
    sample = tmp_path_factory.mktemp("pg") / "sample.jsonl"
    with CORPUS.open(encoding="utf-8") as handle:
        sample.write_text("".join(line for _, line in zip(range(80), handle)), encoding="utf-8")
    articles = list(read_paths([SEED, sample]))
    articles[0] = articles[0].model_copy(update={"date": "2023-09-06"})
    pairs = [(a, coder.extract(a)) for a in articles]
    assert store.add(pairs) == (len(pairs), 0)
    assert store.add(pairs) == (0, len(pairs))  # idempotent
    return store


def test_postgres_queries_match_the_events(pg_store):
    usa_prk = list(pg_store.events(EventFilter(dyad=("USA", "PRK"))))
    assert usa_prk and all(r["source_code"] == "USA" for r in usa_prk)
    hits, _ = queries.page_events(pg_store, EventFilter(q="Sullivan"), 20)
    assert hits and all("sullivan" in h["evidence"].lower() for h in hits)
    weeks = queries.timeline(pg_store, EventFilter(), "week")
    total = pg_store.summary()["events"]
    assert sum(p["count"] for p in weeks) == total - sum(1 for r in pg_store.events() if not r["day"])
    assert queries.network(pg_store, EventFilter(), 10)["edges"]


def test_api_on_postgres(pg_store):
    client = TestClient(create_app(PG))
    page = client.get("/api/events", params={"actor": "PRK", "limit": 5}).json()
    assert page["items"] and client.get(f"/api/events/{page['items'][0]['id']}").status_code == 200
    assert client.get("/api/timeline", params={"interval": "month", "root": "13"}).json()["points"]
