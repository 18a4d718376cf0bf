"""Who did what to whom: role assignment rules on sentences written for these tests."""
import pytest
from coding import code as _code, codes as _codes, keys as _keys

from peristiwa.records import Article


@pytest.mark.parametrize("text, expected", [
    # after what a request is about, "kepada" still names whom it is made to
    ("Gubernur meminta masukan mengenai pencalonan kepada para kiai di Jawa Timur.", ("IDN", "IDN", "02")),
    # a relative clause between the subject and its verb does not supply the subject
    ("Pasukan NATO yang dipimpin AS bertempur dengan pemberontak Taliban.", ("IGO:NATO", "AFG", "19")),
    ("Gerilyawan Houthi yang didukung Iran menyerang Arab Saudi.", ("YEM", "SAU", "19")),
    # a long one closed by "itu"
    ("Kelompok Houthi yang dipersenjatai oleh negara besar lain seperti Iran dan Suriah itu menyerang Arab Saudi.",
     ("YEM", "SAU", "19")),
    ("Kelompok Houthi, yang didukung Iran sejak perang saudara meletus di negara itu pada tahun 2015, menyerang "
     "kilang minyak Arab Saudi.", ("YEM", "SAU", "19")),
    ("Namun China, yang merupakan pesaing Amerika Serikat untuk mendapatkan pengaruh di kawasan Asia Tenggara, "
     "mengatakan pada Selasa bahwa mereka mendukung upaya Myanmar.", ("CHN", "MMR", "05")),
    # a relative clause closed by a comma, then a new subject
    ("Ketika Pompeo berkomentar yang mendinginkan ketegangan, Iran membuat peringatan kepada AS.", ("IRN", "USA", "13")),
    # an agent in apposition to an actor of the same sector is of that actor's country
    ("Kepala Angkatan Bersenjata Australia, Kepala Angkatan Udara Mark Binskin, telah menulis surat kepada Panglima "
     "TNI Jenderal Gatot Nurmantyo.", ("AUS", "IDN", "04")),
    # a clause of time with no subject of its own ("saat …") is the main subject's
    ("MBS menjelaskan kesiapan Arab Saudi menghadapi Houthi saat menerima telepon dari Presiden AS Donald Trump.",
     ("USA", "SAU", "04")),
    ("Duta Besar Indonesia untuk Singapura, Ngurah Swajaya, menyampaikan kesan saat bertemu Habibie.",
     ("IDN", "IDN", "04")),
    # but after a quote it is the speaker's
    ('"Rakyat Yaman menggunakan hak mereka untuk membela diri," kata Rouhani saat berkunjung ke Ankara.',
     ("IRN", "TUR", "04")),
    # an actor after "di luar", "di depan" is where, not who
    ("Pada Minggu pagi, pengunjuk rasa Hong Kong berkumpul di luar Konsulat Inggris, menyerukan Inggris untuk "
     "mengendalikan Cina.", ("HKG", "GBR", "02")),
    # a place opening the sentence is no member of the subject
    ("Di Bulgaria, Menlu Retno juga menemui Presiden Bulgaria Rumen Radev.", ("IDN", "BGR", "04")),
    # a verb after "tapi"/"namun" with no subject of its own shares the first clause's
    ("AS menganut kebijakan satu Cina tapi tetap membantu Taiwan secara politik.", ("USA", "TWN", "07")),
    ("AS menganut kebijakan satu Cina tapi pada saat yang sama tetap membantu Taiwan.", ("USA", "TWN", "07")),
    # but a relative clause of saying holds what is said, with its own subject
    ("Pompeo adalah salah satu pejabat AS yang menyebut Trump siap bertemu Rouhani.", ("USA", "IRN", "03")),
    # an agent accompanying an official of a country belongs to that country
    ("Duta Besar Inggris Owen Jenkins bersama staf kedutaan mengunjungi Presiden Jokowi.", ("GBR", "IDN", "04")),
    # political camps are actors
    ("Presiden Hassan Rouhani menuduh kelompok konservatif memanfaatkan krisis.", ("IRN", "IRN", "11")),
])
def test_roles(coder, text, expected):
    assert expected in _keys(_code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Dalam rangka mengawasi tugas KPK, DPR dan Pemerintah sepakat untuk membentuk Dewan Pengawas.",
     {("IDN", "IDN", "03")}),
    ("Untuk itu, Rusia, Iran dan Turki sepakat membentuk komite.", {("RUS", "IRN", "03"), ("IRN", "TUR", "03")}),
])
def test_an_actor_in_the_phrase_opening_a_sentence_is_no_member_of_the_subject(coder, text, expected):
    events = _code(coder, text)
    assert expected <= _keys(events)
    assert all(e.source.sector != "JUD" and e.target.sector != "JUD" for e in events)


def test_the_means_of_travel_is_no_target(coder):
    text = "Presiden Joko Widodo mengunjungi kawasan perairan di sekitar Natuna dengan menggunakan sebuah kapal perang."
    assert not [e for e in _code(coder, text) if e.target.sector == "MIL"]


def test_god_is_no_actor(coder):
    assert _code(coder, "Saya sungguh bersyukur dan berterima kasih kepada Allah atas karunianya, kata SBY.") == []
    assert _code(coder, 'BJ Habibie dirawat di RSPAD. "Kami atas nama keluarga memohon ke hadirat Allah SWT agar '
                        'beliau segera diberikan kesembuhan," katanya.') == []  # a prayer


def test_everyone_asked_is_no_target(coder):
    text = "Febri meminta kepada semua pihak untuk tidak melakukan korupsi supaya tak perlu menjadi tersangka."
    assert _code(coder, text) == []


@pytest.mark.parametrize("text, lang", [
    ("Amerika Serikat menarik diri dari Perjanjian Iklim Paris.", "id"),
    ("Pemimpin oposisi Kamboja Sam Rainsy berbicara di Paris. Dia pun menyerukan kepada seluruh pendukungnya di "
     "Kamboja dan negara-negara yang menandatangani Kesepakatan Perdamaian Paris agar bertindak.", "id"),
    ("The United States withdrew from the Paris climate agreement.", "en"),
])
def test_a_treaty_named_after_a_city_is_not_its_country(coder, text, lang):
    assert not [e for e in _code(coder, text, lang) if e.target.country == "FRA"]


@pytest.mark.parametrize("text, lang", [
    ("The Philippines vowed to defend its sovereignty in the South China Sea.", "en"),
    ("Filipina berjanji akan mempertahankan kedaulatannya di Laut China Selatan.", "id"),
])
def test_a_sea_named_after_a_country_is_not_that_country(coder, text, lang):
    assert not [e for e in _code(coder, text, lang) if "CHN" in (e.source.country, e.target.country)]
    doc = coder.analyse(Article(id="t", text="Pakistan menuduh India melanggar Konvensi Wina.", lang="id"))
    assert "AUT" not in {m.country for m in doc.sentences[0].mentions}


def test_citizens_a_warning_is_for_are_not_the_government_that_issues_it(coder):
    text = "Pemerintah Australia mengeluarkan peringatan perjalanan bagi warganya yang hendak berkunjung ke Papua."
    assert not [e for e in _code(coder, text) if e.source.sector == "GOV" and e.root == "03"]


def test_who_organises_a_protest_is_no_protest(coder):
    text = "Kapolri Tito Karnavian mengatakan mahasiswa itu koordinator demo."
    assert not [e for e in _code(coder, text) if e.root == "14"]


def test_the_international_community_is_not_an_actor(coder):
    assert _code(coder, "Pejabat Suriah mendesak masyarakat internasional agar bertindak.") == []
    assert _code(coder, "PKB menyarankan agar masyarakat Eropa mengelola isu imigrasi secara obyektif.") == []
    assert _keys(_code(coder, "Houthi menyerang raksasa minyak milik negara Arab Saudi.")) == {("YEM", "SAU", "19")}


def test_the_outlet_in_a_dateline_is_not_an_actor(coder):
    events = _code(coder, "Jakarta, CNN Indonesia -- Pemerintah Kenya mengkritik oposisi dan mendorong partai lain.")
    assert events and all(e.source.country == "KEN" and e.target.country == "KEN" for e in events)


@pytest.mark.parametrize("text, modality", [
    ("Para analis melihat pertemuan AS dan Iran bisa berlangsung bulan depan.", "hypothetical"),
    ("Putin dan Rouhani akan bertemu di Ankara.", "future"),
    ("Retno Marsudi merencanakan untuk bertemu Menlu Malaysia.", "future"),
    # what another asks or suggests a subject do is not done (nor the subject's intent)
    ("Saya mengusulkan agar Presiden Jokowi mengadakan rapat konsultasi dengan pimpinan DPR.", "hypothetical"),
    # the wanted act may name its subject as an object first ("agar memudahkan polisi berkoordinasi dengan …")
    ("Kehadiran Rizieq diperlukan agar memudahkan polisi bertemu dengan pimpinan KPK.", "hypothetical"),
    ("Presiden Jokowi akan menerima Ketua KPK bila ada permintaan untuk bertemu dengan Presiden.", None),
    ("Dia menilai KPK seharusnya selalu berkoordinasi dengan Dewan Perwakilan Rakyat.", "hypothetical"),  # ought to
    # required by a rule, not done
    ("Terakhir, kata Zainul, soal poin yang mengharuskan KPK berkoordinasi dengan Kejaksaan Agung (Kejagung).",
     "hypothetical"),
    # kept from meeting
    ("Demo Berujung Bentrok karena Massa Dihalangi Temui Pimpinan KPK", "negated"),
    ("Pejabat di lembaga antirasuah dilarang bertemu dengan tersangka.", "negated"),
    ("Polisi melarang Ratna Sarumpaet bertemu Ahok.", "negated"),
    # an open question ("whether") neither asserts nor announces the act
    ("Lili mengaku tak tahu apakah selanjutnya DPR akan langsung menyurati Presiden Jokowi.", "hypothetical"),
])
def test_planned_and_possible_meetings_are_not_asserted(coder, text, modality):
    events = _code(coder, text)
    meetings = [e for e in events if e.root == "04"]
    assert all(e.modality not in ("asserted", "claimed") for e in meetings)
    if modality:
        assert meetings and {e.modality for e in meetings} == {modality}
    # announcing a meeting is a statement of intent (036); a possible one is not
    assert all(e.cameo == "036" and modality == "future" for e in events if e.root == "03")


@pytest.mark.parametrize("text", [
    # "jadi tidaknya" (whether or not) leaves the act open
    "Kendati demikian, jadi tidaknya aksi militer Amerika tergantung dari konfirmasi dari Riyadh.",
    "Ada tidaknya serangan balasan Iran terhadap Amerika Serikat akan ditentukan pekan depan.",
])
def test_whether_or_not_an_act_happens_is_open(coder, text):
    events = [e for e in _code(coder, text) if e.root == "19"]
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_a_promised_act_is_not_done(coder):
    events = [e for e in _code(coder, "Turki Kecam Netanyahu Soal Janji Caplok Tepi Barat") if e.root == "19"]
    assert events and {e.modality for e in events} == {"future"}


def test_a_meeting_asked_for_is_an_intent_to_meet(coder):
    events = _code(coder, "Pimpinan KPK sudah mengajukan pertemuan dengan Jokowi lewat Menteri Sekretaris Negara.")
    assert {(e.cameo, e.modality) for e in events if e.root in ("03", "04")} == {("036", "asserted")}


def test_the_meeting_in_which_one_agreed_took_place(coder):
    # the meeting is where something was agreed, not what was agreed
    text = "Keputusan ini disepakati dalam rapat kerja perdana DPR dan pemerintah pada Kamis malam."
    meetings = [e for e in _code(coder, text) if e.root == "04"]
    assert meetings and {e.modality for e in meetings} == {"asserted"}


@pytest.mark.parametrize("text, modality", [
    # "tanpa" before a noun tells how the act was done, not that it was not
    ("Houthi mengirimkan sepuluh pesawat tanpa awak untuk menghantam fasilitas minyak Arab Saudi.", "asserted"),
    ("Ribuan pemuda Pakistan tanpa senjata berpawai untuk memprotes pemerintah India.", "asserted"),
    ("Budi Gunawan ditetapkan sebagai tersangka tanpa pernah diperiksa oleh KPK.", "negated"),
    # what one is able to do is not done
    ("Dahnil tidak percaya polisi mampu mengusut kasus penyiraman air keras terhadap Novel Baswedan.", "hypothetical"),
    # kept from doing it
    ("Palestina mendesak PBB menjatuhkan sanksi kepada Israel, untuk mencegahnya melakukan aneksasi terhadap "
     "Tepi Barat.", "negated"),
])
def test_without_negates_a_verb_not_a_noun(coder, text, modality):
    events = [e for e in _code(coder, text) if e.root in ("09", "14", "19")]
    assert events and {e.modality for e in events} == {modality}


@pytest.mark.parametrize("text, lang, modality", [
    # a claim word that qualifies a noun after the verb does not make the act a claim
    ("Syria allowed UN inspectors to visit the site of the alleged chemical attack.", "en", "asserted"),
    ("China menyangkal tuduhan AS tersebut.", "id", "asserted"),
    ("Polisi menangkap dua warga Malaysia yang diduga menyebarkan hoaks.", "id", "asserted"),
    # nor does someone's claims as a noun ("Tokyo's claims to the islands")
    ("Seoul protested Tokyo's claims to the islands.", "en", "asserted"),
    # but an attribution after it still does
    ("Israel bombed Syria on Sunday, according to the Syrian army.", "en", "claimed"),
    ("Russia attacked Ukraine, Kyiv claims.", "en", "claimed"),
])
def test_a_claim_word_after_the_verb_qualifies_its_object(coder, text, lang, modality):
    events = _code(coder, text, lang)
    assert events and {e.modality for e in events} == {modality}


def test_what_a_law_would_only_allow_is_not_done(coder):
    events = _code(coder, "Warga menolak legislasi ekstradisi yang memungkinkan warga Hong Kong ditahan polisi China.")
    assert {e.modality for e in events if e.root == "17"} == {"hypothetical"}


def test_an_open_question_in_english_is_hypothetical(coder):
    events = _code(coder, "It is not clear whether Putin will meet Zelensky in Istanbul.", lang="en")
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_the_target_is_not_sought_past_the_object_s_own_participle(coder):
    events = _code(coder, "Iran executed two men convicted of spying for Israel.", lang="en")
    assert not [e for e in events if e.root == "18"]
    events = _code(coder, "Nigerian authorities jailed 52 members of the banned MASSOB movement.", lang="en")
    assert [e.target.sector for e in events if e.root == "17"] == ["REB"]  # (an adjective does not end it)


def test_a_people_s_name_before_an_agent_describes_it(coder):
    events = _code(coder, "Turkish troops clashed with Kurdish militants in southeastern Turkey.", lang="en")
    assert ("TUR", "MIL", "TUR", "REB") in {(e.source.country, e.source.sector, e.target.country, e.target.sector)
                                            for e in events}
    events = _code(coder, "Three Turkish soldiers were killed in a clash with Kurdish rebels near the Iraqi border.",
                   lang="en")
    assert not [e for e in events if e.source.sector == "REB" or e.target.country == "IRQ"]  # whom, not whose


def test_an_attack_one_is_accused_of_preparing_is_no_threat_one_made(coder):
    events = _code(coder, "Russia accused Georgia of preparing an attack on South Ossetia.", lang="en")
    assert not [e for e in events if e.root == "13"]


def test_troops_one_sends_are_one_s_own_not_the_target(coder):
    events = _code(coder, "NATO agreed to send 2,000 more troops to Bosnia.", lang="en")
    assert {(e.target.country, e.target.sector) for e in events if e.root == "15"} == {("BIH", "GOV")}


def test_a_named_body_and_another_party_of_one_sector_are_two_parties(coder):
    events = _code(coder, "Fraksi PDIP di DPR menolak usulan Gerindra untuk membentuk panitia khusus.")
    assert [(e.source.text, e.target.text, e.cameo) for e in events] == [("Fraksi PDIP", "Gerindra", "120")]


@pytest.mark.parametrize("text, source", [
    ("Kapolda Metro Jaya Iriawan ketika ditanyai wartawan, meminta agar publik tidak berspekulasi.", "COP"),
    ("Menlu Retno Marsudi saat dikonfirmasi wartawan, membantah tuduhan Malaysia.", "GOV"),
    # an aside of time or company between commas
    ("Kapolri Tito Karnavian, saat ditemui wartawan di Istana, mengecam Benny Wenda.", "COP"),
    ("Presiden Zimbabwe Emmerson Mnangagwa, diapit oleh setengah lusin tentara, mengunjungi Presiden Zambia.", "GOV"),
])
def test_the_one_reporters_ask_acts_not_the_reporters(coder, text, source):
    assert {e.source.sector for e in _code(coder, text)} == {source}


def test_an_aside_of_time_does_not_lend_its_object_as_subject(coder):
    events = _code(coder, "Presiden Joko Widodo, usai bertemu Perdana Menteri Malaysia, mengecam penangkapan "
                          "nelayan Indonesia oleh Australia.")
    assert {e.source.country for e in events if e.root == "11"} == {"IDN"}


def test_a_situation_discussed_in_a_country_is_no_third_place_meeting(coder):
    events = _code(coder, "Putin and Xi discussed the situation in Afghanistan at the Kremlin.", lang="en")
    assert {e.cameo for e in events if e.root == "04"} == {"040"}


def test_a_military_agreement_is_no_military(coder):
    events = _code(coder, "Seoul accused Pyongyang of violating the 2018 military agreement.", lang="en")
    assert not [e for e in events if e.target.sector == "MIL"]


def test_a_clause_after_a_comma_describes_the_actor_before_it_even_after_a_preposition(coder):
    events = _code(coder, "Presiden Donald Trump meningkatkan sanksi terhadap Iran, yang menyangkal melakukan serangan "
                          "terhadap Arab Saudi.")
    assert {e.source.country for e in events if e.cameo.startswith("016")} == {"IRN"}


def test_a_clause_right_after_a_person_describes_the_person_even_after_a_preposition(coder):
    events = _code(coder, "Pernyataan itu merupakan respons terhadap Gubernur DKI Jakarta Djarot Saiful Hidayat yang "
                          "meminta KPK mengeluarkan pendapat.")
    assert {(e.source.text, e.target.text, e.root) for e in events} == {
        ("Gubernur DKI Jakarta Djarot Saiful Hidayat", "KPK", "02")}


def test_talks_a_visit_is_for_are_the_visitor_s(coder):
    events = _code(coder, "Indonesian President Joko Widodo visited Australia on Sunday for talks with Prime Minister "
                          "Scott Morrison.", lang="en")
    assert {(e.source.country, e.target.country) for e in events} == {("IDN", "AUS")}


@pytest.mark.parametrize("text", [
    "Kenya deployed troops to the border with Somalia following attacks by al-Shabaab militants.",
    "Tunisia closed its border with Libya after attacks by Islamic State militants on tourists.",
])
def test_attacks_by_someone_are_theirs_not_the_subject_s(coder, text):
    assert not [e for e in _code(coder, text, lang="en") if e.cameo == "190"]


def test_an_actor_named_behind_an_attack_is_claimed_to_have_attacked_its_victim(coder):
    events = _code(coder, "Menlu AS menyebut serangan ke fasilitas minyak Arab Saudi sebagai pernyataan perang. "
                          "Arab Saudi mengatakan Iran berada di balik serangan itu.")
    blamed = [e for e in events if (e.source.country, e.target.country, e.root) == ("IRN", "SAU", "19")]
    assert blamed and blamed[0].modality == "claimed"
    assert ("SAU", "IRN", "112") in _codes(events)


def test_the_one_who_blames_is_not_where_he_travels(coder):
    events = _code(coder, "Pompeo yang disebut Trump bakal bertolak ke Saudi juga menyatakan mempunyai informasi "
                          "bahwa Iran bertanggung jawab atas serangan itu.")
    assert {(e.source.country, e.target.country) for e in events if e.root == "11"} == {("USA", "IRN")}


def test_claiming_an_attack_is_about_its_victim(coder):
    events = _code(coder, "Pasukan Afghanistan melepaskan tembakan pada tentara AS. "
                          "Taliban mengaku bertanggung jawab atas serangan tersebut.")
    assert ("AFG", "USA", "015") in _codes(events)


def test_an_article_about_one_country_gives_it_the_unqualified_agents(coder):
    text = ("Tentara Irak menyerang ISIS. " * 10 + "Bentrokan serupa terjadi di Suriah. "
            "Polisi menangkap seorang pria bersenjata.")
    events = _code(coder, text)
    assert any(e.source.sector == "COP" and e.source.country == "IRQ" for e in events)


def test_relations_between_the_source_country_and_another_point_at_the_other(coder):
    events = _code(coder, "Menlu Retno Marsudi mempererat hubungan Indonesia dan Ethiopia.")
    assert {(e.source.country, e.target.country) for e in events if e.root == "03"} == {("IDN", "ETH")}


def test_negation_scopes_over_an_instrument_clause(coder):
    events = _code(coder, "Pasukan Amerika tidak akan pernah menang dengan membunuh warga Afghanistan.")
    killings = [e for e in events if e.root in ("18", "19")]
    assert killings and all(e.modality == "negated" for e in killings)


def test_backing_fighters_is_material_aid(coder):
    events = _code(coder, "Turki mendukung para pemberontak Suriah.")
    assert ("TUR", "SYR", "070") in _codes(events)
    events = _code(coder, "Indonesia mendukung Malaysia.")
    assert ("IDN", "MYS", "051") in _codes(events)


@pytest.mark.parametrize("text, lang, root", [
    ("France agreed on Saturday to provide aid to Romania.", "en", "07"),
    ("AS menuntut Rusia menarik pasukan dari Ukraina.", "id", "08"),
])
def test_what_is_promised_demanded_or_threatened_is_not_asserted(coder, text, lang, root):
    events = _code(coder, text, lang)
    embedded = [e for e in events if e.root == root]
    assert embedded and all(e.modality == "future" for e in embedded)
    assert any(e.modality == "asserted" for e in events if e.root != root)  # the promise or demand itself


@pytest.mark.parametrize("text, lang", [
    ("Finland will give Tanzania a grant of 580 million shillings.", "en"),
    ("Jepang mengatakan akan memberikan bantuan kemanusiaan kepada Filipina.", "id"),
])
def test_announcing_a_cooperative_act_is_a_statement_of_intent(coder, text, lang):
    events = _code(coder, text, lang)
    stated = [e for e in events if e.root == "03"]
    assert stated and all(e.modality == "asserted" and "stated intent" in e.rule for e in stated)
    assert all(e.modality == "future" for e in events if e.root == "07")


def test_killings_by_armed_forces_are_military_force(coder):
    events = _code(coder, "Serb forces killed three Albanian soldiers in a gunbattle.", "en")
    assert ("SRB", "ALB", "190") in _codes(events)
    events = _code(coder, "A gunman killed three Albanians in Belgrade.", "en")
    assert all(e.cameo != "190" for e in events)


def test_a_protest_without_a_target_is_against_the_government(coder):
    events = _code(coder, "Thousands of Egyptian demonstrators rioted in Cairo on Friday.", "en")
    assert ("EGY", "EGY", "14") in _codes(events, root=True)
    events = _code(coder, "Ribuan mahasiswa Indonesia berunjuk rasa di Jakarta.")
    protests = [e for e in events if e.root == "14"]
    assert protests and protests[0].target.sector == "GOV" and protests[0].target.country == "IDN"


@pytest.mark.parametrize("text", [
    "Palestinian leaders said they would boycott the United States.",
    "Palestinian leaders said on Monday that they would boycott the United States.",  # "would" a few words on
])
def test_announcing_a_hostile_act_is_a_threat(coder, text):
    events = _code(coder, text, "en")
    assert ("PSE", "USA", "13") in _codes(events, root=True)


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia said on Tuesday that Sudan must return the helicopter.", "en", ("RUS", "SDN", "100")),
    ("Iran mengatakan AS harus menjauhkan diri dari penghasut perang.", "id", ("IRN", "USA", "100")),
    ("Iran: AS Harus Menjauhkan Diri dari Penghasut Perang", "id", ("IRN", "USA", "100")),  # a headline's speaker
    ("Pentagon: Iran Bertanggung Jawab atas Serangan di Saudi", "id", ("USA", "IRN", "112")),
    # a senator telling his country what it must do makes a demand on his government
    ("Lindsey Graham mengatakan, AS harus mempertimbangkan untuk membom kilang minyak Iran.", "id",
     ("USA", "USA", "100")),
    ("Palestinian officials demanded Friday that the United States match the offer.", "en", ("PSE", "USA", "10")),
])
def test_telling_an_actor_what_it_must_do_is_a_demand(coder, text, lang, expected):
    events = _code(coder, text, lang)
    assert expected in _codes(events, root=len(expected[2]) == 2)


def test_the_country_a_visit_goes_to_is_its_target(coder):
    events = _code(coder, "Iraqi President Saddam Hussein arrived in Amman on Wednesday.", "en")
    assert ("IRQ", "JOR", "042") in _codes(events)


def test_an_ethnic_community_belongs_to_the_country_it_lives_in(coder):
    events = _code(coder, "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "en")
    assert events and all(e.source.country == "SRB" for e in events)


def test_a_headline_name_run_stops_at_verbs_and_known_people(coder):
    article = Article(id="t", title="Pemimpin Tertinggi Iran Khamenei Menolak Bertemu Trump", lang="id",
                      date="2019-09-18", text="Trump mengatakan Iran sepertinya dalang serangan itu.")
    events = coder.extract(article).events
    assert ("USA", "IRN", "112") in _codes(events)


@pytest.mark.parametrize("title, expected", [
    # (a government's protest is an official complaint, 114)
    ("Cina Protes Pertemuan Menlu Jerman dan Aktivis Hong Kong", {("CHN", "DEU", "11"), ("CHN", "HKG", "11")}),
    ("Turki Kritik Pertemuan Trump dan Netanyahu", {("TUR", "USA", "11"), ("TUR", "ISR", "11")}),
])
def test_a_headline_noun_after_its_subject_is_its_verb(coder, title, expected):
    events = coder.extract(Article(id="t", title=title, text="", lang="id", date="2019-09-11")).events
    assert {(e.source.country, e.target.country, e.root) for e in events if e.root in ("11", "14")} == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Serbia lifted a night curfew in Montenegro on Sunday.", "en", ("SRB", "MNE", "0813")),
    ("Jepang mencabut seluruh sanksi ekonomi terhadap Iran.", "id", ("JPN", "IRN", "085")),
])
def test_a_verb_with_its_object_a_few_words_on(coder, text, lang, expected):
    events = _code(coder, text, lang)
    assert expected in _codes(events)
    assert not [e for e in events if e.root in ("16", "17")]  # not "sanksi"/"curfew" on their own


def test_naming_a_suspect_is_a_charge(coder):
    events = _code(coder, "KPK menetapkan Menteri Pemuda dan Olahraga Imam Nahrawi sebagai tersangka.")
    assert [(e.source.text, e.cameo, e.target.sector) for e in events
            if e.target.text.endswith("Imam Nahrawi")] == [("KPK", "173", "GOV")]  # the minister, with his title


def test_a_suspect_named_with_a_long_title_is_still_charged(coder):
    events = _code(coder, "Komisi Pemberantasan Korupsi (KPK) menetapkan mantan Direktur Utama (Dirut) Pertamina "
                          "Energy Trading Ltd (Petral) Bambang Irianto (BTO) sebagai tersangka.")
    assert {(e.source.text, e.cameo) for e in events} == {("Komisi Pemberantasan Korupsi (KPK)", "173")}
    events = _code(coder, "KPK menetapkan target penyelesaian kasus korupsi di lima kementerian, termasuk kasus "
                          "yang menjerat tersangka.")  # a target set, not a suspect named
    assert not events


def test_a_threat_is_aimed_at_whoever_must_meet_its_condition(coder):
    events = _code(coder, "Russia has threatened to stop negotiations if the United States goes ahead with the "
                          "deployment.", "en")
    assert ("RUS", "USA", "13") in _codes(events, root=True)


def test_a_promise_points_where_the_promised_act_does(coder):
    events = _code(coder, "European Community foreign ministers agreed in principle on Saturday to provide about "
                          "70 million dollars of aid for Romania and Poland.", "en")
    assert {("IGO:EU", "ROU", "03"), ("IGO:EU", "POL", "03")} <= set(_keys(events))


def test_an_unknown_name_takes_the_office_in_its_apposition(coder):
    events = _code(coder, "The US on Thursday rejected calls by Kofi Annan, UN secretary-general, to adopt "
                          "far-reaching reforms.", "en")
    assert ("USA", "IGO:UN", "12") in set(_keys(events))


def test_a_demand_on_coordinated_actors_reaches_each(coder):
    events = _code(coder, "The Red Cross operating in Iraq said US and British forces must ensure security.", "en")
    assert {("IGO:ICRC", "USA", "10"), ("IGO:ICRC", "GBR", "10")} <= set(_keys(events))


def test_a_cancelled_visit_is_no_visit_but_a_reduction_of_relations(coder):
    events = _code(coder, "A French minister has cancelled a planned visit to Haiti.", "en")
    assert {(e.root, e.modality) for e in events if e.modality in ("asserted", "claimed")} == {("16", "asserted")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Afghanistan has been sharing expertise with the Liberation Tigers of Tamil Eelam.", "en", ("AFG", "LKA")),
    ("Pemerintah Kolombia berunding dengan FARC di Havana.", "id", ("COL", "COL")),
])
def test_armed_groups_belong_to_their_country(coder, text, lang, expected):
    assert expected in {(e.source.country, e.target.country) for e in _code(coder, text, lang)}


@pytest.mark.parametrize("text, lang, expected", [
    ("Trump menyerang Direktur FBI dan Departemen Kehakiman lewat sebuah memo.", "id", "111"),
    ("Senator itu menyerang Jaksa Agung dalam pidatonya.", "id", "111"),
    ("Trump attacked the Justice Department on Twitter.", "en", "111"),
    ("Militer Israel menyerang Hamas di Gaza.", "id", "190"),
    ("Pemerintah China menyerang Taiwan.", "id", "190"),
    ("Calon presiden Demokrat Biden bentrok dengan Warren pada program kesehatan.", "id", "111"),  # a debate
    ("Warga Papua bentrok dengan polisi.", "id", "145"),
])
def test_a_politician_attacking_a_politician_does_it_in_words(coder, text, lang, expected):
    assert {e.cameo for e in _code(coder, text, lang)} == {expected}


def test_one_actor_named_twice_is_one_agent(coder):
    events = _code(coder, "Massa pengunjuk rasa di Gedung KPK, pada Sabtu lalu, mendesak Jokowi mundur.")
    assert any(e.source.text == "Massa pengunjuk rasa" and e.target.text == "Jokowi" for e in events)


def test_a_claim_of_responsibility_points_at_who_the_attack_killed(coder):
    events = _code(coder, "Serangan itu menewaskan dua tentara AS di Nangarhar. "
                          "Taliban mengaku bertanggung jawab atas serangan itu.")
    assert ("AFG", "USA", "015") in _codes(events) or any(
        e.cameo == "015" and e.target.text == "tentara AS" for e in events)


def test_a_currency_is_not_a_country(coder):
    events = _code(coder, "Perusahaan itu telah berinvestasi di Indonesia mencapai 445 juta dolar AS.")
    assert not any(e.target.country == "USA" for e in events)


def test_a_measure_on_a_city_is_not_the_government_acting_on_itself(coder):
    events = _code(coder, "The government imposed martial law in Baghdad.", "en")
    assert [(e.source.country, e.target.country, e.cameo) for e in events] == [("IRQ", "IRQ", "1724")]


@pytest.mark.parametrize("text, lang", [
    ("Demonstrators in Baghdad blocked a road to show their disapproval of the United States.", "en"),
    ("Para pengunjuk rasa di Baghdad memblokir jalan raya sebagai bentuk protes terhadap Amerika Serikat.", "id"),
])
def test_protesters_blocking_roads(coder, text, lang):
    assert any(e.cameo == "144" for e in _code(coder, text, lang))


def test_an_agreement_about_a_place_targets_it(coder):
    events = _code(coder, "The APEC forum has agreed to set up an energy research center in Tokyo.", "en")
    assert ("IGO", "JPN", "03") in {(e.source.country, e.target.country, e.root) for e in events}
    said = _code(coder, "Khamenei mengatakan para pemimpin Iran sepakat bahwa semua pejabat di Iran mempercayainya.")
    assert not any(e.root == "03" for e in said)


@pytest.mark.parametrize("text, lang, expected", [
    ("Duta Besar Inggris menyebut Habibie sebagai sahabat Inggris dan seorang negarawan.", "id", ("GBR", "IDN", "051")),
    ("Trump menyebut Habibie sebagai pemimpin yang luar biasa.", "id", ("USA", "IDN", "051")),
    ("Perdana Menteri Palestina Mohammad Shtayyeh menyebut Netanyahu sebagai perusak utama proses perdamaian.", "id",
     ("PSE", "ISR", "111")),
    ("Serbia menganggap Albania sebagai musuh.", "id", ("SRB", "ALB", "111")),
    ("Juru bicara Kementerian Luar Negeri Iran menampik tudingan AS dan menyebutnya sebagai sia-sia.", "id",
     ("IRN", "USA", "111")),
    ("Trump called Iran a terrorist state.", "en", ("USA", "IRN", "111")),
    ("Iran called the United States a terrorist state.", "en", ("IRN", "USA", "111")),  # past the article
    ("Obama described Indonesia as a strategic partner.", "en", ("USA", "IDN", "051")),
    # an act so called disparages its doer, named after a few act nouns
    ("Kepala HAM PBB Zeid Ra'ad Al Hussein menyebut operasi militer Myanmar terhadap warga Rohingya di Rakhine sebagai "
     "contoh nyata pembersihan etnis.", "id", ("IGO", "MMR", "111")),
    ("China called the U.S. arms sale to Taiwan a flagrant violation of international law.", "en", ("CHN", "USA", "111")),
])
def test_calling_an_actor_a_friend_or_a_villain(coder, text, lang, expected):
    events = [e for e in _code(coder, text, lang) if "pattern-called" in e.rule]
    assert [(e.source.country, e.target.country if expected[1] else "", e.cameo) for e in events] == [expected]


def test_an_act_done_to_an_actor_and_so_called_does_not_disparage_the_victim(coder):
    events = _code(coder, "Indonesia menyebut serangan terhadap Israel sebagai provokasi.")
    assert not [e for e in events if "pattern-called" in e.rule]


def test_nya_points_back_past_the_subject_to_someone_of_the_same_country(coder):
    events = _code(coder, "Polisi Hong Kong mengejar seorang pelaku. Polisi yang datang segera menangkapnya.")
    assert any(e.cameo == "173" and e.target.text.startswith("pelaku") for e in events)


def test_being_ready_or_wanting_to_act_states_an_intent(coder):
    events = _code(coder, "Malaysia siap membantu Indonesia memadamkan kebakaran hutan.")
    assert ("MYS", "IDN", "033") in {(e.source.country, e.target.country, e.cameo) for e in events
                                     if e.modality == "asserted"}


def test_a_country_attacked_or_sanctioned_is_the_country_not_its_government(coder):
    attack = [e for e in _code(coder, "Rusia menyerang Ukraina.") if e.root == "19"]
    talk = [e for e in _code(coder, "Rusia mengecam Ukraina.") if e.root == "11"]
    assert attack[0].target.sector == "" and talk[0].target.sector == "GOV"
    # and a country that uses force does so as a whole, from the air with its forces
    assert attack[0].source.sector == "" and talk[0].source.sector == "GOV"
    strike = [e for e in _code(coder, "Serangan udara AS menewaskan warga sipil Afghanistan.") if e.root == "19"]
    assert strike[0].source.sector == "MIL"


def test_a_plan_the_article_narrates_is_only_future(coder):
    events = _code(coder, "Putin dan Rouhani akan bertemu di Ankara pada Senin.")
    assert events and all(e.modality == "future" for e in events)


def test_a_meeting_in_a_third_country(coder):
    events = _code(coder, "Presiden Iran bertemu Presiden Rusia di Ankara, ibu kota Turki.")
    assert "044" in {e.cameo for e in events}
    at_home = _code(coder, "KBRI di Kairo bertemu dengan pemerintah Mesir.")
    assert "044" not in {e.cameo for e in at_home}


@pytest.mark.parametrize("text", [
    "DPR menyepakati revisi UU KPK sebagai usul inisiatif DPR.",
    "Presiden menyetujui revisi Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Korupsi.",
    "DPR mendukung revisi Undang-Undang Nomor 30 Tahun 2002 tentang Komisi Pemberantasan Tindak Pidana Korupsi (KPK).",
    "KPK mengkaji Rancangan Undang-Undang (RUU) KPK yang telah disepakati DPR dan pemerintah.",
])
def test_a_law_named_after_an_institution_is_not_the_institution(coder, text):
    assert not any(e.target.text.endswith(("KPK", "Korupsi")) for e in _code(coder, text))


def test_a_country_after_the_object_noun_owns_it_and_unexpectedly_is_no_denial(coder):
    events = _code(coder, "Presiden Trump secara tak terduga berbagi informasi intelijen AS dengan para pejabat Rusia.")
    assert [(e.source.country, e.target.country, e.cameo, e.modality) for e in events] == [
        ("USA", "RUS", "064", "asserted")]


@pytest.mark.parametrize("text", [
    "Sebanyak 80 pekerja migran Indonesia tak berdokumen dideportasi otoritas Malaysia melalui Nunukan.",
    "Polisi Myanmar menangkap tiga nelayan Thailand tak berizin di perairan Ranong.",
])
def test_a_negated_attribute_of_the_object_does_not_deny_the_act(coder, text):
    events = _code(coder, text)
    assert events and all(e.modality == "asserted" for e in events)


@pytest.mark.parametrize("text", ["Putin Tawarkan Sistem Pertahanan Rudal Rusia ke Saudi",
                                  "Putin menawarkan sistem pertahanan rudal Rusia kepada Arab Saudi."])
def test_a_country_after_a_longer_object_owns_it(coder, text):
    assert _keys(_code(coder, text)) == {("RUS", "SAU", "03")}


def test_an_institution_after_the_object_noun_owns_it_and_the_recipient_is_the_target(coder):
    events = _code(coder, "Para pimpinan KPK menyerahkan kembali aset KPK kepada Presiden Jokowi.")
    assert [(e.target.country, e.target.sector, e.root) for e in events] == [("IDN", "GOV", "08")]


@pytest.mark.parametrize("text, expected", [
    ("Tiga pimpinan KPK mengembalikan mandat ke Presiden Jokowi.", {("JUD", "GOV", "14")}),
    ("Pimpinan KPK menyerahkan tanggung jawab pengelolaan KPK kepada Presiden Joko Widodo.", {("JUD", "GOV", "14")}),
    ("Pemerintah menyerahkan pengelolaan Blok Rokan kepada Pertamina.", set()),
])
def test_a_mandate_handed_back_is_a_protest_but_handing_over_a_business_is_not(coder, text, expected):
    assert {(e.source.sector, e.target.sector, e.root) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ('PBB mengecam "serangan sistematis" aparat keamanan Myanmar.', ("IGO", "MMR", "111")),
    ('Al-Assaf dari Arab Saudi mengutuk "eskalasi berbahaya" oleh Netanyahu.', ("SAU", "ISR", "111")),
])
def test_scare_quotes_around_the_object_do_not_end_the_clause(coder, text, expected):
    assert expected in _codes(_code(coder, text))


@pytest.mark.parametrize("text, expected, absent", [
    ('Negara kecil Afrika Sao Tome dan Principe merupakan yang pertama "membelot" dari Taipei dan memberikan '
     'pengakuan kepada China pada akhir 2016.', ("STP", "CHN", "054"), None),
    ('Pemerintah kota memicu kontroversi saat meminta polisi hutan menembak mati seekor magpie "monster" yang telah '
     'mengintimidasi penduduk selama bertahun-tahun.', None, "17"),
])
def test_a_verb_in_scare_quotes_keeps_its_subject_for_the_next_verb(coder, text, expected, absent):
    events = _code(coder, text)
    assert expected is None or expected in _codes(events)
    assert absent is None or absent not in {code for _, _, code in _codes(events, root=True)}


def test_a_speaker_who_says_when_he_last_met_someone_met_them(coder):
    events = _code(coder, "Duta Besar RI untuk Jerman, Arif Havas Oegroseno, mengatakan terakhir kali bertemu Habibie "
                          "pada November 2018.")
    assert ("IDN", "IDN", "04") in _codes(events, root=True)


def test_a_law_of_the_republic_is_not_the_republic(coder):
    events = _code(coder, "Polisi menjerat driver itu dengan Pasal 2 ayat (1) Undang - undang Republik Indonesia "
                          "Nomor 12 Tahun 1951 tentang Kepemilikan Senjata Tajam.")
    assert not any(e.target.text == "Republik Indonesia" for e in events)


def test_nobody_rejecting_is_not_a_rejection(coder):
    events = _code(coder, "Tak ada satupun fraksi yang menolak usulan pemerintah.")
    assert not any(e.root == "12" and e.modality in ("asserted", "claimed") for e in events)


def test_two_parties_failing_to_agree_fail_with_each_other(coder):
    events = _code(coder, "Palestinians and Israelis failed to reach agreement on Palestinian offices.", "en")
    assert {("PSE", "ISR"), ("ISR", "PSE")} <= {(e.source.country, e.target.country) for e in events if e.root == "12"}


def test_isis_belongs_to_the_country_the_article_places_it_in(coder):
    events = _code(coder, "Pasukan Afghanistan menyerang ISIS di Nangarhar, Afghanistan.")
    assert any(e.target.text == "ISIS" and e.target.country == "AFG" for e in events)


def test_a_sentence_opening_with_mereka_continues_the_group_named_before(coder):
    events = _code(coder, "Serangan itu membuat marah warga provinsi Nangarhar. "
                          "Mereka menuntut permintaan maaf dan kompensasi dari pemerintah AS.")
    assert any(e.source.text == "Mereka" and e.target.country == "USA" and e.root == "10" for e in events)


@pytest.mark.parametrize("link", ["Sebaliknya,", "Namun"])
def test_mereka_after_an_opening_link_is_the_country_that_opened_the_sentence_before(coder, link):
    events = _code(coder, "China mengatakan pihaknya berkomitmen pada pengaturan itu dan menyangkal campur tangan. "
                          f"{link} mereka menuduh kekuatan asing, khususnya Amerika Serikat dan Inggris, "
                          "mengobarkan kerusuhan.")
    assert {(e.source.country, e.target.country, e.root) for e in events if e.root == "11"} == {
        ("CHN", "USA", "11"), ("CHN", "GBR", "11")}


def test_kelompok_itu_is_the_armed_group_named_before(coder):
    events = _code(coder, "Trump mengakhiri pembicaraan damai dengan Taliban setelah kelompok tersebut mengaku "
                          "bertanggung jawab atas serangan yang menewaskan seorang tentara AS.")
    assert ("AFG", "USA", "19") in {(e.source.country, e.target.country, e.root) for e in events}


def test_the_group_is_the_armed_group_named_before(coder):
    events = _code(coder, "Hamas leaders met in Cairo. The group later fired rockets at Israel.", lang="en")
    assert ("PSE", "ISR", "19") in {(e.source.country, e.target.country, e.root) for e in events}


def test_a_passive_relative_clause_acts_on_what_yang_follows(coder):
    events = _code(coder, "Ibunya lahir di Hungaria dan ayahnya berasal dari Rumania, yang ditangkap oleh pihak "
                          "berwenang Inggris karena menyelundup.")
    assert not any(e.root == "17" and e.target.country == "HUN" for e in events)
    events = _code(coder, "Polisi Jerman menangkap dua warga Suriah, yang dituduh oleh jaksa merencanakan serangan.")
    assert ("DEU", "SYR", "173") in _codes(events)


def test_companies_named_in_political_news_are_actors(coder):
    events = _code(coder, "Huawei membantah tuduhan Amerika Serikat.")
    assert any(e.source.country == "CHN" and e.source.sector == "BUS" and e.target.country == "USA" for e in events)


# One dyad each sentence must yield: (source, target, CAMEO code); each case names the behaviour it checks.
@pytest.mark.parametrize("text, lang, expected", [
    pytest.param("The PLO said it would boycott all official contact with the United States.", "en",
                 ("PSE", "USA", "1312"), id="official-as-adjective-is-no-actor"),
    pytest.param("Qatar's emir called Iranian President Hassan Rouhani to discuss regional tensions.", "en",
                 ("QAT", "IRN", "041"), id="a-call-to-discuss-is-a-phone-call"),
    pytest.param("The United States called on Russia to discuss the crisis.", "en", ("USA", "RUS", "020"),
                 id="called-on-to-discuss-is-an-appeal"),
    pytest.param("The opposition urged Malaysia's prime minister to step down.", "en", ("MYS", "MYS", "0241"),
                 id="an-object-opening-with-to"),
    pytest.param("Two Palestinian suicide bombers killed 23 people in Tel Aviv.", "en", ("PSE", "ISR", "1823"),
                 id="people-counted-in-a-place-are-its-people"),
    pytest.param("Taliban menewaskan 30 orang di Kabul.", "id", ("AFG", "AFG", "190"), id="orang-di-tempat"),
    pytest.param("The Sudanese government accused Eritrea of supporting rebels in eastern Sudan.", "en",
                 ("ERI", "SDN", "070"), id="backing-rebels-is-aid"),
    pytest.param("Rusia Kecam Serangan AS ke Suriah", "id", ("RUS", "USA", "111"), id="condemning-an-attack-s-author"),
    pytest.param("The Japanese government protested strongly to Beijing after Chinese ships entered Japanese waters.",
                 "en", ("JPN", "CHN", "114"), id="protested-strongly-to"),
    pytest.param("Menteri Luar Negeri Malaysia Saifuddin Abdullah menyerahkan nota protes kepada Duta Besar Indonesia.",
                 "id", ("MYS", "IDN", "114"), id="a-protest-note-handed-over"),
    pytest.param("Menteri Luar Negeri Retno Marsudi menyampaikan keprihatinan atas situasi kemanusiaan di Rakhine.",
                 "id", ("IDN", "MMR", "012"), id="concern-over-a-situation-in-a-place"),
    pytest.param("Japan protested to China over the detention of four Japanese nationals.", "en",
                 ("JPN", "CHN", "114"), id="a-complaint-over-one-s-own-nationals-is-to-the-addressee"),
    pytest.param("Tokyo lodged a formal protest with Beijing over the detention of a Japanese businessman.", "en",
                 ("JPN", "CHN", "114"), id="a-complaint-over-one-s-own-businessman-is-to-the-addressee"),
    pytest.param("Polisi menangkap 20 perusuh di Wamena.", "id", ("IDN", "IDN", "173"), id="rioters-arrested"),
    pytest.param("Tiga warga negara Indonesia diculik kelompok Abu Sayyaf di perairan Sabah, Malaysia.", "id",
                 ("PHL", "IDN", "181"), id="a-passive-agent-after-kelompok"),
    pytest.param("Aktivis akan berkumpul di depan gedung konsulat Inggris di Hong Kong untuk mendesak Inggris.", "id",
                 ("HKG", "GBR", "020"), id="a-building-one-gathers-at-is-no-subject"),
    pytest.param("Serb forces shelled the Moslem enclave of Srebrenica on Tuesday.", "en", ("SRB", "BIH", "194"),
                 id="the-enclave-of-a-town-shelled"),
    pytest.param("Armed men kidnapped a Chinese engineer in southern Pakistan.", "en", ("PAK", "CHN", "181"),
                 id="armed-men"),
    pytest.param("Russia said its forces had killed 20 militants in Syria.", "en", ("RUS", "SYR", "190"),
                 id="its-forces-are-the-owner-s"),
    pytest.param("Cuban authorities jailed 75 dissidents after summary trials.", "en", ("CUB", "CUB", "173"),
                 id="dissidents-jailed"),
    pytest.param("The Sudanese government and southern rebels resumed peace talks in Kenya on Monday.", "en",
                 ("SDN", "SDN", "046"), id="an-adjective-between-and-and-an-actor"),
    pytest.param("The Philippine government and Muslim rebels signed a peace agreement in Kuala Lumpur.", "en",
                 ("PHL", "PHL", "057"), id="a-faith-between-and-and-an-actor"),
    pytest.param("The Libyan rebels captured the oil town of Brega from Gaddafi forces.", "en", ("LBY", "LBY", "192"),
                 id="a-town-named-like-a-person-s-surname"),
    pytest.param("Armenian and Azerbaijani forces exchanged fire along the border.", "en", ("ARM", "AZE", "190"),
                 id="exchanged-fire"),
    pytest.param("Pakistani troops fired mortar shells across the Line of Control into Indian Kashmir.", "en",
                 ("PAK", "IND", "194"), id="shells-fired-across-a-border"),
    pytest.param("A minefield explosion near the town of Samarra killed two Iraqi youths.", "en",
                 ("IRQ", "IRQ", "1823"), id="unidentified-attackers-on-their-own-country-s-people"),
    pytest.param("Thousands of Sudanese demonstrators marched in Khartoum demanding civilian rule.", "en",
                 ("SDN", "SDN", "141"), id="civilian-rule-is-no-actor"),
    pytest.param("Nigeria announced on Monday that it will withdraw its peacekeeping force from Chad unless the "
                 "rebels agree to a ceasefire.", "en", ("NGA", "TCD", "130"),
                 id="pronoun-after-said-that-unless-threat"),
    pytest.param("Vietnamese forces shelled Kampuchean guerrillas.", "en", ("VNM", "KHM", "194"),
                 id="historical-country-name"),
    pytest.param("Egyptian President Hosni Mubarak said here Wednesday that the US must be ready to mediate "
                 "between Israelis and Palestinians.", "en", ("EGY", "USA", "100"),
                 id="known-surname-after-unknown-first-name"),
    pytest.param("The United States will not allow Iran to enrich uranium unless it signs the protocol.", "en",
                 ("USA", "IRN", "130"), id="refusal-on-a-condition-is-a-threat"),
    pytest.param("Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in "
                 "Iraq.", "en", ("PAK", "IRQ", "120"), id="apposition-skipped-en"),
    pytest.param("Indonesia, salah satu sekutu AS, menolak mengirim pasukan ke Irak.", "id", ("IDN", "IRQ", "120"),
                 id="apposition-skipped-id"),
    pytest.param("Israel has strengthened its forces in Lebanon.", "en", ("ISR", "LBN", "154"),
                 id="forces-strengthened-in-a-place"),
    pytest.param("Britain mobilized army reservists for a possible war against Iraq.", "en", ("GBR", "IRQ", "154"),
                 id="own-forces-are-the-object"),
    pytest.param("Italy announced a suspension of air links with Serbia on Wednesday.", "en", ("ITA", "SRB", "163"),
                 id="air-link-suspension"),
    pytest.param("Red Cross officials suspended aid deliveries in Baghdad on Wednesday.", "en", ("IGO", "IRQ", "162"),
                 id="aid-cut-in-a-place"),
    pytest.param("Britain's foreign secretary said on Friday that the Sudanese government and the rebels in Darfur "
                 "must reach an agreement.", "en", ("GBR", "SDN", "100"), id="must-government-and-the-rebels"),
    pytest.param("The United States speeded up the withdrawal of some invasion forces from Panama on Wednesday.", "en",
                 ("USA", "PAN", "0874"), id="withdrawal-of-own-invasion-forces"),
    pytest.param("The International Labour Office reiterated its demand today that Israel ease restrictions on "
                 "Palestinian workers.", "en", ("IGO", "ISR", "100"), id="reiterated-demand-that"),
    pytest.param("President Bouteflika said he is prepared to lift the ban on the Islamic Salvation Front.", "en",
                 ("DZA", "DZA", "030"), id="ready-to-lift-a-ban-on-a-party"),
    pytest.param("The US Congress agreed to lift embargoes on sales to Iran, Libya, North Korea, Sudan, and with strings "
                 "attached, Cuba.", "en", ("USA", "PRK", "0354"), id="comma-list-of-countries"),
    pytest.param("Algerian Islamic fundamentalists continued their hunger strike to demand the resignation of "
                 "President Abdelaziz Bouteflika.", "en", ("DZA", "DZA", "142"), id="fundamentalists-hunger-strike"),
    pytest.param("Ibo traditional elders in Nigeria have demanded that Nigerian politicians step aside.", "en",
                 ("NGA", "NGA", "100"), id="elders-demand"),
    pytest.param("China mengimplementasikan secara penuh sanksi Perserikatan Bangsa-Bangsa terhadap Korut.", "id",
                 ("IGO", "PRK", "163"), id="owner-of-sanctions-applied-by-another"),
    pytest.param("Amerika Serikat memperingatkan, pihaknya siap menggunakan kekuatan paksa terhadap Pyongyang.", "id",
                 ("USA", "PRK", "1384"), id="ready-to-use-force-is-a-threat"),
    pytest.param("Pemimpin delegasi Taliban dalam pembicaraan dengan Amerika Serikat, Stanikzai mengatakan, pihaknya "
                 "siap untuk berperang 100 tahun lagi dengan AS.", "id", ("AFG", "USA", "1384"),
                 id="their-side-is-the-subjects-not-the-partner-in-a-phrase"),
    # "dia" after "dan" is the person just named in the sentence, and opens its own clause
    pytest.param("Presiden Jokowi tiba di Bogor. \"Saya telah membahas hal ini dengan Perdana Menteri Malaysia dan dia "
                 "telah setuju menulis surat kepada Presiden Jokowi,\" kata Yeo.", "id", ("MYS", "IDN", "040"),
                 id="pronoun-after-and-is-the-person-just-named"),
    # "dirinya" as the object of a clause another actor is the subject of is the one who reports it
    pytest.param("Trump Sebut Pemimpin Iran Ingin Temui Dirinya", "id", ("IRN", "USA", "036"),
                 id="herself-in-a-reported-clause-is-the-reporter"),
    # a passive whose subject is the thing offered: the recipient follows the agent
    pytest.param("Kerja sama itu ditawarkan Indonesia kepada Nauru.", "id", ("IDN", "NRU", "030"),
                 id="passive-offer-names-the-recipient-after-the-agent"),
    # the one a copula names ("X adalah orang yang memerintahkan …") did it
    pytest.param("Pemimpin Hong Kong ini adalah orang yang memerintahkan penembakan gas air mata ke demonstran.", "id",
                 ("HKG", "HKG", "175"), id="a-copula-names-the-one-who-did-it"),
    pytest.param("Sekitar 14 ribu pasukan AS bertugas di Afganistan, melatih dan memberikan pengarahan kepada pasukan "
                 "keamanan Afganistan.", "id", ("USA", "AFG", "062"), id="training-a-partners-forces"),
    pytest.param("Tentara India bentrok dengan pasukan Pakistan di perbatasan.", "id", ("IND", "PAK", "190"),
                 id="armed-clash-is-fighting"),
    pytest.param("Sebuah organisasi lokal pencarian orang hilang di Meksiko meminta pemerintah Meksiko mengirim spesialis.",
                 "id", ("MEX", "MEX", "020"), id="local-organisation-asks-government"),
    pytest.param("The military government declared a 30-day state of siege in Haiti on Saturday.", "en",
                 ("HTI", "HTI", "1724"), id="military-government-declares-state-of-siege"),
    pytest.param("Three US servicemen were killed by an improvised explosive device outside of the Iraqi city of "
                 "Basra.", "en", ("IRQ", "USA", "1823"), id="unidentified-bombers-take-the-place-country"),
    pytest.param("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", "en",
                 ("IRQ", "USA", "1823"), id="a-bombing-kills"),
    # the killing shares the subject of "bombed", and is that air strike (195)
    pytest.param("Israeli warplanes bombed Hamas positions in Gaza on Sunday, killing three Palestinian civilians.",
                 "en", ("ISR", "PSE", "195"), id="participle-shares-the-clause-subject"),
    pytest.param("Serbia eased emergency measures in Montenegro as authorities in Croatia cracked down on Serbian "
                 "nationalists.", "en", ("HRV", "SRB", "175"), id="authorities-in-a-country"),
    pytest.param("Sudan's government on Sunday lifted a state of emergency in West Darfur.", "en", ("SDN", "SDN", "0814"),
                 id="a-state-acts-on-its-own-region"),
    pytest.param("Germany opened a criminal investigation into Russia.", "en", ("DEU", "RUS", "091"),
                 id="a-longer-phrase-wins-over-a-verb-with-its-object"),
    pytest.param("The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid.", "en",
                 ("IGO", "CIV", "070"), id="gave-aid-with-a-sum-between"),
    pytest.param("Dalam putusannya, hakim Cepi menyatakan penetapan tersangka Novanto oleh KPK tidak sah.", "id",
                 ("IDN", "IDN", "173"), id="an-act-done-to-someone-by-someone"),
    pytest.param("Lebanon complained to the United Nations on Tuesday over two Israeli air raids last Friday.", "en",
                 ("LBN", "ISR", "114"), id="complaint-against-whom-it-is-about"),
    pytest.param("Amerika Serikat berperang di Afghanistan selama 18 tahun.", "id", ("USA", "AFG", "190"),
                 id="war-in-a-place"),
    pytest.param("Israeli tanks fired shells at targets in Jericho, witnesses said.", "en", ("ISR", "PSE", "194"),
                 id="shelling-targets-in-a-place"),
    pytest.param("Turkey will allow up to 13,000 Turkish Kurd refugees to return home.", "en", ("TUR", "TUR", "0355"),
                 id="an-unknown-people-between-adjective-and-agent"),
    pytest.param("President Abdelaziz Bouteflika threatened to institute a curfew in Algiers.", "en",
                 ("DZA", "DZA", "130"), id="threat-of-a-measure-on-a-city-at-home"),
    pytest.param("About 200 supporters of former President Ahmed Ben Bella blocked roads in the capital city of "
                 "Algiers.", "en", ("DZA", "DZA", "144"), id="supporters-of-a-leader-protest"),
    pytest.param("Amerika Serikat memberikan bantuan militer kepada Israel.", "id", ("USA", "ISR", "072"),
                 id="the-kind-of-aid-given-wins-over-aid-in-general"),
    pytest.param("Pertarungan antara pasukan Suriah dan pemberontak terus berlanjut.", "id", ("SYR", "SYR", "190"),
                 id="a-fight-between-two-sides"),
    pytest.param("Afganistan mengirim pasukan untuk memukul mundur Taliban dari wilayah itu.", "id", ("AFG", "AFG", "190"),
                 id="repelling-is-fighting-not-a-beating"),
    pytest.param("KPK menggelar operasi tangkap tangan terhadap Bupati Kudus.", "id", ("IDN", "IDN", "173"),
                 id="a-sting-arrest-by-the-anticorruption-agency"),
    # vowing to leave an organisation threatens it (dev gold: 1313); formally leaving it reduces relations
    pytest.param("Perdana Menteri Inggris Boris Johnson telah berjanji meninggalkan Uni Eropa dengan atau tanpa "
                 "kesepakatan.", "id", ("GBR", "IGO", "1313"), id="vowing-to-leave-the-eu-is-a-threat"),
    pytest.param("Pada 2008, Indonesia mengajukan pengunduran diri dari OPEC.", "id", ("IDN", "IGO", "160"),
                 id="leaving-opec"),
    pytest.param("Malaysia menyatakan siap membahas kabut asap bersama Indonesia.", "id", ("MYS", "IDN", "036"),
                 id="ready-to-discuss-something-together-with"),
    pytest.param("Presiden Amerika Serikat (AS) Donald Trump dan Perdana Menteri Jepang Shinzo Abe melakukan olahraga "
                 "golf bersama pada Sabtu (11/2).", "id", ("JPN", "USA", "040"), id="leaders-golf-together"),
    pytest.param("Serbia lodged an official protest with Albania, charging its neighbor with supporting dissidents.",
                 "en", ("SRB", "ALB", "112"), id="its-neighbor-after-with-is-the-one-addressed"),
    pytest.param("Dalam pembicaraan itu, Trump menegaskan Washington siap bekerja sama dengan Kerajaan Arab Saudi "
                 "untuk mendukung keamanan dan stabilitas negara itu.", "id", ("USA", "SAU", "032"),
                 id="negara-itu-after-dengan-is-the-one-addressed"),
    pytest.param("India held a new round of talks with China.", "en", ("IND", "CHN", "040"),
                 id="a-round-of-talks-is-the-subjects-own"),
    pytest.param("India and China held border talks.", "en", ("IND", "CHN", "040"), id="talks-named-by-their-topic"),
    pytest.param("Russia launched a wave of attacks on Ukraine.", "en", ("RUS", "UKR", "190"),
                 id="a-wave-of-attacks"),
    # a government's protest to another is an official complaint (114), not dissent (140)
    pytest.param("The Philippines protested China's deployment of ships near Second Thomas Shoal.", "en",
                 ("PHL", "CHN", "114"), id="a-governments-protest-is-a-complaint"),
    pytest.param("Kementerian Luar Negeri Indonesia memprotes China atas masuknya kapal ikan ke Natuna.", "id",
                 ("IDN", "CHN", "114"), id="a-ministrys-protest-is-a-complaint"),
    pytest.param("The EU's top diplomat criticised Israel's settlement expansion.", "en", ("IGO", "ISR", "111"),
                 id="an-organisations-top-official"),
    # drills held together are military cooperation (062); held around another, a show of force (150)
    pytest.param("Russia and China held military drills.", "en", ("RUS", "CHN", "062"), id="drills-held-together"),
    pytest.param("Rusia dan China menggelar latihan militer di Laut Jepang.", "id", ("CHN", "RUS", "062"),
                 id="latihan-militer-bersama"),
    pytest.param("China held war games around Taiwan.", "en", ("CHN", "TWN", "150"), id="war-games-around-another"),
    pytest.param("Saudi-led coalition warplanes bombed Houthi positions in Yemen's capital Sanaa.", "en",
                 ("SAU", "YEM", "195"), id="the-warplanes-of-a-coalition-led-by-a-country"),
    pytest.param("Russia's foreign ministry said in a statement that it had summoned the U.S. ambassador.", "en",
                 ("RUS", "USA", "114"), id="it-after-said-in-a-statement-that"),
    pytest.param("Trump mengakui Yerusalem sebagai ibu kota Israel.", "id", ("USA", "ISR", "054"),
                 id="recognising-a-city-as-a-countrys-capital"),
    pytest.param("Three Turkish soldiers were killed in an attack by PKK militants in northern Iraq, the defence "
                 "ministry said.", "en", ("TUR", "TUR", "1823"), id="killed-in-an-attack-by"),
    pytest.param("Turkey's offensive against Kurdish militants in Syria drew criticism from Washington.", "en",
                 ("USA", "TUR", "111"), id="criticism-drawn-by-an-offensive-against-a-people"),
    pytest.param("North Korea has threatened the South with nuclear strikes.", "en", ("PRK", "KOR", "130"),
                 id="the-south-in-a-story-of-the-koreas"),
    pytest.param("Niger's army seized power. France suspended all aid to the country.", "en", ("FRA", "NER", "162"),
                 id="the-country-named-with-its-army-before"),
    pytest.param("Militer Myanmar membakar desa-desa warga Rohingya.", "id", ("MMR", "MMR", "1712"),
                 id="burning-villages"),
    pytest.param("Massa membakar pos polisi di Wamena.", "id", ("IDN", "IDN", "145"), id="a-crowd-burning-a-police-post-riots"),
    pytest.param("Pengunjuk rasa membakar gedung parlemen Nepal di Kathmandu.", "id", ("NPL", "NPL", "145"),
                 id="protesters-burning-parliament-riot"),
    pytest.param("Amerika Serikat mengirim rudal jarak jauh ke Ukraina.", "id", ("USA", "UKR", "072"),
                 id="weapons-sent-to-a-country-past-their-description"),
    pytest.param("Pakistan menurunkan level hubungan dengan India.", "id", ("PAK", "IND", "160"),
                 id="downgrading-the-level-of-relations"),
    # diplomatic relations reduced: CAMEO's 161 ("reduce or break diplomatic relations")
    pytest.param("Pakistan menurunkan level hubungan diplomatik dengan India.", "id", ("PAK", "IND", "161"),
                 id="downgrading-diplomatic-relations"),
    pytest.param("Belanda menyerahkan jet tempur F-16 kepada Ukraina.", "id", ("NLD", "UKR", "072"),
                 id="fighter-jets-handed-over"),
    pytest.param("AS Tarik Pasukan dari Suriah Utara", "id", ("USA", "SYR", "0874"),
                 id="a-withdrawal-from-a-countrys-region"),
    pytest.param("Iran Tahan Kapal Tanker Inggris di Selat Hormuz", "id", ("IRN", "GBR", "1711"),
                 id="a-headlines-bare-seizure-of-a-tanker"),
    pytest.param("President Macron called Putin to urge a ceasefire.", "en", ("FRA", "RUS", "041"),
                 id="a-call-to-urge-is-a-phone-call"),
    pytest.param("Egypt brokered a truce between Israel and Islamic Jihad.", "en", ("EGY", "PSE", "045"),
                 id="brokering-a-truce-between"),
    pytest.param("Ethiopian troops captured the town of Shire from Tigrayan forces.", "en", ("ETH", "ETH", "192"),
                 id="a-town-taken-from-an-armed-group"),
    pytest.param("Iran released five detained Americans.", "en", ("IRN", "USA", "0841"),
                 id="a-participle-before-a-noun-is-an-adjective"),
    pytest.param("Russia released 20 captured Ukrainian soldiers.", "en", ("RUS", "UKR", "0841"),
                 id="captured-soldiers-released"),
    pytest.param("Sebanyak 90 WNI yang dideportasi dari Arab Saudi tiba di Bandara Soekarno-Hatta.", "id",
                 ("SAU", "IDN", "174"), id="deported-from-a-country-by-its-state"),
    pytest.param("Forty Nigerian migrants deported from Libya arrived in Lagos.", "en", ("LBY", "NGA", "174"),
                 id="deported-from-a-country-by-its-state-en"),
    pytest.param("Japan handed over three patrol vessels to the Vietnamese coast guard.", "en", ("JPN", "VNM", "072"),
                 id="patrol-vessels-handed-over"),
    pytest.param("Eritrea cancelled high-level talks with Ethiopia.", "en", ("ERI", "ETH", "164"),
                 id="high-level-talks-called-off"),
    pytest.param("Uzbekistan put its border troops on heightened alert along the border with Afghanistan.", "en",
                 ("UZB", "AFG", "152"), id="heightened-alert"),
    pytest.param("Indian and Pakistani troops exchanged mortar fire across the Line of Control.", "en",
                 ("IND", "PAK", "190"), id="mortar-fire-exchanged"),
    pytest.param("Menlu Retno menerima Perdana Menteri Fiji di Gedung Pancasila.", "id", ("IDN", "FJI", "043"),
                 id="a-leader-received"),
])
def test_dyads(coder, text, lang, expected):
    assert expected in _codes(_code(coder, text, lang))


def test_a_participle_after_an_adverb_before_a_noun_is_an_adjective(coder):
    events = _code(coder, "Libya's internationally recognised government asked Turkey for military support.", "en")
    assert {(e.source.country, e.target.country, e.root) for e in events} == {("LBY", "TUR", "02")}


@pytest.mark.parametrize("text, expected", [
    ("Macron and Merkel discussed Libya on Monday.", {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}),
    ("French President Emmanuel Macron and his German counterpart Angela Merkel discussed Libya on Monday.",
     {("FRA", "DEU", "04"), ("DEU", "FRA", "04")}),
    ("Macron discussed Libya with Merkel on Monday.", {("FRA", "DEU", "04")}),
])
def test_a_country_discussed_is_a_topic_and_the_partners_are_the_subjects_or_follow_with(coder, text, expected):
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text, "en")} == expected


def test_rioters_not_the_city_are_fought(coder):
    events = _code(coder, "Greek riot police clashed with anarchists in central Athens.", "en")
    assert {(e.target.text, e.target.sector) for e in events} == {("anarchists", "CVL")}


@pytest.mark.parametrize("text", [
    "Pemerintah Iran sempat memblokir penggunaan aplikasi Telegram saat krisis politik.",  # dev gold: warga Iran
    "Pemerintah masih memblokir internet di empat kabupaten di Papua.",
])
def test_restricting_freedoms_without_a_named_target_is_done_to_the_states_people(coder, text):
    events = _code(coder, text)
    assert {(e.source.country, e.source.sector, e.target.country, e.target.sector, e.cameo) for e in events
            if e.cameo == "1721"} in ({("IRN", "GOV", "IRN", "CVL", "1721")}, {("IDN", "GOV", "IDN", "CVL", "1721")})


def test_a_curfew_with_no_one_named_is_laid_on_the_states_people(coder):
    events = _code(coder, "Pemerintah Sri Lanka memberlakukan jam malam di seluruh negeri.")
    assert {(e.source.sector, e.target.country, e.target.sector, e.cameo) for e in events} == {
        ("GOV", "LKA", "CVL", "1723")}


@pytest.mark.parametrize("text, lang", [
    ("Pemerintah Sri Lanka mencabut status darurat yang diberlakukan setelah serangan bom Paskah.", "id"),
    ("The government of Sri Lanka lifted the state of emergency imposed after the Easter bombings.", "en"),
])
def test_a_state_of_emergency_lifted_with_no_one_named_is_lifted_for_the_states_people(coder, text, lang):
    assert {(e.source.sector, e.target.country, e.target.sector, e.cameo) for e in _code(coder, text, lang)} == {
        ("GOV", "LKA", "CVL", "0814")}


@pytest.mark.parametrize("text, expected", [
    ("Menurut jaksa, Rommy menerima suap itu bersama Menteri Agama Lukman Hakim Saifuddin.", ("JUD", "Rommy")),  # dev
    ("KPK juga menyangka Menpora Imam Nahrawi menerima uang sejumlah Rp 11,8 miliar.", ("JUD", "Menpora Imam Nahrawi")),
])
def test_an_authority_saying_someone_took_bribes_accuses_them_of_corruption(coder, text, expected):
    events = _code(coder, text)
    assert {(e.source.sector, e.target.text) for e in events if e.cameo == "1121"} == {expected}
    assert not [e for e in _code(coder, "Warga menerima uang bantuan dari pemerintah.") if e.cameo == "1121"]


@pytest.mark.parametrize("text, expected", [
    # whose bill one rejects or backs: the state's, unless the sentence names its author (dev gold: IDN→IDN 12)
    ("Para awak KPK menolak revisi UU KPK.", ("KPK", "GOV", "120")),
    ("Ribuan mahasiswa menolak rencana pengesahan RKUHP.", ("mahasiswa", "GOV", "120")),
    ("Muhammadiyah mendukung revisi UU KPK yang diusulkan DPR.", ("Muhammadiyah", "LEG", "051")),
    ("Parlemen Kanada menolak kesepakatan dagang itu.", ("Parlemen Kanada", "GOV", "127")),  # a deal: the cabinet's
])
def test_rejecting_or_backing_a_bill_is_towards_its_author(coder, text, expected):
    assert {(e.source.text, e.target.sector, e.cameo) for e in _code(coder, text)} == {expected}


def test_a_state_rejecting_a_bill_names_no_author(coder):
    assert not _code(coder, "Hong Kong menentang RUU ekstradisi.")
    assert not _code(coder, "Yorrys dianggap melanggar kesepakatan rapat Partai Golkar.")  # a breach wrongs no author


def test_military_as_an_adjective_names_no_actor(coder):
    # PLOVER gold AGREE-0026: the equipment is no military that seized anything from the peacekeepers
    events = _code(coder, "The rebel Revolutionary United Front announced it will return weapons and military "
                          "equipment seized last year from United Nations peacekeepers.", "en")
    assert not [e for e in events if e.source.sector == "MIL"]


@pytest.mark.parametrize("text, lang, target", [
    ("Young Algerians blocked roads in Algiers on Sunday to press their demands for greater freedom from "
     "President Bouteflika's government.", "en", "DZA"),
    ("Egyptian demonstrators staged a demonstration calling for the removal of President Hosni Mubarak.", "en", "EGY"),
    ("Demonstrators in Baghdad blocked a road to show their disapproval for the United States' military policies.",
     "en", "USA"),
    ("Ribuan mahasiswa Indonesia menggelar aksi unjuk rasa menuntut Presiden Jokowi membatalkan revisi UU KPK.",
     "id", "IDN"),
])
def test_what_a_protest_demands_is_its_content_not_a_second_event(coder, text, lang, target):
    roots = {e.root for e in _code(coder, text, lang) if e.target.country == target}
    assert "14" in roots and not roots & {"02", "10", "11"}


def test_an_honorific_in_capitals_is_not_a_known_surname(coder):
    text = ("The Interior Minister of Pakistan allowed the opposition to bring out the Shan-e-Mustafa (SAW) "
            "rally in Islamabad.")
    assert {e.source.country for e in _code(coder, text, "en")} <= {"PAK"}


def test_who_acts_in_a_purpose_clause(coder):
    # the visitor mediates; but whoever is urged to act is the one who acts
    visit = _code(coder, "The Gambian president will visit Mauritania and Senegal to mediate in a border dispute "
                         "between the two neighbours.", "en")
    assert not {("MRT", "SEN"), ("SEN", "MRT")} & {(e.source.country, e.target.country) for e in visit}
    urged = _code(coder, "China urged Japan to support Vietnam.", "en")
    assert ("JPN", "VNM", "05") in _codes(urged, root=True)


def test_an_event_word_naming_a_kind_of_force_is_not_an_event(coder):
    events = _code(coder, "The United States speeded up the withdrawal of some invasion forces from Panama.", "en")
    assert {e.root for e in events} == {"08"}


def test_an_international_venue_is_where_not_whom(coder):
    events = _code(coder, "Trump Klaim Presiden Iran Ingin Bertemu di Sidang Majelis PBB")
    assert not [e for e in events if e.target.country == "IGO"]


def test_a_verb_form_naming_a_place_is_not_an_event(coder):
    events = _code(coder, "East Timorese prisoners rioted at a jail in Dili on Monday.", "en")
    assert "17" not in {e.root for e in events}


def test_the_subject_of_a_treaty_is_not_a_second_event(coder):
    events = _code(coder, "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of "
                          "friendship and cooperation.", "en")
    assert {e.cameo for e in events} == {"057"}


def test_the_target_of_a_verb_with_its_object_is_not_past_the_object(coder):
    text = "Militan ISIS menjadikan mereka sebagai tameng menghadapi serangan militer Irak."
    assert not [e for e in _code(coder, text) if e.cameo == "184" and e.target.country == "IRQ"]


def test_a_claim_of_responsibility_points_at_who_died_in_the_attack(coder):
    text = ("Tiga tentara Amerika Serikat tewas dalam sebuah serangan di timur Afghanistan. "
            "Taliban mengaku bertanggung jawab atas serangan tersebut.")
    assert ("AFG", "USA", "015") in _codes(_code(coder, text))


@pytest.mark.parametrize("text, victim", [
    ("Para pegiat antikorupsi menolak pelemahan KPK.", "KPK"),
    ("Pengadilan Menolak Keputusan Pembekuan Parlemen Inggris", "Parlemen"),  # the decision to suspend it
])
def test_rejecting_a_harm_done_to_an_actor_does_not_target_it(coder, text, victim):
    events = _code(coder, text)
    assert not [e for e in events if e.root == "12" and victim in e.target.text]


def test_both_countries_are_states_not_a_territory_named_since(coder):
    text = ("Inggris dan China berunding soal masa depan Hong Kong. "
            "Kedua negara meneken perjanjian pada 1984.")
    pairs = {(e.source.country, e.target.country) for e in _code(coder, text) if e.cameo == "057"}
    assert ("GBR", "CHN") in pairs and not any("HKG" in p for p in pairs)


def test_both_countries_are_states_not_a_rebel_group_named_since(coder):
    from peristiwa.records import Article
    text = ("Amerika Serikat dan Arab Saudi bersekutu. Kelompok Houthi membantah. "
            "Kedua negara bersekutu ini malah menuding Iran sebagai pelaku penyerangan.")
    doc = coder.analyse(Article(id="t", text=text, lang="id", date="2019-09-20"))
    both = next(m for m in doc.sentences[2].mentions if m.text == "Kedua negara")
    assert {both.country} | {m.country for m in both.also} == {"USA", "SAU"}


def test_violence_by_a_named_actor_is_not_unidentified(coder):
    events = _code(coder, "Taliban fighters killed two US soldiers with a roadside bomb in Kandahar.", "en")
    assert {(e.source.country, e.target.country) for e in events if e.root == "18"} == {("AFG", "USA")}
    assert not [e for e in events if e.source.text.startswith("unidentified")]


@pytest.mark.parametrize("text, wrong", [
    ("Pentagon: Serangan Terhadap Fasilitas Minyak Saudi Sangat Canggih", "USA"),  # a headline's speaker
    ("Kelompok bersenjata Rohingya disebut pemerintah Myanmar menyerang sejumlah pos polisi.", "MMR/GOV"),
    # who comments on "the case of" an attack did not commit it
    ("Penasihat Presiden Jokowi memberi pendapat terkait kasus penyerangan terhadap penyidik KPK.", "IDN/GOV"),
])
def test_who_only_speaks_about_an_act_is_not_its_source(coder, text, wrong):
    sources = {e.source.country for e in _code(coder, text) if e.root in ("18", "19")}
    sources |= {f"{e.source.country}/{e.source.sector}" for e in _code(coder, text) if e.root in ("11", "18", "19")}
    assert wrong not in sources


def test_an_act_named_with_oleh_is_the_agents(coder):
    events = _code(coder, "Dalam putusannya, hakim Cepi menyatakan penetapan tersangka Novanto oleh KPK tidak sah.")
    assert [(e.source.text, e.target.text) for e in events] == [("KPK", "Novanto")]


def test_ia_may_point_back_to_a_name_the_lexicon_does_not_know(coder):
    text = ("Pakar HAM PBB melakukan pembelaan terhadap Veronica Koman. "
            "Ia telah dinyatakan sebagai tersangka oleh para pejabat Indonesia.")
    charged = [e for e in _code(coder, text) if e.root == "17"]
    assert charged and charged[0].target.text == "Ia" and charged[0].source.country == "IDN"


def test_a_blockade_to_demand_something_is_one_event(coder):
    text = "Radical French farmers blockaded Paris on Monday to demand an end to the European Union's farm reform."
    roots = {e.root for e in _code(coder, text, "en")}
    assert "10" not in roots


def test_a_people_named_by_two_adjectives_belongs_to_the_first_country(coder):
    doc = coder.analyse(Article(id="t", text="Bosnian Serbs shelled the town of Gorazde.", lang="en", date="1994-04-10"))
    assert [(m.text, m.country) for m in doc.sentences[0].mentions if not m.location] == [("Bosnian Serbs", "BIH")]


def test_an_attack_that_goes_on_in_the_region_named_before(coder):
    text = ("Pasukan Suriah menggempur Provinsi Idlib pekan ini. "
            "Serangan udara Rusia terus berlanjut di wilayah itu meskipun ada gencatan senjata.")
    assert ("RUS", "SYR", "19") in _codes(_code(coder, text), root=True)


def test_a_passive_subject_may_be_owned_by_its_victims(coder):
    text = "A temporary camp for Congolese refugees was attacked by Burundian militiamen armed with machetes."
    assert ("BDI", "COD") in {(e.source.country, e.target.country) for e in _code(coder, text, "en")}


def test_a_participle_after_a_clause_with_no_event_is_done_by_the_sentences_subject(coder):
    text = "Ethiopia's prime minister ordered troops to the border with Eritrea on Monday, accusing Asmara of arming rebels."
    events = _code(coder, text, "en")
    assert {(e.source.country, e.source.sector, e.target.country, e.root) for e in events} == {
        ("ETH", "GOV", "ERI", "15"), ("ETH", "GOV", "ERI", "11")}


def test_a_new_state_is_coded_only_from_its_independence(coder):
    text = "Sudanese rebels shelled the southern regional capital Juba on Sunday, killing about 20 people."
    old = coder.extract(Article(id="t", text=text, lang="en", date="1988-05-02")).events
    new = coder.extract(Article(id="t", text=text, lang="en", date="2014-05-02")).events
    assert ("SDN", "SDN") in {(e.source.country, e.target.country) for e in old}
    assert ("SDN", "SSD") in {(e.source.country, e.target.country) for e in new}


def test_a_country_adjective_before_town_or_city_names_a_place(coder):
    doc = coder.analyse(Article(id="t", text="Three US servicemen were killed outside the Iraqi city of Basra.",
                                lang="en", date="2005-01-01"))
    assert [m.location for m in doc.sentences[0].mentions if m.text == "Iraqi"] == [True]


def test_an_act_named_twice_by_verb_and_object_is_one_event(coder):
    text = "The United Nations will provide nearly 25,000 tons of emergency food aid to refugees in Liberia."
    assert [e.root for e in _code(coder, text, "en") if e.modality == "asserted"] == ["03"]


def test_in_his_country_is_the_subjects_own_country(coder):
    text = "Perdana Menteri Malaysia Mahathir Mohamad mengkritik suku Melayu di negaranya."
    assert {(e.source.country, e.target.country) for e in _code(coder, text)} == {("MYS", "MYS")}


@pytest.mark.parametrize("text, company", [
    ("Kementerian Perhubungan berkoordinasi dengan PT Kereta Api Indonesia.", "PT Kereta Api Indonesia"),
    ("Warga menolak pendirian pabrik Semen Indonesia.", "Semen Indonesia"),  # known without "PT"
])
def test_a_company_named_after_the_country_is_a_company(coder, text, company):
    events = _code(coder, text)
    assert [(e.target.text, e.target.sector) for e in events] == [(company, "BUS")]


@pytest.mark.parametrize("word", ["guna", "untuk"])
def test_the_visitor_does_what_the_visit_is_for(coder, word):
    events = _code(coder, f"Rektor IPB menemui Menteri Luar Negeri Retno Marsudi {word} menyampaikan dukungan "
                          "terhadap KPK.")
    assert {e.source.text for e in events if e.root == "05"} == {"Rektor"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Two British journalists were detained in Iran on spying charges.", "en", ("IRN", "GBR", "173")),
    ("Empat pengungsi Suriah ditangkap di Belanda karena dicurigai memiliki kaitan dengan terorisme.", "id",
     ("NLD", "SYR", "173")),
])
def test_an_arrest_by_no_one_named_is_by_the_state_where_it_happened(coder, text, lang, expected):
    events = _code(coder, text, lang)
    assert expected in _codes(events) and all(e.source.sector == "GOV" for e in events if e.root == "17")


@pytest.mark.parametrize("text, lang", [
    ("Pemerintah Haiti menuduh mantan Presiden Haiti Jean-Bertrand Aristide menyalahgunakan dana publik.", "id"),
    ("The Haitian government accused a former Haitian minister of misusing public funds.", "en"),
])
def test_a_former_official_holds_no_office(coder, text, lang):
    events = _code(coder, text, lang)
    assert ("GOV", "", "112") in {(e.source.sector, e.target.sector, e.cameo) for e in events}
    assert {(e.source.country, e.target.country) for e in events} == {("HTI", "HTI")}


@pytest.mark.parametrize("text", ["KPK memanggil Menteri Agama Lukman Hakim Saifuddin sebagai saksi.",
                                  "Menteri Agama Lukman Hakim Saifuddin dipanggil KPK sebagai saksi."])
def test_a_summons_as_a_witness_is_an_investigation(coder, text):
    events = _code(coder, text)
    assert ("JUD", "GOV", "091") in {(e.source.sector, e.target.sector, e.cameo) for e in events}


def test_the_police_pelted_with_stones_are_the_target(coder):
    events = _code(coder, "Mahasiswa melempari polisi dengan batu dan botol.")
    assert [(e.target.sector, e.cameo) for e in events] == [("COP", "145")]


def test_the_possessor_of_an_arrest_is_the_one_arrested(coder):
    events = _code(coder, "Penahanan Ilunga dikonfirmasi oleh salah satu pengacaranya kepada CNN.")
    assert not [e for e in events if e.root == "17" and e.source.text == "Ilunga"]


@pytest.mark.parametrize("text, doer", [
    ("Ia menyebar provokasi ihwal pengepungan Asrama Mahasiswa Papua di Surabaya.", None),  # besieged, by no one named
    ("Polri Bantah Ada Penembakan Pelajar di Papua Barat", None),
    ("Palestina mengecam pendudukan Israel atas Tepi Barat.", "ISR"),  # a place after it: the possessor does it
])
def test_the_possessor_of_an_assault_noun_is_the_one_assaulted(coder, text, doer):
    events = [e for e in _code(coder, text) if e.root in ("18", "19")]
    assert {e.source.country for e in events} == ({doer} if doer else set())


def test_a_member_of_an_institution_takes_its_sector(coder):
    events = _code(coder, "Anggota Komisi I DPR mengkritik pemerintah Indonesia.")
    assert {(e.source.sector, e.root) for e in events} == {("LEG", "11")}


@pytest.mark.parametrize("text, expected", [
    # a member of a body the lexicon knows only as a common noun is still an actor of that body
    ("Ibas meminta seluruh anggota legislatif mencontoh SBY.", ("Ibas", "anggota legislatif", "LEG")),
    ("Dua teroris itu juga menyerang anggota kepolisian yang sedang berjaga.",
     ("teroris", "anggota kepolisian", "COP")),
])
def test_a_member_of_a_common_noun_body_is_an_actor(coder, text, expected):
    assert [(e.source.text, e.target.text, e.target.sector) for e in _code(coder, text)] == [expected]


def test_a_demand_voiced_by_an_unknown_person_is_not_the_earlier_clauses_actor(coder):
    events = _code(coder, "Meskipun Malaysia sudah meminta maaf, Dadang mengatakan, Indonesia harus memberikan catatan.")
    assert not [e for e in events if e.source.country == "MYS" and e.root == "10"]


def test_a_sea_or_strait_named_after_a_country_is_a_place(coder):
    events = _code(coder, "Pemerintah Prancis memperingatkan gangguan pada rute lintas-Selat Inggris.")
    assert not [e for e in events if e.target.country == "GBR"]


def test_denying_having_done_something_does_not_target_its_object(coder):
    events = _code(coder, "Yasonna Laoly membantah meringankan hukuman pidana terhadap pelaku korupsi.")
    assert not [e for e in events if e.root == "01"]
    assert [e for e in _code(coder, "Iran membantah tuduhan Amerika Serikat.") if e.root == "01"]


@pytest.mark.parametrize("text", [
    "DPR dan pemerintah sudah menyepakati poin-poin revisi kecuali soal pembentukan dewan pengawas KPK.",
    "DPR dan pemerintah sepakat kewenangan penyadapan bagi KPK harus seizin dewan pengawas.",
])
def test_two_actors_agreeing_act_on_each_other_not_on_what_the_clause_names_later(coder, text):
    events = _code(coder, text)
    assert {(e.source.text, e.target.text) for e in events if e.root == "03"} == {
        ("DPR", "pemerintah"), ("pemerintah", "DPR")}


def test_an_act_named_as_the_topic_of_a_protest_is_not_done_by_the_protester(coder):
    events = _code(coder, "Menteri Luar Negeri Bangladesh memasukkan protes soal ranjau darat ke pemerintah Myanmar.")
    assert _codes(events, root=True) == {("BGD", "MMR", "11")}


def test_two_sides_fighting_in_a_place_fight_each_other(coder):
    events = _code(coder, "Pasukan Suriah dan pemberontak bertempur di Idlib pada Senin.")
    assert {(e.source.sector, e.target.sector) for e in events} == {("MIL", "REB"), ("REB", "MIL")}


def test_militer_as_an_adjective_is_no_actor(coder):
    events = _code(coder, "Iran mengatakan mengambil opsi militer untuk merespons serangan kilang minyak Arab Saudi "
                          "adalah pilihan buruk.")
    assert not [e for e in events if e.source.sector == "MIL"]


@pytest.mark.parametrize("text, lang, place", [
    ("Kekerasan meletus di sebelah timur Hong Kong ketika para pria bentrok dengan para aktivis.", "id", "Hong Kong"),
    ("Vietnamese-led forces have retaken a village in Western Cambodia after fighting with guerrillas.", "en",
     "Cambodia"),
])
def test_a_part_of_a_country_named_by_direction_is_a_place(coder, text, lang, place):
    assert not [e for e in _code(coder, text, lang) if e.source.text == place]


def test_a_law_after_dengan_is_not_an_unknown_actor(coder):
    events = _code(coder, "Massa aksi yang setuju dengan Revisi UU KPK bentrok dengan polisi.")
    assert not [e for e in events if "UU" in e.target.text]


@pytest.mark.parametrize("text, expected", [
    ("Presiden Jokowi meminta dirinya tidak berangkat ke Amerika Serikat.", set()),
    ("Pemerintah meminta kami DPR untuk mempertimbangkan kembali pengesahan RUU.", {("IDN", "IDN", "020")}),
])
def test_a_pronoun_object_ends_the_search_for_a_target_unless_an_actor_names_it(coder, text, expected):
    assert _codes(_code(coder, text)) == expected


def test_some_countries_named_later_in_the_article_are_those_countries(coder):
    text = ("Rusia mengecam sejumlah negara karena menjatuhkan sanksi. "
            "Sanksi itu dijatuhkan oleh sejumlah negara seperti Jepang, Kanada, dan Australia.")
    criticised = {e.target.country for e in _code(coder, text) if e.root == "11"}
    assert criticised == {"JPN", "CAN", "AUS"}


def test_an_act_under_investigation_is_no_act_of_the_investigators(coder):
    text = ("An Argentine judge ordered former president Carlos Menem to appear for questioning in an investigation "
            "of illegal arms sales to Croatia and Ecuador.")
    assert not [e for e in _code(coder, text, "en") if e.target.country in ("HRV", "ECU")]


def test_two_countries_supporting_a_third_party_do_not_support_each_other(coder):
    events = _code(coder, "Turki dan Qatar pernah memberi dukungan pada Ikhwanul Muslimin di Mesir.")
    assert not [e for e in events if {e.source.country, e.target.country} == {"TUR", "QAT"}]


def test_a_verb_after_dan_shares_the_subject_of_a_verb_that_is_no_event(coder):
    events = _code(coder, "Polisi memanggil wartawan ke kantor dan kemudian menangkap aktivis Papua.")
    assert {(e.source.sector, e.target.text) for e in events} == {("COP", "aktivis Papua")}


@pytest.mark.parametrize("text, source", [
    ("Himpunan Pemuda Peduli Indonesia mengkritik pemerintah.", "Himpunan Pemuda Peduli Indonesia"),
    ("Gerakan pro-Demokrasi Hong Kong mengkritik pemerintah.", "Gerakan pro-Demokrasi Hong Kong"),
    ("Aliansi Mahasiswa untuk Keadilan KPK mendatangi Istana Negara.", "Aliansi Mahasiswa untuk Keadilan KPK"),
])
def test_an_association_named_after_a_country_or_institution_is_civil_society(coder, text, source):
    assert {(e.source.text, e.source.sector) for e in _code(coder, text)} == {(source, "NGO")}


def test_a_religious_community_is_religious_not_the_state(coder):
    events = _code(coder, "Umat Konghucu Indonesia mendesak DPR menolak revisi UU KPK.")
    assert {(e.source.sector, e.target.sector) for e in events if e.root == "02"} == {("REL", "LEG")}


def test_sandera_on_its_own_is_the_noun_hostage(coder):
    doc = coder.analyse(Article(id="t", text="Pimpinan KPK itu jadi sandera bagi koruptor.", lang="id"))
    assert not [v for s in doc.sentences for v in s.verbs if v.sense.cameo.startswith("18")]
    assert ("PHL", "IDN", "181") in _codes(_code(coder, "Abu Sayyaf menyandera warga Indonesia."))


def test_the_speaker_is_not_the_patient_of_a_passive_in_what_they_say(coder):
    text = ("Wakil Ketua KPK Alexander Marwata mengatakan, keduanya ditetapkan sebagai tersangka dalam kasus dana "
            "hibah melalui Kemenpora.")
    assert not [e for e in _code(coder, text) if "Marwata" in e.target.text]


@pytest.mark.parametrize("text, target", [
    ("Pemerintah mendukung revisi UU KPK agar KPK bisa lebih kuat.", None),
    ("Mahasiswa menolak revisi UU KPK oleh DPR.", "DPR"),  # the law's author
    ("Organisasi mahasiswa menyambut baik atas wacana revisi UU KPK.", None),
])
def test_a_law_as_object_ends_the_target_search_except_for_its_author(coder, text, target):
    targets = {e.target.text for e in _code(coder, text) if e.root in ("05", "12")}
    assert targets == ({target} if target else set())


def test_police_of_a_countrys_waters_belong_to_that_country(coder):
    events = _code(coder, "Empat nelayan asal Kabupaten Langkat ditangkap polisi perairan Malaysia.")
    assert {(e.source.country, e.source.sector, e.root) for e in events} == {("MYS", "COP", "17")}


def test_a_bare_denial_answers_the_subject_of_the_sentence_before(coder):
    text = ("Washington mendesak sekutunya untuk tidak menggunakan produk Huawei karena pemerintah Beijing dapat "
            "menggunakannya untuk kegiatan mata-mata. Huawei membantahnya.")
    assert {(e.source.country, e.target.country) for e in _code(coder, text) if e.root == "01"} == {("CHN", "USA")}


@pytest.mark.parametrize("text", [
    "Rusia serta Mesir mendukung perubahan itu.",  # support for a thing, not for each other
    "Selain itu, dengan ditetapkannya dia sebagai tersangka, Imam Nahrawi menyatakan siap mengikuti proses hukum.",
])
def test_no_event_between_coordinated_supporters_or_from_a_nominal_passive(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, lang, root", [
    ("Ia mengecam serangan tersebut dan menekankan dukungan Prancis untuk keamanan Saudi.", "id", "11"),
    ("Amerika Serikat meragukan klaim itu dan menuding Iran sebagai pelakunya.", "id", "01"),
])
def test_the_target_search_stops_where_a_coordinated_clause_begins(coder, text, lang, root):
    assert root not in {e.root for e in _code(coder, text, lang)}  # the criticism, the doubt: of no actor


def test_a_dateline_place_after_the_outlet_is_not_an_actor(coder):
    assert not _code(coder, "TEMPO.CO, Jakarta - Lembaga itu mendesak DPR agar segera menunda pembahasan RUU.")


def test_an_office_in_apposition_to_a_person_is_that_persons_country(coder):
    events = _code(coder, "Kebakaran hutan di Riau dan Jambi meluas. "  # an article about Indonesia
                          "Kata Yeo Bee Yin, Menteri Energi, usai bertemu Presiden Jokowi.")
    assert {(e.source.country, e.target.country) for e in events} == {("MYS", "IDN")}


def test_a_nominal_passive_acts_on_the_person_inside_it(coder):
    events = _code(coder, "Gejolak di internal Partai Golkar muncul pasca ditetapkannya Novanto sebagai tersangka.")
    assert not [e for e in events if e.source.text == "Novanto"]
    events = _code(coder, "Pasca ditetapkannya Novanto sebagai tersangka oleh KPK, Golkar bergejolak.")
    assert {(e.source.text, e.target.text) for e in events} == {("KPK", "Novanto")}


def test_a_relative_clause_describes_only_the_coordinated_member_it_follows(coder):
    events = _code(coder, "Pasukan Suriah dan milisi yang didukung Iran melancarkan serangan ke desa-desa Bedouin.")
    assert {e.target.text for e in events if e.root == "07"} == {"milisi"}


def test_a_university_named_after_the_country_is_a_school(coder):
    events = _code(coder, "Dewan Mahasiswa Universitas Indonesia mengkritik DPR.")
    assert {(e.source.text, e.source.sector) for e in events} == {("Universitas Indonesia", "EDU")}


def test_a_law_article_about_an_act_names_no_doer(coder):
    assert not _code(coder, "Karyono berharap pasal penghinaan Presiden ini meneguhkan Indonesia.")


@pytest.mark.parametrize("text", [
    "Teheran telah menolak semua tuduhan keterlibatannya dalam aksi-aksi teroris.",  # the accuser is not named
    "Para pakar PBB yang menyerukan desakan tersebut ialah Clement Voule (Togo) dan David Kaye (AS).",  # nationality
    "Pemerintah Ardern mengeluarkan undang-undang yang melarang senapan semi-otomatis bergaya militer.",
])
def test_no_target_from_what_only_describes_the_object(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


def test_preparing_to_welcome_a_visitor_is_not_yet_a_welcome(coder):
    events = _code(coder, "Markas besar Polri telah bersiap menyambut kedatangan mantan Presiden AS Barack Obama.")
    assert events and all(e.modality == "future" for e in events)


def test_an_association_named_pergerakan_is_not_the_state(coder):
    events = _code(coder, "Demonstran dari Pergerakan Mahasiswa Islam Indonesia (PMII) berunjuk rasa di depan KPK.")
    assert not [e for e in events if e.source.sector == "GOV"]


def test_an_acronym_of_two_words_in_brackets_belongs_to_the_name_before(coder):
    events = _code(coder, "Ratusan mahasiswa dari Komite Mahasiswa Peduli KPK (Kompi KPK) menggelar aksi unjuk rasa.")
    assert not [e for e in events if e.source.sector == "JUD"]


@pytest.mark.parametrize("text, lang, cameo", [
    ("Lima pakar HAM PBB meminta pemerintah Indonesia untuk melindungi hak-hak pembela HAM.", "id", "0243"),
    ("China mendesak Amerika Serikat melanjutkan dialog dengan Korea Utara.", "id", "026"),
    ("The UN urged Myanmar to release the journalists.", "en", "0253"),
    ("Washington mendesak Manila untuk tidak menggunakan produk Huawei.", "id", "020"),  # nothing specific asked
    ("AS menyerukan Korea Utara untuk tidak memasok senjata ke Rusia.", "id", "020"),  # asks that arms not go
    ("The United States urged North Korea not to supply weapons to Russia.", "en", "020"),
    ("Dia mengatakan permintaan senjata Moskow kepada Pyongyang menunjukkan efektivitas sanksi AS.", "id", "0232"),
])
def test_what_an_appeal_asks_for_makes_its_code(coder, text, lang, cameo):
    assert cameo in {e.cameo for e in _code(coder, text, lang) if e.root == "02"}


def test_the_agent_after_a_quoted_object_of_a_passive(coder):
    events = _code(coder, "Polisi memeriksa Presiden Joko Widodo. Ia telah dinyatakan sebagai “tersangka” oleh para "
                          "pejabat Malaysia.")
    assert ("pejabat Malaysia", "17") in {(e.source.text, e.root) for e in events}


@pytest.mark.parametrize("text, root", [
    ("Peserta aksi menyatakan DPR dan Presiden telah membunuh KPK.", "11"),  # politicians "kill" an institution
    ("Amerika Serikat menjatuhkan sanksi terhadap kelompok pembebasan Palestina Hamas.", "16"),  # not a release
])
def test_figurative_killing_and_liberation_movements(coder, text, root):
    assert {e.root for e in _code(coder, text)} == {root}


@pytest.mark.parametrize("text", [
    "Menlu Inggris mengatakan, serangan terhadap dua kilang minyak Saudi memiliki implikasi serius.",
    "BJ Habibie Wafat, Jokowi Ucapkan Duka Atas Nama Rakyat Indonesia",
])
def test_no_act_from_the_speaker_of_a_reported_attack_nor_to_those_acted_for(coder, text):
    events = _code(coder, text)
    assert not [e for e in events if e.root == "19" or e.target.text == "Rakyat Indonesia"]


def test_an_event_noun_with_a_possessive_nya_is_still_the_event(coder):
    events = _code(coder, "Sejumlah politisi AS telah memberikan dukungannya terhadap para pengunjuk rasa di "
                          "Hong Kong.")
    assert ("USA", "HKG", "05") in _codes(events, root=True)


@pytest.mark.parametrize("text", [
    "Anggota Komisi III itu bersepakat memilih lima dari sepuluh calon pimpinan KPK secara voting.",
    "Semua fraksi memang bersepakat untuk memilih Firli.",
    "Keluarga meminta semua pihak tidak memaksakan diri untuk menjenguk Presiden ketiga RI BJ Habibie.",
    "Theresa May bersikukuh bahwa Inggris harus bisa melakukan kesepakatan perdagangan sendiri.",
])
def test_no_target_for_agreeing_to_act_asking_everyone_or_insisting_that(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


def test_agreeing_to_buy_with_a_partner_keeps_the_partner(coder):
    events = _code(coder, "Kementerian Pertahanan di Jakarta mengumumkan rencana itu. "  # an article about Indonesia
                          "Indonesia sepakat membeli 11 unit pesawat tempur Sukhoi melalui skema imbal beli dengan Rusia.")
    assert ("IDN", "RUS", "03") in _codes(events, root=True)


def test_an_office_coordinated_with_an_office_of_a_country_shares_the_country(coder):
    events = _code(coder, "Kementerian Luar Negeri di Jakarta menerima pesan. Perdana menteri dan presiden Singapura "
                          "menyampaikan belasungkawa atas wafatnya negarawan Indonesia.")
    assert {e.source.country for e in events if e.root == "01"} == {"SGP"}


@pytest.mark.parametrize("text", [
    "Jaksa Agung mengatakan Kejaksaan harus diperbaiki agar tak ada lagi OTT.",  # done to it, not by it
    "Johnson mengatakan Inggris harus meninggalkan Uni Eropa pada 31 Oktober 2019.",  # his own state's course
    "Ia menyarankan agar angka ambang batas parlemen diputuskan tetap.",  # a threshold, not the parliament
    "Prabowo menyampaikan dirinya dan Anies Baswedan harus bisa membereskan masalah di Indonesia.",  # his own resolve
])
def test_no_demand_on_what_must_be_done_to_an_actor_nor_on_a_threshold(coder, text):
    assert not [e for e in _code(coder, text) if e.root in ("02", "10")]


def test_those_whose_attempt_it_is_act_and_an_act_is_blamed_on_whom_kepada_names(coder):
    text = ("Menteri Luar Negeri Iran menampik upaya AS dan Saudi untuk menyalahkan serangan terhadap kilang minyak "
            "Aramco kepada Teheran.")
    blame = {(e.source.country, e.target.country) for e in _code(coder, text) if e.cameo == "112"}
    assert blame == {("USA", "IRN"), ("SAU", "IRN")}


def test_stripping_an_institution_of_its_powers_is_a_sanction_not_disarmament(coder):
    events = _code(coder, "DPR dan pemerintah diam-diam melucuti kewenangan KPK.")
    assert {e.cameo for e in events} == {"172"}


def test_announcing_anothers_break_of_relations(coder):
    events = _code(coder, "Menteri Luar Negeri Taiwan, Joseph Wu mengumumkan pemutusan hubungan diplomatik Kiribati.")
    assert {(e.source.country, e.target.country, e.root) for e in events} == {("KIR", "TWN", "16")}


@pytest.mark.parametrize("text", [
    "Hubungan kedua negara semakin memburuk setelah adanya serangan terhadap kilang minyak Aramco.",
    "Dia menyerukan masyarakat internasional untuk meminta pertanggungjawaban Israel atas pelanggarannya.",
    "Yasonna menyayangkan banyaknya misinterpretasi terhadap RKUHP ini.",
])
def test_no_event_from_an_occurrence_the_world_at_large_or_a_draft_code(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, negated", [
    ("Turki hampir mencapai kesepakatan dengan Rusia.", True),
    ("Teheran berada di balik hampir 100 serangan terhadap Arab Saudi, kata Pompeo.", False),
])
def test_almost_doing_is_not_doing_but_almost_a_hundred_attacks_are_attacks(coder, text, negated):
    modalities = {e.modality for e in _code(coder, text) if e.root in ("05", "19")}
    assert modalities and (modalities == {"negated"}) == negated


@pytest.mark.parametrize("text", [
    "Putin Tawarkan Perisai Udara Rusia untuk Lindungi Arab Saudi",  # an official does not act on his own country
    "Pentagon mempertimbangkan mengirim senjata untuk memperkuat AS di kawasan Timur Tengah.",  # nor its military
    "Warga Rohingya mengungsi ke Bangladesh untuk menyelamatkan diri dari kejahatan di Rakhine.",  # oneself
    "Dia mengimbau para pemimpin dunia untuk mengikuti Amerika Serikat.",  # the world's leaders, not the US
])
def test_no_event_on_ones_own_country_oneself_or_world_leaders(coder, text):
    events = _code(coder, text)
    assert not [e for e in events if e.root in ("02", "03", "07") and e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, expected", [
    # a coordinated subject meeting another body of one member's country meets that body, not each other
    ("Divisi Hubungan Internasional Polri dan Interpol sudah berkoordinasi dengan Kementerian Luar Negeri.",
     {("Polri", "Kementerian Luar Negeri"), ("Interpol", "Kementerian Luar Negeri")}),
    ("Presiden Prancis Emmanuel Macron dan Kanselir Merkel menandatangani kesepakatan ekspor senjata Prancis.",
     {("Presiden Prancis Emmanuel Macron", "Kanselir Merkel"), ("Kanselir Merkel", "Presiden Prancis Emmanuel Macron")}),
])
def test_a_group_acts_on_each_other_only_when_the_object_is_one_of_them(coder, text, expected):
    assert {(e.source.text, e.target.text) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Massa dan polisi saling dorong.", {("CVL", "COP"), ("COP", "CVL")}),  # each other, not the government
    ("Wadi mengatakan, tuntutan ini lantaran perusahaan itu kerap menyulitkan pekerja.", set()),  # 'lantaran'
    ("Robot pasukan siber kerap menyerang Komisi Pemberantasan Korupsi di media sosial.", set()),  # no armed force
])
def test_scuffles_are_mutual_and_causes_and_cyber_troops_are_no_parties(coder, text, expected):
    assert {(e.source.sector, e.target.sector) for e in _code(coder, text)} == expected


def test_a_country_with_a_compass_word_names_a_region(coder):
    text = "Saat ini ISIS sudah sampai Filipina Selatan dan menguasai Kota Marawi."
    assert [(e.source.text, e.root) for e in _code(coder, text)] == [("ISIS", "19")]


@pytest.mark.parametrize("text, source", [
    # the object of a plain verb before "untuk" does not do what follows; an urged party does
    ("Presiden Joko Widodo meninggalkan Bangladesh untuk melanjutkan kunjungan kenegaraan ke Afghanistan.",
     "Presiden Joko Widodo"),
    ("Pakistan meyakinkan Taliban untuk membuka pembicaraan dengan pemerintah Afghanistan.", "Taliban"),
])
def test_who_goes_on_to_do_an_act_named_by_a_noun(coder, text, source):
    assert {e.source.text for e in _code(coder, text) if e.root == "04" or e.cameo.startswith("042")} == {source}


@pytest.mark.parametrize("text, expected", [
    ("Sejumlah petinggi kelompok ISIS tewas dalam serangan udara Amerika Serikat di Afghanistan.",
     ("Amerika Serikat", "ISIS", "195")),
    ("Tentara Amerika tewas akibat bom bunuh diri Taliban di Kabul.", ("Taliban", "Tentara Amerika", "183")),
])
def test_an_attack_hits_those_who_died_in_it(coder, text, expected):
    assert expected in {(e.source.text, e.target.text, e.cameo[:3]) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # receiving an act named with its doer: the doer acts on the receiver
    ("Korea Utara telah mendapat sanksi PBB sejak tahun 2006.", {("IGO:UN", "PRK", "16")}),
    # but a law that meets rejection is no actor, whoever speaks of it
    ("Jokowi menyampaikan soal RKUHP yang mendapat penolakan dari masyarakat.", set()),
    # one person after another, split by a comma, is not in apposition to the first
    ("Dalam pertemuan dengan Netanyahu, Trump sepakat dengan Netanyahu.", {("USA", "ISR", "03")}),
    # an attribution closed by a possessive does not swallow the subject after it
    ("Menurut tim kampanyenya Trump sepakat dengan Netanyahu.", {("USA", "ISR", "03")}),
])
def test_receivers_appositions_and_attributions(coder, text, expected):
    assert {(e.source.code, e.target.code, e.root) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a "karena" clause with no subject of its own shares the main clause's subject
    ("Song Tao juga menyampaikan kegembiraannya karena kembali bertemu Jokowi.", {("CHN", "IDN", "04")}),
    ("Saut Situmorang menyebut Firli Bahuri diduga melanggar kode etik karena bertemu dengan Gubernur Nusa Tenggara "
     "Barat Tuan Guru Bajang Zainul Majdi.", {("IDN", "IDN", "04")}),
    # but the one reproached or cut off did what the reason tells
    ("Netanyahu menegur para menteri karena mendesak Pasukan Pertahanan Israel untuk menyerang Hamas.", set()),
    ("Taiwan Putus Hubungan Diplomatik dengan Kiribati karena Akui China", {("TWN", "KIR", "16")}),
])
def test_the_subject_of_a_reason_clause(coder, text, expected):
    assert {(e.source.code, e.target.code, e.root) for e in _code(coder, text)
            if e.modality in ("asserted", "claimed") and e.root != "19"} - {("ISR", "ISR", "11")} == expected


@pytest.mark.parametrize("text, expected", [
    # ", dengan X <verb>" is a clause of its own with X as its subject
    ("Kebijakan Moskow dan Riyadh berlawanan dalam konflik Suriah, dengan Rusia mendukung rezim Presiden Suriah "
     "Bashar al-Assad.", ("RUS", "SYR", "05")),
    # a denial answers the accuser named in the same sentence
    ("Pompeo menyalahkan Iran atas serangan drone itu, dengan Teheran membantahnya.", ("IRN", "USA", "01")),
    # a call for the act -nya names ("penggulingannya") is against that one, not an actor named after it
    ("Iran dan Rusia telah menjadi pendukung setia Presiden Suriah Bashar al-Assad, sementara Turki menyerukan "
     "penggulingannya dan mendukung para pejuang oposisi.", ("TUR", "SYR", "02")),
    # the country whose troops are withdrawn withdraws them
    ("Rusia berharap Washington menyetujui perjanjian untuk menarik pasukan AS keluar dari Afganistan.",
     ("USA", "AFG", "08")),
])
def test_absolute_clauses_denials_calls_and_withdrawn_troops(coder, text, expected):
    assert expected in {(e.source.code, e.target.code, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # a clause opened by "setelah"/"usai" and a verb has its subject after the comma
    ("Setelah Menawarkan Bertemu AS, Korea Utara Tembakkan Proyektil", ("PRK", "USA", "03")),
    ("Usai bertemu Prabowo, SBY menyampaikan kekhawatirannya.", ("IDN", "IDN", "04")),
    # ready for war with a country is a threat; "selalu" (always) is an adverb between speech and act
    ("Iran Tegaskan Selalu Siap Perang dengan AS", ("IRN", "USA", "13")),
])
def test_opening_time_clauses_and_readiness_for_war(coder, text, expected):
    assert expected in {(e.source.code, e.target.code, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # a summoned diplomat's country is the target, not those the summons asks about
    ("Kemlu Pakistan memanggil diplomat Afghanistan untuk meminta penjelasan tentang penembakan oleh para militan.",
     ("PAK", "AFG", "114")),
    # Transparency International's Indonesian chapter is Indonesian civil society
    ("Transparency International Indonesia mendesak Presiden Joko Widodo mengkaji ulang revisi UU KPK.",
     ("IDN", "IDN", "020")),
])
def test_summoned_diplomats_and_national_chapters(coder, text, expected):
    assert expected in {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text)}


def test_even_if_is_a_condition(coder):
    text = "Kalaupun massa berdemo di depan Istana, aksi itu harus damai."
    assert not [e for e in _code(coder, text) if e.root == "14" and e.modality == "asserted"]


@pytest.mark.parametrize("text, expected", [
    # the one named a suspect "usai/setelah" is the subject of the clause it ends, not the speaker
    ("Presiden Joko Widodo menyatakan Imam Nahrawi sudah mengajukan surat pengunduran dirinya sebagai Menteri "
     "Pemuda dan Olahraga (Menpora), usai ditetapkan tersangka oleh KPK.", ("KPK", "Imam Nahrawi")),
    ("Setya Novanto sudah dijebloskan ke Rumah Tahanan Polres Jakarta Timur usai ditangkap oleh KPK.",
     ("KPK", "Setya Novanto")),
    # after a comma, the main clause's subject goes on to act
    ("Komisi III DPR menyepakati Firli Bahuri menjadi Ketua KPK, setelah melakukan rapat dengan fraksi Golkar.",
     ("Komisi III DPR", "fraksi Golkar")),
    # an attempt's owner inside a relative clause is the one who mediates
    ("Palestina dan Israel dibawa ke meja perundingan yang merupakan usaha Amerika Serikat menengahi konflik.",
     None),
])
def test_the_subject_of_an_after_clause_and_an_attempt(coder, text, expected):
    pairs = {(e.source.text, e.target.text) for e in _code(coder, text)}
    assert expected in pairs if expected else not {("Israel", "Palestina"), ("Palestina", "Israel")} & pairs


@pytest.mark.parametrize("text, expected", [
    ("O'Brien membantu memimpin kemitraan untuk reformasi keadilan di Afghanistan selama pemerintahan Bush dan Obama.",
     set()),  # helping to do something is no aid to those named far after
    ("Pemerintah Kabupaten Sitaro menyalurkan bantuan berupa kebutuhan pokok kepada para warga.", {("GOV", "CVL")}),
])
def test_helping_to_do_and_aid_in_the_form_of(coder, text, expected):
    assert {(e.source.sector, e.target.sector) for e in _code(coder, text) if e.root == "07"} == expected


def test_a_coalition_no_actor_names_acts_as_its_leader(coder):
    text = "Koalisi yang dipimpin Saudi telah melakukan serangan udara terhadap Houthi sejak Maret 2015."
    assert ("SAU", "YEM", "19") in {(e.source.code, e.target.code, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    ("Arab Saudi membantah keterlibatan aparat pemerintahnya dalam serangan 11 September 2001.", set()),
    ("Iran membantah tuduhan AS bahwa Teheran merupakan dalang serangan.", {("IRN", "USA")}),  # the accuser
])
def test_denying_involvement_names_no_accuser(coder, text, expected):
    assert {(e.source.code, e.target.code) for e in _code(coder, text) if e.cameo.startswith("016")} == expected


def test_an_attack_blamed_later_hit_the_articles_first_real_attack_target(coder):
    text = ("Iran memperingatkan akan melakukan perang total jika militer Amerika menyerang Iran. "
            "Serangan drone terhadap dua fasilitas minyak Arab Saudi terjadi pada akhir pekan lalu. "
            "Houthi juga menyerang pasukan pemerintah Yaman di Taiz. "
            "Pemerintah Saudi mengatakan serangan itu dilakukan oleh militer Iran.")
    blamed = [e for e in _code(coder, text) if e.source.code == "IRN" and e.root == "19"]
    assert [e.target.code for e in blamed] == ["SAU"]


@pytest.mark.parametrize("text, expected", [
    # a building named after an actor is a place: the visit is to the hospital, the protest at the roundabout
    ("Hamdan Zoelva mendatangi Rumah Sakit Pusat Angkatan Darat (RSPAD) Gatot Soebroto, Jakarta Pusat.", set()),
    ("Demonstran membawa kerbau ke Bunderan HI (Hotel Indonesia) sebagai simbol kritik ke SBY.", {("CVL", "PTY")}),
    ("Ahok saat itu meminta seluruh pendukungnya untuk segera meninggalkan Mako Brimob.", set()),  # a police base
])
def test_buildings_named_after_actors_are_places(coder, text, expected):
    assert {(e.source.sector, e.target.sector) for e in _code(coder, text)
            if e.modality in ("asserted", "claimed")} == expected


@pytest.mark.parametrize("text, expected", [
    # inside a relative clause, the one an active verb acts on goes on to do the next act
    ("Bolton menggantikan HR McMaster akibat posisinya yang mendukung Trump keluar dari perjanjian nuklir dengan Iran.",
     ("Trump", "Iran")),
    ("Munas adalah forum yang telah memutuskan Golkar mendukung penuh Pak Jokowi.", ("Golkar", "Jokowi")),
])
def test_the_object_of_an_active_verb_in_a_relative_clause_goes_on(coder, text, expected):
    assert expected in {(e.source.text, e.target.text) for e in _code(coder, text)}


@pytest.mark.parametrize("text, expected", [
    # an ordinal between the office and its holder ("Presiden ketiga") keeps them one actor
    ("Presiden keenam Susilo Bambang Yudhoyono menjenguk Presiden ketiga Bacharuddin Jusuf Habibie.",
     {("Presiden keenam Susilo Bambang Yudhoyono", "Presiden ketiga Bacharuddin Jusuf Habibie")}),
    # an attack "said to be" backed: the backer supports the attack, not its victims
    ("Sebanyak 18 tentara India tewas dalam serangan yang disebut didukung oleh Pakistan itu.", set()),
    # a description after a comma stands for the actors before it
    ("Serangan itu dipersalahkan kepada Hizbullah atau Hamas, dua organisasi yang diduga didukung oleh Iran.",
     {("Iran", "Hamas")}),
])
def test_ordinals_said_to_be_and_descriptions(coder, text, expected):
    assert {(e.source.text, e.target.text) for e in _code(coder, text) if e.root in ("04", "05", "07")} == expected


@pytest.mark.parametrize("text, expected", [
    # an appeal whose wanted clause has a subject of its own is not addressed to an actor named in that clause
    ("Pihak berwenang Palestina mengimbau agar aksi massal digelar untuk menentang pengumuman Presiden Amerika "
     "Serikat Donald Trump.", set()),
    ("Ia mendorong agar negara langsung mencabut konsesi lahan bagi perusahaan yang terlibat kebakaran hutan.", set()),
    # but the wanted clause's subject is the one asked
    ("Peneliti TII mendesak agar Komisi III DPR menelusuri rekam jejak para kandidat pimpinan KPK.", {"Komisi III DPR"}),
])
def test_whom_an_appeal_with_agar_addresses(coder, text, expected):
    assert {e.target.text for e in _code(coder, text) if e.root == "02"} == expected


def test_a_place_a_relative_clause_says_was_bombed_is_the_target(coder):
    text = ("Citra satelit menunjukkan lokasi persembunyian ISIS di Pulau Qanus, Irak yang dibom besar-besaran oleh "
            "Amerika Serikat.")
    assert ("USA", "IRQ", "19") in {(e.source.code, e.target.code, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text, lang", [
    ("Saudi-led coalition air strikes killed 20 people in Yemen's capital Sanaa.", "en"),
    ("Diragukan, Houthi Pakai Drone Serang Fasilitas Minyak Saudi Aramco", "id"),
    # an attack made with drones, and one blamed beside the drones and missiles shown (dev gold: 195)
    ("Houthi mengatakan mereka menyerang kilang minyak Saudi Aramco menggunakan drone.", "id"),
    ("Kementerian Pertahanan Arab Saudi menunjukkan puing-puing drone dan rudal yang diklaim sebagai bukti bahwa Iran "
     "berada di balik serangan terhadap dua fasilitas minyak Arab Saudi.", "id"),
])
def test_a_subject_named_with_its_aircraft_strikes_from_the_air(coder, text, lang):
    assert {e.cameo for e in _code(coder, text, lang) if e.root == "19"} == {"195"}


def test_shooting_down_a_drone_is_no_air_strike(coder):
    events = _code(coder, "Hizbullah mengatakan telah menembak jatuh dan menyita drone milik Israel.")
    assert {e.cameo for e in events if e.root == "19"} == {"190"}


@pytest.mark.parametrize("text, expected", [
    # a situation that clashed is no actor's protest
    ("Kapolres Metro Jakarta Selatan Kombes Bastoni sempat menenangkan situasi yang sempat bentrok di Gedung KPK.",
     set()),
    # but a cleft names the actor: "X adalah kelompok ketiga yang berunjuk rasa"
    ("Aliansi Rakyat Lawan Korupsi adalah kelompok ketiga yang berunjuk rasa di Gedung KPK sejak Jumat lalu.", {"14"}),
])
def test_a_thing_that_clashed_and_a_cleft_that_names_the_protesters(coder, text, expected):
    assert {e.root for e in _code(coder, text) if e.root == "14"} == expected


@pytest.mark.parametrize("text, lang", [
    ("PBB mencatat gempa Palu menewaskan sekitar 4.845 orang dan pengungsi mencapai 172.999.", "id"),
    ("The U.N. said the earthquake killed 300 people in Nepal.", "en"),
])
def test_a_disaster_that_kills_is_no_actor(coder, text, lang):
    assert not [e for e in _code(coder, text, lang) if e.root in ("18", "19", "20")]


def test_the_speaker_of_a_passive_saying_verb_responds(coder):
    text = ("Hal itu dikatakan oleh Presiden Iran Hassan Rouhani menanggapi tudingan Arab Saudi yang mengatakan "
            "serangan itu dilakukan dengan senjata asal Iran.")
    assert ("IRN", "SAU", "010") in {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text)}


def test_an_attack_noun_before_a_site_of_a_country_hits_that_country(coder):
    text = ("Serangan drone terhadap kilang minyak Arab Saudi terjadi pada Sabtu. "
            "Iran membantah terlibat dalam serangan Fasilitas Minyak Saudi itu.")
    assert {e.target.code for e in _code(coder, text) if e.cameo.startswith("016")} == {"SAU"}


@pytest.mark.parametrize("text", [
    "Jewish settlers set fire to the offices of the Palestinian administrators following the killing of an Israeli "
    "man.",
    "The Palestinian authorities closed the crossing after the killing of an Israeli soldier.",
])
def test_a_killing_a_time_phrase_names_has_no_doer_before_it(coder, text):
    assert not [e for e in _code(coder, text, "en") if e.root == "18"]


def test_the_recipient_after_a_passive_s_agent_is_the_target_not_the_thing_given(coder):
    events = _code(coder, "KontraS menilai posisi di Badan Usaha Milik Negara (BUMN) yang dijanjikan Presiden Joko "
                          "Widodo kepada masyarakat Papua tak akan bisa menyelesaikan konflik.")
    assert [(e.source.sector, e.target.sector, e.root) for e in events] == [("GOV", "CVL", "03")]


@pytest.mark.parametrize("text, expected", [
    ("Israel and the United Arab Emirates signed a normalization agreement at the White House.",
     {("ISR", "ARE", "05"), ("ARE", "ISR", "05")}),  # the White House is where, not who
    ("Israeli troops remained on alert in the occupied West Bank today.", {("ISR", "PSE", "15")}),
    ("Angry activists from the Fatah Party staged rallies in the Gaza Strip against the party's leader Mahmoud Abbas.",
     {("PSE", "PSE", "14")}),  # the place passed does not use up the reach to the target
])
def test_english_places_after_in_the_and_at_the(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


def test_a_demand_to_the_country_s_own_military_is_addressed_to_it(coder):
    text = "Thousands of Sudanese demonstrators demanded that the military hand power to civilians."
    events = _code(coder, text, "en")
    assert {(e.source.sector, e.target.sector, e.root) for e in events} == {("CVL", "MIL", "10")}


def test_an_english_participle_before_by_is_passive(coder):
    keys = _keys(_code(coder, "Saudi Arabia and Iran agreed to restore relations after talks mediated by China.", "en"))
    assert {("CHN", "SAU", "04"), ("CHN", "IRN", "04")} <= keys and ("SAU", "CHN", "04") not in keys


@pytest.mark.parametrize("text, lang, expected", [
    ("Pasukan India dan Pakistan terlibat adu tembak di Garis Kendali.", "id",
     {("IND", "MIL", "PAK", "MIL"), ("PAK", "MIL", "IND", "MIL")}),
    ("American and British warplanes bombed Iraqi targets.", "en",
     {("USA", "MIL", "IRQ", ""), ("GBR", "MIL", "IRQ", "")}),
])
def test_two_countries_joined_share_the_head_noun(coder, text, lang, expected):
    assert {(e.source.country, e.source.sector, e.target.country, e.target.sector)
            for e in _code(coder, text, lang)} == expected


def test_troops_of_two_countries_that_clash_fight_each_other(coder):
    events = _code(coder, "Indian and Chinese troops clashed along their disputed Himalayan border.", "en")
    assert _keys(events) == {("IND", "CHN", "19"), ("CHN", "IND", "19")}


def test_the_object_of_called_on_does_what_it_is_asked_to(coder):
    events = _code(coder, "The European Union called on Myanmar's military to release Aung San Suu Kyi.", "en")
    assert {(e.source.text, e.cameo[:2]) for e in events if e.cameo.startswith("08")} == {("Myanmar's military", "08")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia has denied sending troops to eastern Ukraine.", "en", ("RUS", "UKR", "016")),
    ("Iran denied supplying weapons to the Houthis.", "en", ("IRN", "YEM", "016")),
    ("Rusia membantah mengirim pasukan ke Ukraina timur.", "id", ("RUS", "UKR", "016")),  # whom the denied act aims at
])
def test_denying_ones_own_act_is_a_denial(coder, text, lang, expected):
    assert expected in {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text, lang)}


def test_denying_any_involvement_is_a_denial_not_a_rejection(coder):
    events = _code(coder, "Iran denied any involvement in the drone attack on Saudi oil facilities.", "en")
    assert ("IRN", "SAU", "016", "asserted") in {(e.source.country, e.target.country, e.cameo, e.modality)
                                                 for e in events}
    assert not [e for e in events if e.root == "19" and e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, expected", [
    ("Japan lodged a protest with South Korea over the court ruling.", ("JPN", "KOR", "114")),
    ("Lebanon complained to the United Nations over two Israeli air raids.", ("LBN", "ISR", "114")),
])
def test_a_complaint_is_against_whom_it_is_about_unless_no_one_else_is_named(coder, text, expected):
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text, "en")} == {expected}


@pytest.mark.parametrize("text, lang", [
    ("Britain and France pledged to boost military support for Ukraine.", "en"),
    ("Inggris dan Prancis berjanji meningkatkan dukungan militer untuk Ukraina.", "id"),
])
def test_military_as_an_adjective_is_no_actor(coder, text, lang):
    assert {(e.source.country, e.target.country) for e in _code(coder, text, lang)} == {("GBR", "UKR"), ("FRA", "UKR")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Turki melancarkan serangan militer ke wilayah Kurdi di Suriah utara.", "id", {("TUR", "SYR", "", "19")}),
    ("Hizbullah menembak jatuh pesawat tanpa awak Israel di Lebanon.", "id", {("LBN", "ISR", "", "19")}),
    ("Panglima TNI Gatot Nurmantyo membekukan kerja sama tanpa seizin presiden.", "id", set()),
    ("Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan.", "en", set()),
])
def test_what_an_event_phrase_covers_and_what_tanpa_excludes(coder, text, lang, expected):
    assert {(e.source.country, e.target.country, e.target.sector, e.root) for e in _code(coder, text, lang)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Koalisi pimpinan Arab Saudi melancarkan serangan udara ke ibu kota Yaman, Sanaa.", {("SAU", "YEM", "19")}),
    ("Iran menyita kapal tanker berbendera Inggris di Selat Hormuz.", {("IRN", "GBR", "17")}),
])
def test_a_capital_struck_and_a_flag_state_seized(coder, text, expected):
    assert _keys(_code(coder, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indonesia menyerukan perundingan damai untuk solusi krisis politik di Yaman.", {("IDN", "YEM", "02")}),
    ("Giwo juga menyarankan perlunya gerakan mencegah kebakaran hutan, seperti halnya di Singapura.", set()),
])
def test_an_appeal_reaches_another_country_named_as_where_it_is_to_hold(coder, text, expected):
    assert _keys(_code(coder, text)) == expected


def test_two_that_accuse_each_other_in_english_accuse_each_other_of_a_claimed_act(coder):
    events = _code(coder, "Armenia and Azerbaijan accused each other of violating the ceasefire.", "en")
    assert {(e.source.country, e.target.country, e.root, e.modality) for e in events} == {
        ("ARM", "AZE", "11", "asserted"), ("AZE", "ARM", "11", "asserted"),
        ("ARM", "AZE", "19", "claimed"), ("AZE", "ARM", "19", "claimed")}


@pytest.mark.parametrize("text", ["TNI menembak mati dua anggota kelompok kriminal bersenjata di Papua.",
                                  "Polisi menangkap lima anggota kelompok teroris di Bekasi."])
def test_members_of_an_armed_group_are_rebels_not_civilians(coder, text):
    assert [e.target.sector for e in _code(coder, text)] == ["REB"]


@pytest.mark.parametrize("text, expected", [
    ("Five Afghan policemen were wounded when Taliban militants attacked a checkpoint in Kandahar.",
     {("AFG", "AFG", "19")}),
    ("A Ukrainian drone struck an oil refinery in Russia's Krasnodar region, officials said.", {("UKR", "RUS", "19")}),
])
def test_english_force_reaches_the_place_of_the_site_it_hits(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


def test_an_act_one_is_criticised_for_in_the_passive_is_the_criticised_ones(coder):
    text = "Sudan's army chief was criticised by the United States for the crackdown on protesters."
    events = _code(coder, text, "en")
    assert {(e.source.text, e.cameo) for e in events} == {("United States", "111"), ("Sudan's army chief", "175")}


def test_a_country_listed_after_a_place_is_a_place_too(coder):
    text = "Johannes pernah diperiksa KPK untuk mendalami kasus e-KTP di Singapura dan Amerika beberapa waktu lalu."
    assert not [e for e in _code(coder, text) if e.target.country == "USA"]


@pytest.mark.parametrize("text, lang, code", [
    ("Japan provided 50 million dollars in humanitarian aid to Syria.", "en", "073"),
    ("Washington membantu Taiwan termasuk dengan penjualan senjata ke pulau itu.", "id", "072"),
])
def test_a_generic_act_of_giving_takes_the_kind_of_aid_its_object_names(coder, text, lang, code):
    assert [e.cameo for e in _code(coder, text, lang=lang)] == [code]


@pytest.mark.parametrize("text, target", [
    ("Syrian government forces bombed rebel-held areas near Damascus.", ("SYR", "REB")),
    ("Saudi-led coalition jets struck Houthi-held Hodeidah.", ("YEM", "REB")),
])
def test_an_area_held_by_a_group_is_struck_at_the_group(coder, text, target):
    assert {(e.target.country, e.target.sector) for e in _code(coder, text, lang="en") if e.root == "19"} == {target}


@pytest.mark.parametrize("text, target", [
    ("Pasukan pemerintah Suriah menggempur wilayah yang dikuasai pemberontak di Idlib.", ("SYR", "REB")),
    ("Koalisi pimpinan Saudi membom kota yang dikuasai Houthi.", ("YEM", "REB")),
])
def test_an_area_yang_dikuasai_a_group_is_struck_at_the_group(coder, text, target):
    assert {(e.target.country, e.target.sector) for e in _code(coder, text) if e.root == "19"} == {target}


def test_a_countrys_predator_attacks_are_its_armed_forces(coder):
    events = _code(coder, "Recent US Predator attacks have killed eight al-Qaeda leaders in Pakistan.", "en")
    assert {(e.source.country, e.source.sector, e.root) for e in events} == {("USA", "MIL", "19")}


@pytest.mark.parametrize("text, expected", [
    ("Rebel leaders praised the ceasefire agreement signed in March between Manila and the rebels.", set()),
    ("A camp for Congolese refugees attacked by Burundian militiamen was burned.", {("BDI", "COD", "19")}),
    ("Israeli army bulldozers demolished Palestinian homes in Gaza.", {("ISR", "PSE", "17")}),  # a clause's verb
])
def test_an_english_participle_on_a_plain_noun_is_a_reduced_relative(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


def test_what_an_act_is_for_after_for_its_is_its_reason_not_an_event(coder):
    events = _code(coder, "The European Union imposed sanctions on Iran for its support of Hezbollah.", "en")
    assert _keys(events) == {("IGO:EU", "IRN", "16")}


@pytest.mark.parametrize("text", [
    "France condemned the coup in Niger and suspended all development aid to the country.",
    "The United States froze the remaining aid for Afghanistan.",
])
def test_aid_suspended_is_a_sanction_not_aid(coder, text):
    events = _code(coder, text, "en")
    assert {e.cameo for e in events if e.target.country in ("NER", "AFG")} == {"162"}


@pytest.mark.parametrize("text, lang, expected", [
    # the broker of a deal is no party to it, and mediates between them
    ("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.", "en",
     {("SAU", "IRN", "03"), ("IRN", "SAU", "03"), ("CHN", "SAU", "04"), ("CHN", "IRN", "04")}),
    # a ceasefire two sides agree is between them; co-mediators do not mediate between each other
    ("Israel dan Hamas menyepakati gencatan senjata.", "id", {("ISR", "PSE", "08"), ("PSE", "ISR", "08")}),
    ("Rusia dan Turki menengahi gencatan senjata di Suriah.", "id", set()),
])
def test_two_subjects_and_the_third_party(coder, text, lang, expected):
    assert {k for k in _keys(_code(coder, text, lang)) if k[2] in ("03", "04", "08")} == expected


@pytest.mark.parametrize("text, lang", [
    ("Niger gave the French ambassador 48 hours to leave the country.", "en"),
    ("Junta Mali memerintahkan duta besar Prancis meninggalkan negara itu dalam 72 jam.", "id"),
])
def test_ordering_an_envoy_out_is_an_expulsion(coder, text, lang):
    assert {(k[1], k[2]) for k in _keys(_code(coder, text, lang))} == {("FRA", "17")}


def test_sudans_paramilitary_is_an_armed_group(coder):
    text = "Sudan's army and the Rapid Support Forces agreed to a truce."
    assert {(e.source.sector, e.target.sector) for e in _code(coder, text, "en")} == {("MIL", "REB"), ("REB", "MIL")}


@pytest.mark.parametrize("text, expected", [
    # "mediasi" is a noun: Qatar's mediation is praised, and Macron mediates nothing
    ("Presiden Prancis Emmanuel Macron memuji upaya mediasi Qatar.", {("FRA", "QAT", "05")}),
    ("Presiden Prancis Emmanuel Macron memuji mediasi Qatar.", {("FRA", "QAT", "05")}),
    ("Mediasi Qatar antara Israel dan Hamas berhasil.", {("QAT", "ISR", "04"), ("QAT", "PSE", "04")}),
])
def test_mediation_is_a_noun(coder, text, expected):
    assert _keys(_code(coder, text)) == expected


def test_a_prisoner_exchange_goes_both_ways(coder):
    events = _code(coder, "Rusia dan Ukraina saling bertukar tahanan perang.")
    assert _keys(events) == {("RUS", "UKR", "08"), ("UKR", "RUS", "08")}


def test_military_intelligence_shared_is_no_actor(coder):
    text = "South Korea and Japan signed an agreement to share military intelligence."
    assert _keys(_code(coder, text, "en")) == {("KOR", "JPN", "05"), ("JPN", "KOR", "05")}


def test_a_visit_named_as_the_occasion_of_a_pledge_is_made_not_pledged(coder):
    events = _code(coder, "Japan's prime minister pledged to deepen security ties with Australia during a visit to "
                          "Canberra.", "en")
    assert {(e.target.text, e.modality) for e in events if e.root == "04"} == {("Canberra", "asserted")}
    events = _code(coder, "Japan's prime minister agreed to visit Canberra.", "en")
    assert {(e.target.text, e.modality) for e in events if e.root == "04"} == {("Canberra", "future")}


def test_what_another_demands_of_an_actor_is_no_statement_of_its_intent(coder):
    events = _code(coder, "The PRC demanded that the US cancel plans to sell anti-tank weapons to Taiwan.", "en")
    assert ("CHN", "USA", "100") in _codes(events)
    assert {(e.cameo, e.modality) for e in events if e.source.country == "USA"} == {("072", "future")}


def test_an_act_an_actor_is_set_to_do_is_scheduled_not_done(coder):
    events = _code(coder, "China is set to host Iranian officials next week.", "en")
    assert ("043", "future") in {(e.cameo, e.modality) for e in events}
    assert ("043", "asserted") not in {(e.cameo, e.modality) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("North Korea is believed to have sold artillery shells to Russia.", ("PRK", "RUS", "072")),
    ("Hezbollah is thought to have fired rockets at Israel.", ("LBN", "ISR", "195")),
])
def test_an_actor_others_say_did_an_act_did_it_as_a_claim(coder, text, expected):
    events = _code(coder, text, "en")
    assert {(e.source.country, e.target.country, e.cameo, e.modality) for e in events} == {expected + ("claimed",)}


def test_a_warship_with_missiles_sent_is_no_arms_delivery(coder):
    assert not [e for e in _code(coder, "Amerika Kirim Kapal Perang Rudal Terkuat ke Asia Pasifik") if e.root == "07"]


def test_an_event_told_as_planned_then_as_done_is_coded_once_as_done(coder):
    text = ("Trump Bakal Temui Kim Jong-un di Singapura\n\n"
            "Presiden Amerika Serikat Donald Trump bertemu dengan pemimpin Korea Utara Kim Jong-un di Singapura.")
    events = [e for e in _code(coder, text) if (e.source.country, e.target.country, e.root) == ("USA", "PRK", "04")]
    assert [e.modality for e in events] == ["asserted"]


def test_a_headline_planned_event_told_as_done_below_is_done(coder):
    # the headline's actor is a country's bare name, the body's the same country: one key, told as done
    text = ("Trump Bakal Soroti Isu Penahanan Warga Uighur oleh Cina di PBB?\n\n"
            "Ini terkait kebijakan Cina untuk menahan sekitar satu juta warga Muslim minoritas Uighur di Xinjiang.")
    events = [e for e in _code(coder, text) if e.cameo == "173"]
    assert [e.modality for e in events] == ["asserted"]


@pytest.mark.parametrize("text, lang, modality", [
    # an event noun whose predicate calls it off, or puts it off
    ("Pertemuan Jokowi dengan Mahathir dibatalkan.", "id", "negated"),
    ("Pembicaraan damai antara AS dan Taliban dibatalkan oleh Presiden Donald Trump.", "id", "negated"),
    ("Kunjungan Trump ke Inggris ditunda.", "id", "future"),
    ("The talks between Iran and the United States were cancelled.", "en", "negated"),
])
def test_an_event_called_off_or_put_off_is_not_done(coder, text, lang, modality):
    events = [e for e in _code(coder, text, lang) if e.root == "04"]
    assert events and {e.modality for e in events} == {modality}


def test_a_body_named_with_its_building_is_a_place_not_a_subject(coder):
    text = ("Hari ini, Yusram dan Rektor IPB Arif Satria datang ke Gedung Merah Putih KPK menemui Wakil Ketua KPK "
            "Laode M Syarif guna menyampaikan dukungan moral terhadap KPK.")
    met = [e for e in _code(coder, text) if e.cameo == "040"]
    assert met and all(e.source.sector == "EDU" for e in met)
