"""Whom an act reaches and who does it when the actor stands away from the verb: the parties an appeal
to all of them addresses, the author of what is rejected, those invited, the subject of a list of predicates,
a date or a self-given name between a subject and its verb, institutions acting on each other."""
import pytest
from coding import code as _code, codes as _codes
from peristiwa.records import Article


@pytest.mark.parametrize("text, sector", [
    ("Merespons hal itu, kelompok masyarakat yang menamakan dirinya Himpunan Aktivis Milenial (HAM) Indonesia "
     "mengecam sikap ketiga pimpinan KPK.", "CVL"),
    ("Massa yang menamakan diri Aliansi Mahasiswa dan Pemuda Peduli KPK, dan Forum Silaturahmi Pemuda Indonesia "
     "(FSPI) berunjuk rasa di depan Gedung Dewan Perwakilan Rakyat, Jakarta, Selasa, 17 September 2019.", "CVL"),
])
def test_the_name_a_group_gives_itself_belongs_to_the_group(coder, text, sector):
    assert {e.source.sector for e in _code(coder, text)} == {sector}


def test_who_goes_to_meet_someone_to_ask_is_the_one_who_asks(coder):
    text = ("Kapitra mengatakan ingin menemui Wakil Ketua KPK Saut Situmorang untuk meminta klarifikasi soal dugaan "
            "pelanggaran etik berat Firli Bahuri.")
    assert not [e for e in _code(coder, text) if "Saut" in e.source.text]


def test_forces_helping_forces_cooperate_militarily(coder):
    text = "Pasukan khusus AS membantu militer Afghanistan melawan kelompok militan Taliban."
    assert ("USA", "AFG", "062") in _codes(_code(coder, text))
    assert ("USA", "AFG", "070") in _codes(_code(coder, "Pasukan khusus AS membantu warga Afghanistan."))


@pytest.mark.parametrize("text, expected", [
    ("Riyadh telah menyalahkan Iran atas serangan sebelumnya, yang kemudian dibantah Teheran.", ("IRN", "SAU")),
    ("Namun Amerika Serikat (AS) menyalahkan Iran, yang dengan tegas dibantah oleh Teheran.", ("IRN", "USA")),
    ("Pemerintah Suriah menuduh gerilyawan yang kemudian dibantah gerilyawan.", ("SYR", "SYR")),
])
def test_an_accusation_denied_in_the_passive_is_denied_to_the_accuser(coder, text, expected):
    assert {(e.source.country, e.target.country) for e in _code(coder, text) if e.root == "01"} == {expected}


@pytest.mark.parametrize("text, expected", [
    # (the denial, and the accusation it answers)
    ("Ketua KPK Bantah Tudingan Alexander Marwata soal Konpers Kasus Etik Firli Bahuri", {"016", "112"}),
    ("Agus Rahardjo Minta Pegawai KPK Terima Firli Cs Sebagai Pimpinan Baru", {"020"}),
    ("Badan Nasional Penanggulangan Terorisme (BNPT) menandatangani Nota Kesepahaman dengan Kementerian Kelautan "
     "dan Perikanan (KKP).", {"057"}),  # two institutions of one government
])
def test_an_institution_and_a_member_or_another_institution_can_act_on_each_other(coder, text, expected):
    assert {e.cameo for e in _code(coder, text)} == expected


def test_the_last_of_a_list_of_predicates_shares_the_first_ones_subject_and_is_not_denied(coder):
    text = ("Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya membantah laporan Malaysia dan mengatakan asap "
            "kebakaran hutan Indonesia tidak menyeberang ke Malaysia, serta menuding Malaysia tidak membuka data.")
    accusations = [e for e in _code(coder, text) if e.cameo == "112"]
    assert [(e.source.text, e.target.country, e.modality) for e in accusations] == [("Siti Nurbaya", "MYS", "asserted")]


def test_a_list_closed_by_comma_dan_shares_its_first_subject_and_is_not_denied(coder):
    text = ("Namun pihak berwenang Myanmar membantah bahwa pasukan keamanan melakukan pembakaran, dan menyalahkan para "
            "pemberontak.")
    blamed = [(e.source.sector, e.target.sector, e.modality) for e in _code(coder, text) if e.root == "11"]
    assert blamed == [("GOV", "REB", "asserted")]


def test_a_list_whose_subject_is_no_actor_is_not_given_the_object_of_an_earlier_verb(coder):
    text = ("Ketiga kelompok ini bersuara senada, yakni membela hasil kerja Pansel, mendukung DPR segera memilih "
            "pimpinan KPK baru, dan mendukung revisi UU KPK.")
    assert not any(e.source.sector == "LEG" for e in _code(coder, text))


@pytest.mark.parametrize("text, root, targets", [
    ("Israel kemudian memblokade Gaza dan Mesir menerapkan pembatasan ketat di perbatasan darat.", "19", {"PSE/"}),
    ("AS mendesak Iran dan Rusia menghentikan serangan.", "02", {"IRN/GOV", "RUS/GOV"}),  # both urged
    ("IPW mendukung Polri dan Kejagung memeriksa KPK.", "05", {"IDN/COP", "IDN/JUD"}),  # both supported
    ("China menuduh Amerika Serikat dan Inggris mengobarkan kerusuhan.", "11", {"USA/GOV", "GBR/GOV"}),  # accused
])
def test_an_actor_after_an_object_and_dan_that_starts_a_clause_is_not_an_object(coder, text, root, targets):
    assert {f"{e.target.country}/{e.target.sector}" for e in _code(coder, text) if e.root == root} == targets


def test_an_actor_followed_by_dukungan_is_backed_by_the_next_one(coder):
    text = "Pertempuran antara pasukan pemerintah Yaman dukungan Arab Saudi dan kelompok Houthi terus berlanjut."
    support = {(e.source.country, e.target.text) for e in _code(coder, text) if e.root == "07"}
    assert support == {("SAU", "pasukan pemerintah Yaman")}
    fighting = {(e.source.sector, e.target.sector) for e in _code(coder, text) if e.root == "19"}
    assert fighting == {("MIL", "REB")}


def test_government_forces_fighting_a_countrys_rebels_are_that_countrys(coder):
    text = ("Menlu AS, Mike Pompeo, juga mengatakan tidak ada bukti serangan berasal dari arah Yaman, yang menjadi "
            "lokasi pertempuran antara pasukan pemerintah dukungan Arab Saudi dan kelompok Houthi.")
    assert {(e.source.country, e.target.country) for e in _code(coder, text) if e.root == "19"} == {("YEM", "YEM")}


@pytest.mark.parametrize("text, lang", [
    ("Kementerian Luar Negeri China meminta semua pihak untuk tetap tenang dan menahan diri setelah Amerika Serikat "
     "menyatakan siap menggunakan cara paksa untuk menghentikan program nuklir Korea Utara.", "id"),
    ("China urged all parties to exercise restraint after the United States warned North Korea.", "en"),
])
def test_an_appeal_to_all_parties_addresses_the_parties_named(coder, text, lang):
    appeals = {(e.source.country, e.target.country) for e in _code(coder, text, lang) if e.root == "02"}
    assert appeals == {("CHN", "USA"), ("CHN", "PRK")}


def test_a_request_sent_by_someone_to_someone_is_theirs(coder):
    text = "Permintaan itu sudah dilayangkan TNI kepada pihak militer Australia pada pertengahan Desember 2016."
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text)} == {("IDN", "AUS", "02")}


@pytest.mark.parametrize("text, target", [
    ("Jokowi menolak 4 poin yang diusulkan DPR dalam revisi UU KPK.", "DPR"),
    ("Boris Johnson tiba di Brussel. Parlemen Inggris berulang kali menolak kesepakatan Brexit yang diusulkan "
     "pendahulu Johnson, Theresa May.", "Johnson"),
    ("Bos Huawei itu ditangkap atas tuduhan melanggar sanksi yang dijatuhkan pada Iran.", None),  # (its target)
    ("Ramallah juga meminta pertanggungjawaban atas pelanggaran hukum internasional yang dilakukan Israel.", "Israel"),
    ("Anggota Komisi III Muhammad Syafii mempertanyakan legalitas konpers yang diumumkan oleh Saut Situmorang.",
     "Saut Situmorang"),
])
def test_what_is_rejected_or_questioned_is_aimed_at_whoever_made_it(coder, text, target):
    assert {e.target.text for e in _code(coder, text) if e.root in ("02", "11", "12")} == ({target} if target else set())


@pytest.mark.parametrize("text, lang, target", [
    # condemning an attack on someone is not aimed at them; its author is, when named
    ("Turki Turut Kecam Serangan Terhadap Dua Kilang Minyak Saudi", "id", None),
    ("Prancis melemparkan kecaman keras atas serangan terhadap dua kilang minyak milik perusahaan Arab Saudi, Aramco.",
     "id", None),
    ("France condemned the attack on Saudi oil facilities.", "en", None),
    ("Sekjen PBB Antonio Guterres Mengutuk Serangan Kilang Minyak Saudi", "id", None),  # what was attacked, owned
    ("Giliran Dubes AS Kutuk Serangan Houthi Terhadap Fasilitas Minyak Saudi", "id", "Houthi"),
    ("Inggris juga mengutuk serangan pesawat tak berawak kelompok Houthi terhadap fasilitas minyak Arab Saudi.", "id",
     "Houthi"),
    ("France condemned the Houthi attack on Saudi oil facilities.", "en", "Houthi"),
    # blaming an attack on someone accuses them
    ("Zarif menampik upaya AS untuk menyalahkan serangan terhadap kilang minyak Aramco kepada Teheran.", "id",
     "Teheran"),
])
def test_condemning_an_attack_is_aimed_at_its_author_not_its_victim(coder, text, lang, target):
    assert {e.target.text for e in _code(coder, text, lang) if e.root == "11"} == ({target} if target else set())


@pytest.mark.parametrize("text, lang, target", [
    # an act welcomed or condemned is aimed at whoever did it, named after "by"/"oleh"
    ("Washington welcomed the release of the two American journalists by North Korea.", "en", "North Korea"),
    ("Britain condemned the arrest of the opposition leader by Zimbabwean police.", "en", "Zimbabwean police"),
    ("Pemerintah Indonesia menyambut baik pembebasan dua wartawan Amerika oleh Korea Utara.", "id", "Korea Utara"),
])
def test_an_act_welcomed_or_condemned_is_aimed_at_its_doer(coder, text, lang, target):
    assert {e.target.text for e in _code(coder, text, lang) if e.root in ("05", "11")} == {target}


@pytest.mark.parametrize("text, target", [
    # the actor right after an act protested or condemned did it; the one it went to is not the target
    ("Pemerintah China memprotes penjualan senjata AS ke Taiwan.", "AS"),
    ("Rusia mengecam bantuan militer AS kepada Ukraina.", "AS"),
    # (a mandate handed back in protest goes to the one who takes it)
    ("Pimpinan KPK menyerahkan tanggung jawab pengelolaan KPK kepada Jokowi.", "Jokowi"),
])
def test_the_author_of_an_act_protested_is_its_target(coder, text, target):
    assert {e.target.text for e in _code(coder, text) if e.root in ("11", "14")} == {target}


@pytest.mark.parametrize("text, modality", [
    ("Para awak KPK menolak revisi UU KPK dan sebelumnya mempersoalkan hasil seleksi yang diselesaikan oleh DPR.",
     "asserted"),  # a rejection of its own, not a refusal to act
    ("Trump membatalkan rencananya untuk bertemu Kim Jong Un di DMZ.", "negated"),
])
def test_a_rejection_negates_only_what_it_refuses_to_do(coder, text, modality):
    events = [e for e in _code(coder, text) if e.root in ("11", "04")]
    assert events and {e.modality for e in events} == {modality}


@pytest.mark.parametrize("text", [
    "Terlihat beberapa anggota dari Polisi pun berjaga sekaligus mengatur lalu lintas di lokasi demo.",
    "Polisi Pukul Mundur Demo PMII di KPK yang Rusuh",
])
def test_police_guarding_a_protest_do_not_protest(coder, text):
    assert not [e for e in _code(coder, text) if e.cameo == "141" and e.source.sector == "COP"]


def test_the_invited_are_who_would_visit_or_meet_and_only_would(coder):
    text = ("Pemimpin Korea Utara Kim Jong-un mengundang Presiden Amerika Serikat (AS) untuk mengunjungi Pyongyang "
            "dalam suratnya.")
    visits = {(e.source.country, e.target.country, e.modality) for e in _code(coder, text) if e.root == "04"}
    assert visits == {("USA", "PRK", "future")}
    text = ("Trump bahkan telah mengundang para pemimpin senior Taliban dan Presiden Afghanistan Ashraf Ghani untuk "
            "bertemu di Camp David.")
    assert {e.modality for e in _code(coder, text) if e.root == "04"} == {"future"}


def test_a_date_between_commas_does_not_keep_the_subject_from_its_verb(coder):
    text = ("Massa pengunjuk rasa di Gedung KPK di Kuningan, Jakarta Selatan, pada Sabtu lalu, 14 September 2019, "
            "mendesak Jokowi segera mencopot tiga pemimpin komisi antirasuah.")
    assert {(e.source.sector, e.target.text, e.cameo) for e in _code(coder, text)} == {("CVL", "Jokowi", "1041")}


def test_pada_akhirnya_is_no_date_that_brings_a_far_subject_closer(coder):
    text = ("“Kami akan terus menyerukan Korea Utara untuk mematuhi komitmen publiknya untuk tidak memasok senjata ke "
            "Rusia yang pada akhirnya akan membunuh warga Ukraina,” katanya.")
    assert not [e for e in _code(coder, text) if e.source.country == "PRK" and e.target.country == "UKR"]


def test_a_speaker_who_is_the_subject_of_what_he_says_is_one_of_keduanya(coder):
    text = ("Presiden Korea Selatan Moon Jae-in menyambut baik rencana itu. Trump mengatakan bersedia bertemu "
            "pemimpin tertinggi Kim Jong Un pada akhir tahun ini atau pertemuan keempat keduanya.")
    meetings = {(e.source.country, e.target.country) for e in _code(coder, text) if e.cameo == "040"}
    assert meetings == {("USA", "PRK"), ("PRK", "USA")}


def test_the_country_of_the_city_a_meeting_is_held_in_is_not_one_of_kedua_negara(coder):
    text = ("Presiden Joko Widodo melakukan pertemuan bilateral dengan Perdana Menteri Australia Malcolm Turnbull di "
            "KTT G20, Hamburg, Jerman. Retno mengatakan di pertemuan itu kedua negara sepakat untuk mempercepat "
            "perundingan dagang.")
    agreed = {(e.source.country, e.target.country) for e in _code(coder, text) if e.root == "03"}
    assert agreed == {("IDN", "AUS"), ("AUS", "IDN")}


@pytest.mark.parametrize("text", [
    "TNI juga turut membantu penyerahan Laporan Harta Kekayaan Pejabat Negara.",  # helps a process
    "Namun seorang pengguna Facebook mencoba membela nelayan tersebut.",  # a user, not the company
    "Pompeo Bantah Laporan Soal AS Tarik Mata-mata dari Kremlin",  # a report about the US, not by it
])
def test_no_target_behind_a_process_a_platform_or_a_report(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


def test_a_name_in_a_law_s_title_does_not_hide_the_law_s_author(coder):
    text = ("Pengurus Besar Himpunan Mahasiswa Islam menolak revisi Undang-undang Nomor 30 Tahun 2002 tentang Komisi "
            "Pemberantasan Korupsi yang disahkan DPR.")
    assert {(e.target.text, e.root) for e in _code(coder, text)} == {("DPR", "12")}


@pytest.mark.parametrize("text", [
    "Kasus PLTU Riau, KPK Cegah Melchias Marcus Mekeng ke Luar Negeri",  # a headline, the name spelt with a c
    "KPK mencegah Melchias Markus Mekeng bepergian ke luar negeri.",
])
def test_a_travel_ban_on_a_named_member_of_parliament(coder, text):
    assert {(e.source.text, e.target.sector, e.cameo) for e in _code(coder, text)} == {("KPK", "LEG", "172")}


@pytest.mark.parametrize("text, expected", [
    ("KPK Tetapkan Menpora Imam Nahrawi sebagai Tersangka", ("JUD", "GOV")),
    ("Rusuh di Papua Barat, Polisi Tetapkan 30 Tersangka", ("COP", "CVL")),
])
def test_a_headline_naming_suspects_is_a_charge(coder, text, expected):
    assert {(e.source.sector, e.target.sector, e.cameo) for e in _code(coder, text)} == {expected + ("173",)}


@pytest.mark.parametrize("text, expected", [
    ("AS Masih Tekan Turki agar Hancurkan Sistem Rudal S-400 Rusia", ("USA", "TUR", "111")),
    ("KPK Telusuri Aset Imam Nahrawi", ("IDN", "IDN", "090")),
    ("Erdogan Kritik Keras Kebijakan Trump soal Yerusalem", ("TUR", "USA", "111")),  # past an adverb and a policy
    ("Menlu Retno Bahas Rohingya dengan Menlu Bangladesh", ("IDN", "BGD", "040")),
    ("Rusia Kirim Sistem Rudal S-400 ke Turki", ("RUS", "TUR", "072")),
])
def test_headline_forms_of_pressure_and_inquiry(coder, text, expected):
    assert expected in {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text)}


def test_a_topic_after_a_list_marker_is_not_an_addressee(coder):
    text = "Sejak menjabat sebagai PM, Mahathir mendorong upaya pemberantasan korupsi, terutama terkait mantan PM Najib Razak."
    assert not _code(coder, text)
    assert _code(coder, "Amerika Serikat memperingatkan pesaingnya, termasuk Tiongkok.")


@pytest.mark.parametrize("text", [
    "Habibie dikenal sebagai ahli pesawat. Saat masuk pemerintahan rezim Soeharto, banyak pihak yang meremehkan dan "
    "bahkan mencibirnya.",
])
def test_a_group_no_actor_names_did_the_second_verb_of_its_clause(coder, text):
    assert not _code(coder, text)


def test_a_group_named_before_its_relative_clause_still_acts(coder):
    text = "Kelompok Houthi, yang berperang melawan pemerintah Yaman, mengaku bertanggung jawab."
    assert ("YEM", "YEM", "19") in {(e.source.country, e.target.country, e.root) for e in _code(coder, text)}


@pytest.mark.parametrize("text", [
    "Jusuf Kalla menjenguk Presiden ketiga RI BJ Habibie di RSPAD.",
    "Jusuf Kalla menjenguk Presiden ke-3 RI BJ Habibie di RSPAD.",
])
def test_an_office_with_its_ordinal_and_country_names_its_holder(coder, text):
    [event] = _code(coder, text)
    assert event.target.text.startswith("Presiden ke") and event.target.text.endswith("BJ Habibie") and event.cameo == "042"


def test_what_an_actor_deserves_is_no_demand(coder):
    text = "Jusuf Kalla mengatakan, guru honorer harus mendapatkan perhatian."
    assert not [e for e in _code(coder, text) if e.root == "10"]


@pytest.mark.parametrize("text, expected", [
    ("Partai Nasdem akhirnya resmi memberikan dukungan kepada cagub-cawagub, Edy Rahmayadi dan Musa Rajekshah.",
     "Edy Rahmayadi"),
    ("Polisi menangkap YIK (31), warga Tanjung Sari, Jabung, Lampung Timur.", "YIK"),  # (the one arrested, named)
])
def test_the_actor_in_apposition_to_an_unknown_object_is_the_target(coder, text, expected):
    assert {e.target.text for e in _code(coder, text)} == {expected}


def test_a_list_after_a_preposition_is_no_apposition(coder):
    text = "KPK efektif memerangi korupsi melalui operasi tangkap tangan terhadap politisi, pejabat dan pengusaha."
    assert not [e for e in _code(coder, text) if e.cameo == "173"]


def test_warships_sent_are_no_arms_delivery(coder):
    assert not [e for e in _code(coder, "Amerika Kirim Kapal Perang Rudal Terkuat ke Asia Pasifik") if e.root == "07"]


@pytest.mark.parametrize("text", ["Korea Selatan dan Amerika Serikat menggelar latihan militer gabungan.",
                                  "Indonesia dan Malaysia menggelar patroli bersama di Selat Malaka."])
def test_a_joint_exercise_or_patrol_of_two_countries_is_cooperation_both_ways(coder, text):
    events = _code(coder, text)
    assert {e.cameo for e in events} == {"062"} and len({(e.source.country, e.target.country) for e in events}) == 2


@pytest.mark.parametrize("text", ["Pemerintah Myanmar membantah tuduhan genosida terhadap Rohingya.",
                                  "Polri Bantah Ada Penembakan Pelajar di Papua Barat",
                                  "Setya membantah adanya pertemuan dengan Andi di rumahnya."])
def test_a_denial_is_not_aimed_at_the_victim_or_party_of_what_it_denies(coder, text):
    assert not [e for e in _code(coder, text) if e.root == "01"]


def test_opposing_attacks_on_civilians_is_not_aimed_at_the_civilians(coder):
    events = _code(coder, "China menentang setiap serangan terhadap warga sipil Arab Saudi.")
    assert not [e for e in events if e.root == "12"]


@pytest.mark.parametrize("text", [
    "Jokowi bertemu Mahathir. Kedua pemimpin sepakat meningkatkan kerja sama.",
    "Menlu Retno bertemu Menlu Malaysia Saifuddin Abdullah. Dalam pertemuan itu, kedua menteri sepakat meningkatkan "
    "kerja sama perdagangan.",
])
def test_the_two_leaders_or_ministers_are_the_two_named_before(coder, text):
    events = [e for e in _code(coder, text) if e.root == "03"]
    assert {(e.source.country, e.target.country) for e in events} == {("IDN", "MYS"), ("MYS", "IDN")}


def test_the_united_nations_written_with_a_spaced_hyphen_is_the_un(coder):
    events = _code(coder, "Belarusia mengkritik Perserikatan Bangsa - bangsa.")
    assert {(e.source.country, e.target.igo) for e in events} == {("BLR", "UN")}


@pytest.mark.parametrize("text, expected", [
    ("Kanada membagikan bukti penyiksaan tersebut dengan AS.", {("CAN", "USA", "064")}),  # past "tersebut"
    ("Kanada menyerahkan laporan penyiksaan kepada AS.", set()),  # what the report shows is not Canada's act
    ("Kanada menunjukkan bukti serangan kepada AS.", set()),
    ("Laporan serangan Israel ke Gaza muncul.", {("ISR", "PSE", "190")}),  # (its doer named: the attack)
])
def test_an_act_a_record_shows_is_not_the_act_of_who_hands_it_over(coder, text, expected):
    assert _codes(_code(coder, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Demonstran menyerbu Dewan Legislatif, memblokir jalan-jalan ke bandara Hong Kong.",
     {("HKG", "HKG", "145", "CVL"), ("HKG", "HKG", "144", "CVL")}),
    ("Kabut asap memaksa pemerintah Malaysia mengirim surat ke Indonesia, mendesak pemerintah setempat memadamkan "
     "kebakaran.", {("MYS", "IDN", "040", "GOV"), ("MYS", "IDN", "020", "GOV")}),
    ("Ketiga kelompok ini bersuara senada, yakni membela hasil kerja Pansel Capim KPK, mendukung DPR segera memilih "
     "pimpinan KPK baru.", set()),  # the list's subject is no actor
    ("Presiden Zimbabwe Emmerson Mnangagwa, diapit oleh setengah lusin tentara yang membawa senapan, mengunjungi "
     "Afrika Selatan.", {("ZWE", "ZAF", "042", "GOV")}),  # (a relative clause's verb before the comma is not the list)
])
def test_a_predicate_after_a_comma_shares_the_lists_subject_not_the_object_before(coder, text, expected):
    assert {(e.source.country, e.target.country, e.cameo, e.source.sector) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text", [
    "Polisi menangkap kelompok yang menolak Pancasila dan menentang pemerintah.",
    "Jokowi meminta polisi menindak kelompok yang anti Pancasila dan menentang Undang - undang Dasar 1945.",
    "AS akan terus membidik individu - individu dan entitas - entitas yang bertanggung jawab atas keuangan dan "
    "mendukung program rudal balistik Korea Utara.",
])
def test_a_second_act_of_an_unnamed_group_in_a_relative_clause_is_the_groups(coder, text):
    assert not [e for e in _code(coder, text) if e.root in ("05", "07", "12")]


@pytest.mark.parametrize("text, expected", [
    ("AS mengumumkan sanksi-sanksi baru bagi Korea Utara.", {("USA", "PRK", "163")}),
    ("AS melancarkan serangan-serangan ke Suriah.", {("USA", "SYR", "190")}),
    ("Beberapa warga Palestina melemparkan batu-batu ke arah tentara Israel.", {("PSE", "ISR", "145")}),
])
def test_a_plural_event_noun_or_object_is_read_as_its_singular(coder, text, expected):
    assert _codes(_code(coder, text)) == expected


def test_a_name_after_a_second_act_noun_is_that_acts_not_the_requesters(coder):
    text = "Imigrasi telah menerima surat permintaan pencegahan Imam Nahrawi ke luar negeri dari KPK."
    assert not any(e.source.person == "Imam Nahrawi" for e in _code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Pakistan summoned the Indian envoy to protest the killing of civilians along the Line of Control.",
     {("PAK", "IND", "114")}),  # the killing is no act of the envoy, nor the civilians the protest's target
    ("The European Union imposed new sanctions on Belarus over the crackdown on protesters.",
     {("IGO", "BLR", "163")}),  # the crackdown is the reason, not the EU's act
])
def test_an_act_named_as_what_is_protested_or_the_reason_is_not_the_subjects(coder, text, expected):
    assert _codes(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text, country", [
    ('"Saya meletakkan dasar untuk mengakui kedaulatan Israel atas Lembah Jordan," kata Perdana Menteri Israel '
     'Benjamin Netanyahu.', "ISR"),
    ("Delegasi Arab Saudi tiba di Jenewa. Delegasi itu memuji Arab Saudi atas reformasi ekonominya.", "SAU"),
])
def test_a_pronoun_or_anaphor_for_a_government_acting_on_its_own_country_is_no_event(coder, text, country):
    assert not [e for e in _code(coder, text) if e.source.country == e.target.country == country]


def test_what_is_about_to_be_done_to_someone_is_no_announced_threat(coder):
    text = ("Juru Bicara KPK Febri Diansyah mengatakan, Hilman diminta keterangannya terkait pelarian Setya Novanto "
            "saat akan ditangkap penyidik KPK pada pertengahan November 2017.")
    assert all(e.cameo != "137" for e in _code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Tito mengunjungi Riau bersama Panglima TNI Marsekal Hadi Tjahjanto.", set()),  # went with, not visited
    ("Jokowi menggelar rapat di Jakarta bersama DPR.", {("IDN", "IDN", "040")}),  # a meeting with them
])
def test_who_goes_along_on_a_visit_is_not_visited(coder, text, expected):
    assert _codes(_code(coder, text)) == expected


def test_backing_a_candidate_who_was_a_general_is_support_in_words_not_aid(coder):
    from peristiwa.records import Article
    text = "Partai Nasdem memberikan dukungan kepada Edy Rahmayadi di Pilgub Sumatera Utara."
    events = coder.extract(Article(id="t", text=text, lang="id", date="2018-01-08")).events  # (still a general then)
    assert {(e.target.sector, e.cameo) for e in events} == {("MIL", "051")}


def test_criticism_an_act_provoked_after_a_comma_is_aimed_at_its_doer_not_its_object(coder):
    events = _code(coder, "Arab Saudi menyerang pemberontak Houthi sejak 2015, memicu kritik dari Moskow.")
    assert ("RUS", "SAU", "111") in _codes(events) and ("RUS", "YEM", "111") not in _codes(events)


@pytest.mark.parametrize("text, unwanted", [
    # an official the text gives no country is not one of the two countries it mediates between
    ("The emir launched a mediation effort between the Emirates and Saudi Arabia.", "04"),
    # a participle of an act that needs an object qualifies the noun before it: Nigeria ordered them out
    ("Benin opened its borders today to most West Africans ordered out of Nigeria as illegal aliens.", "17"),
    # a passive's agent is not sought past the next clause's verb
    ("Students kidnapped in Kaduna were freed by the army.", "18"),
    # a country's border is a place: villages near it are shelled, not the country
    ("Iraqi troops shelled Kurdish villages near the Turkish border on Tuesday.", "19"),
])
def test_no_actor_is_made_the_doer_of_what_it_did_not_do(coder, text, unwanted):
    assert not [e for e in _code(coder, text, "en") if e.root == unwanted]


@pytest.mark.parametrize("text", ["China mengecam kunjungan Ketua DPR AS ke Taiwan.",
                                  "China Kecam Kunjungan Ketua DPR AS ke Taiwan"])
def test_criticising_a_visit_is_aimed_at_the_visitor_not_where_he_went(coder, text):
    assert {(e.target.country, e.target.sector) for e in _code(coder, text) if e.root == "11"} == {("USA", "LEG")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Jepang memberikan bantuan senilai 2 juta dolar AS kepada korban gempa di Sulawesi Tengah.", "id",
     {("JPN", "IDN", "070")}),
    ("Jepang mengirim bantuan kemanusiaan untuk korban gempa di Palu.", "id", {("JPN", "IDN", "073")}),
    # help given to do something somewhere is not aid to that place
    ("New Delhi berdalih langkah itu akan membantu mengintegrasikan wilayah itu dalam perekonomian India, "
     "bukan Pakistan.", "id", set()),
])
def test_aid_reaches_the_country_its_receivers_are_in(coder, text, lang, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, lang)
            if e.cameo.startswith("07")} == expected


@pytest.mark.parametrize("text, expected", [
    # those on strike are no strike
    ("South African police fired rubber bullets at striking miners in Marikana.", {("ZAF", "ZAF", "175")}),
    ("Russian jets are striking rebel positions in Idlib.", {("RUS", "SYR", "195")}),
    # "talks" after a preposition is the noun: the meeting of the one who speaks
    ("Israeli Prime Minister Benjamin Netanyahu, speaking after talks with Egyptian President Hosni Mubarak, said he "
     "would not freeze settlement construction.", {("ISR", "EGY", "040")}),
])
def test_an_english_ing_or_s_form_read_as_what_it_is(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, "en")} == expected


@pytest.mark.parametrize("text, code", [
    # what the asked act is for is not what is asked
    ("Sejak saat itu, AS juga mendesak DK PBB untuk menjatuhkan sanksi yang lebih keras agar Korut menghentikan "
     "ambisi pengembangan senjata nuklirnya.", "020"),
    ("Rusia meminta Korea Utara untuk memasok senjata.", "0232"),
    # "untuk" before a noun is no second purpose: "kondusif untuk dialog" is still what is asked
    ("China mendesak Amerika Serikat untuk mengadopsi pendekatan yang lebih kondusif untuk dialog.", "026"),
])
def test_an_appeal_asks_for_what_its_first_purpose_names(coder, text, code):
    assert {e.cameo for e in _code(coder, text) if e.cameo.startswith("02")} == {code}


@pytest.mark.parametrize("text, expected", [
    ("Korea Utara mengecam kebijakan bermusuhan AS terhadap DPRK.", {("PRK", "USA", "111")}),
    ("Arab Saudi mengecam kebijakan berbahaya Iran.", {("SAU", "IRN", "111")}),
])
def test_an_attributive_ber_word_does_not_hide_the_owner_of_what_is_condemned(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The International Criminal Court opened an investigation into alleged war crimes in Afghanistan.", "en",
     {("IGO:ICC", "AFG", "090")}),
    ("UN investigators are probing human rights abuses in Myanmar.", "en", {("IGO:UN", "MMR", "090")}),
    # a state's probe of a case abroad is of its own people there, not of that country
    ("KPK mendalami kasus e-KTP di Singapura dan Amerika.", "id", set()),
])
def test_an_international_bodys_probe_of_acts_in_a_country_is_of_that_country(coder, text, lang, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, lang)
            if e.cameo.startswith("09")} == expected


@pytest.mark.parametrize("text, expected", [
    ("The United States reaffirmed its support for Taiwan's security.", {("USA", "TWN", "051")}),
    ("Pakistan moved troops to its border with India following the attack in Kashmir.", {("PAK", "IND", "154")}),
    ("Morocco suspended contacts with the German embassy in Rabat.", {("MAR", "DEU", "160")}),
    # after a preposition an -ing form is the clause subject's act, and "planned" before another noun is that
    # noun's: the meeting was held
    ("Kenya's opposition leader called off planned protests after meeting President Uhuru Kenyatta.",
     {("KEN", "KEN", "040")}),
])
def test_english_newswire_support_deployment_contacts_and_meetings(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo)
            for e in _code(coder, text, "en") if e.modality == "asserted" and e.cameo[:2] != "08"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kenyan Union of Teachers announced on Monday that it had called off a week-long strike.", "en",
     {("KEN", "KEN", "GOV", "082")}),
    ("Serikat buruh membatalkan aksi mogok kerja yang direncanakan pekan depan.", "id", {("IDN", "IDN", "GOV", "082")}),
    ("Polisi menghentikan aksi unjuk rasa mahasiswa.", "id", set()),  # the police ease no dissent
])
def test_a_strike_called_off_eases_dissent_against_the_protesters_government(coder, text, lang, expected):
    assert {(e.source.code, e.target.code, e.target.sector, e.cameo) for e in _code(coder, text, lang)
            if e.cameo.startswith("08")} == expected


@pytest.mark.parametrize("text, expected", [
    # a time phrase before the closing preposition, a duration before the event noun
    ("China lodged a protest on Tuesday with Japan.", {("CHN", "JPN", "114")}),
    ("Russian and Chinese warships on Tuesday launched seven days of war games in the Sea of Japan.",
     {("RUS", "CHN", "062"), ("CHN", "RUS", "062")}),
])
def test_a_day_or_a_duration_inside_the_phrase_does_not_hide_the_event(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, "en")} == expected


@pytest.mark.parametrize("text, date, expected", [
    ("Germany reminded Iran that it must respect the nuclear deal.", "2019-06-01", {("DEU", "IRN", "100")}),
    ("Exiled opposition leaders said President Kagame and his Rwandan Patriotic Front must allow free elections.",
     "2003-06-01", {("RWA", "RWA", "100")}),
    ("Archbishop Desmond Tutu called for sanctions against Zimbabwe.", "1992-06-01", {("ZAF", "ZWE", "111")}),
])
def test_english_demands_told_to_one_and_sanctions_called_for(coder, text, date, expected):
    events = coder.extract(Article(id="t", text=text, lang="en", date=date)).events
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == expected


@pytest.mark.parametrize("text, expected", [
    # the charge's words name no target of the act, and a participle with "of" qualifies its noun
    ("Iran hanged two men convicted of spying for Israel.", set()),
    ("Iran convicted two men of spying for Israel.", set()),
    ("Iran accused Israel of spying for the United States.", {("IRN", "ISR", "112")}),
    ("Egypt jailed three journalists accused of aiding the Muslim Brotherhood.", {("EGY", "EGY", "173")}),
])
def test_what_someone_is_convicted_or_accused_of_names_no_target(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, "en")
            if e.modality == "asserted"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Amerika Serikat menegaskan kembali dukungannya terhadap Taiwan.", {("USA", "TWN", "051")}),
    ("Pakistan memindahkan pasukan ke perbatasan dengan India.", {("PAK", "IND", "154")}),
    ("Rusia mengerahkan tank di dekat perbatasan Ukraina.", {("RUS", "UKR", "154")}),
    ("Maroko menangguhkan kontak dengan kedutaan besar Jerman di Rabat.", {("MAR", "DEU", "160")}),
])
def test_indonesian_support_reaffirmed_troops_moved_and_contacts_suspended(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text)} == expected


def test_a_leader_welcomed_in_person_is_a_visit_hosted(coder):
    events = _code(coder, "Presiden Jokowi menyambut Perdana Menteri Australia Scott Morrison di Istana Bogor.")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {("IDN", "AUS", "043"), ("AUS", "IDN", "042")}
    assert {e.cameo for e in _code(coder, "Indonesia menyambut baik keputusan Australia itu.")} == {"051"}


@pytest.mark.parametrize("text, expected", [
    # the one a protest is lodged with stays its target when what it is over went to a third party
    ("China lodged a strong protest with the United States over the arms sale to Taiwan.", {("CHN", "USA", "114")}),
    ("Lebanon complained to the United Nations over two Israeli air raids.", {("LBN", "ISR", "114")}),
    # the streets or outskirts of a capital are a place: a march there is against whom it denounces, shelling
    # there against the place's country
    ("Thousands of Iraqis took to the streets of Baghdad to denounce the U.S. occupation.", {("IRQ", "USA", "141")}),
    ("Syrian rebels shelled the outskirts of Damascus.", {("SYR", "SYR", "194")}),
])
def test_what_a_protest_is_over_and_the_streets_of_a_capital(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, "en")} == expected


@pytest.mark.parametrize("text, expected", [
    ("The United States has no plans to impose new sanctions on Iran, a spokesman said.", {("163", "negated")}),
    ("Turkey is reportedly planning a military operation against Kurdish militants in Syria.", {("190", "future")}),
])
def test_no_plans_is_no_act_and_planning_is_not_yet_done(coder, text, expected):
    assert {(e.cameo, e.modality) for e in _code(coder, text, "en")} == expected


def test_thanks_for_someones_support_go_to_them(coder):
    events = _code(coder, "Duta Besar Palestina mengucapkan terima kasih atas dukungan Indonesia.")
    assert {(e.source.code, e.target.code, e.cameo) for e in events} == {("PSE", "IDN", "051")}


@pytest.mark.parametrize("text, lang, expected", [
    # the one an act criticised went to is not whom the criticism is aimed at
    ("China memprotes penjualan senjata ke Taiwan.", "id", set()),
    ("China protested the arms sale to Taiwan.", "en", set()),
    ("China memprotes penjualan senjata AS ke Taiwan.", "id", {("CHN", "USA", "114")}),
    # a protest lodged with a government about a topic is lodged with it
    ("Menteri Luar Negeri Bangladesh mengatakan pihaknya sudah memasukkan protes soal ranjau darat ke pemerintah "
     "Myanmar.", "id", {("BGD", "MMR", "114")}),
])
def test_a_protest_is_not_aimed_at_the_receiver_of_what_it_protests(coder, text, lang, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, lang)
            if e.cameo.startswith("11")} == expected


@pytest.mark.parametrize("title, expected", [
    ("Trump Ancam Jatuhkan Sanksi Berat ke Turki", {("USA", "TUR", "1312")}),
    ("Iran Tolak Berunding dengan AS", {("IRN", "USA", "125")}),
    ("AS Cabut Sanksi terhadap Perusahaan Rusia", {("USA", "RUS", "085")}),
    ("Turki Tarik Dubes dari Belanda", {("TUR", "NLD", "161")}),
    ("Filipina Bekukan Kerja Sama dengan China", {("PHL", "CHN", "160")}),
])
def test_headline_forms_of_threatened_sanctions_refused_talks_and_lifted_sanctions(coder, title, expected):
    events = coder.extract(Article(id="t", lang="id", date="2019-09-20", title=title, text="")).events
    assert {(e.source.code, e.target.code, e.cameo) for e in events if e.modality == "asserted"} == expected
