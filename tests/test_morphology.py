"""Indonesian meN-/di- and English inflections generated from lexicon stems."""
import pytest

from peristiwa.text.morphology import english_forms, indonesian_forms, men_form, verb_like


@pytest.mark.parametrize("stem, active", [
    ("serang", "menyerang"), ("kecam", "mengecam"), ("peringatkan", "memperingatkan"), ("tolak", "menolak"),
    ("pukul", "memukul"), ("bantu", "membantu"), ("ancam", "mengancam"), ("desak", "mendesak"),
    ("lakukan", "melakukan"), ("rebut", "merebut"), ("cabut", "mencabut"), ("ganggu", "mengganggu"),
    ("hukum", "menghukum"), ("jual", "menjual"), ("sita", "menyita"), ("tangkap", "menangkap"),
])
def test_men_prefix_follows_nasal_assimilation(stem, active):
    assert men_form(stem) == active


def test_indonesian_multiword_stem_inflects_first_word():
    active, passive = indonesian_forms("jatuhkan sanksi")
    assert "menjatuhkan sanksi" in active and "jatuhkan sanksi" in active
    assert passive == ["dijatuhkan sanksi"]


@pytest.mark.parametrize("lemma, expected", [
    ("attack", {"attack", "attacks", "attacked", "attacking"}),
    ("accuse", {"accuse", "accuses", "accused", "accusing"}),
    ("deny", {"deny", "denies", "denied", "denying"}),
    ("ban", {"ban", "bans", "banned", "banning"}),
    ("impose sanctions on", {"imposed sanctions on", "imposes sanctions on"}),
    ("open", {"opened", "opening"}),  # two syllables, stress on the first: no doubling
    ("scrap", {"scrapped", "scrapping"}),
    ("expel", {"expelled", "expelling"}),
    ("cancel a visit to", {"canceled a visit to", "cancelled a visit to"}),  # US and British spelling
])
def test_english_inflections(lemma, expected):
    active, _ = english_forms(lemma)
    assert expected <= set(active)


def test_numbers_with_separators_are_one_token():
    from peristiwa.text.tokens import tokenize
    assert [t.text for t in tokenize("up to 4,000 troops and 2,5 juta orang, 1.000 jiwa")] == [
        "up", "to", "4,000", "troops", "and", "2,5", "juta", "orang", ",", "1.000", "jiwa"]


def test_a_reduplication_with_a_spaced_hyphen_is_one_word():
    from peristiwa.text.tokens import tokenize
    tokens = tokenize("Perserikatan Bangsa - bangsa dan Rusia - Amerika Serikat")
    assert [t.lower for t in tokens] == ["perserikatan", "bangsa-bangsa", "dan", "rusia", "-", "amerika", "serikat"]
    assert tokens[1].text == "Bangsa - bangsa"


def test_an_arabic_name_with_a_spaced_hyphen_is_one_word():
    from peristiwa.text.tokens import tokenize
    tokens = tokenize("Presiden Bashar al - Assad dan AS - Rusia")
    assert [t.lower for t in tokens] == ["presiden", "bashar", "al-assad", "dan", "as", "-", "rusia"]


def test_initialisms_keep_their_dots():
    from peristiwa.text.tokens import tokenize
    assert [t.text for t in tokenize("a key U.S. ally, the U.N. said.")] == [
        "a", "key", "U.S.", "ally", ",", "the", "U.N.", "said", "."]


@pytest.mark.parametrize("word, verb", [
    ("mengatakan", True), ("menyerang", True), ("mendagri", True), ("bertemu", True), ("dituduh", True),
    ("mereka", False), ("berbagai", False), ("meskipun", False), ("menpora", False), ("menkumham", False),
    ("menhan", False), ("dialog", False), ("dirjen", False),
])
def test_pronouns_quantifiers_and_ministers_short_titles_are_no_verbs(word, verb):
    assert verb_like(word) is verb


def test_a_names_initials_do_not_end_a_sentence():
    from peristiwa.text.sentences import split_sentences
    text = "Indian Home Minister L.K. Advani accused Pakistan. Jaksa Agung H.M. Prasetyo datang. Dia pulang."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Indian Home Minister L.K. Advani accused Pakistan.", "Jaksa Agung H.M. Prasetyo datang.", "Dia pulang."]
