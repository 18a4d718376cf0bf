"""A visit has two sides: the visitor's (042) and the host's (043). A sentence that tells one of them tells the
other ("Jokowi Terima Kunjungan PM Singapura": Singapore's prime minister visits Indonesia; "Shoigu mengunjungi
Korea Utara": North Korea hosts him), as the annotators code a visit."""
from __future__ import annotations

from peristiwa.extract.document import Doc
from peristiwa.lexicon.knowledge import Knowledge

_TOLD = {"asserted", "claimed"}
_OTHER_SIDE = {"043": "042"}
_HOSTING = "tuan rumah"  # hosting talks between others ("menjadi tuan rumah pertemuan antara Putin dan Rouhani")
# is no visit of theirs


def both_sides_of_visits(doc: Doc, kb: Knowledge) -> Doc:
    """Add the other side of each visit told as done between two countries (a visit to a place in one's own
    country, or to a country no one hosts by name, has one side only: the visitor's to the country)."""
    told = {(e.sentence_index, e.in_title, e.source.code, e.target.code, e.root) for e in doc.events}
    added = []
    for e in doc.events:
        other = _OTHER_SIDE.get(e.cameo)
        if other is None or e.modality not in _TOLD or e.source.code == e.target.code or _HOSTING in e.rule \
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
