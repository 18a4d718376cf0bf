"""Quotations keep the speaker as the article names them."""
import pytest

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


def test_spaced_single_quotes_are_a_quotation(coder):
    text = "Perdana Menteri Israel Benjamin Netanyahu menganggap PBB sebagai ' rumah kebohongan '."
    quotes = coder.extract(Article(id="t", text=text, lang="id", date="2017-12-21")).quotes
    assert [q.start for q in quotes] == ["rumah kebohongan"]


# Speakers are scored by surname (as score.py does): the expected surnames of the sentence's quotations, or only
# of the last one where earlier quotations are not the point.
@pytest.mark.parametrize("text, surnames, last_only", [
    pytest.param('Seorang pejabat AS mengatakan ada bukti serangan itu berasal dari utara. '
                 '"Tidak ada kandidat lain selain Iran untuk serangan ini," kata pejabat ini.',
                 ['AS'], False, id='a-speaker-described-with-a-demonstrative-is-the-one-introduced-before'),
    pytest.param('"Ia adalah peneliti senjata kimia terkemuka di organisasi itu," kata Abu Ali al-Basri, kepala '
                 'Direktorat Intelijen Kementerian Dalam Negeri Irak. "Pengakuan tersangka itu menunjukkan '
                 'bagaimana ia direkrut lewat media sosial," sebut kepala dinas intelijen itu.',
                 ['al-Basri', 'al-Basri'], False, id='a-title-with-a-demonstrative-is-the-person-it-was-apposed-to'),
    pytest.param('Hesameddin Ashena, penasihat Hassan Rouhani, memuji pemecatan itu dengan mengatakan '
                 '"tanda jelas kekalahan strategi tekanan maksimum Amerika".',
                 ['Ashena'], False, id='an-unknown-name-before-an-apposition-is-the-speaker'),
    pytest.param('"Kami berharap Indonesia dapat berkontribusi lebih besar di bidang keperawatan," kata Badan Kerja '
                 'Sama Antar Parlemen (BKSAP) DPR-RI, Zairina.',
                 ['Zairina'], False, id='a-name-closing-the-attribution-is-the-speaker'),
    pytest.param('Pengamat tata kota Yayat Supriatna menilai rencana itu terburu-buru. Yayat mengatakan, tim kerja '
                 'yang kuat diperlukan. "Saya khawatir kebijakan berganti begitu menterinya berganti," tuturnya.',
                 ['Supriatna'], False, id='a-short-name-is-given-in-full-as-first-written'),
    pytest.param('Menurut Zulfan Lindan, DPR akan kesulitan jika pengelolaan diserahkan ke Presiden. '
                 '"Ini sulit bagi kami. Anda bisa bayangkan kalau ada komisioner mundur."',
                 ['Lindan'], False, id='according-to-names-the-source-of-the-next-quotation'),
    pytest.param('Pemerintah diwakili Menteri Hukum dan HAM Yasonna Laoly. "Kita semua mengharapkan rancangan '
                 'itu disetujui bersama," kata Yassona.',
                 ['Laoly'], True, id='a-misspelt-name-is-the-person-named-before'),
    pytest.param('"Pentagon sedang membangun pasukan yang mampu bertahan di wilayah itu," kata analis pertahanan '
                 'senior Rand Corp. Timothy Heath.',
                 ['Heath'], False, id='a-name-after-a-company-abbreviation'),
    pytest.param('"Polisi menggunakan taktik sembrono terhadap orang-orang selama protes," Nicholas Bequelin, '
                 'direktur Asia Timur di Amnesty International, mengatakan dalam sebuah laporan.',
                 ['Bequelin'], False, id='a-quoted-speaker-between-quotation-and-verb'),
    pytest.param('Ketua Komisi VII DPR Gus Irawan Pasaribu mengecam pembakaran hutan. "Sekarang fungsi penegakan '
                 'hukumnya yang ditegaskan,"\u200e ujar Irawan.',
                 ['Pasaribu'], True, id='a-zero-width-mark-before-the-verb-of-saying'),
    pytest.param('Menteri Luar Negeri AS Mike Pompeo menyebut serangan itu sebagai "pernyataan perang".',
                 ['Pompeo'], False, id='a-short-quotation-after-a-verb-of-calling'),
])
def test_speakers(coder, text, surnames, last_only):
    found = [speaker.split()[-1] for speaker in _speakers(coder, text)]
    assert (found[-1:] if last_only else found) == surnames


def test_the_speaker_is_not_the_one_addressed_earlier_in_the_sentence(coder):
    text = ('FBI sebelumnya telah mengeluarkan peringatan luar biasa kepada publik ketika memo tersebut rilis dan '
            'menyebutnya mengandung "kelalaian materi fakta yang mempengaruhi akurasi memo tersebut".')
    [quote] = coder.extract(Article(id="t", text=text, lang="id", date="2018-02-03")).quotes
    assert quote.speaker == "FBI"


def test_the_ones_described_before_a_quotation_said_it(coder):
    text = ("Lima pakar Hak Asasi Manusia PBB meminta pemerintah Indonesia untuk melindungi Veronica Koman. "
            "Dalam pernyataan di Jenewa, para pakar itu “menyerukan diambilnya langkah-langkah segera untuk melindungi "
            "kebebasan menyatakan pendapat,” dan mengambil tindakan atas gangguan.")
    assert all(s.startswith("pakar") for s in _speakers(coder, text))


def test_who_calls_something_in_the_passive_said_it(coder):
    text = ("Tiga tentara AS tewas dalam sebuah serangan yang disebut pemerintah setempat sebagai “serangan orang dalam "
            "terhadap pasukan internasional”.")
    assert _speakers(coder, text, "2017-06-12") == ["pemerintah setempat"]


def test_a_subject_no_actor_names_is_the_speaker_of_its_clause(coder):
    text = ('Direktorat investigasi pidana melalui Twitter menyatakan ekonom bernama David Ndii itu tengah '
            '"diinterogasi terkait masalah yang berhubungan dengan penghasutan kekerasan."')
    assert _speakers(coder, text, "2017-12-05") == ["Direktorat investigasi pidana"]


def test_an_unnamed_speaker_is_described_to_the_end_of_the_clause(coder):
    text = '"Permukaan air laut naik," tulis poster lainnya yang dipegang oleh seorang pemrotes di Melbourne.'
    assert _speakers(coder, text, "2019-09-20") == ["poster lainnya yang dipegang oleh seorang pemrotes di Melbourne"]


def test_a_quotation_left_unclosed_ends_where_the_next_paragraph_opens_one(coder):
    text = ('Mantan presiden Afganistan, Hamid Karzai melalui Twitter menyatakan dirinya tak dapat melukiskan '
            'penderitaan rakyatnya.,"Saya tidak punya kata-kata untuk melukiskan penderitaan rakyat kami. Tidak ada '
            'satu hari pun tanpa jatuh korban di Afganistan,Kementerian Pertahanan Afganistan membenarkan drone AS '
            'menyerang warga sipil.,"Pasukan AS melakukan serangan drone terhadap teroris Daesh (ISIS) di Nangarhar," '
            'kata Kolonel Sonny Legget, juru bicara pasukan AS di Afganistan.')
    quotes = coder.extract(Article(id="t", text=text, lang="id", date="2019-09-20")).quotes
    assert [q.text.split()[0] for q in quotes] == ["Saya", "Pasukan"]
    assert quotes[1].speaker.endswith("Legget") and "Pasukan AS" not in quotes[0].text


def test_an_unclosed_quotation_with_its_tag_inside_ends_at_the_tag(coder):
    text = ('Rapat Komisi III DPR memilih lima pimpinan KPK. "Kami sudah menentukan lima pimpinan KPK yaitu Nawawi '
            'Pomolango dan Lili Pintauli Siregar, kata Ketua Komisi III DPR Aziz Syamsuddin.,"Proses pemilihan ini '
            'sudah selesai dengan baik," katanya.')
    quotes = coder.extract(Article(id="t", text=text, lang="id", date="2019-09-13")).quotes
    assert [q.text.split()[0] for q in quotes] == ["Kami", "Proses"]
    assert quotes[0].text.endswith("Siregar") and quotes[0].speaker.endswith("Syamsuddin")


def test_an_office_an_indonesian_speaker_names_bare_is_indonesias(coder):
    text = ("Israel terus membangun permukiman di Tepi Barat. Tentara Israel menembak warga Palestina di Hebron. "
            "Ketua Komisi I DPR Abdul Kharis menyatakan kecewa. \"Ini melanggar resolusi PBB. Saya minta Menlu "
            "segera memanggil duta besar mereka,\" kata Abdul Kharis.")
    events = coder.extract(Article(id="t", text=text, lang="id", date="2017-12-07")).events
    asked = [e for e in events if e.root == "02"]
    assert [(e.source.country, e.target.country, e.target.sector) for e in asked] == [("IDN", "IDN", "GOV")]
