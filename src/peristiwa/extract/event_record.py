"""One coded event from a verb, its two actors and its modality: the record with its evidence."""
from __future__ import annotations

from peristiwa.extract.affiliation import actor_ref, in_office_then
from peristiwa.extract.dates import event_date
from peristiwa.extract.document import Doc, Mention, Sentence, VerbMatch
from peristiwa.extract.modality import TOLD
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import Event


def make_event(doc: Doc, kb: Knowledge, sent: Sentence, verb: VerbMatch, source: Mention, target: Mention,
               modality: str) -> Event:
    """The event `verb` codes from `source` to `target`: its codes and scale from the ontology, its date, the
    actors as they were then (office holders on the event's date), and the sentence and rule as evidence."""
    code = kb.cameo[verb.sense.cameo]
    root = verb.sense.cameo[:2]
    when = event_date(sent, verb.start, doc, root, kb.language(doc.lang).speech,
                      happened=modality in TOLD)
    source, target = (in_office_then(m, kb, when, doc.date) for m in (source, target))
    return Event(source=actor_ref(source, root, code=verb.sense.cameo), target=actor_ref(target, root, target=True),
                 cameo=verb.sense.cameo,
                 root=root,
                 plover=code.plover, modality=modality,
                 date=when,
                 evidence=sent.text, goldstein=code.goldstein, quad_class=code.quad_class,
                 sentence_index=sent.index, span=(sent.start, sent.end),
                 rule=f"{verb.sense.rule} [{verb.sense.voice}: {verb.text}]")
