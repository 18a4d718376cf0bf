"""Helpers for the role tests: code one sentence, and read its events as (source, target, code) tuples."""
from peristiwa.records import Article


def code(coder, text, lang="id", date="2019-09-16"):
    """The events of a one-sentence (or short) article, dated 16 September 2019 unless `date` is given."""
    return coder.extract(Article(id="t", text=text, lang=lang, date=date)).events


def codes(events, root=False):
    """(source country, target country, CAMEO code or root) of each event."""
    return {(e.source.country, e.target.country, e.root if root else e.cameo) for e in events}


def keys(events):
    """(source, target, root), with IGO:<name> for international organisations."""
    def key(a):
        return f"IGO:{a.igo}" if a.country == "IGO" else a.country
    return {(key(e.source), key(e.target), e.root) for e in events}
