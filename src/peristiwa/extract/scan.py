"""Finding actors around a position in a sentence: the nearest possible subject on the left, and the clause
and phrase boundaries (stops, appositions, relative clauses, prepositions) that limit it and the search for
the first object on the right (`objects`). Role assignment (`roles`) builds on both."""
from __future__ import annotations

from peristiwa.extract.boundaries import CONDITIONS, FILLERS, LEFT_STOP, PREPOSITIONS
from peristiwa.extract.coordination import COORD, in_opening_phrase, listed_subjects_of_a_clause
from peristiwa.extract.dates import in_date_phrase
from peristiwa.extract.document import Mention, Sentence
from peristiwa.extract.phrases import (DEMONSTRATIVES, QUOTE_MARKS, before_apposition, channel_word, head_of, said_in,
                                       scare_quoted_before)
from peristiwa.text.morphology import verb_like
from peristiwa.text.timewords import AFTER_WORDS, DATE_MARKS, DAY_WORDS, WHILE_WORDS

RIGHT_STOP = LEFT_STOP | {",", ":", "yang", "setelah", "sebelum", "ketika", "saat", "jika", "kalau", "apabila",
                           "agar", "supaya", "after", "before", "when", "if", "which", "who", "whom",
                           "dalam", "soal", "terkait", "mengenai", "tentang", "over", "about",
                           "amid", "di", "in", "at", "pada", "on",
                           "following",  # "… in the West Bank following the shooting deaths of two Israelis"
                           "apakah", "whether", "tergabung",  # "berdiskusi apakah …", "tergabung dalam …"
                           "tanpa", "without"}  # "memutus kerja sama militer tanpa seizin presiden"
FAR_STOP = LEFT_STOP | CONDITIONS | {",", "yang", "setelah", "sebelum", "ketika", "sejak", "sambil", "apakah",
                                       "sebagai", "tergabung", "tanpa", "without"}  # (a target further on)
# ("… sebagai bentuk penghormatan atas …"; "… tergabung dalam Aliansi …": their group, not whom they protest)
TOPICS = {"terkait", "mengenai", "tentang", "soal", "perihal", "regarding", "concerning", "about", "over"}
ALL_PARTIES = {("semua", "pihak"), ("seluruh", "pihak"), ("all", "parties"), ("all", "sides")}
MAX_LEFT, MAX_RIGHT = 14, 10
CHARGED = {"tersangka", "terdakwa", "terpidana", "saksi"}  # a person charged or heard: a role, not an actor
HONORIFICS, _OWNER = {"pak", "bu", "bapak", "ibu", "mr", "mrs", "ms"}, {"milik", "kepunyaan"}
SUBJECT_PRONOUNS = {"ia", "dia", "beliau", "mereka", "he", "she", "they"}


def _after_preposition(sent: Sentence, m: Mention, by_end: dict[int, Mention]) -> bool:
    """Whether the coordination that ends with `m` follows a preposition ("ke Luksemburg", "dengan X dan Y")."""
    start = m.start
    if m.kind == "pronoun" and sent.tokens[m.start].lower in SUBJECT_PRONOUNS:
        return False  # "dengan perdana menteri dan dia telah setuju …": a subject pronoun opens a clause
    while start >= 2:
        k = start - 1 - (sent.tokens[start - 1].lower == "juga")  # "milik Jepang dan juga Arab Saudi"
        if k < 1 or sent.tokens[k].lower not in COORD or by_end.get(k) is None:
            break
        if sent.tokens[k].text == "," and (by_end[k].location and not m.location or in_opening_phrase(
                sent, by_end[k].start) or start == m.start
                                           and (m.kind != "person" or by_end[k].kind == "person")
                                           and not _listed_on(sent, m)):
            break  # "Di Bulgaria, Menlu Retno juga menemui …": a place, then the subject; a list ends with
            # "dan", so "melawan Houthi, milisi Houthi kerap menyerang …" starts a clause (but a name is
            # in apposition: "saudara dari Putra Mahkota Arab Saudi, Mohammed bin Salman divonis …", though not
            # to another person: "Dalam pertemuan dengan Netanyahu, Trump sepakat …"); an opening phrase ends at its
            # comma ("Dalam kunjungan Menlu Retno ke Dili, Indonesia dan Timor Leste menandatangani …")
        if sent.tokens[k].text == "," and listed_subjects_of_a_clause(
                sent, by_end[k], next((n for n in sent.mentions if n.start == start), m), sent.mentions):
            break  # "… dengan Israel, Kolombia dan Chile menarik pulang duta besar mereka": a clause of their own
        start = by_end[k].start
    if start > 1 and sent.tokens[start - 1].lower == "of" and (
            sent.tokens[start - 2].lower in _PARTITIVE or sent.tokens[start - 2].lower.isdigit()):
        return False  # "thousands of Egyptian demonstrators rioted": the partitive's head is the subject
    if start > 1 and sent.tokens[start - 1].lower in HONORIFICS:
        start -= 1  # "berkomunikasi dengan Pak OSO"
    if m.end < len(sent.tokens) and sent.tokens[m.end].lower == "to" and any(v.end == start for v in sent.verbs):
        return False  # "called on Myanmar's military to release …": the phrasal verb's object does the asked act
    if start > 1 and sent.tokens[start - 1].lower == "oleh" and sent.tokens[start - 2].lower in _SAID_BY_AGENT:
        return False  # "Hal itu dikatakan oleh Presiden Rouhani menanggapi tudingan …": the speaker responds
    if start > 1 and sent.tokens[start - 1].lower == "dengan" and sent.tokens[start - 2].text == "," \
            and start == m.start:
        return False  # "…, dengan Rusia mendukung rezim Assad": a clause of its own, Russia its subject
    k = start - 1  # (past a people the lexicon does not know: "offensive against Kurdish militants")
    k -= k > 0 and sent.lang == "en" and sent.tokens[k].is_title and by_end.get(k + 1) is None \
        and sent.tokens[k - 1].lower != "of"  # ("a group of Chechen refugees" is the group's)
    # "kapal tanker milik Jepang" is owned (but "drone milik AS", MIL, strikes, and "kapal … milik Bakamla", COP,
    # drives ships away); "di depan Gedung DPR", "ke Gedung Merah Putih KPK": a place (past the building's own name)
    site = start - 1
    while site > 1 and start - site <= 2 and sent.tokens[site].is_title and sent.tokens[site].lower not in SITES \
            and by_end.get(site + 1) is None:
        site -= 1
    return start > 0 and (sent.tokens[k].lower in PREPOSITIONS
                          or sent.tokens[start - 1].lower in _OWNER and m.sector not in ("MIL", "COP")
                          or site > 0 and sent.tokens[site].lower in SITES
                          and sent.tokens[site - 1].lower in (_SIDE_MARKS if site == start - 1 else _TO_A_SITE))


_SAID_BY_AGENT = {"dikatakan", "disampaikan", "diungkapkan", "dinyatakan", "ditegaskan", "dijelaskan", "disebutkan"}


def _coordinated_before_apposition(sent: Sentence, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """ "Para pemimpin ASEAN dan pemimpin junta Myanmar, Jenderal Senior Min Aung Hlaing, menyepakati …": a name
    in apposition to the second of two coordinated actors; the subject is the pair, so the second one stands."""
    tokens = sent.tokens
    if m.end >= len(tokens) or tokens[m.end].text != ",":
        return None  # (an apposition closes with a comma: not "Selain oleh JK dan Jokowi, SBY juga …")
    k = m.start - 1  # past a rank written before the name ("Jenderal Senior")
    while k > 0 and m.start - k <= 3 and tokens[k].is_title:
        k -= 1
    head = by_end.get(k) if tokens[k].text == "," else None
    if head is None or head.location or head.country != m.country or head.start < 2:
        return None
    before = by_end.get(head.start - 1)
    return head if tokens[head.start - 1].lower in ("dan", "serta", "and") and before is not None \
        and not before.location else None


def _listed_on(sent: Sentence, m: Mention) -> bool:
    """Whether a list goes on after `m` ("masyarakat, pegiat antikorupsi, dosen, mahasiswa, dan tokoh …")."""
    return m.end < len(sent.tokens) and sent.tokens[m.end].lower in COORD


def scan_left(sent: Sentence, pos: int, by_end: dict[int, Mention], limit: int,
               speech: frozenset[str] = frozenset(), owned: bool = False) -> Mention | None:
    """The nearest actor before `pos` that can be a subject: not a place, not after a preposition, not
    inside a relative clause that ends before `pos` ("Pasukan NATO yang dipimpin AS bertempur …" → NATO),
    and not beyond a verb of saying whose own clause has a subject that is no actor ("pengadilan
    menyatakan wanita itu membantu ISIS": the woman helped, not the court)."""
    j = before_apposition(sent, pos - 1)
    filler = True  # only adverbs and modals so far between j and pos
    progressive = pos < len(sent.tokens) and sent.tokens[pos].lower.endswith("ing")  # "said it was pausing all aid"
    pronoun = False  # a pronoun among them
    skipped = 0  # tokens of a relative clause between commas, which do not count towards the limit
    while j >= 0 and pos - j - skipped <= limit:
        m = by_end.get(j + 1)
        if m is not None:
            if not m.location and (not _after_preposition(sent, m, by_end) or owned and m.start > 1
                                   and sent.tokens[m.start - 1].lower in ("for", "of", "untuk", "milik")
                                   and sent.tokens[m.start - 2].text.islower()):
                if _attribution(sent, m.start):
                    return None  # "Menurut polisi, kelompok itu menyerang warga": the police only say so
                via = channel_word(sent, m.start)
                if via is not None:
                    j = via - 1  # "Meciar lewat polisi rahasianya melakukan penculikan", "Jepang, melalui kantor
                    filler = False  # perdana menteri, menyatakan …": the channel
                    continue
                if m.start > 0 and sent.tokens[m.start - 1].lower in _SAID_BY and (filler or all(
                        t.lower in _BLAMED_AS for t in sent.tokens[m.end:pos])):  # "dituduh AS sebagai dalang serangan"
                    j = m.start - 2  # "kelompok itu disebut pemerintah menyerang …": the government only says so
                    filler = False
                    continue
                head = head_of(sent, m, by_end)
                if head is not None:
                    m = head  # "supporters of former President Ahmed Ben Bella blocked …": the supporters
                m = _coordinated_before_apposition(sent, m, by_end) or m
                relative = _relative_before(sent, m.start, pos)
                if relative is None or _says(sent, relative, m.start, speech) \
                        or m.start > 0 and sent.tokens[m.start - 1].lower in ATTEMPTS \
                        or _led_by(sent, relative, m, by_end):
                    return m  # "pejabat AS yang menyebut Trump siap bertemu …": Trump, in what they say; "yang
                    # merupakan usaha Amerika Serikat menengahi …": the attempt's owner acts
                if sent.tokens[relative + 1].lower in _NAMING:
                    skipped += m.end - relative  # the name a group gives itself is part of its subject phrase
                j = relative - 1  # the relative clause describes the actor before "yang"
                filler = False
                continue
            j = m.start - 1
            filler = False
            continue
        low = sent.tokens[j].lower
        opening = _relative_between_commas(sent, j, by_end) if low == "," else None
        if opening is not None:  # "China, yang merupakan pesaing Amerika Serikat di kawasan …, mengatakan …"
            skipped += j - opening
            j = opening - 1
            filler = False
            continue
        if low in ("that", "bahwa") and filler and pronoun and j > 0 and not _other_person(sent, j, pos):
            j = said_in(sent, j, speech) or j - 1  # "announced on Monday that he will withdraw …", "said in a
            continue  # statement that it had …": the announcer (not in "saya mendengar bahwa mereka membunuh …")
        if low in QUOTE_MARKS and (quoted := scare_quoted_before(sent, j)) is not None:
            j, filler = quoted - 1, False  # past a verb in scare quotes
            continue
        if low in LEFT_STOP:
            return None
        if low in speech and not filler:
            return None
        if sent.lang == "id" and in_date_phrase(sent, j):
            skipped += 1  # "Massa … di Kuningan, Jakarta Selatan, pada Sabtu lalu, 14 September 2019, mendesak …":
            # a date between commas does not take the subject further away
        pronoun = pronoun or low in _BACK_REFERENCE
        filler = filler and (low in FILLERS or low in _BACK_REFERENCE or low in TIME_WORDS or low.isdigit()
                             or low in _PROGRESSIVE and progressive)
        j -= 1
    return None


def _led_by(sent: Sentence, relative: int, m: Mention, by_end: dict[int, Mention]) -> bool:
    """ "Koalisi yang dipimpin Saudi melakukan serangan udara …": a coalition no actor names acts as its leader."""
    return [t.lower for t in sent.tokens[relative + 1:m.start]] in (["dipimpin"], ["dipimpin", "oleh"], ["led", "by"]) \
        and relative > 0 and by_end.get(relative) is None


def _relative_between_commas(sent: Sentence, close: int, by_end: dict[int, Mention]) -> int | None:
    """Where the comma stands that opens ", yang …" closing at the comma `close`, right after an actor."""
    tokens = sent.tokens  # (or an aside: ", saat ditemui wartawan di Istana,", ", diapit oleh …,")
    for c in range(close - 1, max(0, close - 25), -1):
        if tokens[c].lower in LEFT_STOP:
            return None
        if tokens[c].text == "," and c + 2 < close and by_end.get(c) is not None and (
                tokens[c + 1].lower in _AS_REPORTED and tokens[c + 2].lower in REPORTED or tokens[c + 1].lower in REPORTED):
            return c  # "Raja Abdullah II, seperti dikutip dari Al Arabiya, Senin (16/9/2019), mendukung …"
        if tokens[c].text == ",":
            if c + 1 < close and tokens[c + 1].lower in _OPENS_AN_ASIDE and by_end.get(c) is not None:
                return c
            if not any(t.lower in REPORTED for t in tokens[c + 1:close]):
                return None
    return None


# an attempt's owner does what it attempts: "upaya AS dan Saudi untuk menyalahkan …", "usaha AS menengahi …"
ATTEMPTS = {"upaya", "usaha", "rencana", "langkah", "keputusan", "niat", "tekad", "janji", "attempt", "attempts",
             "effort", "efforts", "plan", "plans", "decision", "move", "bid"}
_AS_REPORTED = {"seperti", "sebagaimana", "as"}
_ASIDES = WHILE_WORDS | AFTER_WORDS | {"didampingi", "diapit", "bersama", "beserta"}
# "seperti dilansir Al Jazeera", "mengutip AFP": the source of a report, not a party to the event
REPORTED = {"dilansir", "melansir", "diberitakan", "dikutip", "mengutip", "dilaporkan", "via", "reported", "quoted"}


def _says(sent: Sentence, relative: int, start: int, speech: frozenset[str]) -> bool:
    """Whether the relative clause opening at `relative` is one of saying, right before the actor at `start`."""
    between = sent.tokens[relative + 1:start]
    return any(t.lower in speech for t in between) and not any(t.text == "," for t in between)


def _attribution(sent: Sentence, start: int) -> bool:
    """Whether the phrase ending at an actor that begins at `start` is an attribution ("menurut kejaksaan umum
    Belanda", "according to the police")."""
    k = start - 1
    if k > 0 and sent.tokens[k].text.islower() and sent.tokens[k].text.endswith("nya") and len(sent.tokens[k].text) > 5:
        return False  # "menurut tim kampanyenya Trump sepakat …": the possessive closed the attribution
    while k >= 0 and start - k <= 4 and sent.tokens[k].text not in (",", ".", ":"):
        low = sent.tokens[k].lower
        if low == "menurut" or low == "to" and k > 0 and sent.tokens[k - 1].lower == "according":
            return True
        k -= 1
    return False


_PROGRESSIVE = {"was", "were", "is", "are"}
_BLAMED_AS = {"sebagai", "dalang", "pelaku", "otak", "berada", "di", "balik", "atas", "bertanggung", "jawab"}
_SAID_BY = {"disebut", "dikatakan", "diklaim", "dituding", "dituduh", "menurut",
            "ditanya", "ditanyai", "dikonfirmasi", "ditemui", "dihubungi", "diwawancarai"}  # asked: the one asked acts


_PARTITIVE = {"thousands", "hundreds", "dozens", "tens", "millions", "scores", "some", "many", "several", "most",
              "group", "groups", "members", "leaders", "supporters", "officials", "representatives", "delegation",
              "forces", "troops", "units", "all", "both", "one", "two", "three"}
RELATIVE = {"yang", "which", "who"}
def _other_person(sent: Sentence, that: int, pos: int) -> bool:
    """Whether the clause before "bahwa"/"that" at `that` has a first-person subject and the reported clause a
    pronoun of another person ("saya mendengar bahwa mereka …")."""
    return any(t.lower in FIRST_PERSON for t in sent.tokens[max(0, that - 6):that]) \
        and not any(t.lower in FIRST_PERSON for t in sent.tokens[that + 1:pos])


FIRST_PERSON = {"saya", "aku", "kami", "kita", "i", "we"}
# a pronoun subject of a reported clause points back to the speaker ("Swiss said it had expelled …");
# time phrases may stand between ("said on Sunday it had …", "mengatakan pada Senin pihaknya …")
_BACK_REFERENCE = {"it", "they", "he", "she", "we", "dia", "ia", "mereka", "pihaknya", "kami", "beliau"}
TIME_WORDS = DAY_WORDS | DATE_MARKS | {"in"}


def _relative_before(sent: Sentence, start: int, pos: int) -> int | None:
    """The "yang"/"which" that opens a relative clause holding token `start` and closing before `pos`."""
    tokens = sent.tokens
    at = next((m for m in sent.mentions if m.start == start), None)
    end = at.end if at is not None else start + 1
    # a demonstrative closes a long relative clause ("Perjanjian yang diteken dengan … Rusia itu meminta …")
    closed_np = any(t.lower in DEMONSTRATIVES for t in tokens[end:pos]) \
        and all(t.lower in DEMONSTRATIVES or t.lower in FILLERS for t in tokens[end:pos])
    for r in range(start - 1, max(-1, start - 14), -1):
        low = tokens[r].lower
        if low in LEFT_STOP:
            return None
        if start - r >= 8 and not (closed_np and sum(verb_like(t.lower) for t in tokens[r + 1:start]) == 1) and not (
                low in RELATIVE and r + 1 < len(tokens) and tokens[r + 1].lower in _NAMING):
            continue  # a long name only in "yang menamakan dirinya Himpunan Aktivis Milenial (HAM) Indonesia"
        if low in RELATIVE and r > 0:
            if tokens[start - 1].text == "," and (not any(r < m.start < start for m in sent.mentions)
                                                  or at is not None and not _listed_on(sent, at)) \
                    and not any(m.start == start and m.end < len(tokens) and tokens[m.end].text == ","
                                for m in sent.mentions):  # (not an apposition: "…, Hizbullah, telah membantu")
                return None  # "Ketika Pompeo berkomentar yang mendinginkan ketegangan, Iran membuat …": closed
            k = r + 1
            while k < start and tokens[k].lower in FILLERS:
                k += 1
            closed = any(t.lower == "," for t in tokens[start:pos])
            if k < pos and (closed or verb_like(tokens[k].lower) or sent.lang == "en" and low in ("who", "which")
                            and tokens[k].text.isalpha() and tokens[k].text.islower()):  # ("who burst into …")
                # but "yang mendukung Trump keluar dari perjanjian": the one an active verb acts on goes on
                controlled = not closed and k == start - 1 and tokens[k].lower.startswith("me") \
                    and all(t.lower in FILLERS for t in tokens[end:pos])
                return None if controlled else r
            return None
    return None


_NAMING = {"menamakan", "bernama", "mengatasnamakan", "tergabung", "calling", "called", "named"}
_SIDES = {"luar", "depan", "belakang", "samping", "dekat", "sekitar", "seberang", "sekeliling", "halaman",
          "hadapan"}  # "Menlu Retno di hadapan Mahkamah Internasional … menuding Israel": the audience
SITES = _SIDES | {"dalam", "gedung", "kantor", "markas", "gerbang", "pintu", "kompleks"}
_TO_A_SITE = {"di", "ke", "dari"}
ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"}  # English, before a noun
# word sets joined once, not per token
_SIDE_MARKS, _OPENS_AN_ASIDE = _SIDES | _TO_A_SITE, RELATIVE | _ASIDES | {"in", "during", "speaking",
                                                                                     "writing", "addressing"}
# (", in an open letter to British Prime Minister David Cameron published on Thursday, called on London …")
