"""Speed benchmark: articles per second of `extract` in one process, and peak memory."""
from __future__ import annotations

import resource
import time
from pathlib import Path

from peristiwa.extract.pipeline import Coder
from peristiwa.ingest import InputError, read_paths


def peak_memory_mb() -> float:
    """Peak resident memory of this process (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def benchmark(paths: list[Path], limit: int | None = None, progress=None, detect_language: bool = False) -> dict:
    """Code every article under `paths` (up to `limit`) and time it; loading is timed separately.
    With `detect_language`, the articles' language metadata is dropped so that detection is timed too."""
    t0 = time.perf_counter()
    coder = Coder()
    first = next(a for a in read_paths(paths) if not isinstance(a, InputError))
    coder.extract(first.model_copy(update={"lang": None}) if detect_language else first)  # load models, warm caches
    load_s = time.perf_counter() - t0
    articles = [a for a in read_paths(paths) if not isinstance(a, InputError)][:limit]
    if detect_language:
        articles = [a.model_copy(update={"lang": None}) for a in articles]
    chars = sum(len(a.text) for a in articles)
    events = 0
    t1 = time.perf_counter()
    for article in articles:
        events += len(coder.extract(article).events)
        if progress:
            progress()
    elapsed = time.perf_counter() - t1
    return {"articles": len(articles), "events": events, "seconds": round(elapsed, 2),
            "articles_per_s": round(len(articles) / elapsed, 1) if elapsed else 0.0,
            "chars_per_s": round(chars / elapsed) if elapsed else 0, "load_s": round(load_s, 2),
            "language_detection": detect_language,
            "peak_memory_mb": round(peak_memory_mb(), 1)}
