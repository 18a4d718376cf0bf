"""Writing coded articles to the store (atomic batches, idempotent) and querying events back."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import and_, create_engine, event, func, or_, select
from sqlalchemy.engine import Engine

from peristiwa.records import ArticleResult, Article
from peristiwa.store.schema import actors, articles, events, metadata, quotes

DEFAULT_URL = "sqlite:///peristiwa.db"


def content_hash(article: Article) -> str:
    """Identity of an article's content: the same title and text ingested twice are stored once."""
    return hashlib.sha256(f"{article.title.strip()}\n{article.text.strip()}".encode()).hexdigest()


def _code(actor) -> str:
    return f"IGO:{actor.igo}" if actor.country == "IGO" else actor.country


def _day(value: str | None) -> str | None:
    if not value:
        return None
    return (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10] if len(value) == 7 else value[:10]


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # either side
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    root: str | None = None
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    lang: str | None = None
    modality: str | None = None

    def clauses(self) -> list:
        c = events.c
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
        if self.cameo:
            out.append(c.cameo.startswith(self.cameo))
        if self.since:
            out.append(c.day >= _day(self.since))
        if self.until:
            out.append(c.day <= _day(self.until))
        if self.lang:
            out.append(c.lang == self.lang)
        if self.modality:
            out.append(c.modality == self.modality)
        return out


class Store:
    def __init__(self, url: str = DEFAULT_URL):
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

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
                        source_text=ev.source.text, source_code=_code(ev.source), source_sector=ev.source.sector,
                        target_text=ev.target.text, target_code=_code(ev.target), target_sector=ev.target.sector,
                        cameo=ev.cameo, root=ev.root, plover=ev.plover, goldstein=ev.goldstein,
                        quad_class=ev.quad_class, date=ev.date, day=_day(ev.date), modality=ev.modality,
                        evidence=ev.evidence, sentence_index=ev.sentence_index, span_start=ev.span[0],
                        span_end=ev.span[1], in_title=ev.in_title, rule=ev.rule, lang=result.lang))
                if rows:
                    conn.execute(events.insert(), rows)
                qrows = [dict(article_id=article_id, speaker=q.speaker, country=q.country, sector=q.sector,
                              start=q.start, text=q.text, span_start=q.span[0], span_end=q.span[1])
                         for q in result.quotes]
                if qrows:
                    conn.execute(quotes.insert(), qrows)
                added += 1
        return added, skipped

    @staticmethod
    def _actor_id(conn, cache: dict, actor) -> int:
        key = (actor.text[:512], _code(actor), actor.sector)
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
                 .where(*flt.clauses()).order_by(events.c.day, events.c.id))
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


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
