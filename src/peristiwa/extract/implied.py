"""Targets and sources that a clause implies rather than names: the actor a complaint is about, whoever must
meet a threat's condition, unidentified attackers of a bombing, harms done to someone named as the object of
another verb, the actors around a headline's opening verb, the one whose death condolences answer, the unnamed
crowd of a protest against someone, and whom a protest that names no target is against. (The places an act
reaches are in reached_places.py.)"""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.boundaries import TO_A_RECEIVER
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.modality import CONDITIONS
from peristiwa.extract.scan import ARTICLES, HONORIFICS, MAX_LEFT, scan_left
from peristiwa.lexicon.knowledge import ActorEntry
from peristiwa.lexicon.matcher import PhraseMatcher
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.counts import a_count

_IF = CONDITIONS | {"kecuali"}


FORCE = {"15", "17", "18", "19", "20"}  # roots whose object may be a place
AUTHORITIES = {"GOV", "COP", "JUD", "SPY", "MIL"}  # sectors that arrest, sentence and police
# acts done to someone, named as the object of another verb ("menolak pelemahan KPK"), not in the event lexicon
_HARM_NOUNS = {"pelemahan", "pembubaran", "pemberangusan", "kriminalisasi", "pembekuan", "pelarangan", "penutupan",
               "weakening", "dissolution", "suspension", "banning", "closure"}
_PLANS = {"keputusan", "rencana", "upaya", "decision", "plan", "plans", "attempt", "attempts", "move"}


def act_on(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """Whether the verb's object is a harm done to the target by someone else ("menolak pelemahan KPK"). An
    event noun there keeps the target as coders read it ("membantah tuduhan AS", "mengecam serangan
    terhadap Saudi")."""
    k = verb.end
    while k < target.start and (sent.tokens[k].lower in ARTICLES or sent.tokens[k].lower in _PLANS):
        k += 1  # "Menolak Keputusan Pembekuan Parlemen": the decision to suspend it
    return k < target.start and sent.tokens[k].lower in _HARM_NOUNS




_DEVICES = {"bomb", "bombs", "bombing", "explosion", "blast", "device", "mine", "minefield", "rocket", "shell",
            "grenade", "bom", "ledakan", "ranjau", "granat", "roket", "mortir", "mortar"}


def by_a_device(sent: Sentence, verb: VerbMatch, voice: str) -> bool:
    """ "A roadside bombing near Samarra killed …", "were killed by an improvised explosive device", "tewas
    dalam ledakan bom mobil": a weapon, not an actor, did it."""
    lows = [t.lower for t in sent.tokens]
    if voice == "passive":
        return any(w in _DEVICES for w in lows[verb.end:verb.end + 8])
    before = lows[max(0, verb.start - 8):verb.start]
    return any(w in _DEVICES for w in before) and not any(w in (",", "and", "dan") for w in before[-2:])


def unidentified(sent: Sentence, victim: Mention) -> Mention | None:
    """Violence whose perpetrator the sentence does not name ("was killed in a car bomb explosion in eastern
    Beirut") is by unidentified attackers of the country where it happened, as ICEWS codes "unidentified
    gunmen (Iraq)"."""
    places = [m for m in sent.mentions if m.location and m.country and m.country != "IGO"]
    # "Kepada awak media di Washington, Trump menuturkan serangan bom di Kabul yang menewaskan … tentara AS":
    # of the places named, the one nearest before the victim
    place = max((m for m in places if m.start < victim.start), key=lambda m: m.start, default=None) \
        or next(iter(places), None)
    if place is None:
        return None
    return Mention(place.start, place.start, f"unidentified attackers ({place.text})", place.country, "", None,
                   "unknown")


_AGAINST = {"terhadap", "against", "menentang", "kepada"}


def protesters(sent: Sentence, protest: VerbMatch, target: Mention) -> Mention | None:
    """A protest that names whom it is against but not who protests ("aksi demo besar-besaran terhadap
    pemerintah terjadi di Iran") is by civilians of the country where it happened, or else of the government
    it is against; the annotators coded the protest itself as the source."""
    between = sent.tokens[protest.end:target.start - 1]  # "aksi demo besar-besaran terhadap"
    if protest.sense.cameo[:2] != "14" or target.start - 1 < protest.end or len(between) > 2 \
            or sent.tokens[target.start - 1].lower not in _AGAINST \
            or not all(t.text.islower() and t.text.replace("-", "").isalpha() and t.lower != "yang" for t in between):
        return None
    place = next((m for m in sent.mentions if m.location and m.country and m.country != "IGO"), None)
    if place is None and target.kind in ("country", "metonym"):
        return None  # "demo menentang Israel": protests against a state are mostly held abroad
    country = place.country if place is not None else target.country
    if not country or country == "IGO":
        return None
    return Mention(protest.start, protest.start, f"protesters ({protest.text})", country, "CVL", None, "unknown")


def counted_crowd(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """A crowd the sentence opens with only by counting it ("Ribuan orang berunjuk rasa di Bangkok menuntut …",
    "Thousands rallied in Bangkok demanding …") protests or demands as civilians of the place named."""
    k = 0
    while k < verb.start and (sent.tokens[k].lower in _CROWD | _COUNTS or a_count(sent.tokens[k].lower)):
        k += 1
    if k == 0 or not any(t.lower in _COUNTS or a_count(t.lower) for t in sent.tokens[:k]) \
            or verb.sense.cameo[:2] not in ("10", "14") \
            or any(m.start < verb.start and not m.location for m in sent.mentions) \
            or any(t.text in (",", ";") or t.lower == "yang" for t in sent.tokens[k:verb.start]):
        return None
    place = next((m for m in sent.mentions if m.country and m.country != "IGO"
                  and (m.location or m.start < verb.start)), None)  # "in Bangkok" (a seat, still the place)
    if place is None:
        return None
    return Mention(0, 0, " ".join(t.text for t in sent.tokens[:k]), place.country, "CVL", None, "unknown")


_COUNTS = {"ribuan", "ratusan", "puluhan", "belasan", "thousands", "hundreds", "dozens", "tens"}
_CROWD = {"orang", "warga", "massa", "of", "people", "sekitar", "about", "some", "nearly", "more", "than"}
_ABOUT = {"over", "about", "regarding", "atas", "soal", "terkait", "tentang", "mengenai"}


def complained_about(sent: Sentence, addressee: Mention, by_start: dict[int, Mention],
                     complainer: Mention | None) -> Mention | None:
    """ "complained to the United Nations over two Israeli air raids": the complaint is against Israel; the
    UN is only where it was lodged (but "protested to China over the detention of four Japanese nationals": the
    complainer's own people are not whom it complains of)."""
    k = addressee.end
    while k < len(sent.tokens) and k - addressee.end < 4 and sent.tokens[k].lower not in _ABOUT:
        k += 1
    if k >= len(sent.tokens) or sent.tokens[k].lower not in _ABOUT:
        return None
    about = next((by_start[j] for j in range(k + 1, min(k + 6, len(sent.tokens)))
                  if j in by_start and not by_start[j].location), None)
    if about is not None and sent.tokens[about.start - 1].lower in TO_A_RECEIVER:
        return None  # "lodged a protest with the United States over the arms sale to Taiwan": the buyer is not
        # whom it complains of
    own = about is not None and complainer is not None and about.key == complainer.key \
        and (about.kind in ("country", "adjective") or about.sector not in STATE)  # ("a Japanese businessman")
    possessed = about is not None and sent.tokens[about.start - 1].lower in ("its", "their")  # "over the harassment
    return None if own or possessed else about  # of its fishermen": the complainer's own


def condition_subject(sent: Sentence, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """A threat's target is whoever must comply: the subject of its condition ("threatened to stop the
    talks if the United States goes ahead …", "mengancam … jika Iran tidak …")."""
    tokens = sent.tokens
    for k in range(pos, min(pos + 15, len(tokens))):
        if tokens[k].lower in (".", ";"):
            return None
        if tokens[k].lower in _IF:
            return next((m for m in (by_start.get(j) for j in range(k + 1, min(k + 4, len(tokens))))
                         if m is not None and not m.location), None)
    return None


# what someone says, decides or does, which another actor criticises, rejects, praises or answers
AUTHORED = {"pernyataan", "komentar", "kebijakan", "langkah", "keputusan", "sikap", "tindakan", "ucapan", "usulan",
            "tuduhan", "tudingan", "klaim", "ancaman", "proposal", "seruan", "permintaan", "tuntutan", "cara"}
# ("Mahathir Kritik Cara Indonesia Tangani Kabut Asap": the way Indonesia handles it)
_ON_THE = {"keras", "atas", "terhadap", "soal", "mengenai", "tentang", "sangat", "itu", "tersebut"}


def author_of(sent: Sentence, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """ "mengecam pernyataan yang dilontarkan Perdana Menteri Israel": the one who made the statement."""
    tokens, n = sent.tokens, len(sent.tokens)
    k = pos
    while k < n and k - pos < 3 and tokens[k].lower in _ON_THE:
        k += 1
    if not (k + 3 < n and tokens[k].lower in AUTHORED and tokens[k + 1].lower == "yang"):
        return None
    passive = tokens[k + 2].lower
    if not (passive.startswith("di") and len(passive) > 5 and passive.isalpha()):
        return None
    j = k + 3 + (tokens[k + 3].lower == "oleh")
    author = by_start.get(j)
    return author if author is not None and not author.location else None


def from_the_air(sent: Sentence, source: Mention, verb: VerbMatch, means: frozenset[str]) -> bool:
    """Whether the attacker is named as an aircraft's, one of the aerial `means` ("Drone AS Tewaskan 30 Petani",
    "serangan udara AS", "Saudi-led coalition air strikes killed …", "Jet tempur Suriah dan Rusia membombardir …",
    "Russian and Syrian government warplanes pounded …")."""
    left = max(0, source.start - (4 if source.start and sent.tokens[source.start - 1].lower in ("dan", "and") else 2))
    spans = [sent.tokens[left:source.end]] + ([sent.tokens[source.end:verb.start]]
                                              if 0 < verb.start - source.end <= 5 else [])
    return any(f" {p} " in f" {' '.join(t.lower for t in span)} " for span in spans for p in means)


def subject_after_comma(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """A sentence (mostly a headline) opening with an active verb and its object names the actor after the
    comma: "Tepis Tudingan Malaysia, Indonesia Siap Adu Data" (Indonesia rejects Malaysia's charge)."""
    if verb.sense.cameo.startswith("019"):
        return None  # "Sejalan dengan resolusi …, Inggris menganggap …": in line with, no act
    comma = next((k for k in range(verb.end, min(len(sent.tokens), verb.end + 8)) if sent.tokens[k].text == ","), None)
    subject = by_start.get(comma + 1) if comma is not None else None
    doer = by_start.get(verb.end)
    if verb.sense.cameo[:2] == "14" and doer is not None and not doer.location and doer.sector not in AUTHORITIES:
        return doer  # "Demo PMII di Gedung KPK Ricuh, Massa dan Polisi …": the students' protest
    if subject is None or subject.location or verb.sense.cameo[:2] == "14" and subject.sector in AUTHORITIES:
        return None  # "Demo di KPK Ricuh, Polisi Tembakkan Gas Air Mata": the police answer the protest
    return subject


_DEATH = {"meninggal", "wafat", "berpulang", "tutup", "died", "dies"}


def the_deceased(sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The one whose death is mourned, named with it in the same sentence: "BJ Habibie Meninggal, Kamboja Ikut
    Berduka", "Habibie Wafat, Inggris … Ucapkan Belasungkawa"."""
    def mourned(m: Mention) -> bool:
        before = [t.lower for t in sent.tokens[max(0, m.start - 2):m.start]]  # "berpulangnya (Bapak) Habibie"
        return m.end < len(sent.tokens) and sent.tokens[m.end].lower in _DEATH \
            or bool(before) and (before[-1] in _DEATH_OF or len(before) == 2 and before[0] in _DEATH_OF
                                 and before[1] in _HONORIFIC)
    return next((m for m in mentions if mourned(m) and not m.location), None)


_DEATH_OF = {"berpulangnya", "wafatnya", "meninggalnya", "kepergian", "kematian", "mangkatnya", "death", "passing"}
_HONORIFIC = HONORIFICS | {"almarhum", "mendiang", "mantan", "former", "late"}


_DIED = {"tewas", "terbunuh", "meninggal", "terluka", "luka-luka", "killed", "died", "wounded", "injured"}


def died_in(sent: Sentence, attack: VerbMatch, doer: str) -> Mention | None:
    """ "tiga tentara AS … tewas dalam serangan": the actor who died or was hurt in an attack (not its doer)."""
    for k, t in enumerate(sent.tokens[:attack.start]):
        if t.lower in _DIED:
            m = next((m for m in reversed(sent.mentions) if m.end <= k and k - m.end <= 3 and not m.location
                      and m.key != doer), None)
            if m is not None:
                return m
    return None


def killed_in(sent: Sentence, verb: VerbMatch) -> bool:
    """ "was killed in a U.S. drone strike": the attack noun right after "killed/wounded in (a)"."""
    lows = [t.lower for t in sent.tokens[max(0, verb.start - 6):verb.start]]
    return any(a in ("killed", "wounded", "injured", "tewas", "terbunuh", "terluka") and b in ("in", "dalam")
               for a, b in zip(lows, lows[1:]))


def killing_follows(sent: Sentence, attack: VerbMatch, target: Mention) -> bool:
    """ "A U.S. drone strike at Baghdad airport killed Qassem Soleimani": an attack noun that only names where it
    struck, as the subject of a violent verb with an object of its own, hits that object, not the place."""
    tokens = sent.tokens
    if sent.lang != "en" or target.start < 1 or tokens[target.start - 1].lower not in ("at", "in", "near") \
            or target.start - attack.end > 2:
        return False
    return any(v.sense.voice == "active" and v.sense.cameo[:2] in VIOLENT_ROOTS and 0 <= v.start - target.end <= 3
               and any(m.start >= v.end and m.start - v.end <= 2 and not m.location for m in sent.mentions)
               for v in sent.verbs)


_STRIKING = {"membakar", "menghantam", "menghancurkan", "merusak", "menyasar", "menargetkan", "mengenai", "hit",
             "struck", "destroyed", "damaged", "targeted"}
_ATTACK_MEANS = {"pesawat", "nirawak", "drone", "udara", "rudal", "roket", "bom", "bunuh", "diri", "drones", "air",
                 "missile", "rocket", "suicide", "bomb", "artileri", "artillery"}


_CLAIMING = {"mengklaim", "mengaku", "menyatakan", "claimed", "claims", "claiming", "claim", "admitted", "took",
             "accepted"}


def struck_in_its_clause(sent: Sentence, attack: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """ "serangan pesawat nirawak yang membakar dua fasilitas minyak Saudi Aramco", "a drone attack that hit a
    Saudi oil facility": what the relative clause on an attack noun says it struck."""
    tokens, k = sent.tokens, attack.end
    while k < len(tokens) and tokens[k].lower in _ATTACK_MEANS:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].lower not in ("yang", "which", "that") \
            or tokens[k + 1].lower not in _STRIKING:
        return None
    return next((m for j in range(k + 2, min(len(tokens), k + 9)) if (m := by_start.get(j)) is not None
                 and not m.location), None)


def struck_after_its_doer(sent: Sentence, doer: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """ "Drone attacks claimed by Yemen's Houthi movement set ablaze two Saudi Aramco oil facilities": what the
    attack's verb, right after the one named as its doer, struck."""
    tokens = sent.tokens
    verb = next((k for k in range(doer.end, min(len(tokens), doer.end + 3))
                 if tokens[k].lower in _STRUCK_AFTER_A_DOER), None)
    if verb is None:
        return None
    return next((m for j in range(verb + 1, min(len(tokens), verb + 8)) if (m := by_start.get(j)) is not None
                 and not m.location), None)


_STRUCK_AFTER_A_DOER = _STRIKING | {"set", "torched", "killed", "wounded"}  # ("set ablaze")


def claimant(sent: Sentence, attack: VerbMatch, by_end: dict[int, Mention], struck: bool) -> Mention | None:
    """Who claims responsibility for the attack noun right after "(mengklaim) bertanggung jawab atas" / "(claimed)
    responsibility for" (without a verb of claiming only when what the attack struck is named: "Iran bertanggung
    jawab atas serangan itu" may be anyone's judgement of an attack named before)."""
    tokens = sent.tokens
    k = attack.start - 2 - (attack.start > 2 and tokens[attack.start - 1].lower in ("the", "a", "an"))
    claimed = k >= 0 and tokens[k + 1].lower in ("atas", "for") \
        and tokens[k].lower in ("jawab", "bertanggungjawab", "responsibility")
    k -= claimed and tokens[k].lower == "jawab"  # "bertanggung jawab"
    claimed = claimed and (struck or k > 0 and tokens[k - 1].lower in _CLAIMING)
    who = scan_left(sent, k, by_end, MAX_LEFT) if claimed else None
    return who if who is not None and not (who.kind == "agent" and " " not in who.text) else None  # (a bare
    # "Milisi" whose country is only guessed claims nothing for anyone)


def as_a_form_of(tokens, start: int) -> bool:
    """Whether an act is done "sebagai (bentuk) protes": the clause's own act, as a protest."""
    k = start - (start > 0 and tokens[start - 1].lower in ("bentuk", "wujud"))
    return k > 0 and tokens[k - 1].lower == "sebagai"


_SEATS = {"gedung", "kantor", "markas", "mabes", "istana", "kompleks", "outside"}


def protested(sent: Sentence, verb: VerbMatch, source: Mention, light_verbs: set[str], voice: str,
              actors: PhraseMatcher[ActorEntry]) -> list[Mention]:
    """A protest that names no target is against the country its protesters are "anti-" ("pengunjuk rasa
    anti-China", "anti-American protesters"), else the government where it takes place ("demonstrated in
    Serbia"), else the protesters' own government, as CAMEO coders read it (`voice`: as the roles read the
    verb, "noun" for "after violent protests by Muslim groups")."""
    if source.sector == "GOV" or source.country == "IGO" or source.kind in ("country", "metonym"):
        return []  # (a state that protests does so to someone: "Pakistan summoned … to protest …")
    if "noun" in (verb.sense.voice, voice) and not as_a_form_of(sent.tokens, verb.start) \
            and not any(t.lower in light_verbs for t in sent.tokens[max(0, verb.start - 3):verb.start]):
        return []  # "kerusuhan warga Papua" names a riot; "menggelar aksi demonstrasi" reports a protest
    if (opposed := _opposed(sent, source, actors)) is not None:
        return [opposed]
    if (against := _protested_against(sent, verb)) is not None:
        return [against]
    seat = next((m for m in sent.mentions if verb.end <= m.start < verb.end + 15 and m.kind in ("org", "metonym")
                 and sent.tokens[m.start - 1].lower in _SEATS), None)
    if seat is not None:  # "berunjuk rasa di Gedung KPK", "di depan Gedung DPR": against the body housed there
        return [replace(seat, location=False)]
    place = next((m for m in sent.mentions if m.location and m.start >= verb.end and m.country != "IGO"), None)
    country = place.country if place is not None else source.country
    return [Mention(verb.start, verb.end, f"{country} government (implied)", country, "GOV", None, "anaphor")]


def _opposed(sent: Sentence, source: Mention, actors: PhraseMatcher[ActorEntry]) -> Mention | None:
    """The country protesters are against, named in "anti-" inside or right after their phrase."""
    tokens = sent.tokens
    for k in range(max(0, source.start - 1), min(len(tokens), source.end + 1)):
        low = tokens[k].lower
        if low.startswith("anti-") and len(low) > 5:
            words = [replace(tokens[k], text=tokens[k].text[5:], lower=low[5:])]
        elif low == "anti" and k + 1 < len(tokens):
            words = tokens[k + 1:k + 4]
        else:
            continue
        hit = next(iter(actors.find(words)), None)
        if hit is not None and hit[0] == 0 and hit[2].kind in ("country", "adjective") and hit[2].country:
            return Mention(k, k + 1, f"{hit[2].country} government (anti-)", hit[2].country, "GOV", None, "anaphor")
    return None


def _protested_against(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """The state a protest is against, named after "menentang", "memprotes", "against" … later in its sentence
    ("berunjuk rasa di Monas menentang agresi militer Israel di Jalur Gaza"): the first state named there."""
    tokens = sent.tokens
    k = next((k for k in range(verb.end, len(tokens)) if tokens[k].lower in _OPPOSING), None)
    if k is None:
        return None
    return next((m for m in sent.mentions if k < m.start <= k + 5 and not m.location and m.country not in ("", "IGO")
                 and m.kind in ("country", "adjective", "metonym")), None)


_OPPOSING = {"menentang", "memprotes", "mengecam", "mengutuk", "against", "protesting", "condemning", "denouncing"}
STATE = AUTHORITIES | {"LEG"}


def population(state: Mention, lang: str) -> Mention:
    """ "Pemerintah sempat memblokir penggunaan aplikasi tersebut": a restriction of freedoms that names no one
    is laid on the state's own people, as the annotators code it ("warga Iran", CVL)."""
    word = "citizens" if lang == "en" else "warga"
    return Mention(state.start, state.start, f"{word} ({state.text})", state.country, "CVL", None, "agent")


def policy_owner(sent: Sentence, verb: VerbMatch, source: Mention) -> Mention | None:
    """Whose bill or plan one rejects, criticises or backs when the sentence names no one: "Ribuan mahasiswa
    menolak revisi UU KPK" — the state's (its government), as the annotators code it (an author the sentence
    names, "revisi UU KPK yang diusulkan DPR", is taken before this); a deal a parliament or party rejects is
    the government's too."""
    k = verb.end - (sent.tokens[verb.end - 1].lower in _DEALS)  # ("menolak kesepakatan": the verb names the deal)
    while k < len(sent.tokens) and k - verb.end < 2 and sent.tokens[k].lower in _POLICY_MODIFIERS:
        k += 1
    word = sent.tokens[k].lower if k < len(sent.tokens) else ""
    if word not in _POLICIES and not (word in _DEALS and source.sector in _ASSEMBLIES
                                      and not verb.sense.cameo.startswith("128")) or not source.country \
            or source.country == "IGO" or source.location or source.sector == "GOV" \
            or source.kind in ("country", "metonym"):
        return None  # (a state's own rejection of a plan may be of anyone's)
    return Mention(k, k, f"pemerintah ({sent.tokens[k].text})", source.country, "GOV", None, "agent")


_POLICIES = {"revisi", "rancangan", "ruu", "rkuhp", "pemindahan", "pengesahan", "perppu", "undang-undang"}  # bills
# a deal that a parliament, a party or the opposition rejects or backs is the government's ("Parlemen Inggris telah
# berulang kali menolak kesepakatan Brexit"); breaking a deal (128) wrongs its parties, not its author
_DEALS = {"kesepakatan"}
_ASSEMBLIES = {"LEG", "OPP", "PTY"}
_POLICY_MODIFIERS = {"keras", "tegas", "seluruh", "adanya", "upaya", "rencana"}  # "menolak rencana pengesahan RKUHP"
