"""A visit has two sides: the visitor's (042) and the host's (043). A host's welcome or reception tells the visit
too ("Jokowi Terima Kunjungan PM Singapura": Singapore's prime minister visits Indonesia), as the annotators code a
visit with a named host."""
from __future__ import annotations

from peristiwa.extract.document import Doc
from peristiwa.extract.modality import TOLD
from peristiwa.lexicon.knowledge import Knowledge

_OTHER_SIDE = {"043": "042"}
# being host to something ("menjadi tuan rumah pertemuan antara Putin dan Rouhani", "tuan rumah bagi Armada Kelima
# AS") or hosting a meeting between others ("hosted talks between") is no visit of theirs to the host
_MEETINGS = ("tuan rumah", "pertemuan", "perundingan", "konferensi", "ktt", "talks", "summit", "conference")


def both_sides_of_visits(doc: Doc, kb: Knowledge) -> Doc:
    """Add the visitor's visit (042) to each host's welcome or reception (043) told as done between two countries
    (the host's side of a visit is not added: the annotators code a visit to a country without it as often)."""
    told = {(e.sentence_index, e.in_title, e.source.code, e.target.code, e.root) for e in doc.events
            if e.modality in TOLD}  # (talks still to come are no visit told: "sepakat mempercepat perundingan")
    added = []
    for e in doc.events:
        other = _OTHER_SIDE.get(e.cameo)
        if other is None or e.modality not in TOLD or e.source.code == e.target.code or _a_meeting(e.rule) \
                or (e.sentence_index, e.in_title, e.target.code, e.source.code, "04") in told:
            continue
        code = kb.cameo[other]
        added.append(e.model_copy(update={
            "source": e.target, "target": e.source, "cameo": other, "plover": code.plover,
            "goldstein": code.goldstein, "quad_class": code.quad_class,
            "rule": f"{e.rule} (the other side of the visit: {other})"}))
        told.add((e.sentence_index, e.in_title, e.target.code, e.source.code, "04"))
    doc.events = doc.events + added
    return doc


def _a_meeting(rule: str) -> bool:
    """Whether the words the rule fired on (after its voice, "[active: …]") name a meeting hosted."""
    words = rule.rpartition("[")[2].lower()
    return any(m in words for m in _MEETINGS)
