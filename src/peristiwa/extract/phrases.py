"""The phrase an actor mention sits in: the head it complements ("supporters of President X"), the noun it
owns after a verb ("menyalurkan bantuan Jepang kepada Filipina"), the object it stands in apposition to
("kepada cagub-cawagub, Edy Rahmayadi"), the bracketed short form that belongs to its name ("Amerika Serikat
(AS)"), and an English participle that qualifies the noun before it ("the agreement signed in March")."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.boundaries import DEMONSTRATIVES, FILLERS, GROUND, LEFT_STOP, PREPOSITIONS
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.modality import reported_to_have
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import english_participle, verb_like



def head_of(sent: Sentence, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The actor that `m` complements with "of" ("supporters of (former) President X"): the phrase's head."""
    k = m.start - 1
    while k > 0 and sent.tokens[k].lower in ("former", "the", "late", "ousted", "jailed"):
        k -= 1
    if k > 0 and sent.tokens[k].lower == "of":
        head = by_end.get(k)
        if head is not None and head.kind == "agent" and not head.location:
            return head
    return None


def owner_of_the_object(sent: Sentence, pos: int, m: Mention, by_start: dict[int, Mention],
                        authors: bool = False) -> Mention | None:
    """ "berbagi informasi intelijen AS dengan para pejabat Rusia", "menyalurkan bantuan Jepang kepada
    Filipina": a country right after a verb phrase that ends in a noun owns that noun; the actor after
    "dengan"/"kepada" is the target (returned), as after "menyerahkan kembali pengelolaan KPK kepada Presiden".
    But the author of an attack, or (with `authors`, for protests) of any act, is whom the verb is aimed at."""
    if any(v.end == m.start and v.sense.voice == "noun" and (authors or v.sense.cameo[:2] in VIOLENT_ROOTS)
           for v in sent.verbs):
        return None  # "mengecam serangan AS ke Suriah", "memprotes penjualan senjata AS ke Taiwan"
    k = m.end + (m.end < len(sent.tokens) and sent.tokens[m.end].lower in ("dengan", "kepada", "ke", "bagi", "untuk"))
    other = by_start.get(k + (k < len(sent.tokens) and sent.tokens[k].lower == "para")) if k > m.end else None
    if m.kind in ("country", "org") and pos > 0 and not verb_like(sent.tokens[pos - 1].lower) and other is not None \
            and not other.location and (other.key != m.key or m.kind == "org" and other.sector != m.sector) \
            and not any(v.end == pos == v.start + 1 and v.sense.voice != "noun" for v in sent.verbs):  # ("Gambia
        # Gugat Myanmar ke Mahkamah Internasional": a headline's one-word verb, not a noun Myanmar owns)
        return other
    return None


def apposed(sent: Sentence, pos: int, comma: int, kind: str) -> bool:
    """Whether the words from `pos` to a comma are an object the lexicon does not know as an actor, which the
    phrase after the comma names or describes: a lowercase noun after a preposition that a person's name
    follows ("kepada cagub-cawagub, Edy Rahmayadi"), or initials with an age ("YIK (31), warga …")."""
    words = sent.tokens[pos:comma]
    if not words or comma - pos > 4:
        return False
    lows = [t.lower for t in words]
    if lows[0] in ("kepada", "terhadap", "bagi", "untuk") and len(words) == 2:
        return kind == "person" and words[1].text.islower() and words[1].text.replace("-", "").isalpha() \
            and not verb_like(lows[1])  # (not a list: "terhadap politisi, pejabat dan pengusaha")
    initials = words[0].text.isupper() and words[0].text.isalpha() and len(words[0].text) <= 4
    age = len(words) == 4 and words[1].text == "(" and words[2].text.isdigit() and words[3].text == ")"
    name = 2 <= len(words) <= 3 and all(t.is_title and t.text.isalpha() and not t.text.isupper() for t in words) \
        and kind in ("agent", "composite")  # "mendeportasi Yuli Riswati, pekerja migran asal Indonesia"
    return initials and (len(words) == 1 or age) or name


def named_after(sent: Sentence, m: Mention, by_start: dict[int, Mention]) -> Mention:
    """The person an agent the lexicon gives no country is named as after a comma ("membunuh pemimpin biro
    politiknya, Ismail Haniyeh, …"): that person; else the agent itself."""
    if not (m.kind == "agent" and m.placed):
        return m
    comma = next((k for k in range(m.end, min(len(sent.tokens), m.end + 4)) if sent.tokens[k].text == ","), None)
    named = by_start.get(comma + 1) if comma is not None else None
    plain = comma is not None and all(t.text.islower() and t.text.isalpha() for t in sent.tokens[m.end:comma])
    return named if plain and named is not None and named.kind == "person" and not named.placed else m


def described(sent: Sentence, rel: int, by_end: dict[int, Mention]) -> Mention | None:
    """ "Hizbullah atau Hamas, dua organisasi yang diduga didukung oleh Iran": the actor a description after a
    comma stands for."""
    comma = next((k for k in range(rel - 1, max(0, rel - 4), -1) if sent.tokens[k].text == ","), None)
    if comma is None or comma + 1 >= rel or not (sent.tokens[comma + 1].text.isdigit()
                                                 or sent.tokens[comma + 1].lower in COUNTING) \
            or not all(t.text.islower() or t.text.isdigit() for t in sent.tokens[comma + 1:rel]):
        return None  # (not "Menurut Syarif, apa yang dijanjikan …")
    return by_end.get(comma)


COUNTING = {"dua", "tiga", "empat", "lima", "satu", "sebuah", "seorang", "salah", "kedua", "ketiga", "para"}


QUOTE_MARKS = {'"', "“", "”"}


def scare_quotes(sent: Sentence, pos: int, j: int) -> bool:
    """Whether the quote mark at j opens (right after the verb) or closes a short quoted phrase."""
    tokens = sent.tokens
    opening = next((k for k in range(pos, j) if tokens[k].lower in QUOTE_MARKS), None)
    named = pos + sent.headline  # (in a headline after the noun it names: 'Sambut Baik Usul "Metode Baru" Trump')
    if opening is None:
        return j <= named and any(t.lower in QUOTE_MARKS for t in tokens[j + 1:j + 6])
    return opening <= named and j - opening <= 5


def scare_quoted_before(sent: Sentence, close: int) -> int | None:
    """The opening mark of a verb set in quotes inside a clause, closed at `close` ('Sao Tome "membelot"
    dari Taipei dan memberikan pengakuan …'): a subject may be sought past it (not past 'seekor magpie
    "monster" yang …', a noun)."""
    tokens = sent.tokens
    for k in range(close - 1, max(0, close - 4), -1):
        if tokens[k].lower in QUOTE_MARKS:
            return k if k < close - 1 and tokens[k - 1].text.isalpha() and verb_like(tokens[k + 1].text) else None
        if not tokens[k].text.isalpha():
            return None
    return None


_HELD = {"dikuasai", "diduduki", "dikontrol", "dikendalikan", "dipegang", "dikelola",  # ("penjara yang dikelola
         "milik", "terkait", "digunakan", "dipakai",  # Houthi": a prison the Houthis run; "fasilitas yang diduga
         "menampung"}  # terkait program senjata kimia pemerintah Suriah": the government's; "Pangkalan Udara Al
# Udeid yang menampung pasukan Amerika Serikat": the troops' it houses)
_SUPPOSED = {"diduga", "disebut", "diyakini", "dicurigai", "dilaporkan", "diklaim", "allegedly", "reportedly",
             "suspected"}


def past_relation(sent: Sentence, k: int, relations: set[str]) -> int | None:
    """Where the one something is tied to starts, if a tie opens at k: "yang"/"who" (and "are"), a hedge
    ("diduga", "allegedly"), a word of `relations` and "dengan"/"to"/"with" ("yang diduga terkait Abu Sayyaf",
    "yang dikuasai pemberontak", "linked to al Shabaab")."""
    tokens, n = sent.tokens, len(sent.tokens)
    k += k < n and tokens[k].lower in ("yang", "who", "that")
    k += k < n and tokens[k].lower in ("are", "were", "is")
    k += k < n and tokens[k].lower in _SUPPOSED
    if k >= n or tokens[k].lower not in relations:
        return None
    k += 1 + (k + 1 < n and tokens[k + 1].lower in ("dengan", "to", "with"))
    return k + (k < n and tokens[k].lower == "the")  # ("loyal to the Sulu Sultanate")


def held_area(sent: Sentence, j: int) -> int | None:
    """Where the holder's words begin if "yang" at j opens "(wilayah) yang (diduga) dikuasai/milik/terkait …": the
    holder that follows is who is struck there ("menggempur wilayah yang dikuasai pemberontak")."""
    tokens = sent.tokens
    if not (tokens[j].lower == "yang" and 0 < j < len(tokens) - 1):
        return None
    k = j - 1
    while k > 0 and j - k < 5 and tokens[k].is_title and tokens[k].lower not in GROUND:
        k -= 1  # past the site's name: "Pangkalan Udara Al Udeid yang …"
    return past_relation(sent, j, _HELD) if tokens[k].lower in GROUND else None


VIA = {"melalui", "lewat", "via", "through"}  # a channel: "melalui WFP", "lewat polisi rahasianya"


def channel_word(sent: Sentence, start: int) -> int | None:
    """Where "melalui"/"lewat"/"through" stands if the actor beginning at `start` is the channel it names, a few
    lowercase words on at most ("lewat polisi rahasianya", "melalui kantor perdana menteri")."""
    k = start - 1
    while k >= 0 and start - k <= 3 and sent.tokens[k].lower not in VIA and sent.tokens[k].text.islower():
        k -= 1
    return k if k >= 0 and start - k <= 3 and sent.tokens[k].lower in VIA else None


def said_in(sent: Sentence, that: int, speech: frozenset[str]) -> int | None:
    """Where the speech verb stands whose channel is named between it and "that"/"bahwa" at `that` ("said in a
    statement that it …", "mengatakan dalam sebuah pernyataan bahwa pihaknya …")."""
    k = that - 1
    while k > 0 and that - k <= 5 and sent.tokens[k].text.isalpha() and sent.tokens[k].text.islower() \
            and sent.tokens[k].lower not in speech:
        k -= 1
    return k if that - k > 1 and sent.tokens[k].lower in speech and sent.tokens[k + 1].lower in _CHANNELS else None


_CHANNELS = {"in", "on", "at", "to", "dalam", "melalui", "lewat", "kepada", "di"}  # "in a statement", "to reporters"


def raised_subject(sent: Sentence, verb_start: int, by_end: dict[int, Mention]) -> Mention | None:
    """ "North Korea is believed to have sold artillery shells to Russia": the actor before the be-verb."""
    off = max(0, verb_start - 5)
    at = reported_to_have([t.lower for t in sent.tokens[off:verb_start]], verb_start - off)
    return by_end.get(off + at) if at is not None else None


def short_forms(mentions: list[Mention]) -> dict[str, Mention]:
    """The short forms a sentence defines ("Pasukan Dukungan Cepat (RSF)", "Kelompok Kriminal Bersenjata (KKB)"):
    short form → the named actor, which the short form names for the rest of the article."""
    out = {}
    for m in mentions:
        if m.text.endswith(")") and "(" in m.text and m.kind in ("org", "agent", "composite"):
            short = m.text[m.text.rindex("(") + 1:-1].strip()
            if len(short) > 1 and short.isupper() and short.isalpha():
                out[short] = m
    return out


def as_defined(mentions: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """A short form the article defined earlier names what it defined, whatever else it abbreviates ("RSF"
    after "Pasukan Dukungan Cepat (RSF)" is Sudan's paramilitary, not Reporters Without Borders)."""
    if not defined:
        return mentions
    return [replace(m, country=d.country, sector=d.sector, igo=d.igo, kind=d.kind)
            if (d := defined.get(m.text)) is not None and m.kind == "org" and m.key != d.key else m for m in mentions]


def _initials(name: str, short: str) -> bool:
    """ "Rapid Support Forces (RSF)": a short form made of the name's initials is the name's, whatever else it
    abbreviates."""
    return len(short) > 1 and short.isupper() and "".join(w[0] for w in name.split() if w[:1].isupper()) == short


def absorb_parentheses(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "Amerika Serikat (AS)", "Badan Legislatif (Baleg)": the bracketed short form belongs to the name."""
    tokens, out, skip = sent.tokens, [], set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if id(m) in skip:
            continue
        e = m.end
        close = next((c for c in (e + 2, e + 3) if c < len(tokens) and tokens[c].text == ")"), None)
        if e < len(tokens) and tokens[e].text == "(" and close is not None \
                and (close == e + 2 or all(t.text[:1].isupper() for t in tokens[e + 1:close])):  # "(Kompi KPK)"
            inner = by_start.get(e + 1) or by_start.get(close - 1)
            holder = by_start.get(close + 1)
            if not m.country and m.kind == "agent" and holder is not None and holder.kind in ("country", "metonym") \
                    and not holder.location:  # "Kementerian Luar Negeri (Kemlu) Korsel": South Korea's ministry
                skip.update(id(x) for x in (inner, holder) if x is not None)
                end = holder.end  # (and the holder's own short form: "Kedutaan Besar (Kedubes) Amerika Serikat (AS)")
                short = by_start.get(end + 1) if end + 2 < len(tokens) and tokens[end].text == "(" else None
                if short is not None and short.key == holder.key and tokens[short.end].text == ")":
                    skip.add(id(short))
                    end = short.end + 1
                text = sent.text[tokens[m.start].start - sent.start:tokens[end - 1].end - sent.start]
                out.append(replace(m, end=end, text=text, country=holder.country, igo=holder.igo, kind="composite"))
                continue
            if inner is None or inner.key == m.key or not m.country \
                    or close == e + 2 and (_initials(m.text, tokens[e + 1].text) or m.kind == inner.kind == "org"):
                text = sent.text[tokens[m.start].start - sent.start:tokens[close].end - sent.start]
                m = replace(m, end=close + 1, text=text)
                if inner is not None:
                    skip.add(id(inner))
                    if not m.country:
                        m = replace(m, country=inner.country, igo=inner.igo, sector=m.sector or inner.sector,
                                    kind=inner.kind if inner.kind != "agent" else m.kind)
                holder = by_start.get(close + 1)
                if m.kind == "agent" and holder is not None and holder.kind == "person":
                    skip.add(id(holder))  # "Menteri Luar Negeri (Menlu) AS Mike Pompeo": the office and its holder
                    text = sent.text[tokens[m.start].start - sent.start:tokens[holder.end - 1].end - sent.start]
                    m = replace(holder, start=m.start, text=text)
                elif m.kind == "composite" and m.sector and holder is not None and holder.kind == "person" \
                        and holder.country in ("", m.country):  # "Presiden Amerika Serikat (AS) Donald Trump"
                    skip.add(id(holder))
                    text = sent.text[tokens[m.start].start - sent.start:tokens[holder.end - 1].end - sent.start]
                    m = replace(holder, start=m.start, text=text, country=m.country, igo=m.igo,
                                sector=holder.sector or m.sector)
        out.append(m)
    return out


_NOT_A_NOUN = {"also", "then", "later", "already", "never", "not", "jointly", "and", "or", "but", "who", "which",
               "that", "today", "yesterday", "tonight", "again", "formally", "first", "last", "had", "has", "have",
               "it", "they", "he", "she", "we", "i", "you", "this", "week", "month", "year", "monday", "tuesday",
               "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "night", "evening", "afternoon",
               "earlier"}


def on_a_noun(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> bool:
    """Whether an English past participle qualifies the plain noun before it ("the ceasefire agreement signed in
    March 2001", "a camp attacked by militiamen"): a reduced relative clause, passive, not the clause's verb. A
    participle with an object after it is the clause's verb ("army bulldozers demolished Palestinian homes")."""
    if sent.lang != "en" or verb.start == 0:
        return False
    prev, word = sent.tokens[verb.start - 1], sent.tokens[verb.start].lower
    after = sent.tokens[verb.end].lower if verb.end < len(sent.tokens) else "."
    if word in _DONE_TO_SOMEONE and after in _AFTER_A_PARTICIPLE | {"from", "of"} and prev.text.isalpha() \
            and prev.lower not in _NOT_A_NOUN:
        return True  # "West Africans ordered out of Nigeria", "refugees expelled from Nigeria": whoever it was done to
    complement = verb.end - verb.start == 2 and sent.tokens[verb.end - 1].lower in _COMPLEMENTS  # "women held hostage
    if verb.end - verb.start > 1 and not complement or not english_participle(word) \
            or word in _NEVER_DONE_TO:  # in Gaza"; (a form with its object, "blocked streets", is a clause's verb;
        return False  # "people rallied in Minsk" did it themselves)
    named = by_end.get(verb.start)
    if named is not None and not named.location and after in _AFTER_A_PARTICIPLE - {",", "."}:
        k = named.start - (named.start > 0 and sent.tokens[named.start - 1].lower == "the")
        if k > 0 and sent.tokens[k - 1].lower in PREPOSITIONS:
            return True  # "condolences to the Americans killed at Pearl Harbor": an actor inside a preposition's
            # phrase is no clause's subject
    return prev.text.isalpha() and prev.text.islower() and prev.lower not in _NOT_A_NOUN \
        and not prev.lower.endswith("ly") and after in _AFTER_A_PARTICIPLE \
        and (verb.start not in by_end or after in ("of", "for"))  # ("journalists accused of aiding …": an active
    # verb has its object before "of")


# participles of acts that need an object when active: with none after them, they qualify the noun before
_DONE_TO_SOMEONE = {"expelled", "deported", "ordered", "evicted", "banished", "kicked", "abducted", "kidnapped"}
_NEVER_DONE_TO = {"rallied", "demonstrated", "marched", "rioted", "gathered", "clashed", "mutinied", "protested"}
# what follows a participle on a noun, where a verb of the clause would have its object ("helicopters evacuated
# the wounded")
_COMPLEMENTS = {"hostage", "captive", "prisoner", "dead"}
_AFTER_A_PARTICIPLE = {"in", "on", "at", "by", "last", "during", "earlier", "since", "under", "after", "before", ",",
                       ".", "between", "of", "for"}  # ("two men convicted of spying for Israel")


_APPOSITIVE = {"a", "an", "seorang", "sebuah", "salah", "known", "also", "better", "dikenal"}  # ("FARC
# commander Rodrigo Londono, known by his nom de guerre Timochenko, signed …": a name for the same man)


def before_apposition(sent: Sentence, j: int) -> int:
    """Skip an apposition closing just before the verb: "Pakistan, a key U.S. ally in the war, has refused"
    reads "Pakistan … has refused"."""
    tokens = sent.tokens
    k = j
    while k >= 0 and tokens[k].lower in FILLERS and tokens[k].lower != ",":
        k -= 1
    if k < 2 or tokens[k].lower != ",":
        return j
    for c in range(k - 1, max(0, k - 15), -1):
        if tokens[c].lower in LEFT_STOP:
            return j
        if tokens[c].lower == ",":
            return c - 1 if tokens[c + 1].lower in _APPOSITIVE else j
    return j
