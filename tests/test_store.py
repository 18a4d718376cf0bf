"""The SQLite store: idempotent ingest, atomic batches, queries and exports."""
import csv
import io
import json

import pytest
from conftest import CORPUS, SEED
from typer.testing import CliRunner

from peristiwa.cli.app import app
from peristiwa.records import Article
from peristiwa.store import EventFilter, Store
from peristiwa.store.export import GDELT_COLUMNS, write_events

runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'events.db'}"


def test_ingest_twice_stores_each_article_once(db):
    first = runner.invoke(app, ["ingest", str(SEED), "--db", db])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["ingest", str(SEED), "--db", db])
    assert "0 new articles, 1 already stored" in again.stderr
    summary = Store(db).summary()
    assert summary["articles"] == 1 and summary["events"] > 0 and summary["quotes"] >= 2


def test_sqlite_store_uses_wal(db):
    store = Store(db)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_failing_batch_writes_nothing(db, coder):
    store = Store(db)
    good = Article(id="a", title="AS Peringatkan Korea Utara", text="Amerika Serikat memperingatkan Korea Utara.")
    result = coder.extract(good)
    broken = result.model_copy(update={"events": [None]})  # a bug mid-batch
    with pytest.raises(Exception):
        store.add([(good, result), (Article(id="b", text="Rusia menyerang Ukraina."), broken)])
    assert store.summary()["articles"] == 0
    store.add([(good, result)])
    assert store.summary()["articles"] == 1


def test_event_queries_filter_by_actor_dyad_root_and_date(db):
    assert runner.invoke(app, ["ingest", str(SEED), "--db", db]).exit_code == 0
    store = Store(db)
    dyad = list(store.events(EventFilter(dyad=("USA", "PRK"))))
    assert dyad and all(r["source_code"] == "USA" and r["target_code"] == "PRK" for r in dyad)
    assert all(r["root"] == "13" for r in store.events(EventFilter(root="13")))
    assert all("PRK" in (r["source_code"], r["target_code"]) for r in store.events(EventFilter(actor="PRK")))
    assert not list(store.events(EventFilter(until="2020-01-01")))
    result = runner.invoke(app, ["events", "--db", db, "--dyad", "USA:PRK", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and {r["source_code"] for r in rows} == {"USA"}


def test_exports_csv_jsonl_and_gdelt_columns(db):
    assert runner.invoke(app, ["ingest", str(SEED), "--db", db]).exit_code == 0
    store = Store(db)
    buf = io.StringIO()
    n = write_events(store, "gdelt", buf)
    rows = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert n == len(rows) > 0 and all(len(r) == len(GDELT_COLUMNS) for r in rows)
    first = dict(zip(GDELT_COLUMNS, rows[0]))
    assert first["SQLDATE"].startswith("20") and first["EventRootCode"] == first["EventCode"][:2]
    buf = io.StringIO()
    write_events(store, "csv", buf)
    assert next(csv.DictReader(io.StringIO(buf.getvalue())))["evidence"]
    buf = io.StringIO()
    write_events(store, "jsonl", buf)
    assert json.loads(buf.getvalue().splitlines()[0])["rule"]


def test_ingest_corpus_sample_batches(db, tmp_path):
    sample = tmp_path / "sample.jsonl"
    with CORPUS.open(encoding="utf-8") as handle:
        sample.write_text("".join(line for _, line in zip(range(60), handle)), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(sample), "--db", db, "--batch-size", "25"])
    assert result.exit_code == 0, result.output
    assert Store(db).summary()["articles"] == 60
