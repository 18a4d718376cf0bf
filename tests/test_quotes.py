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


def test_a_bare_institution_is_the_one_named_in_full_before(coder):
    text = ('Kementerian Luar Negeri Suriah pada Selasa mengecam laporan itu. '
            'Kementerian menegaskan, "Militer Suriah tak memiliki senjata kimia jenis apa pun."')
    [quote] = coder.extract(Article(id="t", text=text, lang="id", date="2017-04-05")).quotes
    assert quote.speaker == "Kementerian Luar Negeri Suriah"
