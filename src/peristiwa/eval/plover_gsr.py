"""Convert the PLOVER gold-standard records (CAMEO manual examples, English) into articles + gold.

Each record becomes one article (its sentence) and one gold record in our schema: every source×target
pair is an event whose CAMEO root is the PLOVER type's root. A compound source with no target expands
into each member acting on the others, as the annotation guide does; other records without a target
hold no scorable event. Legacy actor codes are mapped to ISO-3 (JAP→JPN, ITL→ITA) and organisations to their IGO names.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

PLOVER_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
               "CONCEDE": "08", "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11",
               "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16",
               "COERCE": "17", "ASSAULT": "18", "FIGHT": "19"}
# CAMEO root → the root that stands for its PLOVER 0.5 type in the converted gold: appeals (02) and
# demands (10) are both DEMAND, mass violence (20) is ASSAULT, statements (01) have no PLOVER type.
CAMEO_TO_PLOVER_ROOT = {"01": None, "02": "10", "20": "18"}


def plover_root(cameo: str) -> str | None:
    root = cameo[:2]
    return CAMEO_TO_PLOVER_ROOT.get(root, root)


def as_plover(prediction: dict) -> dict:
    """A prediction whose events are recoded to their PLOVER type's root, to score against PLOVER gold."""
    events = []
    for ev in prediction.get("events", []):
        root = plover_root(str(ev.get("cameo") or ""))
        if root:
            events.append({**ev, "cameo": root, "root": root})
    return {**prediction, "events": events}


LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "IMG": "IGO", "VTN": "VNM"}
_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "MED", "EDU", "CVL", "REF",
            "REL", "NGO"}
_IGO_NAMES = [(r"\bU\.?N\.?\b|United Nations|Security Council|Kofi Annan|refugee agency", "UN"),
              (r"European|\bEU\b", "EU"), (r"NATO", "NATO"), (r"IAEA|Atomic Energy", "IAEA"),
              (r"Arab League", "ARL"), (r"OSCE", "OSCE"), (r"Asia-Pacific Economic", "APEC"),
              (r"Red Cross|Red Crescent", "ICRC"), (r"Amnesty", "AMNESTY"), (r"Labou?r Office", "ILO"),
              (r"al-Qaeda", "ALQAEDA")]


def _igo(text: str) -> str:
    for pattern, name in _IGO_NAMES:
        if re.search(pattern, text):
            return name
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", text) if w[0].isupper()) or text.upper()


def _actor(raw: dict) -> dict:
    code = LEGACY_CODES.get(raw.get("code") or "", raw.get("code") or "")
    sector = (raw.get("sector") or "")[:3].upper()
    actor = {"text": raw.get("actorText", ""), "country": code, "sector": sector if sector in _SECTORS else ""}
    if code == "IGO":
        actor["igo"] = _igo(actor["text"])
    return actor


def _actors(value) -> list[dict]:
    return [_actor(a) for a in value if isinstance(a, dict) and a.get("code")] if isinstance(value, list) else []


def convert(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(articles, gold) in peristiwa's schema from the PLOVER GSR records."""
    articles, gold = [], []
    for rec in records:
        root = PLOVER_ROOT.get(rec.get("event", ""))
        if not rec.get("text") or root is None:
            continue
        articles.append({"id": rec["id"], "lang": "en", "title": "", "text": rec["text"],
                         "date": rec.get("date") or None, "source": rec.get("publication", "")})
        events = []
        sources, targets = _actors(rec.get("source")), _actors(rec.get("target"))
        if not targets and len(sources) > 1:  # compound actor with no target: each acts on the other
            targets = sources
        for src in sources:
            for tgt in targets:
                if src is tgt:
                    continue
                events.append({"source": src, "target": tgt, "cameo": root, "root": root, "plover": rec["event"],
                               "date": rec.get("date"), "modality": "asserted", "evidence": rec["text"]})
        gold.append({"id": rec["id"], "events": events, "quotes": []})
    return articles, gold


def convert_file(path: Path, articles_out: Path, gold_out: Path) -> tuple[int, int]:
    records = json.loads(path.read_text(encoding="utf-8"))
    articles, gold = convert(records)
    articles_out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    gold_out.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    return len(articles), sum(len(g["events"]) for g in gold)
