"""Whether a mention names a place rather than an actor: "di Jakarta", "in northern Iraq", "Jakarta Selatan",
"Selat Inggris", "the capital city of Algiers", "Iranian-backed" (a backer's name in a modifier)."""
from __future__ import annotations

from peristiwa.extract.boundaries import DIRECTIONS, PLACE_PARTS
from peristiwa.extract.document import Mention, Sentence
from peristiwa.extract.names import NOT_NAMES
from peristiwa.extract.scan import REPORTED
from peristiwa.text.morphology import verb_like

_VENUES = {"sidang", "konferensi", "ktt", "forum", "markas", "kantor", "gedung", "kompleks", "summit", "conference",
           "session", "headquarters", "bandara", "airport", "pelabuhan", "stadion", "stadium"}
# ("di Sidang Majelis PBB", "di Gedung DPR", "di dekat Bandara Internasional Baghdad": where, not who)
_SESSIONS = {"sidang", "konferensi", "ktt"}  # "menyinggung … dalam Sidang Umum PBB": where (but "tergabung dalam
# Forum Mahasiswa …" is membership)
# "imposed sanctions at an emergency ECOWAS summit", "during the NATO meeting": the gathering named after its
# organisation is where, not whom
_GATHERINGS = {"summit", "meeting", "conference", "session", "forum", "ministerial"}
_AT_A_GATHERING = {"at", "during"}
_SIDELINES = {"sela-sela", "sela"}  # "bertemu di sela-sela sidang Majelis Umum PBB": the session is where
_BACKER_AFFIXES = {"-backed", "-supported", "-sponsored", "-funded", "-allied", "-brokered", "-owned", "-born"}
_LOCATIVE = {"di", "in", "near", "dekat", "kota", "ibu", "laut", "teluk", "selat", "semenanjung", "throughout", "across",
             "seluruh"}
# "di sebelah utara Baghdad", "in northern Iraq": a part of the country, a place
# words that list a second place after a first ("di Singapura dan Amerika")
LISTING = frozenset({"dan", "serta", "maupun", "atau", "and", "or"})
_PART_OF = {"sebelah", "bagian", "wilayah", "kawasan", "daerah"}
_REGION_WORDS = DIRECTIONS | _PART_OF  # "di utara Suriah", "permukiman di wilayah Thailand": a place
_DISTRICTS = {"selatan", "utara", "barat", "timur", "pusat", "raya"}  # "Jakarta Selatan" is a place
_SETTLEMENTS = {"city", "capital", "town", "village", "port", "province", "region", "resort"} | PLACE_PARTS
# ("the capital city of Algiers", "took to the streets of Baghdad")
_WATERS = {"sea", "strait", "gulf", "peninsula", "ocean"}  # "South China Sea", "Gulf of Oman": places
# "Selat Inggris", "Laut China Selatan", "perairan Malaysia", "ZEE Indonesia": a body of water or land named after a
# country
_WATERS_BEFORE = {"selat", "laut", "teluk", "semenanjung", "samudra", "samudera", "terusan", "perairan", "zee"}
# "di kawasan …", "di depan Gedung Komisi Pemberantasan Korupsi, Jakarta": the country after the comma is where
_AROUND = {"kawasan", "daerah", "depan", "luar", "sekitar", "seberang"}
# a head word that makes a name a place ("Kota Medan", "Pulau Qanus")
PLACE_HEADS = {"kota", "provinsi", "kabupaten", "desa", "pulau", "jalan", "gedung", "kompleks", "istana", "rumah",
               "laut", "teluk", "selat", "gunung", "sungai", "universitas", "university", "city", "province"}


def placed_after(sent: Sentence, start: int, kind: str, country: str, prev: Mention | None) -> bool:
    """A country or capital named right after another mention as where it is: listed after a place ("di
    Singapura dan Amerika": both places), the seat of another country's mission ("Kedutaan Besar Malaysia,
    Jakarta menyampaikan …") or of a court ("Pengadilan Tipikor Jakarta")."""
    gap = sent.tokens[prev.end:start] if prev is not None else []
    if prev is not None and (not gap or gap[0].text == "(" and gap[-1].text == ")") and kind == "metonym" \
            and prev.country in ("", country) and any(t.lower in _SEATED for t in sent.tokens[prev.start:prev.start + 2]):
        return True  # "Majelis hakim Pengadilan Tipikor Jakarta": the court's seat
    if prev is None or prev.end != start - 1 or kind not in ("country", "metonym"):
        return False
    between = sent.tokens[start - 1]
    return prev.location and between.lower in LISTING or between.text == "," and kind == "metonym" \
        and prev.country not in ("", country) and sent.tokens[prev.start].lower in _MISSIONS


_MISSIONS = {"kedutaan", "kedubes", "konsulat", "kjri", "kbri", "embassy", "consulate"}
_SEATED = {"pengadilan", "majelis", "kejaksaan", "kejari", "kejati", "mahkamah", "court", "tribunal"}


def of_a_place(sent: Sentence, i: int) -> bool:
    """ "the oil town of Brega", "kota Brega": a name after a place noun is the place's, not a person's surname."""
    before = [t.lower for t in sent.tokens[max(0, i - 2):i]]
    before = before[:-1] if before[-1:] == ["of"] else before
    return bool(before) and before[-1] in _TOWNS


_TOWNS = {"town", "city", "village", "district", "province", "region", "port", "kota", "desa", "kampung", "kabupaten",
          "kecamatan", "provinsi", "wilayah"}  # (not "rumah Habibie": his house)


_AIMING = {"aimed", "fired", "directed", "targeted", "shot", "lashed", "hit", "struck", "looked", "laughed",
           "angry", "furious", "upset"}  # "at the UN" after these (or in a verb: "lashed out at") is whom it
# concerns, not where


def named_as_place(sent: Sentence, start: int, end: int, kind: str) -> bool:
    """Whether the mention over tokens [start, end) is a place, from the words around it ("the Egyptian Red Sea
    resort of"; but "mengakui Yerusalem sebagai ibu kota Israel" names whose capital it is recognised to be)."""
    tokens = sent.tokens
    return kind == "place" \
        or (start > 0 and tokens[start - 1].lower in _LOCATIVE and kind in ("country", "metonym")
            and [t.lower for t in tokens[max(0, start - 3):start]] != ["sebagai", "ibu", "kota"]) \
        or (start > 1 and tokens[start - 1].lower == "the" and tokens[start - 2].lower in _LOCATIVE | {"at"}
            and (kind in ("country", "metonym") or kind == "org" and tokens[start - 2].lower == "at"
                 and not (start > 2 and tokens[start - 3].lower in _AIMING)
                 and not any(v.start <= start - 2 < v.end for v in sent.verbs))) \
        or (start > 1 and tokens[start - 1].lower in _REGION_WORDS and kind in ("country", "metonym")
            and (tokens[start - 2].lower in _LOCATIVE or tokens[start - 2].lower in _PART_OF)) \
        or (start > 2 and tokens[start - 1].lower in ("capital", "city") and kind in ("country", "metonym") and any(
            tokens[k].lower in _LOCATIVE | {"at"}
            and all(t.is_title or t.lower == "the" for t in tokens[k + 1:start - 1])
            for k in range(max(0, start - 5), start - 2))) \
        or (start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _SETTLEMENTS
            and kind in ("country", "metonym")) \
        or (kind == "adjective" and any(k < len(tokens) and tokens[k].lower in _SETTLEMENTS | {"border", "frontier"}
                                        and all(t.is_title for t in tokens[end:k]) for k in range(end, end + 3))) \
        or (kind in ("org", "country", "metonym") and end < len(tokens) and tokens[end].lower in _GATHERINGS
            and any(t.lower in _AT_A_GATHERING for t in tokens[max(0, start - 3):start])) \
        or any(k > 0 and tokens[k].lower in _VENUES and (
            tokens[k - 1].lower in _LOCATIVE | _SIDELINES or tokens[k - 1].lower == "dalam" and tokens[k].lower in _SESSIONS)
               and all(t.is_title for t in tokens[k + 1:start]) for k in range(max(0, start - 3), start + 1)) \
        or (start > 2 and tokens[start - 1].text == "," and kind in ("country", "metonym")
            and not (sent.headline and any(v.start == end for v in sent.verbs))  # "…, Pakistan Panggil …"
            and not _acts(sent, end) and any(
            tokens[k].lower in _LOCATIVE | _AROUND and all((t.is_title or t.lower in PLACE_HEADS | _AROUND)
                                                 and t.lower not in NOT_NAMES for t in tokens[k + 1:start - 1])
            for k in range(max(0, start - 8), start - 2))) \
        or (start > 0 and tokens[start - 1].lower in REPORTED) \
        or (1 < start and tokens[start - 1].text == "(" and end < len(tokens) and tokens[end].text == ")"
            and kind == "country" and tokens[start - 2].is_title and tokens[start - 2].text.isalpha()) \
        or (end < len(tokens) and tokens[end].lower in _BACKER_AFFIXES) \
        or (end < len(tokens) and tokens[end].lower in _WATERS) \
        or (start > 0 and tokens[start - 1].lower.rsplit("-", 1)[-1] in _WATERS_BEFORE) \
        or (kind == "metonym" and end < len(tokens) and tokens[end].lower in _DISTRICTS) \
        or (kind == "country" and end < len(tokens) and tokens[end].lower in DIRECTIONS
            and tokens[end].is_title) \
        or (start > 1 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in _WATERS) \
        or (kind in ("country", "metonym") and across_a_border(sent, start))


BORDERS = {"border", "borders", "frontier", "perbatasan", "perbatasannya"}


def across_a_border(sent: Sentence, start: int) -> bool:
    """ "near Belarus's borders with Ukraine, Poland and Lithuania", "di perbatasan Suriah dengan Turki": the
    countries another's border is shared with are where, not whom (the names listed after "with" included; but
    "menutup perbatasan dengan Irak" closes it on Iraq, and "alert along the border with Afghanistan" is aimed at
    it)."""
    tokens, k = sent.tokens, start - 1
    while k > 2 and (tokens[k].text == "," or tokens[k].lower in LISTING or tokens[k].is_title) and start - k < 10:
        k -= 1
    if k < 3:
        return False
    owned = tokens[k - 1].lower in BORDERS and tokens[k - 2].lower in ("'s", "’s") \
        or tokens[k - 2].lower in BORDERS and tokens[k - 1].is_title
    return tokens[k].lower in ("with", "dengan") and owned \
        and not any(v.start < k < v.end + 1 for v in sent.verbs)


def country_of_a_place(sent: Sentence, start: int, end: int, kind: str, country: str, before: Mention) -> bool:
    """A country named after a comma right after one of its places ("di KTT G20, Hamburg, Jerman") says where
    that place is, unless a verb follows it (a headline's subject: "Diserang di Kabul, Afghanistan Balas …")."""
    tokens = sent.tokens
    return kind == "country" and before.kind == "place" and before.country == country \
        and before.end == start - 1 and tokens[start - 1].text == "," \
        and not (end < len(tokens) and verb_like(tokens[end].lower))


_SUBJECT_NEXT = {"juga", "akan", "telah", "sudah", "pun", "kemudian", "lalu", "tidak", "tak", "also", "will", "has",
                 "had"}


def _acts(sent: Sentence, end: int) -> bool:
    """Whether the country before `end` opens a clause as its subject ("Selain bergabung dengan misi AS di Teluk,
    UEA juga akan menjadi tuan rumah …"): a verb or an adverb follows it."""
    k = end - 1
    while k > 0 and sent.tokens[k].text != ",":
        k -= 1
    if k > 0 and sent.tokens[k - 1].is_title and sent.tokens[k - 1].lower not in PLACE_HEADS:
        return False  # "Kedutaan Besar RI di Amman, Jordania mengimbau …": the city's country, a place
    return end < len(sent.tokens) and (sent.tokens[end].lower in _SUBJECT_NEXT or verb_like(sent.tokens[end].lower))
