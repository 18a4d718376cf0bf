"""Finding the event words of a sentence: verbs, verb phrases and event nouns from the lexicon, verbs that
code only with their object ("mencabut … sanksi"), and Indonesian object clitics ("menuduhnya")."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.document import Doc, VerbMatch
from peristiwa.extract.phrases import QUOTE_MARKS
from peristiwa.lexicon.knowledge import Knowledge, VerbSense
from peristiwa.text.morphology import act_noun_with_nya


def find_verbs(doc: Doc, kb: Knowledge) -> Doc:
    """Event verbs and nouns; Indonesian object clitics are split off ("menuduhnya" = menuduh + -nya), and an
    event noun is read through its possessive -nya ("dukungannya", "kunjungannya")."""
    lk = kb.language(doc.lang)
    object_firsts = {key[0] for key in lk.object_verbs}
    for sent in doc.sentences:
        tokens, clitics, acts = sent.tokens, set(), set()
        if doc.lang != "en":
            tokens = list(tokens)
            for i, t in enumerate(tokens):
                if t.lower.endswith("nya") and len(t.lower) > 7 and t.lower.startswith(("me", "di")):
                    tokens[i] = replace(t, lower=t.lower[:-3])
                    clitics.add(i)
                elif t.lower.endswith("nya") and t.lower[:-3] in lk.noun_words:
                    tokens[i] = replace(t, lower=t.lower[:-3])  # "menyatakan dukungannya kepada …": the noun
                elif act_noun_with_nya(t.lower) and i > 0:
                    tokens[i] = replace(t, lower=t.lower[:-3])  # "menyerukan penggulingannya": see below
                    clitics.add(i)
                    acts.add(i)
        regular = [(i, j, sense) for i, j, sense in lk.verbs.find(tokens)
                   if not (j - 1 in acts and not _demands_it(sense, i, j))]
        # "refused to lift …" (a phrase starting earlier) wins over "lift … embargo"; "lifted a night curfew"
        # wins over "curfew". An object verb's match is the verb itself (the words up to the object may
        # name its target: "menetapkan Imam Nahrawi sebagai tersangka"); its text shows the object too.
        with_objects = [g for g in _with_objects(tokens, lk.object_verbs, object_firsts)
                        if not any(f[0] < g[0] < f[1] or f[0] == g[0] and f[1] >= g[2]
                                   or g[1] == g[2] and g[0] < f[0] < g[2] and tokens[g[2] - 1].lower != "to"
                                   for f in regular)]
        # (nor one that would swallow an event word before its partner: "membicarakan … negosiasi dengan …")
        if doc.lang == "en":
            regular = [r for r in (_plural_reading(lk, tokens, i, j, sense) for i, j, sense in regular) if r]
            regular = [(i, j, _owned_noun(lk, tokens, i, j) or sense) if sense.voice == "active" and i > 0
                       and (tokens[i - 1].lower in ("'s", "’s") or _after_an_article(tokens, i))
                       else (i, j, sense) for i, j, sense in regular]
        found = [(i, j, j, sense) for i, j, sense in regular
                 if sense.cameo and not any(g[0] <= i < g[2] for g in with_objects)
                 and not (doc.lang == "en" and j == i + 1 and j < len(tokens) and tokens[j].lower in _ARMED_HEADS
                          and not tokens[i].lower.endswith("ed"))  # (but "battled troops", "attacked forces")
                 and not (sense.voice == "noun" and _in_an_office(tokens, i))
                 and not (doc.lang != "en" and _bare_stem_in_a_name(sent, tokens, i, sense))
                 and not (doc.lang != "en" and j == i + 1 and _reduplicated(tokens, i))
                 and not (doc.lang != "en" and j == i + 1 and sense.voice != "noun" and _bare_stem_after_a_noun(tokens, i))
                 and not (doc.lang == "en" and _plural_noun(tokens, i, sense))
                 and not (doc.lang == "en" and _onset_of(tokens, i, sense))
                 and not (doc.lang == "en" and _a_goal_met(tokens, i, j, sense))
                 and not (doc.lang == "en" and _participle_adjective(tokens, i, j, sense))
                 and not (doc.lang == "en" and _after_a_verb(tokens, i, j, sense, regular))
                 ] + with_objects
        text = sent.text
        sent.verbs = [VerbMatch(i, j, text[sent.tokens[i].start - sent.start:sent.tokens[shown - 1].end - sent.start],
                                sense, clitic=(j - 1) in clitics, reach=shown if shown > j else 0)
                      for i, j, shown, sense in sorted(found, key=lambda f: f[0])]
    return doc


def _after_an_article(tokens, i: int) -> bool:
    """ "a last-ditch demand by …", "a demand by": an article (and at most one word) before the phrase; "the school
    massacre": "the" and a noun before a bare form (not "the police arrest …")."""
    return tokens[i - 1].lower in ("a", "an") or i > 1 and tokens[i - 1].text.islower() and (
        tokens[i - 2].lower in ("a", "an") or tokens[i - 2].lower == "the" and tokens[i - 1].lower not in _COLLECTIVE
        and tokens[i - 1].text.isalpha() and not tokens[i].lower.endswith(("s", "ed")))


_COLLECTIVE = {"police", "military", "army", "people", "government", "opposition", "public", "media", "authorities",
               "rebels", "two", "three", "four", "five", "leaders", "clergy", "youth", "navy", "junta", "regime"}


def _owned_noun(lk, tokens, i: int, j: int) -> VerbSense | None:
    """ "Xi Jinping's call for unification", "a demand by …": after a possessive or an article the phrase is the
    noun, when the lexicon has one."""
    return next((v for v in lk.verbs.phrase_values(tuple(t.lower for t in tokens[i:j])) if v.voice == "noun"), None)


def _demands_it(sense: VerbSense, i: int, j: int) -> bool:
    """A call or demand ending in an action noun with -nya asks for that action on the one -nya stands for
    ("Turki menyerukan penggulingannya": Assad's overthrow; "menuntut pembebasannya"); other phrases do
    not read the noun that way."""
    return j - i >= 2 and sense.cameo[:2] in ("02", "10")


def _bare_stem_in_a_name(sent, tokens, i: int, sense: VerbSense) -> bool:
    """A capitalised bare stem after a capitalised word or a preposition of place in running text (not a
    headline) is part of a name ("Kepala Bidang Perikanan Tangkap Budi Hartono", "polisi di Serang"), not the
    verb "tangkap" or "serang" (but "di Silaturahmi Ketua Umum Golkar dengan …" is a meeting)."""
    word = tokens[i].lower
    return i > 0 and tokens[i].is_title and (tokens[i - 1].is_title or tokens[i - 1].lower in ("di", "ke", "dari")
                                             and sense.voice != "noun") \
        and sent.text.rstrip().endswith(".") \
        and not sent.text.rstrip().endswith("..") \
        and not word.startswith(("me", "di", "ber", "ter", "per", "pe"))


def _bare_stem_after_a_noun(tokens, i: int) -> bool:
    """ "memicu peringatan evakuasi di Hokkaido", "tim evakuasi": a bare stem in running text after a noun of
    orders, teams or operations names the act as a kind of thing, no act of the clause's subject."""
    word = tokens[i].lower
    return i > 0 and tokens[i].text.islower() and tokens[i - 1].lower in _KIND_HEADS \
        and not word.startswith(("me", "di", "ber", "ter", "per"))


_KIND_HEADS = {"peringatan", "perintah", "proses", "upaya", "jalur", "tim", "operasi", "rencana", "misi", "posko",
               "pusat", "status", "kapal", "pesawat"}


def _plural_noun(tokens, i: int, sense: VerbSense) -> bool:
    """ "conceded to demands from UNITA", "rejected their threats", "speaking after talks with", "stunned four-time
    champions Germany": a verb's -s form after "to", a determiner, a preposition or a count of titles is a plural
    noun, not the verb of the clause."""
    return sense.voice == "active" and i > 0 and tokens[i].lower.endswith("s") and (
        tokens[i - 1].lower in _DETERMINERS or tokens[i - 1].lower.endswith("-time"))


def _a_goal_met(tokens, i: int, j: int, sense: VerbSense) -> bool:
    """ "meeting Beijing's official target", "met the deadline": a goal or a demand met is no meeting."""
    if sense.cameo != "040" or tokens[i].lower not in ("meet", "meets", "met", "meeting"):
        return False
    for t in tokens[j:j + 5]:
        if t.lower in _GOALS:
            return True
        if t.lower in ("with", ",", "in", "on", "at"):
            return False
    return False


_GOALS = {"target", "targets", "goal", "goals", "expectations", "expectation", "deadline", "deadlines", "quota",
          "quotas", "demand", "demands", "requirements", "criteria", "standards", "needs", "obligations", "threshold"}


def _plural_reading(lk, tokens, i: int, j: int, sense: VerbSense) -> tuple[int, int, VerbSense] | None:
    """An English match as read in its place: a verb's -s form after a determiner ("held a new round of talks with
    China", "a wave of attacks on") or after a preposition and a noun ("their own bans on …") is the plural noun,
    read as the lexicon's noun (its doer is found as a noun's is); a compound's plural the lexicon has no noun for is
    no event ("wanted on genocide charges")."""
    compound = j == i + 1 and _compound_plural(lk, tokens, i, sense)
    if sense.voice == "active" and j == i + 1 and _provoked_from(tokens, i):
        noun = next((v for v in lk.verbs.values(tokens[i].lower) if v.voice == "noun"), None)
        return (i, j, noun) if noun is not None else (i, j, sense)
    if compound or _plural_noun(tokens, i, sense) and (
            j > i + 1 or i > 1 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in MEASURES):
        noun = next((v for v in lk.verbs.values(tokens[i].lower) if v.voice == "noun"), None)
        if noun is not None:
            return i, i + 1, noun
        if compound:
            return None
    return i, j, sense


def _provoked_from(tokens, i: int) -> bool:
    """ "drawing angry protests from China", "sparked criticism from …": what an act provoked from someone is their
    act, a noun (but "sparking protests that blocked roads" keeps the protesters unnamed, as a verb's subject)."""
    k = i - 1 - (i > 1 and tokens[i - 1].text.isalpha() and tokens[i - 1].text.islower()
                 and tokens[i - 1].lower not in PROVOKING)
    return k >= 0 and tokens[k].lower in PROVOKING and any(t.lower == "from" for t in tokens[i + 1:i + 3])


def _onset_of(tokens, i: int, sense: VerbSense) -> bool:
    """ "condemned the outbreak of fighting in Sudan", "an escalation of fighting": a gerund after a noun of its
    course is the fighting itself, whose parties the phrase does not name (not the subject's act)."""
    return sense.voice == "active" and i > 1 and tokens[i].lower.endswith("ing") and tokens[i - 1].lower == "of" \
        and tokens[i - 2].lower in _ONSETS


_ONSETS = {"outbreak", "escalation", "resumption", "upsurge", "surge", "spate", "intensification", "renewal",
           "flare-up", "continuation"}


def _compound_plural(lk, tokens, i: int, sense: VerbSense) -> bool:
    """ "wanted on genocide charges", "after the border clashes": a verb's -s form after a determiner or preposition
    and a plain noun (no actor word: "the ambassador warns …") is the plural noun of a compound."""
    return sense.voice == "active" and i > 1 and tokens[i].lower.endswith("s") \
        and tokens[i - 2].lower in _DETERMINERS | {"on", "over", "against", "with", "by"} \
        and tokens[i - 1].text.islower() and tokens[i - 1].text.isalpha() and not tokens[i - 1].lower.endswith("s") \
        and tokens[i - 1].lower not in _COLLECTIVE | {"own"} and not lk.actors.values(tokens[i - 1].lower)


def _participle_adjective(tokens, i: int, j: int, sense: VerbSense) -> bool:
    """ "released five detained Americans", "freed two jailed journalists": a one-word past participle between a
    count or determiner and the noun it describes is an adjective, no act of the sentence's subject; so is one
    after an adverb that follows them ("Yemen's internationally recognised government")."""
    word = tokens[i].lower
    k = i - 1 if i > 1 and tokens[i - 1].lower.endswith("ly") else i
    if word in ("defending", "reigning") and j < len(tokens) and tokens[j].lower in ("champion", "champions"):
        return True  # "beat defending champions France 2-0": a title
    if word == "visiting" and j == i + 1 and j < len(tokens) and tokens[j].text[:1].isupper() \
            and tokens[i - 1].lower in _HOSTING:
        return True  # "met visiting German Chancellor Olaf Scholz": the guest is the visitor, not the host
    if sense.voice == "active" and j == i + 1 and word.endswith("ed") and 0 < i and j + 1 < len(tokens) \
            and tokens[j].lower in ("for", "of", "over") and not tokens[j + 1].text[:1].isdigit() \
            and tokens[i - 1].text.isalpha() and tokens[i - 1].lower not in _BEFORE_A_VERB \
            and sense.cameo[:3] not in ("112", "173"):  # (not "accused of aiding …", "abducted over 100 …")
        return True  # "the former Bosnian Serb leader indicted for genocide": who he is, by no one named
    if sense.voice == "active" and j == i + 1 and word.endswith("ing") and 0 < i and j < len(tokens) \
            and tokens[j].text.isalpha() and tokens[j].text.islower() \
            and (tokens[i - 1].lower == "early" or "-" in tokens[i - 1].text[1:-1] and tokens[i - 1].text.islower()):
        return True  # "sharing real-time warning data", "an early warning system": a kind of thing, no act
    if sense.voice == "active" and word == "opposed" and 0 < i and j < len(tokens) and tokens[j].lower == "to" \
            and tokens[i - 1].text.isalpha() and (tokens[i - 1].text.islower() or i == 1) \
            and tokens[i - 1].lower.endswith("s") \
            and tokens[i - 1].lower not in ("was", "is", "has"):
        return True  # "rebels opposed to President Bashar al-Assad": who they are, not what they did
    return sense.voice == "active" and j == i + 1 and word.endswith("ed") and 0 < k and j < len(tokens) \
        and (tokens[k - 1].lower in _COUNTS | {"'s", "’s"} or tokens[k - 1].text.isdigit()
             or tokens[k - 1].lower in _BEFORE_A_NOUN and not word.endswith("eed")) \
        and tokens[j].text.isalpha()  # ("awarding the peace prize to jailed dissident Liu Xiaobo"; an infinitive
    # is no past form: "to proceed", "to feed")


_BEFORE_A_NOUN = {"to", "for", "with", "against", "from", "among"}


def _after_a_verb(tokens, i: int, j: int, sense: VerbSense, regular) -> bool:
    """ "handed back captured Indian Air Force pilot …": a one-word past participle right after another event
    phrase describes that phrase's object."""
    return sense.voice == "active" and j == i + 1 and tokens[i].lower.endswith("ed") and j < len(tokens) \
        and tokens[j].text[:1].isupper() and any(g[1] == i and g[0] < i and g[2].voice != "noun" for g in regular)
    # (but after an act noun it is the clause's verb: "A Colombian air strike killed FARC commander Raul Reyes")


_HOSTING = {"met", "meet", "meets", "meeting", "welcomed", "welcome", "welcomes", "welcoming", "hosted", "host",
            "hosts", "hosting", "greeted", "greets", "received", "receives", "receiving", "told", "with", "the", "'s",
            "’s"}
_COUNTS = {"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
           "hundreds", "thousands", "several", "many", "some", "its", "their", "his", "her", "of", "other", "all"}
MEASURES = {"round", "rounds", "series", "wave", "waves", "spate", "string", "barrage", "volley", "flurry"}  # of acts
# "drawing angry protests from China", "sparked protests from …" (not "Beijing protests …")
PROVOKING = {"drew", "drawing", "sparked", "sparking", "provoked", "provoking", "prompted", "prompting", "triggered",
             "triggering"}
_DETERMINERS = {"to", "the", "its", "their", "his", "her", "these", "those", "such", "of", "our", "your",
                "after", "during", "amid", "following", "before", "for", "in", "at",  # ("speaking after talks with")
                "world", "defending", "reigning"}  # ("stunned world champions Argentina")


def _reduplicated(tokens, i: int) -> bool:
    """One half of a word doubled with a space or a spaced hyphen ("Undang Undang", "Undang - undang"): a
    noun, not the bare verb "undang"."""
    word, n = tokens[i].lower, len(tokens)
    return i + 1 < n and tokens[i + 1].lower == word or i > 0 and tokens[i - 1].lower == word \
        or i + 2 < n and tokens[i + 1].text == "-" and tokens[i + 2].lower == word \
        or i > 1 and tokens[i - 1].text == "-" and tokens[i - 2].lower == word


def _in_an_office(tokens, i: int) -> bool:
    """An event noun in the name of an office or unit ("Direktur Penyidikan KPK", "Deputi Penindakan",
    "Director of Investigations") names no event."""
    k = i - 1 - (i > 1 and tokens[i - 1].lower == "of")
    if not (k >= 0 and tokens[i].is_title):
        return False
    while k > 0 and i - k < 6 and tokens[k].lower not in _OFFICES and (
            tokens[k].is_title or tokens[k].lower in ("dan", "and", "&")):
        k -= 1  # "Deputi bidang Pengawasan Internal dan Pengaduan Masyarakat": the unit's full name
    return tokens[k].lower in _OFFICES


_OFFICES = {"direktur", "direktorat", "deputi", "kepala", "biro", "bagian", "divisi", "satuan", "subdirektorat",
            "kasubdit", "dirjen", "kasat", "kabag", "kabid", "bidang", "seksi", "unit", "satgas", "director",
            "directorate", "department", "division", "bureau", "head", "office", "chief", "commissioner"}


# "invasion forces", "attack helicopters", "occupation troops": the event word names the kind of force
_ARMED_HEADS = {"forces", "force", "troops", "helicopters", "helicopter", "submarine", "submarines", "aircraft",
                "jets", "planes", "boats", "craft", "vehicles", "battalion", "brigade", "units", "unit"}


def _with_objects(tokens, object_verbs: dict, firsts: set[str]) -> list[tuple[int, int, int, VerbSense]]:
    """Verbs that code only with their object a few words on ("lifted a night curfew in", "mencabut seluruh
    sanksi"): (verb start, verb end, object end, sense)."""
    out = []
    lows = [t.lower for t in tokens]
    for i in range(len(tokens)):
        if lows[i] not in firsts:
            continue
        for size in (1, 2, 3, 4):  # "menutup", "keluar dari", "siap angkat kaki dari"
            if i + size < len(lows) and lows[i + size] in _PARTICLES:
                continue  # "called on X to …" is another verb than "called X to discuss …"
            for sense in object_verbs.get(tuple(lows[i:i + size]), ()):
                span = _object_after(tokens, lows, i + size, sense.objects, sense.object_next) \
                    if not sense.object_before else None  # (the agent follows: "disambut oleh Presiden …")
                if span is not None:  # "membahas revisi UU KPK dengan/bersama DPR": the partner follows
                    out.append((i, span if lows[span - 1] in ("dengan", "bersama", "with", "to") else i + size, span,
                                sense))  # ("handed Milosevic over to the U.N. war crimes tribunal": the receiver)
                elif sense.object_before and sense.voice == "passive" and _object_before(lows, i, sense.objects):
                    out.append((i, i + size, i + size, sense))  # "Dubes Inggris … dipanggil Kemlu": its subject
    return out


def _object_before(lows: list[str], start: int, objects) -> bool:
    """Whether a passive verb's subject, a few words before it, is one of its objects ("Duta Besar Inggris untuk
    Indonesia dipanggil …")."""
    crossed = False  # one "dan" crossed: a shared subject ("Presiden Eritrea Isaias Afwerki tiba di Addis Ababa dan
    # disambut langsung oleh Perdana Menteri Ethiopia")
    for k in range(start - 1, max(-1, start - 14), -1):
        if lows[k] in ("dan", "and", ",") and not crossed and k + 1 == start:  # ("Tiba di Jakarta, Disambut …")
            crossed = True
            continue
        if lows[k] in ("yang", "which") and k + 1 == start:  # "perundingan empat hari di Beijing yang difasilitasi
            return any(any(tuple(lows[h:h + len(o)]) == o for o in objects)  # China": the object the clause is on
                       for h in range(max(0, k - 7), k)) and not any(w in (".", ";", ",") for w in lows[max(0, k - 7):k])
        if lows[k] in (".", ";", ",", "dan", "and", "yang", "which", "who") or start - k >= 8 and not crossed:
            return False
        if any(tuple(lows[k:k + len(o)]) == o for o in objects):
            return k == 0 or not lows[k - 1].isalpha() or lows[k - 1] in ("para", "sang", "seorang")
            # (the subject itself, not its possessor: "Usulan Presiden Jokowi diterima oleh DPR")
    return False


def _object_after(tokens, lows: list[str], start: int, objects, next_only: bool = False) -> int | None:
    """Where the verb's object ends, if it comes within a few words, or further on after "sebagai" ("menetapkan
    mantan Direktur Utama Pertamina Energy Trading Ltd (Petral) Bambang Irianto sebagai tersangka"); with
    `next_only`, right after the verb past names and articles."""
    k, skipped = start, 0
    while k < min(start + 20 + skipped, len(lows)):
        if next_only and k > start and not (tokens[k - 1].text[:1].isupper() and lows[k - 1] not in _THINGS
                                            or lows[k - 1] in _BEFORE_NAMES):
            return None  # "menerima surat Presiden Trump", "menerima Surat Presiden (Surpres)": a letter
        obj = next((o for o in objects if o[0] == lows[k] and tuple(lows[k:k + len(o)]) == o), None)
        if obj is not None and lows[k - 1] in _NOT:
            return None  # "menyatakan Indonesia tidak bersalah", "found him not guilty"
        if obj is not None and (k < start + 8 or lows[k - 1] == "sebagai"):
            end = k + len(obj)  # (an object may open with "to": "urged the prime minister to step down")
            quoted = end < len(lows) and lows[end] in QUOTE_MARKS and any(w in QUOTE_MARKS for w in lows[start:k])
            return end + quoted  # 'ordered a "complete siege" of the Gaza Strip': the object's closing quote
        close = next((j for j in range(k + 2, min(k + 16, len(lows))) if lows[j] == ","), None) \
            if lows[k] == "," and k + 1 < len(lows) and lows[k + 1] in ("yang", "who") else None
        if close is not None and "sebagai" in lows[close:close + 4]:  # "menetapkan Romahurmuziy, yang saat itu
            skipped += close - k  # menjabat Ketua Umum PPP, sebagai tersangka": past the relative clause
            k = close + 1
            continue
        if lows[k] in _OBJECT_STOPS:
            return None
        k += 1
    return None


_PARTICLES = {"on", "upon", "for", "off", "up", "out"}
_NOT = {"tidak", "tak", "bukan", "not", "never"}  # plain negators only (modality's NEGATION also holds refusal verbs,
# which stand before an object: "membatalkan aksi mogok")
_BEFORE_NAMES = {"the", "visiting", "para", "sejumlah", "beberapa", "langsung",  # ("menyambut langsung Raja Salman")
                 "'s", "’s"}  # ("received Qatar's Emir Sheikh Tamim")
_THINGS = {"surat", "pesan", "ucapan", "telepon", "laporan", "undangan", "hadiah", "letter", "message", "call",
           "kapal", "ship"}  # ("Kirim Kapal Perang Rudal": a warship, not missiles)
_BEFORE_A_VERB = {"is", "was", "were", "are", "be", "been", "has", "have", "had", "and", "or", "who", "which", "that",
                  "also", "then", "later", "not", "never", "jointly", "publicly", "formally", "repeatedly"}
_OBJECT_STOPS = {".", ",", ";", "yang", "which", "that", "bahwa", "to", "untuk", "karena", "because", "despite",
                 "meskipun", "after", "setelah", "amid"}  # ("struck a hospital … despite the agreement")
