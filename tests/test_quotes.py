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


def _speakers(coder, text, date="2019-09-16"):
    return [q.speaker for q in coder.extract(Article(id="t", text=text, lang="id", date=date)).quotes]


def test_a_speaker_described_with_a_demonstrative_is_the_one_introduced_before(coder):
    text = ('Seorang pejabat AS mengatakan ada bukti serangan itu berasal dari utara. '
            '"Tidak ada kandidat lain selain Iran untuk serangan ini," kata pejabat ini.')
    assert _speakers(coder, text) == ["pejabat AS"]


def test_a_title_with_a_demonstrative_is_the_person_it_was_apposed_to(coder):
    text = ('"Ia adalah peneliti senjata kimia terkemuka di organisasi itu," kata Abu Ali al-Basri, kepala '
            'Direktorat Intelijen Kementerian Dalam Negeri Irak. "Pengakuan tersangka itu menunjukkan '
            'bagaimana ia direkrut lewat media sosial," sebut kepala dinas intelijen itu.')
    assert _speakers(coder, text) == ["Abu Ali al-Basri", "Abu Ali al-Basri"]


def test_an_unknown_name_before_an_apposition_is_the_speaker(coder):
    text = ('Hesameddin Ashena, penasihat Hassan Rouhani, memuji pemecatan itu dengan mengatakan '
            '"tanda jelas kekalahan strategi tekanan maksimum Amerika".')
    assert _speakers(coder, text) == ["Hesameddin Ashena"]


def test_a_name_closing_the_attribution_is_the_speaker(coder):
    text = ('"Kami berharap Indonesia dapat berkontribusi lebih besar di bidang keperawatan," kata Badan Kerja '
            'Sama Antar Parlemen (BKSAP) DPR-RI, Zairina.')
    assert _speakers(coder, text) == ["Zairina"]


def test_a_short_name_is_given_in_full_as_first_written(coder):
    text = ('Pengamat tata kota Yayat Supriatna menilai rencana itu terburu-buru. Yayat mengatakan, tim kerja '
            'yang kuat diperlukan. "Saya khawatir kebijakan berganti begitu menterinya berganti," tuturnya.')
    assert _speakers(coder, text) == ["Yayat Supriatna"]


def test_according_to_names_the_source_of_the_next_quotation(coder):
    text = ('Menurut Zulfan Lindan, DPR akan kesulitan jika pengelolaan diserahkan ke Presiden. '
            '"Ini sulit bagi kami. Anda bisa bayangkan kalau ada komisioner mundur."')
    assert _speakers(coder, text) == ["Zulfan Lindan"]


def test_a_misspelt_name_is_the_person_named_before(coder):
    text = ('Pemerintah diwakili Menteri Hukum dan HAM Yasonna Laoly. "Kita semua mengharapkan rancangan '
            'itu disetujui bersama," kata Yassona.')
    assert _speakers(coder, text)[-1].endswith("Laoly")


def test_a_name_after_a_company_abbreviation(coder):
    text = ('"Pentagon sedang membangun pasukan yang mampu bertahan di wilayah itu," kata analis pertahanan '
            'senior Rand Corp. Timothy Heath.')
    assert _speakers(coder, text) == ["Timothy Heath"]


def test_a_quoted_speaker_between_quotation_and_verb(coder):
    text = ('"Polisi menggunakan taktik sembrono terhadap orang-orang selama protes," Nicholas Bequelin, '
            'direktur Asia Timur di Amnesty International, mengatakan dalam sebuah laporan.')
    assert _speakers(coder, text) == ["Nicholas Bequelin"]


def test_a_zero_width_mark_before_the_verb_of_saying(coder):
    text = ('Ketua Komisi VII DPR Gus Irawan Pasaribu mengecam pembakaran hutan. "Sekarang fungsi penegakan '
            'hukumnya yang ditegaskan,"\u200e ujar Irawan.')
    assert _speakers(coder, text)[-1].endswith("Pasaribu")


def test_a_short_quotation_after_a_verb_of_calling(coder):
    text = 'Menteri Luar Negeri AS Mike Pompeo menyebut serangan itu sebagai "pernyataan perang".'
    assert _speakers(coder, text) == ["Mike Pompeo"]


def test_spaced_single_quotes_are_a_quotation(coder):
    text = "Perdana Menteri Israel Benjamin Netanyahu menganggap PBB sebagai ' rumah kebohongan '."
    quotes = coder.extract(Article(id="t", text=text, lang="id", date="2017-12-21")).quotes
    assert [q.start for q in quotes] == ["rumah kebohongan"]
