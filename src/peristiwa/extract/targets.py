"""Targets beyond the object's phrase: the first actor up to the clause's end, the partner of a discussion after
its topic, the state's own people arrested by the count; actors after the verb that are no target: the company
a visitor keeps, a deal's broker, what a request is about; whether what was captured is people or ground, and
whether what is sent goes to an actor named past it; whom forces are deployed to guard against."""
from __future__ import annotations

from peristiwa.extract.boundaries import BANS, BROKERED, GROUND, MISSIONS, WATERS
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.objects import QUANTIFIERS, scan_right
from peristiwa.extract.reached_places import SITE_WORDS, STRUCK_SITES
from peristiwa.extract.scan import FAR_STOP, TOPICS
from peristiwa.text.counts import AT_LEAST, a_count
from peristiwa.text.morphology import verb_like

_ALONG = {"bersama", "beserta", "didampingi", "bersama-sama", "accompanied", "alongside"}


def far_target(sent: Sentence, after: int, by_start: dict[int, Mention], authors: bool = False) -> Mention | None:
    """The first actor up to the clause's end; after "agar"/"supaya" only the wanted clause's subject
    ("mendesak agar Komisi III menelusuri …", but not "mengimbau agar aksi massal digelar untuk menentang
    pengumuman Trump")."""
    target = scan_right(sent, after, by_start, 20, FAR_STOP, authors)
    wanted = next((k for k in range(after, target.start) if sent.tokens[k].lower in ("agar", "supaya")), None) \
        if target is not None else None
    if wanted is not None and any(verb_like(t.lower) for t in sent.tokens[wanted + 1:target.start]):
        return None
    return target


def companion(sent: Sentence, verb: VerbMatch, target: Mention, mentions: list[Mention]) -> bool:
    """Whether the actor is who went along, after the place visited ("Tito mengunjungi Riau bersama Panglima
    TNI"; but "menggelar rapat di Jakarta bersama DPR" meets the DPR, and is no visit)."""
    return target.start > 0 and sent.tokens[target.start - 1].lower in _ALONG \
        and any(m.location and verb.end <= m.start < target.start for m in mentions)


_TOPIC_WORDS = TOPICS - {"terkait", "over"} | {"seputar"}  # (not "kementerian terkait", "over the border")
_ADDRESSED = {"kepada", "ke", "dari", "pada", "to", "from"}


def not_addressed(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Whether the actor after the verb is no party to its act: the broker of the deal agreed ("agreed to restore
    relations in a deal brokered by China"), in what a request is about, or a country discussed ("Putin and
    Erdogan discussed Syria": a topic; the partner follows "with")."""
    lows = [t.lower for t in sent.tokens[max(verb.end, target.start - 2):target.start]]
    return bool(lows) and lows[-1] in BROKERED or len(lows) == 2 and lows[0] in BROKERED \
        and lows[1] in ("by", "oleh") or topic_of_a_request(sent, verb, target) \
        or verb.text.lower().startswith("discuss") and target.kind in ("country", "metonym") \
        and "with" not in {t.lower for t in sent.tokens[verb.end:target.start]}  # "discussed Syria": a topic


def topic_of_a_request(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Whether the actor is in what a request is about, after the thing asked for ("meminta saran mengenai
    penataan lembaga penegak hukum"): no addressee (but "meminta klarifikasi soal itu kepada Malaysia" is)."""
    if verb.sense.cameo[:2] != "02" or target.start <= verb.end + 1:
        return False
    topic = next((k for k in range(verb.end + 1, target.start) if sent.tokens[k].lower in _TOPIC_WORDS), None)
    return topic is not None and all(t.text.isalpha() and t.text.islower() for t in sent.tokens[verb.end:topic]) \
        and not any(t.lower in _ADDRESSED for t in sent.tokens[topic:target.start])


def partner_after_with(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """The partner of a discussion named after its topic ("discussed Libya with Merkel")."""
    if not verb.text.lower().startswith("discuss"):
        return None
    k = next((k for k in range(verb.end, min(len(sent.tokens), verb.end + 8)) if sent.tokens[k].lower == "with"), None)
    return by_start.get(k + 1) if k is not None else None


def counted_people(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether the object of an arrest is a number of people no actor names ("menahan 52 orang yang diduga
    terlibat kericuhan", "arrested at least 28 people"): the state's own people, as the annotators code it."""
    lows = [t.lower for t in sent.tokens[verb.end:verb.end + 6]]
    k = 0
    while k < len(lows) and lows[k] in AT_LEAST:
        k += 1
    if k + 1 < len(lows) and a_count(lows[k]) and lows[k + 1] in _PEOPLE | _PERSONS:
        return True
    # "arrested a 41-year-old man", "menangkap seorang pria": one person no actor names
    k += k < len(lows) and lows[k] in _ONE
    k += k < len(lows) and lows[k].endswith("-year-old")
    return k < len(lows) and lows[k] in _PERSONS and (k == 0 or lows[k - 1] in _ONE or lows[k - 1].endswith("-old"))


_PEOPLE = {"orang", "people", "persons"}
_PERSONS = {"man", "men", "woman", "women", "suspect", "suspects", "pria", "wanita", "tersangka", "terduga",
            "pemuda", "remaja"}
_ONE = {"a", "an", "seorang", "one"}


_CRAFT = {"vessels", "vessel", "ships", "ship", "boats", "boat", "tanker", "tankers", "aircraft", "plane", "planes",
          "drone", "drones"}  # "seized three Ukrainian navy vessels": craft, not people


_SEATS = {"capital", "stronghold", "bastion"}


def captured_people(sent: Sentence, verb: VerbMatch, m: Mention) -> bool:
    """Whether what was captured is people, not ground ("captured Shining Path founder Abimael Guzman"; not
    "captured the Taliban stronghold of …", "captured the town of Brega from Gaddafi forces")."""
    tokens = sent.tokens
    owned = m.end < len(tokens) and tokens[m.end].lower in ("'", "'s", "’s", "’")  # "the rebels' de facto capital"
    return m.kind not in ("place", "country", "metonym") and not m.location \
        and not (m.end < len(tokens) and tokens[m.end].lower in GROUND | _CRAFT) \
        and not any(t.lower in GROUND for t in tokens[verb.end:m.start]) \
        and not (owned and any(t.lower in GROUND | _SEATS for t in tokens[m.end + 1:m.end + 4]))


def sent_to(tokens, reach: int, start: int, aid: bool = False) -> bool:
    """Whether the object goes to the actor at `start`: right after "ke"/"kepada" (aid also "untuk"/"bagi":
    "bantuan … berupa makanan untuk pengungsi Rohingya"), or after "ke" and a site of theirs ("59 rudal jelajah
    ke pangkalan udara Suriah", "ke pangkalan udara Al Shayrat milik Suriah", "ke berbagai wilayah Ukraina")."""
    to = ("ke", "kepada", "untuk", "bagi") if aid else ("ke", "kepada")
    for k in range(max(reach, start - 7), start):
        words = tokens[k + 1:start]
        named = any(t.text.istitle() for t in words)
        if tokens[k].lower in to and all(t.lower in SITE_WORDS or t.lower in _SPREAD or t.text.istitle()
                                                       for t in words) and (not named or words[-1].lower == "milik"):
            return True
    return False


_SPREAD = QUANTIFIERS | {"milik", "berbagai"}  # "ke berbagai wilayah Ukraina"


_MEASURES = BANS | {"sanctions", "sanksi", "restrictions", "pembatasan", "blockade", "blokade"}


def beyond_own_measure(sent: Sentence, verb: VerbMatch, source: Mention | None, target: Mention | None,
                       by_start: dict[int, Mention]) -> Mention | None:
    """ "lifted a decades-old U.S. embargo on arms sales to Vietnam": a measure the source's own country owns is
    lifted or imposed on the one named after it."""
    if source is None or target is None or target.key != source.key or verb.sense.cameo[:2] not in ("08", "16") \
            or target.end >= len(sent.tokens) or sent.tokens[target.end].lower not in _MEASURES:
        return target
    return scan_right(sent, target.end + 1, by_start, 8) or target


_SITE_NOUNS = STRUCK_SITES | SITE_WORDS | MISSIONS | {"air", "airbase", "residence", "palace", "istana", "gedung",
                                                       "kantor"}  # ("at a U.S. air base", "di Istana …")


def only_where(sent: Sentence, verb: VerbMatch, target: Mention | None) -> bool:
    """A country that only names the site where something peaceful was done ("signed a peace agreement at a U.S. air
    base in Dayton"): where, not with whom (but "attacked a U.S. base" strikes the United States, and a protest
    at an embassy is aimed at its country)."""
    if target is None or verb.sense.cameo[:2] in ("14", "15", "16", "17", "18", "19", "20") or target.start < 2 \
            or target.end >= len(sent.tokens):
        return False
    tokens = sent.tokens
    k = target.start - 1 - (tokens[target.start - 1].lower in ("a", "an", "the", "sebuah"))
    return tokens[k].lower in ("at", "di") and tokens[target.end].lower in _SITE_NOUNS


_LAUNCHES = {"menembakkan", "meluncurkan", "fired", "launched", "fires", "launches", "fire", "launch", "lobbed"}
_TOWARD = WATERS | {"arah", "toward", "towards"}


def past_the_origin(sent: Sentence, verb: VerbMatch, target: Mention | None,
                    by_start: dict[int, Mention]) -> Mention | None:
    """ "menembakkan ribuan roket dari Jalur Gaza ke Israel": where weapons are fired from is no target; the actor
    after it, if any, is."""
    if target is None or verb.text.split()[0].lower() not in _LAUNCHES or target.start < 1 \
            or sent.tokens[target.start - 1].lower not in ("dari", "from"):
        return target
    return scan_right(sent, target.end, by_start, 6)


def launched_at(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Whether missiles were launched at the target or a site of its ("meluncurkan lebih dari 100 rudal ke sejumlah
    fasilitas … Suriah"), not toward it or into the sea by it: an attack, not a test."""
    if verb.text.split()[0].lower() not in _LAUNCHES:
        return False
    between = [t.lower for t in sent.tokens[verb.end:target.start]]
    at = next((k for k, w in enumerate(between) if w in ("ke", "at", "on", "into")), None)
    return at is not None and not any(w in _TOWARD for w in between[at:])


_GUARDING = {"mengamankan", "menjaga", "melindungi", "mempertahankan", "protect", "secure", "defend", "guard"}
_FROM = {"dari", "from", "against", "terhadap"}


def guarded_against(sent: Sentence, verb: VerbMatch, source: Mention | None, target: Mention | None,
                    by_start: dict[int, Mention]) -> Mention | None:
    """Whom forces are deployed against when their purpose is to guard one's own ground from them ("TNI
    mengerahkan kapal perang untuk mengamankan perairan Natuna dari kapal-kapal penjaga pantai China", "deployed
    troops to protect the border from Russian incursions"); else the target found."""
    if verb.sense.cameo[:2] != "15" or source is None or target is not None and target.key != source.key:
        return target
    tokens = sent.tokens
    guard = next((k for k in range(verb.end, min(len(tokens), verb.end + 12)) if tokens[k].lower in _GUARDING
                  and tokens[k - 1].lower in ("untuk", "guna", "to")), None)
    mark = next((k for k in range(guard + 1, min(len(tokens), guard + 8)) if tokens[k].lower in _FROM), None) \
        if guard is not None else None
    foe = scan_right(sent, mark + 1, by_start, 8) if mark is not None else None
    return foe if foe is not None and foe.key != source.key and not foe.location else target
