"""Exports of stored events: CSV, JSON Lines, and GDELT 2.0 event columns."""
from __future__ import annotations

import csv
import json
from typing import TextIO

from peristiwa.store.database import Store

# GDELT 2.0 event table columns, in order; those we cannot fill stay empty.
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
    "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
    "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
    "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
]
OUTPUT_COLUMNS = ["id", "article", "date", "source", "source_code", "source_sector", "target", "target_code",
                  "target_sector", "cameo", "root", "plover", "goldstein", "quad_class", "modality", "lang",
                  "sentence_index", "span_start", "span_end", "rule", "evidence"]


def row_for_output(row: dict) -> dict:
    return {"id": row["id"], "article": row["doc_id"], "date": row["date"], "source": row["source_text"],
            "source_code": row["source_code"], "source_sector": row["source_sector"], "target": row["target_text"],
            "target_code": row["target_code"], "target_sector": row["target_sector"], "cameo": row["cameo"],
            "root": row["root"], "plover": row["plover"], "goldstein": row["goldstein"],
            "quad_class": row["quad_class"], "modality": row["modality"], "lang": row["lang"],
            "sentence_index": row["sentence_index"], "span_start": row["span_start"], "span_end": row["span_end"],
            "rule": row["rule"], "evidence": row["evidence"]}


def _actor_code(code: str, sector: str) -> str:
    base = code.split(":", 1)[1] if code.startswith("IGO:") else code
    return base + sector


def gdelt_row(row: dict, url: str = "") -> list:
    day = (row.get("day") or "").replace("-", "")
    year = day[:4]
    frac = f"{int(year) + (int(day[4:6]) - 1) / 12 + (int(day[6:8]) - 1) / 365:.4f}" if len(day) == 8 else ""
    values = {
        "GLOBALEVENTID": row["id"], "SQLDATE": day, "MonthYear": day[:6], "Year": year, "FractionDate": frac,
        "Actor1Code": _actor_code(row["source_code"], row["source_sector"]), "Actor1Name": row["source_text"],
        "Actor1CountryCode": "" if row["source_code"].startswith("IGO:") else row["source_code"],
        "Actor1KnownGroupCode": row["source_code"][4:] if row["source_code"].startswith("IGO:") else "",
        "Actor1Type1Code": row["source_sector"],
        "Actor2Code": _actor_code(row["target_code"], row["target_sector"]), "Actor2Name": row["target_text"],
        "Actor2CountryCode": "" if row["target_code"].startswith("IGO:") else row["target_code"],
        "Actor2KnownGroupCode": row["target_code"][4:] if row["target_code"].startswith("IGO:") else "",
        "Actor2Type1Code": row["target_sector"], "IsRootEvent": int(row["sentence_index"] <= 0),
        "EventCode": row["cameo"], "EventBaseCode": row["cameo"][:3], "EventRootCode": row["root"],
        "QuadClass": row["quad_class"], "GoldsteinScale": row["goldstein"], "NumMentions": 1, "NumSources": 1,
        "NumArticles": 1, "DATEADDED": (row.get("ingested_at") or "")[:19].replace("-", "").replace(":", "").replace("T", ""),
        "SOURCEURL": url or row.get("url") or "",
    }
    return [values.get(col, "") for col in GDELT_COLUMNS]


def write_events(store: Store, fmt: str, handle: TextIO) -> int:
    n = 0
    if fmt == "gdelt":
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        for row in store.events(with_article=True):
            writer.writerow(gdelt_row(row))
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(handle, fieldnames=OUTPUT_COLUMNS, lineterminator="\n")
        writer.writeheader()
    for row in store.events():
        out = row_for_output(row)
        if fmt == "csv":
            writer.writerow(out)
        else:
            handle.write(json.dumps(out, ensure_ascii=False) + "\n")
        n += 1
    return n
