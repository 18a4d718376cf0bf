"""Shared fixtures: the coder (knowledge loaded once) and the read-only test data in ../shared."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    """The read-only test data: $PERISTIWA_SHARED, else `shared/` beside the checkout, else beside the
    repository this checkout was cloned from (a throw-away clone elsewhere: `git clone -q . /tmp/x/ci`)."""
    if os.environ.get("PERISTIWA_SHARED"):
        return Path(os.environ["PERISTIWA_SHARED"])
    beside = ROOT.parent / "shared"
    if beside.is_dir():
        return beside
    try:
        origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and "://" not in origin and ":" not in origin.split("/")[0]:
        candidate = (ROOT / origin).resolve().parent / "shared"
        if candidate.is_dir():
            return candidate
    return beside


SHARED = _shared_dir()
SEED = SHARED / "corpus" / "seed" / "000_773d15bc1ec566ea.txt"
CORPUS = SHARED / "corpus" / "id_news_2016_2019.jsonl"
DEV_ARTICLES = SHARED / "bench" / "id" / "dev_articles.jsonl"
DEV_GOLD = SHARED / "bench" / "id" / "dev_gold.jsonl"
PLOVER_GSR = SHARED / "bench" / "en" / "PLOVER_GSR_CAMEO.json"
SCORER = SHARED / "bench" / "score.py"


@pytest.fixture(scope="session")
def coder():
    from peristiwa.extract import Coder

    return Coder()


@pytest.fixture(scope="session")
def kb(coder):
    return coder.kb


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def pytest_sessionstart(session):
    if not SHARED.is_dir():
        raise pytest.UsageError(f"the shared test data is missing: expected {SHARED} beside the checkout "
                               "(or set PERISTIWA_SHARED)")


def corpus_store(directory: Path, coder, n_articles: int, extra=()) -> str:
    """A SQLite store holding the seed article (dated 2023-09-06) and the corpus's first articles."""
    from peristiwa.ingest import read_paths
    from peristiwa.store import Store

    sample = directory / "sample.jsonl"
    with CORPUS.open(encoding="utf-8") as handle:
        sample.write_text("".join(line for _, line in zip(range(n_articles), handle)), encoding="utf-8")
    articles = list(read_paths([SEED, sample]))
    articles[0] = articles[0].model_copy(update={"date": "2023-09-06"})
    db = f"sqlite:///{directory / 'events.db'}"
    Store(db).add([(a, coder.extract(a)) for a in [*articles, *extra]])
    return db
