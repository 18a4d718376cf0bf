"""Words of number that stand before a counted noun ("sedikitnya 300 desa", "at least 28 people", "ratusan
rumah"): what a verb phrase may have between its verb and its noun, and what counts the people an act befalls."""
from __future__ import annotations

AT_LEAST = {"sedikitnya", "setidaknya", "sebanyak", "sekitar", "hampir", "lebih", "dari", "at", "least", "about",
            "some", "nearly", "almost", "over", "more", "than"}
COUNT_WORDS = {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "belasan",
               "puluhan", "ratusan", "ribuan", "seratus", "seribu", "sejumlah", "beberapa", "two", "three", "four",
               "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several"}


def a_count(word: str) -> bool:
    """A number written in digits ("300", "4.000") or in words ("ratusan", "two"); `word` is lowercased."""
    return word[:1].isdigit() or word in COUNT_WORDS


VALUED = {"senilai", "sebesar", "bernilai", "worth", "valued"}
_MONEY = AT_LEAST | {"juta", "miliar", "milyar", "triliun", "ribu", "million", "billion", "trillion", "thousand",
                     "dolar", "dollar", "dollars", "rupiah", "euro", "euros", "yuan", "yen", "pound", "pounds",
                     "ringgit", "as", "us", "$", "rp", "us$", "a", "an"}


def past_an_amount(lows: list[str], k: int) -> int:
    """Where a value phrase after `k` ends ("senilai 2,5 miliar dolar AS", "worth $400 million"): `k` itself when
    no such phrase starts there; `lows` are the lowercased tokens."""
    if k >= len(lows) or lows[k] not in VALUED:
        return k
    end = k + 1
    while end < len(lows) and (a_count(lows[end]) or lows[end] in _MONEY or lows[end].startswith(("rp", "us$", "$"))
                               and any(c.isdigit() for c in lows[end])):
        end += 1
    return end
