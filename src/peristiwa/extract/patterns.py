"""Sentence-level patterns beyond one verb: a speaker naming someone as behind a hostile act.

"Trump mengatakan Iran sepertinya dalang serangan" — Trump accuses Iran (CAMEO 112), and, as Trump
claims it, Iran attacked the attack's target. The cue words come from `lexicon/data/<lang>/cues.yaml`.
"""
from __future__ import annotations

from peristiwa.extract.boundaries import ACCUSING, CONDITIONS, PREPOSITIONS
from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Doc, Mention, Sentence, VerbMatch
from peristiwa.extract.implied import died_in
from peristiwa.extract.modality import NEGATION
from peristiwa.extract.scan import MAX_LEFT, scan_left
from peristiwa.extract.speakers import CHARGES
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.records import Event
from peristiwa.text.timewords import DAY_WORDS

_KILLING = ("1823", "186")
_AT = {"terhadap", "ke", "atas", "kepada", "pada", "di", "on", "against", "at", "in", "targeting"}
_CLAUSE = {"yang", "which", "that", "who"}
# words between a verb of saying and the clause it reports: "said here on Wednesday that the …"
_REPORT_FILLERS = DAY_WORDS | {"that", "bahwa", "the", "here", "there", ",", "(", ")", "/", "para", "pihak"}
_COUNTS = {"seorang", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "belasan",
           "puluhan", "ratusan", "ribuan", "sedikitnya", "setidaknya", "sekitar", "beberapa", "sejumlah", "para",
           "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
           "at", "least", "some", "several", "the"}


_AS = {"sebagai", "as", "a", "an", "the", '"', "“", "'", "‘", "to", "dengan"}  # (or a quotation: "branded the
# Netherlands 'Nazi remnants'"; or a likeness: "compared Netanyahu to Hitler", "menyamakan … dengan Hitler")


def characterisations(doc: Doc, kb: Knowledge, sent: Sentence) -> list[tuple[Mention, Mention, int, str, str]]:
    """(speaker, actor, cue index, cue, code) for "X menyebut Y sebagai sahabat" (praise, 051) and "X called Y
    a terrorist" (disparagement, 111). Y is the object right after the verb (or its -nya); what Y is called
    follows "sebagai"/"as" within a few words."""
    lk = kb.language(doc.lang)
    if lk.calling_re is None or not lk.calling_re.search(sent.text):
        return []
    by_start = {m.start: m for m in sent.mentions if not m.location}
    found = {start: (end, code) for start, end, code in lk.called.find(sent.tokens)}
    out = []
    for k, token in enumerate(sent.tokens):
        if token.lower not in lk.calling:
            continue
        before = [m for m in sent.mentions if m.end <= k and not m.location]
        if token.lower.endswith("nya"):  # "menampik tudingan AS dan menyebutnya sebagai sia-sia"
            actor, speaker, j = (before[-1] if len(before) > 1 else None), (before[0] if before else None), k + 1
        else:
            after = k + 1 + (k + 1 < len(sent.tokens) and sent.tokens[k + 1].lower == "the")  # "called the US …"
            actor, speaker = by_start.get(after) or by_start.get(k + 1), (before[-1] if before else None)
            prior = next((v for v in reversed(sent.verbs) if v.end < k and v.sense.voice != "noun"), None) \
                if k > 0 and sent.tokens[k - 1].lower in ("and", "dan", "serta") else None
            if prior is not None:  # "recognized Juan Guaido as interim president and called Maduro's government
                speaker = scan_left(sent, prior.start, {m.end: m for m in before}, MAX_LEFT) or speaker  # …": the
                # subject of the verb before "and", not its object
            if actor is None:  # "menyebut operasi militer Myanmar … sebagai contoh nyata pembersihan etnis": the
                actor = _doer_of_the_act_named(sent, after, by_start)  # doer of the act so called
            j = _as_after(sent, actor.end) if actor is not None else k
        bare = _right_after_its_noun(sent, actor.end, found) if actor is not None and sent.lang == "en" else None
        if actor is None or j >= len(sent.tokens) or sent.tokens[j].lower not in _AS and bare is None:
            continue
        j = j if sent.tokens[j].lower in _AS else bare
        reach = j + 2 if sent.tokens[j].lower in ("to", "dengan") else j + 6  # "compared Netanyahu to Hitler" (not
        # "called Putin to discuss the threat")
        code = next((found[i][1] for i in range(j + 1, min(reach, len(sent.tokens))) if i in found), None)
        if code and speaker is not None and speaker.key and speaker.key != actor.key:
            out.append((speaker, actor, k, token.text, code))
    return out


def _right_after_its_noun(sent: Sentence, end: int, found: dict) -> int | None:
    """Where what an actor is called follows the rest of its noun phrase with no "as" or article ("called Nicolas
    Maduro's government illegitimate"): the token before it, or None."""
    for i in range(end, min(end + 4, len(sent.tokens))):
        if i in found:
            return i - 1
        word = sent.tokens[i]
        if not (word.lower in ("'s", "’s") or word.text.isalpha() and word.text.islower()
                and word.lower not in _NOT_A_NOUN):
            return None
    return None


_NOT_A_NOUN = PREPOSITIONS | {"that", "and", "or", "the", "a", "an", "is", "was", "were"}
_ACT_NOUN_LIMIT = 2  # "operasi militer Myanmar", "serangan Israel" (not "serangan terhadap Israel")


def _doer_of_the_act_named(sent: Sentence, start: int, by_start: dict[int, Mention]) -> Mention | None:
    """The actor after a few lower-case act nouns right after a verb of calling ("operasi militer Myanmar"), not
    one after a preposition, whom the act befell."""
    k = start
    while k < min(start + _ACT_NOUN_LIMIT, len(sent.tokens)) and by_start.get(k) is None:
        low = sent.tokens[k].lower
        if not (low.isalpha() and low == sent.tokens[k].text) or low in PREPOSITIONS or low in _REPORTING:
            return None
        k += 1
    return by_start.get(k)


_REPORTING = {"bahwa", "that", "kalau", "jika", "if", "apakah", "whether"}


def _as_after(sent: Sentence, end: int) -> int:
    """Where "sebagai"/"as" (or in English "a") follows the actor that is so called: right after it, or past the
    rest of the act's phrase ("operasi militer Myanmar terhadap warga Rohingya di Rakhine sebagai …", "the U.S. arms
    sale to Taiwan a flagrant violation"), with no comma, verb or clause between."""
    tokens = sent.tokens
    for j in range(end, min(end + 9, len(tokens))):
        low = tokens[j].lower
        if low in ("sebagai", "as") or j == end and low in _AS or sent.lang == "en" and low in ("a", "an"):
            return j
        if not (low.replace(".", "").isalnum() or low in ("-", "'s", "’s")) or low in _REPORTING \
                or any(v.start == j and v.sense.voice != "noun" for v in sent.verbs):
            return end
    return end


def charges(doc: Doc, kb: Knowledge, sent: Sentence) -> list[tuple[Mention, Mention, int, str, str]]:
    """(authority, accused, cue index, cue, code) for what prosecutors, an anti-corruption agency or the police
    say someone did: "KPK menduga Nurdin menerima suap", "Menurut jaksa, Rommy menerima suap" (1121)."""
    lk = kb.language(doc.lang)
    lows = [t.lower for t in sent.tokens]
    out = []
    for start, _end, code in lk.charges.find(sent.tokens):
        accused = next((m for m in reversed(sent.mentions) if m.end <= start and start - m.end <= 3
                        and not m.location), None)
        if accused is None or any(t.lower in NEGATION | _NOT_BLAMED for t in sent.tokens[accused.end:start]):
            continue
        if lows[0] == "menurut":  # "Menurut jaksa, Rommy …"
            speaker = next((m for m in sent.mentions if m.start < accused.start and "," in lows[m.end:accused.start]
                            and not m.location), None)
        else:
            said, speaker = _sayer(sent, accused.start, lk.speech | _SUSPECTING)
            speaker = speaker if said >= 0 and not any(t in NEGATION for t in lows[said:accused.start]) else None
        if speaker is not None and speaker.sector in _CHARGING and speaker is not accused \
                and (speaker.key, speaker.sector) != (accused.key, accused.sector):
            out.append((speaker, accused, start, sent.tokens[start].text, code))
    return out


_SUSPECTING = {"menyangka", "menuduh", "mendakwa", "menyangkakan"}  # with the verbs of saying ("menduga")
_CHARGING = {"JUD", "COP"}
_BLAMING = _SUSPECTING | ACCUSING


def accusations(doc: Doc, kb: Knowledge, sent: Sentence) -> list[tuple[Mention | None, Mention, int, str]]:
    """(accuser, accused, cue token index, cue) for each blame cue with a speaker before it; the accuser is
    None where the speaker only reports who did it ("mengatakan serangan itu berasal dari Iran")."""
    lk = kb.language(doc.lang)
    out = []
    for start, _end, cue in lk.blame.find(sent.tokens):
        accused = next((m for m in reversed(sent.mentions) if m.end <= start and start - m.end <= 4
                        and not m.location), None)
        if accused is None or any(t.lower in _NOT_BLAMED for t in sent.tokens[accused.end:start]):
            continue  # "kelompok Taliban mengaku bertanggung jawab atas serangan": they claim it, no one blames;
            # "Iran menyatakan bahwa negara itu bukan pihak yang berada di belakang serangan": denied
        if accused.start > 0 and sent.tokens[accused.start - 1].lower in _ACCUSED_BY:
            # "Iran … dituduh AS sebagai dalang serangan": the actor after the passive accuses the one before it
            blamed = next((m for m in reversed(sent.mentions) if m.end < accused.start and not m.location), None)
            if blamed is not None and blamed.key != accused.key:
                out.append((accused, blamed, start, cue))
            continue
        said, speaker = _sayer(sent, accused.start, lk.speech | _BLAMING)  # ("menuduh Israel berada di balik …")
        if any(t.lower in _WHETHER for t in sent.tokens[max(said, 0):start]):
            continue  # "menahan diri untuk menyimpulkan apakah Iran sebagai pelaku serangan atau bukan"
        if any(t.lower in CHARGES for t in sent.tokens[max(said, 0):accused.start]):
            continue  # "menyatakan bahwa tuduhan bahwa Iran berada di balik serangan … tidak berdasar": reported

        if speaker is not None and speaker.key != accused.key:
            # "Penyelidik PBB Sebut Rusia, AS, dan Suriah Lakukan Kejahatan Perang": each of them
            out += [(speaker, m, start, cue) for m in groups(sent.mentions, sent).get(accused, (accused,))
                    if m.key != speaker.key]
    if not any(v.sense.cameo[:2] in VIOLENT_ROOTS for v in sent.verbs):
        return out  # (the cues after an attack need one in the sentence)
    return out + _origins(sent, lk.blame_origin, lk.speech) + [
        (None, accused, start, cue) for _, accused, start, cue in _origins(sent, lk.attack_origin, lk.speech)]


def _origins(sent: Sentence, cues, speech: frozenset[str]) -> list[tuple[Mention, Mention, int, str]]:
    """ "Kementerian Pertahanan Arab Saudi mengatakan serangan … disponsori oleh Iran": the speaker names the
    one behind an attack (after the cue, unlike "Iran dalang serangan")."""
    out = []
    for start, end, cue in cues.find(sent.tokens):
        attack = next((v for v in reversed(sent.verbs) if v.sense.cameo[:2] in VIOLENT_ROOTS
                       and 0 <= start - v.end <= 14), None)
        accused = next((m for m in sent.mentions if end <= m.start <= end + 3 and m.kind in _STATES), None)
        if attack is None or accused is None or any(t.lower in _FROM_DIRECTION for t in sent.tokens[end:accused.start]) \
                or start > 0 and sent.tokens[start - 1].lower in ("untuk", "to"):
            continue  # "berasal dari arah utara, antara Irak atau Iran": a direction, no one named; "… untuk
            # dilakukan oleh Houthi": what it would take, not what happened
        said, speaker = _sayer(sent, attack.start, speech)
        lows = [t.lower for t in sent.tokens[max(said, 0):start]]
        if speaker is None or speaker.key == accused.key or any(
                w in NEGATION and nxt not in _DOUBTED or w in _WHETHER or (w, nxt) in _UNLIKELY or w in _TOO
                for w, nxt in zip(lows, lows[1:] + [""])) \
                or any(t.lower in _JUSTIFIED for t in sent.tokens[attack.start:]):
            continue  # "tidak ada bukti serangan itu datang dari Yaman": denied (but "tidak diragukan": sure);
            # "terlalu kompleks untuk dilakukan oleh Houthi": ruled out; "tindakan pertahanan diri yang
            # dilakukan oleh Houthi", "orang Yaman yang membalas serangan …": a defence, no accusation
        out.append((speaker, accused, start, cue))
    return out


_SITES = {"fasilitas", "kilang", "minyak", "pangkalan", "markas", "kantor", "kamp", "posisi", "basis", "instalasi",
          "ladang", "pabrik"}  # "Senjata yang Serang Fasilitas Saudi": the site's country is hit
_UNLIKELY = {("kecil", "kemungkinan"), ("kemungkinan", "kecil"), ("tidak", "mungkin"), ("tak", "mungkin"), ("unlikely", "")}
_TOO = {"terlalu", "too"}
_JUSTIFIED = {"membalas", "balasan", "pembalasan", "pertahanan", "membela", "retaliation", "retaliating", "self-defence",
              "self-defense"}
_DOUBTED = {"diragukan", "dipungkiri", "disangkal", "doubt"}
_STATES = {"country", "metonym", "adjective", "org", "agent", "composite"}
_FROM_DIRECTION = {"utara", "selatan", "timur", "barat", "north", "south", "east", "west", "antara", "between"}


_ACCUSED_BY = {"dituduh", "dituding", "disebut", "dianggap", "accused"}
_WHETHER = {"apakah", "whether", "if"}
_SELF_CLAIM = {"mengaku", "mengklaim", "claimed", "claims", "claim", "admitted", "mengakui"}
_NOT_BLAMED = _SELF_CLAIM | NEGATION | {"bukanlah"}


def _sayer(sent: Sentence, before: int, speech: frozenset[str]) -> tuple[int, Mention | None]:
    """The last verb of saying before token `before` and the actor who says it: (its index, actor)."""
    said = [i for i, t in enumerate(sent.tokens[:before]) if t.lower in speech]
    if not said:
        opener = next((m for m in sent.mentions if m.start == 0 and not m.location), None)
        if opener is not None and opener.end < before and sent.tokens[opener.end].text == ":":
            return opener.end, opener  # "Pentagon: Iran Bertanggung Jawab atas Serangan di Saudi"
        return -1, None
    k = said[-1]
    if k > 0 and sent.tokens[k - 1].text.istitle() and sent.tokens[k - 1].text.isalpha() \
            and not any(m.start < k <= m.end for m in sent.mentions):
        return k, None  # "Meskipun Malaysia sudah meminta maaf, Dadang mengatakan …": a person the lexicon
        # does not know speaks, not the actor of an earlier clause
    return k, next((m for m in reversed(sent.mentions) if m.end <= k and not m.location
                    and not (m.start > 0 and sent.tokens[m.start - 1].lower in _NOT_SPEAKING)), None)  # "kepada wartawan"


_TO = {"kepada", "to", "told", "untuk"}  # "Komisi Penyelidikan PBB untuk Suriah … mengatakan": the commission speaks
_NOT_SPEAKING = _TO | {"oleh", "by",  # "… dilancarkan oleh Iran, karena mereka menilai …": Iran does not speak
                       "ke", "terhadap", "against"}  # nor where one goes: "bertolak ke Saudi"


def attack_of(sent: Sentence, near: int) -> VerbMatch | None:
    """The violent event noun or verb of the sentence nearest to token `near` ("dalang serangan")."""
    attacks = [v for v in sent.verbs if v.sense.cameo[:2] in VIOLENT_ROOTS]
    return min(attacks, key=lambda v: abs(v.start - near), default=None)


def attack_victim(doc: Doc, sent: Sentence, attack: VerbMatch, accused: str,
                  earlier: list[Event]) -> tuple[Mention, Sentence, VerbMatch] | tuple[Mention, None, None] | None:
    """Who an attack hit, and where the article tells of it: an actor or place named just after it
    ("serangan terhadap fasilitas minyak Saudi"), else just after the first real (not conditional) attack
    named earlier in the article, the one it is about ("serangan pada akhir pekan di dua kilang minyak …
    Arab Saudi"), else the target of the latest violent event coded before it."""
    def named_after(s: Sentence, v: VerbMatch) -> Mention | None:
        for m in s.mentions:
            if v.end <= m.start <= v.end + 12 and m.key != accused:
                between = s.tokens[v.end:m.start]
                lows = [t.lower for t in between]
                # "serangan terhadap fasilitas …", or the object of a killing verb: "menewaskan dua tentara AS"
                linked = bool(lows) and lows[0] in _AT and not set(lows) & _CLAUSE \
                    or v.sense.voice in ("active", "noun") and all(w.isdigit() or w in _COUNTS or w in _SITES for w in lows) \
                    and (v.sense.voice == "active" or bool(lows)
                         or v.sense.cameo.startswith(_KILLING) and m.kind in ("person", "composite"))
                # ("pembunuhan pemimpin politik Hamas Ismail Haniyeh": the one killed follows a killing noun, but
                # "serangan Israel" names who attacked)
                where = bool(lows) and lows[-1] in ("di", "in", "at") and m.kind not in ("country", "metonym") \
                    and not m.location  # ("… terhadap Rohingya di Mahkamah Internasional": where it is heard)
                plain = all(t.text.isalnum() or t.text == "-" for t in between)
                return m if linked and not where and plain else None
        return None

    found = scan_left(sent, attack.start, {m.end: m for m in sent.mentions}, MAX_LEFT) \
        if attack.sense.voice == "passive" else None  # "Ismail Haniyeh tewas dibunuh di sebuah wisma di Teheran"
    found = found if found is not None and found.key != accused else named_after(sent, attack)
    if found is not None:
        return found, sent, attack
    for other in doc.sentences[:sent.index]:  # the article's first real attack is the one it is about
        for v in other.verbs:
            if v.sense.cameo[:2] in VIOLENT_ROOTS and not any(t.lower in CONDITIONS for t in other.tokens[:v.start]):
                found = named_after(other, v) or died_in(other, v, accused)
                if found is not None:
                    return found, other, v
    for e in reversed(earlier):
        if e.root in VIOLENT_ROOTS and e.target.code != accused:
            t = e.target
            return Mention(0, 0, t.text, t.country, t.sector, t.igo, "anaphor"), None, None
    return None


_GETTING = {"mendapat", "mendapatkan", "memperoleh", "get", "gets", "receive", "receives", "deserve", "deserves"}


_OURSELVES = {"dirinya", "kami", "kita", "saya", "we", "i"}


_IT = {"it", "they"}
_POSSESSIVES = {"his", "its", "their", "her"}


def obligations(doc: Doc, kb: Knowledge, sent: Sentence) -> list[tuple[Mention, Mention, int, str, str]]:
    """(speaker, addressee, cue index, cue, code) for "X said Y must …" / "X mengatakan Y harus …": a demand
    (100), or a rebuke (111) where what Y must do is realise something ("Amerika harus memahami bahwa …")."""
    lk = kb.language(doc.lang)
    out = []
    for k, token in enumerate(sent.tokens):
        if token.lower not in lk.obligation:
            continue
        nxt = sent.tokens[k + 1].lower if k + 1 < len(sent.tokens) else ""
        if nxt.startswith("di") and len(nxt) > 5 and nxt.isalpha() or nxt in _GETTING:
            continue  # "Kejaksaan harus diperbaiki": what must be done to it, not what it must do; "Habibie
            # seharusnya mendapat hadiah Nobel": what it deserves
        place = next((m for m in sent.mentions if m.end == k and m.location), None)
        end = place.start - 1 if place is not None and sent.tokens[place.start - 1].lower in ("in", "di") else k
        if place is None:  # "the rebels in Darfur must …": a place the lexicon does not know
            j = k
            while j > 0 and k - j < 3 and sent.tokens[j - 1].is_title:
                j -= 1
            end = j - 1 if j < k and j > 0 and sent.tokens[j - 1].lower in ("in", "di") else k
        addressee = next((m for m in sent.mentions if m.end in (end, end - 1) and not m.location), None)
        if addressee is None and k > 2 and sent.tokens[k - 1].lower in _IT and sent.tokens[k - 2].lower == "that":
            addressee = next((m for m in sent.mentions if m.end == k - 2 and not m.location), None)  # "reminded
            # Iraq that it must cooperate": the one told
        if addressee is None:  # "the rebels in Darfur must …": the actor before the place
            continue
        said_at, speaker = _sayer(sent, addressee.start, lk.speech)
        if speaker is None or speaker is addressee or addressee.kind in ("pronoun", "anaphor") \
                and said_at == addressee.start - 1:
            continue  # "Johanis Tanak mengatakan dia merasa harus melaporkan …": he speaks of himself
        if addressee.kind == "country" and addressee.key == speaker.key and speaker.sector in ("GOV", ""):
            continue  # "Netanyahu: Israel Harus Punya Kebebasan …": what his own state must do, no demand (a
            # senator's "AS harus …" is one, to his government)
        addressees = [addressee]
        while True:  # "said US and British forces must …": both
            first = addressees[0].start
            if first > 0 and sent.tokens[first - 1].lower in ("the", "para"):
                first -= 1  # "the Sudanese government and the rebels must …"
            if first > 1 and sent.tokens[first - 1].lower in _POSSESSIVES and sent.tokens[first - 2].lower == "and":
                first -= 1  # "President Kagame and his Rwandan Patriotic Front must …": both
            partner = next((m for m in sent.mentions if m.end == first - 1 and not m.location and m is not speaker),
                           None)
            if partner is None or sent.tokens[first - 1].lower not in ("and", "dan", "serta", ","):
                break
            addressees.insert(0, partner)
        if any(sent.tokens[a.start].lower in _OURSELVES or a.person and a.person == speaker.person for a in addressees):
            continue  # "Prabowo menyampaikan dirinya dan Anies harus bisa membereskan …": a shared resolve
        between = [t.lower for t in sent.tokens[said_at + 1:addressees[0].start]]
        if len([w for w in between if w not in _REPORT_FILLERS]) > 1:
            continue  # "said here Wednesday that the US must …" is reported; "told parliament that …" is not
        code = "111" if nxt in lk.realise else "100"
        out += [(speaker, a, k, token.text, code) for a in addressees]
    return out
