"""The phrase an actor mention sits in: the head it complements ("supporters of President X") or the
noun it owns after a verb ("menyalurkan bantuan Jepang kepada Filipina")."""
from __future__ import annotations

from peristiwa.extract.document import Mention, Sentence
from peristiwa.text.morphology import verb_like


def head_of(sent: Sentence, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The actor that `m` complements with "of" ("supporters of (former) President X"): the phrase's head."""
    k = m.start - 1
    while k > 0 and sent.tokens[k].lower in ("former", "the", "late", "ousted", "jailed"):
        k -= 1
    if k > 0 and sent.tokens[k].lower == "of":
        head = by_end.get(k)
        if head is not None and head.kind == "agent" and not head.location:
            return head
    return None


def owner_of_the_object(sent: Sentence, pos: int, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """ "berbagi informasi intelijen AS dengan para pejabat Rusia", "menyalurkan bantuan Jepang kepada
    Filipina": a country right after a verb phrase that ends in a noun owns that noun; the actor after
    "dengan"/"kepada" is the target (returned)."""
    k = m.end + (m.end < len(sent.tokens) and sent.tokens[m.end].lower in ("dengan", "kepada", "ke", "bagi", "untuk"))
    other = by_start.get(k + (k < len(sent.tokens) and sent.tokens[k].lower == "para")) if k > m.end else None
    if m.kind == "country" and pos > 0 and not verb_like(sent.tokens[pos - 1].lower) and other is not None \
            and not other.location and other.key != m.key:
        return other
    return None


_NOT_OWNER = {"yang", "pada", "kepada", "ke", "di", "terhadap", "untuk", "bagi", "dari", "dengan", "atas", "antara",
              "oleh", "dan", "serta", "sejak", "to", "on", "in", "by", "between", "with", "against"}
_STOPS = {".", ";", ",", "karena", "sebab", "tetapi", "namun", "sedangkan", "bahwa", "agar", "untuk", "dan"}


def author_of_the_object(sent: Sentence, verb_end: int, by_start: dict[int, Mention]) -> Mention | None:
    """Who made the thing a verb rejects or criticises, named in a passive relative clause on its object
    ("menolak 4 poin yang diusulkan DPR", "menyesalkan ancaman yang diluncurkan Korut"): the one it is aimed at."""
    tokens = sent.tokens
    for k in range(verb_end, min(len(tokens) - 2, verb_end + 10)):
        low = tokens[k].lower
        if low in _STOPS or by_start.get(k) is not None:
            return None  # (an actor before "yang" is the head of the relative clause, not its object)
        if low == "yang":
            j = k + 1
            while j < min(len(tokens), k + 4) and not (verb_like(tokens[j].lower) and tokens[j].lower.startswith("di")):
                j += 1
            if j >= min(len(tokens), k + 4):
                return None
            j += 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "oleh")
            author = by_start.get(j)
            if author is None and j + 1 < len(tokens) and tokens[j].text.islower() \
                    and tokens[j].lower not in _NOT_OWNER:
                author = by_start.get(j + 1)  # "yang diusulkan pendahulu Johnson, Theresa May": Britain's
            return author if author is not None and not author.location else None
    return None
