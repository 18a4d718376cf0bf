"""The seed article (AS Peringatkan Korea Utara…) yields the events and quotes an analyst expects."""
import pytest
from conftest import SEED

from peristiwa.ingest import read_paths


@pytest.fixture(scope="module")
def seed(coder):
    [article] = list(read_paths([SEED]))
    article = article.model_copy(update={"date": "2023-09-06"})
    return article, coder.extract(article)


@pytest.mark.parametrize("source, target, root", [
    ("USA", "PRK", "13"), ("RUS", "PRK", "02"), ("USA", "RUS", "16"), ("USA", "UKR", "07"), ("RUS", "UKR", "19"),
])
def test_seed_dyads(seed, source, target, root):
    article, result = seed
    found = [e for e in result.events if (e.source.country, e.target.country, e.root) == (source, target, root)]
    assert found, f"no {source}→{target} root {root}"
    for e in found:
        if e.in_title:
            assert article.title[e.span[0]:e.span[1]] == e.evidence
        else:
            assert article.text[e.span[0]:e.span[1]] == e.evidence
        assert e.rule and e.plover is not None and e.quad_class in (1, 2, 3, 4)


def test_seed_quotes_attributed_to_sullivan_and_patel(seed):
    _, result = seed
    speakers = {q.speaker.split()[-1]: q for q in result.quotes}
    assert {"Sullivan", "Patel"} <= speakers.keys()
    assert speakers["Sullivan"].country == "USA" and speakers["Patel"].country == "USA"


def test_seed_events_carry_goldstein_and_modality(seed):
    _, result = seed
    warn = next(e for e in result.events if e.root == "13")
    assert warn.goldstein < 0 and warn.quad_class == 3
    assert {e.modality for e in result.events} <= {"asserted", "claimed", "future", "hypothetical", "negated"}


def test_seed_aid_of_each_kind_listed(seed):
    """ "memberi Kyiv bantuan militer, kemanusiaan, dan anggaran": military, humanitarian and budget aid."""
    _, result = seed
    assert {"071", "072", "073"} <= {e.cameo for e in result.events if (e.source.country, e.target.country) == ("USA", "UKR")}
