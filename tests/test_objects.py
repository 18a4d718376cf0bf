"""What a verb's object is and is not: its subject's own people, the topic of shared data, a gerund naming a kind of
thing (sentences written for these tests, modelled on errors found in sentence batches written from the annotation
guide)."""
import pytest
from coding import code as _code, keys as _keys

from peristiwa.records import Article


def test_an_appeal_to_ones_own_people_names_no_target(coder):
    text = ("Ketua Umum Partai Golkar Airlangga Hartarto meminta seluruh kadernya terus mengawal kebijakan Presiden "
            "Joko Widodo.")
    assert not _keys(_code(coder, text))


def test_data_shared_on_a_country_is_shared_among_those_sharing(coder):
    text = "Japan, South Korea and the United States began sharing real-time warning data on North Korean missiles."
    assert _keys(_code(coder, text, "en")) == {(a, b, "06") for a in ("JPN", "KOR", "USA")
                                               for b in ("JPN", "KOR", "USA") if a != b}


def test_a_warning_system_is_no_threat(coder):
    text = "Japan installed an early warning system against North Korean missiles."
    assert not any(k[2] == "13" for k in _keys(_code(coder, text, "en")))


def test_lifting_all_sanctions_is_easing_them(coder):
    text = "Presiden Donald Trump mengumumkan pencabutan seluruh sanksi Amerika Serikat terhadap Suriah di Riyadh."
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text)} == {("USA", "SYR", "085")}


def test_missiles_fired_at_cities_across_a_country_hit_that_country(coder):
    text = "Russian forces fired cruise and ballistic missiles at cities across Ukraine before dawn on Thursday."
    assert _keys(_code(coder, text, "en")) == {("RUS", "UKR", "19")}


@pytest.mark.parametrize("text, country", [
    ("More than 100,000 people rallied in central Minsk on Sunday.", "BLR"),
    ("Tens of thousands of people rallied in Belgrade on Saturday.", "SRB"),
])
def test_a_counted_crowd_that_rallied_protests_where_it_rallied(coder, text, country):
    assert _keys(_code(coder, text, "en")) == {(country, country, "14")}


def test_a_suicide_bomb_set_off_in_a_city_hits_its_country(coder):
    text = "Militan ISIS meledakkan bom bunuh diri di Kabul, Minggu."
    assert {(e.source.country, e.target.country, e.cameo) for e in _code(coder, text)} == {("AFG", "AFG", "1831")}


def test_imports_banned_are_a_ban_and_no_trade(coder):
    text = "China bans all seafood imports from Japan as Tokyo begins releasing treated water into the Pacific."
    assert _keys(_code(coder, text, "en")) == {("CHN", "JPN", "16")}


@pytest.mark.parametrize("text, expected", [
    ("Islamist militants battled troops in Marawi City on Tuesday.", {("PHL", "PHL", "19")}),
    ("Pakistan handed a captured Indian Air Force pilot back to India on Friday.", {("PAK", "IND", "08")}),
    # the one handed over is not the receiver
    ("Serbian authorities handed former Yugoslav President Slobodan Milosevic over to the U.N. war crimes tribunal "
     "on Thursday.", {("SRB", "IGO:UN", "08")}),
])
def test_a_verb_before_troops_and_a_particle_after_its_object(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Colombian air strike killed FARC commander Raul Reyes on Saturday.", {("COL", "COL", "19")}),
    ("A Colombian air strike killed Ecuadorian soldiers on Saturday.", {("COL", "ECU", "19")}),
])
def test_a_past_verb_after_an_act_noun_is_the_clauses_verb(coder, text, expected):
    assert _keys(_code(coder, text, "en")) == expected


def test_the_gathering_an_act_took_place_at_is_no_target(coder):
    text = "West African leaders imposed sweeping financial sanctions at an emergency ECOWAS summit in Abuja."
    assert not [k for k in _keys(_code(coder, text, "en")) if "IGO:ECOWAS" in k[1:2]]
    # (but the gathering named as the act is the organisation's)
    assert ("IGO:OIC", "IDN", "04") not in _keys(_code(coder, "Di Pertemuan OKI, RI Tegaskan Dukungan bagi Palestina"))


def test_a_visiting_leader_greeted_is_hosted_past_his_countrys_name(coder):
    text = "Saudi Crown Prince Mohammed bin Salman greeted Qatar's Emir Sheikh Tamim bin Hamad al-Thani in AlUla."
    assert {("SAU", "QAT", "04"), ("QAT", "SAU", "04")} <= _keys(_code(coder, text, "en"))


def test_the_nationality_of_the_object_in_a_relative_clause_is_its_country(coder):
    text = "KKB menyandera pilotnya yang berkewarganegaraan Selandia Baru, Philip Mark Mehrtens."
    assert _keys(_code(coder, text)) == {("IDN", "NZL", "18")}


def test_an_officer_of_rank_named_a_suspect_by_his_own_force_is_another_party(coder):
    assert _keys(_code(coder, "Polri menetapkan Irjen Ferdy Sambo sebagai tersangka.")) == {("IDN", "IDN", "17")}
    # (a headline's capitalised words after a title are no name)
    assert not _keys(_code(coder, "Demonstrasi Mahasiswa Beratribut PMII di Depan Gedung KPK Berakhir Ricuh"))


def test_aid_from_a_country_for_others_is_given_by_that_country(coder):
    text = ("Presiden Joko Widodo melepas pengiriman 51,5 ton bantuan kemanusiaan dari Indonesia untuk warga Palestina "
            "di Gaza.")
    assert _keys(_code(coder, text)) == {("IDN", "PSE", "07")}


def test_one_received_who_then_asks_is_the_one_asking(coder):
    text = ("Menteri Luar Negeri Retno Marsudi diterima State Counsellor Aung San Suu Kyi di Naypyidaw, dan meminta "
            "pemerintah Myanmar segera menghentikan kekerasan terhadap warga Rohingya.")
    events = coder.extract(Article(id="t", text=text, lang="id", date="2017-09-04")).events
    assert {("IDN", "MMR", "02"), ("MMR", "IDN", "04")} <= {(e.source.country, e.target.country, e.root)
                                                            for e in events}


def test_nobody_yet_having_done_it_is_negated(coder):
    events = _code(coder, "Alex menjelaskan belum ada surat dari pimpinan KPK yang menyatakan Firli Bahuri bersalah.")
    assert {e.modality for e in events} == {"negated"}


@pytest.mark.parametrize("text", [
    "Indonesia menyambut baik pengakuan Norwegia atas Palestina dan mengajak negara lain mengikuti jejak Norwegia.",
    "Indonesia mengajak negara-negara lain mengikuti langkah Norwegia dan Spanyol.",
])
def test_an_appeal_to_other_countries_is_not_to_those_named_after(coder, text):
    assert not {k for k in _keys(_code(coder, text)) if k[2] == "02"}


def test_the_outbreak_of_fighting_condemned_is_no_fighting_by_the_one_condemning(coder):
    text = "U.N. Secretary-General Antonio Guterres strongly condemned the outbreak of fighting in Sudan."
    assert not {k for k in _keys(_code(coder, text, "en")) if k[2] == "19"}


@pytest.mark.parametrize("text, expected", [
    ("Amerika Serikat menyalurkan bantuan makanan, air bersih dan obat-obatan kepada warga Filipina.", ("USA", "PHL", "07")),
    ("Indonesia mengirim bantuan beras, selimut, dan tenda untuk para pengungsi Rohingya.", ("IDN", "MMR", "07")),
    # the receivers' place, a Philippine city
    ("Pasukan Marinir Amerika Serikat mulai menyalurkan bantuan makanan kepada korban Topan Haiyan di Tacloban.",
     ("USA", "PHL", "07")),
])
def test_aid_reaches_its_receivers_past_the_list_of_goods(coder, text, expected):
    assert expected in _keys(_code(coder, text))


@pytest.mark.parametrize("text", [
    "China's economy grew 5.2 percent in 2023, the statistics bureau said, meeting Beijing's official target.",
    "Japan stunned four-time champions Germany 2-1 in their World Cup opener in Qatar on Wednesday.",
])
def test_a_goal_met_and_a_title_counted_are_no_events(coder, text):
    assert not _keys(_code(coder, text, "en"))


@pytest.mark.parametrize("text, lang", [
    ("Australia menarik Duta Besar Paul Grigson dari Jakarta setelah dua warganya dieksekusi.", "id"),
    ("Australia recalled ambassador Paul Grigson from Jakarta after two of its citizens were executed.", "en"),
])
def test_the_own_envoy_a_recall_names_is_not_its_target(coder, text, lang):
    assert ("AUS", "IDN", "16") in _keys(_code(coder, text, lang))
    assert not {k for k in _keys(_code(coder, text, lang)) if k[:2] == ("AUS", "AUS")}


@pytest.mark.parametrize("text, expected", [
    ("Menlu AS Antony Blinken mengumumkan bantuan pembiayaan militer senilai 500 juta dolar AS untuk Filipina.",
     ("USA", "PHL", "07")),
    ("Jepang memberikan bantuan pembiayaan senilai 500 juta dolar AS untuk Filipina.", ("JPN", "PHL", "07")),
])
def test_aid_whose_kind_follows_the_aid_noun_reaches_its_receiver(coder, text, expected):
    assert expected in _keys(_code(coder, text))
