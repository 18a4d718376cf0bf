"""Event dates resolved against the article's date, as the annotation guide specifies."""
import pytest

from peristiwa.records import Article


def _dates(coder, sentence, article_date="2023-09-06"):
    doc = coder.analyse(Article(id="t", text=sentence, date=article_date, lang="id"))
    return [d for s in doc.sentences for _, d in s.dates]


@pytest.mark.parametrize("sentence, expected", [
    ("Sullivan berbicara kepada wartawan, Rabu (6/9/2023).", "2023-09-06"),
    ("Pertemuan itu berlangsung Selasa.", "2023-09-05"),
    ("Ia tiba di Jakarta kemarin.", "2023-09-05"),
    ("Shoigu mengunjungi Korea Utara pada bulan Juli 2022 lalu.", "2022-07"),
    ("Korea Utara menguji rudal bulan lalu.", "2023-08"),
    ("Kedua negara bertemu pekan lalu.", "2023-08"),  # no day named: the month of a week back
    ("Rusia mengusir diplomat Inggris minggu lalu.", "2023-08"),
    ("Russia expelled British diplomats last week.", "2023-08"),
    ("Rapat digelar Jumat lalu.", "2023-09-01"),
    ("Perjanjian itu ditandatangani pada 12 Agustus 2021.", "2021-08-12"),
    ("Kesepakatan dicapai tahun lalu.", "2022"),
    ("Presiden tiba pada 3 Maret.", "2023-03-03"),
    ("Kedua pemimpin akan bertemu akhir bulan ini.", "2023-09"),
    ("Pemilu digelar tahun ini.", "2023"),
    ("Polisi menangkap lima orang sehari sebelumnya.", "2023-09-05"),
    ("Serangan terjadi pada akhir pekan lalu.", "2023-09-02"),  # the Saturday before Wednesday 6/9
    ("Pasukan NATO bertempur dengan pemberontak sejak 2001.", "2001"),
    ("Kedua menteri dalam beberapa hari terakhir membicarakan kemajuan negosiasi.", "2023-09"),
    ("Pemilu akan digelar pada Januari mendatang.", "2024-01"),  # the coming January
    # what the text does not pin to a day is dated to its month
    ("Baru-baru ini Korea Utara menguji rudal.", "2023-09"),
    ("Kedua menteri bertemu pekan ini.", "2023-09"),
    ("Suriah memberikan keterangan kepada OPCW beberapa pekan lalu.", "2023-08"),  # two weeks back: August
    ("Polisi menangkap tiga orang beberapa hari lalu.", "2023-09"),
    ("Dua hari lalu, Turki menyerang Suriah.", "2023-09-04"),  # a counted number of days back
    ("Turki menyerang Suriah 5 hari yang lalu.", "2023-09-01"),
    # counted weeks, months and years back, and a part of a month
    ("Turki menyerang Suriah tiga pekan lalu.", "2023-08-16"),  # not "pekan lalu"
    ("Turki menyerang Suriah sepekan lalu.", "2023-08-30"),
    ("Turki menyerang Suriah dua bulan lalu.", "2023-07"),
    ("Kedua negara menjalin hubungan diplomatik 70 tahun lalu.", "1953"),
    ("Turki menyerang Suriah setahun lalu.", "2022"),
    ("Veronica Koman ditetapkan sebagai tersangka pada pertengahan Agustus.", "2023-08"),
    ("Keduanya bertemu di Zona Demiliterisasi pada akhir Juni lalu.", "2023-06"),
    ("Polisi menangkap dua orang kemarin lusa.", "2023-09-04"),
])
def test_relative_and_explicit_dates(coder, sentence, expected):
    assert expected in _dates(coder, sentence)


@pytest.mark.parametrize("sentence, article_date, lang, expected", [
    ("Russia attacked Ukraine on Feb. 24, killing 10 people.", "2022-03-01", "en", "2022-02-24"),
    ("Talks resumed on September 29th in Geneva.", "2022-10-03", "en", "2022-09-29"),
    # a day and month without a year, far after the article's date, is last year's
    ("The ceasefire collapsed on Dec. 28.", "2022-01-05", "en", "2021-12-28"),
    ("Rusia menyerang Ukraina pada 28 Desember.", "2022-01-05", "id", "2021-12-28"),
    ("Polisi menangkap dua orang, Selasa (28/12).", "2022-01-05", "id", "2021-12-28"),
])
def test_a_day_and_month_without_a_year(coder, sentence, article_date, lang, expected):
    doc = coder.analyse(Article(id="t", text=sentence, date=article_date, lang=lang))
    assert [d for s in doc.sentences for _, d in s.dates] == [expected]


def test_the_modal_may_is_not_a_month(coder):
    doc = coder.analyse(Article(id="t", text="The talks may 2 weeks from now collapse.", date="2022-01-05", lang="en"))
    assert [d for s in doc.sentences for _, d in s.dates] == []


def test_article_date_from_text_when_metadata_lacks_it(coder):
    text = "JAKARTA - Menlu bertemu dubes, Rabu (6/9/2023). Pertemuan berlangsung hangat."
    doc = coder.analyse(Article(id="t", text=text, lang="id"))
    assert doc.date.isoformat() == "2023-09-06"


def test_minggu_lalu_is_last_week_not_sunday(coder):
    assert _dates(coder, "Demonstrasi terjadi minggu lalu.") == ["2023-08"]  # last week, not Sunday 3/9; no day named: its month


def test_a_date_inside_a_later_since_clause_does_not_date_the_event(coder):
    text = "Washington telah memberi Kyiv bantuan militer sejak Rusia melancarkan invasi pada Februari 2022."
    result = coder.extract(Article(id="t", text=text, date="2023-09-06", lang="id"))
    aid = [e for e in result.events if e.root == "07"]
    assert aid and aid[0].date == "2023-09-06"


def test_a_date_before_after_does_not_date_the_earlier_event(coder):
    text = "Peristiwa pada Sabtu terjadi setelah serangan udara AS menewaskan enam polisi Afghanistan."
    result = coder.extract(Article(id="t", text=text, date="2017-06-12", lang="id"))
    attack = [e for e in result.events if e.root in ("18", "19")]
    assert attack and attack[0].date != "2017-06-10"


def test_a_blamed_attack_keeps_the_date_the_article_gives_it(coder):
    text = ("Serangan drone terhadap fasilitas minyak Arab Saudi terjadi pada Sabtu, 14 September 2019. "
            "Trump pada Senin, 16 September 2019 mengatakan Iran sepertinya dalang serangan itu.")
    doc = coder.analyse(Article(id="t", text=text, date="2019-09-17", lang="id"))
    attack = [e for e in doc.events if e.source.country == "IRN" and e.root == "19"]
    assert attack and attack[0].date == "2019-09-14"


def test_a_date_in_a_concessive_clause_dates_that_clause_not_the_event(coder):
    text = "Serangan udara Rusia terus berlanjut di Suriah meskipun ada gencatan senjata pada 31 Agustus."
    result = coder.extract(Article(id="t", text=text, date="2019-09-16", lang="id"))
    assert [e.date for e in result.events if e.root == "19"] == ["2019-09-16"]


def _dated(coder, text, day):
    return {(e.source.country, e.target.country, e.root, e.date)
            for e in coder.extract(Article(id="t", text=text, lang="id", date=day)).events}


def test_undated_acts_take_the_day_the_story_is_about(coder):
    text = ("Presiden Joko Widodo bertemu Perdana Menteri Malaysia Mahathir Mohamad di Istana Bogor pada Rabu "
            "(18/9/2019). Mahathir memuji Presiden Joko Widodo.")
    assert ("MYS", "IDN", "05", "2019-09-18") in _dated(coder, text, "2019-09-20")


def test_reactions_to_an_attack_take_the_articles_day_unless_that_same_day(coder):
    text = ("Serangan drone Amerika Serikat yang terjadi pada Rabu malam menewaskan 30 petani Afghanistan. "
            "Warga Afghanistan menuntut permintaan maaf dari pemerintah AS. "
            "Presiden Afghanistan Ashraf Ghani hari itu juga mengecam pemerintah AS.")
    dated = _dated(coder, text, "2019-09-20")
    assert ("USA", "AFG", "19", "2019-09-18") in dated  # the attack: its day
    assert ("AFG", "USA", "10", "2019-09-20") in dated  # the demand: reported on the article's day
    assert ("AFG", "USA", "11", "2019-09-18") in dated  # "hari itu juga": the attack's day


def test_a_date_in_a_relative_clause_after_the_verb_dates_that_clause_not_the_act(coder):
    # modelled on corpus sentences: the blame is reported today, the attack it concerns was on Saturday
    text = ("Menteri Luar Negeri Amerika Serikat Mike Pompeo menyalahkan Iran atas serangan di pabrik minyak "
            "Aramco yang terjadi pada Sabtu (14/9/2019).")
    assert ("USA", "IRN", "11", "2019-09-17") in _dated(coder, text, "2019-09-17")
    # but the medium the act was done in, and an event noun's own clause, are dated by theirs
    text = "Kim Jong-un mengundang Presiden Amerika Serikat ke Pyongyang dalam suratnya yang dikirim pada Agustus 2019."
    assert ("PRK", "USA", "03", "2019-08") in _dated(coder, text, "2019-09-17")  # an invitation (036)
    text = "Serangan Amerika Serikat terhadap Iran yang terjadi pada Sabtu (14/9/2019) menewaskan dua orang."
    assert {d for s, t, r, d in _dated(coder, text, "2019-09-17") if r == "19"} == {"2019-09-14"}


def test_a_state_the_sentence_opens_with_now_has_the_articles_day(coder):
    text = ("Presiden Prancis Emmanuel Macron bertemu Kanselir Jerman Angela Merkel pada Senin (16/9/2019). "
            "Saat ini ada sebuah kemarahan Paris terhadap kebijakan Jerman.")
    dated = _dated(coder, text, "2019-09-17")
    assert ("FRA", "DEU", "04", "2019-09-16") in dated and ("FRA", "DEU", "11", "2019-09-17") in dated
    # a completed act told "now" is still the story's
    text = ("Polisi memeriksa Imam Nahrawi pada Senin (16/9/2019). "
            "Kini, Komisi Pemberantasan Korupsi telah menetapkan Imam Nahrawi sebagai tersangka.")
    assert {d for s, t, r, d in _dated(coder, text, "2019-09-17") if r == "17"} == {"2019-09-16"}


def test_a_quotation_going_on_with_a_dated_statement_was_said_that_day(coder):
    # the seed article: Sullivan spoke on Tuesday, the article is of Wednesday
    text = ("Penasihat Keamanan Nasional Amerika Serikat Jake Sullivan berbicara kepada wartawan, Rabu (6/9/2023).\n"
            "Pada Selasa (5/9/2023), Sullivan mengatakan pemerintahan Biden akan terus berupaya.\n"
            "\u201cKami akan terus menyerukan Korea Utara untuk mematuhi komitmen publiknya,\u201d katanya.")
    assert ("USA", "PRK", "02", "2023-09-05") in _dated(coder, text, "2023-09-06")


def test_an_act_that_happened_is_not_dated_after_the_article(coder):
    # the date is the meeting's, to come; the invitation and the cancellation happened by the article's day
    text = ("Song Tao mengundang Megawati Soekarnoputri untuk menghadiri pertemuan partai pada November 2019. "
            "Netanyahu membatalkan kunjungan ke Sidang Umum PBB pada 24 September 2019.")
    dated = _dated(coder, text, "2019-09-20")
    assert ("CHN", "IDN", "03", "2019-09-20") in dated and ("ISR", "IGO", "16", "2019-09-20") in dated


def test_an_explicit_date_after_a_weekday_says_which_weekday(coder):
    # an article crawled a month later: "Senin (9/9/2019)" is 9 September, not the Monday before the crawl
    assert _dates(coder, "Dilansir Reuters, Senin (9/9/2019), Trump menyatakan serangan itu.", "2019-10-09") \
        == ["2019-09-09"]


@pytest.mark.parametrize("text, day, root, expected", [
    # condolences after a death told as "tutup usia": the article's day
    ("Duta Besar Ukraina Ucapkan Belasungkawa kepada Indonesia\n"
     "Presiden ke-3 Indonesia BJ Habibie tutup usia pada Rabu, 11 September 2019.", "2019-09-13", "01", "2019-09-13"),
    # the day a source was cited is not the day the story is about (modelled on a corpus article)
    ("Pemimpin oposisi Korea Selatan telah mencukur rambutnya sebagai bentuk protes terhadap pemerintah.\n"
     "Melansir BBC, Selasa (17/9/2019) Hwang Kyo-ahn mencukur habis rambutnya di depan pendukung dan wartawan di luar "
     "istana kepresidenan pada Senin (16/9).", "2019-09-17", "14", "2019-09-16"),
    # an act gone on for years: the article's day
    ("Kanselir Jerman Angela Merkel bertemu Presiden Prancis Emmanuel Macron pada Senin, 16 September 2019.\n"
     "Arab Saudi memimpin koalisi untuk menumpas kelompok Houthi di Yaman selama hampir empat tahun.",
     "2019-09-17", "19", "2019-09-17"),
    # but not when the years belong to a relative clause before the act
    ("Parlemen Afrika Selatan bersidang pada Rabu (14/2/2018).\n"
     "Zuma yang selama sembilan tahun pemerintahannya dibelit skandal, menolak desakan mundur partai ANC.",
     "2018-02-15", "12", "2018-02-14"),
])
def test_the_day_an_act_is_dated_to(coder, text, day, root, expected):
    assert {d for s, t, r, d in _dated(coder, text, day) if r == root} == {expected}
