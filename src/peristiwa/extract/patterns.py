"""Sentence-level patterns beyond one verb: a speaker naming someone as behind a hostile act.

"Trump mengatakan Iran sepertinya dalang serangan" — Trump accuses Iran (CAMEO 112), whoever the
attack's target was. The cue words come from `lexicon/data/<lang>/cues.yaml`.
"""
from __future__ import annotations

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.lexicon.knowledge import Knowledge


def accusations(doc: Doc, kb: Knowledge, sent: Sentence) -> list[tuple[Mention, Mention, int, str]]:
    """(accuser, accused, cue token index, cue) for each blame cue with a speaker before it."""
    lk = kb.language(doc.lang)
    out = []
    for start, _end, cue in lk.blame.find(sent.tokens):
        accused = next((m for m in reversed(sent.mentions) if m.end <= start and start - m.end <= 4
                        and not m.location), None)
        if accused is None:
            continue
        speech = [i for i, t in enumerate(sent.tokens[:accused.start]) if t.lower in lk.speech]
        if not speech:
            continue
        speaker = next((m for m in reversed(sent.mentions) if m.end <= speech[-1] and not m.location), None)
        if speaker is not None and speaker.key != accused.key:
            out.append((speaker, accused, start, cue))
    return out
