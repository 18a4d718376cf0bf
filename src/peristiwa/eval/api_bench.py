"""API benchmark: fill a store with synthetic events, serve it on loopback, and measure latency.

The load generator is bounded (a fixed number of requests from a fixed number of threads) and talks
only to 127.0.0.1; it reports p50/p95 latency per endpoint.
"""
from __future__ import annotations

import random
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

from peristiwa.ontology.cameo import cameo_table
from peristiwa.store import Store
from peristiwa.store.schema import actors, articles, events

ACTORS = ["USA", "CHN", "RUS", "PRK", "KOR", "JPN", "IDN", "MYS", "AUS", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU",
          "SAU", "TUR", "IND", "PAK", "PHL", "SYR", "AFG", "IRQ", "EGY", "PSE", "IGO:UN", "IGO:EU", "IGO:NATO"]
WORDS = ("menyerang mengecam bertemu memperingatkan membantu sanksi kunjungan pasukan perundingan bantuan "
         "kesepakatan protes demonstran pemerintah menteri presiden militer perbatasan").split()


def fill(store: Store, n_events: int, n_articles: int = 2000, seed: int = 7, progress=None) -> None:
    """Insert `n_events` synthetic events (with their articles and actors) in batches."""
    rng = random.Random(seed)
    codes = [c for c in cameo_table() if len(c.code) == 3]
    start = date(2016, 1, 1)
    with store.engine.begin() as conn:
        conn.execute(articles.insert(), [dict(doc_id=f"synthetic-{i}", content_hash=f"synthetic-{i}",
                                              title=f"Synthetic article {i}", text=" ".join(rng.choices(WORDS, k=60)),
                                              date=None, lang="id", url="", source="bench", origin="bench",
                                              ingested_at="2026-01-01T00:00:00") for i in range(n_articles)])
        conn.execute(actors.insert(), [dict(name=a, code=a, sector="GOV") for a in ACTORS])
    actor_ids = {a: i + 1 for i, a in enumerate(ACTORS)}
    batch = 20000
    for offset in range(0, n_events, batch):
        rows = []
        for _ in range(min(batch, n_events - offset)):
            src, tgt = rng.sample(ACTORS, 2)
            code = rng.choice(codes)
            day = (start + timedelta(days=rng.randrange(3650))).isoformat()
            rows.append(dict(article_id=rng.randrange(1, n_articles + 1), source_actor_id=actor_ids[src],
                             target_actor_id=actor_ids[tgt], source_text=src, source_code=src, source_sector="GOV",
                             target_text=tgt, target_code=tgt, target_sector="", cameo=code.code, root=code.root,
                             plover=code.plover, goldstein=code.goldstein, quad_class=code.quad_class, date=day,
                             day=day, modality="asserted", evidence=" ".join(rng.choices(WORDS, k=12)),
                             sentence_index=0, span_start=0, span_end=80, in_title=False, rule="bench", lang="id"))
        with store.engine.begin() as conn:
            conn.execute(events.insert(), rows)
            store._count(conn, rows)
        if progress:
            progress(len(rows))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


REQUESTS = {
    "events (filtered page)": ("/api/events", [{"actor": "USA", "limit": 50}, {"dyad": "CHN:PRK", "limit": 50},
                                               {"root": "19", "limit": 50}, {"since": "2020-01-01", "limit": 50}]),
    "timeline": ("/api/timeline", [{"interval": "month"}, {"interval": "week", "actor": "RUS"},
                                   {"interval": "day", "dyad": "USA:CHN"}]),
    "network": ("/api/network", [{"limit": 60}, {"root": "14", "limit": 60}, {"since": "2022-01-01", "limit": 60}]),
}


def run(db_url: str, requests_per_endpoint: int = 200, concurrency: int = 8, workers: int = 2) -> dict:
    """Serve `db_url` on loopback and send a bounded load; p50/p95 latency in ms per endpoint."""
    import httpx

    port = _free_port()
    # the server runs in its own process, as in production, so the load generator does not share its GIL
    server = subprocess.Popen([sys.executable, "-m", "peristiwa.cli.app", "serve", "--db", db_url, "--port", str(port),
                               "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/cameo", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    results = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for name, (path, variants) in REQUESTS.items():
                cold = []
                for params in variants:  # first request of each variant: nothing cached yet
                    t0 = time.perf_counter()
                    client.get(path, params=params).raise_for_status()
                    cold.append((time.perf_counter() - t0) * 1000)

                def one(i: int, path=path, variants=variants) -> float:
                    t0 = time.perf_counter()
                    response = client.get(path, params=variants[i % len(variants)])
                    response.raise_for_status()
                    return (time.perf_counter() - t0) * 1000

                with ThreadPoolExecutor(concurrency) as pool:
                    times = sorted(pool.map(one, range(requests_per_endpoint)))
                results[name] = {"requests": len(times), "p50_ms": round(statistics.median(times), 1),
                                 "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
                                 "cold_max_ms": round(max(cold), 1)}
    finally:
        server.terminate()
        server.wait(10)
    return results
