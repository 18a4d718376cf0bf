"""Who a quotation's speaker is: known people and actors, names the lexicon does not know, and
descriptions ("juru bicara Kementerian …"), resolved to the person or phrase the article introduced them
with ("kata pejabat ini" → "seorang pejabat AS", "Yayat" → "Yayat Supriatna")."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.phrases import DEMONSTRATIVES

NAME_STOP = {".", ";", "(", "kepada", "seperti", "sebagaimana", "dalam", "saat", "ketika", "pada", "mengutip",
             "melalui", "usai", "setelah", "dikutip", "via", "to", "in", "on", "at", "as", "when", "during",
             "yang", "who", "dilansir", "sambil", "seraya"}
NOT_NAME = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Baca", "AFP", "Reuters", "AP", "Antara",
            # titles before a name ("ujar Ketua Baleg Supratman Andi"): not part of the name
            "Ketua", "Wakil", "Kepala", "Direktur", "Menteri", "Presiden", "Gubernur", "Juru", "Bicara",
            "Komandan", "Kolonel", "Jenderal", "Sekretaris", "Anggota", "Staf", "Pak", "Bu", "Ibu", "Bapak",
            "Dr", "Prof", "Kapolri", "Kapolda", "Panglima", "Dubes", "Duta", "Besar", "Senator", "Hakim", "Jaksa"}
_PRONOUNS = {"dia", "ia", "beliau", "mereka", "kami", "kita", "saya", "he", "she", "they", "we", "it", "i"}
CLAUSE_OPENERS = {"melalui", "menurut", "dalam", "sementara", "namun", "selain", "sebelumnya", "kemudian",
                  "karena", "meski", "setelah", "sejak", "bagi", "untuk", "pada", "di", "dari", "oleh", "tapi",
                  "tetapi", "adapun", "sedangkan", "through", "in", "after", "before", "while", "however",
                  "meanwhile", "for", "with", "on", "at", "by"}
PLACE_WORDS = {"kota", "provinsi", "kabupaten", "desa", "distrik", "pulau", "negara", "kecamatan", "city",
               "province", "district", "village", "gedung", "kompleks", "istana"}
_DETERMINERS = {"seorang", "para", "sang", "salah", "satu", "sejumlah", "beberapa", "kedua"}
_NOT_IN_PHRASE = {"bahkan", "juga", "pun", "telah", "sudah", "akan", "yang", "tidak", "belum", "masih", "sempat",
                  "kemudian", "lalu", "pada", "di", "ke", "dari", "kepada", "dalam", "itu", "ini", "tersebut"}
BODY_WORDS = {"kementerian", "departemen", "badan", "komisi", "dewan", "kantor", "direktorat", "lembaga",
              "angkatan", "kepolisian", "kejaksaan", "pengadilan", "ministry", "department", "office", "agency",
              "commission", "council"}


def antecedent(doc: Doc, speaker: tuple[str, str, str], offset: int) -> tuple[str, str, str]:
    """A speaker described with a demonstrative ("kata pejabat ini", "sebut kepala dinas intelijen itu") is
    the one introduced earlier: the person in apposition with the same title ("Abu Ali al-Basri, kepala
    …"), else the earlier description itself ("seorang pejabat AS")."""
    words = speaker[0].split()
    if len(words) < 2 or words[-1].lower() not in DEMONSTRATIVES:
        return speaker
    head = [w.lower() for w in words[:-1] if w.lower() not in _DETERMINERS]
    if not head:
        return speaker
    seen = [(sent, k) for sent in reversed(doc.sentences) if sent.start < offset
            for k in range(len(sent.tokens) - 1, -1, -1)
            if sent.tokens[k].lower == head[0] and sent.tokens[k].start < offset]
    # an introduction ("seorang pejabat AS") comes before later mentions of the same title
    seen.sort(key=lambda sk: sk[1] == 0 or sk[0].tokens[sk[1] - 1].lower not in _DETERMINERS)
    for sent, k in seen:
        named = _apposed(doc, sent, k)
        if named:
            return named[0], named[1] or speaker[1], named[2] or speaker[2]
        toks = sent.tokens
        if [t.lower for t in toks[k:k + len(head)]] == head and (
                k + len(head) >= len(toks) or toks[k + len(head)].lower not in DEMONSTRATIVES):
            end = max([m.end for m in sent.mentions if m.start <= k < m.end] + [k + len(head)])
            while end < len(toks) and end < k + len(head) + 3 and _in_phrase(toks[end].text, sent, end):
                end += 1
            return " ".join(t.text for t in toks[k:end]), speaker[1], speaker[2]
    return speaker


def _apposed(doc: Doc, sent: Sentence, k: int) -> tuple[str, str, str] | None:
    """The person a title at token k stands in apposition with: "Abu Ali al-Basri, kepala …" or
    "kepala … Irak, Abu Ali al-Basri"."""
    toks = sent.tokens
    for m in sent.mentions:
        if m.person and (m.end == k - 1 or m.start > k and m.start - k <= 8) and toks[
                k - 1 if m.end == k - 1 else m.start - 1].text == ",":
            return who(m, doc)
    if k >= 3 and toks[k - 1].text == ",":
        j = k - 1
        while j > 0 and name_part(toks[j - 1].text) and not any(m.start <= j - 1 < m.end for m in sent.mentions):
            j -= 1
        if k - 1 - j >= 2:
            return " ".join(t.text for t in toks[j:k - 1]), "", ""
    return None


def _in_phrase(word: str, sent: Sentence, k: int) -> bool:
    """Whether a word can still belong to a noun phrase: a name, an actor, or a plain word that does not
    look like a verb (me-/ber-/di-/ter- with a stem) or a particle."""
    if any(m.start == k and not m.person for m in sent.mentions) or word[:1].isupper():
        return True
    low = word.lower()
    return word.isalpha() and low not in _NOT_IN_PHRASE and not (
        len(low) > 5 and low.startswith(("me", "ber", "di", "ter")))


def who(m: Mention, doc: Doc | None = None) -> tuple[str, str, str]:
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


def description(sent: Sentence, offset: int) -> tuple[str, str, str]:
    """The words from `offset` up to a preposition or punctuation ("juru bicara Kementerian … Iran"), with
    the country and sector of the first actor among them."""
    picked = []
    for k, tok in enumerate(sent.tokens):
        if tok.start < offset:
            continue
        closing = tok.lower == "yang" and len(sent.tokens) - k <= 4  # "jawab anggota baleg yang hadir."
        if tok.lower in NAME_STOP and not closing or not (tok.text[:1].isalnum() or tok.text == "-") or len(
                picked) == 8:
            break
        picked.append(k)
    inside = [m for m in sent.mentions if picked and picked[0] <= m.start <= picked[-1] and not m.location]
    actor = next((m for m in inside if m.country), None)
    return (" ".join(sent.tokens[k].text for k in picked), actor.key if actor else "",
            actor.sector if actor and actor.sector else ("GOV" if actor else ""))


def name_like(word: str) -> bool:
    return word[:1].isupper() and word not in NOT_NAME and word.replace("-", "").replace("'", "").isalpha()


def trailing_name(sent: Sentence, offset: int) -> str | None:
    """A name closing the attribution after a comma ("kata Badan Kerja Sama Antar Parlemen (BKSAP) DPR-RI,
    Zairina."): the speaker, the words before it describe."""
    toks = [t for t in sent.tokens if t.start >= offset]
    end = len(toks) - 1 if toks and toks[-1].text in ".!?" else len(toks)
    j = end
    while j > 0 and name_part(toks[j - 1].text):
        j -= 1
    if j == end or j < 2 or toks[j - 1].text != "," or end - j > 4:
        return None
    first = sent.tokens.index(toks[j])
    if any(m.location and m.end > first for m in sent.mentions):  # "…, Jakarta."
        return None
    return " ".join(t.text for t in toks[j:end])


def full_name(before: str, name: str) -> str:
    """A short name in full as the article first wrote it in running text ("Satrio" → "Satrio Swandika",
    "Gogo" → "Lilian Achieng Gogo"); "Baca juga" headlines and titles are not part of it."""
    word = r"[A-Z][a-z'-]+"
    for at in re.finditer(rf"\b{re.escape(name)}\b", before):
        left = before[max(0, at.start() - 60):at.start()]
        lead = re.search(rf"(?:[a-z,)]|\b[A-Z]{{2,}}) ((?:{word} ){{0,2}})$", left)
        tail = re.match(rf"((?: {word}){{0,2}})(?=\s*[,.;:)]|\s+[a-z(])", before[at.end():at.end() + 60])
        if lead is None or tail is None:
            continue
        words = (lead.group(1) + name + tail.group(1)).split()
        if any(w.lower() in BODY_WORDS | PLACE_WORDS | CLAUSE_OPENERS or w in NOT_NAME for w in words):
            continue
        if tail.group(1):
            return " ".join([name] + tail.group(1).split())
        if lead.group(1):
            return " ".join(words)
    return name


def misspelt(doc: Doc, name: str, offset: int) -> Mention | None:
    """A one-word name the lexicon does not know that is a misspelling of a person named earlier
    ("kata Yassona" after "Yasonna H Laoly")."""
    if " " in name or len(name) < 5:
        return None
    for sent in doc.sentences:
        for m in sent.mentions:
            if m.person and sent.tokens[m.start].start < offset and any(
                    w[0] == name[0] and SequenceMatcher(None, w.lower(), name.lower()).ratio() >= 0.8
                    for w in m.text.split() if len(w) >= 4):
                return m
    return None


def name_part(word: str) -> bool:
    return name_like(word) or word.lower().startswith(("al-", "el-", "bin", "van"))


def according_to(doc: Doc, sent: Sentence, k: int) -> tuple[str, str, str] | None:
    """The source right after "menurut" / "according to": a known person or actor, else a name."""
    m = next((m for m in sent.mentions if m.start == k), None)
    if m is not None and not m.location and m.kind != "pronoun":
        return who(m, doc)
    j = k
    while j < len(sent.tokens) and name_part(sent.tokens[j].text):
        j += 1
    if j > k and (j == len(sent.tokens) or sent.tokens[j].text == ","):
        return " ".join(t.text for t in sent.tokens[k:j]), "", ""
    return None


def lead_name(doc: Doc, sent: Sentence, mentions: list[Mention], verb: int) -> tuple[str, str, str] | None:
    """A name the lexicon does not know that opens the sentence before an apposition ("Hesameddin Ashena,
    penasihat Rouhani, memuji …") or the verb of saying ("Yayat mengatakan, …"): the subject, of the
    apposition's country."""
    toks = sent.tokens
    j = 0
    while j < len(toks) and name_part(toks[j].text) and not any(m.start <= j < m.end for m in sent.mentions):
        j += 1
    if j == 0 or j >= len(toks) or toks[0].lower in CLAUSE_OPENERS:
        return None
    actor = next((m for m in mentions if m.start > j and m.country), None)
    if j == verb:  # "Yayat mengatakan": a name the article also writes mid-sentence, or a known person's
        name = " ".join(t.text for t in toks[:j])
        known = misspelt(doc, name, sent.start) if j == 1 else None
        if known is not None:
            return who(known, doc)
        if toks[0].lower in _PRONOUNS or not re.search(rf"[a-z,] {re.escape(name)}\b", doc.text):
            return None
    elif not (j >= 2 and toks[j].text == "," and (actor is not None and actor.start < verb or toks[
            j + 1].text[:1].islower())):
        return None
    return (" ".join(t.text for t in toks[:j]), actor.key if actor else "",
            actor.sector if actor and actor.sector else "")


# verbs that tag a quotation after it ("…," kata Sullivan / "…," he said), with or without "-nya"
QUOTE_TAGS = frozenset({
    "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "imbuh", "tambah", "ungkap", "terang", "papar", "sebut", "lanjut",
    "tandas", "pungkas", "timpal", "cetus", "jawab", "teriak", "tulis", "tanya", "seru", "tutup", "sambung", "kilah",
    "aku", "said", "says", "added", "told", "stated", "explained", "insisted", "warned", "wrote", "asked",
    "according to"})
# words that name an accusation as such ("menolak semua tuduhan", "klaim bahwa X berada di balik …")
CHARGES = frozenset({"tuduhan", "tudingan", "klaim", "charges", "accusation", "accusations", "allegation",
                     "allegations", "claims"})


def quote_tag(word: str) -> bool:
    """Whether a (lowercase) word tags a quotation: "kata", "ujarnya", "said"."""
    return word in QUOTE_TAGS or word.endswith("nya") and word[:-3] in QUOTE_TAGS
