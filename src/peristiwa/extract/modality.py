"""Modality of a reported event: asserted, claimed, future, hypothetical or negated."""
from __future__ import annotations

from peristiwa.extract.answers import ANSWERING, answering_word
from peristiwa.extract.boundaries import CONDITIONS
from peristiwa.extract.document import Sentence, VerbMatch
from peristiwa.extract.governing import accused_of, governed, in_a_draft
from peristiwa.extract.negation import denies_nothing, kept_from
from peristiwa.text.morphology import verb_like

# refusing, failing or calling off an act before its verb ("menolak menyerang"); before a noun only a refusal
# of it, which other checks read ("menolak revisi UU KPK")
_REFUSALS = {"refused", "menolak", "gagal", "failed", "batal", "membatalkan", "batalkan", "dibatalkan", "cancelled",
             "canceled", "scrapped", "kesulitan", "struggled", "kegagalan", "failure"}  # "polisi kesulitan untuk
# menangkapnya": not (yet) done
NEGATION = _REFUSALS | {"tidak", "tak", "belum", "bukan", "tanpa", "enggan", "jangan", "not", "never", "n't", "didn't",
                        "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "weren't",
                        "urung", "mengurungkan",  # "Rusia urung menyerang": called it off
                        "melarang"}  # "Polisi melarang Ratna Sarumpaet bertemu Ahok": forbidden
TOLD = frozenset({"asserted", "claimed"})  # reported as happened: the modalities scored and stored as events
_ALMOST = {"hampir", "nyaris", "nearly", "almost"}  # "hampir mencapai kesepakatan": not (yet) reached
_BEGIN = {"begin", "start", "make", "pay", "hold", "launch"}  # "due to begin a state visit"
_ASKING = {"akankah", "apakah", "mungkinkah", "bisakah", "benarkah", "will", "would", "could", "can", "should", "is",
           "are", "did", "does", "do"}  # a question that opens with them asks whether
DENIAL = {"membantah", "menyangkal", "denied", "denies", "deny", "dibantah",
          "bantah", "sangkal"}  # headline forms: "Iran Bantah Serang Fasilitas Minyak Saudi"
FUTURE = {"rencana", "planned", "proposed", "akan", "bakal", "berencana", "hendak", "rencananya", "dijadwalkan", "will", "plans", "planned",
          "direncanakan", "merencanakan", "bermaksud",  # "bermaksud meminta daftar …": intends to
          "menjadwalkan", "bertekad", "berjanji",  # "menjadwalkan pemeriksaan …", "bertekad untuk mendukung …"
          "diprediksi", "diprediksikan",  # "Ribuan massa diprediksi turun ke jalan pada 4 November": foreseen
          "insyaallah", "insya",  # "Insyaallah kita sepakati dengan Bulog": God willing, still to come
          "agar", "supaya",  # "Tekan Turki agar Hancurkan Sistem Rudal": wanted, not done
          "plan", "intends", "scheduled", "to", "untuk", "ingin", "berniat", "siap", "mau", "bersiap",
          "mempersiapkan", "menyiapkan", "preparing", "prepares", "prepare",  # "preparing a major offensive"
          "janji", "janjinya",  # "Kecam Netanyahu soal Janji Caplok Tepi Barat": promised
          "poised", "slated", "planning"}  # "Israel is poised to strike": scheduled ("due" only right before "to"
# + the verb)
_WILLING = {"setuju"}  # right before the act: "telah setuju untuk menulis surat kepada …" (agreed to, not
# yet done; but "massa yang setuju dengan revisi UU KPK bentrok …" agrees with something)
# what an act is for, as others describe it ("pansus ini bertujuan untuk mengkaji ulang posisi KPK"): not yet done,
# nor an intent anyone stated
AIMS = {"bertujuan", "tujuannya", "dimaksudkan", "ditujukan", "dirancang", "aims", "aimed", "aiming", "intended",
        "designed"}
FUTURE |= AIMS
HYPOTHETICAL = {"potensi", "kemungkinan", "potential", "possible", "possibly", "jika", "jikalau", "kalau", "apabila",
                "bila", "seandainya",
                "andaikan", "kalaupun", "bisa", "dapat",
                "mungkin", "berpotensi", "if", "could", "might", "may", "would", "unless", "should", "must", "harus",
                "mesti", "wajib", "perlu", "saatnya", "waktunya",  # "Saatnya Jokowi Undang …": not yet done
                "seharusnya", "harusnya", "semestinya", "mestinya", "sepatutnya", "selayaknya",
                "sebaiknya",  # "AS seharusnya memberikan …": ought to
                "peluang", "berpeluang",  # "membuka peluang polisi untuk segera menetapkan …": a chance
                "seakan", "seakan-akan", "seolah", "seolah-olah",  # "seakan mengancam posisi …": as if
                "mari", "marilah", "ayo",  # "Mari kita dukung penuh …": let us, an exhortation
                "undangan",  # "menerima undangan untuk bertemu Presiden": invited, not (yet) met
                "expected", "likely"}  # "Russia is expected to attack Ukraine": foreseen by others, not announced
CLAIMED = {"menurut", "diduga", "dituduh", "disebut", "disebut-sebut", "dikabarkan", "dilaporkan", "diklaim",
           "mengklaim", "konon", "kabarnya", "reportedly", "allegedly", "alleged", "according", "claimed",
           "claims", "purportedly", "dicurigai", "tuduhan"}


# words after the verb that still attribute the whole report ("…, according to the Canadian Press")
_ATTRIBUTED = {"menurut", "according", "reportedly", "dikabarkan", "dilaporkan", "kabarnya", "konon", "purportedly",
               "claimed", "claims", "mengklaim", "diklaim"}


_WISH = {"berharap", "mengharapkan", "diharapkan", "harapkan", "mudah-mudahan", "semoga", "hope", "hopes", "hoped",
         "hoping", "wish", "wishes", "wished",
         "mudahan"}  # "Mudah - mudahan pemerintah juga mendukung": the wish split at a spaced hyphen
WHETHER = {"apakah", "whether",  # "tak tahu apakah DPR akan menyurati Presiden": an open question
           "tidaknya", "ataukah"}  # "jadi tidaknya aksi militer …": whether or not; "… ataukah X berkoalisi"
_HAPPEN = {"berlangsung", "terjadi", "digelar", "diadakan", "dilakukan", "dilaksanakan", "take", "happen",
           "occur", "go"}


def _reported_future(lows: list[str], verb_start: int, window: list[str], speech: frozenset[str]) -> list[str]:
    """ "said they would boycott …": in reported speech "would" is the future of "will", not a hedge."""
    if "would" not in window:
        return window
    at = max(i for i in range(verb_start) if lows[i] == "would")
    if any(w in speech or w in _PROMISING for w in lows[max(0, at - 6):at]):  # (or promised: "pledged that
        return [("will" if w == "would" else w) for w in window]  # Moscow would keep supplying …")
    return window


_PROMISING = {"pledged", "promised", "vowed", "assured", "pledges", "promises", "vows", "assures"}


def _willing(lows: list[str], verb_start: int) -> bool:
    """Agreed or willing to do it, right before the act ("setuju (untuk) menulis surat …")."""
    prev = verb_start - 1 - (verb_start > 1 and lows[verb_start - 1] == "untuk")
    return prev >= 0 and lows[prev] in _WILLING


def _wished(lows: list[str], verb_start: int) -> bool:
    """A hope within the verb's clause ("berharap pihak pemerintah segera memberikan …"), or a desire right before the
    act ("keinginan Indonesia untuk dorong peran …", "keinginannya bertemu dengan …")."""
    if any(w in ("keinginan", "keinginannya", "desire") for w in lows[max(0, verb_start - 3):verb_start]):
        return True
    for w in reversed(lows[max(0, verb_start - 8):verb_start]):
        if w in _WISH:
            return True
        if w in (",", ";", "dan", "serta", "tetapi", "namun", "and", "but"):
            return False
    return False


def noun_modality(sent: Sentence, noun_end: int) -> str:
    """ "pertemuan AS dan Iran bisa berlangsung": an event noun whose own predicate is hedged; "pertemuan Jokowi
    dengan Mahathir dibatalkan" (called off: not done), "kunjungan Trump ke Inggris ditunda" (put off: to come)."""
    lows = [t.lower for t in sent.tokens[noun_end:noun_end + 16]]  # ("Pertemuan Presiden … dengan pimpinan KPK
    # untuk membahas revisi UU KPK batal digelar")
    end = next((k for k, w in enumerate(lows) if w in _NOUN_CLAUSE_ENDS), len(lows))
    called_off = next((w for w in lows[:end] if w in _CALLED_OFF), None)
    if called_off is not None:
        return _CALLED_OFF[called_off]
    lows = lows[:8]
    for k, w in enumerate(lows):
        if w in _HAPPEN:
            hedge = lows[max(0, k - 2):k]
            if any(h in HYPOTHETICAL for h in hedge):
                return "hypothetical"
            if any(h in FUTURE and h not in {"to", "untuk", "siap", "mau", "ingin"} for h in hedge):
                return "future"
            return ""
    return ""


_CALLED_OFF = {"dibatalkan": "negated", "batal": "negated", "cancelled": "negated", "canceled": "negated",
               "scrapped": "negated", "ditunda": "future", "diundur": "future", "postponed": "future",
               "delayed": "future"}
_NOUN_CLAUSE_ENDS = {",", ".", ";", ":", "yang", "which", "who", "that", "bahwa", "but", "tetapi", "namun", "karena",
                     "because", "setelah", "after", "sebelum", "before", "ketika", "when"}


GLAD = {"senang", "bangga", "bersyukur", "beruntung", "gembira", "bahagia"}  # "Senang Bisa Bertemu Jokowi": did


# "agar"/"supaya", and a rule that requires it ("poin yang mengharuskan KPK berkoordinasi dengan Kejagung")
WANTED = {"agar", "supaya", "mengharuskan", "mewajibkan"}


def _wanted_by_another(lows: list[str], clause_start: int, verb_start: int) -> bool:
    """ "mengusulkan agar Presiden Jokowi mengadakan rapat …": what another wants the subject to do (but
    "agar massa yang berdemo … tidak berbuat onar": the protest took place)."""
    wanted = [k for k in range(max(0, clause_start - 6), clause_start) if lows[k] in WANTED]
    return bool(wanted) and "yang" not in lows[wanted[-1] + 1:verb_start] and not any(
        w.isalpha() and w.startswith(("me", "ber", "di")) and len(w) > 5 for w in lows[clause_start:verb_start])
    # ("supaya membukakan akses bagi tim KBRI untuk berkomunikasi dengan …": all of it wanted)


def _opening_modal(lows: list[str], clause_start: int, verb_start: int, passive: bool = False,
                   appositive: frozenset[int] = frozenset()) -> list[str]:
    """A modal that opens the clause before its subject, which ends at `clause_start` ("Akan kita undang …",
    "Saatnya Jokowi Undang …", "Sudah saatnya pemerintah …"): it holds for the verb after the subject too;
    but a plan before a passive verb is what is acted on ("Rencana Israel dikecam oleh Turki")."""
    for k in range(clause_start - 1, max(-1, clause_start - 7 - 2 * bool(appositive)), -1):
        if lows[k] in _OPENING_MODALS and lows[k + 1] != "tetapi" \
                and not (passive and lows[k] in _PLAN_NOUNS):  # (not "Akan tetapi": however)
            return [lows[k]] if k == 0 or lows[k - 1] in (",", ":", '"', "“", "sudah", "kini", "sekarang") \
                or lows[k] in _PLAN_NOUNS and "yang" not in lows[clause_start:verb_start] else []
            # "Kutuk Rencana Netanyahu Caplok Tepi Barat": planned (but "rencana X yang meminta …": X asked)
        if not lows[k].isalnum() and k not in appositive:  # ("rencana Perdana Menteri Israel, Benjamin
            return []  # Netanyahu untuk mencaplok …": a name in apposition)
    return []


_PLAN_NOUNS = {"rencana", "niat", "ancaman", "peluang", "kegagalan"}  # "membuka peluang polisi untuk menetapkan …": a
# chance; "kecewa dengan kegagalan AS dan Taliban mencapai kesepakatan": not reached
_OPENING_MODALS = {"akan", "bakal", "saatnya", "waktunya", "harus", "mesti", "perlu",
                   "insyaallah", "insya", "mari", "marilah", "ayo"} | _PLAN_NOUNS  # ("Mari kita dukung …")


# "guna menghindari bentrok lebih lanjut", "mencegah terjadinya serangan", "to avoid a war": kept from happening
_ABLE = {"mampu", "sanggup"}  # "sistem yang akan mampu mencegat jet tempur": a capability, right before the verb
_WITHOUT = {"tanpa", "without"}
_WITHOUT_MODALS = {"harus", "perlu", "mesti", "pernah", "sempat", "terlebih", "lebih", "having", "ever", "first",
                   "being"}  # "tanpa harus menyerang", "tanpa pernah diperiksa": not done


_TRYING = {"upaya", "usaha", "berupaya", "berusaha", "mencoba", "mengupayakan", "attempt", "attempts", "attempted",
           "attempting", "effort", "efforts", "tried", "tries", "trying", "seeking", "seeks", "sought",
           "mengajukan", "mengusulkan", "requested", "proposed"}  # "mengajukan pertemuan dengan Jokowi": asked for


def attempted(sent: Sentence, verb: VerbMatch, source_start: int, clause_start: int) -> bool:
    """A meeting the subject tries to bring about ("upaya Korsel untuk memulai kembali dialog dengan Korea
    Utara", "berusaha bertemu"): an intent to meet (036), not a meeting."""
    lows = [t.lower for t in sent.tokens]
    between = lows[max(clause_start, verb.start - 5):verb.start]
    tries = [i for i, w in enumerate(between) if w in _TRYING]  # "berusaha (untuk) bertemu", not past a comma
    return source_start > 0 and lows[source_start - 1] in _TRYING and not {",", "yang", "which"} & set(between) \
        or bool(tries) and "," not in between[tries[0]:]


def last_of_a_list(lows, i: int) -> bool:
    """Whether token i opens the last of a list of predicates (", serta menuding …", ", dan menyalahkan …")."""
    return i > 0 and lows[i - 1] == "," and (lows[i] == "serta" or lows[i] == "dan" and i + 1 < len(lows)
                                               and verb_like(lows[i + 1]))


def modality_of(sent: Sentence, verb_start: int, clause_start: int, speech: frozenset[str] = frozenset(),
                passive: bool = False) -> str:
    """Read the words between the clause start (the source) and the verb, and the sentence's hedges."""
    lows = [t.lower for t in sent.tokens]
    if lows and lows[0] in _ASKING and lows[-1] == "?":
        return "hypothetical"  # "Akankah Trump Balas Serangan Kilang Aramco dengan Gempur Iran?": only asked
    appositive = frozenset(k for k in range(max(0, clause_start - 6), clause_start)
                           if lows[k] == "," and k + 1 < len(lows) and sent.tokens[k + 1].is_title)
    opening = _opening_modal(lows, clause_start, verb_start, passive, appositive)
    window = lows[max(clause_start, verb_start - 6):verb_start] + opening
    if verb_start > 0 and lows[verb_start - 1] in ("dan", "serta", "sekaligus", "and", "untuk", "guna", "to") \
            and clause_start < verb_start:
        # "akan mengirim pasukan ke perbatasan dan melatih …": a coordinated verb shares the first one's mood,
        # as does a purpose ("mungkin akan melancarkan operasi skala besar di Gaza untuk menghancurkan Hamas")
        window = lows[clause_start:verb_start] + opening
    window = [w for i, (w, nxt) in enumerate(zip(window, window[1:] + [""]))
              if not (w in NEGATION and denies_nothing(nxt))
              and not (w in _REFUSALS and nxt and not verb_like(nxt) and not {"untuk", "to"} & set(window[i + 1:]))
              and not (w in _WITHOUT and nxt and not verb_like(nxt) and nxt not in _WITHOUT_MODALS)]
    # ("menembakkan roket tanpa pandang bulu dan membunuh warga sipil": indiscriminately, but they killed)
    # ("menolak revisi UU KPK dan sebelumnya mempersoalkan …": a rejection of its own, not a refusal to act; but
    # "membatalkan rencananya untuk bertemu Kim": cancelled)
    window = [w for k, (w, prev) in enumerate(zip(window, [""] + window))
              if not (w in ("bisa", "dapat") and prev in GLAD)
              and not (w in ("planned", "proposed") and prev in _BEFORE_AN_ADJECTIVE and len(window) - k > 2)]
    # ("called off planned protests after meeting Kenyatta": the protests were planned, the meeting held; but
    # "the planned visit")
    listed = max((i for i in range(1, verb_start) if last_of_a_list(lows, i)), default=0)
    before = lows[listed:verb_start]  # "membantah laporan Malaysia …, serta menuding Malaysia …": not denied
    if any(w in DENIAL for w in before) and not (verb_start > 0 and lows[verb_start - 1] in _IN_TURN):
        return "negated"
    if any(w in NEGATION for w in window) or kept_from(lows, verb_start) or lows[max(0, verb_start - 2):verb_start] \
            == ["yet", "to"]:  # "Bolsonaro has yet to congratulate Biden": not (yet) done
        return "negated"
    window = _reported_future(lows, verb_start, window, speech)
    if any(w in HYPOTHETICAL for w in window) or any(w in CONDITIONS for w in before) \
            or any(w in WHETHER for w in lows[max(0, min(clause_start, verb_start) - 3):verb_start]) \
            or verb_start > 0 and lows[verb_start - 1] in _ABLE \
            or _possible(sent, lows, clause_start) \
            or _wished(lows, verb_start) or _wanted_by_another(lows, clause_start, verb_start):
        return "hypothetical"  # "Dia berharap pihak pemerintah segera memberikan bantuan": only hoped for
    lead = lows[max(0, verb_start - 4):verb_start]  # "is due to attack", "is due to begin a state visit";
    # "masih terbuka untuk bertemu kembali dengan Kim": open to it
    if (any(w in FUTURE and w not in {"to", "untuk"} for w in window) or any(
            lead[k:k + 2] in (["due", "to"], ["set", "to"], ["poised", "to"], ["slated", "to"], ["terbuka", "untuk"])
            and (k + 2 == len(lead) or lead[k + 2] in _BEGIN) for k in range(len(lead) - 1))
            or _willing(lows, verb_start) or to_be_done(lows, verb_start)) \
            and not any(a == "akan" and b == "terus" for a, b in zip(window, window[1:])):  # ("is set to host")
        return "future"  # "akan terus menyerukan" (will keep calling) is an ongoing, asserted act
    # a claim word after the verb qualifies its object ("allowed UN inspectors to visit the site of the alleged
    # chemical attack": the attack is alleged, the permission told); an attribution still covers the act
    claims = lows if "claims" not in lows else [  # ("protested Tokyo's claims to the islands": a noun, protested)
        w if not (w == "claims" and k > 0 and lows[k - 1] in _OWNED) else "" for k, w in enumerate(lows)]
    if any(w in CLAIMED for w in claims[:verb_start]) or any(w in _ATTRIBUTED for w in claims[verb_start:]) \
            or reported_to_have(lows, verb_start) is not None:
        return "claimed"
    return "asserted"


def to_be_done(lows: list[str], verb_start: int) -> bool:
    """ "a summit to be hosted by Macron", "the deal, to be signed on Friday": a passive infinitive is yet to
    happen (but "said to be behind", "believed to be planned" report, "seemed to be" hedge)."""
    return lows[max(0, verb_start - 2):verb_start] == ["to", "be"] and (verb_start < 3 or lows[verb_start - 3]
                                                                       not in _REPORTED_AS)


_REPORTED_AS = {"said", "reported", "believed", "thought", "known", "alleged", "understood", "seemed", "seems",
                "appeared", "appears", "likely", "expected"}
_IN_TURN = {"balik", "justru", "malah"}  # "membantah tuduhan itu dan balik menuding Kyiv …": a counter-accusation
_BEFORE_AN_ADJECTIVE = {"the", "a", "an", "its", "their", "his", "her", "off", "of", "against", "on", "over"}


def reported_to_have(lows: list[str], verb_start: int) -> int | None:
    """Where the be-verb stands in "North Korea is believed to have sold …", "Iran is said to have supplied …":
    others say the subject before it did the act."""
    k = verb_start - 1 - (verb_start > 0 and lows[verb_start - 1] == "have")  # at "to"
    ok = k >= 3 and lows[k] == "to" and lows[k - 1] in _SAID_TO and lows[k - 2] in ("is", "are", "was", "were")
    return k - 2 if ok else None


_SAID_TO = {"believed", "said", "thought", "reported", "alleged", "understood", "suspected"}
_OWNED = {"'s", "’s", "the", "its", "their", "his", "her", "these", "those", "territorial", "maritime", "rival"}


def _enabled(sent: Sentence, clause_start: int) -> bool:
    """A passive whose subject something only enables or could make suffer it ("memungkinkan warga diadili",
    "bisa membuat warga Hong Kong diadili")."""
    lows = [t.lower for t in sent.tokens[max(0, clause_start - 6):clause_start]]
    return "memungkinkan" in lows or any(a in ("bisa", "dapat") and b == "membuat" for a, b in zip(lows, lows[1:]))


def _possible(sent: Sentence, lows: list[str], clause_start: int) -> bool:
    """Whether the subject follows "kemungkinan" (the possibility that): "ditanya tentang kemungkinan Amerika Serikat
    akan mengurangi sanksi", "tidak menutup kemungkinan dia akan mengunjungi …"."""
    k = next((k for k in range(clause_start - 1, max(-1, clause_start - 6), -1) if lows[k] in ("kemungkinan",
                                                                                               "possibility")), None)
    return k is not None and all(t.is_title or t.lower in _BEFORE_A_SUBJECT for t in sent.tokens[k + 1:clause_start])


_BEFORE_A_SUBJECT = {"bahwa", "that", "of", "the", "dia", "ia", "mereka", "he", "she", "they"}


def event_modality(sent: Sentence, verb: VerbMatch, clause_start: int, speech: frozenset[str] = frozenset()) -> str:
    """The modality of the event a verb or noun reports: its clause, a hedge on an event noun
    ("pertemuan … bisa berlangsung"), or a governing appeal, promise, demand, refusal or threat."""
    if verb.sense.voice == "noun" and verb.sense.cameo[:2] in ("02", "03", "10", "11") and verb.start > 0 \
            and (answering_word(sent, verb) in ANSWERING - {"menerima"}
                 or verb.sense.cameo[:2] == "11" and sent.tokens[verb.start - 1].lower in DENIAL):
        # "menolak permintaan Johnson", "akan mempertimbangkan permintaan Jokowi", "membantah tudingan Malaysia":
        # whatever the answer, the request, offer or accusation was made (but "belum menerima permintaan dari
        # Polri": none has arrived)
        return "claimed" if verb.sense.cameo[:2] != "11" and any(t.lower in CLAIMED for t in sent.tokens) \
            else "asserted"  # (an accusation's own word is no hedge on it: "membantah tuduhan AS")
    modality = modality_of(sent, verb.start, clause_start, speech, verb.sense.voice == "passive")
    if modality == "negated" and verb.sense.cameo.startswith("016") and not any(
            t.lower in NEGATION for t in sent.tokens[max(clause_start, verb.start - 4):verb.start]):
        modality = "asserted"  # "denied any involvement …, rejecting accusations by …": a denial that goes on
    if modality in TOLD and verb.sense.voice == "passive" and _enabled(sent, clause_start):
        modality = "hypothetical"  # "RUU ekstradisi yang memungkinkan warga diadili di China": it could be
    if modality == "asserted" and verb.sense.voice == "noun":
        modality = noun_modality(sent, verb.end) or modality
    if modality in TOLD and sent.lang == "en":
        modality = _an_act_that_would(sent, verb) or modality
    if modality in TOLD and governed(sent, verb):
        modality = "future"  # what was demanded, promised, refused or threatened has not happened
    if modality == "asserted" and accused_of(sent, verb):
        modality = "claimed"  # "Ukraine accused Russia of shelling civilians": the accuser alleges it
    if modality in TOLD and verb.sense.voice != "noun" \
            and ([t.lower for t in sent.tokens[max(0, verb.start - 2):verb.start]] in _IN_ORDER_TO
                 or verb.start > 1 and sent.tokens[verb.start - 1].lower in ("untuk", "to")
                 and sent.tokens[verb.start - 2].lower in _DEALS  # "menyepakati perjanjian untuk memulangkan
                 or _ties_as_an_aim(sent, verb)):  # para migran": what the deal is to do
        modality = "future"  # "… dalam rangka mempererat hubungan bilateral", "kunjungan kerja untuk meningkatkan
        # hubungan": what the act is for
    if modality in TOLD and verb.start > 0 and sent.tokens[verb.start - 1].lower in _ALMOST:
        modality = "negated"  # (but "hampir 100 serangan", "hampir semua partai" count, not deny)
    if (modality in TOLD or modality == "future" and verb.start > 0  # "Janji Serang … Jika Menang"
            and sent.tokens[verb.start - 1].lower in ("janji", "janjinya")) \
            and verb.sense.cameo[:2] in _MATERIAL and _condition_after(sent, verb):
        modality = "hypothetical"  # "mencopot pejabat tinggi di wilayahnya … jika tidak becus"; but a promise,
        # appeal, apology or threat with a condition is still made
    return "hypothetical" if modality in TOLD and in_a_draft(sent, verb) else modality


_INDEFINITE = {"a", "an", "any"}
_OWNERS = {"military", "or", "and", ".", "air", "joint", "further", "new", "fresh"}  # ("any further U.S. raid")


def _an_act_that_would(sent: Sentence, verb: VerbMatch) -> str:
    """ "A U.S. or Israeli military strike on Iran's nuclear facilities could delay …": an act named with "a" and
    the subject of "could", "would", "might": one that may happen, not one that did."""
    tokens = sent.tokens
    k = verb.start - 1
    while k > 0 and tokens[k].lower not in _INDEFINITE and (tokens[k].text[:1].isupper() or tokens[k].lower in _OWNERS):
        k -= 1  # past its owners: "a U.S. or Israeli military strike"
    if k < 0 or tokens[k].lower not in _INDEFINITE:
        return ""
    lows = [t.lower for t in tokens[verb.end:verb.end + 12]]
    end = next((i for i, w in enumerate(lows) if w in _NOUN_CLAUSE_ENDS), len(lows))
    return "hypothetical" if any(w in ("could", "would", "might", "may") for w in lows[:end]) else ""


def _ties_as_an_aim(sent: Sentence, verb: VerbMatch) -> bool:
    """Better ties as what another act is for ("kunjungan kerja untuk meningkatkan hubungan"), not as the
    content of an idea or a promise ("melontarkan gagasan untuk memperkuat hubungan AS dan Israel")."""
    lows = [t.lower for t in sent.tokens]
    text = verb.text.lower()
    return verb.sense.cameo[:2] == "03" and ("hubungan" in text or "kerja" in text or "relations" in text) \
        and verb.start > 1 and lows[verb.start - 1] in ("untuk", "guna", "demi", "to") \
        and lows[verb.start - 2] not in _INTENTIONS


_IN_ORDER_TO = (["dalam", "rangka"], ["in", "order"])
_DEALS = {"perjanjian", "kesepakatan", "kesepahaman", "usulan", "deal", "agreement", "accord", "proposal"}
_INTENTIONS = {"gagasan", "ide", "rencana", "janji", "keinginan", "komitmen", "tekad", "niat", "sepakat", "berjanji",
               "ingin", "siap", "bersedia", "idea", "plan", "pledge", "promise", "agreed"} | _PROMISING


_MATERIAL = {"06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"}


def _condition_after(sent: Sentence, verb: VerbMatch) -> bool:
    """A condition ("jika", "if") later in the verb's clause, before any full stop or "tetapi", and before another
    event verb, whose condition it is ("imposed sanctions on Niger's junta and warned it could use force if …")."""
    others = {v.start for v in sent.verbs if v.start >= verb.end}
    for k, t in enumerate(sent.tokens[verb.end:verb.end + 15], verb.end):
        if t.lower in (".", ";", "tetapi", "namun", "but", '"', "“", "”") or k in others:
            return False
        if t.lower in CONDITIONS:
            return True
    return False
