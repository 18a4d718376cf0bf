"""Acts whose doer is named only by what they did, or whose event noun stands apart from its verb: a protest
against someone by an unnamed crowd, an event noun inside a letter ("surat berisi …"); and what an
attempt or a plan does to the act ("upaya … untuk memulai dialog", "Rencana Israel dikecam"), and what an
actor "must realise" (a rebuke)."""
import pytest
from coding import code as _code


@pytest.mark.parametrize("text, expected", [
    ("Aksi demo terhadap pemerintah Hong Kong kembali terjadi pada Sabtu.", ("HKG", "CVL", "HKG", "141")),
    ("Aksi demo besar-besaran terhadap pemerintah terjadi di Iran selama lima hari.", ("IRN", "CVL", "IRN", "141")),
])
def test_a_protest_against_someone_by_an_unnamed_crowd_is_by_civilians_there(coder, text, expected):
    assert {(e.source.country, e.source.sector, e.target.country, e.cameo) for e in _code(coder, text)} == {expected}


def test_a_protest_named_as_what_marked_a_time_is_still_by_the_crowd(coder):
    events = _code(coder, "Pemerintah sempat memblokir aplikasi tersebut saat krisis politik yang ditandai aksi demo "
                          "besar-besaran terhadap pemerintah terjadi di Iran selama lima hari.")
    assert ("IRN", "CVL", "IRN", "141") in {(e.source.country, e.source.sector, e.target.country, e.cameo)
                                            for e in events}


def test_an_act_done_as_a_protest_is_the_subject_s_protest_against_its_government(coder):
    events = _code(coder, "Para pimpinan KPK kemarin mengembalikan pengelolaan lembaganya ke Presiden Jokowi sebagai "
                          "bentuk protes atas revisi Undang-Undang KPK.")
    assert {(e.source.text, e.target.country, e.target.sector, e.root) for e in events} == {("KPK", "IDN", "GOV", "14")}
    events = _code(coder, "Beijing memanggil duta besar Jerman sebagai bentuk protes.")  # a government's own protest
    assert {e.root for e in events} == {"11"}  # is not against itself


def test_a_country_s_rally_is_held_by_its_people_but_its_protest_note_by_its_state(coder):
    events = _code(coder, "Tentara ditempatkan saat demonstrasi mingguan Palestina melawan kebijakan Israel. "
                          "Palestina memprotes Israel.")
    assert {(e.source.sector, e.cameo) for e in events} == {("CVL", "141"), ("GOV", "114")}  # (a protest note: 114)


@pytest.mark.parametrize("text", [
    "Serangan udara AS terbaru di Nangarhar, serangan teroris terhadap fasilitas pemerintah di Jalalabad, dan bom "
    "mobil di Zabul.",  # the US struck from the air, not in the terror attack
    "Sesuai dakwaan JPU, pembunuhan terhadap Sandra terjadi di Medan, Sabtu (13/8).",  # the prosecutors charge
])
def test_an_actor_of_an_event_listed_before_does_not_do_the_next_one(coder, text):
    assert not [e for e in _code(coder, text) if e.root == "18"]


def test_an_actor_inside_what_a_call_asks_for_is_no_addressee(coder):
    events = _code(coder, "Kesepakatan ini muncul di tengah seruan sejumlah anggota parlemen Filipina untuk semakin "
                          "waspada terhadap perusahaan China Telecom.")  # what to beware of
    assert not [e for e in events if e.root == "02"]
    events = _code(coder, "Pembicaraan gagal karena tuntutan AS untuk denuklirisasi Korea Utara.")  # an act on it
    assert ("USA", "PRK", "10") in {(e.source.country, e.target.country, e.root) for e in events}


def test_a_protest_against_a_state_names_no_crowd_without_a_place(coder):
    assert not _code(coder, "Aksi demo menentang Israel kembali terjadi pada Sabtu.")


def test_condolences_in_a_letter_are_sent_to_whom_the_letter_goes(coder):
    text = ("Pemerintah Singapura mengirimkan surat berisi ucapan belasungkawa kepada keluarga almarhum mantan "
            "Presiden BJ Habibie, yang wafat pada usia 83 tahun.")
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text)} == {("SGP", "IDN", "018")}


def test_a_massive_attack_still_reaches_its_target(coder):
    text = "Kelompok Houthi telah mengklaim bertanggung jawab atas serangan besar-besaran terhadap fasilitas minyak Aramco."
    assert ("YEM", "SAU", "19") in {(e.source.country, e.target.country, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    ("China mendukung upaya Korsel untuk memulai kembali dialog dan komunikasi dengan Korea Utara.", "036"),
    ("Korsel berusaha untuk bertemu dengan Korea Utara.", "036"),
    ("Korsel bertemu dengan Korea Utara dalam upaya meredakan ketegangan.", "040"),
])
def test_an_attempt_to_meet_is_an_intent_to_meet(coder, text, expected):
    assert {e.cameo for e in _code(coder, text) if e.source.country == "KOR"} == {expected}


def test_a_plan_before_a_passive_verb_is_what_is_acted_on(coder):
    assert {(e.cameo, e.modality) for e in _code(coder, "Rencana Israel dikecam oleh Turki.")} == {("111", "asserted")}


def test_the_agent_of_a_charge_follows_the_case_it_names(coder):
    text = ("Imam Nahrawi meminta maaf setelah ditetapkan tersangka kasus dugaan suap dana hibah KONI kepada "
            "Kemenpora sebesar Rp 26,5 miliar oleh KPK.")
    assert ("KPK", "Imam Nahrawi", "173") in {(e.source.text, e.target.text, e.cameo) for e in _code(coder, text)}


@pytest.mark.parametrize("text, target", [
    ("Mahasiswa Universitas Trisakti menggelar aksi demonstrasi menolak pengesahan UU KPK di depan Gedung DPR pada "
     "Kamis.", "DPR"),
    ("Aliansi Rakyat Lawan Korupsi adalah kelompok ketiga yang berunjuk rasa di Gedung KPK sejak Jumat lalu.", "KPK"),
])
def test_a_protest_at_a_body_s_building_is_against_that_body(coder, text, target):
    assert {(e.target.text, e.root) for e in _code(coder, text)} == {(target, "14")}


@pytest.mark.parametrize("text, lang", [
    ('Rouhani mengecam pemerintahan Trump dengan mengatakan "Amerika harus memahami bahwa sikap mencela tidak '
     'menguntungkan mereka."', "id"),
    ("Kantor berita Korea Utara KCNA menyatakan AS semestinya menyadari bahwa Korea Utara tidak akan menyerah.", "id"),
    ("Iran said on Tuesday that Washington must understand that threats will not work.", "en"),
])
def test_what_an_actor_must_realise_is_a_rebuke_not_a_demand(coder, text, lang):
    codes = {(e.target.country, e.cameo) for e in _code(coder, text, lang)}
    assert ("USA", "111") in codes and ("USA", "100") not in codes


@pytest.mark.parametrize("text, act", [
    ("Rusia mengecam rencana Perdana Menteri Israel, Benjamin Netanyahu untuk mencaplok Tepi Barat.", "192"),
    ("Trump dan Bolton berdebat mengenai rencana Trump untuk mengundang para pemimpin Taliban.", "036"),
])
def test_what_a_plan_is_for_has_not_happened(coder, text, act):
    assert {e.modality for e in _code(coder, text) if e.cameo == act} == {"future"}


@pytest.mark.parametrize("text", [
    "Polisi menangkap seorang provokator yang diduga mengerahkan massa untuk membuat kerusuhan di Jayapura.",
    "Polisi menahan kelompok yang selama ini menghasut warga untuk menyerang kantor bupati.",
])
def test_the_purpose_of_one_a_relative_clause_describes_is_not_the_main_subject_s(coder, text):
    assert not [e for e in _code(coder, text) if e.source.sector == "COP"]


def test_those_a_relative_clause_describes_are_no_one_named_before_them(coder):
    text = ("Serangan terhadap fasilitas minyak Aramco di Arab Saudi adalah tindakan balasan oleh Yaman untuk mereka "
            "yang menyerang negaranya.")
    assert not [e for e in _code(coder, text) if e.root == "19"]


@pytest.mark.parametrize("text", [
    "Ketua KPK membeberkan dalang yang menekan politikus Hanura Miryam Haryani.",  # the mastermind, unnamed
    "Menkeu berharap provokator yang mengajak masyarakat menarik simpanan dari perbankan ditindak tegas.",
])
def test_an_unnamed_culprit_a_relative_clause_describes_is_not_the_one_who_names_them(coder, text):
    assert not [e for e in _code(coder, text) if e.root in ("02", "11")]


def test_whoever_does_an_act_named_by_a_noun_is_no_one_named(coder):
    text = "Kapolri Tito Karnavian mengancam akan menindak tegas siapa pun yang melakukan kerusuhan."
    assert not [e for e in _code(coder, text) if e.root == "14"]


def test_an_object_that_is_their_something_is_no_actor(coder):
    text = ("Sekjen Golkar menuding tujuan mereka adalah pelemahan terhadap Airlangga Hartarto, "
            "Ketua Umum Partai Golkar.")
    assert _code(coder, text) == []


def test_two_that_accuse_each_other_of_something_accuse_each_other(coder):
    text = "Pakistan dan Afghanistan memerangi kelompok militan di sepanjang perbatasan mereka dan saling menuduh " \
           "membantu Taliban."
    assert {(e.source.country, e.target.country) for e in _code(coder, text) if e.root == "11"} == {
        ("PAK", "AFG"), ("AFG", "PAK")}


def test_a_subject_who_acts_before_a_relative_clause_is_not_its_subject(coder):
    text = "Moskwa mewanti-wanti reaksi yang mereka anggap buruk, setelah AS menyalahkan Iran sebagai dalang serangan."
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text)} == {("USA", "IRN", "11")}


def test_those_an_act_noun_in_isasi_names_after_it_suffer_it(coder):
    text = "Komnas HAM menerima laporan dugaan kriminalisasi aktivis dan ulama dari Presidium Alumni 212."
    assert not [e for e in _code(coder, text) if e.root == "17"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ribuan orang berunjuk rasa di Bangkok menuntut pengunduran diri Perdana Menteri Prayuth Chan-ocha.", "id",
     {("THA", "CVL", "THA", "14"), ("THA", "CVL", "THA", "10")}),
    ("Hundreds of thousands of people blocked streets in Hong Kong in defiance of Chinese authorities.", "en",
     {("HKG", "CVL", "CHN", "14")}),
])
def test_a_crowd_counted_but_not_named_protests_as_civilians_of_the_place(coder, text, lang, expected):
    assert {(e.source.country, e.source.sector, e.target.country, e.root) for e in _code(coder, text, lang)} == expected


@pytest.mark.parametrize("text, expected", [
    # the perpetrator of an act named only by role ("pelaku", "dalang") did it, not an actor before
    ("Israel menghancurkan rumah keluarga pelaku penyerangan di Tepi Barat.", {("ISR", "PSE", "17")}),
    ("Polisi juga menangkap tiga orang rekan pelaku pengeboman di Kampung Melayu.", {("IDN", "IDN", "17")}),
    # the one named after an insult suffers it
    ("Mahkamah Konstitusi sudah bilang bahwa penghinaan presiden itu tidak relevan lagi untuk masyarakat demokrasi.",
     set()),
    # but a named actor said to be the "dalang" did it
    ("Arab Saudi Tuding Iran Dalang Serangan ke Kilang Minyak Aramco", {("SAU", "IRN", "11"), ("IRN", "SAU", "19")}),
])
def test_an_act_after_the_word_for_its_doer_is_the_unnamed_doer_s(coder, text, expected):
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, lang", [
    ("Polisi menangkap seorang pria berusia 41 tahun di lokasi kejadian di Bekasi.", "id"),
    ("Polisi membekuk pria berinisial JR (20) karena mengedarkan narkoba di Kota Bengkulu.", "id"),
    ("Indonesian police arrested a 41-year-old man at the scene in Jakarta.", "en"),
])
def test_one_unnamed_person_arrested_is_one_of_the_state_s_own_people(coder, text, lang):
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text, lang)} == {("IDN", "IDN", "17")}
