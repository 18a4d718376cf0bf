"""Words of number that stand before a counted noun ("sedikitnya 300 desa", "at least 28 people", "ratusan
rumah"): what a verb phrase may have between its verb and its noun, and what counts the people an act befalls."""
from __future__ import annotations

AT_LEAST = {"sedikitnya", "setidaknya", "sebanyak", "sekitar", "hampir", "lebih", "dari", "at", "least", "about",
            "some", "nearly", "almost", "over", "more", "than"}
COUNT_WORDS = {"dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "belasan",
               "puluhan", "ratusan", "ribuan", "seratus", "seribu", "sejumlah", "beberapa", "two", "three", "four",
               "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several"}


def a_count(word: str) -> bool:
    """A number written in digits ("300", "4.000") or in words ("ratusan", "two"); `word` is lowercased."""
    return word[:1].isdigit() or word in COUNT_WORDS
