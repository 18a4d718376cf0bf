"""Bad input gets one clear line per bad item on stderr; good items are still coded; exit code tells."""
import json

from typer.testing import CliRunner

from peristiwa.cli.app import app
from peristiwa.ingest import InputError, read_paths

runner = CliRunner()

HTML_ARTICLE = """<!DOCTYPE html><html><head><title>Rusia Serang Ukraina</title>
<meta property="article:published_time" content="2022-02-24"></head><body><article><h1>Rusia Serang Ukraina</h1>
<p>MOSKOW - Rusia menyerang Ukraina pada Kamis (24/2/2022) pagi, kata para pejabat di Kyiv.
Presiden Ukraina Volodymyr Zelensky mengecam Rusia dan meminta bantuan kepada NATO.</p>
<p>Amerika Serikat memperingatkan Rusia akan menghadapi sanksi berat atas invasi tersebut.</p></article></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kabar</title>
<item><title>AS kecam Korea Utara</title><link>https://example.org/a</link><pubDate>Wed, 06 Sep 2023 10:00:00 GMT</pubDate>
<description>Amerika Serikat mengecam Korea Utara atas uji coba rudal terbaru.</description></item>
<item><title>Kosong</title><link>https://example.org/b</link><description></description></item>
</channel></rss>"""


def _write_bad_inputs(tmp_path):
    (tmp_path / "good.txt").write_text("AS Peringatkan Korea Utara\nAmerika Serikat memperingatkan Korea Utara.",
                                       encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Judul\nPresiden bertemu dengan menteri caf\xe9".encode("latin-1"))
    (tmp_path / "huge.txt").write_text("Judul\n" + "kata " * (20 * 1024 * 1024 // 5), encoding="utf-8")
    (tmp_path / "noarticle.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    lines = [json.dumps({"id": "ok", "title": "Rusia Serang Ukraina", "text": "Rusia menyerang Ukraina."}),
             "{not json", json.dumps({"id": "notext", "title": "tanpa teks"})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_bad_items_are_reported_one_line_each_and_good_ones_still_coded(tmp_path):
    _write_bad_inputs(tmp_path)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    reasons = "\n".join(errors)
    assert len(errors) == 7, reasons
    for needle in ("empty.txt: file is empty", "binary.txt: binary file", "latin1.txt: invalid UTF-8",
                   "huge.txt: file is", "noarticle.html: HTML page holds no article text",
                   "batch.jsonl:2: not valid JSON", "batch.jsonl:3: no 'text' field"):
        assert needle in reasons
    assert "Traceback" not in result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["ok", "good"]


def test_all_good_input_exits_zero(tmp_path):
    (tmp_path / "a.txt").write_text("Judul\nRusia menyerang Ukraina.", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(tmp_path / "a.txt")]).exit_code == 0


def test_missing_path_is_an_error_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr


def test_html_article_title_date_and_text(tmp_path):
    page = tmp_path / "rusia.html"
    page.write_text(HTML_ARTICLE, encoding="utf-8")
    [article] = list(read_paths([page]))
    assert article.title == "Rusia Serang Ukraina"
    assert article.date == "2022-02-24"
    assert "Rusia menyerang Ukraina" in article.text


def test_feed_entries_become_articles_and_empty_entries_errors(tmp_path):
    feed = tmp_path / "kabar.rss"
    feed.write_text(FEED, encoding="utf-8")
    items = list(read_paths([feed]))
    assert items[0].title == "AS kecam Korea Utara" and items[0].date == "2023-09-06"
    assert isinstance(items[1], InputError) and "no text" in items[1].reason
