"""A country named as the owner of a weapon that acts ("serangan udara AS menewaskan …", "sebuah drone milik
Amerika Serikat menghantam …", "a US drone strike killed …") acts through its armed forces: sector MIL."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.lexicon.knowledge import Knowledge

_OWNED_BY = {"milik", "dari", "kepunyaan"}  # "drone milik Amerika Serikat"
_WINDOW = 3  # words a weapon's name may take


def armed_forces(doc: Doc, kb: Knowledge) -> Doc:
    """Give a country mention beside a word for a weapon or a strike the sector of its armed forces."""
    means = kb.language(doc.lang).armed_means
    if not means:
        return doc
    for sent in doc.sentences:
        sent.mentions = [replace(m, sector="MIL") if _beside_weapon(sent, m, means) else m for m in sent.mentions]
    return doc


def _beside_weapon(sent: Sentence, m: Mention, means: frozenset[str]) -> bool:
    if m.kind != "country" or m.country == "IGO" or m.sector or m.location:
        return False
    words = [t.lower for t in sent.tokens]
    before = m.start - 1 if m.start and words[m.start - 1] in _OWNED_BY else m.start
    ahead = any(" ".join(words[k:before]) in means for k in range(max(0, before - _WINDOW), before))
    behind = any(" ".join(words[m.end:k]) in means for k in range(m.end + 1, min(len(words), m.end + _WINDOW) + 1))
    return ahead if sent.lang != "en" else behind
