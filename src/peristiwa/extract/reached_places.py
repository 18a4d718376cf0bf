"""Places an act reaches: the place force is used on ("shelled the southern town of Juba"), a site hit in a
country ("serangan … ke kilang Shaybah di Arab Saudi"), the place whose people are counted among the victims
("menewaskan sedikitnya 30 orang di Kabul"), and the country an appeal is for."""
from __future__ import annotations

from peristiwa.extract.boundaries import DIRECTIONS, PLACE_PARTS
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.scan import LEFT_STOP
from peristiwa.text.counts import AT_LEAST, COUNT_WORDS, a_count

# words that may stand between an act of violence and the place it hits ("berlanjut di wilayah itu")
AT_PLACE = {"di", "in", "at", "near", "dekat", "wilayah", "kawasan", "area", "targets", "sasaran", "terjadi",
            "berlangsung", "berlanjut", "terus", "masih", "kembali", "happened", "took", "place", "continued"}
# words that may stand between a verb of force and the place that is its object ("the southern town of")
TO_THE_PLACE = {"the", "of", "a", "an", "on", "against", "ke", "terhadap", "atas", "town", "city", "village",
                "province", "region", "capital", "port", "district", "kota", "desa", "provinsi", "wilayah",
                "kawasan", "daerah", "kabupaten", "ibu", "ibukota", "besieged", "rebel-held",  # ("ibu kota Yaman")
                "enclave", "moslem", "muslim", "border", "strategic", "key", "stronghold", "government-held",
                "coastal",
                "perairan", "sekitar", "lepas", "pantai", "waters", "around", "off", "coast",
                "pusat", "pinggiran", "downtown"} | PLACE_PARTS | DIRECTIONS  # "di pusat kota Chernihiv"
# ("shelled the Moslem enclave of Srebrenica", "the outskirts of Damascus", "ke perairan sekitar Guam")
_PLACE_WORDS = TO_THE_PLACE | AT_PLACE


def aimed_at_a_site(between: list, place: Mention) -> bool:
    """Whether force reaches a country where it hits a site there ("serangan … ke ladang minyak dan kilang
    Shaybah di Arab Saudi"), not where a scourge is fought ("memerangi kebakaran di kawasan hutan di Indonesia",
    "memberangus korupsi di Indonesia") nor past a clause ("yang", a comma)."""
    lows = [t.lower.partition("-")[0] if t.lower.count("-") == 1 and len(set(t.lower.split("-"))) == 1 else t.lower
            for t in between]  # "desa-desa": a plural of a site
    # "attacked a checkpoint in Kandahar", "struck an oil depot in the Russian city of Bryansk"
    at = max((k for k, w in enumerate(lows) if w in ("in", "across", "throughout")
              or w == "near" and place.kind != "adjective"), default=-1)  # ("cities across Ukraine", "a restaurant
    # near Tel Aviv's old bus station", not "villages near the Turkish border")
    if at >= 0 and len(lows) - at <= 5 and all(w in TO_THE_PLACE or t.text[:1].isupper()
                                               for w, t in zip(lows[at + 1:], between[at + 1:])):
        return any(w in STRUCK_SITES for w in lows) and not any(w in (",", "which", "that", "who", "where") for w in lows)
    while lows and lows[-1] in TO_THE_PLACE and lows[-1] != "di" and "di" in lows:
        lows = lows[:-1]  # "desa di selatan Provinsi Idlib", "pasar di Provinsi Saada"
    return (place.kind in ("country", "place") or place.kind == "metonym" and place.location) and bool(lows) and lows[-1] == "di" and any(w in _AIMED_AT for w in lows) \
        and not any(w in _SCOURGES or w in (",", "yang") for w in lows)


STRUCK_SITES = {"checkpoint", "checkpoints", "base", "bases", "post", "outpost", "station", "camp", "camps", "refinery",
          "facility", "facilities", "village", "villages", "convoy", "positions", "targets", "depot", "airport",
          "compound", "barracks", "headquarters", "market", "mosque", "church", "hospital", "school", "town",
          "blockade", "blockades", "siege", "curfew",  # ("reimposed blockades in the West Bank": a place closed)
          "bus", "restaurant", "cafe", "hotel", "nightclub", "embassy", "consulate", "site", "sites", "locations",
          "target", "installations", "installation", "city", "cities", "towns", "areas", "hospitals", "schools",
          "markets"}  # "launched missile strikes on nine sites in Pakistan"  # "on a crowded bus in Jerusalem"


# buildings hit in a place, but not named as the site of the actor after them ("gedung KPK", "rumah Habibie")
_BUILDINGS = {"rumah", "gedung", "apartemen", "stasiun", "pembangkit", "infrastruktur"}
_SCOURGES = {"korupsi", "kebakaran", "kemiskinan", "narkoba", "terorisme", "radikalisme", "hoaks", "kejahatan",
             "penyakit", "wabah", "api", "asap", "banjir", "kabut", "pandemi", "virus"}
_AIMED_AT = {"ke", "terhadap", "atas", "wilayah", "daerah", "kawasan", "kota", "desa", "pangkalan", "markas",
             "kilang", "fasilitas", "ladang", "posisi", "sasaran", "target", "kamp", "pasar", "bandara", "pelabuhan",
             "permukiman", "pos", "sekolah", "masjid", "gereja", "lokasi", "titik", "situs", "instalasi"} | _BUILDINGS
# ("menggempur sembilan lokasi di Pakistan", "menghantam rumah sakit anak di Kyiv")
# what names a site of the actor after it ("ke pangkalan udara Suriah", "ke kilang minyak Arab Saudi")
SITE_WORDS = (_AIMED_AT - {"ke", "terhadap", "atas"} - _BUILDINGS) | {"udara", "militer", "minyak", "pos", "instalasi",
                                                                       "laut"}


def object_place(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """A place that force is used on, named as the verb's object ("shelled the southern town of Juba",
    "menggempur kota Idlib"): the act is against the place's country. A place after "in/di" only says
    where it happened."""
    k = verb.end
    while k < len(sent.tokens) and k - verb.end < 6:
        m = by_start.get(k)
        if m is not None:
            return m if m.kind == "place" or m.location and m.kind == "metonym" else None  # (a capital)
        if sent.tokens[k].lower not in TO_THE_PLACE:
            return None
        k += 1
    return None


def place_fits(tokens, verb: VerbMatch, source: Mention | None, place: Mention) -> bool:
    """Whether a place may be the target of this kind of act: a show of force is aimed at a place only near it
    ("drills near Taiwan", not "a parade in Caracas"), and a place destroyed is another country's ("demolished a
    Palestinian village"), not a riot's at home."""
    code = verb.sense.cameo
    if code.startswith("150"):
        return any(t.lower in _NEAR for t in tokens[verb.start:place.start])
    return not (code.startswith("1712") and source is not None and place.key == source.key)


_NEAR = {"near", "around", "off", "dekat", "sekitar"}


_WHICH_ONE = {"pertama", "pertamanya", "terbaru", "terbarunya", "terakhir", "terakhirnya", "first", "latest", "last"}


def place_reached(between: list, place: Mention, violent: bool, lang: str) -> bool:
    """Whether an act reaches the place named after it: within ten words, and for force only across words of
    place ("berlanjut di wilayah itu", "shelled the southern town of") or at a site in a country."""
    if any(t.lower in LEFT_STOP for t in between):
        return False
    plain = not violent or not any(t.text == "," or t.text.islower() and t.lower not in _PLACE_WORDS | _WHICH_ONE
                                   for t in between)  # ("serangan udara pertamanya di Suriah")
    near = _past_named_places(between) if violent else between
    return len(between) < 10 and plain or violent and (aimed_at_a_site(near, place) or _counted_victims(near))


def _past_named_places(between: list) -> list:
    """The words before a chain of named places that ends at the country ("menghantam sebuah bus sekolah di pasar
    Dahyan, Provinsi Saada," before "Yaman utara"): up to its "di"/"in", so that the site hit is in that country."""
    at = max((k for k, t in enumerate(between) if t.lower in ("di", "in")), default=-1)
    chain = between[at + 1:]
    if at < 0 or "," not in {t.text for t in chain} or not all(
            t.text == "," or t.text[:1].isupper() or t.lower in TO_THE_PLACE or t.lower in _AIMED_AT for t in chain):
        return between
    return between[:at + 1]


def _counted_victims(between: list) -> bool:
    """ "killed 23 people in Tel Aviv", "menewaskan sedikitnya 30 orang di Kabul": those counted are the place's."""
    words = [t.lower for t in between]
    while words and words[-1] in TO_THE_PLACE:
        words.pop()  # "… in northeastern Nigeria", "… di kota Kabul"
    return bool(words) and words[-1] in ("in", "di") and any(a_count(w) for w in words) \
        and any(w in _VICTIMS for w in words) and all(a_count(w) or w in _COUNTED for w in words[:-1])


_VICTIMS = {"people", "civilians", "persons", "orang", "warga", "sipil", "penduduk",
            # "abducted over 100 schoolgirls in northeastern Nigeria"
            "schoolgirls", "schoolchildren", "students", "children", "women", "villagers", "worshippers", "passengers",
            "pilgrims", "farmers", "fishermen", "siswa", "siswi", "pelajar", "santri", "anak-anak", "perempuan",
            "jemaah", "penumpang", "petani", "nelayan"}
_COUNTED = COUNT_WORDS | _VICTIMS | AT_LEAST | {"tens", "of", "massa"}


def appeal_reaches(between: list, place: Mention, source: Mention | None) -> bool:
    """An appeal reaches another country named as where it is to hold ("menyerukan perundingan damai untuk
    solusi krisis politik di Yaman"), not a comparison nor a bracketed nationality ("seperti halnya di Singapura")."""
    return place.kind == "country" and place.key != getattr(source, "key", "") \
        and not any(t.lower in ("seperti", "like", "yang", "(", ",") for t in between)
