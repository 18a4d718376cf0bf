"""Who did what to whom across clauses: receiving, channels, attributions, reported clauses, relatives,
purposes, offices and relatives of officials, on sentences written for these tests (most modelled on
errors found by reading samples of coded corpus events)."""
import pytest
from coding import code as _code, codes as _codes, keys as _keys
from peristiwa.records import Article


def test_an_indirect_question_holds_no_target(coder):
    events = _code(coder, "Keluarga masih berkumpul dan berdiskusi apakah jenazah akan dibawa ke Jakarta atau tidak.")
    assert not [e for e in events if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ukraina mendapatkan bantuan militer dari Amerika Serikat.", "id", ("USA", "UKR", "07")),
    ("Ukraine received military aid from the United States.", "en", ("USA", "UKR", "07")),
    # what an actor's step provokes from another is that other's act on it
    ("Langkah Washington itu menimbulkan kecaman keras dari Havana.", "id", ("CUB", "USA", "11")),
])
def test_what_an_actor_receives_from_another_was_done_by_the_giver(coder, text, lang, expected):
    assert _keys(_code(coder, text, lang)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Uni Eropa menyetujui permintaan Inggris untuk perpanjangan batas waktu Brexit.", ("GBR", "IGO:EU", "02")),
    ("Islamabad menolak permintaan Perdana Menteri India untuk menggunakan wilayah udara Pakistan.",
     ("IND", "PAK", "02")),
    ("Jokowi mempertimbangkan tawaran bantuan Malaysia.", ("MYS", "IDN", "03")),
    # the one whose act is asked for is not the one asked
    ("Australia menolak permintaan Indonesia untuk mengekstradisi tersangka korupsi itu.", ("IDN", "AUS", "02")),
    ("Qatar membantah seluruh tudingan tersebut dan menolak tuntutan Arab Saudi.", ("SAU", "QAT", "10")),
])
def test_whoever_answers_an_appeal_or_offer_was_asked_or_offered(coder, text, expected):
    events = _code(coder, text)
    assert expected in _keys(e for e in events if e.modality == "asserted")


def test_demands_yielded_to_are_not_the_yielders_own(coder):
    # PLOVER gold CONCEDE-0001: the president concedes (08); the demands are UNITA's, not his
    events = _code(coder, "Angolan President Dos Santos conceded at last to demands from UNITA to overhaul the "
                          "judiciary.", "en")
    assert {(e.source.country, e.root) for e in events} == {("AGO", "08")}


def test_a_request_not_yet_received_was_not_made(coder):
    events = _code(coder, "Kepolisian Singapura belum menerima permintaan dari Polri mengenai keberadaan Honggo.")
    assert not [e for e in events if e.modality in ("asserted", "claimed")]


def test_an_attack_noun_names_its_target_then_its_doer(coder):
    text = "Rouhani mengatakan, serangan pada fasilitas minyak Arab Saudi oleh pemberontak Houthi adalah peringatan."
    assert _keys(_code(coder, text)) == {("YEM", "SAU", "19")}


def test_marching_towards_an_embassy_makes_it_the_target_not_the_protester(coder):
    events = _code(coder, "Ratusan mahasiswa di Jakarta berunjuk rasa menuju Kedutaan Besar Amerika Serikat.")
    assert {(e.source.country, e.target.country, e.root) for e in events} == {("IDN", "USA", "14")}


def test_initials_of_a_suspect_are_not_an_organisation(coder):
    events = _code(coder, "KPK menahan tersangka berinisial MA.")
    assert events and all(e.target.text != "MA" and e.target.country == "IDN" for e in events)


def test_a_known_surname_in_anothers_full_name_stays_that_persons(coder):
    text = "Pakar media sosial Ismail Fahmi menyatakan serangan itu terencana. Ismail mengkritik polisi."
    events = _code(coder, text)
    assert {(e.source.country, e.target.country, e.root) for e in events} == {("IDN", "IDN", "11")}


@pytest.mark.parametrize("text, lang", [
    ("Serangan udara AS menewaskan enam orang polisi Afghanistan di Provinsi Helmand.", "id"),
    ("Sebuah drone milik Amerika Serikat menghantam milisi di Afganistan.", "id"),
    ("A US drone strike killed 30 farmers in Afghanistan.", "en"),
])
def test_a_country_whose_weapon_strikes_acts_through_its_armed_forces(coder, text, lang):
    events = _code(coder, text, lang)
    assert events and {(e.source.country, e.source.sector) for e in events} == {("USA", "MIL")}


def test_a_country_that_attacks_without_a_named_weapon_keeps_no_sector(coder):
    events = _code(coder, "Rusia menyerang Idlib.")
    assert {(e.source.country, e.source.sector) for e in events} == {("RUS", "")}


@pytest.mark.parametrize("text, expected", [
    # the agent after 'oleh' did it, to the person the clause is about ...
    ("Menteri Pemuda dan Olahraga Imam Nahrawi mengundurkan diri. Imam mengaku baru tahu penetapan tersangka "
     "oleh Komisi Pemberantasan Korupsi (KPK) itu.", ("JUD", "GOV", "17")),
    # ... or to whom a preposition after the agent points
    ("Mahasiswa memprotes serangan oleh polisi terhadap demonstran.", ("COP", "CVL", "19")),
])
def test_the_agent_of_an_event_noun_after_oleh_is_its_source(coder, text, expected):
    assert expected in {(e.source.sector, e.target.sector, e.root) for e in _code(coder, text)}


def test_the_agent_after_the_time_and_place_of_an_act_did_it(coder):
    events = _code(coder, "Al-Zawahri menjadi pemimpin al-Qaeda setelah pembunuhan Osama bin Laden pada 2011 lalu di "
                          "Abbottabad, Pakistan oleh SEAL Angkatan Laut AS.")
    assert {(e.source.country, e.target.text, e.root) for e in events} == {("USA", "Osama bin Laden", "19")}


@pytest.mark.parametrize("text, expected", [
    # force aimed at a site in a country, with no other target, lands on that country ...
    ("Kelompok pemberontak Yaman, Houthi, telah melancarkan serangan terhadap ladang-ladang minyak di Arab Saudi.",
     {("YEM", "SAU", "19")}),
    # ... but stamping out a practice there is no attack on it (fighting a fire: test_no_such_act)
    ("KPK memberangus praktik korupsi di Indonesia.", set()),
    # a site in a province of a country, past the words of its part of it
    ("Jet tempur koalisi pimpinan Arab Saudi menghantam sebuah pasar di Provinsi Hajjah, Yaman.", {("SAU", "YEM", "19")}),
])
def test_force_aimed_at_a_site_in_a_country(coder, text, expected):
    assert {k for k in _keys(_code(coder, text)) if k[2] in ("18", "19", "20")} == expected


def test_criticising_an_arrest_by_the_police_is_not_being_arrested(coder):
    events = _code(coder, "Presiden Jokowi mengkritik penangkapan oleh polisi.")
    assert {(e.source.sector, e.target.sector, e.root) for e in events} == {("GOV", "COP", "11")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Korea Selatan menyalurkan bantuan kepada Korea Utara melalui Program Pangan Dunia.", "id", ("KOR", "PRK", "07")),
    ("Japan sent aid through the Red Cross to Myanmar.", "en", ("JPN", "MMR", "07")),
])
def test_the_channel_of_an_act_is_not_its_target(coder, text, lang, expected):
    assert _keys(_code(coder, text, lang)) == {expected}


@pytest.mark.parametrize("text", [
    "Presiden Jokowi melepas bantuan kemanusiaan untuk pengungsi Rohingya di Bangladesh.",
    "Pemerintah Jepang menyerahkan bantuan kemanusiaan kepada pengungsi Rohingya.",
    "Uni Emirat Arab mengucurkan bantuan pangan bagi pengungsi Rohingya.",
])
def test_aid_released_or_handed_over_is_given_by_the_subject(coder, text):
    assert {k[2] for k in _keys(_code(coder, text))} == {"07"}


@pytest.mark.parametrize("text, expected", [
    # a comma before an actor and its verb starts a new clause, not a list (a list ends with "dan") ...
    ("Arab Saudi memimpin pasukan koalisi berperang melawan Houthi, milisi Houthi kerap menyerang fasilitas "
     "masyarakat Arab Saudi.", ("REB", "CVL")),
    ("Arab Saudi berperang melawan Houthi yang mendongkel presiden Abdrabbuh Mansur Hadi, milisi Houthi kerap "
     "menyerang fasilitas masyarakat Arab Saudi.", ("REB", "CVL")),
    # ... but a name after a comma is in apposition to the title before it
    ("Putri Hassa, saudara perempuan dari Putra Mahkota Arab Saudi, Mohammed bin Salman divonis hukuman "
     "percobaan oleh pengadilan di Paris.", None),
])
def test_an_actor_after_a_comma_opens_a_clause(coder, text, expected):
    events = _code(coder, text)
    if expected is None:
        assert not [e for e in events if e.target.text == "Mohammed bin Salman"]
    else:
        # (an armed group's force on civilians is coded 18)
        assert expected in {(e.source.sector, e.target.sector) for e in events if e.root in ("18", "19")}


def test_a_country_someone_comes_from_stands_for_its_people(coder):
    events = _code(coder, "Seorang pria asal Malaysia menyerang polisi di Jakarta.")
    assert {(e.source.country, e.source.sector) for e in events} == {("MYS", "CVL")}


@pytest.mark.parametrize("text, expected", [
    # condemning an attack is not attacking (nor aimed at the one attacked)
    ("Prancis mengecam keras serangan terhadap kilang minyak Arab Saudi.", set()),
    ("Prancis melemparkan kecaman keras atas serangan terhadap kilang minyak Arab Saudi.", set()),
    # the owner of an attacked ship does not attack
    ("Hal tersebut menyusul serangan terhadap kapal tanker milik Jepang dan juga Arab Saudi, serta upaya "
     "penyerangan terhadap kapal tanker Inggris.", set()),
    # a request received in a letter comes from its sender
    ("Direktorat Jenderal Imigrasi telah menerima surat permintaan dari Komisi Pemberantasan Korupsi.", {("IDN", "IDN", "02")}),
    ("Serangan terhadap kilang minyak Arab Saudi yang dilakukan oleh Iran mengejutkan dunia.", {("IRN", "SAU", "19")}),
    # a program of joint exercises, begun together
    ("Jepang dan Amerika Serikat memulai program latihan angkatan laut gabungan di perairan sekitar Okinawa.",
     {("JPN", "USA", "06"), ("USA", "JPN", "06")}),
    # an act "dilakukan oleh" an actor a few words on
    ("Pejabat AS mengatakan serangan terhadap kilang minyak terbesar Arab Saudi pada pekan lalu dilakukan oleh Iran.",
     {("IRN", "SAU", "19")}),
    # ordering an act is doing it
    ("Kuwait memerintahkan pengusiran 15 diplomat Iran.", {("KWT", "IRN", "17")}),
    # an ordinal between the noun and its partner
    ("Pernyataan ini disampaikan Trump dalam pertemuan pertama dengan Presiden Palestina Mahmoud Abbas.",
     {("USA", "PSE", "04")}),
    # the doer right after the noun ("yang dilakukan/dipimpin X"), the target after the doer
    ("Serangan yang dilakukan Arab Saudi terhadap Houthi telah menewaskan ribuan orang.", {("SAU", "YEM", "19")}),
    ("Kedua pemimpin itu memperingatkan bahwa invasi yang dipimpin Arab Saudi ke Yaman telah mengakibatkan "
     "puluhan ribu kematian.", {("SAU", "YEM", "19")}),
])
def test_who_does_what_an_event_noun_names(coder, text, expected):
    events = _code(coder, text)
    assert {(e.source.country, e.target.country, e.root) for e in events} == expected
    assert all(e.source.sector == "JUD" for e in events if e.root == "02")


def test_who_leads_an_actor_does_not_do_its_act(coder):
    text = "Kemudian terjadi baku tembak antara KKB yang dipimpin oleh Abu Razak dengan Satgas penindakan KKB."
    assert all(e.source.text != "Abu Razak" for e in _code(coder, text))


def test_a_request_that_someone_act_is_addressed_to_them(coder):
    text = "Penyelidikan pemakzulan berpusat pada permintaan Trump agar Ukraina menyelidiki saingan politiknya."
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text)} == {("USA", "UKR", "02")}


@pytest.mark.parametrize("text, expected", [
    # the second of two coordinated verbs shares the first one's subject, not the noun it acts on
    ("Arab Saudi mengecam komentar Netanyahu dan mendesak rapat darurat Organisasi Kerja Sama Islam (OKI).",
     {("SAU", "ISR", "11"), ("SAU", "IGO:OIC", "02")}),
    # a speaker whose clause has its own subject did not attack; one who says it did, did
    ("Kerajaan Arab Saudi mengatakan senjata yang digunakan dalam serangan ke kilang minyaknya merupakan buatan Iran.",
     set()),
    ("Israel mengatakan telah melakukan ratusan serangan terhadap sasaran milik Iran.", {("ISR", "IRN", "19")}),
])
def test_coordinated_verbs_and_reported_clauses(coder, text, expected):
    assert _keys(_code(coder, text)) == expected


@pytest.mark.parametrize("text, lang", [
    ("Menurut polisi, kelompok itu menyerang warga.", "id"),
    ("Menurut kejaksaan umum Belanda, para tersangka pernah berperang melawan pasukan Suriah.", "id"),
    ("According to the police, the group attacked villagers.", "en"),
])
def test_whom_a_report_is_attributed_to_did_not_act(coder, text, lang):
    sources = {e.source.text for e in _code(coder, text, lang)}
    assert sources <= {"tersangka"}  # the suspects fought; the prosecutors only say so


def test_one_foreign_place_does_not_make_an_indonesian_story_foreign(coder):
    text = ("Pemerintah Indonesia mencabut paspor Veronica Koman. Ditjen Imigrasi akan berkoordinasi dengan pejabat "
            "imigrasi di Australia, tempat Veronica berada. Kementerian Luar Negeri Indonesia dan Polri sepakat. "
            "Polisi menangkap aktivis itu.")
    events = [e for e in _code(coder, text) if e.source.sector == "COP"]
    assert events and all(e.source.country == "IDN" for e in events)


@pytest.mark.parametrize("text, expected", [
    # what an official says there is does not make his country the attacker
    ("Pejabat anonim AS itu menuturkan ada 19 titik pada target, dan serangan drone ke Aramco itu berasal dari "
     "wilayah barat laut.", set()),
    # a bombing's unnamed perpetrators belong to where it happened, not to where it was talked about
    ("Kepada awak media di Washington, Trump menuturkan serangan bom di Kabul yang menewaskan 12 orang, termasuk "
     "satu tentara AS, merupakan kesalahan besar.", {("AFG", "USA", "19")}),
])
def test_speakers_and_places_that_did_not_strike(coder, text, expected):
    assert _keys([e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]) == expected


@pytest.mark.parametrize("text, root, modality", [
    ("Tentaranya Tewas karena Serangan Bom Jadi Sebab Trump Batalkan Pertemuan dengan Taliban", "04", "negated"),
    ("Pimpinan KPK merasa perlu bertemu dengan Presiden untuk membahas revisi.", "04", "hypothetical"),
    ("Iran Bantah Serang Fasilitas Minyak Saudi", "19", "negated"),  # a headline denial denies the act
    # an act kept from happening did not happen
    ("Polisi meminta pegawai KPK masuk ke gedung guna menghindari bentrok dengan massa.", "14", "negated"),
    ("Polisi berhasil menggagalkan serangan bom kelompok teroris terhadap Mabes Polri.", "18", "negated"),
])
def test_cancelled_needed_or_denied_acts_did_not_happen(coder, text, root, modality):
    assert {e.modality for e in _code(coder, text) if e.root == root} == {modality}


@pytest.mark.parametrize("text, expected", [
    # backing an armed group is material aid; backing a state is support
    ("Pemberontak Yaman didukung oleh Iran.", {("IRN", "YEM", "070")}),
    ("Kanada yang didukung oleh Amerika Serikat telah mendorong pengakuan itu.", {("USA", "CAN", "051")}),
])
def test_what_being_backed_means_depends_on_who_is_backed(coder, text, expected):
    assert _codes(_code(coder, text)) == expected


@pytest.mark.parametrize("partner", ["Arab Saudi", ","])  # (the corpus text lost the partner's name)
def test_an_attack_named_in_a_comparison_is_not_done_by_the_subject(coder, partner):
    text = (f"Pemimpin Korea Selatan dan {partner} bersepakat meningkatkan kerja sama melawan serangan teroris "
            "seperti yang terjadi dalam serangan drone terhadap kilang Saudi Aramco.")
    assert not [e for e in _code(coder, text) if e.root == "19"]


@pytest.mark.parametrize("text, source, modality", [
    ("Pemimpin Tertinggi Iran Diduga Izinkan Serangan ke Kilang Minyak Saudi", "Pemimpin Tertinggi Iran", None),
    # nor is a modal, a promise or a feeling part of a name
    ("PM Israel Janji Akan Caplok Wilayah Tepi Barat", "PM Israel", "future"),
    ("Pemimpin Hong Kong Kembali Peringatkan AS untuk Tidak Ikut Campur", "Pemimpin Hong Kong", "asserted"),
    # glad to have been able to meet: they met
    ("Utusan Presiden China Senang Bisa Bertemu Presiden Jokowi", "Utusan Presiden China", "asserted"),
])
def test_a_name_after_a_title_stops_at_a_headline_verb(coder, text, source, modality):
    events = _code(coder, text)
    assert {e.source.text for e in events} == {source}
    assert modality is None or {e.modality for e in events} == {modality}


@pytest.mark.parametrize("text, expected", [
    # a headline that opens with a passive and its agent: the one after the comma suffered it
    ("Diserang Roket Gaza, Netanyahu Buru-buru Turun Panggung Kampanye", {("PSE", "ISR", "19")}),
    ("Dituding AS Serang Kilang Minyak Saudi, Iran: Kebohongan Besar", {("USA", "IRN", "11")}),
    ("Dituduh AS Serang Pabrik Minyak Arab Saudi, Iran Siap Perang", {("USA", "IRN", "11")}),
    # (the object of a second verb is not the agent of the first: no one accuses Iran here)
    ("Dituduh Serang Kilang Minyak Saudi Aramco, Iran: Siap Berperang", set()),
    # condolences go to the one whose death the headline names
    ("BJ Habibie Meninggal, Kamboja Ikut Berduka", {("KHM", "IDN", "01")}),
    ("Habibie Wafat, Inggris, Rusia dan Amerika Ucapkan Belasungkawa",
     {("GBR", "IDN", "01"), ("RUS", "IDN", "01"), ("USA", "IDN", "01")}),
    # one that opens with an active verb names who acted after the comma
    ("Tepis Tudingan Malaysia, Indonesia Siap Adu Data soal Asap Karhutla", {("IDN", "MYS", "01")}),
    ("Menanggapi laporan Amnesty, polisi Hong Kong mengatakan mereka menghormati privasi.",
     {("HKG", "IGO:AMNESTY", "01")}),
    # headline forms, and a headline's noun used as its verb
    ("Amerika Potong Dana Bantuan ke Afganistan karena Korupsi", {("USA", "AFG", "16")}),
    ("Kerahkan Kapal Induk ke LCS, China Kirim Peringatan ke Inggris", {("CHN", "GBR", "13")}),
    ("AS Sanksi Menteri Keamanan Zimbabwe", {("USA", "ZWE", "16")}),
    ("Jet Tempur Saudi Dilaporkan Bombardir Milisi Pro-Iran di Suriah", {("SAU", "SYR", "19")}),  # reportedly
    # a country after a place and a comma is the subject when the headline's verb follows it
    ("Insiden di Perbatasan, Pakistan Panggil Diplomat Afghanistan dan India", {("PAK", "AFG", "11")}),
    ("Setelah Arab Saudi, Houthi Ancam Serang UEA", {("YEM", "ARE", "13")}),
    ('Korea Utara Sambut Baik Usul "Metode Baru" Trump dalam Pembicaraan Denuklirisasi', {("PRK", "USA", "05")}),
    # a headline's condolences go to the person it names
    ("Sebut BJ Habibie Negarawan Visioner, Bangladesh Sampaikan Belasungkawa", {("BGD", "IDN", "01")}),
    # the weapons that hit a site in a country, said to come from another: claimed attack on that country
    ("Pejabat AS Klaim Senjata yang Serang Fasilitas Saudi Berasal dari Iran", {("IRN", "SAU", "19")}),
    ("Cina Beri Rp 7 T, Solomon Putuskan Hubungan dengan Taiwan", {("SLB", "TWN", "16")}),
    ("Presiden Trump Perintahkan Sanksi Ekonomi Lebih Berat untuk Iran", {("USA", "IRN", "16")}),
    ("Putra Mahkota Arab Saudi Siap Balas Serangan Drone Houthi", {("SAU", "YEM", "13")}),  # ready to: a threat
    # saying that actors did a grave act accuses each of them
    ("Penyelidik PBB Sebut Rusia, AS, dan Suriah Lakukan Kejahatan Perang",
     {("IGO:UN", "RUS", "11"), ("IGO:UN", "USA", "11"), ("IGO:UN", "SYR", "11")}),
    ("Komisi Penyelidikan PBB untuk Suriah mengatakan bahwa Rusia telah melakukan kejahatan perang.",
     {("IGO:UN", "RUS", "11")}),
    ("Bersalah, Pengadilan Prancis Jatuhkan Vonis Penjara kepada Putri Saudi", {("FRA", "SAU", "11")}),
])
def test_headline_shapes(coder, text, expected):
    keys = _keys(_code(coder, text))
    assert expected <= keys and (expected or not [k for k in keys if k[1] == "IRN" and k[2] == "11"])


@pytest.mark.parametrize("text", [
    "Demo di KPK Ricuh, Polisi Tembakkan Gas Air Mata",  # the police answer a protest, they do not make it
    "Sejalan dengan resolusi Dewan Keamanan, Inggris menganggap Yerusalem Timur wilayah pendudukan.",  # no act
])
def test_no_subject_after_the_comma_of_a_scene_setting_opening(coder, text):
    assert not [k for k in _keys(_code(coder, text)) if k[2] in ("14", "01")]


@pytest.mark.parametrize("text", [
    "Demo PMII di Gedung KPK Ricuh, Massa dan Polisi Kejar-kejaran",
    "Demo HMI di Gedung KPK Ricuh, Massa dan Polisi Kejar-kejaran",
])
def test_the_group_named_right_after_a_protest_made_it(coder, text):
    protests = [e for e in _code(coder, text) if e.root == "14"]
    assert [(e.source.sector, e.target.sector) for e in protests] == [("EDU", "JUD")]


def test_saying_the_police_committed_torture_accuses_them(coder):
    events = _code(coder, "Amnesty International said Hong Kong police committed torture against protesters.", "en")
    assert ("IGO:AMNESTY", "HKG", "11") in _keys(events)


def test_a_known_surname_after_a_headline_verb_is_that_person(coder):
    events = _code(coder, "Kim Jong-un Undang Trump ke Pyongyang. Trump menyambut baik surat Kim Jong-un.")
    assert ("USA", "PRK", "05") in _keys(events)


@pytest.mark.parametrize("text, expected", [
    ("Massa mencopot kain hitam di logo KPK.", set()),  # a thing the KPK owns, not the KPK
    ("Mahasiswa menggelar aksi demo di depan gerbang DPR.", {("EDU", "LEG", "14")}),  # a protest at the DPR
])
def test_a_place_named_by_its_owner(coder, text, expected):
    assert {(e.source.sector, e.target.sector, e.root) for e in _code(coder, text)} == expected


@pytest.mark.parametrize("text, lang", [
    ("Sebaliknya, Beijing menuduh pemerintah asing, termasuk Amerika Serikat dan Inggris, menghasut kerusuhan.", "id"),
    ("Beijing accused foreign governments, including the United States and Britain, of inciting the unrest.", "en"),
])
def test_foreign_governments_in_general_are_the_ones_listed(coder, text, lang):
    assert _keys(_code(coder, text, lang)) == {("CHN", "USA", "11"), ("CHN", "GBR", "11")}


def test_two_agents_of_one_kind_share_the_country_named_after_the_second(coder):
    events = _code(coder, "Iran juga mengancam bahwa kapal induk dan pangkalan AS di kawasan berada dalam jangkauan rudalnya.")
    assert events and {e.target.country for e in events} == {"USA"}


def test_civilians_travelling_to_a_country_make_no_visit(coder):
    assert not _code(coder, "Ada lagi yang jadi favorit warga Indonesia saat bertandang ke Jepang di musim dingin.")
    assert _code(coder, "Ratusan demonstran mendatangi kantor gubernur.")  # but they do go to an official


@pytest.mark.parametrize("text, lang, expected", [
    ("Raja Arab Saudi Salman bin Abdulaziz Al Saud tiba di Moskow pada Rabu (4/10) waktu setempat dalam kunjungan "
     "resmi pertama pemimpin kerajaan itu ke Rusia.", "id", {("SAU", "RUS", "042")}),
    ("Pasukan AS tiba di Polandia pada Senin.", "id", {("USA", "POL", "154")}),  # troops arriving are deployed
    ("US troops arrived in Poland on Monday.", "en", {("USA", "POL", "154")}),
    # an arrival at home, at a site or from a country is no visit
    ("Presiden Joko Widodo tiba di Pekanbaru pada Senin.", "id", set()),
    ("Jokowi tiba di Lanud Roesmin Nurjadin Pekanbaru dengan pesawat kepresidenan.", "id", set()),
    ("Xanana menjelaskan hotel itu bukan untuk dirinya saat polisi dan aparat setempat tiba di lokasi.", "id", set()),
    ("Ayahnya ditangkap karena menyelundup masuk Palestina secara ilegal sebelum tiba di Israel.", "id", set()),
])
def test_an_arrival_abroad_is_a_visit(coder, text, lang, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text, lang)
            if e.cameo.startswith(("04", "15"))} == expected


def test_a_purpose_shares_the_mood_of_its_clause(coder):
    text = ("Perdana Menteri Israel, Benjamin Netanyahu mengatakan, Israel mungkin akan melancarkan operasi "
            "skala besar di Gaza untuk menghancurkan Hamas.")
    assert {e.modality for e in _code(coder, text)} == {"hypothetical"}


def test_an_english_purpose_shares_the_mood_of_its_clause(coder):
    text = "Netanyahu said Israel may launch a large operation in Gaza to destroy Hamas."
    assert {e.modality for e in _code(coder, text, "en")} == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "Sang majikan lantas menelepon polisi dan PRT asal Indonesia ditangkap.",  # "sang" (the), not Truong Tan Sang
    "Wali Kota Surabaya mengkritik polisi.",  # "Wali Kota" (mayor), not Aminu Wali
])
def test_surnames_that_are_indonesian_words_name_no_foreigner(coder, text):
    assert all(e.source.country in ("IDN", "") and e.target.country in ("IDN", "") for e in _code(coder, text))


@pytest.mark.parametrize("text", [
    # a whether-clause has its own subject, whom the lexicon may not know
    "Para penyidik Inggris sedang menyelidiki apakah Abedi pernah berkunjung ke Libya.",
    # an event noun with its own predicate ends before the names after it
    "Saat serangan bom terjadi Raja George VI dan permaisurinya Ratu Elizabeth sedang minum teh.",
    # a person the lexicon does not know is the object; the country after "ke" is where they go
    "Saat ini KJRI Jeddah masih berupaya untuk memulangkan Musammah ke Indonesia.",
    # "I heard that they killed …": the hearer did not kill
    "\"Ketika saya mendengar bahwa mereka membunuh seorang tentara Qatar, saya menolak bertemu,\" kata Trump.",
    # the object is a person the lexicon does not know; what follows is their own clause
    "Jaksa Penuntut AS tetap menuding Butina telah bekerja sama dengan seorang pejabat pemerintah Rusia.",
    # an event noun inside the name of an office
    "Direktorat Pengawasan Internal dan Pengaduan Masyarakat telah menyampaikan laporan pemeriksaan Firli kepada KPK.",
    # deported from abroad: not by the police the sentence names
    "Polisi telah menghitung jumlah WNI yang telah pulang atau dideportasi dari berbagai negara.",
    # charged alongside a former general: he is a co-defendant, not the prosecutor
    "Politikus PPP didakwa menguasai empat senjata api secara tidak sah bersama-sama dengan mantan Kepala Staf "
    "Kostrad Kivlan Zen.",
    # the far fallback for a target stops at "sebagai" (as): what the act is meant as
    "Pemerintah menetapkan tiga hari berkabung nasional dan mengimbau pengibaran bendera merah putih setengah tiang "
    "sebagai bentuk penghormatan atas berpulangnya BJ Habibie.",
    # a statement that refers to sanctions does not impose them
    "Pernyataan Zarif merujuk pada sanksi terhadap sejumlah besar teroris dan pendukung mereka.",
    # a verb after "dan" shares the subject of the verb before, not that verb's object's owner
    "Kami dari PB PMII menyatakan sikap meminta KPK untuk tidak menjadi alat politik, percepat pelantikan pimpinan "
    "KPK, dan mendukung pengesahan UU KPK oleh DPR.",
    # what someone is glad about is not their own act
    "Sementara warga Afganistan mengaku senang pembicaraan damai dengan Taliban dibatalkan.",
    # co-subjects of a visit do not visit each other; an act named as the role of its doer ("pelaku
    # penyerangan") does not reach past its own phrase
    "Gubernur Jambi Zumi Zola dan Kapolda Jambi Brigadir Jendaral Priyo Widyanto langsung mengunjungi lapas itu.",
    "Menteri Angkatan Bersenjata Prancis mengatakan pelaku penyerangan masih berada dalam pengejaran polisi.",
    # a country acting on its own capital is acting on itself
    "Meski mempertahankan kebijakan satu China, mengakui Beijing dan bukan Taipei.",
    # an attack that dates the sentence ("pasca serangan terhadap …") is not its subject's act
    "Penunjukan O'Brien dilakukan di tengah ketegangan antara AS dengan Iran pasca serangan terhadap instalasi "
    "minyak Arab Saudi.",
    # people who are no actor, heading a relative clause, are its subject
    "Trump mengatakan dia tidak akan pernah mau berbicara dengan orang-orang yang secara terbuka mengakui telah "
    "membunuh tentara Kanada.",
    # names after "era" date something
    "Dia bertahan dari tekanan pemerintah AS era Clinton dan Obama untuk menghentikan pembangunan pemukiman.",
])
def test_clauses_and_phrases_that_hold_no_event_between_their_actors(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]


@pytest.mark.parametrize("text, expected", [
    # whom a report is attributed to is not one of the parties that follow
    ("Menurut Lavrov, Rusia dan Indonesia sepakat mengedepankan hukum internasional.",
     {("RUS", "IDN", "03"), ("IDN", "RUS", "03")}),
    # the source of a report, set off by commas, does not part the subject from its verb
    ("Raja Abdullah II, seperti dikutip dari Al Arabiya, Senin (16/9/2019), mendukung Arab Saudi untuk setiap "
     "tindakan yang diambilnya guna menjaga keamanan dan stabilitas.", {("JOR", "SAU", "05")}),
    # a verb after "dan sejak itu" shares the subject of the verb before
    ("Arab Saudi memimpin koalisi untuk membantu Presiden Abd Rabbo Mansour Hadi dan sejak itu berperang dengan Houthi.",
     {("SAU", "YEM", "07"), ("SAU", "YEM", "19")}),
    # what the subject forbids a non-actor to do is not aimed at whoever comes after
    ("Korea Utara memiliki aturan yang melarang pengunjung memotret patung-patung pemimpin.", set()),
    # claiming responsibility is not being blamed by the speaker
    ("Trump menyebut, keputusan ini diambil setelah kelompok Taliban mengaku bertanggung jawab atas serangan itu.",
     set()),
])
def test_attribution_coordination_objects_and_claims(coder, text, expected):
    assert _keys([e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]) == expected


def test_a_negative_imperative_is_negated(coder):
    events = _code(coder, "Kita jangan curigai dulu seolah-olah DPR ini balas dendam.")
    assert {e.modality for e in events} <= {"negated"}


def test_a_sentence_full_of_names_is_not_a_headline(coder):
    text = ("Gubernur DKI Jakarta Anies Baswedan mengkritik polisi. Penyidik Direktorat Reserse Kriminal Umum Polda "
            "Metro Jaya mendatangi rumah Novel Baswedan di Kelapa Gading, Jakarta Utara, Selasa (27/2/2018).")
    assert not [e for e in _code(coder, text) if e.target.sector == "GOV" and e.source.sector == "COP"]


@pytest.mark.parametrize("text, lang", [
    ("Presiden Afghanistan Ashraf Ghani menyambut baik keputusan itu. Trump mengatakan bahwa dia telah memutuskan "
     "untuk mengakhiri pembicaraan damai dengan Taliban.", "id"),
    ("Afghan President Ashraf Ghani welcomed the decision. Trump said he had decided to end peace talks with the "
     "Taliban.", "en"),
])
def test_a_pronoun_opening_what_a_person_says_is_that_person(coder, text, lang):
    assert ("USA", "AFG", "16") in _keys(_code(coder, text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Trump mengatakan tarif untuk produk Indonesia diturunkan setelah dirinya berbicara langsung dengan Presiden "
     "Prabowo Subianto melalui sambungan telepon.", "id"),
    ("Trump mengatakan tarif diturunkan setelah ia berbicara dengan Prabowo.", "id"),
    ("Trump said tariffs were cut after he spoke with Prabowo.", "en"),
])
def test_a_pronoun_opening_a_later_clause_of_what_a_person_reports_is_that_person(coder, text, lang):
    assert _keys(_code(coder, text, lang)) == {("USA", "IDN", "04")}


def test_a_pronoun_opening_a_later_clause_is_the_person_the_sentence_opens_with(coder):
    text = ("Presiden Joko Widodo bertemu Presiden Vladimir Putin di Istana Kremlin, Moskow, Kamis (30/6), sehari "
            "setelah ia menemui Presiden Volodymyr Zelensky di Kyiv.")
    events = coder.extract(Article(id="t", text=text, lang="id", date="2022-06-30")).events
    assert {(e.source.country, e.target.country) for e in events} == {("IDN", "RUS"), ("IDN", "UKR")}


def test_a_pronoun_after_someone_else_is_named_in_the_report_is_not_the_reporter(coder):
    events = _code(coder, "Trump mengatakan Jokowi menurunkan tarif setelah ia berbicara dengan Prabowo.")
    assert ("USA", "IDN", "04") not in _keys(events)


@pytest.mark.parametrize("text, expected", [
    ("Erdogan mengatakan dirinya telah menelepon Donald Trump untuk membahas pembelian Patriot.",
     {("TUR", "USA", "04")}),
    ("KPK menuding dirinya menerima suap dari Malaysia.", set()),  # an accuser's "dirinya" is someone else
])
def test_dirinya_opening_what_a_person_says_is_the_speaker(coder, text, expected):
    assert {k for k in _keys(_code(coder, text)) if k[2] != "11"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Menteri Luar Negeri Swedia, Ann Linde mengecam keras pernyataan yang dibuat oleh Perdana Menteri Israel, "
     "Benjamin Netanyahu.", ("SWE", "ISR", "11")),
    ("Indonesia turut melemparkan kecaman keras atas pernyataan yang dilontarkan Perdana Menteri Israel.",
     ("IDN", "ISR", "11")),
    ("Teheran menyanggah tuduhan yang dilayangkan AS atas serangan di Abqaiq.", ("IRN", "USA", "01")),
])
def test_criticising_what_an_actor_said_or_did_is_aimed_at_that_actor(coder, text, expected):
    assert expected in _keys(_code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Menteri Luhut Binsar Pandjaitan meminta Menteri Susi Pudjiastuti menghentikan penenggelaman kapal.",
     {("IDN", "IDN", "02")}),
    ("Presiden Joko Widodo atau Jokowi meminta menteri bekerja keras.", set()),  # one man, twice
    ("Jokowi didampingi Menteri Keuangan Sri Mulyani dalam pertemuan itu.", set()),  # goes with him
])
def test_one_official_may_act_on_another_of_the_same_government(coder, text, expected):
    assert _keys(_code(coder, text)) == expected


@pytest.mark.parametrize("text", [
    "Terdapat spekulasi bahwa serangan itu berasal dari Irak, yang kemudian dibantah Baghdad.",
    "Namun Amerika Serikat menyalahkan Iran, yang dengan tegas dibantah oleh Teheran.",
])
def test_a_capital_does_not_act_on_its_own_country(coder, text):
    assert not [e for e in _code(coder, text) if e.source.country == e.target.country]


def test_a_bare_stem_inside_a_name_is_no_verb(coder):
    text = ("KPK menetapkan Kepala Dinas Kelautan dan Perikanan Pemprov Kepri Edy Sofyan serta Kepala Bidang "
            "Perikanan Tangkap Budi Hartono sebagai tersangka.")
    assert {e.rule.split(" [")[0] for e in _code(coder, text)} == {"id:173:menetapkan"}  # charged, not "tangkap"
    assert [e.cameo for e in _code(coder, "Polisi Tangkap Pelaku Penyerangan Novel")] == ["173"]  # a headline


@pytest.mark.parametrize("text, expected", [
    # one act told by a generic and a specific word is coded once, specifically
    ("Serangan udara AS menewaskan enam orang polisi Afghanistan.", ["195"]),
    # a kill named as an aircraft's is from the air
    ("Drone AS Tewaskan 30 Petani di Afganistan", ["195"]),
    # headline forms
    ("Taiwan Putus Hubungan Diplomatik dengan Kiribati", ["161"]),
    # an embassy closed in a country: that country is the target
    ("Taiwan menutup Kedutaan Besar di Solomon Islands.", ["161"]),
    ("Jokowi Jenguk Habibie di RSPAD", ["042"]),
    ("Pertama Kali, Iran Akui Penjarakan Tiga Warga Australia", ["173"]),
])
def test_the_code_of_an_act(coder, text, expected):
    assert [e.cameo for e in _code(coder, text)] == expected


def test_an_attack_in_an_article_about_an_air_strike_is_that_air_strike(coder):
    events = coder.extract(Article(id="t", title="Serangan, AS Tewaskan 30 Pekerja Perkebunan Afghanistan",
                                   text="Pasukan AS melancarkan serangan drone terhadap militan di Nangarhar, "
                                        "Afghanistan.", lang="id", date="2019-09-16")).events
    first = [e for e in events if e.in_title]
    assert [(e.source.country, e.source.sector, e.target.country, e.cameo) for e in first] == [
        ("USA", "MIL", "AFG", "195")]
    assert "air strike told elsewhere" in first[0].rule
    # an attack between other countries keeps its generic code
    assert {e.cameo for e in _code(coder, "Pasukan AS melancarkan serangan drone terhadap militan di Afghanistan. "
                                          "Rusia menyerang Ukraina.") if e.source.country == "RUS"} == {"190"}


def test_a_condition_after_a_promise_or_appeal_does_not_unmake_it(coder):
    events = _code(coder, "Presiden Jokowi berjanji akan memperbaiki komunikasi dengan DPR jika terpilih kembali.")
    assert [(e.cameo, e.modality) for e in events if e.cameo.startswith("03")] == [("030", "asserted")]


def test_a_leaning_is_no_actor(coder):
    events = _code(coder, "Massa pro Beijing menyerang polisi di Hong Kong.")
    assert all(e.source.country == "HKG" for e in events) and events


def test_tourists_visiting_are_no_state_visit(coder):
    assert _code(coder, "Jumlah wisatawan Yordania yang berkunjung ke Indonesia tercatat sebanyak 4.806 orang.") == []


def test_a_city_after_a_district_and_a_comma_is_a_place(coder):
    text = "SBY menulis tentang rumahnya di kawasan Kuningan, Jakarta yang digeruduk oleh seratusan mahasiswa."
    assert not [e for e in _code(coder, text) if e.target.text == "Jakarta"]


@pytest.mark.parametrize("text", [
    "Trump mengumumkan pembatalan pertemuan dengan Taliban.",
    "Trump membatalkan pembicaraan rahasia dengan Taliban.",
])
def test_calling_off_talks_reduces_relations(coder, text):
    assert ("USA", "AFG", "16") in _keys(_code(coder, text))


def test_a_government_acting_on_its_own_country_is_no_event(coder):
    text = ("Pemimpin Catalunya Carles Puigdemont sejauh ini mengabaikan tuntutan pemerintah nasional untuk "
            "membatalkan upaya melepaskan diri dari Spanyol.")
    assert not [e for e in _code(coder, text) if e.source.country == e.target.country == "ESP" and e.root == "10"]


def test_the_english_name_of_the_solomon_islands_in_indonesian_news(coder):
    assert _keys(_code(coder, "Pemerintah Solomon Islands memutus hubungan resmi dengan Taiwan.")) == {("SLB", "TWN", "16")}


@pytest.mark.parametrize("text, source", [
    ("Perdana Menteri Slovakia Vladimir Meciar lewat polisi rahasianya menculik aktivis Ukraina.", ("SVK", "GOV")),
    ("Jepang, melalui kantor perdana menteri, menyatakan akan terus berkoordinasi dengan Korea Selatan.",
     ("JPN", "GOV")),
])
def test_the_channel_an_actor_acts_through_is_not_the_subject(coder, text, source):
    assert {(e.source.country, e.source.sector) for e in _code(coder, text)} == {source}


@pytest.mark.parametrize("text, expected", [
    # the accuser is the agent of the passive, the accused its subject
    ("Iran menyatakan mereka bersiap untuk perang setelah sebelumnya dituduh AS sebagai dalang serangan drone ke "
     "pabrik minyak Arab Saudi.", {("USA", "IRN", "11"), ("IRN", "SAU", "19")}),
    # a ban's possessor is banned, by no one named
    ("Perintah eksekutif itu berisi ketentuan larangan masuk semua pengungsi ke AS selama 120 hari.", set()),
])
def test_who_is_accused_and_who_is_banned(coder, text, expected):
    assert _keys([e for e in _code(coder, text) if e.modality in ("asserted", "claimed")]) == expected


def test_a_country_named_after_a_hyphenated_weapon_uses_its_forces(coder):
    text = "Para pejabat AS mengatakan rudal darat-ke-udara Iran menembak jatuh pengintai militer Amerika."
    assert {(e.source.country, e.source.sector) for e in _code(coder, text)} == {("IRN", "MIL")}


@pytest.mark.parametrize("text", ["Hamas menembakkan roket ke Israel.",
                                  "Putin menawarkan sistem pertahanan rudal ke Arab Saudi."])
def test_a_country_a_weapon_is_sent_or_fired_to_is_not_armed_by_it(coder, text):
    assert all(e.target.sector != "MIL" for e in _code(coder, text))


def test_a_relative_of_an_official_is_not_the_official(coder):
    text = "PDI Perjuangan berniat mengusung Putra Presiden Joko Widodo, Gibran Rakabuming Raka, di Pilwalkot Solo."
    events = _code(coder, text)
    assert events and all(e.target.sector == "CVL" for e in events)


def test_an_article_of_a_law_is_no_actor(coder):
    events = _code(coder, "Polisi menjerat driver itu dengan Pasal 2 ayat (1) tentang kepemilikan senjata tajam.")
    assert not [e for e in events if e.target.text == "Pasal"]


@pytest.mark.parametrize("text, expected", [
    ("Kemarin Amerika Serikat (AS) menjatuhkan sanksi kepada Menteri Keamanan Zimbabwe, Owen Ncube.",
     {("USA", "ZWE", "16")}),  # an office named between the title and its country
    ("Edy Purwanto mengapresiasi TNI-Polri yang sudah berjibaku memadamkan api dan menangkap para pelaku karhutla.",
     {("IDN", "IDN", "17"), ("IDN", "IDN", "05")}),  # the joint forces
])
def test_offices_between_title_and_country_and_joint_forces(coder, text, expected):
    assert _keys(_code(coder, text)) >= {k for k in expected if k[2] != "05"}


def test_an_appeal_from_an_actor_is_made_by_it(coder):
    text = ("Mahasiswa Papua pulang kampung juga dikarenakan ada imbauan dari Majelis Rakyat Papua (MRP).")
    assert {(e.source.text, e.target.text) for e in _code(coder, text)} == {("Majelis Rakyat Papua (MRP)", "Mahasiswa Papua")}


@pytest.mark.parametrize("text", [
    "Kedua negara menuding Iran sebagai pelaku penyerangan dua fasilitas minyak Arab Saudi.",  # a role of Iran's
    "AS diminta memberikan visa kepada diplomat dan pejabat asing yang hendak berkunjung ke PBB.",  # foreigners
    "Warga Dunia Berdemo Tuntut Selamatkan Bumi dari Perubahan Iklim",  # the world's people
])
def test_roles_foreigners_and_the_world_are_no_actors(coder, text):
    assert not [e for e in _code(coder, text) if e.modality in ("asserted", "claimed")
                and (e.source.sector == "CVL" or e.root in ("03", "04"))]  # (nor the visit's stated intent)


def test_a_suspect_named_as_such_stays_the_target(coder):
    assert ("IDN", "IDN", "17") in _keys(_code(coder, "KPK menetapkan satu orang sebagai tersangka."))


@pytest.mark.parametrize("text, expected", [
    # what the subject presses another to do has not been done
    ("AS Masih Tekan Turki agar Hancurkan Sistem Rudal S-400 Rusia", {"future"}),
])
def test_an_act_after_agar_is_wanted_not_done(coder, text, expected):
    assert {e.modality for e in _code(coder, text) if e.root == "17"} == expected


@pytest.mark.parametrize("text, root, source", [
    # a second bare infinitive after "and" is asked, promised or threatened too, and by the one addressed
    ("The United Nations urged Russia to halt its attacks and withdraw its troops from Ukraine.", "08", "RUS"),
    ("Kenya demanded that Ethiopia withdraw its troops and release the detained Kenyan officials.", "08", "ETH"),
    ("Kenya demanded that Ethiopia step down and fully withdraw its troops from Somalia.", "08", "ETH"),
    ("China vowed to punish Taiwan and impose sanctions on Lithuania.", "16", "CHN"),
])
def test_a_second_infinitive_is_wanted_not_done(coder, text, root, source):
    events = [e for e in _code(coder, text, lang="en") if e.root == root]
    assert events and {(e.source.country, e.modality) for e in events} == {(source, "future")}


@pytest.mark.parametrize("text, root", [
    ("The rebels demanded a ceasefire and attacked the town of Goma.", "19"),
    # a participle that describes the subject governs nothing after it: the main verb is told as done
    ("Protesters demanding reforms clashed with police in Kuala Lumpur on Saturday.", "14"),
])
def test_a_past_verb_after_a_demand_is_done(coder, text, root):
    events = _code(coder, text, lang="en")
    assert {e.modality for e in events if e.root == root} == {"asserted"}


def test_an_appeal_to_halt_attacks_is_one_for_de_escalation(coder):
    assert ("IGO:UN", "RUS", "02") in _keys([e for e in _code(coder, "The United Nations urged Russia to halt its attacks "
                                                               "and withdraw its troops from Ukraine.", lang="en")
                                             if e.cameo == "0256"])


@pytest.mark.parametrize("text", [
    "Kami meminta Duta Besar Australia agar membuat pernyataan mendukung penegakan hukum oleh Polda Jawa Timur.",
    "Penasihat Keamanan Nasional Myanmar mengaku bernegosiasi dengan China dan Rusia agar memblokir upaya PBB.",
])
def test_what_one_is_asked_to_do_is_no_intent_one_states(coder, text):
    assert not [e for e in _code(coder, text) if e.modality == "asserted" and e.root in ("03", "13")]


@pytest.mark.parametrize("text, expected", [
    # a purpose clause names another act's object, not the fighting's target (Syria, where they fought, is)
    ("Hizbullah Lebanon telah berperang di Suriah untuk membela rezim Presiden Bashar al-Assad.", {("LBN", "SYR", "")}),
    # ... unless it says what the deployment counters
    ("Angkatan Laut Amerika mulai mengerahkan kapal perang rudal terkuatnya untuk menangkal pengaruh militer Cina.",
     {("USA", "CHN", "MIL")}),
])
def test_a_purpose_clause_ends_the_target_search(coder, text, expected):
    events = [e for e in _code(coder, text) if e.root in ("15", "19")]
    assert {(e.source.country, e.target.country, e.target.sector) for e in events} == expected


def test_an_associate_of_an_official_is_not_the_official(coder):
    events = _code(coder, "Penyidik KPK menahan asisten pribadi Imam Nahrawi, Miftahul Ulum.")
    assert events and all(e.target.sector == "CVL" for e in events)


@pytest.mark.parametrize("text", [
    "Organisasi pelaku bisnis terbesar Eropa memperingatkan keluarnya Inggris dari Uni Eropa.",
    "Presiden Direktur Panca Nabati menyatakan pihaknya siap membantu Kemendag menjaga stok minyak goreng.",
])
def test_business_people_are_business(coder, text):
    events = _code(coder, text)
    assert events and {e.source.sector for e in events} == {"BUS"}


def test_pbb_among_parties_is_a_party_not_the_un(coder):
    text = "Pasangan Ishak Mekki dan Yudha Pratomo diusung Partai Demokrat, PPP dan PBB."
    assert not [e for e in _code(coder, text) if "IGO" in (e.source.country, e.target.country)]


def test_an_indonesian_police_chief_is_indonesian(coder):
    text = "Kapolri juga melakukan pertemuan dengan Commissioner Royal Brunei Police Force membahas kerja sama."
    assert _keys(_code(coder, text)) == {("IDN", "BRN", "04")}


@pytest.mark.parametrize("text", [
    # another act's agent is not the target of an event noun
    "Setyo juga mengatakan para pelaku kerusuhan juga telah diidentifikasi oleh kepolisian.",
    # the speaker of a headline is not the unnamed accuser
    "Komandan Garda Revolusi: Iran Sering Dituduh karena Negara Iran Sangat Kuat",
    # an event noun in an office's name is no event
    "Direktur Penyidikan Komisi Pemberantasan Korupsi (KPK) Brigadir Jenderal Aris Budiman hadir ke rapat Pansus.",
    # the charge's object is no agent of the charging
    "Dari pihak Kemenpora, Deputi IV Kemenpora, Mulyana, dan dua pejabat pembuat komitmen juga dijadikan terdakwa.",
    # foreigners of no named country are not Indonesians
    "Petugas Kantor Imigrasi Kelas I Jakarta Pusat menangkap sembilan warga negara asing yang diduga ilegal.",
    "Houthi pun memperingatkan perusahaan asing dan warga asing untuk meninggalkan area fasilitas minyak itu.",
    # a relative clause on a plural group the lexicon does not know is theirs, not the speaker's
    "Saut Situmorang Merespons Para Capim yang Mengkritik KPK",
    # a clause after "hingga" + verb is not the target's
    "Presiden Joko Widodo menyatakan perang terhadap praktik mafia migas hingga membubarkan Pertamina Energy Trading.",
    # a quantified non-actor object ends the target search
    "Ketua Umum Partai Golkar Airlangga Hartarto meminta seluruh kadernya mengawal kebijakan Presiden Joko Widodo "
    "dan Wakil Presiden Ma'ruf Amin.",
    # the office one runs for is no actor
    "Dalam pertemuan itu dia menyampaikan niatnya mencalonkan diri sebagai Ketua Umum Golkar.",
    # an attack named as a topic, a group no actor names, soldiers named in a concession
    "China akhirnya turut angkat bicara terkait dengan serangan terhadap dua kilang minyak Arab Saudi.",
    "Erdogan menanggapi laporan grup ultra - nasionalis yang melempari batu sinagog di Istanbul.",
    "Mereka dituduh berafiliasi ke GAM, walau di dalamnya ada prajurit TNI.",
    # an authority named in the next clause did not make the arrest or dismissal
    "Sejumlah jenderal mengundurkan diri atau dicopot, dan pemerintah melakukan penataan intelijen.",
    # criticised: the countries a visitor went to, not the visitor
    "Beijing kerap mengecam negara-negara yang didatangi Dalai Lama.",
    # a law is no actor; a grave is no host
    "Jaksa Agung Israel mengutip undang-undang 2018 yang melarang perdana menteri menyatakan perang.",
    "Mahasiswa Timor Leste mengunjungi pusara presiden ke-3 RI itu di Taman Makam Pahlawan Kalibata.",
    # what a request is about holds no addressee
    "Presiden meminta masukan tentang reformasi kepolisian.",
    "Beberapa fraksi DPR meminta perubahan aturan ini terutama soal penambahan jumlah pimpinan MPR.",
])
def test_sentences_that_code_no_event(coder, text):
    assert not _code(coder, text)


@pytest.mark.parametrize("text, root", [
    pytest.param("Pengadilan Irak menyatakan wanita itu membantu kelompok ISIS.",
                 "07", id="the-subject-of-a-reported-clause-is-not-the-speaker"),
    pytest.param("Komandan Garda Revolusi Iran, Amir Ali Hajizadeh memperingatkan bahwa Iran siap untuk membalas "
                 "jika diserang.", "13", id="warning-that-ones-own-country-is-ready-has-no-addressee"),
    pytest.param("Kepala Kantor Staf Presiden mengatakan komitmen pemerintah dalam memerangi korupsi tidak "
                 "berubah meski menyetujui revisi undang-undang tentang Komisi Pemberantasan Korupsi (KPK).",
                 "19", id="fighting-corruption-does-not-reach-past-a-concession"),
    pytest.param("Malaysia berniat membantu memerangi kebakaran di kawasan hutan di Indonesia.",
                 "19", id="fighting-a-fire-in-a-place-is-not-an-attack-on-it"),
    pytest.param("Polisi menuduh Veronica menyebarkan kabar bohong di asrama Mahasiswa Papua.",
                 "11", id="a-person-the-lexicon-does-not-know-is-the-object-before-their-own-clause"),
    pytest.param("Arab Saudi dan Amerika Serikat menekankan pentingnya memerangi ekstremisme.",
                 "19", id="two-parties-vowing-to-fight-extremism-do-not-fight-each-other"),
    pytest.param("Kepala Negara mengungkapkan telah bertemu banyak orang sebelum membawa 10 nama Capim KPK ke "
                 "DPR.", "04", id="the-far-target-search-stops-at-a-clause-of-time"),
    pytest.param("Maliki menjawab pertanyaan jurnalis soal apakah sistem pertahanannya gagal membendung drone dan "
                 "rudal yang menyerang Aramco.",
                 "19", id="weapons-that-struck-are-no-actor-and-the-asker-of-the-question-did-not-strike"),
    pytest.param("Presiden menandatangani surat revisi UU tersebut meski ia punya waktu 60 hari untuk "
                 "mempertimbangkannya.", "01", id="considering-it-has-no-actor-behind-the-clitic"),
    pytest.param("Imam Nahrawi Ditetapkan Tersangka, Aktivitas Kemenpora Berjalan seperti Biasa",
                 "17", id="a-ministry-named-beside-an-unattributed-arrest-did-not-make-it"),
    pytest.param("Menteri Luar Negeri Retno Marsudi bertemu Wang Yi. Retno mengatakan dia harus kembali.",
                 "10", id="a-speaker-who-says-he-must-do-something-demands-nothing"),
    pytest.param("Massa memprotes pemerintahan Presiden Joko Widodo yang dinilai melindungi Gubernur DKI Jakarta "
                 "Basuki Tjahaja Purnama yang dituding menistakan agama.",
                 "11", id="an-accusation-without-its-accuser-is-not-the-authoritys"),
    pytest.param("Pertemuan itu membahas soal peningkatan nilai kerjasama perdagangan antara Indonesia dengan "
                 "Vietnam.", "06", id="a-cooperation-that-is-talked-about-is-no-cooperation"),
    pytest.param("Pengamanan kunjungan Raja Arab Saudi ke Indonesia juga dibantu oleh Mabes Polri dan TNI.",
                 "07", id="helping-a-process-is-not-helping-the-actor-it-concerns"),
    pytest.param("Massa menuntut kepolisian adil dalam menangani kasus dugaan ujaran kebencian yang menjerat "
                 "politikus Partai NasDem Viktor Laiskodat.", "17", id="a-case-that-ensnares-someone-is-no-actor"),
    pytest.param("Ketua Presidium IPW meminta Komisi Hukum DPR tak usah mendengarkan kelompok yang selama ini "
                 "mengkritik seleksi capim KPK.",
                 "11", id="a-relative-clause-on-an-unnamed-group-has-no-named-subject"),
    pytest.param("Butina divonis 18 bulan penjara pada April setelah dia menyatakan menyesal berkonspirasi dengan "
                 "pejabat Rusia untuk menyusup dalam kelompok hak senjata.",
                 "11", id="an-authority-named-as-anothers-partner-did-not-sentence"),
])
def test_no_such_act(coder, text, root):
    """Sentences that name actors and an act of this root but report no such act between them."""
    assert not [e for e in _code(coder, text) if e.root == root]


@pytest.mark.parametrize("text", [
    # what is fired "ke" a site of a country is fired at that country
    "Dua kapal perang AS meluncurkan 59 rudal jelajah ke pangkalan udara Suriah.",
    "Kapal perang Amerika Serikat meluncurkan 59 rudal jelajah Tomahawk ke pangkalan udara Al Shayrat milik Suriah.",
])
def test_missiles_fired_at_a_countrys_site_hit_that_country(coder, text):
    assert ("USA", "SYR", "195") in _codes(_code(coder, text))


def test_where_an_accusation_is_heard_is_not_its_victim(coder):
    text = "Myanmar menolak tuduhan genosida terhadap warga sipil di Mahkamah Internasional."
    assert all(e.target.igo != "ICJ" and e.target.country != "IGO" for e in _code(coder, text))


@pytest.mark.parametrize("text, expected", [
    # a passive verb coordinated with an active one: its patient is the first verb's subject
    ("Iran menyerang kapal tanker Jepang dan dikecam Amerika Serikat.", ("USA", "IRN", "111")),
    ("Rusia mengirim pasukan ke Suriah dan dikritik oleh Turki.", ("TUR", "RUS", "111")),
    ("Iran attacked a Japanese tanker and was condemned by the United States.", ("USA", "IRN", "111")),
    # after a passive, the one it was done to
    ("Iran was attacked by Iraq and was supported by Syria.", ("SYR", "IRN", "051")),
])
def test_a_coordinated_passive_is_done_to_the_first_subject(coder, text, expected):
    lang = "en" if " was " in text else "id"
    assert expected in _codes(_code(coder, text, lang))


@pytest.mark.parametrize("text, expected", [
    # "saling" (each other) inside a verb phrase, between groups of one country
    ("Polisi dan Pedemo di Gedung KPK Terlibat Saling Dorong", {("IDN", "IDN", "145")}),
    ("Polisi dan mahasiswa saling dorong di depan gedung DPR.", {("IDN", "IDN", "145")}),
])
def test_acts_on_each_other_between_groups_of_one_country(coder, text, expected):
    events = _code(coder, text)
    assert _codes(events) == expected
    # the police and the protesters push each other (not the parliament nor the government)
    assert {e.source.sector for e in events} == {e.target.sector for e in events} and len(events) == 2


def test_what_one_receives_with_another_noun_comes_from_its_giver(coder):
    text = "KPK merupakan lembaga yang hingga saat ini masih mendapat kepercayaan dan dukungan dari masyarakat."
    assert {(e.source.sector, e.target.sector, e.root) for e in _code(coder, text)} == {("CVL", "JUD", "05")}


@pytest.mark.parametrize("text, expected", [
    ("Dubes Inggris untuk Indonesia dipanggil Kementerian Luar Negeri RI terkait pernyataan parlemen Inggris.",
     {("IDN", "GBR", "114")}),
    ("Duta Besar Australia dipanggil oleh Kemlu RI pada Senin.", {("IDN", "AUS", "114")}),
    ("Perwakilan warga dipanggil polisi untuk dimintai keterangan.", set()),  # no envoy
])
def test_an_envoy_summoned_in_the_passive_is_a_complaint_to_his_country(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text) if e.cameo.startswith("11")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Kanselir Jerman Angela Merkel disambut langsung oleh Presiden Prancis Emmanuel Macron di Istana Elysee.",
     {("FRA", "DEU", "043"), ("DEU", "FRA", "042")}),  # the host's welcome, and the visit it answers
    ("Usulan Presiden Macron disambut oleh parlemen Prancis.", set()),  # a proposal, not a visitor
])
def test_a_visitor_welcomed_in_the_passive_is_hosted_by_the_agent(coder, text, expected):
    assert {(e.source.code, e.target.code, e.cameo) for e in _code(coder, text) if e.root == "04"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Jet tempur Suriah dan Rusia membombardir desa-desa di Provinsi Aleppo.", "id",
     {("SYR", "SYR", "195"), ("RUS", "SYR", "195")}),
    ("Russian and Syrian government warplanes pounded rebel-held towns in Aleppo province.", "en",
     {("SYR", "SYR", "195"), ("RUS", "SYR", "195")}),
    ("Pesawat tempur Israel menyerang Gaza setelah roket ditembakkan dari wilayah itu.", "id",
     {("ISR", "PSE", "195")}),  # the aircraft are the phrases of the lexicon's aerial_means
    ("Israeli helicopter gunships attacked a Hamas post in Gaza.", "en", {("ISR", "PSE", "195")}),
    ("Two Palestinian suicide bombers killed 23 people in Tel Aviv.", "en", {("PSE", "ISR", "1823")}),
])
def test_aircraft_named_with_their_country_strike_from_the_air(coder, text, lang, expected):
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text, lang)} == expected


@pytest.mark.parametrize("text, lang", [
    ("Militer Myanmar menghambat masuknya beras dan bantuan kemanusiaan ke Rakhine.", "id"),
    ("Israeli forces blocked the delivery of humanitarian aid to Gaza.", "en"),
])
def test_aid_held_back_is_not_given(coder, text, lang):
    assert not any(e.root == "07" for e in _code(coder, text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    # an arrest of a number of people no actor names is of the state's own people
    ("Polisi Sri Lanka menahan 52 orang yang diduga terlibat kerusuhan di Kandy.", "id", {("LKA", "LKA", "173")}),
    ("Kenyan police arrested at least 40 people after the riots in Kisumu.", "en", {("KEN", "KEN", "173")}),
    # a meeting named, then said to be called off
    ("Pertemuan Presiden Filipina dengan pimpinan Front Pembebasan Islam Moro di Davao kemarin batal digelar.", "id",
     set()),
    # an opening phrase ends at its comma: the subject after it acts
    ("Dalam kunjungan Menlu Marsudi ke Manila, Indonesia dan Filipina menandatangani perjanjian batas laut.", "id",
     {("IDN", "PHL", "057"), ("PHL", "IDN", "057"), ("IDN", "PHL", "042")}),
    # demand in a market is no request
    ("IMF memangkas proyeksi pertumbuhan Malaysia akibat melambatnya permintaan dari China.", "id", set()),
    # one who says he knows who is behind an attack did not carry it out
    ("Presiden Rusia mengaku tahu siapa dalang di balik serangan drone terhadap pangkalan Suriah.", "id", set()),
])
def test_counted_detainees_called_off_meetings_and_opening_phrases(coder, text, lang, expected):
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text, lang)
            if e.modality in ("asserted", "claimed")} == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "his country" is the country of the person before it, not of the accused
    ("Sudanese President Omar al-Bashir accused Chad and Libya of invading his country.", "en",
     {("SDN", "TCD", "112"), ("SDN", "LBY", "112"), ("TCD", "SDN", "190"), ("LBY", "SDN", "190")}),
    # a possessive gerund is done by its possessor
    ("The Turkish government apologised for Greece's shelling of the Cypriot border post.", "en",
     {("GRC", "CYP", "194")}),
    # a time phrase before the closing word of a two-word verb
    ("Somalia appealed on Sunday to Kenya for more troops.", "en", {("SOM", "KEN", "0234")}),  # (for troops: 0234)
    ("Vietnam sent a message of condolence to Laos after the dam collapse.", "en", {("VNM", "LAO", "018")}),
    ("The Japanese prime minister offered his apologies to South Korea.", "en", {("JPN", "KOR", "055")}),
    # civilians who occupy or blockade protest
    ("Thousands of Kenyan students occupied the grounds of parliament.", "en", {("KEN", "KEN", "141")}),
    ("Ratusan mahasiswa Papua memblokade jalan menuju kantor gubernur.", "id", {("IDN", "IDN", "144")}),
    # people captured are arrested; ground captured is occupied
    ("Colombian police captured FARC commander Simon Trinidad in Quito.", "en", {("COL", "COL", "173")}),
    # cooperation halted reduces relations
    ("Canberra suspended all Australian military cooperation with Fiji.", "en", {("AUS", "FJI", "160")}),
    ("A Chechen suicide bomber blew himself up on a crowded bus in Grozny.", "en", {("RUS", "RUS", "1831")}),
    ("Iran massed thousands of Revolutionary Guards on its border with Afghanistan.", "en", {("IRN", "AFG", "154")}),
    ("The Egyptian president is due to begin a state visit to Sudan on Sunday.", "en", set()),
    # an unqualified armed group takes the country its positions are in
    ("Nigerien fighter jets struck jihadist rebel positions in central Mali.", "en", {("NER", "MLI", "195")}),
    # bombs thrown by civilians are a riot, not an air strike
    ("Opposition protesters hurled petrol bombs at riot police in central Caracas.", "en", {("VEN", "VEN", "145")}),
    ("Thousands of Thai and Indonesian troops began annual joint military exercises.", "en",
     {("THA", "IDN", "062"), ("IDN", "THA", "062")}),
    # a rally where something happened is no act of the one it befell
    ("The Kenyan opposition leader was shot dead at a peace rally in Nairobi on Sunday.", "en", set()),
    # one appeal to two addressees asks the same of both
    ("The U.N. chief urged Ethiopia and Eritrea, whose armies are massed along their border, to exercise restraint.",
     "en", {("IGO", "ETH", "0256"), ("IGO", "ERI", "0256")}),
])
def test_english_wire_leads(coder, text, lang, expected):
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text, lang)
            if e.modality in ("asserted", "claimed")} == expected


@pytest.mark.parametrize("text, expected", [
    # a count after the verb of an act of force
    ("Militer Myanmar membakar sedikitnya 40 desa warga Rohingya di Rakhine.", {("MMR", "MMR", "1712")}),
    # a list of countries that opens a sentence is no dateline
    ("Kuwait , Oman dan Yordania memutuskan hubungan diplomatik dengan Qatar .",
     {("KWT", "QAT", "161"), ("OMN", "QAT", "161"), ("JOR", "QAT", "161")}),
    ("Indonesia , Malaysia dan Filipina meluncurkan patroli laut trilateral di Laut Sulu .",
     {(a, b, "062") for a in ("IDN", "MYS", "PHL") for b in ("IDN", "MYS", "PHL") if a != b}),
    ("Pasukan Suriah mengambil alih kota Raqqa dari kelompok ISIS .", {("SYR", "SYR", "192")}),
    ("Pemerintah Jepang menyerahkan 20 ton bantuan kemanusiaan kepada Pemerintah Bangladesh .",
     {("JPN", "BGD", "073")}),
    # the object after "sebagai", past a relative clause between commas
    ("KPK menetapkan Setya Novanto, yang saat itu menjabat Ketua DPR, sebagai tersangka .",
     {("IDN", "IDN", "173")}),
    # aid its subject, handed over in the passive
    ("Bantuan senilai 5 juta dolar AS itu disalurkan Pemerintah Korea Selatan kepada Myanmar .",
     {("KOR", "MMR", "070")}),
    ("Wellington Kucurkan Hibah 10 Juta Dolar untuk Tonga", {("NZL", "TON", "071")}),
    # a crowd of students is students; a site an armed group runs is that group's
    ("Polisi Sri Lanka menembakkan gas air mata ke arah massa mahasiswa di Kolombo .", {("LKA", "LKA", "175")}),
    ("Jet tempur koalisi pimpinan Arab Saudi menghantam gudang yang dikelola Houthi di Hodeidah .",
     {("SAU", "YEM", "195")}),
    # a meeting by telephone (041); open to meeting is an intent (036); an official apology received (055)
    ("Menlu Retno bertukar pandangan dengan Menlu Australia Marise Payne melalui sambungan telepon .",
     {("IDN", "AUS", "041")}),
    ("Gedung Putih menyatakan Presiden Trump masih terbuka untuk bertemu dengan Presiden Iran .",
     {("USA", "IRN", "036")}),
    ("Pemerintah Malaysia menerima permintaan maaf resmi Kedutaan Besar Filipina atas insiden itu .",
     {("PHL", "MYS", "055")}),
])
def test_indonesian_wire_copy(coder, text, expected):
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text)
            if e.modality in ("asserted", "claimed")} == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Agency for International Development said on Thursday it was pausing all food aid to Ethiopia.",
     {("USA", "ETH", "16")}),
    ("China said on Wednesday it was expelling American journalists.", {("CHN", "USA", "17")}),
])
def test_it_after_said_is_the_speaker_also_before_a_progressive(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shinzo Abe visited the Yasukuni shrine on Thursday, drawing angry protests from China and South Korea.",
     {("CHN", "JPN", "11"), ("KOR", "JPN", "11")}),
    ("The Israeli move sparked protests from the Palestinian Authority.", {("PSE", "ISR", "11")}),
])
def test_protests_drawn_from_a_state_are_its_complaint_to_whoever_drew_them(coder, text, expected):
    assert expected <= _keys(_code(coder, text, "en"))


def test_protests_sparked_with_no_one_named_stay_the_crowd_s(coder):
    text = "The court sentenced nine Catalan separatist leaders to prison for sedition, sparking protests that " \
           "blocked roads and Barcelona's airport."
    assert ("ESP", "ESP", "14") in _keys(_code(coder, text, "en"))


def test_a_participle_after_an_actor_inside_a_prepositional_phrase_is_done_to_it(coder):
    text = "Shinzo Abe offered his sincere condolences to the Americans killed at Pearl Harbor on Tuesday."
    assert _keys(_code(coder, text, "en")) == {("JPN", "USA", "01")}


@pytest.mark.parametrize("text", [
    "Donald Trump and Kim Jong Un shook hands at a Singapore hotel on Tuesday and signed a joint statement.",
    "Donald Trump and Kim Jong Un met at a Singapore hotel on Tuesday and signed a joint statement.",
])
def test_a_coordinated_subject_of_a_plain_past_verb_is_the_subject_of_the_verb_after_and(coder, text):
    assert {k for k in _keys(_code(coder, text, "en")) if k[2] == "05"} == {("USA", "PRK", "05"), ("PRK", "USA", "05")}


@pytest.mark.parametrize("text, expected", [
    ("Al-Shabaab leader Ahmed Abdi Godane was killed in a U.S. air strike earlier this week.", ("USA", "SOM", "19")),
    ("Three Taliban commanders were killed in a U.S. drone strike in Pakistan.", ("USA", "AFG", "19")),
])
def test_those_killed_in_a_strike_are_struck_by_it_with_or_without_a_place_after_it(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == {expected}


def test_a_speaker_goes_on_to_appeal_after_a_judgement(coder):
    text = ("Turkish President Tayyip Erdogan said on Tuesday that Jamal Khashoggi's killing was a premeditated "
            "political murder and called on Riyadh to let 18 suspects be tried in Istanbul.")
    assert {k for k in _keys(_code(coder, text, "en", date="2018-10-23")) if k[2] == "02"} == {("TUR", "SAU", "02")}
    material = "Officials said the gunmen were from Chad and attacked the village of Bosso."  # (the gunmen attacked)
    assert not [e for e in _code(coder, material, "en") if e.source.sector == "GOV"]


@pytest.mark.parametrize("text, lang, expected", [
    # those killed in a fight with an enemy fought it, past an aside between commas
    ("Twenty Indian soldiers, including a commanding officer, were killed in a clash with Chinese troops in the Galwan "
     "Valley on Monday night, the Indian army said.", "en", ("IND", "CHN", "19")),
    ("Setidaknya 16 warga sipil, termasuk perempuan dan anak-anak, tewas dalam serangan AS di Nangarhar.", "id",
     ("USA", "AFG", "19")),
])
def test_those_killed_in_a_fight_past_an_aside(coder, text, lang, expected):
    assert expected in _keys(_code(coder, text, lang, date="2020-06-16"))
    if lang == "id":  # the civilians, not the place
        assert {e.target.sector for e in _code(coder, text, lang) if e.root == "19"} == {"CVL"}


@pytest.mark.parametrize("text, lang, expected", [
    ("Dalam pertemuan dengan Presiden Joe Biden di Gedung Putih, Senin (13/11), Presiden Jokowi meminta Amerika "
     "Serikat berbuat lebih banyak.", "id", ("IDN", "USA", "04")),
    ("Usai pertemuan dengan Presiden Xi Jinping, Jokowi mengatakan kedua negara sepakat memperkuat kerja sama.", "id",
     ("IDN", "CHN", "04")),
    ("During talks with Chinese President Xi Jinping in Bali, Biden said the United States would compete.", "en",
     ("USA", "CHN", "04")),
])
def test_a_meeting_named_in_an_opening_phrase_is_the_main_clause_subject_s(coder, text, lang, expected):
    assert expected in _keys(_code(coder, text, lang))


def test_an_opening_phrase_meeting_needs_the_subject_right_after_it(coder):
    text = ("Dalam lawatannya ke parlemen, Phu Trong didampingi anggota Biro Politik, Wakil Perdana Menteri, Menteri "
            "Luar Negeri Phan Binh Minh, dan anggota Polit Biro.")
    assert not {k for k in _keys(_code(coder, text)) if k[2] == "04"}


def test_women_held_hostage_in_gaza_are_held_by_no_one_named(coder):
    text = "Hamas freed three Israeli women held hostage in Gaza on Sunday."
    assert _keys(_code(coder, text, "en")) == {("PSE", "ISR", "08")}


@pytest.mark.parametrize("text", [
    # "visiting" before a guest's title tells who came, not that the host visited the guest
    "Chinese President Xi Jinping met visiting U.S. Secretary of State Antony Blinken in Beijing on Monday.",
    "Biden met visiting German Chancellor Olaf Scholz at the White House.",
])
def test_a_visiting_guest_is_met_not_visited(coder, text):
    keys = _keys(_code(coder, text, "en"))
    assert {k[2] for k in keys} == {"04"} and not [e for e in _code(coder, text, "en") if e.cameo == "042"]


@pytest.mark.parametrize("text, lang", [
    # what a promise is made on condition of is not what is promised: no promise to the one attacked
    ("Biden vowed to act if China attacked Taiwan.", "en"),
    ("Biden berjanji akan bertindak jika China menyerang Taiwan.", "id"),
])
def test_a_promise_does_not_reach_into_its_condition(coder, text, lang):
    assert not [e for e in _code(coder, text, lang) if e.root == "03"]


@pytest.mark.parametrize("text", [
    # the agents of a one-way act told in the passive act on its subject, not on each other
    "Sementara itu, kondisi kediaman duka terus didatangi oleh wartawan dan aparat keamanan.",
    "Empat pasangan calon yang ditetapkan itu adalah pasangan Dodi Reza Alex - Giri Ramanda yang diusung Partai "
    "Golkar, PDI Perjuangan dan PKB.",
    "Kapal itu diserang oleh Iran dan Houthi.",
])
def test_agents_of_a_one_way_passive_do_not_act_on_each_other(coder, text):
    assert _keys(_code(coder, text)) == set()


def test_agents_of_a_passive_agreement_still_agree_with_each_other(coder):
    keys = _keys(_code(coder, "Kesepakatan itu disepakati oleh Indonesia dan Malaysia."))
    assert {("IDN", "MYS", "03"), ("MYS", "IDN", "03")} <= keys


@pytest.mark.parametrize("text, expected, not_expected", [
    # what a state's decision or plan is to do, that state would do
    ("China criticised Washington's decision to sell arms to Taiwan.", ("USA", "TWN", "07"), ("CHN", "TWN", "07")),
    # another's decision regretted is disapproved of; a loss regretted is no one's act
    ("China regretted Washington's decision to sell arms to Taiwan.", ("CHN", "USA", "11"), ("CHN", "TWN", "07")),
])
def test_a_decision_owner_acts_and_a_decision_regretted_is_disapproved(coder, text, expected, not_expected):
    keys = _keys(_code(coder, text, "en"))
    assert expected in keys and not_expected not in keys


def test_a_loss_regretted_is_no_disapproval(coder):
    assert not _code(coder, "The Pentagon said it regretted the loss of civilian lives in Afghanistan.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Dalam pertemuan dengan Perdana Menteri Jepang Fumio Kishida di Tokyo, Kamis (22/6), Presiden Joko Widodo meminta "
     "tambahan kuota pekerja bagi warga Indonesia.", "id", ("IDN", "JPN", "02")),
    ("During talks with Chinese President Xi Jinping in Bali, Biden urged more action on climate change.", "en",
     ("USA", "CHN", "02")),
])
def test_a_request_after_an_opening_meeting_is_made_of_the_partner(coder, text, lang, expected):
    assert expected in _keys(_code(coder, text, lang))


def test_the_two_before_their_verb_are_the_two_named_before(coder):
    text = "Blinken warned Wang Yi of consequences when the two met in Munich on Saturday."
    assert {("USA", "CHN", "04"), ("CHN", "USA", "04")} <= _keys(_code(coder, text, "en", date="2023-02-19"))
    text = "Police in Jakarta arrested the two suspects on Saturday."  # ("the two" before a noun is a count)
    assert all(e.source.text != "the two" for e in _code(coder, text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("China expelled three American journalists on Tuesday, a move condemned by the United States.",
     ("USA", "CHN", "11")),
    ("The Taliban administration on Tuesday suspended university education for women in Afghanistan until further "
     "notice, a move swiftly condemned by the United Nations and Washington.", ("USA", "AFG", "11")),
])
def test_a_move_condemned_after_the_clause_is_the_subjects(coder, text, expected):
    events = _keys(_code(coder, text, "en", date="2022-12-21"))
    assert expected in events and ("USA", "USA", "11") not in events


def test_a_list_that_ends_in_others_unnamed_is_one_group(coder):
    text = ("Diplomat Indonesia Nara Masista Rakhmatia mengecam Vanuatu, Kepulauan Solomon, dan empat negara Pasifik "
            "lainnya yang menyinggung isu Papua di Sidang Umum PBB.")
    assert {("IDN", "VUT", "11"), ("IDN", "SLB", "11")} <= _keys(_code(coder, text, date="2016-09-27"))


def test_a_counted_crowd_past_its_place_and_date_demands(coder):
    text = ("Ratusan ribu orang memadati kawasan Monas, Jakarta, dalam Aksi Akbar Bela Palestina, Minggu (5/11), "
            "menuntut Israel segera menyetujui gencatan senjata di Jalur Gaza.")
    assert {(e.source.country, e.source.sector, e.target.country, e.root)
            for e in _code(coder, text, date="2023-11-06")} == {("IDN", "CVL", "ISR", "10")}


@pytest.mark.parametrize("text", [
    "TNI mengerahkan kapal perang dan pesawat tempur F-16 untuk mengamankan perairan Natuna dari kapal-kapal ikan dan "
    "penjaga pantai China, ujar Pangkogabwilhan I Laksdya TNI Yudo Margono di Natuna.",
])
def test_forces_deployed_to_guard_ones_ground_are_aimed_at_whom_they_guard_against(coder, text):
    assert {(e.source.country, e.target.country, e.root) for e in _code(coder, text, date="2020-01-03")} \
        == {("IDN", "CHN", "15")}


@pytest.mark.parametrize("text, expected", [
    ("Nicaragua broke diplomatic relations with Taiwan on Thursday and recognized the People's Republic of China as "
     "the only legitimate government, a switch Beijing quickly welcomed.", ("CHN", "NIC", "05")),
    ('Donald Trump said on Friday he would not rule out a "military option" in Venezuela, remarks that Venezuelan '
     'Defense Minister Vladimir Padrino Lopez denounced as "an act of madness".', ("VEN", "USA", "11")),
    ('Two Russian strategic bombers landed in Venezuela on Monday for joint exercises, a move U.S. Secretary of State '
     'Mike Pompeo denounced as "two corrupt governments squandering public funds".', ("USA", "RUS", "11")),
])
def test_a_reaction_to_the_move_named_after_a_comma_is_aimed_at_who_made_it(coder, text, expected):
    assert expected in _keys(_code(coder, text, "en", date="2018-12-11"))


@pytest.mark.parametrize("text, expected", [
    ("U.S. President Donald Trump on Wednesday recognized Venezuelan opposition leader Juan Guaido as the country's "
     "interim president and called Nicolas Maduro's government illegitimate.", {("USA", "VEN", "05"),
                                                                               ("USA", "VEN", "11")}),
    ("Biden called Putin to discuss the threat.", {("USA", "RUS", "04")}),  # (no wrong named after "to")
    ("Erdogan compared Netanyahu to Adolf Hitler.", {("TUR", "ISR", "11")}),
])
def test_what_one_calls_another(coder, text, expected):
    assert _keys(_code(coder, text, "en", date="2019-01-23")) == expected


@pytest.mark.parametrize("text, expected", [
    # the means clause's subject is that of the verb before "by", not the actor in its object
    ("U.S. President Donald Trump opened a NATO summit in Brussels on Wednesday by accusing Germany of being a "
     "captive of Russia.", ("USA", "DEU", "11")),
    # (with no actor in that verb's object, its subject as usual)
    ("Washington recognised Kosovo on Monday, and Belgrade responded by recalling its ambassador from the United "
     "States.", ("SRB", "USA", "16")),
])
def test_an_act_done_by_doing_another_is_the_main_verbs_subjects(coder, text, expected):
    events = _code(coder, text, "en")
    assert expected in _keys(events)
    assert not {k for k in _keys(events) if k[0] == "IGO:NATO" and k[2] == "11"}


@pytest.mark.parametrize("text, lang", [
    ("Armenia and Azerbaijan signed an agreement to halt six weeks of fighting over Nagorno-Karabakh.", "en"),
    ("Armenia and Azerbaijan agreed to stop fighting over Nagorno-Karabakh.", "en"),
    ("Israel dan Hamas sepakat menghentikan pertempuran di Gaza.", "id"),
])
def test_fighting_that_is_halted_is_no_fighting(coder, text, lang):
    assert not {k for k in _keys(_code(coder, text, lang)) if k[2] == "19"}


def test_a_guest_asked_to_leave_the_country_is_expelled(coder):
    text = "Germany asked the CIA's station chief in Berlin to leave the country on Thursday."
    assert _keys(_code(coder, text, "en")) == {("DEU", "USA", "17")}


def test_a_tapped_phone_is_no_call(coder):
    text = ("Jakarta menarik pulang duta besarnya dari Canberra menyusul laporan penyadapan telepon Presiden "
            "Yudhoyono oleh badan intelijen Australia.")
    assert not {k for k in _keys(_code(coder, text)) if k[2] == "04"}


def test_a_call_named_after_an_act_is_between_its_two_sides(coder):
    text = "Putin apologised to Aliyev in a phone call on Saturday for what the Kremlin called a tragic incident."
    assert {(e.source.text, e.target.text, e.cameo) for e in _code(coder, text, "en") if e.root == "04"} \
        == {("Putin", "Aliyev", "041")}


def test_a_threat_is_aimed_at_who_must_meet_its_condition_not_at_whom_the_condition_names(coder):
    text = ("The African Union has suspended Mali from all its activities over last week's coup and threatened to "
            "impose sanctions if the military does not hand power back to a civilian-led transition.")
    events = _code(coder, text, "en")
    assert {(e.target.country, e.target.sector) for e in events if e.root == "13"} == {("MLI", "MIL")}
    assert ("IGO:AU", "MLI", "16") in _keys(events)


@pytest.mark.parametrize("text, lang, expected", [
    ("Kapal KN Pulau Nipah milik Bakamla mengusir kapal penjaga pantai China di Laut Natuna Utara.", "id",
     ("IDN", "CHN", "17")),
    # looting by protesters is a riot
    ("Ribuan pengunjuk rasa anti-China di Vietnam menjarah sejumlah pabrik milik perusahaan China.", "id",
     ("VNM", "CHN", "14")),
])
def test_a_ship_acts_for_the_security_force_that_owns_it_and_rioters_loot(coder, text, lang, expected):
    assert expected in _keys(_code(coder, text, lang))
