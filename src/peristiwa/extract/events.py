"""Event verbs and nouns, and the coded events they yield with their evidence."""
from __future__ import annotations

from peristiwa.extract.dates import event_date
from peristiwa.extract.document import Doc, Mention, Sentence, VerbMatch
from peristiwa.extract.modality import modality_of
from peristiwa.extract.roles import assign
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import ActorRef, Event

_RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}


def find_verbs(doc: Doc, kb: Knowledge) -> Doc:
    lk = kb.language(doc.lang)
    for sent in doc.sentences:
        sent.verbs = [VerbMatch(i, j, sent.text[sent.tokens[i].start - sent.start:sent.tokens[j - 1].end - sent.start], sense)
                      for i, j, sense in lk.verbs.find(sent.tokens)]
    return doc


def _actor(m: Mention) -> ActorRef:
    return ActorRef(text=m.text, country=m.country, sector=m.sector, igo=m.igo)


def code_events(doc: Doc, kb: Knowledge) -> Doc:
    """Turn each verb with a source and a target into events; the same event twice is kept once."""
    events, seen = [], set()
    for sent in doc.sentences:
        for verb in sent.verbs:
            roles = assign(sent, verb, doc.lang)
            if roles is None:
                continue
            pairs = [(s, t) for s in roles.sources for t in roles.targets]
            mutual = verb.sense.voice == "noun" or any(
                t.lower in ("saling", "bersama", "each", "mutually") for t in sent.tokens[max(0, verb.start - 3):verb.start])
            if not pairs and len(roles.sources) > 1 and (mutual or verb.sense.cameo[:2] in _RECIPROCAL_ROOTS):
                pairs = [(s, t) for s in roles.sources for t in roles.sources if s is not t]
            modality = modality_of(sent, verb.start, roles.clause_start) if pairs else ""
            for source, target in pairs:
                if source.key == target.key and (source.sector == target.sector or source.text == target.text):
                    continue
                key = (source.key, source.sector, target.key, target.sector, verb.sense.cameo)
                if key in seen:
                    continue
                seen.add(key)
                events.append(_event(doc, kb, sent, verb, source, target, modality))
    doc.events = events
    return doc


def _event(doc: Doc, kb: Knowledge, sent: Sentence, verb: VerbMatch, source: Mention, target: Mention,
           modality: str) -> Event:
    code = kb.cameo[verb.sense.cameo]
    return Event(source=_actor(source), target=_actor(target), cameo=verb.sense.cameo, root=verb.sense.cameo[:2],
                 plover=code.plover, date=event_date(sent, verb.start, doc.date), modality=modality,
                 evidence=sent.text, goldstein=code.goldstein, quad_class=code.quad_class,
                 sentence_index=sent.index, span=(sent.start, sent.end),
                 rule=f"{verb.sense.rule} [{verb.sense.voice}: {verb.text}]")
