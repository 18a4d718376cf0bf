"""Modality of a reported event: asserted, claimed, future, hypothetical or negated."""
from __future__ import annotations

from peristiwa.extract.document import Sentence

NEGATION = {"tidak", "tak", "belum", "bukan", "tanpa", "enggan", "not", "never", "n't", "didn't", "doesn't",
            "don't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "weren't", "refused",
            "menolak", "gagal", "failed", "batal"}
DENIAL = {"membantah", "menyangkal", "denied", "denies", "deny", "dibantah"}
FUTURE = {"rencana", "planned", "proposed", "akan", "bakal", "berencana", "hendak", "rencananya", "dijadwalkan", "will", "plans", "planned",
          "plan", "intends", "scheduled", "to", "untuk", "ingin", "berniat", "siap", "mau"}
HYPOTHETICAL = {"potensi", "kemungkinan", "potential", "possible", "jika", "jikalau", "kalau", "apabila", "bila", "seandainya", "andaikan", "bisa", "dapat",
                "mungkin", "berpotensi", "if", "could", "might", "may", "would", "unless", "should"}
CLAIMED = {"menurut", "diduga", "dituduh", "disebut", "disebut-sebut", "dikabarkan", "dilaporkan", "diklaim",
           "mengklaim", "konon", "kabarnya", "reportedly", "allegedly", "alleged", "according", "claimed",
           "claims", "purportedly", "dicurigai", "tuduhan"}


_ONLY = {"hanya", "saja", "cuma", "only", "just"}  # "tidak hanya menyerang" (not only attacked) asserts it
_CONDITIONS = {"jika", "jikalau", "kalau", "apabila", "bila", "seandainya", "andaikan", "if", "unless"}
_HAPPEN = {"berlangsung", "terjadi", "digelar", "diadakan", "dilakukan", "dilaksanakan", "take", "happen",
           "occur", "go"}


def noun_modality(sent: Sentence, noun_end: int) -> str:
    """ "pertemuan AS dan Iran bisa berlangsung": an event noun whose own predicate is hedged."""
    lows = [t.lower for t in sent.tokens[noun_end:noun_end + 8]]
    for k, w in enumerate(lows):
        if w in _HAPPEN:
            hedge = lows[max(0, k - 2):k]
            if any(h in HYPOTHETICAL for h in hedge):
                return "hypothetical"
            if any(h in FUTURE and h not in {"to", "untuk", "siap", "mau", "ingin"} for h in hedge):
                return "future"
            return ""
    return ""


def modality_of(sent: Sentence, verb_start: int, clause_start: int) -> str:
    """Read the words between the clause start (the source) and the verb, and the sentence's hedges."""
    lows = [t.lower for t in sent.tokens]
    window = lows[max(clause_start, verb_start - 6):verb_start]
    window = [w for w, nxt in zip(window, window[1:] + [""]) if not (w in NEGATION and nxt in _ONLY)]
    before = lows[:verb_start]
    if any(w in DENIAL for w in before):
        return "negated"
    if any(w in NEGATION for w in window):
        return "negated"
    if any(w in HYPOTHETICAL for w in window) or any(w in _CONDITIONS for w in before):
        return "hypothetical"
    if any(w in FUTURE and w not in {"to", "untuk", "siap", "mau", "ingin"} for w in window) \
            and not any(a == "akan" and b == "terus" for a, b in zip(window, window[1:])):
        return "future"  # "akan terus menyerukan" (will keep calling) is an ongoing, asserted act
    if any(w in CLAIMED for w in lows):
        return "claimed"
    return "asserted"
