"""Schemas of the lexicon files: each row is validated on load; a bad row names its file and line."""
from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

SECTORS = {"", "GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "REB", "SPY", "BUS", "MED", "EDU", "CVL",
           "REF", "REL", "NGO"}
_ISO3 = re.compile(r"^[A-Z]{3}$")


class LexiconError(ValueError):
    """A lexicon file that does not follow its schema."""

    def __init__(self, path: str, line: int, reason: str):
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def split_cell(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CountryRow(_Row):
    iso3: str
    iso2: str
    note: str = ""

    @field_validator("iso3")
    @classmethod
    def _iso3(cls, v: str) -> str:
        if not _ISO3.match(v):
            raise ValueError(f"iso3 {v!r} is not three capital letters")
        return v


class CountryNamesRow(_Row):
    iso3: str
    names: str = ""
    adjectives: str = ""
    metonyms: str = ""


class OrganisationRow(_Row):
    names: str
    country: str
    sector: str = ""
    igo: str = ""
    abroad: str = ""  # the country the same name stands for in a story about that country ("Partai Demokrat")

    @model_validator(mode="after")
    def _check(self):
        if self.country != "IGO" and not _ISO3.match(self.country):
            raise ValueError(f"country {self.country!r} is neither IGO nor an ISO-3 code")
        if self.country == "IGO" and not self.igo:
            raise ValueError("an IGO row needs its short name in 'igo'")
        if self.sector not in SECTORS:
            raise ValueError(f"unknown sector {self.sector!r}")
        if self.abroad and not _ISO3.match(self.abroad):
            raise ValueError(f"abroad {self.abroad!r} is not an ISO-3 code")
        return self


def _iso3_code(value: str) -> str:
    if not _ISO3.match(value):
        raise ValueError(f"{value!r} is not an ISO-3 code")
    return value


def _day(value: str) -> str:
    parse_date(value, end=False)  # raises on a malformed date
    return value


Iso3 = Annotated[str, AfterValidator(_iso3_code)]
Day = Annotated[str, AfterValidator(_day)]


class SuccessionRow(_Row):
    iso3: Iso3
    since: Day
    before: Iso3


class FormerNameRow(_Row):
    name: Annotated[str, Field(min_length=1)]
    until: Day
    iso3: Iso3


class PlaceRow(_Row):
    names: str
    country: str
    kind: str

    @model_validator(mode="after")
    def _check(self):
        if not _ISO3.match(self.country):
            raise ValueError(f"country {self.country!r} is not an ISO-3 code")
        if self.kind not in ("city", "region"):
            raise ValueError(f"kind {self.kind!r} is neither city nor region")
        return self


class AgentRow(_Row):
    names: str
    sector: str

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        if v not in SECTORS:
            raise ValueError(f"unknown sector {v!r}")
        return v


def parse_date(value: str, *, end: bool) -> date | None:
    """ISO date, or YYYY-MM / YYYY taken at the start (or end) of that period."""
    value = value.strip()
    if not value:
        return None
    parts = value.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        return date(year, month, monthrange(year, month)[1] if end else 1)
    return date(year, month, int(parts[2]))


class PersonRow(_Row):
    name: str
    aliases: str = ""
    country: str
    sector: str = ""
    start: str = ""
    end: str = ""
    office: str = ""

    @model_validator(mode="after")
    def _check(self):
        if self.country != "IGO" and not _ISO3.match(self.country):
            raise ValueError(f"country {self.country!r} is neither IGO nor an ISO-3 code")
        if self.sector not in SECTORS:
            raise ValueError(f"unknown sector {self.sector!r}")
        start, end = parse_date(self.start, end=False), parse_date(self.end, end=True)
        if start and end and start > end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self


class VerbEntry(_Row):
    cameo: str
    stems: list[str] = []
    lemmas: list[str] = []
    forms: list[str] = []
    passive: list[str] = []
    nouns: list[str] = []
    example: str
    note: str = ""
    armed: str = ""  # CAMEO code used instead when the target is an armed force or group (MIL, REB)
    military: str = ""  # CAMEO code used instead when the source is a military ("forces killed …": 190)
    state: str = ""  # CAMEO code used instead when a state (a government, a country as actor) does it to another
    # country's actor ("Seoul protested Tokyo's claims": an official complaint, 114, not dissent)
    verbal: str = ""  # CAMEO code used instead when a politician attacks a person or institution ("Trump
    # menyerang Direktur FBI": 111, words not weapons)
    objects: list[str] = []  # the verb counts only with one of these objects within a few words after it
    object_before: bool = False  # a passive's object is its subject, a few words before it ("Dubes Inggris …
    # dipanggil Kemlu")
    abroad: bool = False  # the verb counts only when its target is another country or a place in one ("tiba di
    # Moskow": a visit; "tiba di lokasi", "tiba di Lanud Halim": not one)
    object_next: bool = False  # ... right after it, past only names and articles ("received Israeli Prime
    # Minister …", not "menerima surat Presiden …")
    purposes: dict[str, str] = {}  # CAMEO code used instead when the act is done to do one of these ("memanggil …
    # untuk menjelaskan": summoned to explain, a demand for information, 101)

    @field_validator("purposes", mode="before")
    @classmethod
    def _purposes(cls, v) -> dict[str, str]:
        out = {str(word).lower(): str(code).strip() for word, code in (v or {}).items()}
        for code in out.values():
            if not re.fullmatch(r"\d{2,4}", code):
                raise ValueError(f"purpose code {code!r} is not a 2-4 digit code")
        return out

    @field_validator("cameo", "armed", "military", "state", "verbal", mode="before")
    @classmethod
    def _cameo(cls, v) -> str:
        v = str(v).strip()
        if v and not re.fullmatch(r"\d{2,4}", v):
            raise ValueError(f"cameo {v!r} is not a 2-4 digit code")
        return v

    @model_validator(mode="after")
    def _words(self):
        if not self.cameo:
            raise ValueError("entry has no cameo code")
        if not (self.stems or self.lemmas or self.forms or self.nouns or self.passive):
            raise ValueError("entry has no stems, lemmas, forms, passive or nouns")
        return self
