"""The CAMEO event code table shipped with the package (`ontology/data/cameo.tsv`)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, unconventional mass violence
FORCE_ROOTS = VIOLENT_ROOTS | {"15"}  # and a show of force


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: str
    quad_class: int

    @property
    def root(self) -> str:
        return self.code[:2]


class CameoTable:
    def __init__(self, codes: dict[str, CameoCode], announced: dict[str, str] | None = None):
        self._codes = codes
        self._announced = announced or {}

    def announced(self, code: str) -> str | None:
        """The code of announcing the act `code`: an intent ("will provide aid" → 033) or a threat
        ("will boycott" → 1312); None for acts whose announcement is no event of its own."""
        while code:
            if code in self._announced:
                return self._announced[code]
            code = code[:-1]
        return None

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        """The entry for `code`, falling back to its parent code when the exact code is unknown."""
        while code:
            if code in self._codes:
                return self._codes[code]
            code = code[:-1]
        raise KeyError(code)

    def __iter__(self):
        return iter(self._codes.values())

    def roots(self) -> list[CameoCode]:
        return [c for c in self._codes.values() if len(c.code) == 2]


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    text = resources.files("peristiwa.ontology").joinpath("data/cameo.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    codes = {}
    for row in rows:
        code = row["code"].strip()
        codes[code] = CameoCode(code, row["name"].strip(), float(row["goldstein"]), (row["plover"] or "").strip(),
                                int(row["quad_class"]))
    text = resources.files("peristiwa.ontology").joinpath("data/announced.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if line and not line.startswith("#")), delimiter="\t")
    announced = {row["act"].strip(): row["announced"].strip() for row in rows}
    unknown = [c for c in announced.values() if c not in codes]
    if unknown:
        raise ValueError(f"ontology/data/announced.tsv: unknown CAMEO codes {unknown}")
    return CameoTable(codes, announced)
