"""`peristiwa eval`: code articles, score them against gold, print the table and the errors."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from peristiwa.eval.scoring import errors, per_root, score
from peristiwa.extract import Coder
from peristiwa.ingest import InputError
from peristiwa.ingest.readers import read_jsonl

SCORED = ("asserted", "claimed")


def predict(articles: Path) -> tuple[dict[str, dict], list[str]]:
    """Predictions in the gold schema; only events the article reports as having happened are scored."""
    coder = Coder()
    pred, failures = {}, []
    for item in read_jsonl(articles):
        if isinstance(item, InputError):
            failures.append(str(item))
            continue
        record = json.loads(coder.extract(item).model_dump_json())
        record["events"] = [e for e in record["events"] if e["modality"] in SCORED]
        pred[item.id] = record
    return pred, failures


def load_gold(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {rec["id"]: rec for rec in map(json.loads, filter(str.strip, handle))}


def run_eval(articles: Path, gold_path: Path, predictions: Path | None, show_errors: bool, as_json: bool,
             out: Console, plover: bool = False) -> int:
    gold = load_gold(gold_path)
    pred, failures = predict(articles)
    if plover:  # gold labelled with PLOVER types: compare types, not CAMEO roots
        from peristiwa.eval.plover_gsr import as_plover

        pred = {k: as_plover(v) for k, v in pred.items()}
    if predictions:
        predictions.write_text("".join(json.dumps(pred[k], ensure_ascii=False) + "\n" for k in pred), encoding="utf-8")
    result = score(gold, pred)
    roots, roots_full = per_root(gold, pred), per_root(gold, pred, full=True)
    if as_json:
        print(json.dumps({**result, "per_root": roots, "per_root_full": roots_full}))
        return 1 if failures else 0
    out.print(f"articles: {result['articles']}")
    for name in ("dyad_root", "full", "quotes"):
        s = result[name]
        extra = f"  dates={s['date_accuracy']:.3f}" if "date_accuracy" in s else ""
        extra += f"  speakers={s['speaker_accuracy']:.3f}" if "speaker_accuracy" in s else ""
        out.print(f"{name:22s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  "
                  f"(tp={s['tp']} fp={s['fp']} fn={s['fn']}){extra}", highlight=False)
    table = Table(title="by CAMEO root: dyad-root, and F1 at the full level")
    for col in ("root", "P", "R", "F1", "tp", "fp", "fn", "full F1"):
        table.add_column(col, justify="right")
    for root, s in roots.items():
        f = roots_full.get(root)
        table.add_row(root, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}", str(s["tp"]),
                      str(s["fp"]), str(s["fn"]), f"{f['f1']:.2f}" if f else "–")
    out.print(table)
    if show_errors:
        for e in errors(gold, pred):
            out.print(f"[{'red' if e['kind'] == 'miss' else 'yellow'}]{e['kind']:14s}[/] {e['article']} "
                      f"{e['dyad']} {e['root']} ({e['cameo']}) {e['rule']}\n    {e['evidence']}", highlight=False)
    for f in failures:
        out.print(f"[red]error[/]: {f}", highlight=False)
    return 1 if failures else 0
