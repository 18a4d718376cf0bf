"""Event filters shared by the command line, the API and the exports, translated to SQL."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import and_, func, literal_column, or_, select, text

from peristiwa.store.schema import daily_counts, events, monthly_counts, total_counts


def pad_day(value: str | None) -> str | None:
    """An event date padded to a day for range queries (YYYY-MM → YYYY-MM-01)."""
    if not value:
        return None
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10] if len(value) == 7 else value[:10]


def fts_query(q: str) -> str:
    """A user's words as an FTS5 query: every word must occur (quoted, so operators are plain text)."""
    words = re.findall(r"\w+", q)
    return " ".join(f'"{w}"' for w in words)


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # either side, e.g. PRK or IGO:UN
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad: int | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    modality: str | None = None
    q: str | None = None  # full text over evidence sentences

    @property
    def rollup_ok(self) -> bool:
        """Whether the daily counts can answer an aggregate under this filter."""
        return not (self.cameo or self.plover or self.lang or self.modality or self.q)

    @property
    def months_ok(self) -> bool:
        """Whether the monthly counts can answer it: the date range, if any, covers whole months."""
        since_ok = not self.since or len(self.since) <= 7 or self.since.endswith("-01")
        return self.rollup_ok and since_ok and (not self.until or len(self.until) <= 7)

    def clauses(self, dialect: str = "sqlite", table=events) -> list:
        c = table.c
        out = []
        if self.actor:
            out.append(or_(c.source_code == self.actor, c.target_code == self.actor))
        if self.source:
            out.append(c.source_code == self.source)
        if self.target:
            out.append(c.target_code == self.target)
        if self.dyad:
            out.append(and_(c.source_code == self.dyad[0], c.target_code == self.dyad[1]))
        if self.root:
            out.append(c.root == self.root.zfill(2))
        if self.quad:
            out.append(c.quad_class == int(self.quad))
        if self.since:
            out.append(c.day >= pad_day(self.since))
        if self.until:
            out.append(c.day <= pad_day(self.until))
        if table is daily_counts or table is monthly_counts or table is total_counts:
            return out
        if self.cameo:
            out.append(c.cameo.startswith(self.cameo))
        if self.plover:
            out.append(c.plover == self.plover.upper())
        if self.lang:
            out.append(c.lang == self.lang)
        if self.modality:
            out.append(c.modality == self.modality)
        if self.q and fts_query(self.q):
            if dialect == "sqlite":
                matches = select(literal_column("rowid")).select_from(text("events_fts")).where(
                    text("events_fts MATCH :fts")).params(fts=fts_query(self.q))
                out.append(c.id.in_(matches))
            else:
                out.append(func.to_tsvector("simple", c.evidence).op("@@")(func.plainto_tsquery("simple", self.q)))
        return out
