"""Table definitions (SQLAlchemy Core), shared by SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(512), nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("date", String(10)),
    Column("lang", String(8)),
    Column("url", Text, default=""),
    Column("source", String(256), default=""),
    Column("origin", Text, default=""),
    Column("ingested_at", String(32), nullable=False),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(512), nullable=False),
    Column("code", String(64), nullable=False),  # country ISO-3, or IGO:<name>
    Column("sector", String(8), nullable=False, default=""),
    UniqueConstraint("name", "code", "sector", name="uq_actor"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("source_actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("target_actor_id", Integer, ForeignKey("actors.id"), nullable=False),
    Column("source_text", String(512), nullable=False),
    Column("source_code", String(64), nullable=False),
    Column("source_sector", String(8), nullable=False, default=""),
    Column("target_text", String(512), nullable=False),
    Column("target_code", String(64), nullable=False),
    Column("target_sector", String(8), nullable=False, default=""),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("plover", String(16), nullable=False, default=""),
    Column("goldstein", Float, nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("date", String(10)),
    Column("day", String(10)),  # the event date padded to a day (YYYY-MM → YYYY-MM-01) for range queries
    Column("modality", String(16), nullable=False),
    Column("evidence", Text, nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("in_title", Boolean, nullable=False, default=False),
    Column("rule", Text, nullable=False),
    Column("lang", String(8)),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("speaker", String(512), nullable=False),
    Column("country", String(64), nullable=False, default=""),
    Column("sector", String(8), nullable=False, default=""),
    Column("start", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
)

def _counts(name: str) -> Table:
    """Event counts per period, dyad, root and quad class, kept up to date on ingest, so that timelines
    and networks over millions of events aggregate a small table instead of scanning the events."""
    return Table(
        name, metadata,
        Column("day", String(10), primary_key=True),  # the period's first day
        Column("source_code", String(64), primary_key=True),
        Column("target_code", String(64), primary_key=True),
        Column("root", String(2), primary_key=True),
        Column("quad_class", Integer, primary_key=True),
        Column("n", Integer, nullable=False),
        Column("goldstein_sum", Float, nullable=False),
    )


daily_counts = _counts("daily_counts")
monthly_counts = _counts("monthly_counts")
total_counts = _counts("total_counts")  # all time: one row per dyad, root and quad class
ALL_TIME = "*"
ROLLUPS = ((daily_counts, lambda day: day), (monthly_counts, lambda day: day[:8] + "01"),
           (total_counts, lambda day: ALL_TIME))

Index("ix_events_day", events.c.day, events.c.id)
Index("ix_events_source", events.c.source_code, events.c.id)
Index("ix_events_target", events.c.target_code, events.c.id)
Index("ix_events_dyad", events.c.source_code, events.c.target_code, events.c.id)
Index("ix_events_root", events.c.root, events.c.id)
Index("ix_events_article", events.c.article_id)
Index("ix_events_source_actor", events.c.source_actor_id)
Index("ix_events_target_actor", events.c.target_actor_id)
Index("ix_quotes_article", quotes.c.article_id)
for _table in (daily_counts, monthly_counts, total_counts):
    Index(f"ix_{_table.name}_source", _table.c.source_code, _table.c.day)
    Index(f"ix_{_table.name}_target", _table.c.target_code, _table.c.day)
