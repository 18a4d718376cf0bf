"""Answers to appeals, offers, demands and accusations ("menyetujui permintaan Inggris", "rejected Xi Jinping's call
for unification", "rejected a last-ditch demand by …"): the words that answer them, and the word that stands before
an act noun or its owner."""
from __future__ import annotations

from peristiwa.extract.document import Sentence, VerbMatch

# verbs that answer an appeal or offer ("menyetujui permintaan Inggris"): its addressee answers it
ANSWERING = {"menyetujui", "mengabulkan", "menolak", "menerima", "mempertimbangkan", "menanggapi", "merespons",
             "merespon", "memenuhi", "menuruti", "menjawab", "mengindahkan", "mengabaikan", "meluluskan", "menampik",
             "rejected", "rejects", "rejecting", "accepted", "accepts", "dismissed", "rebuffed", "ignored",
             "heeded", "granted", "answered"}  # ("rejected Xi Jinping's call for unification")


def answering_word(sent: Sentence, verb: VerbMatch) -> str:
    """The word before an act noun, or before its owner in "rejected Xi Jinping's call" (lowercase, or "")."""
    k = verb.start - 1
    if k > 0 and sent.tokens[k].lower in ("'s", "’s"):
        k = next((m.start for m in sent.mentions if m.end == k), k) - 1
    elif k > 1 and sent.tokens[k - 1].lower in ("a", "an") and sent.tokens[k].text.islower():
        k -= 2  # "rejected a last-ditch demand by …"
    elif k > 0 and sent.tokens[k].lower in ("a", "an"):
        k -= 1
    return sent.tokens[k].lower if k >= 0 else ""

