"""Parties a clause names in other ways than a subject before its verb and an object after it: the country where
force aimed at a site lands, the actors around a headline's opening verb, and the one whose death condolences
answer."""
from __future__ import annotations

from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.scan import LEFT_STOP, scan_right


def struck_country(sent: Sentence, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """The country where an act of force with no other target lands: "melakukan serangan … ke ladang minyak dan
    kilang Shaybah di Arab Saudi" (a country, not its capital: "di Jakarta" is only where it happens)."""
    aimed = False  # at a site ("ke ladang minyak", "wilayah"), not at a practice ("memberangus korupsi di …")
    for k in range(pos, min(len(sent.tokens) - 1, pos + 15)):
        low = sent.tokens[k].lower
        if low in LEFT_STOP or low in (",", "yang") or low in _SCOURGES:
            return None  # (nor at a scourge: "memerangi kebakaran di kawasan hutan di Indonesia")
        aimed = aimed or low in _AIMED_AT
        m = by_start.get(k + 1)
        if low == "di" and m is not None and m.kind == "country" and aimed:
            return m
    return None


_SCOURGES = {"korupsi", "kebakaran", "kemiskinan", "narkoba", "terorisme", "radikalisme", "hoaks", "kejahatan",
             "penyakit", "wabah", "api", "asap", "banjir", "kabut", "pandemi", "virus"}
_AIMED_AT = {"ke", "terhadap", "atas", "wilayah", "daerah", "kawasan", "kota", "desa", "pangkalan", "markas",
             "kilang", "fasilitas", "ladang", "posisi", "sasaran", "target", "kamp"}


def opening_passive(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention],
                    agent: Mention | None) -> tuple[Mention | None, Mention | None]:
    """A headline that opens with a passive verb and its agent names the one it befell after the comma:
    "Diserang Roket Gaza, Netanyahu Buru-buru Turun Panggung" (Gaza attacked Netanyahu): (agent, target)."""
    comma = next((k for k in range(verb.end, min(len(sent.tokens), verb.end + 10)) if sent.tokens[k].text == ","), None)
    if comma is None:
        return agent, None
    acts = [v.start for v in sent.verbs if verb.end <= v.start < comma]  # "Dituduh Serang Kilang Minyak Saudi
    agent = agent or scan_right(sent, verb.end, by_start, min([comma, *acts]) - verb.end)  # Aramco, …"
    target = by_start.get(comma + 1)
    return (agent, target) if agent is not None and target is not None and not target.location else (agent, None)


def subject_after_comma(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """A headline that opens with an active verb and its object names who acted after the comma: "Tepis Tudingan
    Malaysia, Indonesia Siap Adu Data" (Indonesia rejects Malaysia's charge)."""
    if verb.sense.cameo.startswith("019"):
        return None  # "Sejalan dengan resolusi …, Inggris menganggap …": in line with, no act
    comma = next((k for k in range(verb.end, min(len(sent.tokens), verb.end + 8)) if sent.tokens[k].text == ","), None)
    subject = by_start.get(comma + 1) if comma is not None else None
    if subject is None or subject.location or verb.sense.cameo[:2] == "14" and subject.sector in _AUTHORITIES:
        return None  # "Demo di KPK Ricuh, Polisi Tembakkan Gas Air Mata": the police answer the protest
    return subject


_AUTHORITIES = {"COP", "MIL", "GOV", "JUD", "SPY"}
_DEATH = {"meninggal", "wafat", "berpulang", "tutup", "died", "dies"}


def the_deceased(sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The one whose death is mourned, named with it in the same sentence: "BJ Habibie Meninggal, Kamboja Ikut
    Berduka", "Habibie Wafat, Inggris … Ucapkan Belasungkawa"."""
    return next((m for m in mentions if m.end < len(sent.tokens) and sent.tokens[m.end].lower in _DEATH
                 and not m.location), None)
