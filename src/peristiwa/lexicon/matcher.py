"""A phrase matcher over tokens: dictionary lookup on the first word, longest match wins."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from peristiwa.text.counts import AT_LEAST, a_count
from peristiwa.text.timewords import DAY_WORDS, PARTS_OF_DAY
from peristiwa.text.tokens import Token, words

T = TypeVar("T")


def case_sensitive(alias: str) -> bool:
    """Short all-capital aliases (AS, US, PBB, TNI) match only in capitals, and a two-letter name ("Xi") only as
    written (not the numeral in "Komisi XI")."""
    letters = alias.replace(".", "").replace("-", "")
    return letters.isalpha() and (letters.isupper() and len(letters) <= 4 or letters.istitle() and len(letters) <= 2)


# A time phrase (or a word of manner) may stand before a phrase's closing preposition: "gave a warm welcome on
# Thursday to …", "eased emergency measures on Wednesday in Montenegro", "fired tear gas on Wednesday at …",
# "memberikan bantuan pada Senin kepada …".
_CLOSING = {"to", "with", "in", "on", "at", "between", "against", "from", "for", "into", "kepada", "dengan",
            "terhadap", "ke", "di", "bagi", "untuk", "atas"}
_TIME = DAY_WORDS | PARTS_OF_DAY | {"on", "this", "last", "next", "late", "early", "week", "month", "ini", "lalu",
                                    "that", "day", "later",
                                    # and how: "berbicara langsung dengan", "bertemu secara virtual dengan",
                                    # "spoke directly with"
                                    "langsung", "secara", "virtual", "daring", "kembali", "directly", "briefly",
                                    "privately", "separately", "personally", "virtually", "again"}


def spellings(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A phrase (its words) as written in the lexicon and as the news also writes it: "kerja sama" as
    "kerjasama" ("bekerjasama dengan"), and a word prefixed with "anti" ("antikorupsi") as "anti-korupsi",
    "anti korupsi" and "anti - korupsi". Every phrase a matcher or the object verbs index goes through here."""
    out = [key]
    k = next((k for k in range(len(key) - 1) if key[k].endswith("kerja") and key[k + 1] == "sama"), None)
    if k is not None:
        out.append(key[:k] + (key[k] + "sama",) + key[k + 2:])
    k = next((k for k, w in enumerate(key) if w.startswith("anti") and len(w) > 7 and w.isalpha()), None)
    if k is not None:
        rest = key[k][4:]
        out += [key[:k] + middle + key[k + 1:] for middle in ((f"anti-{rest}",), ("anti", rest), ("anti", "-", rest))]
    return out


def _plural_of(tokens: Sequence[Token], i: int, key: tuple[str, ...]) -> bool:
    """Whether the tokens at i spell `key` with its last word reduplicated ("sanksi-sanksi" for "sanksi")."""
    size = len(key)
    return tokens[i + size - 1].lower == f"{key[-1]}-{key[-1]}" \
        and all(tokens[i + k].lower == key[k] for k in range(1, size - 1))


def _counted(tokens: Sequence[Token], i: int, key: tuple[str, ...]) -> int | None:
    """The end of the verb phrase `key` matched at i with a count after its verb ("membakar sedikitnya 300 desa"
    for "membakar desa", "menembakkan empat rudal"), or None."""
    k = i + 1
    while k < len(tokens) and tokens[k].lower in AT_LEAST:
        k += 1
    if k >= len(tokens) or not a_count(tokens[k].lower):
        return None
    end = k + len(key)
    return end if end <= len(tokens) and all(tokens[k + j].lower == key[j] for j in range(1, len(key))) else None


class PhraseMatcher(Generic[T]):
    """Maps phrases (sequences of words) to values; `find` returns non-overlapping longest matches. With
    `time_gaps`, a phrase of two or more words may have a short time phrase before its closing preposition
    ("appealed on Saturday to")."""

    def __init__(self, time_gaps: bool = False, plurals: bool = False,
                 counted: Callable[[T], bool] | None = None) -> None:
        # first word → [(phrase words, exact spelling if case-sensitive, value, may have a time gap)]
        self._index: dict[str, list[tuple[tuple[str, ...], str | None, T, bool]]] = {}
        self.time_gaps = time_gaps
        self.counted = counted  # values whose phrase may have a count after its first word ("membakar 300 desa")
        self.plurals = plurals  # the last word may be reduplicated: "mengumumkan sanksi-sanksi" (Indonesian)

    def add(self, phrase: str, value: T) -> None:
        key = tuple(words(phrase))
        if not key:
            return
        exact = phrase.replace(" ", "") if case_sensitive(phrase) else None
        for spelling in spellings(key):
            bucket = self._index.setdefault(spelling[0], [])
            bucket.append((spelling, exact, value, self.time_gaps and len(spelling) >= 2 and spelling[-1] in _CLOSING))
            bucket.sort(key=lambda item: -len(item[0]))

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def match_at(self, tokens: Sequence[Token], i: int) -> tuple[int, T] | None:
        """The longest phrase starting at token i: (end index, value), or None."""
        bucket = self._index.get(tokens[i].lower)
        if not bucket:
            return None
        n = len(tokens)
        nxt = tokens[i + 1].lower if i + 1 < n else ""
        timed = nxt in _TIME  # (what may follow the first word in a gap: cheap tests before the slower ones)
        counts = self.counted is not None and (nxt in AT_LEAST or a_count(nxt))
        for key, exact, value, gap in bucket:
            size = len(key)
            if i + size > n:
                continue
            if size > 1 and any(tokens[i + k].lower != key[k] for k in range(1, size)):
                end = self._with_time_gap(tokens, i, key) if gap and (timed if size == 2 else nxt == key[1]) \
                    else None
                if end is None and counts and self.counted(value):
                    end = _counted(tokens, i, key)
                if end is not None:
                    return end, value
                if not (self.plurals and "-" in tokens[i + size - 1].lower and _plural_of(tokens, i, key)):
                    continue
            if exact is not None and "".join(t.text for t in tokens[i:i + size]) != exact:
                continue
            return i + size, value
        return None

    def values(self, word: str) -> list[T]:
        """The values of the one-word phrase `word` (lowercase)."""
        return [value for key, _, value, _ in self._index.get(word, ()) if len(key) == 1]

    def phrase_values(self, phrase: tuple[str, ...]) -> list[T]:
        """The values of the phrase `phrase` (lowercase words)."""
        return [value for key, _, value, _ in self._index.get(phrase[0], ()) if key == phrase] if phrase else []

    @staticmethod
    def _with_time_gap(tokens: Sequence[Token], i: int, key: tuple[str, ...]) -> int | None:
        """The end of `key` matched at i with up to four time words before its closing preposition."""
        size = len(key)
        if size < 2 or key[-1] not in _CLOSING or i + size > len(tokens):
            return None
        if any(tokens[i + k].lower != key[k] for k in range(1, size - 1)):
            return None
        j = i + size - 1
        while j < len(tokens) and j - (i + size - 1) < 4 and tokens[j].lower != key[-1] and tokens[j].lower in _TIME:
            j += 1
        return j + 1 if j > i + size - 1 and j < len(tokens) and tokens[j].lower == key[-1] else None

    def find(self, tokens: Sequence[Token], skip: frozenset[int] | set[int] = frozenset(),
             yields: Callable[[T], bool] | None = None) -> list[tuple[int, int, T]]:
        """Longest matches left to right; tokens in `skip` are never part of a match. A match whose value
        `yields` gives way to a longer one that starts inside it ("anggota Dewan Keamanan PBB": the Council)."""
        out = []
        i, n = 0, len(tokens)
        index = self._index
        while i < n:
            if tokens[i].lower not in index:  # most tokens start no phrase: one dict lookup
                i += 1
                continue
            hit = None if i in skip else self.match_at(tokens, i)
            if hit and skip and any(k in skip for k in range(i, hit[0])):
                hit = None
            if hit and yields is not None and yields(hit[1]) and self._longer_inside(tokens, i, hit[0], skip):
                hit = None
            if hit:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        return out

    def _longer_inside(self, tokens: Sequence[Token], i: int, end: int, skip: frozenset[int] | set[int]) -> bool:
        """Whether a longer match starts inside [i, end) and runs past its end."""
        for k in range(i + 1, end):
            if k not in skip and tokens[k].lower in self._index:
                hit = self.match_at(tokens, k)
                if hit and hit[0] > end and hit[0] - k > end - i and not any(x in skip for x in range(k, hit[0])):
                    return True
        return False
