"""Read queries for the analyst API: event pages, details, timelines, networks and actor search.

Aggregates read the daily counts where the filter allows it, and the events table otherwise; pages use
keyset pagination (newest first), so a page costs the same on the first and the thousandth page.
"""
from __future__ import annotations

import threading
from dataclasses import replace

from sqlalchemy import String, cast, func, or_, select

from peristiwa.store.database import Store
from peristiwa.store.filters import EventFilter
from peristiwa.store.schema import (
    actors,
    articles,
    daily_counts,
    events,
    monthly_counts,
    quotes,
    total_counts,
)

MAX_PAGE = 500
EVENT_FIELDS = [events.c.id, events.c.article_id, articles.c.doc_id, articles.c.title, events.c.date,
                events.c.source_text.label("source"), events.c.source_code, events.c.source_sector,
                events.c.target_text.label("target"), events.c.target_code, events.c.target_sector, events.c.cameo,
                events.c.root, events.c.plover, events.c.goldstein, events.c.quad_class, events.c.modality,
                events.c.lang, events.c.evidence, events.c.sentence_index, events.c.span_start, events.c.span_end,
                events.c.in_title, events.c.rule]


def page_events(store: Store, flt: EventFilter, limit: int = 50, cursor: int | None = None) -> tuple[list[dict], int | None]:
    """One page of events, newest id first; returns (items, cursor of the next page or None)."""
    limit = max(1, min(limit, MAX_PAGE))
    if flt.actor:  # either side: two index walks (source, target) merged, instead of one OR scan
        sides = [replace(flt, actor=None, source=flt.actor), replace(flt, actor=None, target=flt.actor)]
    else:
        sides = [flt]
    rows: dict[int, dict] = {}
    with store.engine.connect() as conn:
        for side in sides:
            where = side.clauses(store.dialect)
            if cursor is not None:
                where.append(events.c.id < cursor)
            query = (select(*EVENT_FIELDS).join(articles, articles.c.id == events.c.article_id).where(*where)
                     .order_by(events.c.id.desc()).limit(limit + 1))
            for r in conn.execute(query):
                rows[r.id] = dict(r._mapping)
    rows = [rows[k] for k in sorted(rows, reverse=True)][:limit + 1]
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["id"] if more else None)


def _quotes(conn, article_id: int) -> list[dict]:
    q = select(quotes.c.speaker, quotes.c.country, quotes.c.sector, quotes.c.text, quotes.c.span_start,
               quotes.c.span_end).where(quotes.c.article_id == article_id).order_by(quotes.c.span_start)
    return [dict(r._mapping) for r in conn.execute(q)]


def _article(conn, article_id: int) -> dict | None:
    q = select(articles.c.id, articles.c.doc_id, articles.c.title, articles.c.text, articles.c.date, articles.c.url,
               articles.c.source, articles.c.lang).where(articles.c.id == article_id)
    row = conn.execute(q).first()
    return dict(row._mapping) if row else None


def event_detail(store: Store, event_id: int) -> dict | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(*EVENT_FIELDS).join(articles, articles.c.id == events.c.article_id)
                           .where(events.c.id == event_id)).first()
        if row is None:
            return None
        item = dict(row._mapping)
        item["article"] = _article(conn, item["article_id"])
        item["quotes"] = _quotes(conn, item["article_id"])
    return item


def article_detail(store: Store, article_id: int) -> dict | None:
    with store.engine.connect() as conn:
        item = _article(conn, article_id)
        if item is None:
            return None
        item["events"] = [dict(r._mapping) for r in conn.execute(
            select(*EVENT_FIELDS).join(articles, articles.c.id == events.c.article_id)
            .where(events.c.article_id == article_id).order_by(events.c.id))]
        item["quotes"] = _quotes(conn, article_id)
    return item


def _period(column, interval: str, dialect: str):
    if interval == "month":
        return func.substr(column, 1, 7)
    if interval == "year":
        return func.substr(column, 1, 4)
    if interval == "week":
        if dialect == "postgresql":
            return func.to_char(func.to_date(column, "YYYY-MM-DD"), 'IYYY-"W"IW')
        return func.strftime("%Y-W%W", column)
    return column


def _source(flt: EventFilter, coarse: bool, timeless: bool = False):
    """The smallest table that answers an aggregate under `flt`: all-time, monthly or daily counts, or the
    events themselves."""
    if timeless and flt.rollup_ok and not flt.since and not flt.until:
        return total_counts, func.sum(total_counts.c.n), func.sum(total_counts.c.goldstein_sum)
    if coarse and flt.months_ok:
        return monthly_counts, func.sum(monthly_counts.c.n), func.sum(monthly_counts.c.goldstein_sum)
    if flt.rollup_ok:
        return daily_counts, func.sum(daily_counts.c.n), func.sum(daily_counts.c.goldstein_sum)
    return events, func.count(), func.sum(events.c.goldstein)


def cached(store: Store, key: tuple, compute):
    """Aggregates are cached per store version: identical dashboard requests cost one query, and
    concurrent identical requests wait for the first one instead of all computing it."""
    cache = store.__dict__.setdefault("_aggregate_cache", {})
    locks = store.__dict__.setdefault("_aggregate_locks", {})
    guard = store.__dict__.setdefault("_aggregate_guard", threading.Lock())
    version = store.version()
    with guard:
        lock = locks.setdefault(key, threading.Lock())
    with lock:
        hit = cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        value = compute()
        if len(cache) > 512:
            cache.clear()
        cache[key] = (version, value)
        return value


def timeline(store: Store, flt: EventFilter, interval: str = "day") -> list[dict]:
    """Event counts and mean Goldstein per period."""
    return cached(store, ("timeline", flt, interval), lambda: _timeline(store, flt, interval))


def _timeline(store: Store, flt: EventFilter, interval: str) -> list[dict]:
    table, n, total = _source(flt, coarse=interval in ("month", "year"))
    period = _period(table.c.day, interval, store.dialect).label("period")
    query = (select(period, n.label("n"), total.label("total")).where(table.c.day.isnot(None),
             *flt.clauses(store.dialect, table)).group_by(period).order_by(period))
    with store.engine.connect() as conn:
        return [{"period": r.period, "count": int(r.n), "goldstein": round(r.total / r.n, 2) if r.n else 0.0}
                for r in conn.execute(query)]


def network(store: Store, flt: EventFilter, limit: int = 60) -> dict:
    """The `limit` heaviest directed dyads, and their actors as nodes."""
    return cached(store, ("network", flt, limit), lambda: _network(store, flt, limit))


def _network(store: Store, flt: EventFilter, limit: int) -> dict:
    table, n, total = _source(flt, coarse=True, timeless=True)
    query = (select(table.c.source_code, table.c.target_code, n.label("n"), total.label("total"))
             .where(*flt.clauses(store.dialect, table)).group_by(table.c.source_code, table.c.target_code)
             .order_by(n.desc()).limit(max(1, min(limit, 500))))
    with store.engine.connect() as conn:
        edges = [{"source": r.source_code, "target": r.target_code, "count": int(r.n),
                  "goldstein": round(r.total / r.n, 2) if r.n else 0.0} for r in conn.execute(query)]
    counts: dict[str, int] = {}
    for e in edges:
        counts[e["source"]] = counts.get(e["source"], 0) + e["count"]
        counts[e["target"]] = counts.get(e["target"], 0) + e["count"]
    nodes = [{"id": code, "label": code, "count": c} for code, c in sorted(counts.items(), key=lambda kv: -kv[1])]
    return {"nodes": nodes, "edges": edges}


def search_actors(store: Store, q: str = "", limit: int = 20) -> list[dict]:
    """Actors whose name or code contains `q`, most active first."""
    n = (select(func.count()).where(or_(events.c.source_actor_id == actors.c.id,
                                        events.c.target_actor_id == actors.c.id))
         .scalar_subquery().label("count"))
    query = select(actors.c.code, actors.c.name, actors.c.sector, n)
    if q:
        like = f"%{q.lower()}%"
        query = query.where(or_(func.lower(actors.c.name).like(like), func.lower(cast(actors.c.code, String)).like(like)))
    query = query.order_by(n.desc(), actors.c.name).limit(max(1, min(limit, 200)))
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
