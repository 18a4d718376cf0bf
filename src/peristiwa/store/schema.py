"""Table definitions (SQLAlchemy Core), shared by SQLite and PostgreSQL."""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        UniqueConstraint)

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

# Daily counts per dyad and root, kept up to date on ingest, so that timelines and networks over
# millions of events aggregate thousands of rows instead of scanning the events table.
daily_counts = Table(
    "daily_counts", metadata,
    Column("day", String(10), primary_key=True),
    Column("source_code", String(64), primary_key=True),
    Column("target_code", String(64), primary_key=True),
    Column("root", String(2), primary_key=True),
    Column("quad_class", Integer, primary_key=True),
    Column("n", Integer, nullable=False),
    Column("goldstein_sum", Float, nullable=False),
)

Index("ix_events_day", events.c.day, events.c.id)
Index("ix_events_source", events.c.source_code, events.c.id)
Index("ix_events_target", events.c.target_code, events.c.id)
Index("ix_events_dyad", events.c.source_code, events.c.target_code, events.c.id)
Index("ix_events_root", events.c.root, events.c.id)
Index("ix_events_article", events.c.article_id)
Index("ix_events_source_actor", events.c.source_actor_id)
Index("ix_events_target_actor", events.c.target_actor_id)
Index("ix_quotes_article", quotes.c.article_id)
Index("ix_daily_source", daily_counts.c.source_code, daily_counts.c.day)
Index("ix_daily_target", daily_counts.c.target_code, daily_counts.c.day)
