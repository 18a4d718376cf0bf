"""Routes of the analyst API: events, articles, timeline, network, actors, search, ingest, extract."""
from __future__ import annotations

import hashlib
import secrets
from importlib import resources
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from peristiwa import __version__
from peristiwa.api.models import ArticleIn, ArticlesIn
from peristiwa.extract import Coder
from peristiwa.ontology.cameo import cameo_table
from peristiwa.records import Article
from peristiwa.store import EventFilter, Store, queries

STATIC = Path(str(resources.files("peristiwa.web").joinpath("static")))
PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"]


def _filters(actor: str | None = None, source: str | None = None, target: str | None = None,
             dyad: str | None = Query(None, description="SOURCE:TARGET, e.g. USA:PRK"),
             root: str | None = Query(None, pattern=r"^\d{1,2}$"), cameo: str | None = Query(None, pattern=r"^\d{2,4}$"),
             plover: str | None = None, quad: int | None = Query(None, ge=1, le=4),
             since: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
             until: str | None = Query(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$"),
             lang: str | None = None, modality: str | None = None,
             q: str | None = Query(None, max_length=200, description="full text over evidence sentences")) -> EventFilter:
    pair = None
    if dyad:
        parts = dyad.upper().split(":")
        if len(parts) != 2 or not all(parts):
            raise HTTPException(422, "dyad must be SOURCE:TARGET, e.g. USA:PRK")
        pair = (parts[0], parts[1])
    up = lambda v: v.upper() if v else None  # noqa: E731
    return EventFilter(actor=up(actor), source=up(source), target=up(target), dyad=pair, root=root, cameo=cameo,
                       plover=up(plover), quad=quad, since=since, until=until, lang=lang, modality=modality, q=q)


def create_app_from_env() -> FastAPI:
    """The app for `uvicorn --factory` with several worker processes: settings come from the environment."""
    import os

    return create_app(os.environ.get("PERISTIWA_DB", "sqlite:///peristiwa.db"),
                      os.environ.get("PERISTIWA_WRITE_TOKEN") or None)


def create_app(db_url: str = "sqlite:///peristiwa.db", write_token: str | None = None) -> FastAPI:
    store = Store(db_url)
    coder = Coder()
    names = {c.code: c.name for c in cameo_table()}
    app = FastAPI(title="peristiwa", version=__version__,
                  description="Political event data (CAMEO, PLOVER) coded from news, with evidence.")

    def named(item: dict) -> dict:
        item["cameo_name"] = names.get(item.get("cameo", ""), "")
        return item

    def require_writer(authorization: str | None = Header(None)) -> None:
        if not write_token:
            raise HTTPException(403, "writes are disabled: start the server with --write-token")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not secrets.compare_digest(given.encode(), write_token.encode()):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    @app.get("/api/events", tags=["events"])
    def list_events(flt: EventFilter = Depends(_filters), limit: int = Query(50, ge=1, le=queries.MAX_PAGE),
                    cursor: int | None = Query(None, ge=1, description="next_cursor of the previous page")):
        items, nxt = queries.page_events(store, flt, limit, cursor)
        return JSONResponse({"items": [named(i) for i in items], "next_cursor": nxt})

    @app.get("/api/events/{event_id}", tags=["events"])
    def get_event(event_id: int):
        item = queries.event_detail(store, event_id)
        if item is None:
            raise HTTPException(404, f"no event {event_id}")
        return named(item)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: int):
        item = queries.article_detail(store, article_id)
        if item is None:
            raise HTTPException(404, f"no article {article_id}")
        item["events"] = [named(e) for e in item["events"]]
        return item

    @app.get("/api/timeline", tags=["aggregates"])
    def get_timeline(flt: EventFilter = Depends(_filters),
                     interval: str = Query("month", pattern="^(day|week|month|year)$")):
        return JSONResponse({"interval": interval, "points": queries.timeline(store, flt, interval)})

    @app.get("/api/network", tags=["aggregates"])
    def get_network(flt: EventFilter = Depends(_filters), limit: int = Query(60, ge=1, le=500)):
        return JSONResponse(queries.network(store, flt, limit))

    @app.get("/api/actors", tags=["actors"])
    def get_actors(q: str = Query("", max_length=100), limit: int = Query(20, ge=1, le=200)):
        return {"items": queries.search_actors(store, q, limit)}

    @app.get("/api/search", tags=["events"])
    def search(q: str = Query(..., min_length=1, max_length=200), limit: int = Query(50, ge=1, le=queries.MAX_PAGE),
               cursor: int | None = Query(None, ge=1)):
        items, nxt = queries.page_events(store, EventFilter(q=q), limit, cursor)
        return {"items": [named(i) for i in items], "next_cursor": nxt}

    @app.get("/api/cameo", tags=["ontology"])
    def cameo():
        return {"roots": [{"code": c.code, "name": c.name} for c in cameo_table().roots()], "plover": PLOVER_TYPES}

    @app.post("/api/extract", tags=["coding"])
    def extract_one(article: ArticleIn):
        """Code one article and return its events and quotes; nothing is stored."""
        result = coder.extract(Article(id=article.id or "pasted", **article.model_dump(exclude={"id"})))
        return result.model_dump()

    @app.post("/api/articles", tags=["coding"], dependencies=[Depends(require_writer)])
    def ingest(body: ArticlesIn):
        """Code and store articles (requires the server's write token as a bearer token)."""
        pairs = []
        for a in body.articles:
            doc_id = a.id or hashlib.sha256(f"{a.title}\n{a.text}".encode()).hexdigest()[:16]
            article = Article(id=doc_id, origin="api", **a.model_dump(exclude={"id"}))
            pairs.append((article, coder.extract(article)))
        added, skipped = store.add(pairs)
        return {"added": added, "already_stored": skipped, "results": [r.model_dump() for _, r in pairs]}

    @app.get("/", include_in_schema=False)
    def index():
        page = STATIC / "index.html"
        if page.exists():
            return FileResponse(page, media_type="text/html")
        return HTMLResponse("<h1>peristiwa</h1><p>The dashboard's files are missing; the API is at /docs.</p>")

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.state.store = store
    return app
