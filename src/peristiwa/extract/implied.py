"""Targets and sources that a clause implies rather than names: the actor a complaint is about, whoever must
meet a threat's condition, unidentified attackers of a bombing, harms done to someone named as the object of
another verb, the actors around a headline's opening verb, the one whose death condolences answer, and a state's
own people or its policy. (The places an act reaches are in reached_places.py; protests in protests.py.)"""
from __future__ import annotations

from peristiwa.extract.boundaries import CONDITIONS, TO_A_RECEIVER
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.scan import ARTICLES, HONORIFICS, MAX_LEFT, scan_left
from peristiwa.ontology.cameo import VIOLENT_ROOTS

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


def threat_target(sent: Sentence, verb: VerbMatch, source: Mention | None, target: Mention | None,
                  by_start: dict[int, Mention]) -> Mention | None:
    """Whom a threat is aimed at: the subject of its condition where the clause names no other target, names the
    threatener's own country ("threatened to open Turkey's borders … if the EU …": the EU), or names one only past
    the condition ("threatened to impose sanctions if the military does not hand power back to a civilian-led
    transition": the military)."""
    condition = condition_subject(sent, verb.end, by_start)
    if target is None or source is not None and target.key == source.key and target.kind in ("country", "adjective"):
        return condition or target
    return condition if condition is not None and condition.start < target.start else target


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
            k = _before_an_aside(sent.tokens, k)  # "Twenty Indian soldiers, including a commanding officer, were …"
            m = next((m for m in reversed(sent.mentions) if m.end <= k and k - m.end <= 3 and not m.location
                      and m.key != doer), None)
            if m is not None:
                return m
    return None


def _before_an_aside(tokens, k: int) -> int:
    """Where an aside between commas opens, if one ends just before token k (past "were"/"was")."""
    j = k - 1
    while j > 0 and tokens[j].lower in ("were", "was", "had", "been", "have", "has"):
        j -= 1
    if j < 1 or tokens[j].text != ",":
        return k
    return next((i for i in range(j - 1, max(-1, j - 9), -1) if tokens[i].text == ","), k)


def killed_in(sent: Sentence, verb: VerbMatch) -> bool:
    """ "was killed in a U.S. drone strike": the attack noun right after "killed/wounded in (a)"."""
    lows = [t.lower for t in sent.tokens[max(0, verb.start - 6):verb.start]]
    return any(a in ("killed", "wounded", "injured", "tewas", "terbunuh", "terluka") and b in ("in", "dalam")
               for a, b in zip(lows, lows[1:]))


def fell_fighting(sent: Sentence, fight: VerbMatch, by_start: dict[int, Mention]) -> tuple[Mention, Mention] | None:
    """ "Twenty Indian soldiers were killed in a clash with Chinese troops": (those killed, the enemy) of a fight
    noun after "killed in", with the enemy after "with"."""
    tokens = sent.tokens
    k = fight.end
    if fight.text.lower().split()[-1] not in ("with", "dengan"):  # ("clash with" may be the lexicon's verb)
        if k >= len(tokens) or tokens[k].lower not in ("with", "dengan"):
            return None
        k += 1
    enemy = by_start.get(k + (tokens[k].lower == "the")) if k < len(tokens) else None
    dead = died_in(sent, fight, enemy.key) if enemy is not None and killed_in(sent, fight) else None
    return (dead, enemy) if dead is not None and not enemy.location else None


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
