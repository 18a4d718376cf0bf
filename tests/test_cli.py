"""The command line as a user drives it: output formats, explain, and the whole shared corpus."""
import csv
import io
import json

from conftest import CORPUS, SEED
from typer.testing import CliRunner

from peristiwa.cli.app import app

runner = CliRunner()


def test_extract_jsonl_has_the_gold_schema_plus_evidence_fields():
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert {"id", "events", "quotes", "lang", "title", "date"} <= record.keys()
    event = record["events"][0]
    assert {"source", "target", "cameo", "root", "plover", "date", "modality", "evidence", "goldstein",
            "quad_class", "sentence_index", "span", "rule"} <= event.keys()
    assert {"text", "country", "sector"} <= event["source"].keys()
    assert record["lang"] == "id"


def test_extract_csv_and_table():
    result = runner.invoke(app, ["extract", "--format", "csv", str(SEED)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["cameo"] and r["evidence"] for r in rows)
    table = runner.invoke(app, ["extract", "--format", "table", str(SEED)])
    assert "USA" in table.stdout and "PRK" in table.stdout


def test_explain_shows_mentions_verbs_and_events():
    result = runner.invoke(app, ["explain", "Korea Utara diperingatkan oleh Amerika Serikat pada Rabu."])
    assert result.exit_code == 0, result.output
    for needle in ("actor mentions", "PRK", "USA", "CAMEO 13", "passive", "events"):
        assert needle in result.stdout


def test_extract_runs_over_the_whole_shared_corpus(tmp_path):
    result = runner.invoke(app, ["extract", str(CORPUS)], env={"PERISTIWA_PROGRESS": "1"})
    assert result.exit_code == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4470
    assert sum(len(r["events"]) for r in records) > 2000
    assert "4470/4470" in result.stderr


def test_demo_codes_the_bundled_samples_and_prints_a_summary(tmp_path):
    result = runner.invoke(app, ["demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}"])
    assert result.exit_code == 0, result.output
    assert "8 articles" in result.stdout and "events by CAMEO root" in result.stdout and "top dyads" in result.stdout


def test_extract_reads_standard_input():
    result = runner.invoke(app, ["extract", "-", "--format", "csv"], input="Rusia menyerang Ukraina pada Kamis.\n")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source_code"], r["target_code"], r["root"]) for r in rows] == [("RUS", "UKR", "19")]
