"""The first object on the right of a verb or noun: the nearest actor after it in the same clause, passing
places, channels ("melalui WFP"), a law's name and quoted phrases, and stopping where a new clause, a means
("dengan menggunakan …") or a person the lexicon does not know begins. Subjects on the left are `scan`'s."""
from __future__ import annotations

from peristiwa.extract.bodies import LAW_WORDS
from peristiwa.extract.boundaries import FILLERS, ORIGIN, REFLEXIVES, TO_A_RECEIVER
from peristiwa.extract.coordination import COORD
from peristiwa.extract.document import Mention, Sentence
from peristiwa.extract.phrases import QUOTE_MARKS, VIA, apposed, held_area, owner_of_the_object, scare_quotes
from peristiwa.extract.scan import ALL_PARTIES, ARTICLES, PREPOSITIONS, RIGHT_STOP, SITES, TOPICS
from peristiwa.text.counts import a_count, past_an_amount
from peristiwa.text.morphology import verb_like
from peristiwa.text.timewords import DAY_WORDS

_MEDIATION = {"mediasi", "perantaraan", "fasilitasi", "mediation"}
_LIST_MARKERS = {"termasuk", "including", "yakni", "yaitu", "seperti", "especially", "terutama", "khususnya"}
_EVERYONE = ALL_PARTIES | {("berbagai", "pihak"), ("semua", "orang"), ("masyarakat", "internasional"),
                           ("komunitas", "internasional"), ("international", "community"), ("pemimpin", "dunia"),
                           ("world", "leaders"), ("negara", "lain"), ("negara-negara", "lain"), ("pihak", "lain"),
                           ("other", "countries"), ("other", "nations")}  # "mengajak negara lain mengikuti jejak …"
_OBJECT_PRONOUNS = {"dirinya", "dia", "beliau", "saya", "kami", "kita", "him", "them", "me", "us"}
_OWN_PEOPLE = {"kader", "jajaran", "pendukung", "anggota", "warga", "rekan", "bawahan", "simpatisan", "relawan",
               "pengikut", "staf"}
_OWN = {"its", "their", "his", "her", "our", "own"}  # "offered its troops to …": the subject's own agents
_AGAINST = {"menangkal", "menghadapi", "melawan", "mencegah", "menghalau", "membendung", "mengantisipasi",
            "menghalangi", "menekan"}
_MEANS = {"menggunakan", "memakai", "mengendarai", "menumpang", "menaiki", "naik", "using", "aboard"}
QUANTIFIERS = {"seluruh", "semua", "segenap", "para", "beberapa", "sejumlah", "banyak"}
_FUNCTION_WORDS = {"untuk", "agar", "supaya", "guna", "akan", "bahwa", "yang", "dapat", "bisa", "harus",
                   "ingin", "mau", "hendak", "berusaha", "mencoba", "terus", "kembali", "secara", "segera", "lagi"}


def _nearest_country(by_start: dict[int, Mention], pos: int) -> str:
    """The country of the last actor before `pos`, whose own agents "its troops" are (unless the sentence gave them
    another owner: "Djibouti accused Eritrea of attacking its troops")."""
    before = [m for m in by_start.values() if m.end <= pos and not m.location]
    return max(before, key=lambda m: m.end).country if before else ""


_ENVOYS = {"besar", "dubes", "ambassador", "envoy"}  # (a verb's last word that names an envoy: "menarik Duta Besar")


def scan_right(sent: Sentence, pos: int, by_start: dict[int, Mention], limit: int,
                stops: set[str] = RIGHT_STOP, authors: bool = False) -> Mention | None:
    """The first actor after `pos` in the same clause (not a place, not the subject's own agents)."""
    j, n = pos, len(sent.tokens)
    english = sent.lang == "en"
    while j < n and j - pos < limit:
        m = by_start.get(j)
        if m is not None and english and j > 0 and sent.tokens[j - 1].lower == "what" and m.end < n \
                and sent.tokens[m.end].lower in _SAID_IT_WAS:
            j = m.end + 1  # "struck what New Delhi said was a militant training camp inside Pakistan": the speaker
            continue  # names what was struck, and is not struck
        if m is not None and j == pos and m.kind == "person" and pos > 0 and _ENVOYS.intersection(
                (sent.tokens[pos - 1].lower, sent.tokens[pos].lower)) and m.country == _nearest_country(by_start, pos):
            j = m.end  # "menarik Duta Besar Paul Grigson dari Jakarta", "recalled ambassador Paul Grigson from
            continue  # Jakarta": the subject's own envoy the verb names, not its target
        if m is not None:
            owner = owner_of_the_object(sent, j, m, by_start, authors) if not english and (j == pos or j - pos <= 4
                and all(t.text.isalpha() and not verb_like(t.lower) and t.lower not in stops and t.lower not in _PLAIN
                        for t in sent.tokens[pos:j])) else None  # "menawarkan sistem pertahanan rudal Rusia ke Saudi"
            if owner is not None:
                return owner
            if authors and j > pos and sent.tokens[j - 1].lower in TO_A_RECEIVER and any(
                    v.sense.voice == "noun" and v.end < j
                    and (v.start == pos or v.start == pos + 1 and sent.tokens[pos].lower in ARTICLES)
                    for v in sent.verbs):
                return None  # "memprotes penjualan senjata ke Taiwan": the buyer is not whom a protest is aimed at
                # (but "memasukkan protes soal ranjau darat ke pemerintah Myanmar" is lodged with Myanmar)
            if not m.location and not (m.kind == "agent" and j > 0 and sent.tokens[j - 1].lower in _OWN
                                       and m.country == _nearest_country(by_start, pos)):
                return m
            limit += (m.end - m.start) * m.location  # (a place passed does not count: "rallies in the Gaza Strip
            j = m.end  # against the party's leader")
            continue
        low = sent.tokens[j].lower
        channel = j + 1 + (j + 1 < n and sent.tokens[j + 1].lower == "the")
        if low in VIA and by_start.get(channel) is not None:
            j = by_start[channel].end  # "bantuan beras kepada tetangganya melalui WFP": the channel, not the target
            continue
        if low == "atas" and j + 1 < n and sent.tokens[j + 1].lower == "nama":
            return None  # "Ucapkan Duka Atas Nama Rakyat Indonesia": on behalf of, not to
        if j - pos <= 4 and low in LAW_WORDS:  # "setuju dengan Revisi UU KPK", "menolak RUU KUHP": the object
            # is a law; its author may follow ("menolak revisi UU KPK oleh DPR")
            by = next((k for k in range(j + 1, min(n - 1, j + 8)) if sent.tokens[k].lower in ("oleh", "by")), None)
            return by_start.get(by + 1) if by is not None else None
        # "para pemimpin dunia", "meminta kepada semua pihak"
        first = j == pos or j == pos + 1 and sent.tokens[pos].lower in ("para", "the", "kepada", "to")
        if first and j + 1 < n and (low, sent.tokens[j + 1].lower) in _EVERYONE:
            return None  # "meminta semua pihak memberikan kesempatan kepada para menteri": everyone is asked
        if not english and j == pos and sent.tokens[j].is_title and low.isalpha() and not sent.headline \
                and low not in FILLERS and j + 1 < n and sent.tokens[j + 1].lower in ("ke", "dari", "kepada"):
            return None  # "memulangkan Musammah ke Indonesia": a person the lexicon does not know is the object
        if low.endswith("nya") and low[:-3] in _OWN_PEOPLE and pos > 0 and verb_like(sent.tokens[pos - 1].lower) and (
                j == pos or j == pos + 1 and sent.tokens[pos].lower in QUANTIFIERS):
            return None  # "meminta seluruh kadernya terus mengawal kebijakan Presiden": its own people are asked
        if english and j == pos and low in REFLEXIVES:
            return None  # "barricaded themselves inside a Serbian Orthodox monastery": the subject is its own object
        if j == pos and low in _OBJECT_PRONOUNS and by_start.get(j + 1) is None:
            return None  # "Jokowi meminta dirinya tidak berangkat ke Amerika Serikat": the object is a person
            # (but "meminta kami DPR …" names who "kami" are)
        if low in ("dengan", "with") and j + 1 < n and sent.tokens[j + 1].lower in _MEANS:
            return None  # "mengunjungi kawasan perairan … dengan menggunakan sebuah kapal perang": the means
        if low in ("dengan", "with") and any(t.lower in _MEDIATION for t in sent.tokens[j + 1:j + 3]):
            return None  # "memulai perundingan … dengan mediasi Kuba": the mediator, not the partner
        if english and j == pos and low in ("on", "over") and pos > 0 and sent.tokens[pos - 1].lower in _ACCORDS:
            return None  # "reached a provisional arrangement on resupply missions to a Philippine warship": the topic
        if english and low in ("on", "about") and sent.tokens[j - 1].lower in _DATA:
            return None  # "sharing real-time warning data on North Korean missile launches": the topic
        if j == pos and low in ("dan", "serta", "and") and by_start.get(j + 1) is not None and pos > 0 \
                and verb_like(sent.tokens[pos - 1].lower):
            return None  # "13 anggota lainnya mendukung dan Inggris abstain": an actor after "dan" opens a clause
        if low in ("dan", "serta", "untuk", "guna", "demi", "hingga", "sampai") and j > pos and j + 1 < n \
                and verb_like(sent.tokens[j + 1].lower) and not english \
                and not (low != "dan" and sent.tokens[j + 1].lower in _AGAINST):  # "untuk menangkal pengaruh Cina"
            return None  # "mengecam serangan tersebut dan menekankan dukungan Prancis": a new clause begins
        if low == "," and not english and by_start.get(j + 1) is not None \
                and apposed(sent, pos, j, by_start[j + 1].kind):
            return by_start[j + 1]  # "memberikan dukungan kepada cagub-cawagub, Edy Rahmayadi", "menangkap
            # YIK (31), warga Tanjung Sari": the name or the description in apposition to the object
        if low == "," and not english and (owner := _owner_past_a_list(sent, pos, j, by_start)) is not None:
            return owner  # "sanksi terhadap sektor minyak, perkapalan, dan perbankan Iran": the owner of them all
        if low == "yang" and j > pos and j + 1 < n and sent.tokens[j + 1].lower in ORIGIN:
            j += 2  # "menyandera pilotnya yang berkewarganegaraan Selandia Baru": the object's nationality
            continue
        if low == "," and j + 1 < n and sent.tokens[j + 1].lower in _LIST_MARKERS:
            if j + 2 < n and sent.tokens[j + 2].lower in TOPICS:
                return None  # "mendorong upaya pemberantasan korupsi, terutama terkait mantan PM Najib": a topic
            j += 2  # "memperingatkan pesaingnya, termasuk Tiongkok"
            continue
        if not english and j == pos + (sent.tokens[pos].lower in QUANTIFIERS) and m is None \
                and sent.tokens[j].text.islower() and low.isalpha() \
                and not verb_like(low) and low not in _NOT_AN_OBJECT \
                and low not in stops and j + 1 < n and by_start.get(j + 1) is None \
                and (verb_like(sent.tokens[j + 1].text) or sent.tokens[j + 1].lower in ("mereka", "kami", "kita")):
            return None  # "melarang pengunjung memotret patung-patung pemimpin", "menuding tujuan mereka": no actor
        name = j - 1 - (j > pos + 1 and sent.tokens[j - 1].lower in _AUXILIARIES)  # "menuding Butina telah bekerja …"
        if not english and j > pos and verb_like(low) and sent.tokens[name].text.istitle() \
                and by_start.get(name) is None and sent.tokens[name].text.isalpha() and name >= pos:
            return None  # "menuduh Veronica menyebarkan kabar bohong di asrama Mahasiswa Papua": a person not
            # known as an actor is the object, and what follows belongs to the clause they start
        if not english and low == "di" and any(by_start.get(k) is not None and all(
                t.text.islower() and t.text.isalpha() and t.lower not in SITES for t in sent.tokens[j + 1:k])
                                                for k in (j + 2, j + 3)):
            return None  # "mencopot kain hitam di logo KPK": a thing its owner names (but a protest "di depan
            # gerbang DPR" is at the DPR)
        if english and j > pos and low.endswith("ed") and sent.tokens[j - 1].lower not in ARTICLES \
                and any(v.start == j and v.sense.voice != "noun" for v in sent.verbs):
            return None  # "executed two men convicted of spying for Israel": the object's own clause (but
            # "jailed 52 members of the banned MASSOB": an adjective)
        if english and low == "of" and j > pos and j + 1 < n and sent.tokens[j + 1].lower.endswith("ing"):
            return None  # "convicted two men of spying for Israel": the object came before the charge
        if low in QUOTE_MARKS and scare_quotes(sent, pos, j):
            j += 1  # 'mengecam "serangan sistematis" aparat keamanan Myanmar': a quoted phrase, not a quotation
            continue
        if (held := held_area(sent, j)) is not None:
            j = held  # "wilayah yang dikuasai pemberontak": the holder, struck there
            continue
        if low in ("about", "over") and j + 1 < n and a_count(sent.tokens[j + 1].lower):
            j += 1  # "holding about 500 U.N. peacekeepers hostage": a count, not a topic
            continue
        if low in stops and not (low in ("tanpa", "over") and _passed_over(sent.tokens, j)):
            locative = low in {"di", "in", "at", "on", "pada"}
            # a time or place phrase ("pada Senin", "in late February") does not end the clause; an
            # Indonesian "di/pada" + actor is a place, after which the target is not sought further
            if not (locative and (english or by_start.get(j + 1) is None)):
                return None
        j += 1
    return None


def _owner_past_a_list(sent: Sentence, pos: int, comma: int, by_start: dict[int, Mention]) -> Mention | None:
    """The country that a list of plain nouns ends with ("sektor minyak, perkapalan, dan perbankan Iran"): every
    item is lowercase and no verb stands in it."""
    tokens = sent.tokens
    plain = [t for t in tokens[pos:comma] if t.lower not in PREPOSITIONS]
    if not plain or not all(t.text.isalpha() and t.text.islower() and not verb_like(t.lower) for t in plain):
        return None
    joined, k = False, comma + 1
    while k < min(len(tokens), comma + 10):
        m = by_start.get(k)
        if m is not None and m.kind == "agent" and not joined:
            k = m.end  # an item the lexicon reads as the owner's ("perusahaan" of "…, dan pejabat Rusia")
            continue
        if m is not None:
            return m if joined and m.kind != "person" and not m.location and tokens[k - 1].lower not in COORD else None
        low = tokens[k].lower
        joined = joined or low in ("dan", "serta")
        if not (low in (",", "dan", "serta") or tokens[k].text.isalpha() and tokens[k].text.islower()
                and not verb_like(low) and low not in PREPOSITIONS):
            return None
        k += 1
    return None


def _passed_over(tokens, j: int) -> bool:
    """A stop word that does not end the clause: drones "tanpa awak" (without crew), "over 100 schoolgirls"."""
    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return tokens[j].lower == "tanpa" and nxt.lower() == "awak" or tokens[j].lower == "over" and nxt[:1].isdigit()


_AUXILIARIES = {"telah", "sudah", "akan", "juga", "pernah", "sedang", "masih", "tidak", "tak", "belum"}
# word sets joined once, not per token
_PLAIN = PREPOSITIONS | FILLERS
_NOT_AN_OBJECT = FILLERS | PREPOSITIONS | COORD | _FUNCTION_WORDS


def past_listed_means(sent: Sentence, pos: int) -> int | None:
    """Where the preposition after a list of what was fired stands ("menembakkan gas air mata, semprotan merica, dan
    peluru karet ke arah ribuan pengunjuk rasa"): the list goes on past a comma with lowercase words only."""
    tokens = sent.tokens
    if pos >= len(tokens) or tokens[pos].text != ",":
        return None
    for k in range(pos + 1, min(len(tokens), pos + 12)):
        low = tokens[k].lower
        if low in ("on", "pada") and k + 1 < len(tokens) and tokens[k + 1].lower in DAY_WORDS:
            continue  # "…, rubber bullets and bean bag rounds on Wednesday at protesters"
        if low in DAY_WORDS and k > 0 and tokens[k - 1].lower in ("on", "pada"):
            continue
        if low in ("ke", "kepada", "terhadap", "at", "on"):
            return k if any(t.lower in ("dan", "and", "serta") for t in tokens[pos:k]) else None
        if not (low in (",", "dan", "and", "serta") or tokens[k].text.isalpha() and tokens[k].text.islower()) \
                or any(v.start == k for v in sent.verbs):
            return None  # (another act begins)
    return None


_ACCORDS = {"agreement", "arrangement", "deal", "accord", "understanding", "consensus", "compromise", "truce"}
_DATA = {"data", "intelligence", "information"}


_SAID_IT_WAS = {"said", "says", "called", "calls", "described", "claimed", "claims", "believed", "believes"}


def past_its_value(tokens, k: int) -> int:
    """Past the value an act noun is given ("paket bantuan senilai 2,5 miliar dolar AS untuk Ukraina") when a
    preposition follows it: the currency's country is no target."""
    end = past_an_amount([t.lower for t in tokens[k:k + 12]], 0) + k
    return end if end < len(tokens) and tokens[end].lower in PREPOSITIONS else k
