"""Precision, recall and F1 against gold, computed exactly as the official scorer (`bench/score.py`) does.

Per article an event is (source, target, CAMEO root) at the dyad-root level and (source+sector,
target+sector, 3-digit code) at the full level; duplicates count once; gold events that are future,
hypothetical, negated or optional are neither required nor penalised. Quotes match on the first three
words of their text; speakers on the surname.
"""
from __future__ import annotations

from collections import defaultdict

SCORED_MODALITIES = {"asserted", "claimed", "", None}


def actor_key(actor, with_sector: bool) -> str:
    if not isinstance(actor, dict):
        return ""
    country = (actor.get("country") or "").upper()
    if country == "IGO":
        country = "IGO:" + (actor.get("igo") or "").upper()
    return f"{country}/{(actor.get('sector') or '').upper()}" if with_sector else country


def event_key(ev: dict, full: bool) -> tuple[str, str, str]:
    code = str(ev.get("cameo") or ev.get("root") or "")
    return actor_key(ev.get("source"), full), actor_key(ev.get("target"), full), code[:3] if full else code[:2]


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _split(gold_events: list[dict], full: bool) -> tuple[set, set]:
    required, optional = set(), set()
    for ev in gold_events:
        key = event_key(ev, full)
        (optional if ev.get("optional") or ev.get("modality") not in SCORED_MODALITIES else required).add(key)
    return required, optional - required


def score_events(gold: dict[str, dict], pred: dict[str, dict], full: bool) -> dict:
    tp = fp = fn = dated = date_ok = 0
    for art_id, g in gold.items():
        required, optional = _split(g.get("events", []), full)
        pred_events = pred.get(art_id, {}).get("events", [])
        predicted = {event_key(ev, full) for ev in pred_events} - optional
        matched = predicted & required
        tp += len(matched)
        fp += len(predicted - required)
        fn += len(required - predicted)
        for key in matched:
            want = {ev.get("date") for ev in g.get("events", []) if event_key(ev, full) == key}
            got = {ev.get("date") for ev in pred_events if event_key(ev, full) == key}
            dated += 1
            date_ok += bool(want & got)
    result = prf(tp, fp, fn)
    result["date_accuracy"] = round(date_ok / dated, 4) if dated else 0.0
    return result


def _words(text: str | None, n: int) -> str:
    return " ".join("".join(ch for ch in w if ch.isalnum()) for w in (text or "").lower().split()[:n])


def quote_key(q: dict) -> str:
    return _words(q.get("start") or q.get("text"), 3)


def speaker_key(q: dict) -> str:
    name = (q.get("speaker") or "").split()
    return name[-1].lower().strip(".,") if name else ""


def score_quotes(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    tp = fp = fn = matched = speaker_ok = 0
    for art_id, g in gold.items():
        want = {quote_key(q): q for q in g.get("quotes", [])}
        got = {quote_key(q): q for q in pred.get(art_id, {}).get("quotes", [])}
        tp += len(want.keys() & got.keys())
        fp += len(got.keys() - want.keys())
        fn += len(want.keys() - got.keys())
        for key in want.keys() & got.keys():
            matched += 1
            speaker_ok += speaker_key(want[key]) == speaker_key(got[key]) != ""
    result = prf(tp, fp, fn)
    result["speaker_accuracy"] = round(speaker_ok / matched, 4) if matched else 0.0
    return result


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """The official scorer's figures: articles, dyad_root, full, quotes."""
    return {"articles": len(gold), "dyad_root": score_events(gold, pred, full=False),
            "full": score_events(gold, pred, full=True), "quotes": score_quotes(gold, pred)}


def per_root(gold: dict[str, dict], pred: dict[str, dict], full: bool = False) -> dict[str, dict]:
    """Precision/recall/F1 for each CAMEO root, at the dyad-root level or (full=True) the full level."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for art_id, g in gold.items():
        required, optional = _split(g.get("events", []), full)
        predicted = {event_key(ev, full) for ev in pred.get(art_id, {}).get("events", [])} - optional
        for key in predicted & required:
            counts[key[2][:2]][0] += 1
        for key in predicted - required:
            counts[key[2][:2]][1] += 1
        for key in required - predicted:
            counts[key[2][:2]][2] += 1
    return {root: prf(*c) for root, c in sorted(counts.items())}


def errors(gold: dict[str, dict], pred: dict[str, dict]) -> list[dict]:
    """False positives and misses at the dyad-root level, with their evidence sentences."""
    out = []
    for art_id, g in gold.items():
        required, optional = _split(g.get("events", []), False)
        pred_events = pred.get(art_id, {}).get("events", [])
        predicted = {event_key(ev, False) for ev in pred_events} - optional
        for kind, keys, source in (("false positive", predicted - required, pred_events),
                                   ("miss", required - predicted, g.get("events", []))):
            for key in sorted(keys):
                ev = next(e for e in source if event_key(e, False) == key)
                out.append({"article": art_id, "kind": kind, "dyad": f"{key[0]}→{key[1]}", "root": key[2],
                            "cameo": ev.get("cameo"), "evidence": ev.get("evidence", ""), "rule": ev.get("rule", "")})
    return out
