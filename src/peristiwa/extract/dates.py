"""Dates: the article's date, the day its story is about, and the date of each event.

The date expressions of each sentence are found and resolved in `dateexpr`; an event takes the expression
nearest its verb in its own clause, else the story's day, else the article's date."""
from __future__ import annotations

import re
from datetime import date

from peristiwa.extract.dateexpr import MONTHS, PATTERNS, explicit, parse_iso, sentence_dates
from peristiwa.extract.document import Doc, Sentence
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.timewords import DATE_MARKS, DAY_WORDS


def article_date(doc: Doc) -> date | None:
    """The metadata date, else the first explicit date in the article's opening."""
    meta = parse_iso(doc.article.date)
    if meta:
        return meta
    head = doc.text[:1500]
    for kind in ("numeric", "dmy", "mdy"):
        for m in dict(PATTERNS)[kind].finditer(head):
            found = explicit(kind, m, None, doc.lang)
            if found and len(found) == 10:
                return date.fromisoformat(found)
    return None


def date_sentences(doc: Doc) -> Doc:
    """Each sentence's date expressions, and the day the story is about: news dates its main event once
    ("…, Senin (16/9/2019)"), usually early, and undated sentences refer to that day."""
    doc.date = article_date(doc)
    for sent in doc.sentences:
        sent.dates = sentence_dates(sent, doc.date, doc.lang)
    story_days = [(sent.index, value) for sent in doc.sentences for at, value in sent.dates
                  if len(value) == 10 and doc.date and 0 <= (doc.date - date.fromisoformat(value)).days <= 7
                  and not _cited_on(sent, at, doc.date)]
    # the first recent day the article names, and the sentence that names it
    doc.story_sentence, doc.story_day = story_days[0] if story_days else (None, None)
    return doc


def _cited_on(sent: Sentence, at: int, today: date) -> bool:
    """Whether the date at `at` is the day a source was cited ("Melansir BBC, Selasa (17/9/2019) Hwang mencukur
    habis rambutnya … pada Senin (16/9)"): when the report came out, not the day the story is about, which
    the sentence gives after it."""
    lows = [t.lower for t in sent.tokens[max(0, at - 6):at]]
    other = [v for k, v in sent.dates  # the sentence dates its act itself, a recent day
             if k > at and len(v) == 10 and 0 <= (today - date.fromisoformat(v)).days <= 7]
    return bool(other) and any(w in _CITING for w in lows) and not any(
        _clause_verb(w) and w not in _CITING for w in lows)


_CITING = {"melansir", "dilansir", "mengutip", "dikutip", "disitir", "menyitir", "dilaporkan"}
_AFTER = {"setelah", "sesudah", "usai", "after", "following"}
# a date after these (and a verb of their own) dates their clause: "… sejak Rusia melancarkan invasi pada
# Februari 2022", "… terus berlanjut meskipun ada gencatan senjata antara Ankara dan Moskow pada 31 Agustus"
_CONCESSIVE = {"meskipun", "walaupun", "meski", "walau", "kendati", "although", "despite"}
_LATER_CLAUSE = {"sejak", "since"} | _CONCESSIVE


def _clause_verb(word: str) -> bool:
    return len(word) > 5 and word.isalpha() and (word.startswith(("me", "ber", "di")) or word.endswith("ed"))


def event_date(sent: Sentence, verb_start: int, doc: Doc, root: str = "",
               speech: frozenset[str] = frozenset(), happened: bool = False) -> str | None:
    """The date expression nearest the verb in its sentence (not one that dates a later "sejak"/"since"
    clause, nor one before "setelah"/"after", nor, for an act that happened, a date after the article's:
    "mengundang Megawati untuk menghadiri pertemuan pada November 2019" dates the meeting, not the
    invitation), else the story's day (not for a state "saat ini", now), else the article's date; but when the
    story's day is that of an attack or a death, an undated act of another kind (a reaction: condolences,
    condemnation, demands) has the article's date, unless it happened "hari itu juga" (that same day)."""
    since = [k for k, t in enumerate(sent.tokens) if t.lower in _LATER_CLAUSE and k > verb_start]
    after = [k for k, t in enumerate(sent.tokens) if t.lower in _AFTER and k < verb_start]
    dates = [(i, v) for i, v in sent.dates  # "… sejak Rusia melancarkan invasi pada Februari 2022"
             if not any(k < i and (sent.tokens[k].lower in _CONCESSIVE or any(_clause_verb(t.lower)
                                                                          for t in sent.tokens[k + 1:i]))
                        for k in since)
             and not any(i < k for k in after)  # "Peristiwa pada Sabtu terjadi setelah serangan …": earlier
             and not _in_relative_clause(sent, verb_start, i)
             and not (happened and _after(v, doc))]
    if dates:
        return min(dates, key=lambda d: abs(d[0] - verb_start))[1]
    if (said := _quote_goes_on(sent, doc, speech)) is not None and not (happened and _after(said, doc)):
        return said
    if doc.story_day and not any(v == doc.story_day for _, v in sent.dates) and not _now(sent, verb_start) \
            and not _lasted_years(sent, verb_start) and not (
            root and root not in VIOLENT_ROOTS and _violent_day(doc) and not _same_day(sent)):
        return doc.story_day  # (not when the story's day is the one this event happened before)
    return doc.date.isoformat() if doc.date else None


def _after(value: str, doc: Doc) -> bool:
    """Whether a date (day, month or year) lies after the article's."""
    if doc.date is None:
        return False
    day = doc.date.isoformat()
    return value[:len(day)] > day[:len(value)]


def _in_relative_clause(sent: Sentence, verb_start: int, i: int) -> bool:
    """Whether the date at `i` dates a relative clause after the verb with a verb of its own ("menunjukkan
    puing-puing … serangan … yang terjadi pada akhir pekan lalu", "… hasil seleksi yang pekan lalu diselesaikan
    oleh DPR"), not the verb's act (but one of the medium it was done in, and one of an event noun, do)."""
    lows = [t.lower for t in sent.tokens]
    if not _clause_verb(lows[verb_start]):
        return False  # an event noun's own relative clause dates it: "serangan … yang terjadi pada Sabtu"
    return any(lows[k] in ("yang", "which") and not _BREAKS & set(lows[k + 1:i])
               and not _MEANS & set(lows[max(verb_start + 1, k - 3):k]) and any(
        (_clause_verb(w) or w in HAPPENED) and w not in _STATIVE for w in lows[k + 1:i] + lows[i:i + 4])
        for k in range(verb_start + 1, i))


HAPPENED = {"terjadi", "berlangsung", "meletus", "pecah", "happened", "occurred", "took"}  # an event took place
# the act was done in or through what the clause dates: "mengundang Trump … dalam suratnya yang dikirim pada Agustus"
_MEANS = {"dalam", "melalui", "lewat", "via", "in", "through"}
_BREAKS = {",", ";", ":", '"', "“", "”", "'", "katanya", "kata", "said"}  # the relative clause has ended
_STATIVE = {"berada", "bernama", "berasal", "berusia", "berbasis", "bermarkas", "berkantor", "berlokasi", "located"}


def _quote_goes_on(sent: Sentence, doc: Doc, speech: frozenset[str]) -> str | None:
    """ "Pada Selasa (5/9/2023), Sullivan mengatakan …. “Kami akan terus menyerukan Korea Utara …,” katanya.": a
    quotation (one the quotes step found) opening right after a statement dated to the day goes on with it, and
    was said that day."""
    if sent.dates or not 0 < sent.index < len(doc.sentences) or not any(
            q.sentence_index == sent.index and q.span[0] - sent.start <= 2 for q in doc.quotes):
        return None
    before = doc.sentences[sent.index - 1]
    said = {v for _, v in before.dates}
    if len(said) == 1 and len(next(iter(said))) == 10 and any(t.lower in speech for t in before.tokens):
        return said.pop()
    return None


_DEATH = {"tewas", "meninggal", "wafat", "terbunuh", "gugur", "berpulang", "mangkat", "killed", "died"}
_SAME_DAY = {("hari", "itu", "juga"), ("hari", "yang", "sama"), ("same", "day"), ("that", "day")}


def _violent_day(doc: Doc) -> bool:
    """Whether the sentence that names the story's day tells of an attack or a death."""
    sent = doc.sentences[doc.story_sentence]
    lows = [t.lower for t in sent.tokens]
    return any(v.sense.cameo[:2] in VIOLENT_ROOTS for v in sent.verbs) or bool(_DEATH & set(lows)) \
        or any(lows[k:k + 2] == ["tutup", "usia"] for k in range(len(lows)))  # "tutup usia": died


def _lasted_years(sent: Sentence, verb_start: int) -> bool:
    """ "Arab Saudi memimpin koalisi … selama hampir empat tahun": an act that has gone on for years, told after
    its verb (not of a relative clause: "Zuma yang selama sembilan tahun …, menolak …", nor a prison term)."""
    offset = sent.tokens[verb_start].start - sent.start
    for m in _YEARS_LONG.finditer(sent.text, offset):
        before = sent.text[offset:m.start()].lower().split()
        if "yang" not in before and "which" not in before and not _TERMS & set(before[-2:]):
            return True
    return False


_TERMS = {"penjara", "hukuman", "kurungan", "bui", "prison", "jail", "sentence", "sentenced"}


def _now(sent: Sentence, verb_start: int) -> bool:
    """ "Saat ini ada kemarahan Paris …", "Kini …", "Currently …" opening the sentence before the act: the state
    the article reports on its own day (not "… gempuran yang kini berhasil menumpas ISIS", nor "Kini, KPK telah
    menetapkan …", a completed act: the story's)."""
    lows = [t.lower for t in sent.tokens[:min(verb_start, 3)]]
    if any(t.lower in ("telah", "sudah", "has", "have") for t in sent.tokens[:verb_start]):
        return False
    return any(w in _NOW_WORDS or w == "saat" and k + 1 < len(lows) and lows[k + 1] == "ini"
               for k, w in enumerate(lows))


_NOW_WORDS = {"kini", "sekarang", "currently", "now"}
_YEARS_LONG = re.compile(r"\b(?:selama|for)\s+(?:hampir|lebih dari|sekitar|nearly|almost|more than|over|about)?\s*"
                         r"(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluhan|beberapa|two|three|"
                         r"four|five|six|seven|eight|nine|ten|several|many)\s+(?:tahun|dekade|decades?|years?)\b", re.I)


def _same_day(sent: Sentence) -> bool:
    lows = [t.lower for t in sent.tokens]
    return any(tuple(lows[k:k + len(p)]) == p for p in _SAME_DAY for k in range(len(lows)))


_DATE_PARTS = DAY_WORDS | DATE_MARKS | {","}


def in_date_phrase(sent: Sentence, j: int) -> bool:
    """Whether token `j` belongs to a date phrase ("pada Sabtu lalu, 14 September 2019,", "Jumat (13/9)")."""
    low = sent.tokens[j].lower
    if low in ("pada", "on", "hari"):  # "pada Sabtu", but not "pada akhirnya"
        return j + 1 < len(sent.tokens) and in_date_phrase(sent, j + 1)
    if low in _DATE_PARTS or low in MONTHS:
        return True
    near = [t.lower for t in sent.tokens[max(0, j - 1):j + 2]]
    return low.isdigit() and any(w in MONTHS or w in ("/", "(", ")") for w in near)
