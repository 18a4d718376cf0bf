"""Word-form generation for the verb lexicons: Indonesian meN-/di- prefixes, English inflections.

Lexicon entries name a stem once; these functions expand it into the surface forms that news text uses,
so that matching is a dictionary lookup over tokens rather than stemming every word at run time.
"""
from __future__ import annotations

import re

_VOWELS = "aeiou"


def men_form(stem: str) -> str:
    """Active meN- form of an Indonesian stem: serang→menyerang, kecam→mengecam, peringatkan→memperingatkan."""
    s = stem
    if s.startswith("per"):
        return "mem" + s
    first, two = s[:1], s[:2]
    if two in ("ng", "ny"):
        return "me" + s
    if two == "kh" or first in "gh" or first in _VOWELS:
        return "meng" + s
    if first == "k":
        return "meng" + s[1:]
    if first == "p":
        return "mem" + s[1:]
    if first in "bfv":
        return "mem" + s
    if first == "t":
        return "men" + s[1:]
    if two == "sy" or first in "dcjz":
        return "men" + s
    if first == "s":
        return "meny" + s[1:]
    return "me" + s


def indonesian_forms(stem: str) -> tuple[list[str], list[str]]:
    """(active forms, passive forms) for an Indonesian stem; a multi-word stem inflects its first word."""
    head, _, rest = stem.partition(" ")
    tail = (" " + rest) if rest else ""
    active = [men_form(head) + tail, head + tail]
    passive = ["di" + head + tail]
    return active, passive


# two-syllable verbs stressed on the last syllable double their final consonant ("expelled", "admitted")
_STRESSED_LAST = {"admit", "acquit", "equip", "occur", "incur", "abet", "forbid", "embed", "rebut", "compel",
                  "control", "patrol", "permit", "submit", "commit", "regret", "expel", "repel", "rebel", "propel",
                  "omit", "refer", "prefer", "transfer", "confer", "deter"}


def _double_final(word: str) -> bool:
    """ "ban" → "banned", "expel" → "expelled", but "open" → "opened", "visit" → "visited"."""
    if len(word) < 3 or word[-1] in "wxy" or word[-1] in _VOWELS:
        return False
    plain = word.replace("qu", "q")  # "quit": the u is not a vowel here
    c1, v, c2 = plain[-3], plain[-2], plain[-1]
    short = len(re.findall(r"[aeiou]+", plain)) == 1 or word in _STRESSED_LAST
    return short and c1 not in _VOWELS and v in _VOWELS and c2 not in _VOWELS


def english_forms(lemma: str) -> tuple[list[str], list[str]]:
    """(active forms, passive participles) of an English verb phrase; the first word inflects."""
    head, _, rest = lemma.partition(" ")
    tail = (" " + rest) if rest else ""
    if head.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = head + "es"
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head.endswith("e"):
        past, ing = head + "d", head[:-1] + "ing"
    elif head.endswith("y") and head[-2:-1] not in _VOWELS:
        past, ing = head[:-1] + "ied", head + "ing"
    elif _double_final(head):
        past, ing = head + head[-1] + "ed", head + head[-1] + "ing"
    else:
        past, ing = head + "ed", head + "ing"
    active = [head + tail, third + tail, past + tail, ing + tail]
    passive = [past + tail]
    if head.endswith("el") and head[-3] not in _VOWELS and not _double_final(head) and len(head) > 4:
        # British spelling doubles a final -l: "cancelled", "labelled", "travelling"
        active += [head + "led" + tail, head + "ling" + tail]
        passive.append(head + "led" + tail)
    return active, passive


def verb_like(word: str) -> bool:
    """Whether a lower-cased word has the shape of a verb: Indonesian meN-/di-/ber- (not those used as
    prepositions: "melalui", "berdasarkan"), English -ed."""
    return word.isalpha() and (word.startswith(("me", "di", "ber")) and len(word) > 5 or word.endswith("ed")
                               or word in _BE_VERBS) and word not in _PREPOSITION_VERBS and word not in _VERB_SHAPED \
        and not (word[:3] == "men" and word[3:4] in _NOT_AFTER_MEN)


# ber- words that describe the noun before them, with or without a negation ("kelompok bersenjata", "warga tak
# bersenjata", "pekerja migran tak berdokumen", "pesawat tak berawak"): no verbs
ATTRIBUTES = {"bersenjata", "berdokumen", "berdosa", "berawak", "berizin", "berkewarganegaraan"}
# frequent news words with a verb's shape that are no verbs
_VERB_SHAPED = {"menteri", "mekanisme", "berita", "diplomat", "diplomatik", "diplomasi", "direktur",
                "direktorat", "digital", "dinamika", "distrik", "divisi", "disiplin", "diktator",  # nouns, adjectives
                "berbendera",  # "kapal tanker berbendera Inggris": flagged
                "bermusuhan", "berbahaya", "bermasalah", "berdaulat", "bersejarah",  # attributive:
                # "kebijakan bermusuhan AS", "kelompok bersenjata"
                "dialog", "diskusi", "diskriminasi", "dirjen", "ditjen", "mendiang",
                "mediasi", "mediator", "memorandum", "merdeka", "meriam", "metode", "mesin", "medali", "diaspora",
                "mereka", "menurutnya", "berbagai", "beberapa", "berapa", "mengapa",  # pronouns, quantifiers
                "meskipun", "melainkan", "berikut", "berikutnya", "mendadak", "disini", "disana", "dimana",
                "diantara"} | ATTRIBUTES  # conjunctions, adverbs
# a minister's short title: "men" before a consonant that meN- never stands before (Menpora, Menkumham, Menhan)
_NOT_AFTER_MEN = frozenset("bfhklprw")
_BE_VERBS = {"bekerja", "belajar", "beternak", "bekerjasama"}  # ber- that drops its r before "-er" stems


def process_noun(word: str) -> bool:
    """An Indonesian nominal of a process or act ("penyerahan", "sosialisasi", "pembangunan", "denuklirisasi")."""
    return word.startswith(("pe", "per")) and word.endswith("an") and len(word) > 7 or word.endswith("isasi")


def act_noun_with_nya(word: str) -> bool:
    """An action noun pe(N)-…-an with the clitic -nya ("penggulingannya", "pembebasannya"): the act done to the
    one -nya stands for."""
    return word.startswith("pe") and word.endswith("annya")


# me- words used as prepositions: "melalui skema imbal beli", "mengenai", "menurut", "menjelang"
_PREPOSITION_VERBS = {"melalui", "mengenai", "menurut", "menuju", "menjelang", "menyusul", "berdasarkan", "beserta",
                      "bersama", "berkat", "berupa"}


def english_past(word: str) -> bool:
    """Whether a lower-cased English word has the shape of a past tense: regular "-ed", or a common irregular
    one ("shook hands … and signed", "held talks … and agreed")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


def english_participle(word: str) -> bool:
    """Whether a lower-cased English word has the shape of a past participle: regular "-ed", or a common irregular
    one ("women held hostage", "men taken prisoner")."""
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def english_base(word: str) -> bool:
    """Whether a lower-cased English verb has the shape of a bare infinitive, neither past, "-ing" nor third person
    "-s" ("demanded that Ethiopia withdraw its troops and release …")."""
    return not (english_past(word) or english_participle(word) or word.endswith("ing")
                or word.endswith("s") and not word.endswith("ss"))


_IRREGULAR_PARTICIPLES = {"held", "taken", "shot", "kept", "made", "sent", "struck", "led", "won", "left", "brought",
                          "fought", "sought", "paid", "told", "given", "driven", "drawn", "thrown", "broken", "withdrawn",
                          "overthrown", "upheld"}
_IRREGULAR_PAST = {"shook", "held", "met", "took", "made", "gave", "sent", "struck", "told", "began", "fought", "won",
                   "led", "went", "came", "brought", "kept", "left", "spoke", "wrote", "stood", "drew", "threw",
                   "broke", "flew", "sought", "paid", "rode", "swore", "withdrew", "overthrew", "undertook", "upheld"}
