"""People the lexicon does not know, introduced by their office, are that office's actor when the article
names them again."""
import pytest
from coding import code as _code


def test_a_name_introduced_by_its_office_acts_for_that_office_later(coder):
    text = ("Karo Penmas Divisi Humas Polri Brigjen Dedi Prasetyo mengatakan polisi terus bekerja. "
            "Dedi mengecam para pelaku kerusuhan di Papua.")
    assert {(e.source.text, e.source.country, e.source.sector, e.cameo) for e in _code(coder, text)} \
        == {("Dedi", "IDN", "COP", "111")}


@pytest.mark.parametrize("text", [
    "Dedi mengecam para pelaku kerusuhan di Papua.",  # never introduced
    "Karo Penmas Divisi Humas Polri Brigjen Dedi Prasetyo mengatakan polisi terus bekerja. "
    "Dedi Santoso mengecam para pelaku kerusuhan di Papua.",  # someone else of the same first name
])
def test_a_name_no_office_introduced_is_no_actor(coder, text):
    assert not [e for e in _code(coder, text) if e.source.text.startswith("Dedi")]


def test_the_full_name_of_an_introduced_person_is_the_same_actor(coder):
    text = ("Ketua DPRD Kota Jayapura Abisai Rollo mengaku siap menyumbangkan tanahnya. "
            "Abisai Rollo menyayangkan sikap Benny Wenda yang masih mengomentari permasalahan Papua.")
    assert ("IDN", "LEG") in {(e.source.country, e.source.sector) for e in _code(coder, text) if e.root == "11"}


def test_a_minister_named_before_dan_and_a_second_actor_is_one_actor(coder):
    # the name ends before "dan" and the next actor: the two ministers sign together
    text = "Menlu Hassan Wirajuda dan Menlu Australia Alexander Downer menandatangani perjanjian keamanan di Mataram."
    assert {(e.source.country, e.source.text, e.target.country) for e in _code(coder, text) if e.root == "05"} \
        == {("IDN", "Menlu Hassan Wirajuda", "AUS"), ("AUS", "Menlu Australia Alexander Downer", "IDN")}
