"""Output formats of the command line: JSON Lines, CSV and Rich tables."""
from __future__ import annotations

import csv
import io
import json

from rich.console import Console
from rich.table import Table

from peristiwa.records import ArticleResult

EVENT_COLUMNS = ["article", "date", "source", "source_code", "source_sector", "target", "target_code",
                 "target_sector", "cameo", "root", "plover", "goldstein", "quad_class", "modality", "lang",
                 "sentence_index", "span_start", "span_end", "rule", "evidence"]


def result_json(result: ArticleResult) -> str:
    return result.model_dump_json(exclude_none=False)


def event_rows(result: ArticleResult) -> list[dict]:
    rows = []
    for ev in result.events:
        rows.append({"article": result.id, "date": ev.date, "source": ev.source.text,
                     "source_code": ev.source.code,
                     "source_sector": ev.source.sector, "target": ev.target.text,
                     "target_code": ev.target.code,
                     "target_sector": ev.target.sector, "cameo": ev.cameo, "root": ev.root, "plover": ev.plover,
                     "goldstein": ev.goldstein, "quad_class": ev.quad_class, "modality": ev.modality,
                     "lang": result.lang, "sentence_index": ev.sentence_index, "span_start": ev.span[0],
                     "span_end": ev.span[1], "rule": ev.rule, "evidence": ev.evidence})
    return rows


def csv_text(rows: list[dict], columns: list[str], header: bool) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def events_table(rows: list[dict], title: str = "events") -> Table:
    table = Table(title=title, show_lines=False)
    for col in ("article", "date", "source", "target", "cameo", "plover", "modality", "evidence"):
        table.add_column(col, overflow="ellipsis" if col in ("article", "evidence") else "fold",
                         max_width={"evidence": 70, "article": 22}.get(col), no_wrap=col in ("article", "evidence"))
    for r in rows:
        src = f"{r['source']} [{r['source_code']}{'/' + r['source_sector'] if r['source_sector'] else ''}]"
        tgt = f"{r['target']} [{r['target_code']}{'/' + r['target_sector'] if r['target_sector'] else ''}]"
        table.add_row(str(r["article"]), str(r["date"] or ""), src, tgt, r["cameo"], r["plover"], r["modality"],
                      r["evidence"])
    return table


def print_summary(console: Console, summary: dict, names: dict[str, str]) -> None:
    console.print(f"[bold]{summary['articles']}[/] articles, [bold]{summary['events']}[/] events, "
                  f"[bold]{summary['quotes']}[/] quotes")
    roots = Table(title="events by CAMEO root")
    roots.add_column("root")
    roots.add_column("name")
    roots.add_column("events", justify="right")
    for root, n in summary["by_root"]:
        roots.add_row(root, names.get(root, ""), str(n))
    console.print(roots)
    dyads = Table(title="top dyads")
    dyads.add_column("source")
    dyads.add_column("target")
    dyads.add_column("events", justify="right")
    for src, tgt, n in summary["dyads"]:
        dyads.add_row(src, tgt, str(n))
    console.print(dyads)


def json_line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
