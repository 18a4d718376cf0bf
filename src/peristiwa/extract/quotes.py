"""Direct quotations and their speakers ("…," kata Sullivan / X mengatakan, "…" / "…," he said).

A quotation is attributed, in order of preference, to: the speaker named after it ("…," kata X), the
speaker before it (X mengatakan, "…"), the previous speaker when it continues a quoted passage or
says "katanya", and otherwise the last person the article mentioned.
"""
from __future__ import annotations

import re
import unicodedata

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.records import Quote

_QUOTE = re.compile(r"[“\"]([^”\"\n]+?)[”\"]|‘([^’\n]{8,}?)’")
_SAY_AFTER = (r"kata|ujar|ucap|tutur|jelas|tegas|imbuh|tambah|ungkap|terang|papar|sebut|lanjut|tandas|pungkas|"
              r"timpal|cetus|jawab|teriak|tulis|tanya|seru|tutup|sambung|kilah|aku|said|says|added|told|stated|"
              r"explained|insisted|warned|wrote|asked|according to")
_AFTER = re.compile(rf"^\s*[,.]?\s*(?:{_SAY_AFTER})(nya)?\b", re.I)
_BEFORE = re.compile(r"(?:mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|menambahkan|"
                     r"menyebut|menyebutnya|menuturkan|menulis|mencuit|berujar|mengungkap|menyampaikan|"
                     r"said|says|stated|added|told reporters|wrote|tweeted|declared)"
                     r"(?:\s+[\w-]+){0,3}\s*[,:]?\s*$", re.I)
_SELF = re.compile(r"^\s*(?:dia|ia|he|she|beliau)\b", re.I)
_NAME_STOP = {".", ";", "(", "kepada", "seperti", "sebagaimana", "dalam", "saat", "ketika", "pada", "mengutip",
              "melalui", "usai", "setelah", "dikutip", "via", "to", "in", "on", "at", "as", "when", "during",
              "yang", "who", "dilansir", "sambil", "seraya"}
_NOT_NAME = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad", "Monday", "Tuesday",
             "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Baca", "AFP", "Reuters", "AP", "Antara",
             # titles before a name ("ujar Ketua Baleg Supratman Andi"): not part of the name
             "Ketua", "Wakil", "Kepala", "Direktur", "Menteri", "Presiden", "Gubernur", "Juru", "Bicara",
             "Komandan", "Kolonel", "Jenderal", "Sekretaris", "Anggota", "Staf", "Pak", "Bu", "Ibu", "Bapak",
             "Dr", "Prof", "Kapolri", "Kapolda", "Panglima", "Dubes", "Duta", "Besar", "Senator", "Hakim", "Jaksa"}
_CONTINUATION_CHARS = 600
_PLACE_WORDS = {"kota", "provinsi", "kabupaten", "desa", "distrik", "pulau", "negara", "kecamatan", "city",
                "province", "district", "village", "gedung", "kompleks", "istana"}
_SPEECH = {"mengatakan", "menyatakan", "berkata", "menegaskan", "menjelaskan", "mengungkapkan", "menambahkan",
           "menyebut", "menuturkan", "said", "says", "told", "stated"}


def find_quotes(doc: Doc) -> Doc:
    text = doc.text
    last: tuple[str, str, str] | None = None
    last_end = -10**9
    quotes = []
    for q in _QUOTE.finditer(text):
        body = (q.group(1) or q.group(2) or "").strip()
        if not body or not any(ch.isalpha() for ch in body):
            continue
        speaker, attributed = None, False
        after = _AFTER.match(text[q.end():q.end() + 80])
        if after:
            attributed = True
            rest = q.end() + after.end()
            if after.group(1) or _SELF.match(text[rest:rest + 12]):
                speaker = _last_sayer(doc, q.start(), last, last_end)
            else:
                speaker = _speaker_at(doc, rest) or _phrase_at(text, rest)
        if speaker is None:
            before_start = max(text.rfind("\n", 0, q.start()) + 1, q.start() - 200)
            before = text[before_start:q.start()]
            verb = _BEFORE.search(before)
            if verb:
                attributed = True
                speaker = _speaker_before(doc, before_start + verb.start())
        if speaker is None and len(body.split()) >= 3:
            if last is not None and q.start() - last_end < _CONTINUATION_CHARS:
                speaker = last
            else:
                speaker = _last_sayer(doc, q.start(), None, last_end)
        if speaker is None or (not attributed and len(body.split()) < 3):
            continue
        last, last_end = speaker, q.end()
        words = body.split()
        quotes.append(Quote(speaker=speaker[0], country=speaker[1], sector=speaker[2], start=" ".join(words[:6]),
                            text=body, span=(q.start(), q.end()), sentence_index=_sentence_at(doc, q.start()).index))
    doc.quotes = quotes
    return doc


def _sentence_at(doc: Doc, offset: int) -> Sentence:
    for sent in doc.sentences:
        if offset < sent.end + 1:
            return sent
    return doc.sentences[-1]


def _who(m: Mention, doc: Doc | None = None) -> tuple[str, str, str]:
    if not m.person:
        return _named_before(m, doc) or m.text, m.key, m.sector
    written = doc.written.get(m.person) if doc is not None else None
    return written or _as_written(m.person, m.text), m.key, m.sector


def _named_before(m: Mention, doc: Doc | None) -> str | None:
    """A bare institution ("Kementerian menegaskan, …") is the one the article named in full before it
    ("Kementerian Luar Negeri Suriah")."""
    if doc is None or m.kind != "agent" or " " in m.text.strip():
        return None
    head = m.text.strip().lower()
    for sent in doc.sentences:
        for other in sent.mentions:
            if other is not m and other.text.lower().startswith(head + " ") and other.key == m.key:
                return other.text
    return None


def _plain(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)).lower()


def _as_written(canonical: str, text: str) -> str:
    """The known person's name, spelt as the article spells the surname (Gusmão / Gusmao)."""
    known, written = canonical.split(), text.split()
    if written and known and known[-1] != written[-1] and _plain(known[-1]) == _plain(written[-1]):
        return " ".join(known[:-1] + [written[-1]])
    return canonical


def _speaker_at(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    """The speaker named from `offset` up to a preposition or the sentence's end: a person mention, else the
    last capitalised name ("kata Komandan Amirali Hajizadeh"), else the first actor ("kata pejabat itu")."""
    sent = _sentence_at(doc, offset)
    by_start = {m.start: m for m in sent.mentions}
    first_actor, name = None, None
    i = next((k for k, t in enumerate(sent.tokens) if t.start >= offset), len(sent.tokens))
    while i < len(sent.tokens):
        tok = sent.tokens[i]
        m = by_start.get(i)
        if m is not None:
            if m.kind in ("person", "pronoun") and m.person:
                return _who(m, doc)
            first_actor = first_actor or m
            i = m.end
            continue
        if tok.lower in _NAME_STOP:
            break
        if _name_like(tok.text) and tok.lower not in _PLACE_WORDS and not name:
            j = i + 1
            while j < len(sent.tokens) and by_start.get(j) is None and (
                    _name_like(sent.tokens[j].text) or sent.tokens[j].lower.startswith(("al-", "el-", "bin", "van"))):
                j += 1
            if tok.lower in _BODY_WORDS:  # "kata juru bicara Kementerian Telekomunikasi Iran": a description
                return _description(sent, offset)
            name = " ".join(t.text for t in sent.tokens[i:j])
            i = j
            continue
        i += 1
    if name:
        return name, first_actor.key if first_actor else "", first_actor.sector if first_actor else ""
    return _who(first_actor, doc) if first_actor else None


_BODY_WORDS = {"kementerian", "departemen", "badan", "komisi", "dewan", "kantor", "direktorat", "lembaga",
               "angkatan", "kepolisian", "kejaksaan", "pengadilan", "ministry", "department", "office", "agency",
               "commission", "council"}


def _description(sent: Sentence, offset: int) -> tuple[str, str, str]:
    """The words from `offset` up to a preposition or punctuation ("juru bicara Kementerian … Iran"), with
    the country and sector of the first actor among them."""
    picked = []
    for k, tok in enumerate(sent.tokens):
        if tok.start < offset:
            continue
        if tok.lower in _NAME_STOP or not (tok.text[:1].isalnum() or tok.text == "-") or len(picked) == 8:
            break
        picked.append(k)
    inside = [m for m in sent.mentions if picked and picked[0] <= m.start <= picked[-1] and not m.location]
    actor = next((m for m in inside if m.country), None)
    return (" ".join(sent.tokens[k].text for k in picked), actor.key if actor else "",
            actor.sector if actor and actor.sector else ("GOV" if actor else ""))


def _phrase_at(text: str, offset: int) -> tuple[str, str, str] | None:
    """The words naming an unnamed speaker ("ujar seluruh peserta rapat"), up to the clause's end."""
    words = re.split(r"[.,;:(\n]", text[offset:offset + 80], maxsplit=1)[0].split()[:6]
    return (" ".join(words), "", "") if words else None


def _name_like(word: str) -> bool:
    return word[:1].isupper() and word not in _NOT_NAME and word.replace("-", "").replace("'", "").isalpha()


def _speaker_before(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    """The actor nearest before the speech verb at `offset` (a person preferred) in its sentence."""
    sent = _sentence_at(doc, offset)
    before = [m for m in sent.mentions if sent.tokens[m.start].start < offset and not m.location]
    if not before:
        return None
    people = [m for m in before if m.person]
    # the clause's subject: "Rouhani mengecam pemerintahan Trump … dengan mengatakan "…""
    return _who(people[0] if people else before[-1], doc)


def _last_sayer(doc: Doc, offset: int, last: tuple[str, str, str] | None, last_end: int):
    """Who "katanya" or an unattributed quotation refers to: the subject of the latest sentence with a
    speech verb ("Pakhil mengatakan …") if it comes after the previous quotation, else the previous
    speaker, else the last person mentioned."""
    for sent in reversed(doc.sentences):
        if sent.start >= offset:
            continue
        if sent.end <= last_end:
            break
        verb = next((i for i, t in enumerate(sent.tokens) if t.lower in _SPEECH and t.start < offset), None)
        if verb is not None:
            before = [m for m in sent.mentions if m.end <= verb and not m.location]
            if before:
                people = [m for m in before if m.person]
                return _who(people[0] if people else before[0], doc)
    return last or _last_person(doc, offset)


def _last_person(doc: Doc, offset: int) -> tuple[str, str, str] | None:
    found = None
    for sent in doc.sentences:
        if sent.start > offset:
            break
        for m in sent.mentions:
            if m.person and sent.tokens[m.start].start < offset:
                found = m
    return _who(found, doc) if found else None


_FIRST_PERSON = {"kami", "kita", "saya", "aku", "we", "i"}


def speakers_in_quotes(doc: Doc) -> Doc:
    """Inside a quotation, "kami", "saya", "we" and "I" are the speaker ("Kami akan terus menyerukan…")."""
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
                     if start <= t.start < end and i not in covered and t.lower in _FIRST_PERSON
                     and (t.lower != "i" or t.text == "I")]
            if extra:
                sent.mentions = sorted(sent.mentions + extra, key=lambda m: m.start)
    return doc
