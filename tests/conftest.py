"""Shared fixtures: the coder (knowledge loaded once) and the read-only test data in ../shared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
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
        raise pytest.UsageError(f"the shared test data is missing: expected {SHARED} beside the checkout")


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
