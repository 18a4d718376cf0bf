"""Acts announced for the future: whether their actor states them (an intent or a threat), on what condition
("… unless X arranges a ceasefire" is a threat; "akan mendukung …, apabila …" only a conditional promise), and
what a promise promises (force threatened, aid pledged, troops offered)."""
from __future__ import annotations

from collections.abc import Callable

from peristiwa.extract.boundaries import CONDITIONS
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.governing import governed_by
from peristiwa.extract.modality import AIMS, WANTED

PURPOSE = {"to", "untuk", "guna", "demi", "agar", "supaya"}
_REASON = {"karena", "sebab", "sehingga", "because", "since", "yang", "which"}
_UNLESS = {"unless", "kecuali", "otherwise", "jika tidak", "kalau tidak", "if not"}
_READY = {"siap", "bersedia", "ingin", "mau", "berjanji", "bertekad", "berniat", "hendak", "terbuka"}
_SAID = {"kata", "ujar", "tutur", "ucap", "katanya", "ujarnya", "tuturnya", "mengumumkan", "membenarkan", "mengaku",
         "pernyataan", "menurut", "pihaknya", "kami", "saya", "kita"}


def states_it(sent: Sentence, verb: VerbMatch, speech: frozenset[str]) -> bool:
    """A future act its actor states (words of saying in the sentence, a first-person or "pihaknya" subject,
    or "siap", "ingin", "bersedia" before it): an intent or a threat. A plan the article narrates ("Putin dan
    Rouhani akan bertemu di Ankara") is only future; the English wire gold codes both as statements."""
    words = [t.lower for t in sent.tokens]
    if any(w in WANTED for w in words[max(0, verb.start - 6):verb.start]):
        return False  # "meminta Duta Besar Australia agar membuat pernyataan mendukung …": asked for, not stated
    return any(w in speech or w in _SAID for w in words) \
        or any(w in _READY for w in words[max(0, verb.start - 4):verb.start])


def aimed(sent: Sentence, verb: VerbMatch) -> bool:
    """An act told as what another act is for ("campur tangan Rusia bertujuan untuk membantu Trump", "strikes
    aimed at destroying …"): nobody states it as an intent or a threat."""
    return any(t.lower in AIMS for t in sent.tokens[max(0, verb.start - 6):verb.start])


def troops_sent_to_help(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Troops one will send to a country ("Britain will send 200 more troops to Afghanistan", "akan mengirim
    pasukan ke Lebanon") are promised to it, an intent to cooperate militarily; troops massed near a border
    threaten."""
    if not verb.sense.cameo.startswith("154") or target.start < verb.end \
            or not verb.text.lower().startswith(_SEND) or sent.tokens[target.start - 1].lower not in ("to", "ke"):
        return False
    return not any(t.lower in _HOSTILE for t in sent.tokens[verb.start:target.start])


_SEND = ("send", "sent", "dispatch", "kirim", "mengirim", "dikirim")
_HOSTILE = {"border", "borders", "perbatasan", "near", "against", "dekat", "melawan", "menghadapi"}


def promised_act(sent: Sentence, verb: VerbMatch, announced: Callable[[str], str | None]) -> str | None:
    """What a bare promise or vow promises: a hostile act right after it ("berjanji akan mencaplok Tepi Barat",
    "vowed to destroy Hamas") is threatened (13x), not an intent to cooperate; aid it names ("pledged 500
    million dollars in aid") is an intent to give that aid (033x)."""
    if verb.sense.cameo != "030":
        return None
    for inner in governed_by(sent, verb):
        code = announced(inner.sense.cameo) or ""
        if code.startswith("13") and inner.sense.voice != "noun" \
                and all(t.lower in _PROMISED for t in sent.tokens[verb.end:inner.start]):
            return code  # (not "berjanji tidak akan menyerang": a promise of restraint)
        if code.startswith("033") and inner.sense.voice == "noun":
            return code
    return None


_PROMISED = {"akan", "untuk", "to", "will", "would", "segera", "kembali", "bakal"}


def will(sent: Sentence, verb: VerbMatch, clause_start: int) -> bool:
    """An act announced for the future ("tidak akan mengizinkan", "will not allow")."""
    return any(t.lower in ("akan", "bakal", "will", "would") for t in sent.tokens[clause_start:verb.start])


def on_condition(sent: Sentence, verb: VerbMatch) -> bool:
    """A condition follows the act in its clause ("Kami akan dukung Pak Firli, apabila …"), not inside a
    reason or a purpose ("… karena jika dibiarkan …")."""
    after = sent.tokens[verb.end:verb.end + 12]
    clause = next((after[:k] for k, t in enumerate(after) if t.lower in PURPOSE | _REASON), after)
    return any(t.lower in CONDITIONS - {"unless"} for t in clause)


def unless(sent: Sentence, verb: VerbMatch) -> bool:
    """An act announced on a condition the target must meet ("… unless X arranges a ceasefire")."""
    after = " ".join(t.lower for t in sent.tokens[verb.end:verb.end + 25])
    return any(f" {w} " in f" {after} " for w in _UNLESS)
