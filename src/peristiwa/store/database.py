"""Writing coded articles to the store (atomic batches, idempotent) and querying events back."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

from sqlalchemy import and_, create_engine, event, func, literal, select, text
from sqlalchemy.engine import Engine

from peristiwa.records import Article, ArticleResult
from peristiwa.store.filters import EventFilter, pad_day
from peristiwa.store.schema import (
    ALL_TIME,
    ROLLUPS,
    actors,
    articles,
    events,
    metadata,
    quotes,
)

DEFAULT_URL = "sqlite:///peristiwa.db"


def content_hash(article: Article) -> str:
    """Identity of an article's content: the same title and text ingested twice are stored once."""
    return hashlib.sha256(f"{article.title.strip()}\n{article.text.strip()}".encode()).hexdigest()


class Store:
    def __init__(self, url: str = DEFAULT_URL):
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            for statement in _SEARCH_DDL.get(self.dialect, ()):
                conn.execute(text(statement))
            self._backfill(conn)

    def _backfill(self, conn) -> None:
        """Fill the daily counts and the search index of a store written before they existed."""
        if conn.execute(select(events.c.id).limit(1)).first() is None:
            return
        for table, _ in ROLLUPS:
            if conn.execute(select(table.c.day).limit(1)).first() is None:
                period = {"daily_counts": events.c.day, "monthly_counts": func.substr(events.c.day, 1, 8) + "01",
                          "total_counts": literal(ALL_TIME)}[table.name]
                conn.execute(table.insert().from_select(
                    ["day", "source_code", "target_code", "root", "quad_class", "n", "goldstein_sum"],
                    select(period, events.c.source_code, events.c.target_code, events.c.root, events.c.quad_class,
                           func.count(), func.sum(events.c.goldstein)).where(events.c.day.isnot(None))
                    .group_by(period, events.c.source_code, events.c.target_code, events.c.root,
                              events.c.quad_class)))
        if self.dialect == "sqlite" and conn.execute(text("SELECT id FROM events_fts_docsize LIMIT 1")).first() is None:
            conn.execute(text("INSERT INTO events_fts(events_fts) VALUES ('rebuild')"))

    def close(self) -> None:
        self.engine.dispose()

    def add(self, batch: Iterable[tuple[Article, ArticleResult]]) -> tuple[int, int]:
        """Store a batch in one transaction: all of it or none. Returns (added, already stored)."""
        added = skipped = 0
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            actor_ids: dict[tuple[str, str, str], int] = {}
            for article, result in batch:
                digest = content_hash(article)
                if conn.execute(select(articles.c.id).where(articles.c.content_hash == digest)).first():
                    skipped += 1
                    continue
                article_id = conn.execute(articles.insert().values(
                    doc_id=article.id, content_hash=digest, title=article.title, text=article.text,
                    date=result.date, lang=result.lang, url=article.url, source=article.source,
                    origin=article.origin, ingested_at=now)).inserted_primary_key[0]
                rows = []
                for ev in result.events:
                    src = self._actor_id(conn, actor_ids, ev.source)
                    tgt = self._actor_id(conn, actor_ids, ev.target)
                    rows.append(dict(
                        article_id=article_id, source_actor_id=src, target_actor_id=tgt,
                        source_text=ev.source.text, source_code=ev.source.code, source_sector=ev.source.sector,
                        target_text=ev.target.text, target_code=ev.target.code, target_sector=ev.target.sector,
                        cameo=ev.cameo, root=ev.root, plover=ev.plover, goldstein=ev.goldstein,
                        quad_class=ev.quad_class, date=ev.date, day=pad_day(ev.date), modality=ev.modality,
                        evidence=ev.evidence, sentence_index=ev.sentence_index, span_start=ev.span[0],
                        span_end=ev.span[1], in_title=ev.in_title, rule=ev.rule, lang=result.lang))
                if rows:
                    conn.execute(events.insert(), rows)
                    self._count(conn, rows)
                qrows = [dict(article_id=article_id, speaker=q.speaker, country=q.country, sector=q.sector,
                              start=q.start, text=q.text, span_start=q.span[0], span_end=q.span[1])
                         for q in result.quotes]
                if qrows:
                    conn.execute(quotes.insert(), qrows)
                added += 1
        return added, skipped

    def _count(self, conn, rows: list[dict]) -> None:
        """Add a batch's events to the daily counts (upsert), in the batch's transaction."""
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        for table, period in ROLLUPS:
            totals: dict[tuple, list] = {}
            for r in rows:
                if not r["day"]:
                    continue
                key = (period(r["day"]), r["source_code"], r["target_code"], r["root"], r["quad_class"])
                acc = totals.setdefault(key, [0, 0.0])
                acc[0] += 1
                acc[1] += r["goldstein"]
            if not totals:
                continue
            stmt = insert(table)
            stmt = stmt.on_conflict_do_update(
                index_elements=["day", "source_code", "target_code", "root", "quad_class"],
                set_={"n": table.c.n + stmt.excluded.n, "goldstein_sum": table.c.goldstein_sum + stmt.excluded.goldstein_sum})
            conn.execute(stmt, [dict(day=k[0], source_code=k[1], target_code=k[2], root=k[3], quad_class=k[4], n=v[0],
                                     goldstein_sum=v[1]) for k, v in totals.items()])

    def version(self) -> int:
        """Changes whenever events are added: the highest event id (cache key for aggregates)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(events.c.id))).scalar() or 0

    @staticmethod
    def _actor_id(conn, cache: dict, actor) -> int:
        key = (actor.text[:512], actor.code, actor.sector)
        if key in cache:
            return cache[key]
        where = and_(actors.c.name == key[0], actors.c.code == key[1], actors.c.sector == key[2])
        row = conn.execute(select(actors.c.id).where(where)).first()
        actor_id = row[0] if row else conn.execute(
            actors.insert().values(name=key[0], code=key[1], sector=key[2])).inserted_primary_key[0]
        cache[key] = actor_id
        return actor_id

    def events(self, flt: EventFilter = EventFilter(), limit: int | None = None,
               with_article: bool = False) -> Iterator[dict]:
        extra = [articles.c.url, articles.c.ingested_at] if with_article else []
        query = (select(events, articles.c.doc_id, articles.c.title, *extra)
                 .join(articles, articles.c.id == events.c.article_id)
                 .where(*flt.clauses(self.dialect)).order_by(events.c.day, events.c.id))
        if limit:
            query = query.limit(limit)
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield dict(row._mapping)

    def summary(self, top: int = 10) -> dict:
        with self.engine.connect() as conn:
            n_articles = conn.execute(select(func.count()).select_from(articles)).scalar_one()
            n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
            n_quotes = conn.execute(select(func.count()).select_from(quotes)).scalar_one()
            by_root = conn.execute(select(events.c.root, func.count()).group_by(events.c.root)
                                   .order_by(events.c.root)).all()
            dyads = conn.execute(select(events.c.source_code, events.c.target_code, func.count().label("n"))
                                 .group_by(events.c.source_code, events.c.target_code)
                                 .order_by(func.count().desc(), events.c.source_code).limit(top)).all()
        return {"articles": n_articles, "events": n_events, "quotes": n_quotes,
                "by_root": [tuple(r) for r in by_root], "dyads": [tuple(r) for r in dyads]}


# Full-text search over evidence sentences: SQLite FTS5 kept in step by triggers; PostgreSQL a GIN index.
_SEARCH_DDL = {
    "sqlite": (
        "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence, content='events', content_rowid='id')",
        "CREATE TRIGGER IF NOT EXISTS events_fts_ai AFTER INSERT ON events BEGIN "
        "INSERT INTO events_fts(rowid, evidence) VALUES (new.id, new.evidence); END",
        "CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events BEGIN "
        "INSERT INTO events_fts(events_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence); END",
    ),
    "postgresql": (
        "CREATE INDEX IF NOT EXISTS ix_events_evidence_fts ON events USING gin (to_tsvector('simple', evidence))",
    ),
}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
