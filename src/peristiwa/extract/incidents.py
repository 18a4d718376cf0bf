"""Settle the events of one document that tell the same incident: a generic code beside a specific one.

A news story tells one attack several times: "Serangan, AS Tewaskan 30 Pekerja" in the title, "Pasukan AS
melancarkan serangan drone terhadap teroris" in the body. Each telling is kept (each is evidence), but all
of them carry the most specific code the article gives for that dyad.
"""
from __future__ import annotations

import re

from peristiwa.extract.document import Doc
from peristiwa.extract.modality import TOLD
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import Event



def drop_generic(events: list[Event]) -> list[Event]:
    """One act told in one sentence by a generic word and a specific one ("Serangan drone AS menewaskan …":
    190 and 195) is coded once, with the specific code."""
    def dyad(e: Event) -> tuple:
        return e.sentence_index, e.in_title, e.source.country, e.source.sector, e.target.country, e.target.sector, e.root
    specific = {dyad(e) for e in events if not e.cameo.endswith("0")}
    return [e for e in events if not (len(e.cameo) == 3 and e.cameo.endswith("0") and dyad(e) in specific)]


def air_strikes(doc: Doc, kb: Knowledge) -> Doc:
    """An attack (190) by a country on another in an article that tells of an air strike (195) between the
    same two countries is that air strike, by the attacker's forces; so is one made "menggunakan drone", and one
    blamed on a country beside the drones or missiles shown ("puing-puing drone dan rudal … Iran berada di balik
    serangan")."""
    aerial = {(e.source.country, e.target.country) for e in doc.events
              if e.cameo == "195" and e.modality in TOLD and e.source.country != e.target.country}
    means = kb.language(doc.lang).aerial_means
    made_with = frozenset(f"{w} {m}" for w in _WITH for m in means)  # "menyerang … menggunakan drone"
    code = kb.cameo["195"]
    settled = []
    for e in doc.events:
        if e.cameo == "190" and (e.source.country, e.target.country) in aerial:
            source = e.source if e.source.sector else e.source.model_copy(update={"sector": "MIL"})
            e = e.model_copy(update={"cameo": "195", "source": source, "plover": code.plover,
                                     "goldstein": code.goldstein, "quad_class": code.quad_class,
                                     "rule": f"{e.rule} (an air strike told elsewhere in the article: 195)"})
        elif e.cameo == "190" and e.modality in TOLD and e.source.country != e.target.country \
                and any(w in e.rule.split(" [")[0] for w in _ATTACKS) and (
                e.modality == "claimed" and _names_any(e.evidence, means)
                or _names_any(e.evidence, made_with)):
            e = e.model_copy(update={"cameo": "195", "plover": code.plover, "goldstein": code.goldstein,
                                     "quad_class": code.quad_class, "rule": f"{e.rule} (aerial weapons named: 195)"})
        settled.append(e)
    doc.events = _once(settled)
    return doc


def _names_any(text: str, phrases: frozenset[str]) -> bool:
    low = " " + " ".join(_WORD.findall(text.lower())) + " "
    return any(f" {p} " in low for p in phrases)


_WORD = re.compile(r"[\w-]+")
_WITH = ("menggunakan", "dengan", "memakai", "using", "with")
_ATTACKS = ("serang", "hantam", "gempur", "blamed-attack", "attack", "strike")  # not a war fought for years


def _once(events: list[Event]) -> list[Event]:
    seen, kept = set(), []
    for e in events:
        key = (e.sentence_index, e.in_title, e.source.country, e.source.sector, e.target.country, e.target.sector,
               e.cameo, e.modality)
        if key not in seen:
            seen.add(key)
            kept.append(e)
    return kept
