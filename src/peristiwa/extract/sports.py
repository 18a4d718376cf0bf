"""Discarding the events of sports reports, where country names are teams."""
from __future__ import annotations

from peristiwa.extract.document import Doc
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import Event


TEAM_KINDS = {"country", "adjective", "metonym", "anaphor"}


def drop_sports(doc: Doc, kb: Knowledge, events: list[Event]) -> list[Event]:
    """In a sports report, country names are teams: "Inggris mengalahkan Kosovo" is a match, not an
    assault. Events between two bare country names are dropped there; officials and agents are kept."""
    cues = kb.language(doc.lang).sports
    if not cues:
        return events
    hits = {t.lower for s in doc.sentences for k, t in enumerate(s.tokens) if t.lower in cues
            and not any(m.start <= k < m.end for m in s.mentions)}  # (not "Liga Arab": an actor's name)
    firsts = {c.split()[0] for c in cues if " " in c}  # "tim nasional" is two words
    hits |= {f"{t.lower} {u.lower}" for s in doc.sentences for t, u in zip(s.tokens, s.tokens[1:])
             if t.lower in firsts and f"{t.lower} {u.lower}" in cues}
    if len(hits) < 4:
        return events  # one word said again ("skor" of the air, "standar ganda", "medali") is no match report
    bare = {(m.text, m.country) for s in doc.sentences for m in s.mentions if m.kind in TEAM_KINDS}
    return [e for e in events if not ((e.source.text, e.source.country) in bare and (e.target.text, e.target.country) in bare)]
