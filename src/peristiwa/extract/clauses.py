"""Clauses around an event verb: the relative clause it opens, the main clause a subordinate one hangs on,
the reason a "karena" clause gives, whether its subject is a thing or a group no actor names, who made
the object a verb rejects (named in a passive relative clause on it), and the subject a list of predicates
shares."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from peristiwa.extract.boundaries import BROKERED
from peristiwa.extract.coordination import groups
from peristiwa.extract.doers import first_clause_subject
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.nouns import AGENT_MARK, LIGHT_VERBS
from peristiwa.extract.scan import (CHARGED, FILLERS, LEFT_STOP, MAX_LEFT, PREPOSITIONS, RELATIVE, TIME_WORDS,
                                    scan_left, verb_like)
from peristiwa.extract.phrases import DEMONSTRATIVES
from peristiwa.extract.speakers import quote_tag
from peristiwa.text.timewords import AFTER_WORDS, WHILE_WORDS

# "… dan sejak itu berperang dengan Houthi"
ADVERBS = {"juga", "kemudian", "lalu", "telah", "sudah", "pun", "langsung", "segera", "also", "then", "later",
           "sejak", "itu", "lantas", "akhirnya", "since", "tetap", "masih", "justru", "malah", "bahkan", "still",
           "kembali", "saling", "swiftly", "quickly", "immediately", "promptly", "widely", "roundly", "sharply",
           "strongly"}  # "… dan saling menuduh": the subject of the verb before "dan" too; "a move swiftly condemned"
_PRAISE_OR_BLAME = {"05", "11", "12", "16", "17"}
_COPULA = {"adalah", "merupakan", "ialah", "yakni", "yaitu", "is", "are", "was", "were"}


def relative_opening(sent: Sentence, verb: VerbMatch) -> int | None:
    """Where the relative word ("yang", "which", "who") stands whose clause the verb opens, past adverbs,
    modals and time words ("keadilan yang selama ini dirusak …", "pejabat asing yang hendak berkunjung …")."""
    k = verb.start - 1
    while k > 0:
        while k > 0 and (sent.tokens[k].lower in FILLERS or sent.tokens[k].lower in TIME_WORDS
                         or sent.tokens[k].lower in _BEFORE_VERB) and sent.tokens[k].text != ",":
            k -= 1
        if not (k > 1 and sent.tokens[k].lower in ("dan", "serta", "atau", "and", "or")
                and verb_like(sent.tokens[k - 1].lower)):
            break
        k -= 2  # "banyak pihak yang meremehkan dan bahkan mencibirnya": the second verb of the clause
    return k if k > 0 and sent.tokens[k].lower in RELATIVE else None


# "… mengakui telah …", "serangan yang disebut didukung oleh Pakistan"
_BEFORE_VERB = {"selama", "ini", "hendak", "mau", "secara", "terbuka", "mengakui", "mengaku", "bahkan", "disebut",
                "diduga", "dikabarkan", "dilaporkan"}
_QUOTES = {'"', "“", "”"}


def main_subject(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention], speech: frozenset[str]):
    """The subject of the main clause, for a verb that opens a subordinate clause of time with no subject of
    its own ("MBS menjelaskan … saat menerima telepon dari Presiden AS Donald Trump": MBS takes the call)."""
    j = verb.start - 1
    while j >= 0 and sent.tokens[j].lower in ADVERBS:
        j -= 1
    if j < 1 or sent.tokens[j].lower not in WHILE_WORDS | AFTER_WORDS:
        return None
    if any(quote_tag(t.lower) for t in sent.tokens[max(0, j - 8):j]):
        return None  # "…," kata Rouhani saat berkunjung ke Ankara: the speaker, the nearest
    if sent.tokens[j].lower in AFTER_WORDS:  # "Imam Nahrawi mengajukan surat pengunduran dirinya usai ditetapkan
        # tersangka": the nearest clause's subject (not a speaker's: "Jokowi menyatakan Imam …"), after a comma
        # the main clause's ("Komisi III menyepakati Firli menjadi Ketua KPK, setelah melakukan rapat …"); but
        # a person just before is the one it befalls ("Jokowi bertemu dengan Imam Nahrawi usai ditetapkan …")
        if verb.sense.voice == "passive" and getattr(by_end.get(j), "kind", "") == "person":
            return None
        verbs = [k for k in range(1, j) if verb_like(sent.tokens[k].lower) and sent.tokens[k].lower not in speech]
        at = verbs[0] if verbs and sent.tokens[j - 1].text == "," else verbs[-1] if verbs else None
        if at is None or sent.tokens[at - 1].text == "," and sent.tokens[j - 1].text != "," \
                or any(t.text in _QUOTES or t.lower == "yang" for t in sent.tokens[at:j]):
            return None
        return scan_left(sent, at, by_end, MAX_LEFT, speech)
    return first_clause_subject(sent, j, by_end, speech)


# things, not actors, that head a relative clause ("kasus … yang menjerat …", "proses hukum yang menjeratnya")
CASE_HEADS = {"kasus", "perkara", "pasal", "dakwaan", "skandal", "hukum", "case", "charges", "scandal"}


def thing_did_it(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> bool:
    """Whether the verb opens a relative clause whose head is no actor ("drone dan rudal yang menyerang
    Aramco"); but "Kelompok Houthi, yang …" has the actor just before, "gerilyawan … Arab Saudilah yang …" is
    a cleft, and "serangan yang menewaskan …" is the attack's."""
    tokens = sent.tokens
    rel = relative_opening(sent, verb)
    if rel is None or tokens[rel - 1].lower.endswith("lah") or any(v.end == rel for v in sent.verbs) \
            or any(t.lower in _COPULA for t in tokens[max(0, rel - 4):rel]):
        return False  # ("Aliansi … adalah kelompok ketiga yang berunjuk rasa …": the copula names the actor)
    return not any(by_end.get(k) is not None and not any(verb_like(t.lower) for t in tokens[k:rel])
                   for k in range(max(1, rel - 2), rel + 1))


def verb_before(sent: Sentence, j: int) -> int | None:
    """The nearest Indonesian meN- verb before token j in the same clause (None if another verb comes first)."""
    for k in range(j - 1, max(-1, j - 12), -1):
        low = sent.tokens[k].lower
        if low in LEFT_STOP:
            return None
        if verb_like(low):
            return k if low.startswith("me") else None
    return None


def unnamed_group_did_it(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> bool:
    """Whether the verb opens a relative clause on a group or person the sentence does not name ("kelompok
    yang selama ini mengkritik seleksi capim KPK", "orang yang menyerang …")."""
    k = relative_opening(sent, verb)
    return k is not None and _unnamed_head(sent, k, by_end)


def _unnamed_head(sent: Sentence, k: int, by_end: dict[int, Mention]) -> bool:
    """Whether the relative word at k follows a group or person no actor names."""
    head = k - 1 - (sent.tokens[k - 1].lower in DEMONSTRATIVES and k > 1)
    # "grup ultra-nasionalis yang melempari batu sinagog": the group noun a word or three before "yang"
    # (but "Aliansi … adalah kelompok ketiga yang …" names it; an actor before a verb does not: "dia membeberkan
    # dalang yang menekan Miryam"; nor one before "mereka": "tindakan balasan oleh Yaman untuk mereka yang …")
    after_verbs = [h + 1 for h in range(max(0, head - 3), head)
                   if verb_like(sent.tokens[h].lower) and sent.tokens[h].lower not in _COPULA]
    span = range(max([max(0, head - 3)] + after_verbs), head + 1)
    if sent.tokens[head].lower in _PRONOUN_HEADS:
        span = range(head, head + 1)
    if sent.tokens[head].lower == "asing":
        return True  # "diplomat dan pejabat asing yang hendak berkunjung": foreigners, whoever they are
    return any(sent.tokens[h].lower in _UNNAMED_GROUPS for h in span) \
        and not any(by_end.get(h + 1) is not None and not _counted_after(sent, h + 1)
                    or sent.tokens[h].lower in _COPULA for h in span)


def unnamed_relative_goes_on(sent: Sentence, j: int) -> bool:
    """Whether the predicate after "dan" at j goes on a relative clause on a group no actor names ("membidik
    individu - individu dan entitas - entitas yang bertanggung jawab atas keuangan dan mendukung …")."""
    rel = next((k for k in range(j - 1, max(0, j - 12), -1) if sent.tokens[k].lower in RELATIVE
                or sent.tokens[k].lower in LEFT_STOP or sent.tokens[k].text == ","), None)
    return rel is not None and sent.tokens[rel].lower in RELATIVE \
        and _unnamed_head(sent, rel, {m.end: m for m in sent.mentions})


def antecedent(sent: Sentence, rel: int | None, by_end: dict[int, Mention]) -> Mention | None:
    """The actor a relative clause opened at `rel` describes, even after a preposition ("sanksi terhadap Iran,
    yang menyangkal melakukan serangan": Iran denies)."""
    if rel is None or rel < 2:
        return None
    m = by_end.get(rel - 1 if sent.tokens[rel - 1].text == "," else rel)
    if sent.tokens[rel - 1].text != "," and (m is None or m.kind != "person"):
        return None  # (a clause right after "di DPR", "dengan Iran" may describe the noun before them; one right
        # after a person describes the person: "respons terhadap Gubernur DKI Djarot yang meminta KPK …")
    return m if m is not None and not m.location and m.start > 0 and sent.tokens[m.start - 1].lower in _AIMED_AT \
        else None


_AIMED_AT = {"terhadap", "kepada", "atas", "against", "on", "to"}


def unnamed_doer(sent: Sentence, noun: VerbMatch, by_end: dict[int, Mention]) -> bool:
    """An event noun after a light verb that opens a relative clause on someone no actor names ("mengancam akan
    menindak tegas siapa pun yang melakukan kerusuhan"), or after the word for its doer ("menghancurkan rumah
    keluarga pelaku penyerangan"): whoever did it, not an actor before."""
    light = noun.start - 1
    if light > 0 and sent.tokens[light].lower in _PERPETRATORS:  # (but "Iran (sebagai) dalang serangan" names him)
        return not (light in by_end or sent.tokens[light - 1].lower in _IS)
    return light > 0 and sent.tokens[light].lower in LIGHT_VERBS \
        and unnamed_group_did_it(sent, replace(noun, start=light, end=light + 1), by_end)


# the word for an act's doer or sufferer before it: "pelaku penyerangan", "korban penembakan" (a role, not an actor)
DOERS = CHARGED | {"pelaku", "korban", "dalang", "otak", "terduga"}
_PERPETRATORS = DOERS - {"korban", "saksi"}  # (the victims of a fight may name its parties after it: "korban
# pertempuran antara gerilyawan dan tentara")
_IS = _COPULA | {"sebagai", "bukan", "menjadi", "jadi", "bukanlah"}  # "Iran (adalah) dalang serangan": named


_USED = {"digunakan", "dipakai", "dimanfaatkan", "dikerahkan", "dikirim"}


def unnamed_purpose(sent: Sentence, verb: VerbMatch, to: int, since: int) -> bool:
    """Whether the verb after "untuk" at `to` is the purpose of a plain verb (after the last event verb, at
    `since`) in a relative clause on someone no actor names ("menangkap salah satu aktor yang diduga menggerakan
    massa untuk membuat kerusuhan": that one makes the riot, not the police)."""
    plain = verb_before(sent, to)
    if plain is None and to > 1 and sent.tokens[to - 1].lower in _USED:
        plain = to - 1  # "drone yang digunakan untuk menyerang Port Sudan": whoever used them attacked
    if plain is None or plain < since:
        return False
    at, by_end = replace(verb, start=plain, end=plain + 1), {m.end: m for m in sent.mentions}
    return thing_did_it(sent, at, by_end) or unnamed_group_did_it(sent, at, by_end)


def _counted_after(sent: Sentence, end: int) -> bool:
    """ "… rezim Soeharto, banyak pihak yang …": a counted group after a comma is not the actor before it (but
    "Hamas, kelompok yang …" is)."""
    return end + 1 < len(sent.tokens) and sent.tokens[end].text == "," \
        and sent.tokens[end + 1].lower in ("banyak", "sejumlah", "beberapa", "berbagai", "segelintir")


_PRONOUN_HEADS = {"mereka", "seseorang", "those", "someone"}
_UNNAMED_GROUPS = {"kelompok", "grup", "orang", "orang-orang", "pihak", "sosok", "seseorang", "mereka", "kalangan", "golongan",
                   "asing",  # "wartawan asing dan aktivis yang …"
                   "para",  # "Para Capim yang Mengkritik KPK": people the lexicon does not name
                   "dalang", "pelaku", "oknum", "provokator", "penyusup",  # "membeberkan dalang yang menekan Miryam"
                   "warganya", "rakyatnya", "penduduknya",  # "peringatan bagi warganya yang hendak berkunjung"
                   "siapa", "siapapun", "pun",  # "siapa pun yang melakukan kerusuhan"
                   "kelompok-kelompok", "pihak-pihak", "individu", "individu-individu", "entitas", "entitas-entitas",
                   # ("membidik individu - individu dan entitas - entitas yang … mendukung program rudal Korea Utara")
                   "people", "those", "someone", "group", "groups"}


def reason_of_the_object(sent: Sentence, because: int) -> bool:
    """ "menegur menteri-menterinya karena mendesak IDF …", "Putus Hubungan dengan Kiribati karena Akui China":
    the one praised, blamed or acted on did what "karena" tells, not the subject."""
    before = [v for v in sent.verbs if v.end <= because]
    start = before[-1].end if before else next((k + 1 for k in range(because - 1, -1, -1)
                                                if verb_like(sent.tokens[k].lower)), 0)
    return bool(before) and before[-1].sense.cameo[:2] in _PRAISE_OR_BLAME or sent.tokens[because - 1].text == "," \
        or any(start <= m.start and m.end <= because for m in sent.mentions)  # (", karena …": the whole clause's)


_NOT_OWNER = PREPOSITIONS | {"yang", "dan", "serta", "sejak"}
_STOPS = LEFT_STOP | {",", "agar", "untuk", "dan"}
_TITLE_OF_A_LAW = {"tentang", "mengenai"}
_DONE_TO_HEADS = _UNNAMED_GROUPS | {"negara", "negara-negara", "pemerintah", "rezim"}  # heads a relative clause acts on


def author_of_the_object(sent: Sentence, verb_end: int, by_start: dict[int, Mention]) -> Mention | None:
    """Who made the thing a verb rejects or criticises, named in a passive relative clause on its object
    ("menolak 4 poin yang diusulkan DPR", "menyesalkan ancaman yang diluncurkan Korut"): the one it is aimed at."""
    tokens = sent.tokens
    for k in range(verb_end, min(len(tokens) - 2, verb_end + 16)):
        low = tokens[k].lower
        if by_start.get(k) is not None and tokens[k - 1].lower in _TITLE_OF_A_LAW:
            continue  # "revisi Undang-undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi yang
            # disahkan DPR": a name in the law's title
        if low in _STOPS or by_start.get(k) is not None:
            return None  # (an actor before "yang" is the head of the relative clause, not its object)
        if low == "yang" and tokens[k - 1].lower in _DONE_TO_HEADS:
            return None  # "mengecam negara-negara yang didatangi Dalai Lama": the countries, not the visitor
        if low == "yang":
            j = k + 1
            while j < min(len(tokens), k + 4) and not (verb_like(tokens[j].lower) and tokens[j].lower.startswith("di")):
                j += 1
            if j >= min(len(tokens), k + 4):
                return None
            if tokens[j].lower in BROKERED:
                return None  # "menandatangani kesepakatan … yang dimediasi Turki": a broker, not the other party
            j += 1 + (j + 1 < len(tokens) and tokens[j + 1].lower == "oleh")
            author = by_start.get(j)
            if author is None and j + 1 < len(tokens) and tokens[j].text.islower() \
                    and tokens[j].lower not in _NOT_OWNER:
                author = by_start.get(j + 1)  # "yang diusulkan pendahulu Johnson, Theresa May": Britain's
            return author if author is not None and not author.location else None
    return None


def agent_of_the_object(sent: Sentence, verb_end: int, by_start: dict[int, Mention]) -> Mention | None:
    """Who did the act a verb welcomes, criticises or rejects, named after "by"/"oleh" in its object
    ("welcomed the release of the two American journalists by North Korea"): the one it is aimed at."""
    tokens = sent.tokens
    for k in range(verb_end + 1, min(len(tokens) - 1, verb_end + 10)):
        if tokens[k].lower in _OBJECT_ENDS:
            return None
        if tokens[k].lower in AGENT_MARK and tokens[k - 1].lower not in BROKERED:  # ("an agreement brokered by
            j = k + 1 + (tokens[k + 1].lower in ("the", "a", "an", "para", "pihak"))  # Russia": the broker is no party)
            agent = by_start.get(j)
            return agent if agent is not None and not agent.location else None
    return None


_OBJECT_ENDS = _STOPS | {"and", "to", "yang", "which", "who"}


def doer_of_the_object(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """Who did the act named right after a verb that criticises, rejects or welcomes it, named right after the act
    ("China mengecam kunjungan Ketua DPR AS ke Taiwan": the Speaker, not Taiwan where he went)."""
    if sent.lang == "en":
        return None
    act = next((v for v in sent.verbs if v.sense.voice == "noun" and v.start == verb.end), None)
    doer = None if act is None else by_start.get(act.end) or (
        by_start.get(act.end + 1) if act.end < len(sent.tokens) and sent.tokens[act.end].is_title else None)
    return doer if doer is not None and not doer.location and doer.kind != "place" else None


def purpose_code(sent: Sentence, verb: VerbMatch) -> str:
    """The code an act takes from what it is done to do, where its lexicon entry names that end ("memanggil
    seorang pejabat senior kedutaan Jepang … untuk menjelaskan": summoned to explain, a demand for information)."""
    ends = dict(verb.sense.purposes)
    if not ends:
        return ""
    tokens = sent.tokens
    for k in range(max(verb.end, verb.reach), min(len(tokens) - 1, verb.end + 15)):
        if tokens[k].lower in (".", ";", "dan", "tetapi", "namun", "and", "but"):
            break
        if tokens[k].lower in ("untuk", "guna", "to") and tokens[k + 1].lower in ends:
            return ends[tokens[k + 1].lower]
    return ""


def listed_subject(sent: Sentence, comma: int, roles_of: Callable[[VerbMatch], object],
                   speech: frozenset[str]) -> tuple[Mention, ...] | None:
    """Who the predicate after a comma shares as subject with the meN- verb before it ("Demonstran menyerbu Dewan
    Legislatif, memblokir jalan-jalan ke bandara": the protesters, not the object before): that verb's sources
    (`roles_of` assigns them) or its subject; () when that subject is no actor ("Ketiga kelompok ini bersuara
    senada, yakni membela hasil kerja Pansel Capim KPK, mendukung DPR …"); None when a clause boundary or a
    relative clause's verb comes first ("tentara yang membawa senapan, mengunjungi …")."""
    tokens = sent.tokens
    k = next((k for k in range(comma - 1, max(-1, comma - 10), -1) if verb_like(tokens[k].lower)
              or tokens[k].lower in LEFT_STOP or tokens[k].lower in RELATIVE or tokens[k].text == ","), None)
    if k is None or not tokens[k].lower.startswith("me") or k > 0 and tokens[k - 1].lower in RELATIVE:
        return None
    verb = next((v for v in sent.verbs if v.start == k and v.sense.voice == "active"), None)
    roles = roles_of(verb) if verb is not None else None
    if roles is not None and roles.sources:
        return roles.sources
    subject = scan_left(sent, k, {m.end: m for m in sent.mentions}, MAX_LEFT, speech)
    return groups(sent.mentions, sent).get(subject, (subject,)) if subject is not None else ()
