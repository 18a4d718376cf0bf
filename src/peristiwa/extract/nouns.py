"""Roles of event nouns: who launched the attack, gave the aid, or is its possessor.

"Rusia melancarkan invasi ke Ukraina" (the subject of a light verb), "Washington memberi Kyiv bantuan" (a
double object), "serangan Rusia terhadap Ukraina" (the possessor after the noun), "mendapat kecaman dari
AS" (the giver after "dari" when the subject receives the act).
"""
from __future__ import annotations

from peristiwa.extract.answers import ANSWERING, answering_word
from peristiwa.extract.coordination import groups
from peristiwa.extract.dates import HAPPENED
from peristiwa.extract.doers import (addressee_who_answers, carried_out_by, charge_made_with, giver_of,
                                     past_when_and_where, suffered_by)
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.implied import (claimant, died_in, fell_fighting, killed_in, killing_follows,
                                       struck_after_its_doer, struck_in_its_clause)
from peristiwa.extract.modality import DENIAL, GLAD
from peristiwa.extract.noun_context import (asked_to_act, in_what_is_asked, listed_apart, main_subject_after_an_opening,
                                            purpose_of, reported)
from peristiwa.extract.objects import past_its_value, scan_right
from peristiwa.extract.phrases import QUOTE_MARKS
from peristiwa.extract.protests import as_a_form_of
from peristiwa.extract.reactions import drawn_by, reaction_aimed_at
from peristiwa.extract.scan import (MAX_LEFT, MAX_RIGHT, PREPOSITIONS, RIGHT_STOP, TIME_WORDS, scan_left,
                                     verb_like)
from peristiwa.extract.verbs import MEASURES, PROVOKING
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import process_noun

# Verbs that carry an event noun: "melancarkan serangan", "imposed sanctions", "memberi Kyiv bantuan".
LIGHT_VERBS = {
    "melancarkan", "melakukan", "memberikan", "memberi", "menjatuhkan", "mengirim", "mengirimkan", "menggelar",
    "mengadakan", "meluncurkan", "menyampaikan", "mengajukan", "melayangkan", "mengeluarkan", "menawarkan",
    "mengucapkan", "menyatakan", "mengirimi", "menjatuhi", "menyalurkan", "melontarkan", "melemparkan", "memulai",
    "memerintahkan", "menginstruksikan", "mempersiapkan", "menyiapkan", "preparing", "prepares", "prepared",
    "prepare",
    "launched", "launch", "launches", "carried", "conducted", "held", "holds", "hold", "made", "make", "makes",
    "gave", "give", "gives", "imposed", "impose", "imposes", "issued", "sent", "send", "staged", "mounted",
    "offered", "provided", "granted", "began", "started", "lodged", "filed", "extended", "delivered",
    "renewed", "resumed", "opened", "continued", "concluded", "undertook", "undertake", "signed", "sign",
    "announced", "ordered", "waged", "wage", "stepped", "called", "expressed", "voiced",
    "melanjutkan", "memperbarui", "membuka", "menandatangani", "mengumumkan", "menyerukan", "menggencarkan",
    "menerapkan", "memberlakukan", "mengimplementasikan", "melaksanakan", "applied", "enforced", "implemented",
    "organized", "organised", "organize", "organise", "mengorganisir", "menyelenggarakan", "speeded", "sped",
    "accelerated", "completed", "mempercepat", "reiterated", "repeated", "mengulangi", "reaffirmed",
    "menegaskan",  # "menegaskan kembali dukungannya terhadap Taiwan"
    # aid handed over or released ("melepas bantuan kemanusiaan untuk pengungsi Rohingya")
    "melepas", "mengucurkan", "kucurkan", "menggelontorkan", "menyediakan", "mengangkut", "membawa", "carrying",
    # (planes "yang mengangkut 34 ton bantuan kemanusiaan": their owner gives it)
    # headline forms ("Presiden Trump Perintahkan Sanksi Ekonomi Lebih Berat untuk Iran")
    "perintahkan", "jatuhkan", "berikan", "beri", "kirim", "kirimkan", "gelar", "luncurkan",
    "umumkan", "terapkan", "berlakukan", "serukan", "sampaikan", "layangkan", "lancarkan",
    "teken", "meneken", "tandatangani",  # "RI dan Uni Emirat Arab Teken Kerja Sama Investasi"
    "lanjutkan",  # "Korut Siap Lanjutkan Perundingan Nuklir dengan AS"
}
# "sebagai bentuk protes atas eksekusi mati terhadap warga kedua negara": the act objected to, its doer unnamed
_OBJECTIONS = {"protes", "kecaman", "kritik", "keberatan", "kemarahan", "protest", "outrage", "anger"}
_NOUN_FILLERS = {"surat", "berisi", "berisikan", "containing", "sebuah", "serangkaian", "rangkaian", "aksi",
                 "program", "kegiatan", "a", "an", "the", "paket", "package",  # "paket bantuan militer"
                 "new", "baru", "fresh", "its", "their", "his", "her", "out", "up", "further", "more", "lebih",
                 "banyak", "beberapa", "sejumlah", "berbagai", "dua", "tiga", "several", "series", "of", "many",
                 "two", "three", "kembali", "again", "secara", "penuh", "fully", "strictly", "mass", "massive",
                 "large", "huge", "big", "peaceful", "violent", "street", "nationwide", "besar-besaran", "damai",
                 "annual", "yearly", "large-scale", "tahunan",  # "began annual joint military exercises"
                 "massal", "angry", "sharp", "strong", "fierce", "furious", "widespread", "unusual", "swift",
                 # "held a new round of border talks": a measure of acts and the talks' subject
                 "another", "border", "trade", "security", "peace", "bilateral", "direct", "indirect", "formal",
                 "informal",
                 # "held a fifth round of talks": an ordinal
                 "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "latest", "final", "last", "next",
                 # "launched 10 days of war games", "seven days of": a duration
                 "days", "weeks", "months", "hours", "hari", "pekan", "minggu", "bulan", "four", "five", "six",
                 "seven", "eight", "nine", "ten", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                 "sepuluh",
                 *QUOTE_MARKS} | MEASURES  # a noun in quotes: 'memerintahkan "pengepungan total"'
AGENT_MARK = {"oleh", "by"}
# an event named after these dates another ("pasca serangan terhadap …", "pasca demo mahasiswa Papua")
DATING_ACTS = {"14", "18", "19", "20"}  # protests and violence that other news is dated by
WHEN_WORDS = {"pasca", "usai", "seusai", "setelah", "sesudah", "sebelum", "menjelang", "sejak", "selama",
              "after", "following", "since", "before"}  # (not "during": "throwing stones during demonstrations")
RECEIVE = {"mendapat", "mendapatkan", "menerima", "memperoleh", "menuai", "received", "receives", "receive", "got",
            "won", "drew", "draws", "earned",
            "faces", "faced"}  # "North Korea faced criticism from China" (but "menghadapi" is also to confront)
_PROVOKE = {"menimbulkan", "memicu", "mengundang", "memancing", "menyulut"} | PROVOKING
_ANNOUNCE = {"mengumumkan", "announced", "announces", "announce"}
# "terkait kasus penyiraman air keras terhadap …", "protes soal ranjau darat ke …": the act is a topic
_CASE = {"kasus", "insiden", "peristiwa", "tragedi", "case", "incident", "soal", "tentang", "mengenai", "perihal",
         "pasal",  # "pasal penghinaan Presiden": a law's article about the act
         "adanya", "terjadinya",  # "setelah adanya serangan terhadap kilang Aramco": that it happened
         "terkait", "berkaitan", "menyangkut", "seputar",  # "angkat bicara terkait dengan serangan terhadap …"
         "over", "regarding", "concerning"}  # "imposed sanctions on Belarus over the crackdown on protesters"
_FEELINGS = GLAD | {"kecewa", "sedih", "khawatir", "cemas", "takut", "marah", "prihatin", "lega", "happy", "glad",
                    "worried", "angry", "disappointed", "pleased"}
_REFERRING = {"merujuk", "mengacu", "merujuknya", "referring", "refers", "referred"}  # "merujuk pada sanksi …"
_INQUIRY = {"investigation", "investigations", "inquiry", "probe", "penyelidikan", "penyidikan", "investigasi"}
# "membagikan bukti penyiksaan dengan intelijen AS": what a record shows, not the act of the one who shares it
_RECORDS = {"bukti", "laporan", "informasi", "data", "dokumen", "rekaman", "foto", "video", "evidence", "report",
            "reports", "footage", "photos", "images", "documents", "information"}
_POSSESSIVES = {"its", "their", "his", "her"}
# "aksi itu merupakan bukti kekecewaan terhadap DPR": what the act is a sign of
_IS_A = {"merupakan", "adalah", "sebagai", "menjadi", "is", "as", "was"}
_TOPIC_FILLERS = {"of", "into", "over", "alleged", "illegal", "suspected", "the", "atas", "terhadap", "dugaan"}
_SAYING = {"02", "10", "11", "12", "13"}
_NOUN_MODIFIERS = {"pertama", "kedua", "ketiga", "perdana", "terakhir", "terbaru", "lanjutan", "tertutup", "resmi",
                   "khusus", "rahasia", "langsung", "first", "second", "third", "latest", "direct", "secret",
                   "besar-besaran", "massal", "damai", "serentak", "keras"}  # "aksi demo besar-besaran terhadap …"


def noun_roles(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention], by_end: dict[int, Mention],
               speech: frozenset[str] = frozenset()):
    """Event nouns: the subject of a light verb ("Rusia melancarkan invasi ke Ukraina"), a double object
    ("Washington memberi Kyiv bantuan"), or the possessor after the noun ("permintaan senjata Moskow kepada
    Pyongyang", "serangan Rusia terhadap Ukraina"); an attack with no target named after it hits those who
    died in it ("30 petani tewas dalam serangan drone milik Amerika Serikat")."""
    charge = charge_made_with(sent, verb, by_start, by_end)
    if charge is not None:
        return charge + (None,)
    source, target, owner = _noun_roles(sent, verb, by_start, by_end, speech)
    fought = fell_fighting(sent, verb, by_start) if source is None else None  # "were killed in a clash with …"
    source, target = fought or (source, target)
    if source is not None and verb.sense.cameo[:2] in VIOLENT_ROOTS and (
            target is None and sent.lang != "en" or killed_in(sent, verb) and (
                target is None or target.location
                or target.start > 0 and sent.tokens[target.start - 1].lower in WHERE | {"near"})):
        target = died_in(sent, verb, source.key) or target  # ("… was killed in a U.S. drone strike at Baghdad
        # airport": whoever was killed, not the place)
    if target is not None and verb.sense.cameo[:2] in VIOLENT_ROOTS and killing_follows(sent, verb, target):
        target = None  # "A U.S. drone strike at Baghdad airport killed Qassem Soleimani": the killing's victim
    elif target is None and verb.sense.cameo[:2] in VIOLENT_ROOTS:
        struck = struck_in_its_clause(sent, verb, by_start)  # "Houthi mengklaim bertanggung jawab atas serangan
        source = source or claimant(sent, verb, by_end, struck is not None)  # drone yang membakar fasilitas …"
        target = struck if source is not None else None
    elif source is None and target is not None and verb.sense.cameo[:2] in VIOLENT_ROOTS:
        source = claimant(sent, verb, by_end, True)  # "claimed responsibility for the abduction of 200 schoolgirls"
    return source, target, owner


def _done_to(sent: Sentence, verb: VerbMatch, possessor: Mention) -> bool:
    """Whether the one named after an act noun suffers it ("Penahanan Ilunga", "larangan masuk semua pengungsi",
    "penghinaan presiden"), an assault only when no target follows ("pengepungan Asrama Mahasiswa Papua")."""
    first, code = sent.tokens[verb.start].lower, verb.sense.cameo
    act = first.startswith("pe") and first.endswith("an") or first.endswith("isasi")
    aimed = possessor.end < len(sent.tokens) and sent.tokens[possessor.end].lower in PREPOSITIONS - WHERE
    return code.startswith("172") or first in _INSULTS or act and (code[:2] in ("17", "18")
                                              or code[:2] == "19" and not first.startswith("per") and not aimed)


WHERE, _INSULTS = {"di", "in", "at", "dalam", "inside"}, {"penghinaan", "penistaan", "pelecehan"}  # (insulted)
def _to_between(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> int:
    """Where "antara"/"between" stands after a noun, past a place ("pertempuran di Logar antara pemerintah dan
    Taliban") and, for fighting that broke out, past its breaking out and when ("Pertempuran sengit pecah di
    Khartoum antara …", "Heavy fighting erupted in Khartoum on Saturday between …"); else where the search ended."""
    tokens = sent.tokens
    k, reach = verb.end, 4
    while k < len(tokens) and tokens[k].lower not in ("antara", "between") and k - verb.end < reach:
        low, m = tokens[k].lower, by_start.get(k)
        if low in _BROKE_OUT and verb.sense.cameo[:2] in VIOLENT_ROOTS:
            reach = 9
        elif m is not None and not (m.kind == "place" or m.location and reach > 4) or low in RIGHT_STOP and not (
                low in ("di", "in") and (nxt := by_start.get(k + 1)) is not None
                and (nxt.kind == "place" or nxt.location and reach > 4)
                or reach > 4 and low in ("on", "pada") and k + 1 < len(tokens) and tokens[k + 1].lower in TIME_WORDS):
            break
        k += 1
    return k


_BROKE_OUT = HAPPENED | {"berkecamuk", "erupted", "broke", "out", "raged", "flared", "sengit", "heavy", "fierce"}
_BACKED = {"dukungan", "sokongan", "bentukan", "binaan"}  # right after an actor: "X backed (formed) by Y"
_OFFICIAL = {"resmi", "tertulis", "official", "formal"}
_BEHIND = {"dalang", "berada", "behind", "was", "is", "pelaku"}  # "siapa dalang di balik", "who was behind"


def _noun_roles(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention], by_end: dict[int, Mention],
                speech: frozenset[str]):
    tokens = sent.tokens
    if tokens[verb.end - 1].lower == "by" and (author := by_start.get(verb.end)) is not None:
        return author, addressee_who_answers(sent, verb, by_end), None  # "rejected a last-ditch demand by U.S. envoy
        # Richard Holbrooke": made to the one who rejects it
    doer = carried_out_by(sent, verb, by_start)
    target = scan_right(sent, verb.end, by_start, MAX_RIGHT) if doer is not None else None
    if target is not None and target is not doer:  # "serangan terhadap kilang Arab Saudi … dilakukan oleh Iran"
        return doer, target, None
    if doer is not None and (target is None or target is doer) and sent.lang == "en" \
            and verb.sense.cameo[:2] in VIOLENT_ROOTS and (struck := struck_after_its_doer(sent, doer, by_start)):
        return doer, struck, None  # "Drone attacks claimed by Yemen's Houthi movement set ablaze two Saudi …"
    if doer is not None and (target is None or target is doer):  # "Permintaan … sudah dilayangkan TNI kepada
        after = scan_right(sent, doer.end, by_start, 4)  # pihak militer Australia", "serangan yang dilakukan Arab
        # Saudi terhadap Houthi"
        if after is not None and sent.tokens[doer.end].lower in ("kepada", "ke", "terhadap", "to") + (
                ("untuk", "bagi", "for") if verb.sense.cameo[:2] == "07" else ()):
            return doer, after, None
    k = _to_between(sent, verb, by_start)
    topic = any(tokens[k].lower in _CASE and all(t.text.islower() for t in tokens[k:verb.start])
                for k in range(max(0, verb.start - 3), verb.start))  # "membahas soal peningkatan kerja sama antara"
    if k < len(tokens) and tokens[k].lower in ("antara", "between") and by_start.get(k + 1) is not None and not topic:
        if verb.sense.cameo.startswith("045"):  # "mediation between X and Y": the mediator acts on both
            return scan_left(sent, verb.start, by_end, MAX_LEFT), by_start[k + 1], None
        first = by_start[k + 1]
        ands = [a for a in range(first.end, min(len(tokens) - 2, first.end + 6)) if tokens[a].lower in ("dan", "and")]
        partner = next((p for a in ands if (p := by_start.get(a + 1) or by_start.get(a + 2)) is not None), None)
        if partner is not None and any(t.lower in _BACKED for t in tokens[first.end:partner.start]):
            return first, partner, None  # "antara pasukan pemerintah dukungan Arab Saudi dan kelompok Houthi"
        return first, None, None  # "pertempuran antara pemerintah dan Taliban": mutual, see events
    if sent.lang == "en" and verb.start > 1 and tokens[verb.start - 1].lower in ("'s", "’s") \
            and (owner := by_end.get(verb.start - 1)) is not None and not owner.location:
        target = scan_right(sent, verb.end, by_start, MAX_RIGHT)  # "apologised for NATO's bombing of …"
        if target is None and verb.sense.cameo[:2] in _ADDRESSED and answering_word(sent, verb) in ANSWERING:
            target = scan_left(sent, owner.start - 1, by_end, MAX_LEFT)  # "Tsai rejected Xi's call for …": she was
        return owner, target, None  # called on
    backed = by_end.get(verb.start)
    if backed is not None and tokens[verb.start].lower in _BACKED and by_start.get(verb.end) is not None:
        return by_start[verb.end], backed, None  # "pasukan pemerintah dukungan Arab Saudi": Saudi-backed forces
    j = verb.start - 1
    while j >= 0 and (tokens[j].lower in _NOUN_FILLERS or "-" in tokens[j].text[1:-1] and tokens[j].text.islower()
                      or tokens[j].text.isdigit()):
        j -= 1  # "mounted its long-threatened invasion of …"
    if j >= 2 and tokens[j].lower in ("dan", "serta", "and") and tokens[j - 2].lower in RECEIVE:
        j -= 2  # "mendapat kepercayaan dan dukungan dari masyarakat": both received
    if j >= 0 and tokens[j].lower in RECEIVE | _PROVOKE:
        giver = giver_of(sent, verb, by_start, within=4)
        owner = by_start.get(verb.end + (verb.end < len(tokens) and tokens[verb.end].lower in _OFFICIAL))
        # ("Korea Utara telah mendapat sanksi PBB": the UN's sanctions; "menerima permintaan maaf resmi Norwegia")
        if giver is None and tokens[j].lower in RECEIVE and owner is not None and not owner.location \
                and sent.lang != "en":
            giver = owner
        if giver is not None:  # "mendapatkan apresiasi dari masyarakat": the public praises the subject;
            # "Langkah Washington itu menimbulkan kecaman keras dari Havana": Havana criticises Washington
            k = j - 1
            while k > 0 and tokens[k].lower in _NOUN_FILLERS | {"banyak", "juga", "telah", "sudah", "pun"}:
                k -= 1
            if k > 0 and tokens[k].lower == "yang" and by_end.get(k) is None:
                return giver, None, None  # "revisi UU KPK yang banyak mendapat penolakan masyarakat": a law
            return giver, drawn_by(sent, k, j, by_end), None
    if j >= 0 and tokens[j].lower in LIGHT_VERBS and not (tokens[j].lower == "menyatakan" and (
            p := by_start.get(verb.end)) is not None and not p.location and verb.sense.cameo[:2] in VIOLENT_ROOTS):
        # ("menyatakan serangan Hamas tidak terjadi dalam ruang hampa": Hamas's attack, spoken of)
        after = verb.end
        while after < len(tokens) and tokens[after].lower in TIME_WORDS:
            after += 1
        if after < len(tokens) and tokens[after].lower in ("that", "bahwa") and verb.sense.cameo[:2] in _SAYING \
                and verb.sense.cameo[:2] != "12":  # "bersikukuh bahwa Inggris harus …": not whom one rejects
            after += 1  # "reiterated its demand today that Israel …": the addressee follows
        else:
            after = past_its_value(tokens, verb.end)  # "bantuan senilai 2,5 miliar dolar AS untuk Ukraina"
            if verb.start and tokens[verb.start - 1].text in QUOTE_MARKS:  # a noun in quotes: the target after them
                after = next((q + 1 for q in range(verb.end, min(len(tokens), verb.end + 3))
                              if tokens[q].text in QUOTE_MARKS), after)
        target = scan_right(sent, after, by_start, MAX_RIGHT)
        owner = None
        if target is not None and target.start == verb.end:  # "menerapkan sanksi PBB terhadap Korut": PBB owns
            after = target.end  # the sanctions; the target follows the preposition
            if after < len(tokens) - 1 and tokens[after].lower in AGENT_MARK and by_start.get(after + 1):
                return by_start[after + 1], target, None  # "menyatakan penetapan tersangka Novanto oleh KPK"
            if after < len(tokens) and tokens[after].lower in PREPOSITIONS:
                found = scan_right(sent, after + 1, by_start, 4)
                owner, target = (target, found) if found is not None else (None, target)
            elif tokens[j].lower in _ANNOUNCE and verb.sense.cameo[:2] in ("16", "12"):
                # "Menlu Taiwan mengumumkan pemutusan hubungan diplomatik Kiribati": Kiribati cut ties with Taiwan
                return target, scan_left(sent, j, by_end, MAX_LEFT), None
        source = scan_left(sent, purpose_of(sent, j, by_end), by_end, MAX_LEFT)
        if source is not None and target is not None and target.kind == "agent" and target.key == source.key \
                and target.sector == "MIL" and source.sector != "MIL":
            target = scan_right(sent, target.end, by_start, MAX_RIGHT)  # "the withdrawal of its forces from …"
        return source, target, owner
    k = j
    while k > 0 and tokens[k].lower in _TOPIC_FILLERS:
        k -= 1
    # "terkait dengan serangan …", "merujuk pada sanksi …"; "imposed sanctions on the Taliban for its support of
    # Osama bin Laden": the reason, told as background
    about = j >= 1 and (tokens[j].lower == "dengan" and tokens[j - 1].lower in _CASE
                        or tokens[j].lower in ("atas", "over") and tokens[j - 1].lower in _OBJECTIONS
                        or tokens[j].lower in ("pada", "kepada", "to") and tokens[j - 1].lower in _REFERRING
                        or verb.start > 1 and tokens[verb.start - 1].lower in _POSSESSIVES
                        and tokens[verb.start - 2].lower == "for")
    if j >= 0 and (tokens[j].lower in _CASE or topic or about or k < j and tokens[k].lower in _INQUIRY
                   or tokens[k].lower in _RECORDS and verb.end not in by_start and not (
                       k > 0 and tokens[k - 1].lower in _IS_A)):
        return None, None, None  # "terkait kasus penyiraman air keras terhadap penyidik", "an investigation of
        # illegal arms sales to Croatia": the act is a topic, its doer is not named
    giver = giver_of(sent, verb, by_start, within=1)
    if giver is not None and not giver.location and verb.sense.cameo[:2] in _SAYING | {"07"}:
        # "ada imbauan dari Majelis Rakyat Papua": the council appeals, to whom the clause is about
        aimed = giver.end < len(tokens) and tokens[giver.end].lower in PREPOSITIONS
        return giver, scan_right(sent, giver.end, by_start, MAX_RIGHT) if aimed else \
            reaction_aimed_at(sent, verb, by_end), None
    if verb.end < len(tokens) - 1 and tokens[verb.end].lower in AGENT_MARK and by_start.get(verb.end + 1):
        agent = by_start[verb.end + 1]  # "penangkapan oleh polisi", "serangan oleh polisi terhadap demonstran"
        aimed = agent.end < len(tokens) and tokens[agent.end].lower in PREPOSITIONS
        return agent, scan_right(sent, agent.end, by_start, MAX_RIGHT) if aimed else suffered_by(sent, verb, by_end), None
    inner = by_end.get(j + 1)
    if inner is not None and inner.start > 0 and tokens[inner.start - 1].lower in LIGHT_VERBS:
        return scan_left(sent, inner.start - 1, by_end, MAX_LEFT), inner, None
    aimed = tokens[verb.end - 1].lower in PREPOSITIONS  # "a clash with Kurdish rebels": whom, not whose
    for k in range(verb.end, verb.end if aimed else min(verb.end + 3, len(tokens))):
        possessor = by_start.get(k)
        if possessor is not None:
            if possessor.location or possessor.text.lower() == "it":  # ("an attack it blamed on …": the blamer)
                break
            by = past_when_and_where(sent, possessor.end, by_start)
            agent = scan_right(sent, by + 1, by_start, 3) if by < len(tokens) - 1 and tokens[by].lower in AGENT_MARK \
                else None
            if agent is not None:
                return agent, possessor, None  # "penetapan tersangka Novanto oleh KPK": done to Novanto
            if _done_to(sent, verb, possessor):
                return None, possessor, None  # who did it is not named
            after = max(m.end for m in groups(sent.mentions, sent).get(possessor, (possessor,)))  # ("serangan udara
            # Amerika Serikat, Inggris, dan Prancis ke Suriah": past the list of owners, to whom it is aimed at)
            after = after if after < len(tokens) and tokens[after].lower in _AIMED else possessor.end
            if after + 1 < len(tokens) and tokens[after].lower in ("dan", "serta") and verb_like(tokens[after + 1].lower):
                return possessor, None, None  # "komentar Netanyahu dan mendesak rapat OKI": a new clause
            target = scan_right(sent, after, by_start, MAX_RIGHT)
            asked = asked_to_act(sent, after, by_start) if target is None else None
            target = target or asked  # "permintaan Trump agar Ukraina menyelidiki …": the one asked to act
            answered = j >= 0 and (tokens[j].lower in ANSWERING or verb.sense.cameo[:2] == "11"
                                   and tokens[j].lower in DENIAL)  # ("membantah tudingan Malaysia": the accused)
            if target is not None and verb.sense.cameo[:2] in ("02", "10") and (
                    target is not asked and in_what_is_asked(sent, after, target) or answered and any(
                        t.lower in ("untuk", "agar", "supaya") for t in tokens[after:target.start])):
                target = None  # "seruan anggota parlemen Filipina untuk semakin waspada terhadap China Telecom":
                # what to be wary of, not whom the call is to ("menolak permintaan Indonesia untuk mengekstradisi
                # tersangka": the one who refuses was asked)
            if target is None and (verb.sense.cameo[:2] in _ADDRESSED and j >= 0 and tokens[j].lower in ANSWERING
                                   or verb.sense.cameo[:2] == "11" and answered):
                target = scan_left(sent, j, by_end, MAX_LEFT)  # "Uni Eropa menyetujui permintaan Inggris": the EU
                # was asked; "Jokowi tidak mau menerima tawaran bantuan Malaysia": Jokowi was offered
            return possessor, target, None
        if sent.lang != "en" and process_noun(tokens[k].lower) and any(by_start.get(h) is not None
                                                                     for h in (k + 1, k + 2)):
            return None, None, None  # "permintaan pencegahan Imam Nahrawi": the name is the other act's
        if tokens[k].lower in RIGHT_STOP or tokens[k].lower in PREPOSITIONS or tokens[k].lower in HAPPENED \
                or verb_like(tokens[k].lower) and not tokens[k].lower.startswith("di"):  # ("digelar Komisi III": its agent)
            break  # "Saat serangan bom terjadi Raja George VI …": the noun's own predicate ends it
    if j >= 0 and by_end.get(j + 1) is not None and tokens[j].lower not in PREPOSITIONS:
        # "Russian attack on Kyiv"; but "para pelaku kerusuhan telah diidentifikasi oleh kepolisian": no target
        aimed = verb.end < len(tokens) and (tokens[verb.end].lower in PREPOSITIONS or verb.end in by_start)
        return by_end[j + 1], scan_right(sent, verb.end, by_start, MAX_RIGHT) if aimed else None, None
    end = verb.end  # "pertemuan pertama dengan Presiden Palestina": an ordinal or manner word between
    while end < len(tokens) - 1 and tokens[end].lower in _NOUN_MODIFIERS and end - verb.end < 2:
        end += 1
    end = past_its_value(tokens, end)
    end = end if end < len(tokens) and tokens[end].lower in PREPOSITIONS else verb.end
    target = scan_right(sent, end, by_start, MAX_RIGHT)
    if target is not None and sent.lang == "en" and target.start > 1 and tokens[target.start - 2].lower == "to":
        target = None  # "decided at an emergency meeting on Friday to exclude Myanmar's junta chief": its object
    governed = j >= 0 and (verb_like(tokens[j].lower) or tokens[j].lower in speech  # "menyebut serangan ke …",
                           or tokens[j].lower in _FEELINGS  # "mengaku senang pembicaraan damai dengan Taliban …"
                           or sent.lang == "en" and any(v.end == j + 1 and v.sense.voice != "noun" for v in sent.verbs))
    # ("to protest the killing of civilians": another event verb's object; headline "Menlu AS Sebut Serangan ke …")
    if target is not None and any(verb.end <= v.start < target.start and v.sense.voice == "noun" and all(
            t.lower in _TOPIC_FILLERS for t in tokens[verb.end:v.start]) for v in sent.verbs):
        return None, None, None  # "an investigation of illegal arms sales to Croatia": the sales' target
    if target is not None and governed and end < len(tokens) and tokens[end].lower in ("of", "against", "on"):
        by = past_when_and_where(sent, target.end, by_start)  # "condemned the killing of 16 villagers by a U.S.
        agent = scan_right(sent, by + 1, by_start, 3) if by < len(tokens) - 1 and tokens[by].lower == "by" else None
        if agent is not None:  # soldier": the act's own agent, whoever speaks of it
            return agent, target, None
    if target is not None and not governed and end < len(tokens) and tokens[end].lower in PREPOSITIONS:
        by = past_when_and_where(sent, target.end, by_start)
        if by < len(tokens) - 1 and tokens[by].lower in AGENT_MARK and by_start.get(by + 1) is not None \
                and not by_start[by + 1].location:
            return by_start[by + 1], target, None  # "serangan pada fasilitas minyak Arab Saudi oleh pemberontak Houthi"
        if j >= 1 and tokens[j].lower in (",", "bahwa", "that") and tokens[j - 1].lower in speech \
                or j >= 0 and tokens[j].lower in WHEN_WORDS and verb.sense.cameo[:2] in DATING_ACTS:  # "… pasca serangan
            return main_subject_after_an_opening(sent, verb, target), target, None  # terhadap instalasi minyak Arab
            # Saudi": a time, not the subject's act (but a meeting in an opening phrase is the main subject's:
            # "Usai pertemuan dengan Xi, Jokowi mengatakan …", "usai rapat kerja dengan Baleg DPR");
            # "Dia mengatakan, serangan terhadap kilang …": the speaker did not attack
        source = scan_left(sent, verb.start, by_end, MAX_LEFT) or main_subject_after_an_opening(sent, verb, target)
        # ("… sebagai bentuk protes terhadap …"; "After talks with Xi, Biden said …")
        by = source.start - 1 - (source.start > 1 and tokens[source.start - 1].lower == "the") if source else -1
        blamer = next((v for v in sent.verbs if v.end == by and tokens[by].lower in AGENT_MARK
                       and v.sense.cameo[:2] in _SAYING), None)
        if blamer is not None:  # "was criticised by the United States for the crackdown": the criticised did it
            return scan_left(sent, blamer.start, by_end, MAX_LEFT), target, None
        if source is not None and (any(v is not verb and source.end <= v.start and v.end <= verb.start
                                       and v.sense.cameo[:2] in _SAYING for v in sent.verbs)
                                   or reported(tokens, source.end, verb.start, speech)
                                   or listed_apart(sent, source, verb)
                                   or any(t.lower in ("siapa", "who") and u.lower in _BEHIND for t, u in
                                          zip(tokens[source.end:verb.start], tokens[source.end + 1:verb.start]))
                                   or any(t.lower in ("yang", "seperti") and (verb_like(u.lower) or u.lower == "terjadi")
                                          for t, u in
                                          zip(tokens[source.end:verb.start], tokens[source.end + 1:verb.start]))):
            return None, None, None  # "Prancis mengecam keras serangan terhadap kilang …": France did not attack;
            # "Arab Saudi mengatakan senjata yang digunakan dalam serangan ke kilangnya …": nor did the speaker;
            # "… melawan serangan teroris seperti yang terjadi dalam serangan drone …": a relative clause between;
            # "Trump mengaku tahu siapa dalang di balik serangan …": who is behind it is asked, not the speaker
        return source, target, None
    if target is not None and end < len(tokens) and tokens[end].lower in PREPOSITIONS:
        return None, target, None  # "krisis yang ditandai aksi demo terhadap pemerintah": aimed at, by no one named
    if target is None and verb.sense.cameo[:2] == "14" and as_a_form_of(tokens, verb.start):
        return scan_left(sent, verb.start, by_end, MAX_LEFT), None, None  # "… mencukur rambut mereka sebagai
        # bentuk protes": the subject protests, against whom the protest rule finds
    return None, None, None


_AIMED = {"ke", "terhadap", "atas", "kepada", "against", "on", "to"}
_ADDRESSED = {"02", "03", "10"}  # appeals, offers, demands: the one who answers them was their addressee
