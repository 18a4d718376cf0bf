"""`peristiwa` commands: extract, ingest, events, export, eval, explain, bench, convert, demo."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)

from peristiwa.cli import render
from peristiwa.ingest import InputError, read_paths
from peristiwa.records import Article, ArticleResult

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Political event data (CAMEO, PLOVER) from Indonesian and English news.")
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"
    csv = "csv"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


def _count(paths: list[Path]) -> int | None:
    """Items to expect, for the progress bar (lines of JSONL files, one per other file)."""
    total = 0
    for path in paths:
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path] if path.is_file() else []
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson", ".json"):
                with f.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total or None


def _progress() -> Progress:
    return Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=err, transient=False,
                    disable=not err.is_terminal and not _force_progress())


def _force_progress() -> bool:
    import os

    return os.environ.get("PERISTIWA_PROGRESS") == "1"


def coded(paths: list[Path], failures: list[str], label: str = "coding") -> Iterator[tuple[Article, ArticleResult]]:
    """Read and code every article; each bad item is reported on stderr as one line and skipped."""
    from time import perf_counter

    from peristiwa.extract import Coder

    coder = Coder()
    with _progress() as progress:
        task = progress.add_task(label, total=_count(paths), rate="")
        t0, n = perf_counter(), 0
        for item in read_paths(paths):
            progress.advance(task)
            if isinstance(item, InputError):
                failures.append(str(item))
                err.print(f"[red]error[/]: {item}", highlight=False, markup=True)
                continue
            try:
                result = coder.extract(item)
            except Exception as exc:  # a bug must not lose the rest of the batch; report it on one line
                failures.append(f"{item.origin}: {exc}")
                err.print(f"[red]error[/]: {item.origin or item.id}: could not code article ({type(exc).__name__}: {exc})",
                          highlight=False)
                continue
            n += 1
            progress.update(task, rate=f"{n / max(perf_counter() - t0, 1e-9):.0f} art/s")
            yield item, result


@app.command()
def extract(paths: list[Path] = typer.Argument(..., help="files or directories: .txt, .jsonl, .html, feeds"),
            format: Format = typer.Option(Format.jsonl, "--format", "-f", help="jsonl (one article per line), "
                                          "table or csv (one event per row)"),
            all_modalities: bool = typer.Option(True, help="include future, hypothetical and negated events")):
    """Code articles and write their events and quotes to stdout."""
    failures: list[str] = []
    rows = []
    first = True
    for _, result in coded(paths, failures):
        if not all_modalities:
            result.events = [e for e in result.events if e.modality in ("asserted", "claimed")]
        if format is Format.jsonl:
            sys.stdout.write(render.result_json(result) + "\n")
        elif format is Format.csv:
            sys.stdout.write(render.csv_text(render.event_rows(result), render.EVENT_COLUMNS, header=first))
            first = False
        else:
            rows += render.event_rows(result)
    if format is Format.table:
        out.print(render.events_table(rows))
    raise typer.Exit(1 if failures else 0)


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="files or directories of articles"),
           db: str = typer.Option("sqlite:///peristiwa.db", help="database URL (SQLite or PostgreSQL)"),
           batch_size: int = typer.Option(200, min=1, help="articles per transaction")):
    """Code articles and store them with their events, actors and quotes (idempotent)."""
    from peristiwa.store import Store

    store = Store(db)
    failures: list[str] = []
    added = skipped = 0
    batch: list[tuple[Article, ArticleResult]] = []
    for pair in coded(paths, failures, "ingesting"):
        batch.append(pair)
        if len(batch) >= batch_size:
            a, s = store.add(batch)
            added, skipped, batch = added + a, skipped + s, []
    if batch:
        a, s = store.add(batch)
        added, skipped = added + a, skipped + s
    err.print(f"stored {added} new articles, {skipped} already stored, {len(failures)} failed → {db}")
    raise typer.Exit(1 if failures else 0)


def _dyad(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    if ":" not in value or value.count(":") != 1:
        raise typer.BadParameter("a dyad is SOURCE:TARGET, e.g. USA:PRK", param_hint="--dyad")
    src, tgt = value.upper().split(":")
    return src, tgt


@app.command()
def events(db: str = typer.Option("sqlite:///peristiwa.db", help="database URL"),
           actor: str = typer.Option(None, help="country code on either side, e.g. PRK or IGO:UN"),
           dyad: str = typer.Option(None, help="SOURCE:TARGET, e.g. USA:PRK"),
           root: str = typer.Option(None, help="CAMEO root, e.g. 13"),
           cameo: str = typer.Option(None, help="CAMEO code prefix, e.g. 163"),
           since: str = typer.Option(None, help="first date, YYYY-MM-DD"),
           until: str = typer.Option(None, help="last date, YYYY-MM-DD"),
           lang: str = typer.Option(None, help="article language, e.g. id"),
           limit: int = typer.Option(100, help="rows to show (0 = all)"),
           format: Format = typer.Option(Format.table, "--format", "-f")):
    """Query stored events."""
    from peristiwa.store import EventFilter, Store
    from peristiwa.store.export import row_for_output

    flt = EventFilter(actor=actor and actor.upper(), dyad=_dyad(dyad), root=root, cameo=cameo, since=since,
                      until=until, lang=lang)
    rows = [row_for_output(r) for r in Store(db).events(flt, limit=limit or None)]
    if format is Format.table:
        out.print(render.events_table(rows, title=f"{len(rows)} events"))
    elif format is Format.csv:
        sys.stdout.write(render.csv_text(rows, render.EVENT_COLUMNS, header=True))
    else:
        for r in rows:
            sys.stdout.write(render.json_line(r) + "\n")


@app.command()
def export(format: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f"),
           db: str = typer.Option("sqlite:///peristiwa.db", help="database URL"),
           output: Path = typer.Option(None, "--output", "-o", help="file to write (stdout by default)")):
    """Write every stored event as CSV, JSON Lines or GDELT 2.0 event columns (tab-separated)."""
    from peristiwa.store import Store
    from peristiwa.store.export import write_events

    handle = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        n = write_events(Store(db), format.value, handle)
    finally:
        if output:
            handle.close()
    err.print(f"exported {n} events")


@app.command(name="eval")
def evaluate(articles: Path = typer.Option(..., exists=True, dir_okay=False, help="articles JSONL"),
             gold: Path = typer.Option(..., exists=True, dir_okay=False, help="gold JSONL"),
             predictions: Path = typer.Option(None, help="also write the scored predictions here"),
             show_errors: bool = typer.Option(False, "--errors", help="list false positives and misses"),
             as_json: bool = typer.Option(False, "--json", help="print one JSON object"),
             plover: bool = typer.Option(False, "--plover", help="gold from `convert` (PLOVER types): compare "
                                                                 "PLOVER types (appeal and demand are one type)")):
    """Code the articles and score them against gold, as bench/score.py does."""
    from peristiwa.cli.evaluation import run_eval

    raise typer.Exit(run_eval(articles, gold, predictions, show_errors, as_json, out, plover))


@app.command()
def explain(sentence: str = typer.Argument(None, help="a sentence or short text to analyse"),
            file: Path = typer.Option(None, "--file", help="an article file instead"),
            lang: str = typer.Option(None, help="language (id or en); detected by default")):
    """Show tokens, actor mentions, verb matches, modality and events, so you can see why."""
    from peristiwa.cli.explanation import explain_article

    if file:
        items = [a for a in read_paths([file])]
        bad = [i for i in items if isinstance(i, InputError)]
        for b in bad:
            err.print(f"[red]error[/]: {b}", highlight=False)
        for article in (i for i in items if not isinstance(i, InputError)):
            explain_article(out, article)
        raise typer.Exit(1 if bad else 0)
    if not sentence:
        raise typer.BadParameter("give a sentence or --file")
    explain_article(out, Article(id="sentence", text=sentence, lang=lang))


@app.command()
def bench(paths: list[Path] = typer.Argument(..., help="articles to code, e.g. ../shared/corpus/id_news_2016_2019.jsonl"),
          limit: int = typer.Option(None, help="code at most this many"),
          detect_language: bool = typer.Option(False, help="ignore the articles' lang field and detect it")):
    """Speed benchmark: articles per second of extract, single process, and peak memory."""
    from peristiwa.eval.speed import benchmark

    result = benchmark(paths, limit, detect_language=detect_language)
    out.print(f"{result['articles']} articles, {result['events']} events in {result['seconds']} s: "
              f"[bold]{result['articles_per_s']} articles/s[/] ({result['chars_per_s']} chars/s), "
              f"knowledge load {result['load_s']} s, peak memory [bold]{result['peak_memory_mb']} MB[/]")
    print(json.dumps(result))


@app.command(name="bench-api")
def bench_api(db: str = typer.Option("sqlite:///bench-api.db", help="store to fill (created if absent)"),
              events_n: int = typer.Option(1_000_000, "--events", help="synthetic events to insert if the store is empty"),
              requests: int = typer.Option(200, help="requests per endpoint"),
              concurrency: int = typer.Option(8, help="concurrent client threads"),
              workers: int = typer.Option(2, help="server worker processes")):
    """API benchmark: fill a store with synthetic events, then p50/p95 latency under concurrent load."""
    from peristiwa.eval import api_bench
    from peristiwa.store import Store

    store = Store(db)
    if store.summary(top=1)["events"] == 0:
        with _progress() as progress:
            task = progress.add_task("filling", total=events_n, rate="")
            api_bench.fill(store, events_n, progress=lambda n: progress.advance(task, n))
    result = api_bench.run(db, requests, concurrency, workers)
    for name, r in result.items():
        out.print(f"{name:24s} p50 {r['p50_ms']:7.1f} ms   p95 {r['p95_ms']:7.1f} ms   ({r['requests']} requests, "
                  f"{concurrency} concurrent; first uncached request {r['cold_max_ms']:.0f} ms)")
    print(json.dumps(result))


@app.command()
def convert(gsr: Path = typer.Argument(..., exists=True, help="PLOVER_GSR_CAMEO.json"),
            articles: Path = typer.Option(..., help="articles JSONL to write"),
            gold: Path = typer.Option(..., help="gold JSONL to write")):
    """Convert the English PLOVER gold records into articles + gold in peristiwa's schema."""
    from peristiwa.eval.plover_gsr import convert_file

    n, events_n = convert_file(gsr, articles, gold)
    err.print(f"wrote {n} articles to {articles} and {events_n} gold events to {gold}")


@app.command()
def serve(db: str = typer.Option("sqlite:///peristiwa.db", help="database URL"),
          host: str = typer.Option("127.0.0.1", help="address to listen on (loopback by default)"),
          port: int = typer.Option(8000, help="port"),
          write_token: str = typer.Option(None, envvar="PERISTIWA_WRITE_TOKEN",
                                          help="enables POST /api/articles for clients that send it as a bearer token"),
          workers: int = typer.Option(1, min=1, help="worker processes")):
    """Serve the REST API (/api, /docs) and the analyst dashboard (/)."""
    import os

    import uvicorn

    from peristiwa.api import create_app

    err.print(f"dashboard: http://{host}:{port}/   API docs: http://{host}:{port}/docs   store: {db}")
    if workers > 1:
        os.environ["PERISTIWA_DB"] = db
        os.environ["PERISTIWA_WRITE_TOKEN"] = write_token or ""
        uvicorn.run("peristiwa.api.app:create_app_from_env", factory=True, workers=workers, host=host, port=port,
                    log_level="warning")
    else:
        uvicorn.run(create_app(db, write_token), host=host, port=port, log_level="warning")


@app.command()
def demo(db: str = typer.Option("sqlite:///peristiwa.db", help="database URL"),
         serve_after: bool = typer.Option(False, "--serve", help="then serve the dashboard over the stored events"),
         port: int = typer.Option(8000, help="port for --serve")):
    """The main job on the bundled sample articles: code, store, and print a summary."""
    from importlib import resources

    from peristiwa.ontology.cameo import cameo_table
    from peristiwa.store import Store

    samples = Path(str(resources.files("peristiwa").joinpath("samples")))
    store = Store(db)
    failures: list[str] = []
    added, skipped = store.add(list(coded(sorted(samples.glob("*.txt")), failures, "coding samples")))
    err.print(f"stored {added} new articles ({skipped} already stored) in {db}")
    render.print_summary(out, store.summary(), {c.code: c.name for c in cameo_table().roots()})
    if failures:
        raise typer.Exit(1)
    if serve_after:
        serve(db=db, host="127.0.0.1", port=port, write_token=None, workers=1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
