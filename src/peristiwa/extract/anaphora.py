"""Words that point back to actors other than people's pronouns (those are in pronouns.py): "mereka"/"they"
opening a sentence (the group named last), "keduanya"/"kedua negara" (the two named before), "negara
itu"/"the country" (the country named before) and "wilayah itu"/"the town" (the place named last)."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.objects import QUANTIFIERS
from peristiwa.extract.scan import ALL_PARTIES, MAX_LEFT, scan_left
from peristiwa.text.morphology import act_noun_with_nya, verb_like

_THEY = {"mereka", "they"}
_GROUPS = {"CVL", "MIL", "REB", "OPP", "PTY", "COP", "EDU", "REF"}
_PAIRS = {("keduanya",): "person", ("kedua", "pemimpin"): "person", ("kedua", "tokoh"): "person",
          ("kedua", "negara"): "country", ("kedua", "pihak"): "any", ("both", "leaders"): "person",
          ("both", "countries"): "country", ("the", "two", "countries"): "country", ("the", "two", "leaders"): "person",
          ("kedua", "menteri"): "person", ("kedua", "menlu"): "person", ("kedua", "presiden"): "person",
          ("kedua", "delegasi"): "any", ("the", "two", "ministers"): "person", ("the", "two", "sides"): "any",
          ("both", "sides"): "any", ("the", "two", "allies"): "country", ("the", "two", "nations"): "country",
          ("both", "nations"): "country", ("the", "two", "neighbours"): "country",
          ("the", "two", "neighbors"): "country", ("kedua", "sekutu"): "country", ("kedua", "bangsa"): "country",
          ("the", "two", "men"): "person", ("both", "men"): "person", ("the", "two"): "person"}
_BARE = {("the", "two")}  # only right before its verb: "when the two met" (not "the two soldiers")
_PAIR_FIRST = {key[0] for key in _PAIRS}
_ANAPHORS = {("negara", "itu"), ("negara", "tersebut"), ("negara", "tetangganya"), ("negeri", "itu"),
             ("negaranya",), ("the", "country"), ("its", "neighbour"), ("its", "neighbor"), ("the", "kingdom"),
             ("his", "country"), ("its", "country"), ("their", "country"), ("her", "country")}
_CLAUSE_OPENERS = {"jika", "kalau", "apabila", "bila", "karena", "sehingga", "agar", "supaya", "if", "because",
                   "unless"}
_OBJECT_MARKS = {"with", "to", "against", "from", "dengan", "kepada", "terhadap", "dari", "melawan"}
_PLACE_PREPOSITIONS = {"di", "ke", "dari", "in", "to", "of", "from", "at", "within", "untuk", "bagi"}
_OWN_COUNTRY = {("negaranya",), ("his", "country"), ("its", "country"), ("their", "country"), ("her", "country")}
_ANAPHOR_FIRST = {key[0] for key in _ANAPHORS}
_MANY = QUANTIFIERS | {"all", "many", "several", "some"}  # "semua negara itu": several countries


def add_they(sent: Sentence, mentions: list[Mention], previous: list[Mention]) -> list[Mention]:
    """A sentence that opens with "Mereka"/"They" continues the group the previous sentence named last
    ("… warga provinsi Nangarhar. Mereka menuntut permintaan maaf …")."""
    at = 0 if not sent.tokens or sent.tokens[0].lower not in _OPENING_LINKS else 1 + (
        len(sent.tokens) > 1 and sent.tokens[1].text == ",")  # "Sebaliknya, mereka …", "Namun mereka …"
    if len(sent.tokens) <= at or sent.tokens[at].lower not in _THEY or any(m.start == at for m in mentions):
        return mentions
    group = next((m for m in reversed(previous) if m.kind in ("agent", "composite") and not m.person
                  and m.sector in _GROUPS), None)
    if group is None and previous and previous[0].start == 0 and previous[0].kind in ("country", "metonym"):
        group = previous[0]  # "China mengatakan … dan menyangkal campur tangan. Sebaliknya, mereka menuduh …"
    if group is None:
        return mentions
    tok = sent.tokens[at]
    they = Mention(at, at + 1, tok.text, group.country, group.sector or ("GOV" if group.kind != "agent" else ""),
                   group.igo, "pronoun", "")
    return sorted([they] + mentions, key=lambda m: m.start)


_OPENING_LINKS = {"sebaliknya", "namun", "tetapi", "kemudian", "selanjutnya", "however", "instead", "but", "then"}


_NOT_STATES = {"IGO", "HKG", "MAC"}  # organisations and territories are never "kedua negara"


def coalition_forces(mentions: list[Mention], history: list[Mention]) -> list[Mention]:
    """ "pasukan koalisi" with no country named: the international force named before in the article ("Pasukan
    NATO di Kabul …; pertarungan antara kelompok militan dan pasukan koalisi"), if there is one."""
    if not any(m.kind == "agent" and not m.country and m.text.lower().endswith("koalisi") for m in mentions):
        return mentions
    force = next((m for m in reversed(history) if m.country == "IGO" and m.sector == "MIL"), None)
    return mentions if force is None else [
        replace(m, country="IGO", igo=force.igo) if m.kind == "agent" and not m.country
        and m.text.lower().endswith("koalisi") else m for m in mentions]


def _joined_pair(sent: Sentence, before: list[Mention]) -> list[Mention]:
    """The last two actors joined by "dan"/"and" before a pair anaphor in its sentence, later first ("menuding
    Kepulauan Solomon dan Vanuatu mencampuri urusan dalam negeri Indonesia setelah kedua negara itu …")."""
    for a, b in reversed(list(zip(before, before[1:]))):
        if b.start == a.end + 1 and sent.tokens[a.end].lower in ("dan", "and", "serta") and a.key != b.key:
            return [b, a]
    return []


def add_pairs(sent: Sentence, mentions: list[Mention], history: list[Mention],
              speech: frozenset[str] = frozenset()) -> list[Mention]:
    """ "keduanya", "kedua negara", "both leaders": the last two distinct actors of that kind (not the
    speaker of this sentence: "Alexander Marwata mengatakan, keduanya ditetapkan sebagai tersangka")."""
    extra = []
    lows = [t.lower for t in sent.tokens]
    if not _PAIR_FIRST.intersection(lows):
        return mentions
    covered = {k for m in mentions for k in range(m.start, m.end)}
    for i in range(len(lows)):
        if lows[i] not in _PAIR_FIRST:
            continue
        for size in (3, 2, 1):
            kind = _PAIRS.get(tuple(lows[i:i + size]))
            if kind is None or i in covered or tuple(lows[i:i + size]) in _BARE and not any(
                    v.start in (i + size, i + size + 1) for v in sent.verbs):
                continue
            seen, picked = set(), []
            said = max((k for k in range(i) if lows[k] in speech), default=-1)
            if said >= 0 and _subjectless(lows, said, i, mentions):
                said = -1  # "Trump mengatakan bersedia bertemu Kim … pertemuan keempat keduanya": the speaker
                # is the subject of what he says, so one of the two
            pool = history + [m for m in mentions if m.end <= i and m.end > said]

            def fits(m: Mention) -> bool:  # "kedua negara" after "Inggris dan China … Hong Kong": the two states
                # (not the Houthis, nor the protesters of one of them)
                return not ((kind == "person" and not m.person) or (kind == "country" and (
                    m.country in _NOT_STATES or not m.country
                    or m.kind not in ("country", "metonym", "anaphor", "composite") and m.sector != "GOV"
                    or m.sector in _GROUPS - {"MIL", "COP"})))
            pair = _joined_pair(sent, [m for m in mentions if m.end <= i and m.end > said and fits(m)])
            for m in pair or reversed(pool):
                if not fits(m):
                    continue
                if m.key not in seen:
                    seen.add(m.key)
                    picked.append(m)
                if len(picked) == 2:
                    break
            if len(picked) == 2:
                a, b = picked[1], picked[0]
                text = " ".join(t.text for t in sent.tokens[i:i + size])
                second = Mention(i, i + size, text, b.country, b.sector, b.igo, "pronoun", b.person)
                extra.append(Mention(i, i + size, text, a.country, a.sector, a.igo, "pronoun", a.person,
                                     also=(second,)))
            break
    inside = {k for m in extra for k in range(m.start, m.end)}  # ("Kedua pemimpin": not also "pemimpin")
    return sorted([m for m in mentions if m.start not in inside] + extra, key=lambda m: m.start) if extra else mentions


_COUNTED = {"ketiga": 3, "keempat": 4, "kelima": 5, "three": 3, "four": 4, "five": 5}
_STATE_NOUNS = {"negara", "countries", "nations"}


def add_counted_states(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "ketiga negara tersebut", "the three countries": the list of that many states named before in the sentence
    ("Spanyol, Irlandia, dan Norwegia … memanggil pulang duta besarnya dari ketiga negara tersebut")."""
    lows = [t.lower for t in sent.tokens]
    heads = [i for i in range(1, len(lows)) if lows[i] in _STATE_NOUNS and lows[i - 1] in _COUNTED]
    covered = {k for m in mentions if m.kind != "anaphor" for k in range(m.start, m.end)}  # (not "negara tersebut")
    extra = []
    for i in heads:
        n, start = _COUNTED[lows[i - 1]], i - 1 - (i > 1 and lows[i - 2] in ("the", "all"))
        if start in covered or sent.lang == "en" and lows[start] not in ("the", "all"):
            continue
        states = [m for m in mentions if m.end <= start and m.kind in ("country", "metonym")
                  and m.country and m.country not in _NOT_STATES]
        runs: list[list[Mention]] = []
        for m in states:  # lists joined by commas and "dan"/"and"; the last one of that many states
            if runs and all(t in (",", "dan", "serta", "and") for t in lows[runs[-1][-1].end:m.start]):
                runs[-1].append(m)
            else:
                runs.append([m])
        run = next((r for r in reversed(runs) if len(r) == n == len({m.country for m in r})), None)
        if run is None:
            continue
        text = " ".join(t.text for t in sent.tokens[start:i + 1])
        first, rest = run[0], run[1:]
        extra.append(Mention(start, i + 1, text, first.country, "", first.igo, "anaphor",
                             also=tuple(Mention(start, i + 1, text, m.country, "", m.igo, "anaphor") for m in rest)))
    inside = {k for m in extra for k in range(m.start, m.end)}
    return sorted([m for m in mentions if m.start not in inside] + extra, key=lambda m: m.start) if extra else mentions


def _subjectless(lows: list[str], said: int, pair: int, mentions: list[Mention]) -> bool:
    """Whether the clause reported after the speech verb opens with a verb (its subject is the speaker)."""
    k = said + 1
    while k < pair and lows[k] in (",", "bahwa", "that", "akan", "telah", "sudah", "siap", "will", "would"):
        k += 1
    return k < pair and verb_like(lows[k]) and not any(m.start == k for m in mentions) or (
        k < pair and lows[k] in ("bersedia", "ingin", "ready", "willing"))


def add_country_anaphors(sent: Sentence, mentions: list[Mention], earlier: list[Mention],
                         speech: frozenset[str] = frozenset()) -> list[Mention]:
    """ "negara itu", "negara tetangganya", "the country": the latest country mentioned before, other
    than the one that is the subject of this clause."""
    extra = []
    lows = [t.lower for t in sent.tokens]
    for i in range(len(lows)):
        if lows[i] not in _ANAPHOR_FIRST:
            continue
        size = 2 if tuple(lows[i:i + 2]) in _ANAPHORS else 1 if (lows[i],) in _ANAPHORS else 0
        if not size or i > 0 and lows[i - 1] in _MANY:
            continue  # (not "negara - negara tersebut": one plural word, several countries; nor "sepertiga dari
            # semua negara itu mengakui Taiwan": all of those countries)
        before = [m for m in mentions if m.end <= i]
        doers = [m for m in before if not m.location and not (m.start > 0 and lows[m.start - 1] in _OBJECT_MARKS)]
        # (not "condemned the coup in Niger and … the country", "lodged a protest with Albania, charging its neighbor")
        subject = doers[-1].key if doers else None
        if before and _CLAUSE_OPENERS & set(lows[before[-1].end:i]) and not lows[i + size - 1].endswith("nya"):
            subject = None  # "… teknologi pada Arab Saudi jika negara itu menandatangani …": the object before
        candidates = earlier + [m for m in before if m.kind == "country" or m.kind == "metonym" and not m.location]
        antecedent = next((m for m in reversed(candidates) if m.key != subject), None)
        own = [m for m in before if not m.location and m.country and m.country != "IGO"]
        stated = i > 0 and (lows[i - 1] in speech or lows[i - 1] in ("bahwa", "that"))
        if tuple(lows[i:i + size]) in _OWN_COUNTRY and own and i > 0 and (lows[i - 1] in _PLACE_PREPOSITIONS or (
                stated and len({m.country for m in own}) == 1 and own[-1].kind != "country")):
            antecedent = own[0]  # "Mahathir mengkritik suku Melayu di negaranya": his own country; "Utusan Inggris
            # menyatakan negaranya tidak sepakat …": the speaker's (but "membantah negaranya terlibat" is
            # about another's accusation, and the country before may be the accuser)
        elif lows[i] in ("his", "her") and (people := [m for m in before if m.kind == "person" and m.country]):
            antecedent = people[-1]  # "Kabila accused Rwanda and Uganda of invading his country": Kabila's
        if antecedent is not None:
            text = " ".join(t.text for t in sent.tokens[i:i + size])
            extra.append(Mention(i, i + size, text, antecedent.country, "", antecedent.igo, "anaphor"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def add_korean_halves(sent: Sentence, mentions: list[Mention], countries: list[Mention]) -> list[Mention]:
    """ "the North" and "the South" in an English story about the Koreas ("South Korea said the North fired two
    missiles"): North and South Korea (not "the North Atlantic", "the South China Sea")."""
    if sent.lang != "en" or not any(m.country in ("KOR", "PRK") for m in countries + mentions):
        return mentions
    covered = {k for m in mentions for k in range(m.start, m.end)}
    tokens, extra = sent.tokens, []
    for i in range(len(tokens) - 1):
        half = tokens[i + 1].text
        if tokens[i].lower == "the" and half in ("North", "South") and i + 1 not in covered \
                and not (i + 2 < len(tokens) and tokens[i + 2].is_title):
            extra.append(Mention(i, i + 2, f"the {half}", "PRK" if half == "North" else "KOR", "", None, "anaphor"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_PLACE_ANAPHORS = {("wilayah", "itu"), ("wilayah", "tersebut"), ("kota", "itu"), ("kota", "tersebut"),
                   ("provinsi", "itu"), ("provinsi", "tersebut"), ("daerah", "itu"), ("daerah", "tersebut"),
                   ("kawasan", "itu"), ("kawasan", "tersebut"), ("the", "region"), ("the", "city"), ("the", "town"),
                   ("the", "province"), ("the", "area")}


def add_place_anaphors(sent: Sentence, mentions: list[Mention], places: list[Mention]) -> list[Mention]:
    """ "wilayah itu", "kota tersebut", "the town": the place named last (a province, region or city)."""
    lows = [t.lower for t in sent.tokens]
    covered = {k for m in mentions for k in range(m.start, m.end)}
    extra = []
    for i in range(len(lows) - 1):
        if (lows[i], lows[i + 1]) not in _PLACE_ANAPHORS or i in covered or i + 1 in covered:
            continue
        before = places + [m for m in mentions if m.kind == "place" and m.end <= i]
        if before:
            p = before[-1]
            text = " ".join(t.text for t in sent.tokens[i:i + 2])
            extra.append(Mention(i, i + 2, text, p.country, "", None, "place", "", True))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_SOME = {"sejumlah", "beberapa", "banyak", "berbagai", "several", "some", "many", "various"}
_COUNTRY_NOUNS = {"negara", "countries", "nations"}
_SUCH_AS = {"seperti", "termasuk", "yakni", "yaitu", "including", "such"}
_LIST_JOINS = {",", "dan", "serta", "and", "as"}


def _group_phrase(lows: list[str], i: int) -> bool:
    return i + 1 < len(lows) and lows[i] in _SOME and lows[i + 1] in _COUNTRY_NOUNS


def name_country_groups(sentences: list[Sentence]) -> None:
    """ "sejumlah negara" named before the article says which ("… oleh sejumlah negara seperti Turki, Yaman,
    serta Indonesia"): every bare use of that phrase in the article stands for those countries."""
    named: dict[tuple[str, str], list[Mention]] = {}
    candidates = [s for s in sentences if any(t.lower in _COUNTRY_NOUNS for t in s.tokens)]
    for sent in candidates:
        lows = [t.lower for t in sent.tokens]
        by_start = {m.start: m for m in sent.mentions}
        for i in range(len(lows) - 2):
            if not _group_phrase(lows, i) or lows[i + 2] not in _SUCH_AS:
                continue
            members, k = [], i + 3
            while k < len(lows):
                m = by_start.get(k)
                if m is not None and m.kind in ("country", "metonym") and m.country not in _NOT_STATES:
                    members.append(m)
                    k = m.end
                elif lows[k] in _LIST_JOINS:
                    k += 1
                else:
                    break
            if len(members) >= 2:
                named.setdefault((lows[i], lows[i + 1]), members)
    if not named:
        return
    for sent in candidates:
        lows = [t.lower for t in sent.tokens]
        covered = {k for m in sent.mentions for k in range(m.start, m.end)}
        extra = []
        for i in range(len(lows) - 1):
            members = named.get((lows[i], lows[i + 1])) if _group_phrase(lows, i) else None
            if members is None or i in covered or i + 1 in covered \
                    or i + 2 < len(lows) and lows[i + 2] in _SUCH_AS:
                continue
            text = " ".join(t.text for t in sent.tokens[i:i + 2])
            first, rest = members[0], members[1:]
            extra.append(Mention(i, i + 2, text, first.country, "", first.igo, "anaphor",
                                 also=tuple(Mention(i, i + 2, text, m.country, "", m.igo, "anaphor") for m in rest)))
        if extra:
            sent.mentions = sorted(sent.mentions + extra, key=lambda m: m.start)


def clitic_referent(sent: Sentence, verb: VerbMatch, history: list[Mention], sources,
                     previous: list[Mention]) -> list[Mention]:
    """The actor "-nya" points back to: the latest one before the verb that is not its subject (nor one of
    the subject's agents), e.g. "Ia … oleh para pejabat Indonesia yang menuduhnya": ia; but a denial that
    names no one else in its sentence answers the subject of the sentence before ("Washington mendesak
    sekutunya … karena pemerintah Beijing …. Huawei membantahnya": Washington)."""
    before = history + [m for m in sent.mentions if m.end <= verb.start and not m.location]
    subjects = {(m.key, m.sector) for m in sources} | {m.text for m in sources}
    own = [m for m in sent.mentions if m.end <= verb.start and not m.location and m not in sources]
    if verb.sense.cameo.startswith("016") and not own and previous:
        before = [m for m in previous if m.key != previous[0].key] + [previous[0]]
    accuser = accuser_before(sent, verb)  # "Pompeo menyalahkan Iran …, dengan Teheran membantahnya"
    before = before + [accuser] if accuser is not None else before
    for m in reversed(before):
        if (m.key, m.sector) not in subjects and m.text not in subjects:
            return [replace(m, text=f"{m.text} (-nya)")]
    return []


def accuser_before(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """Who a denial answers when the accusation stands before it in the sentence: the subject of the first
    verb of accusing ("Pemerintah menuduh gerilyawan, yang kemudian dibantah gerilyawan": the government)."""
    accusing = [v for v in sent.verbs if v.end <= verb.start and v.sense.cameo[:2] == "11"]
    if not verb.sense.cameo.startswith("016") or not accusing:
        return None
    return scan_left(sent, accusing[0].start, {m.end: m for m in sent.mentions}, MAX_LEFT)


def parties_addressed(sent: Sentence, verb: VerbMatch, sources) -> list[Mention]:
    """ "China meminta semua pihak untuk tetap tenang … setelah Amerika Serikat … Korea Utara": an appeal to all
    parties addresses the parties the sentence names after it (two at least), other than the one appealing."""
    k = verb.end + (verb.end < len(sent.tokens) and sent.tokens[verb.end].lower in ("kepada", "to", "on"))
    if tuple(t.lower for t in sent.tokens[k:k + 2]) not in ALL_PARTIES:
        return []
    own, out = {m.key for m in sources}, []
    for m in sent.mentions:
        if m.start > k + 1 and not m.location and m.country and m.key not in own \
                and m.key not in {o.key for o in out} and m.kind in ("country", "metonym", "person", "composite"):
            out.append(m)
    return out if len(out) >= 2 else []


def asks_for_its_act(sent: Sentence, verb: VerbMatch) -> bool:
    """A call for an act on someone named by -nya ("menyerukan penggulingannya") targets that one, unless an
    addressee follows ("menuntut pembebasannya kepada pemerintah China")."""
    last = sent.tokens[verb.end - 1].lower
    after = sent.tokens[verb.end].lower if verb.end < len(sent.tokens) else ""
    return act_noun_with_nya(last) and after not in ("kepada", "terhadap", "pada", "dari")


_ARMED_OR_OPPOSED = {"REB", "OPP"}
_THE_GROUP = {("kelompok", "itu"), ("kelompok", "tersebut"), ("the", "group")}
_GROUP_HEADS = {"kelompok", "group"}


def add_group_anaphors(sent: Sentence, mentions: list[Mention], history: list[Mention]) -> list[Mention]:
    """ "kelompok itu", "kelompok tersebut", "the group": the armed or opposition group named last ("pembicaraan
    damai dengan Taliban … setelah kelompok itu mengklaim bertanggung jawab …")."""
    heads = [i for i, t in enumerate(sent.tokens[:-1]) if t.lower in _GROUP_HEADS]
    if not heads:
        return mentions
    lows = [t.lower for t in sent.tokens]
    covered = {k for m in mentions for k in range(m.start, m.end)}
    extra = []
    for i in (h - (lows[h] == "group") for h in heads):
        if i < 0 or (lows[i], lows[i + 1]) not in _THE_GROUP or i in covered:
            continue
        before = [m for m in mentions if m.end <= i][::-1] + history[::-1]
        group = next((m for m in before if m.sector in _ARMED_OR_OPPOSED and m.kind in ("org", "composite")
                      and m.country), None)
        if group is not None:
            extra.append(Mention(i, i + 2, " ".join(t.text for t in sent.tokens[i:i + 2]), group.country,
                                 group.sector, group.igo, "anaphor"))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions
