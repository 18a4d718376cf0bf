"""Direct quotations and their speakers ("…," kata Sullivan / X mengatakan, "…" / "…," he said)."""
from __future__ import annotations

import re

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.records import Quote

_QUOTE = re.compile(r"[“\"]([^”\"\n]{8,}?)[”\"]|‘([^’\n]{8,}?)’")
_AFTER = re.compile(r"^\s*[,.]?\s*(?:kata|ujar|ucap|tutur|jelas|tegas|imbuh|tambah|ungkap|terang|papar|sebut|"
                    r"lanjut|tandas|pungkas|timpal|ucapnya|katanya|ujarnya|tuturnya|jelasnya|tegasnya|"
                    r"imbuhnya|ungkapnya|terangnya|paparnya|said|says|added|told|stated|explained|"
                    r"insisted|warned|wrote|according to)\b", re.I)
_BEFORE = re.compile(r"(?:mengatakan|menyatakan|berkata|menegaskan|menjelaskan|mengungkapkan|menambahkan|"
                     r"menyebut|menuturkan|menulis|mencuit|said|says|stated|added|told reporters|wrote|tweeted)"
                     r"(?:\s+\w+){0,3}\s*[,:]?\s*$", re.I)
_SELF = re.compile(r"^(?:nya|dia|ia|he|she|beliau)\b", re.I)


def _mentions_between(doc: Doc, start: int, end: int) -> list[tuple[Sentence, Mention]]:
    out = []
    for sent in doc.sentences:
        if sent.end < start or sent.start > end:
            continue
        for m in sent.mentions:
            a = sent.tokens[m.start].start
            if start <= a < end:
                out.append((sent, m))
    return out


def _sentence_at(doc: Doc, offset: int) -> int:
    for sent in doc.sentences:
        if sent.start <= offset < sent.end + 1:
            return sent.index
    return 0


def _name_after(text: str) -> str:
    m = re.match(r"\s*((?:[A-Z][\w'’.-]+\s?){1,4})", text)
    return m.group(1).strip() if m else ""


def find_quotes(doc: Doc) -> Doc:
    """Every quotation of at least two words with its speaker; unattributed quotes take the last speaker."""
    text = doc.text
    last: tuple[str, str, str] | None = None
    quotes = []
    for q in _QUOTE.finditer(text):
        body = (q.group(1) or q.group(2) or "").strip()
        if len(body.split()) < 3:
            continue
        speaker = None
        tail = text[q.end():q.end() + 120]
        after = _AFTER.match(tail)
        if after:
            rest_start = q.end() + after.end()
            if after.group(0).lower().rstrip().endswith("nya") or _SELF.match(text[rest_start:].lstrip()):
                speaker = last
            else:
                found = _mentions_between(doc, rest_start, rest_start + 60)
                if found:
                    speaker = _speaker(found[0][1])
                else:
                    name = _name_after(text[rest_start:rest_start + 60])
                    speaker = (name, "", "") if name else last
        if speaker is None:
            line_start = text.rfind("\n", 0, q.start()) + 1
            before = text[line_start:q.start()]
            if _BEFORE.search(before):
                found = _mentions_between(doc, line_start, q.start())
                speaker = _speaker(found[-1][1]) if found else last
            elif not before.strip():
                speaker = last
        if speaker is None:
            continue
        last = speaker
        words = body.split()
        quotes.append(Quote(speaker=speaker[0], country=speaker[1], sector=speaker[2],
                            start=" ".join(words[:6]), text=body, span=(q.start(), q.end()),
                            sentence_index=_sentence_at(doc, q.start())))
    doc.quotes = quotes
    return doc


def _speaker(m: Mention) -> tuple[str, str, str]:
    name = m.person or m.text
    return name, m.key, m.sector
