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
# Dotted initialisms keep their last dot ("U.S.", "U.N."): the dot is not a clause break.
_TOKEN = re.compile(rf"(?:[A-Za-z]\.){{2,}}(?![A-Za-z])|\d{{1,3}}(?:,\d{{3}})+\b|{_DECIMAL}|-(?:{_AFFIXES})\b|\w+(?:(?:[-.](?!(?:{_AFFIXES})\b)|['’](?![sS]\b))\w+)*|['’][sS]\b|[^\w\s]",
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
        out.append(Token(word, word.lower(), m.start() + offset, m.end() + offset))
    return _spaced_reduplications(out, text, offset) if " - " in text else out


_ARTICLES = {"al", "Al", "el", "El"}  # the Arabic article before a name


def _spaced_reduplications(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """A reduplication written with a spaced hyphen ("Perserikatan Bangsa - bangsa", "negara - negara") is one
    word, as "Bangsa-bangsa" is; so is an Arabic name with its article ("Bashar al - Assad", "Al - Nusra")."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        a = tokens[k]
        if k + 2 < len(tokens) and tokens[k + 1].text == "-" and a.text.isalnum() \
                and (tokens[k + 2].lower == a.lower or a.text in _ARTICLES and tokens[k + 2].is_title) \
                and text[a.end - offset:tokens[k + 2].start - offset] == " - ":
            b = tokens[k + 2]
            out.append(Token(text[a.start - offset:b.end - offset], f"{a.lower}-{b.lower}", a.start, b.end))
            k += 3
            continue
        out.append(a)
        k += 1
    return out


def words(text: str) -> list[str]:
    """Lowercased token texts of a phrase, as the matchers key them."""
    return [t.lower for t in tokenize(text)]
