"""Discarding the events of sports reports, where country names are teams."""
from __future__ import annotations

import re

from peristiwa.extract.dateexpr import MONTHS
from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import Event


TEAM_KINDS = {"country", "adjective", "metonym", "anaphor"}


def drop_sports(doc: Doc, kb: Knowledge, events: list[Event]) -> list[Event]:
    """In a sports report, country names are teams: "Inggris mengalahkan Kosovo" is a match, not an
    assault. Events between two bare country names are dropped there, and those of a bare country named in a
    sentence that gives a score or two sports words of its own; officials and agents are kept."""
    lk = kb.language(doc.lang)
    cues = lk.sports
    if not cues:
        return events
    named = {(s.index, m.text) for s in doc.sentences for m in s.mentions
             if m.kind in TEAM_KINDS and _a_team(s, m, lk.teams)}
    events = [e for e in events if (e.sentence_index, e.source.text) not in named
              and (e.sentence_index, e.target.text) not in named]  # "Timnas Indonesia Dibombardir Vietnam"
    said = {s.index: _cue_words(s, cues) for s in doc.sentences}  # (not "Liga Arab": an actor's name)
    hits = set().union(*said.values())
    firsts = {c.split()[0] for c in cues if " " in c}  # "tim nasional" is two words
    hits |= {f"{t.lower} {u.lower}" for s in doc.sentences for t, u in zip(s.tokens, s.tokens[1:])
             if t.lower in firsts and f"{t.lower} {u.lower}" in cues}
    countries = {(s.index, m.text) for s in doc.sentences for m in s.mentions if m.kind in TEAM_KINDS}
    told = {e.sentence_index for e in events if (e.sentence_index, e.source.text) in countries}
    scored = {s.index for s in doc.sentences if s.index in told and _a_score(s)}
    matches = {i for i in told if len(said[i]) >= 2}
    events = [e for e in events if (e.sentence_index, e.source.text) not in countries or not (
        e.sentence_index in matches or not e.source.sector and e.sentence_index in scored)]
    # "Australia Gempur Garuda 5-1 di Sydney": a country named beside a score is a team, and so is one given a
    # sector by its verb in a sentence of two sports words ("Germany humiliated hosts Brazil 7-1 in the World Cup
    # semi-final"; but a vote of "13-2" leaves Russia's government the actor)
    if len(hits) < 4:
        return events  # one word said again ("skor" of the air, "standar ganda", "medali") is no match report
    bare = {(m.text, m.country) for s in doc.sentences for m in s.mentions if m.kind in TEAM_KINDS}
    return [e for e in events if not ((e.source.text, e.source.country) in bare and (e.target.text, e.target.country) in bare)]


def _a_team(sent: Sentence, mention: Mention, teams: frozenset[str]) -> bool:
    """Whether a country is named as its team: after a team word ("Timnas Indonesia", "timnas U-23 Vietnam",
    "skuad Malaysia"), or before one ("Vietnam's national team", "Iraq's national football team")."""
    tokens = sent.tokens
    k = mention.start - 1
    if k >= 1 and _AGE_GROUP.fullmatch(tokens[k].text):
        k -= 1  # "Timnas U-23 Indonesia"
    before = [tokens[j].lower for j in range(max(k - 1, 0), k + 1)]
    if before and (before[-1] in teams or " ".join(before) in teams):
        return True
    after = [t.lower for t in tokens[mention.end:mention.end + 3] if t.text not in ("'s", "’s")]
    return any(" ".join(after[:n]) in teams for n in (2, 3))


_AGE_GROUP = re.compile(r"U-?\d{2}", re.IGNORECASE)
_SCORE = re.compile(r"\d{1,2}[-–]\d{1,2}")


def _cue_words(sent: Sentence, cues: frozenset[str]) -> set[str]:
    """The sports words a sentence uses outside actors' names; two of its own tell of a match ("fought out a
    goalless draw … in the first leg of their AFF Championship semi-final")."""
    return {t.lower for k, t in enumerate(sent.tokens) if t.lower in cues
            and not any(m.start <= k < m.end for m in sent.mentions)}


def _a_score(sent: Sentence) -> bool:
    """Whether the sentence gives a match's score ("5-1", "2 - 0"), not a range of days ("1-2 Oktober")."""
    tokens = sent.tokens
    for k, t in enumerate(tokens):
        end = k + 1 if _SCORE.fullmatch(t.text) else k + 3 if k + 2 < len(tokens) and t.text.isdigit() \
            and len(t.text) <= 2 and tokens[k + 1].text in ("-", "–") and tokens[k + 2].text.isdigit() \
            and len(tokens[k + 2].text) <= 2 else None
        if end is not None and not (end < len(tokens) and tokens[end].lower in MONTHS):
            return True
    return False
