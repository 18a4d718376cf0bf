"""The phrase an actor mention sits in: the head it complements ("supporters of President X"), the noun it
owns after a verb ("menyalurkan bantuan Jepang kepada Filipina"), or the object it stands in apposition to
("kepada cagub-cawagub, Edy Rahmayadi")."""
from __future__ import annotations

from peristiwa.extract.document import Mention, Sentence
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import verb_like

DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})  # "bukti tersebut", "kelompok itu"


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


def owner_of_the_object(sent: Sentence, pos: int, m: Mention, by_start: dict[int, Mention],
                        authors: bool = False) -> Mention | None:
    """ "berbagi informasi intelijen AS dengan para pejabat Rusia", "menyalurkan bantuan Jepang kepada
    Filipina": a country right after a verb phrase that ends in a noun owns that noun; the actor after
    "dengan"/"kepada" is the target (returned), as after "menyerahkan kembali pengelolaan KPK kepada Presiden".
    But the author of an attack, or (with `authors`, for protests) of any act, is whom the verb is aimed at."""
    if any(v.end == m.start and v.sense.voice == "noun" and (authors or v.sense.cameo[:2] in VIOLENT_ROOTS)
           for v in sent.verbs):
        return None  # "mengecam serangan AS ke Suriah", "memprotes penjualan senjata AS ke Taiwan"
    k = m.end + (m.end < len(sent.tokens) and sent.tokens[m.end].lower in ("dengan", "kepada", "ke", "bagi", "untuk"))
    other = by_start.get(k + (k < len(sent.tokens) and sent.tokens[k].lower == "para")) if k > m.end else None
    if m.kind in ("country", "org") and pos > 0 and not verb_like(sent.tokens[pos - 1].lower) and other is not None \
            and not other.location and (other.key != m.key or m.kind == "org" and other.sector != m.sector):
        return other
    return None


def apposed(sent: Sentence, pos: int, comma: int, kind: str) -> bool:
    """Whether the words from `pos` to a comma are an object the lexicon does not know as an actor, which the
    phrase after the comma names or describes: a lowercase noun after a preposition that a person's name
    follows ("kepada cagub-cawagub, Edy Rahmayadi"), or initials with an age ("YIK (31), warga …")."""
    words = sent.tokens[pos:comma]
    if not words or comma - pos > 4:
        return False
    lows = [t.lower for t in words]
    if lows[0] in ("kepada", "terhadap", "bagi", "untuk") and len(words) == 2:
        return kind == "person" and words[1].text.islower() and words[1].text.replace("-", "").isalpha() \
            and not verb_like(lows[1])  # (not a list: "terhadap politisi, pejabat dan pengusaha")
    initials = words[0].text.isupper() and words[0].text.isalpha() and len(words[0].text) <= 4
    age = len(words) == 4 and words[1].text == "(" and words[2].text.isdigit() and words[3].text == ")"
    return initials and (len(words) == 1 or age)


def described(sent: Sentence, rel: int, by_end: dict[int, Mention]) -> Mention | None:
    """ "Hizbullah atau Hamas, dua organisasi yang diduga didukung oleh Iran": the actor a description after a
    comma stands for."""
    comma = next((k for k in range(rel - 1, max(0, rel - 4), -1) if sent.tokens[k].text == ","), None)
    if comma is None or comma + 1 >= rel or not (sent.tokens[comma + 1].text.isdigit()
                                                 or sent.tokens[comma + 1].lower in COUNTING) \
            or not all(t.text.islower() or t.text.isdigit() for t in sent.tokens[comma + 1:rel]):
        return None  # (not "Menurut Syarif, apa yang dijanjikan …")
    return by_end.get(comma)


COUNTING = {"dua", "tiga", "empat", "lima", "satu", "sebuah", "seorang", "salah", "kedua", "ketiga", "para"}


QUOTE_MARKS = {'"', "“", "”"}


def scare_quotes(sent: Sentence, pos: int, j: int) -> bool:
    """Whether the quote mark at j opens (right after the verb) or closes a short quoted phrase."""
    tokens = sent.tokens
    opening = next((k for k in range(pos, j) if tokens[k].lower in QUOTE_MARKS), None)
    named = pos + sent.headline  # (in a headline after the noun it names: 'Sambut Baik Usul "Metode Baru" Trump')
    if opening is None:
        return j <= named and any(t.lower in QUOTE_MARKS for t in tokens[j + 1:j + 6])
    return opening <= named and j - opening <= 5


def scare_quoted_before(sent: Sentence, close: int) -> int | None:
    """The opening mark of a verb set in quotes inside a clause, closed at `close` ('Sao Tome "membelot"
    dari Taipei dan memberikan pengakuan …'): a subject may be sought past it (not past 'seekor magpie
    "monster" yang …', a noun)."""
    tokens = sent.tokens
    for k in range(close - 1, max(0, close - 4), -1):
        if tokens[k].lower in QUOTE_MARKS:
            return k if k < close - 1 and tokens[k - 1].text.isalpha() and verb_like(tokens[k + 1].text) else None
        if not tokens[k].text.isalpha():
            return None
    return None


_AREAS = {"wilayah", "daerah", "kawasan", "kota", "desa", "basis", "markas", "benteng", "posisi", "pos", "area"}
_HELD = {"dikuasai", "diduduki", "dikontrol", "dipegang"}


def held_area(sent: Sentence, j: int) -> bool:
    """Whether "yang" at j opens "(wilayah) yang dikuasai …": the holder that follows is who is struck there
    ("menggempur wilayah yang dikuasai pemberontak")."""
    tokens = sent.tokens
    return tokens[j].lower == "yang" and 0 < j < len(tokens) - 1 and tokens[j + 1].lower in _HELD \
        and tokens[j - 1].lower in _AREAS


VIA = {"melalui", "lewat", "via", "through"}  # a channel: "melalui WFP", "lewat polisi rahasianya"


def channel_word(sent: Sentence, start: int) -> int | None:
    """Where "melalui"/"lewat"/"through" stands if the actor beginning at `start` is the channel it names, a few
    lowercase words on at most ("lewat polisi rahasianya", "melalui kantor perdana menteri")."""
    k = start - 1
    while k >= 0 and start - k <= 3 and sent.tokens[k].lower not in VIA and sent.tokens[k].text.islower():
        k -= 1
    return k if k >= 0 and start - k <= 3 and sent.tokens[k].lower in VIA else None
