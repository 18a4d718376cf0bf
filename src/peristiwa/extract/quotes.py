"""Direct quotations and their speakers ("…," kata Sullivan / X mengatakan, "…" / "…," he said).

A quotation is attributed, in order of preference, to: the speaker named after it ("…," kata X, or
"…," X, jabatan, mengatakan), the speaker before it (X mengatakan, "…"), and otherwise to the source of the
latest sentence that reports speech ("Yayat mengatakan …", "Menurut Zulfan, …"), a person just before it
(Yeo "menjamin …"), the previous speaker when it continues a quoted passage or says "katanya", or the last
person the article mentioned. `speakers` turns what was found into a name or description.
"""
from __future__ import annotations

import re
from dataclasses import replace

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.locations import LISTING
from peristiwa.extract.names import NOT_NAMES
from peristiwa.extract.scan import FIRST_PERSON, PREPOSITIONS, SUBJECT_PRONOUNS
from peristiwa.extract.speakers import (BODY_WORDS, NAME_STOP, PLACE_WORDS, QUOTE_TAGS, according_to, antecedent,
                                         description, full_name, lead_name, misspelt, name_like, name_part,
                                         trailing_name, who)
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.records import Quote

# double quotes, curly single quotes, and spaced ASCII single quotes ("PBB sebagai ' rumah kebohongan '"); a
# double quotation the scrape left unclosed ends where the next paragraph opens one ("… dan Taliban,Kementerian
# … itu.,"Pasukan AS …")
_QUOTE = re.compile(r"[“\"]([^”\"\n]+?)(?:[”\"]|(?=[.!?]?,[“\"][A-Z]))|‘([^’\n]{8,}?)’|"
                    r"'\s([^'\n]{4,80}?)\s'(?=[\s.,;])")
_SAY_AFTER = "|".join(sorted(QUOTE_TAGS, key=len, reverse=True))
_TAG_INSIDE = re.compile(rf",\s*(?:{_SAY_AFTER})(?:nya)?\b")
# zero-width marks (U+200B–U+200F) that scraped text leaves between a quotation and "ujar" count as space
_AFTER = re.compile(rf"^[\s\u200b-\u200f]*[,.]?[\s\u200b-\u200f]*(?:{_SAY_AFTER})(nya)?\b", re.IGNORECASE)
_BEFORE = re.compile(r"(?:mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|menambahkan|"
                     r"menyebut|menyebutnya|menuturkan|menulis|mencuit|berujar|mengungkap|menyampaikan|"
                     r"said|says|stated|added|told reporters|wrote|tweeted|declared)"
                     r"(?:\s+[\w-]+){0,3}\s*[,:]?\s*$", re.IGNORECASE)
_NAME_THEN_VERB = re.compile(r"^\s*,?\s*((?:[A-Z][\w'-]+\s+){1,3}[A-Z][\w'-]+)\s*(?:,[^.\"“”\n]{0,120},\s*)?"
                             r"(?:mengatakan|menambahkan|menjelaskan|berkata|said|told|added|says)\b")
_CALLED_BY = re.compile(r"\b(?:disebut|dijuluki|dinamai|dinamakan|dicap)\s+(?:oleh\s+)?(\w[^.,“”\"]{0,50}?)"
                        r"\s+sebagai\s*$")
_DESCRIBED = re.compile(r"\b((?:para |sang |seorang )?[a-z]+(?: [a-z]+)? (?:itu|tersebut))\s*$")
_SELF = re.compile(r"^\s*(?:dia|ia|he|she|beliau)\b", re.IGNORECASE)
_ABBREVIATIONS = {"corp", "inc", "co", "ltd", "jr", "sr", "st", "dr", "prof", "mr", "mrs", "ms", "gen", "col",
                  "lt", "capt", "sgt"}
_CONTINUATION_CHARS = 600
# verbs that introduce a quotation; narrower than the lexicon's `speech` cues, which also hold verbs of judging and
# suspecting ("menilai", "menduga"): using those here attributed quotations worse on 400 corpus articles
_SPEECH = {"mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan",
           "menyebut", "menuturkan", "said", "says", "told", "stated"}


def find_quotes(doc: Doc, kb: Knowledge) -> Doc:
    lk = kb.language(doc.lang)
    text = doc.text
    last: tuple[str, str, str] | None = None
    last_end = -10**9
    quotes = []
    # names the lexicon already codes (places, countries, organisations, agents): not a short personal name
    coded = {m.text for sent in doc.sentences for m in sent.mentions
             if m.person and " " not in m.person or not m.person and (m.sector or m.kind != "agent")}
    for q in _QUOTE.finditer(text):
        if q.group(3) and q.start() > 0 and not text[q.start() - 1].isspace():
            continue  # an apostrophe inside a word ("Jum'at"), not an opening quote
        body = (q.group(1) or q.group(2) or q.group(3) or "").strip()
        if not body or not any(ch.isalpha() for ch in body) or body[0].islower() and _AFTER.match(body):
            continue  # (a body that opens with "katanya", "ujar …" is narration between two quotations)
        speaker, attributed, end = None, False, q.end()
        tag = None if q.group(1) is None or text[q.end() - 1] in "”\"" else \
            next(reversed(list(_TAG_INSIDE.finditer(text, q.start(), q.end()))), None)
        if tag is not None:  # unclosed, with its tag inside: "“ KBRI sudah … didatangi warga asing, ujar Retno."
            body, end = text[q.start() + 1:tag.start()].strip(), tag.start()
            if len(body.split()) < 3:
                continue
        after = _AFTER.match(text[end:end + 80])
        if after:
            attributed = True
            rest = end + after.end()
            if after.group(1) or _SELF.match(text[rest:rest + 12]):
                speaker = _last_sayer(doc, q.start(), last, last_end)
            else:
                speaker = _speaker_at(doc, rest) or _phrase_at(text, rest)
        named = None if after or not body.endswith(",") else _NAME_THEN_VERB.match(text[q.end():q.end() + 200])
        if named:  # "…," Nicholas Bequelin, direktur Asia Timur di Amnesty International, mengatakan
            attributed = True
            speaker = _speaker_at(doc, q.end() + named.start(1))
        if speaker is None:
            before_start = max(text.rfind("\n", 0, q.start()) + 1, q.start() - 200)
            before = text[before_start:q.start()]
            verb = _BEFORE.search(before) or _called_before(before, lk.calling_re)
            if verb:
                attributed = True
                speaker = _speaker_before(doc, before_start + verb.start())
        called_by = _CALLED_BY.search(text[max(0, q.start() - 80):q.start()]) if speaker is None else None
        if called_by:  # 'serangan yang disebut pemerintah setempat sebagai “serangan orang dalam”': its agent
            at = max(0, q.start() - 80) + called_by.start(1)
            sent = _sentence_at(doc, at)
            named = next((m for m in sent.mentions if sent.tokens[m.start].start == at), None)
            speaker, attributed = (who(named, doc) if named else (called_by.group(1), "", "")), True
        described = _DESCRIBED.search(text[max(0, q.start() - 60):q.start()]) if speaker is None else None
        if described:  # 'para pakar itu “menyerukan …”': the ones the article described before
            speaker, attributed = (described.group(1), "", ""), True
        if speaker is None and len(body.split()) >= 3:
            near = last is not None and q.start() - last_end < _CONTINUATION_CHARS
            speaker = _last_sayer(doc, q.start(), last if near else None, last_end)
        if speaker is None or (not attributed and len(body.split()) < 3):
            continue
        speaker = antecedent(doc, speaker, q.start())
        if re.fullmatch(r"[A-Z][a-z'-]{2,}", speaker[0]) and speaker[0] not in coded:
            speaker = (full_name(text[:q.start()], speaker[0]),) + speaker[1:]
        handle = re.search(r"@\w+", speaker[0])
        if handle:  # "komentar foto akun @giewahyudi di twitter"
            speaker = (handle.group(), speaker[1], speaker[2])
        last, last_end = speaker, q.end()
        words = body.split()
        quotes.append(Quote(speaker=speaker[0], country=speaker[1], sector=speaker[2], start=" ".join(words[:6]),
                            text=body, span=(q.start(), q.end()), sentence_index=_sentence_at(doc, q.start()).index))
    doc.quotes = quotes
    return doc


def _called_before(before: str, calling: re.Pattern | None) -> re.Match | None:
    """The lexicon's verb of calling or noting that a short quotation ends the clause of ("Pompeo menyebut
    serangan itu sebagai "pernyataan perang"", "Thunberg mencatat "kerumunan besar"")."""
    found = list(calling.finditer(before)) if calling is not None else []
    last = found[-1] if found else None
    rest = before[last.end():] if last else ""
    return last if last and len(rest) <= 100 and not any(ch in rest for ch in '.\"“”') else None


def _sentence_at(doc: Doc, offset: int) -> Sentence:
    for sent in doc.sentences:
        if offset < sent.end + 1:
            return sent
    return doc.sentences[-1]


def _speaker_at(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    """The speaker named from `offset` up to a preposition or the sentence's end: a person mention, else the
    last capitalised name ("kata Komandan Amirali Hajizadeh"), else the first actor ("kata pejabat itu")."""
    sent = _sentence_at(doc, offset)
    by_start = {m.start: m for m in sent.mentions}
    first_actor, name = None, None
    i = next((k for k, t in enumerate(sent.tokens) if t.start >= offset), len(sent.tokens))
    described = i < len(sent.tokens) and sent.tokens[i].text[:1].islower()
    while i < len(sent.tokens):
        tok = sent.tokens[i]
        m = by_start.get(i)
        if m is not None:
            if m.kind in ("person", "pronoun") and m.person:
                return who(m, doc)
            if described and not name and any(t.lower in BODY_WORDS for t in sent.tokens[m.start:m.end]) \
                    and not any(p.person and m.end <= p.start <= m.end + 8 for p in sent.mentions):
                said = description(sent, offset)  # "kata juru bicara Kementerian Telekomunikasi Iran"
                return (trailing_name(sent, offset) or said[0],) + said[1:]
            first_actor = first_actor or m
            i = m.end
            continue
        if tok.text == "." and i > 0 and sent.tokens[i - 1].lower in _ABBREVIATIONS:
            name = None  # "Rand Corp. Timothy Heath": the name after the abbreviation is the speaker's
            i += 1
            continue
        if tok.lower in NAME_STOP:
            break
        if name_like(tok.text) and tok.lower not in PLACE_WORDS and not name:
            j = i + 1
            while j < len(sent.tokens) and not getattr(by_start.get(j), "person", None) and (
                    name_part(sent.tokens[j].text)):
                j += 1
            if tok.lower in BODY_WORDS:  # "kata juru bicara Kementerian Telekomunikasi Iran": a description
                said = description(sent, offset)
                return (trailing_name(sent, offset) or said[0],) + said[1:]
            name = " ".join(t.text for t in sent.tokens[i:j])
            i = j
            continue
        i += 1
    trailing = trailing_name(sent, offset)
    if trailing:
        return trailing, first_actor.key if first_actor else "", first_actor.sector if first_actor else ""
    if name:
        known = misspelt(doc, name, offset)
        if known is not None:
            return who(known, doc)
        return name, first_actor.key if first_actor else "", first_actor.sector if first_actor else ""
    if first_actor is not None and described and not first_actor.person:
        # "teriak salah satu demonstran dari Aliansi …": the whole description names the speaker
        words = description(sent, offset)[0]
        return words, first_actor.key, first_actor.sector
    return who(first_actor, doc) if first_actor else None


def _phrase_at(text: str, offset: int) -> tuple[str, str, str] | None:
    """The words naming an unnamed speaker ("ujar seluruh peserta rapat"), up to the clause's end."""
    words = re.split(r"[.,;:(\n]", text[offset:offset + 120], maxsplit=1)[0].split()[:12]
    return (" ".join(words), "", "") if words else None


def _speaker_before(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    """The actor nearest before the speech verb at `offset` (a person preferred) in its sentence."""
    sent = _sentence_at(doc, offset)
    before = [m for m in sent.mentions if sent.tokens[m.start].start < offset and not m.location]
    if not before:
        return None
    people = [m for m in before if m.person]
    verb = next((i for i, t in enumerate(sent.tokens) if t.start >= offset), len(sent.tokens))
    lead = lead_name(doc, sent, before, verb)
    if lead:
        return lead
    # the clause's subject: "Rouhani mengecam pemerintahan Trump … dengan mengatakan "…""; not one addressed
    # ("FBI … mengeluarkan peringatan kepada publik … dan menyebutnya "…"": the FBI)
    subjects = [m for m in before if not (m.start > 0 and sent.tokens[m.start - 1].lower in _ADDRESSED)] or before
    return who(people[0] if people else subjects[-1], doc)


_ADDRESSED = PREPOSITIONS - {"oleh", "by", "of"}  # (after "oleh"/"by" stands who says it)


def _last_sayer(doc: Doc, offset: int, last: tuple[str, str, str] | None, last_end: int):
    """Who "katanya" or an unattributed quotation refers to: the subject of the latest sentence with a
    speech verb ("Pakhil mengatakan …") if it comes after the previous quotation, else the previous
    speaker, else the last person mentioned."""
    own = True
    for sent in reversed(doc.sentences):
        if sent.start >= offset:
            continue
        if sent.end <= last_end:
            break
        if own and sent.end >= offset:  # Namun, Yeo "menjamin bahwa …"
            close = [m for m in sent.mentions if m.person and 0 <= offset - sent.tokens[m.end - 1].end <= 3]
            if close:
                return who(close[0], doc)
        own = False
        toks = sent.tokens
        according = next((i for i, t in enumerate(toks[:-1]) if t.lower in ("menurut", "according")
                          and t.start > last_end), None)
        if according is not None and toks[according + 1].start < offset:  # "Menurut Zulfan, DPR …"
            named = according_to(doc, sent, according + 1 + (toks[according + 1].lower == "to"))
            if named:
                return named
        verb = next((i for i, t in enumerate(toks) if t.lower in _SPEECH and t.start < offset), None)
        if verb is not None:
            before = [m for m in sent.mentions if m.end <= verb and not m.location]
            lead = lead_name(doc, sent, before, verb)
            if lead:
                return lead
            if before:
                people = [m for m in before if m.person]
                return who(people[0] if people else before[0], doc)
            unnamed = _subject_words(sent, verb)
            if unnamed:
                return unnamed
    return last or _last_person(doc, offset)


_NOT_SUBJECTS = SUBJECT_PRONOUNS | {"saya", "kami", "kita", "telah", "sudah", "langsung", "segera", "terkait", "soal",
                                    "mengenai", "setelah", "sebelum", "usai", "baca", "kemudian", "lalu", "pun", "juga",
                                    "sementara", "namun", "tetapi", "lebih", "lanjut", "selanjutnya", "selain"}


def _subject_words(sent: Sentence, verb: int) -> tuple[str, str, str] | None:
    """A subject no actor names, opening the sentence before its verb of saying ("Direktorat investigasi
    pidana melalui Twitter menyatakan …"): its words up to a preposition or the verb."""
    k = 0
    while k < verb and sent.tokens[k].text.isalpha() and sent.tokens[k].lower not in NAME_STOP:
        k += 1
    if not 1 <= k <= 5 or not sent.tokens[0].is_title or not (k == verb or sent.tokens[k].lower in NAME_STOP) \
            or any(t.lower in _NOT_SUBJECTS or t.lower in NOT_NAMES for t in sent.tokens[:k]):
        return None  # ("Dia juga mengatakan", "Terkait kondisi …", "Sabtu …": a pronoun, an adverb, a time)
    return " ".join(t.text for t in sent.tokens[:k]), "", ""


def _last_person(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    found = None
    for sent in doc.sentences:
        if sent.start > offset:
            break
        for m in sent.mentions:
            if m.person and sent.tokens[m.start].start < offset:
                found = m
    return who(found, doc) if found else None




def _own_office(sent: Sentence, m: Mention) -> bool:
    """A government office placed in the article's main country, not listed with others ("Pemerintah dan
    Rakyat Afghanistan": the country named last is the office's too)."""
    return m.placed and m.sector == "GOV" and not any(
        0 <= k < len(sent.tokens) and sent.tokens[k].lower in LISTING
        for k in (m.start - 1, m.end))


def speakers_in_quotes(doc: Doc) -> Doc:
    """Inside a quotation, "kami", "saya", "we" and "I" are the speaker ("Kami akan terus menyerukan…"), and
    an office an Indonesian speaker names bare in an Indonesian story is Indonesia's, wherever the story is
    set ("… saya minta Menlu untuk kirimkan nota protes kita ke Amerika Serikat", on Jerusalem)."""
    for q in doc.quotes:
        if not q.country:
            continue
        country, igo = ("IGO", q.country[4:]) if q.country.startswith("IGO:") else (q.country, None)
        start, end = q.span
        for sent in doc.sentences:
            if sent.end < start or sent.start > end:
                continue
            covered = {k for m in sent.mentions for k in range(m.start, m.end)}
            extra = [Mention(i, i + 1, t.text, country, q.sector, igo, "pronoun", q.speaker)
                     for i, t in enumerate(sent.tokens)
                     if start <= t.start < end and i not in covered and t.lower in FIRST_PERSON
                     and (t.lower != "i" or t.text == "I")]
            if extra:
                sent.mentions = sorted(sent.mentions + extra, key=lambda m: m.start)
            if country == "IDN" and doc.lang == "id":
                sent.mentions = [replace(m, country=country, placed=False)
                                 if _own_office(sent, m) and start <= sent.tokens[m.start].start < end else m
                                 for m in sent.mentions]
    return doc
