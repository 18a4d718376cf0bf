"""The kinds of aid an act of giving names: in its object ("provided 50 million dollars in humanitarian aid":
073), and listed beside an aid noun ("bantuan militer, kemanusiaan, dan anggaran"), each its own event; and the
place aid reaches through its receivers; and help given to a process rather than to an actor."""
from __future__ import annotations

from peristiwa.extract.boundaries import TO_A_RECEIVER
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.text.morphology import process_noun, verb_like


def aid_named(sent: Sentence, verb: VerbMatch) -> str:
    """The code of the kind of aid a generic verb of giving names in its object, if any."""
    return next((v.sense.cameo for v in sent.verbs if v.sense.voice == "noun" and v.sense.cameo[:2] == "07"
                 and v.sense.cameo != "070" and 0 <= v.start - verb.end <= 6
                 and not {t.text for t in sent.tokens[verb.end:v.start]} & {",", ";"}), "")


_LISTING = {",", "dan", "serta", "maupun", "and", "as", "well"}


def listed_kinds(sent: Sentence, noun: VerbMatch, kinds: dict[str, str]) -> list[str]:
    """The other kinds of aid listed with an aid noun, each its own event: after it in Indonesian ("bantuan
    militer, kemanusiaan, dan anggaran": 073, 071), before it in English ("military, humanitarian and budget
    aid")."""
    if noun.sense.cameo[:2] != "07" or noun.sense.voice != "noun" or not kinds:
        return []
    tokens, found = sent.tokens, []
    step, k = (-1, noun.start - 1) if sent.lang == "en" else (1, noun.end)
    while 0 <= k < len(tokens) and (tokens[k].lower in _LISTING or tokens[k].lower in kinds):
        if tokens[k].lower in kinds and kinds[tokens[k].lower] != noun.sense.cameo[:3]:
            found.append(kinds[tokens[k].lower])
        k += step
    return list(dict.fromkeys(found))


def aid_reaches(between: list) -> bool:
    """Aid reaches the place its receivers are in ("bantuan … kepada korban gempa di Sulawesi Tengah")."""
    words = [t.lower for t in between]
    return bool(words) and words[-1] in ("in", "di") and any(w in _RECEIVERS for w in words)


_RECEIVERS = {"korban", "pengungsi", "victims", "refugees", "survivors", "penyintas"}


def receiver_past_the_goods(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """The receiver named after a list of the goods given ("menyalurkan bantuan makanan, air bersih dan obat-obatan
    kepada warga Filipina", "sent food, water and medicine to Gaza's civilians"): the actor right after the first
    word of receiving, past only plain lower-case words, commas and "dan"/"and"."""
    tokens = sent.tokens
    for k in range(verb.end, min(len(tokens) - 1, verb.end + 14)):
        low = tokens[k].lower
        if low in TO_A_RECEIVER:
            m = by_start.get(k + 1) or (by_start.get(k + 2) if tokens[k + 1].lower in ("para", "the") else None)
            return m if m is not None and not m.location else None
        if not (low in _LISTING or tokens[k].text.islower() and tokens[k].text.replace("-", "").isalpha()):
            return None
    return None


def helps_a_process(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Help given to a process or to doing something, not to the actor named after it: "membantu penyerahan Laporan
    Harta Kekayaan Pejabat Negara", "membantu memimpin kemitraan … selama pemerintahan Bush dan Obama" (but
    "memberikan bantuan pembiayaan … untuk Filipina" names the aid, and its receiver)."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] != "07" or verb.end >= len(tokens) or target.start <= verb.end \
            or tokens[verb.end - 1].lower == "bantuan":
        return False
    return process_noun(tokens[verb.end].lower) or verb_like(tokens[verb.end].lower) \
        and target.start > verb.end + 3 and sent.lang != "en"
