"""Who may be the parties of one event: two parties of one government that act on each other, a meeting
held in a third country, not the victim of an attack that one condemns, the parties a mediator brings together,
and a crowd named as protesters."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.coordination import COORD
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.speakers import CHARGES
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import verb_like


def two_parties(sent: Sentence, a: Mention, b: Mention) -> bool:
    """Two parties of one government that may act on each other: two named people ("Jokowi bertemu Imam
    Nahrawi"), an institution and a named member ("Ketua KPK Bantah Tudingan Alexander Marwata"), or two
    institutions ("BNPT … dengan KKP"); but not one who goes with the other ("Jokowi didampingi Menteri
    Keuangan", "bersama Menteri Pratikno") nor one named twice ("Joko Widodo atau Jokowi")."""
    first, second = sorted((a, b), key=lambda m: m.start)
    if any(t.lower in _ALONG for t in sent.tokens[first.end:second.start]):
        return False
    if a.kind == b.kind == "org":
        return a.text.lower() != b.text.lower() and not a.person and not b.person
    if a.kind == "org" or b.kind == "org":  # (and a named body of another: "Fraksi PDIP … usulan Gerindra")
        org, other = (a, b) if a.kind == "org" else (b, a)
        return other.kind == "person" or other.kind == "composite" and org.text.lower() not in other.text.lower() \
            or other.kind == "agent" and _named_after(sent, other)  # "Polri menetapkan Irjen Ferdy Sambo …"
    if {a.kind, b.kind} & {"composite", "agent"} and "person" in (a.kind, b.kind):
        # ("Jaksa Kejaksaan Agung menahan jaksa Pinangki Sirna Malasari", "activists from the Fatah Party …
        # against the party's leader Mahmoud Abbas"; a bare police, court or army acting on one of its own:
        # "Polisi menangkap Irjen Ferdy Sambo"; not a government and its own minister)
        body, member = (a, b) if a.kind != "person" else (b, a)
        return not body.person and body.sector not in ("", "GOV") \
            and (body.kind == "composite" or body.sector in ("COP", "JUD", "MIL")) \
            and member.text.split()[-1].lower() not in body.text.lower()
    return _personal(a) and _personal(b) and a.text.split()[-1].lower() != b.text.split()[-1].lower() \
        and not (a.person and a.person == b.person)


def _named_after(sent: Sentence, m: Mention) -> bool:
    """Whether a name the lexicon does not know follows the title ("Irjen Ferdy Sambo"): one person of that rank."""
    return not sent.headline and m.end + 1 < len(sent.tokens) and m.end - m.start == 1 and all(
        t.is_title and t.text.isalpha() for t in sent.tokens[m.end:m.end + 2])  # (not "panja Rancangan Undang-Undang")


def _personal(m: Mention) -> bool:
    """A named person, or a pronoun that stands for one ("bertemu dengan saya," kata Jokowi)."""
    return m.kind == "person" or bool(m.person)


_ALONG = COORD - {","} | {"didampingi", "mendampingi", "atau", "with", "accompanied"}


def third_place(sent: Sentence, source: Mention, target: Mention) -> bool:
    """A meeting in a country that is neither party's ("Putin dan Rouhani bertemu di Ankara") is at a third
    location (CAMEO 044); "KBRI di Kairo", "KBRI (di Australia)" only say where an actor sits, and "discussed
    the situation in Afghanistan" what they talked about."""
    parties = {source.country, target.country}
    if "IGO" in parties:
        return False  # an organisation has no home: meeting the UN Secretary-General in New York is a meeting
    ends, tokens = {m.end for m in sent.mentions if not m.location and m.kind != "person"}, sent.tokens
    # (a person named right before the place meets there: "met Syria's interim President Ahmed al-Sharaa in Riyadh")
    if any((m.location or m.kind in ("metonym", "place")) and m.country in parties for m in sent.mentions):
        return False  # "bertemu Putin di Kremlin, Moskow, sehari setelah berkunjung ke Kyiv untuk menemui Zelensky":
        # a party's own place is named too
    return any(m.location and m.country and m.country != "IGO" and m.country not in parties and m.start - 1 not in ends
               and not (m.start > 1 and (tokens[m.start - 2].text == "(" and m.start - 2 in ends
                                         or tokens[m.start - 2].lower in _SITUATIONS)) for m in sent.mentions)


_SITUATIONS = {"situation", "situasi", "crisis", "krisis", "conflict", "konflik", "war", "perang", "peace",
               "perdamaian"}


def victim_of_what_is_criticised(sent: Sentence, verb: VerbMatch, target: Mention) -> bool:
    """The one an attack that is criticised, opposed or protested was done to ("Turki Kecam Serangan Terhadap Kilang
    Minyak Saudi", "condemned the attack on Saudi oil facilities", "menentang setiap serangan terhadap warga sipil",
    "to protest the killing of civilians"): not whom the criticism is aimed at (its author is, when named: "Kutuk
    Serangan Houthi ke …")."""
    if not (verb.sense.cameo in ("110", "111") or verb.sense.cameo[:2] in ("12", "14")) or target.start < verb.end:
        return False  # (blaming an attack on someone accuses them: "menyalahkan serangan … kepada Teheran")
    attack = next((v for v in sent.verbs if v.sense.cameo[:2] in VIOLENT_ROOTS  # (English nouns read as verbs)
                   and verb.end <= v.start <= verb.end + 2 and v.end <= target.start), None)
    if attack is None:
        return False
    between = sent.tokens[attack.end:target.start]
    marks = [t.lower for t in between if t.lower in _MARKS]
    after = sent.tokens[target.end].lower if target.end < len(sent.tokens) else ""
    if not marks and between and sent.lang != "en" and all(t.text.isalpha() for t in between) \
            and after not in _DONE_TO:
        return True  # "Mengutuk Serangan Kilang Minyak Saudi": the owner of what was attacked (but "serangan
        # pesawat tak berawak kelompok Houthi terhadap fasilitas minyak": its author, before its victim)
    return bool(marks) and marks[-1] in _DONE_TO


_DONE_TO = {"terhadap", "ke", "atas", "di", "on", "against", "in", "at", "of"}  # ("protest the killing of civilians")
_ADDRESSED = {"kepada", "pada", "to"}
_MARKS = _DONE_TO | _ADDRESSED


_REPORTS = {"laporan", "kabar", "berita", "isu", "rumor", "report", "reports"}
_INVOLVEMENT = {"keterlibatan", "involvement", "peran"}


def not_the_accuser(sent: Sentence, verb: VerbMatch, target: Mention, after: int) -> bool:
    """Whether the actor found after a denial (016) is not the one who made the charge it denies."""
    tokens = sent.tokens
    if after < len(tokens) and (verb_like(tokens[after].lower) or tokens[after].lower in _INVOLVEMENT) \
            and sent.lang != "en":
        return True  # "membantah meringankan hukuman terhadap pelaku": denies doing, not the accuser;
        # "membantah keterlibatan aparat pemerintahnya": those said to be involved are no accusers
    if tokens[verb.end - 1].lower in CHARGES and target.start > verb.end + (tokens[verb.end].lower in (
            "dari", "from", "by")):
        return True  # "menolak semua tuduhan keterlibatannya dalam aksi teroris": the accuser is not named
    if any(v.sense.voice == "noun" and v.sense.cameo[:2] not in ("01", "10", "11", "12")
           and verb.end <= v.start < target.start for v in sent.verbs):
        return True  # "membantah tuduhan genosida terhadap Rohingya", "membantah adanya pertemuan dengan Andi":
        # the victim or party of what is denied
    return verb.end < len(tokens) and tokens[verb.end].lower in _REPORTS and target.start > verb.end + 1
    # ("Pompeo Bantah Laporan Soal AS Tarik Mata-mata": a report about, not by, the US)


def office_holder(sent: Sentence, source: Mention, target: Mention) -> bool:
    """The name right after an office held for a country is the office holder, not another party ("mediasi
    utusan khusus PBB untuk Yaman Ismail Ould Cheikh Ahmed")."""
    return target.kind == "person" and target.start == source.end + 1 and source.kind in ("composite", "agent") \
        and sent.tokens[source.end].lower in ("untuk", "for")


_BROKERED_ACTS = {"03", "04", "05", "06", "08"}  # talks, agreements, truces that a third party may broker


def mediated_parties(sent: Sentence, verb: VerbMatch, assign) -> tuple[Mention, ...]:
    """Whom a mediator named with no object mediates between: the parties that talk or agree in the same
    sentence ("Rusia dan Ukraina menandatangani kesepakatan … yang dimediasi Turki dan PBB", "memulai perundingan
    … dengan mediasi utusan khusus PBB", "signed a ceasefire agreement mediated by Norway")."""
    found = brokered_act(sent, verb, assign)
    return found[1].sources if found is not None else ()


def brokered_act(sent: Sentence, verb: VerbMatch, assign):
    """The talks or agreement between two or more parties in the sentence, other than `verb`, with its roles."""
    for other in sent.verbs:
        if other is verb or other.sense.cameo[:2] not in _BROKERED_ACTS or other.sense.cameo.startswith("045"):
            continue
        roles = assign(other)
        if roles is not None and len({(m.key, m.sector) for m in roles.sources}) > 1:
            return other, roles
    return None


_BROKERING = {"-brokered", "-mediated"}


def brokers(sent: Sentence) -> list[tuple[Mention, int]]:
    """Countries named as brokers in a modifier ("a Norwegian-brokered ceasefire", "U.S.-mediated talks"), with
    the modifier's position."""
    by_end = {m.end: m for m in sent.mentions}
    return [(replace(by_end[k], location=False), k) for k, t in enumerate(sent.tokens)
            if t.lower in _BROKERING and by_end.get(k) is not None and by_end[k].country]


_PROTESTERS = {"demonstran", "pengunjuk", "pendemo", "massa", "perusuh", "aktivis", "mahasiswa", "pelajar",
               "pendukung", "protesters", "protester", "demonstrators", "rioters", "activists", "students", "crowd",
               "crowds", "mob", "supporters"}


def protesters_named(m: Mention) -> bool:
    """A crowd named as protesters ("Ribuan demonstran", "Aktivis pro-demokrasi"), not just people."""
    return m.kind in ("agent", "composite") and not m.person and any(w in _PROTESTERS for w in m.text.lower().split())


def repression(sent: Sentence, source: Mention, target: Mention, code: str) -> list[str]:
    """Force that police or troops use on protesters is also violent repression (175): "Soldiers opened fire on
    demonstrators in El Alto", "Egyptian police opened fire to disperse … demonstrators" (the English gold codes
    both), "opened fire on opposition supporters protesting in Harare"."""
    protesting = target.end < len(sent.tokens) and sent.tokens[target.end].lower in _PROTESTING
    return ["175"] if source.sector in ("COP", "MIL") and code[:2] in ("18", "19", "20") \
        and (protesters_named(target) or protesting) else []


_PROTESTING = {"protesting", "demonstrating", "rallying", "marching", "berunjuk", "berdemo", "berdemonstrasi"}


def storming_by_force(sent: Sentence, verb: VerbMatch) -> str:
    """Troops or police who storm a place use force (190), violent repression where it is a protest they storm
    ("Thai troops … stormed the fortified red-shirt protest camp": 175), not a riot."""
    words = {t.lower for t in sent.tokens[verb.end:verb.end + 10]}  # ("the fortified camp of anti-government "red
    # shirt" protesters")
    return "175" if words & (_PROTESTERS | {"protest", "rally", "unjuk", "demo", "demonstrasi"}) else "190"
