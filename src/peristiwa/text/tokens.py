"""Tokenisation with character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner hyphens, dots and apostrophes (Kim Jong-un, U.S, Jum'at); a possessive 's is its own token.
# "Saudi-led", "Iranian-backed": the affix is its own token, so the country before it can be read.
_AFFIXES = ("led|based|backed|supported|sponsored|funded|allied|run|controlled|held|owned|brokered|born|dominated|"
            "flagged")
# English thousands ("4,000 troops") and Indonesian decimals ("2,5 juta") are one number, not a clause break;
# Indonesian "4.000" already is.
_DECIMAL = r"\d+,\d+(?=\s+(?:juta|miliar|triliun|ribu|persen|kilometer|km|ton|hektare|meter)\b)"
# A reduplication written with a spaced hyphen ("Perserikatan Bangsa - bangsa", "negara - negara") is one word.
_SPACED_REDUPLICATION = r"(?P<base>\w+) - (?P=base)\b"
# Dotted initialisms keep their last dot ("U.S.", "U.N."): the dot is not a clause break.
_TOKEN = re.compile(rf"{_SPACED_REDUPLICATION}|(?:[A-Za-z]\.){{2,}}(?![A-Za-z])|\d{{1,3}}(?:,\d{{3}})+\b|{_DECIMAL}|-(?:{_AFFIXES})\b|\w+(?:(?:[-.](?!(?:{_AFFIXES})\b)|['’](?![sS]\b))\w+)*|['’][sS]\b|[^\w\s]",
                    re.UNICODE | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    lower: str
    start: int  # offset in the article text
    end: int

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split `text` into word and punctuation tokens; offsets are shifted by `offset`."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        lower = word.lower().replace(" - ", "-") if m.group("base") else word.lower()
        out.append(Token(word, lower, m.start() + offset, m.end() + offset))
    return out


def words(text: str) -> list[str]:
    """Lowercased token texts of a phrase, as the matchers key them."""
    return [m.group().lower().replace(" - ", "-") for m in _TOKEN.finditer(text)]
