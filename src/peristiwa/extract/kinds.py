"""Which code of its root the words around an act call for: what an appeal asks for ("meminta pemerintah Indonesia
untuk melindungi hak-hak …": 0243), a meeting held by telephone (041), and a welcome that hosts a guest (043)."""
from __future__ import annotations

from peristiwa.extract.announcements import PURPOSE
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.modality import NEGATION
from peristiwa.text.morphology import verb_like


def appeal_kind(sent: Sentence, verb: VerbMatch, target: Mention, lk) -> str | None:
    """What a general appeal asks for, from the words after it in the clause, its addressee's name aside
    ("meminta pemerintah Indonesia untuk melindungi hak-hak …": rights, 0243; "permintaan senjata Moskow kepada
    Pyongyang": arms, 0232). What it asks not to be done is no request for it ("untuk tidak memasok senjata")."""
    start, tokens = verb.end, sent.tokens
    stop = next((k for k in range(start, len(tokens)) if tokens[k].text in (".", ";") or tokens[k].lower in NEGATION),
                len(tokens))
    purposes = [k for k in range(start, stop) if tokens[k].lower in PURPOSE and (
        tokens[k].lower in ("agar", "supaya") or k + 1 < len(tokens) and verb_like(tokens[k + 1].lower))]
    # (not "kondusif untuk dialog")
    stop = purposes[1] if len(purposes) > 1 else stop  # "mendesak DK PBB untuk menjatuhkan sanksi … agar Korut
    # menghentikan … senjata nuklirnya": what the asked act is for is not what is asked
    end = min(stop, max(start, target.end if target.start >= verb.end else start) + 15)
    found = [(i, code) for i, _, code in lk.appeal_content.find(sent.tokens)
             if start <= i < end and not target.start <= i < target.end]
    return found[0][1] if found else None


def by_phone(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether a meeting verb's clause says it was by telephone ("melalui sambungan telepon", "by phone")."""
    lows = [t.lower for t in sent.tokens[verb.end:verb.end + 14]]
    end = next((k for k, w in enumerate(lows) if w in (".", ";", "bahwa", "that")), len(lows))
    return any(w in ("telepon", "telephone", "phone") and k > 0 and lows[k - 1] in _PHONE_MARKS
               for k, w in enumerate(lows[:end]))


_PHONE_MARKS = {"melalui", "lewat", "via", "sambungan", "per", "by", "the", "a"}


def welcomed_guest(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Whether a welcome is a host's to a visitor: a person or an official welcomed to a place, at a ceremony or
    with honours ("Obama welcomed Afghan President Hamid Karzai to the White House", "Xi welcomed Putin with a
    ceremony"), not a decision or a meeting welcomed ("menyambut baik pertemuan Megawati dengan SBY")."""
    tokens = sent.tokens
    return verb.text.lower().startswith(("welcom", "menyambut", "sambut")) and target.start >= verb.end \
        and all(t.lower in ("the", "visiting", "para") for t in tokens[verb.end:target.start]) \
        and (target.kind == "person" or target.sector == "GOV" and target.kind in ("agent", "composite")) \
        and target.end < len(tokens) and tokens[target.end].lower in _HOSTED


_HOSTED = {"to", "at", "with", "in", "ke", "di", "dengan"}
