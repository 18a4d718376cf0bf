"""Quotations keep the speaker as the article names them."""
from peristiwa.records import Article


def test_an_institutional_speaker_keeps_its_whole_description(coder):
    text = '"Informasi mengenai berakhirnya penutupan Telegram itu benar," kata juru bicara Kementerian ' \
           'Telekomunikasi Iran kepada AFP.'
    [quote] = coder.extract(Article(id="t", text=text, lang="id", date="2018-01-15")).quotes
    assert quote.speaker == "juru bicara Kementerian Telekomunikasi Iran"
    assert quote.country == "IRN"


def test_a_named_speaker_after_the_quotation(coder):
    text = '"Kami akan terus menyerukan Korea Utara untuk mematuhi komitmennya," kata Sullivan kepada wartawan.'
    [quote] = coder.extract(Article(id="t", text=text, lang="id", date="2023-09-06")).quotes
    assert quote.speaker.endswith("Sullivan")
