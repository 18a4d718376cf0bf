"""Sentence splitting for news text, with character offsets into the article."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviations after which a full stop does not end a sentence (Indonesian and English news).
_ABBREV = {
    "dr", "drs", "ir", "prof", "h", "hj", "mr", "mrs", "ms", "st", "jl", "no", "dll", "dsb", "tsb",
    "u.s", "u.n", "u.k", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "rep", "sen", "gov", "pres",
    "kol", "letjen", "mayjen", "brigjen", "jend", "kapt", "bpk", "sdr", "a.s", "vs", "inc", "co", "corp",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "sep", "sept", "okt", "oct", "nov", "des", "dec",
}
# A sentence ends at . ! ? (and closing quotes) before a capital, and at line breaks. Scraped corpora
# often join paragraphs with a comma (". ,Ketegangan", "”,Richard"): that comma is a boundary too.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?:\s*,+(?=\s*[\"“‘(\[]?[A-Z0-9])|(?=\s+[\"“‘(\[]?[A-Z0-9]))"
                       r"|(?<=[”\"])\s*,+(?=[A-Z“\"])|\n+")


_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")  # a name's initials: "L.K.", "J.R.R."


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def split_sentences(text: str) -> list[Span]:
    """Return sentence spans (start, end offsets) covering the non-blank parts of `text`."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group()[0] == ".":
            word = re.search(r"([\w.]+)\.$", text[start:m.start() + 1])
            if word:
                w = word.group(1).lower()
                if w in _ABBREV or (len(w) == 1 and w.isalpha()) or _INITIALS.fullmatch(w):  # "L.K. Advani"
                    continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    chunk = text[start:end]
    stripped = chunk.strip().strip(",").strip()
    if not stripped:
        return
    lead = chunk.index(stripped)
    spans.append(Span(start + lead, start + lead + len(stripped)))
