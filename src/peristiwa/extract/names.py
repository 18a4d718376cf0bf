"""Personal names in running text: where a capitalised name ends, how later mentions shorten it, and
when a known surname belongs to someone else ("Hosni Mubarak", "Ismail Fahmi")."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from peristiwa.extract.bodies import LAW_WORDS
from peristiwa.extract.document import Mention, Sentence

NAME_PARTICLES = {"bin", "binti", "al", "el", "de", "van", "von", "da", "la", "le", "ibn", "abu", "abdul"}
# (not "di": in Indonesian it is "at", "AKBP Hary Brata di Mapolda"; "Luigi Di Maio" is written capitalised)
NOT_NAMES = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "the", "a", "an", "in", "on", "ini", "itu", "dan", "yang",
    "pada", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "said", "mengatakan", "kata", "ujar",
    "pasal", "ayat", "nomor", "bab",  # "menjerat driver itu dengan Pasal 2 ayat (1)": a law's article
    "allah", "tuhan", "god",  # "berterima kasih kepada Allah"
    "anda", "kalian", "engkau",  # "saya berjanji kepada Anda": the audience, written capitalised
}


def inside_name(sent: Sentence, i: int, covered: set[int], known: str = "") -> bool:
    """A surname that is part of a longer unknown name ("Juma Gul", "Hosni Mubarak") is not that other
    person; a first name spelt a little differently from the known person's ("Zainuddin Amali" for
    Zainudin Amali) is the same person."""
    toks = sent.tokens
    first = known.split()[0].lower() if known else ""
    return any(0 < k < len(toks) and k not in covered and toks[k].is_title and toks[k].text.isalpha()
               and toks[k].lower not in NOT_NAMES and not _headline_word(toks[k].lower)
               and not (k == i - 1 and first and SequenceMatcher(None, first, toks[k].lower).ratio() >= 0.8)
               for k in (i + 1, i - 1))


def stranger(sent: Sentence, i: int, covered: set[int]) -> str:
    """The whole unknown name around the known surname at token i ("Jim Yong Kim", "Ismail Fahmi")."""
    start = i
    while start > 1 and i - start < 3 and sent.tokens[start - 1].is_title and start - 1 not in covered:
        start -= 1
    return " ".join(t.text for t in sent.tokens[start:name_after(sent.tokens, start)])


def name_after(tokens, i: int, stops: frozenset[int] = frozenset()) -> int:
    """End of a capitalised personal name starting at token i (i itself when there is none); it ends
    before a token in `stops` (an event verb or a known actor: "… Khamenei Menolak Bertemu Trump")."""
    j = i
    while j < len(tokens) and j - i < 5 and j not in stops:
        t = tokens[j]
        if t.is_title and t.text.replace("-", "").replace("'", "").isalpha() and t.lower not in NOT_NAMES \
                and not _headline_word(t.lower):
            j += 1
        elif t.lower in NAME_PARTICLES and j > i and j + 1 < len(tokens) and tokens[j + 1].is_title:
            j += 1
        else:
            break
    return j


def _headline_word(low: str) -> bool:
    """A capitalised headline word that is no part of a name: a verb with -kan ("Pemimpin Tertinggi Iran
    Diduga Izinkan Serangan", "Batalkan", "Tegaskan"), a passive of claiming, or "Tersangka"."""
    return len(low) > 5 and low.endswith("kan") or low in _HEADLINE_WORDS


_HEADLINE_WORDS = {"diduga", "dituduh", "disebut", "dikabarkan", "dilaporkan", "diklaim", "ditangkap", "ditahan",
                   "diperiksa", "tersangka", "terdakwa", "undang", "temui", "sambut", "telepon",
                   # modals, promises and linking words of headlines ("PM Israel Janji Akan Caplok …")
                   "janji", "akan", "bakal", "siap", "ingin", "mau", "minta", "tak", "tidak", "belum", "harus",
                   "bisa", "sebut", "ungkap", "klaim", "soal", "terkait", "usai", "jelang", "resmi", "kembali",
                   "segera", "senang", "bangga", "kecewa", "tanpa", "batal", "bikin", "hanya", "melawan", "yakin",
                   # bare verbs and act nouns ("Pemerintah Serbia Setujui Ekstradisi Maria Pauline Lumowa")
                   "setujui", "tolak", "kecam", "desak", "tuding", "tuduh", "usir", "serang", "tangkap", "tahan",
                   "periksa", "panggil", "kunjungi", "datangi", "hadiri", "dukung", "bantah", "kritik", "ancam",
                   "balas", "vonis", "adili", "copot", "pecat", "lantik", "ekstradisi", "deportasi"}


# Where the first word of a name is how news refers to the person: Chinese and Korean family names
# (Kim, Xi) and Indonesian given names (Retno, Fahri, Yasonna).
FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN", "HKG", "MAC", "VNM", "IDN"}


def name_keys(person: str, country: str) -> list[str]:
    """How a later mention may shorten a name: the surname, and the family name where it comes first."""
    parts = person.split()
    if len(parts) < 2:
        return []
    keys = [parts[-1].lower()]
    if country in FAMILY_NAME_FIRST:
        keys.append(parts[0].lower())
    return keys


# a title that is not the office held: a former one, the n-th holder ("Presiden Ketiga"), a candidacy
FORMER = {"mantan", "eks", "bekas", "former", "ex", "late", "almarhum", "mendiang", "ousted", "deposed"}
FORMER_TITLE = FORMER | {"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "first", "second",
                         "third", "calon", "capres", "cawapres", "kandidat", "candidate"}
ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ad|ash|an|ar|at|az)-[A-Z]")  # "al-Baghdadi menuduh AS …"


def arabic_name_after(sent: Sentence, j: int) -> bool:
    """Whether an Arabic name goes on after token j ("Turki al-Maliki", "Turki Al Maliki", "Turki bin Faisal")."""
    tokens = sent.tokens
    return j < len(tokens) and (bool(ARABIC_ARTICLE.match(tokens[j].text)) or tokens[j].lower in (
        "al", "bin", "binti", "ibn") and j + 1 < len(tokens) and tokens[j + 1].is_title)


SHIP_PREFIXES = {"USS": "USA", "HMS": "GBR", "HMAS": "AUS", "KRI": "IDN", "INS": "IND", "KD": "MYS"}


def add_ships(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A warship the lexicon does not know, named after its navy's prefix ("USS Harry S. Truman", "KRI Nanggala"):
    that country's navy."""
    tokens, covered = sent.tokens, {k for m in mentions for k in range(m.start, m.end)}
    extra = []
    for i in range(len(tokens) - 1):
        country = SHIP_PREFIXES.get(tokens[i].text)
        if country is None or i in covered or i + 1 in covered or not tokens[i + 1].is_title:
            continue
        j = i + 1
        while j < len(tokens) and j not in covered and j - i <= 5 and tokens[j].lower not in _LINKING and (
                tokens[j].is_title or tokens[j].text[:1].isdigit()
                or tokens[j].text == "." and len(tokens[j - 1].text) == 1 and j + 1 < len(tokens)
                and tokens[j + 1].is_title):
            j += 1  # "KRI Nanggala 402", "USS Harry S. Truman"
        text = sent.text[tokens[i].start - sent.start:tokens[j - 1].end - sent.start]
        extra.append(Mention(i, j, text, country, "MIL", None, "org"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_LINKING = NOT_NAMES | {"after", "before", "from", "to", "with", "near", "off", "as", "at", "by", "for", "of"}
_NAME_INTRO = {"dengan", "kepada", "terhadap", "melawan", "oleh", "with", "against", "by"}
_HELD_CODES = ("173", "174", "175")  # arrested, detained, charged, tried, expelled


def _seized_people(sent: Sentence) -> set[int]:
    """Where the object of an active verb of arrest, charge, trial or expulsion begins ("menangkap Abu Rusydan",
    "arrested Kem Sokha"): a name there is the person it was done to, a civilian unless told otherwise."""
    return {v.end for v in sent.verbs if v.sense.cameo.startswith(_HELD_CODES) and not v.clitic
            and (sent.lang == "en" or v.text.lower().startswith("me"))}


def add_unknown_names(sent: Sentence, mentions: list[Mention], place_heads: set[str],
                      no_actor: set[int] = frozenset()) -> list[Mention]:
    """A capitalised name after "dengan", "kepada", "terhadap" or "oleh", or as the object of an arrest or a
    charge, that the lexicon does not know ("berkoalisi dengan Telem", "menangkap Abu Rusydan") is an actor of
    the article's main country, sector unknown (a civilian when arrested); words the lexicon
    lists as naming no actor (`no_actor`: "berbicara dengan Eropa") are none."""
    places = [m for m in mentions if m.kind == "place"]  # "kepada Dinkes Provinsi Riau": a body of that place
    covered = {k for m in mentions if m.kind != "place" for k in range(m.start, m.end)} | no_actor
    blocked = covered | {k for v in sent.verbs for k in range(v.start, v.end)}
    extra, tokens, seized = [], sent.tokens, _seized_people(sent)
    for i in range(1, len(tokens)):
        if tokens[i - 1].lower not in _NAME_INTRO and i not in seized or i in blocked or not tokens[i].is_title \
                or tokens[i].lower in NOT_NAMES or tokens[i].lower in place_heads:
            continue
        j = name_after(tokens, i)
        if any(t.lower in LAW_WORDS for t in tokens[i:j]) or j - i < 2 and sent.headline \
                or j < len(tokens) and tokens[j].text == "$" \
                or sent.lang == "en" and any(m.start == j and m.kind == "agent" and tokens[j].text.islower()
                                             for m in mentions):
            continue  # "setuju dengan Revisi UU KPK": a law; "Direspon dengan Keras!": a headline's word; "US$": a
            # currency; "a clash with Kurdish rebels": a people's name describing the agent after it
        if j > i and not blocked.intersection(range(i, j)):
            text = " ".join(t.text for t in tokens[i:j])
            title = next((m for m in mentions if m.start == j + 1 and m.country), None) \
                if j + 1 < len(tokens) and tokens[j].text == "," else None  # "Kofi Annan, UN secretary-general,"
            inside = [m for m in places if i <= m.start and m.end <= j]
            if title is not None and title.kind in ("agent", "org", "composite"):
                extra.append(Mention(i, j, text, title.country, title.sector, title.igo, "person", text))
            elif inside and inside[0].start > i:
                mentions = [m for m in mentions if m not in inside]
                extra.append(Mention(i, j, text, inside[0].country, "", None, "agent"))
            elif not any(i < m.end and m.start < j for m in places):
                extra.append(Mention(i, j, text, "", "CVL" if i in seized else "", None, "agent"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
