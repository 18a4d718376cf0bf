"""What a sentence refers back to or passes over: a request named again ("permintaan itu", "the request") is the
one made before, and a value phrase ("senilai 2,5 miliar dolar AS") stands between an act and its receiver
(sentences written for these tests, modelled on errors found in sentence batches written from the annotation
guide)."""
import pytest
from coding import code as _code, keys as _keys

from peristiwa.records import Article


def _told(events):
    return _keys(e for e in events if e.modality in ("asserted", "claimed"))


@pytest.mark.parametrize("text, lang", [
    ("Australia meminta Indonesia membatalkan eksekusi dua terpidana mati, namun permintaan itu ditolak Jakarta.", "id"),
    ("Australia meminta Indonesia membatalkan eksekusi. Namun, permintaan tersebut ditolak Jakarta.", "id"),
    ("Australia meminta Indonesia membatalkan eksekusi, tetapi Jakarta menolak permintaan itu.", "id"),
    ("Australia asked Indonesia to halt the executions, but the request was rejected by Jakarta.", "en"),
    ("Australia asked Indonesia to halt the executions. Jakarta rejected the request on Monday.", "en"),
])
def test_a_request_named_again_is_rejected_to_whoever_made_it(coder, text, lang):
    assert _told(_code(coder, text, lang)) == {("AUS", "IDN", "02"), ("IDN", "AUS", "12")}


def test_a_rejected_request_needs_one_made_to_the_rejecter(coder):
    # the request before was made to someone else: no one is known to be rejected
    text = "Australia meminta Malaysia membebaskan nelayan itu. Jakarta menolak permintaan itu."
    assert _told(_code(coder, text)) == {("AUS", "MYS", "02")}


@pytest.mark.parametrize("text, lang, expected", [
    ("Amerika Serikat mengumumkan paket bantuan militer baru senilai 2,5 miliar dolar AS untuk Ukraina, Kamis.", "id",
     {("USA", "UKR", "07")}),
    ("Jepang mengumumkan bantuan kemanusiaan sebesar 5 juta dolar AS untuk Turki.", "id", {("JPN", "TUR", "07")}),
])
def test_a_value_phrase_between_aid_and_its_receiver(coder, text, lang, expected):
    assert _told(_code(coder, text, lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what a vetoed draft says was never said; the veto is the act
    ("Rusia memveto rancangan resolusi Dewan Keamanan PBB yang mengecam Korea Utara, Jumat.", "id",
     {("RUS", "IGO:UN", "12")}),
    ("Russia vetoed a draft Security Council resolution condemning North Korea on Friday.", "en",
     {("RUS", "IGO:UN", "12")}),
    # an adopted resolution says it
    ("Dewan Keamanan PBB mengadopsi resolusi yang mengecam Korea Utara.", "id", {("IGO:UN", "PRK", "11")}),
])
def test_what_a_draft_resolution_says_is_not_said(coder, text, lang, expected):
    assert _told(_code(coder, text, lang)) == expected


@pytest.mark.parametrize("text, expected", [
    # ", and" after a clause opened by "after" goes on with the act before that clause
    ("President Bill Clinton offered his condolences to the Turkish people after an earthquake killed 2,000 people in "
     "Turkey, and pledged to send rescue teams to Turkey.", {("USA", "TUR", "01"), ("USA", "TUR", "03")}),
    # ", and Ecuador, where the camp lay, broke off …": a subject of its own, not a second member of a list
    ("Colombian troops raided a FARC camp on Saturday, killing commander Raul Reyes, and Ecuador, where the camp lay, "
     "broke off diplomatic relations with Bogota.", {("COL", "COL", "19"), ("ECU", "COL", "16")}),
    # "about 500": a count, not a topic
    ("Sierra Leone's rebels are holding about 500 U.N. peacekeepers hostage.", {("SLE", "IGO:UN", "18")}),
])
def test_english_clauses_and_counts(coder, text, expected):
    assert _told(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text", [
    "Rusia telah menempatkan sekitar 100.000 tentara di dekat perbatasan Ukraina, kata Blinken.",
    "Rusia menumpuk pasukan di dekat perbatasan Ukraina.",
])
def test_troops_massed_near_a_border(coder, text):
    assert _told(_code(coder, text)) == {("RUS", "UKR", "15")}


@pytest.mark.parametrize("text, expected", [
    # the subject of a verb the lexicon does not code goes on after "and"; the reaction drawn is aimed at it
    ("President Donald Trump pulled the United States out of the Iran nuclear deal on Tuesday and reimposed sanctions "
     "on Tehran, drawing swift criticism from France.", {("USA", "IRN", "16"), ("FRA", "USA", "11")}),
    # a strike that names only where it hit, then kills someone: the one killed, not the place
    ("A U.S. drone strike at Baghdad airport killed Qassem Soleimani, commander of Iran's Quds Force, on Friday.",
     {("USA", "IRN", "19")}),
    ("Maduro responded by breaking diplomatic relations with Washington.", {("VEN", "USA", "16")}),
    ("Iranian protesters chanted slogans against the clerical leadership on Wednesday.", {("IRN", "IRN", "14")}),
    ("Thousands of Serbian protesters poured into the streets of Belgrade on Sunday.", {("SRB", "SRB", "14")}),
    ("President George W. Bush branded Iraq, Iran and North Korea an axis of evil on Tuesday.",
     {("USA", "IRQ", "11"), ("USA", "IRN", "11"), ("USA", "PRK", "11")}),
    ("U.S. military aircraft air-dropped more than 38,000 meals into Gaza on Saturday.", {("USA", "PSE", "07")}),
])
def test_english_subjects_victims_and_protests(coder, text, expected):
    assert _told(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text, expected", [
    # where rockets are fired from is no target; where they are fired to is
    ("Hamas menembakkan ribuan roket dari Jalur Gaza ke Israel, Sabtu (7/10).", {("PSE", "ISR", "19")}),
    ("Hamas menembakkan ribuan roket dari Jalur Gaza, Sabtu (7/10).", set()),
    # missiles launched at a country's sites strike it; launched toward it they are a show of force
    ("Amerika Serikat meluncurkan lebih dari 100 rudal ke sejumlah fasilitas senjata kimia Suriah, Sabtu (14/4).",
     {("USA", "SYR", "19")}),
    ("Korea Utara meluncurkan rudal ke arah Jepang.", {("PRK", "JPN", "15")}),
    # an ambassador brought home is a recall
    ("Prancis memulangkan duta besarnya dari Niamey, Rabu.", {("FRA", "NER", "16")}),
])
def test_weapons_launched_and_envoys_recalled(coder, text, expected):
    assert _told(_code(coder, text)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an attack whose responsibility is claimed is the claimant's, against what the attack struck
    ("Kelompok Houthi mengklaim bertanggung jawab atas serangan pesawat nirawak yang membakar dua fasilitas minyak "
     "Saudi Aramco di Abqaiq, Sabtu (14/9).", "id", {("YEM", "SAU", "19")}),
    ("The Houthis claimed responsibility for the drone attack that hit Saudi Aramco facilities on Saturday.", "en",
     {("YEM", "SAU", "19")}),
])
def test_a_claimed_attack_is_the_claimants(coder, text, lang, expected):
    events = _code(coder, text, lang)
    assert _told(events) == expected
    assert {e.modality for e in events if e.root == "19"} == {"claimed"}


def test_talks_facilitated_by_a_third_party_are_its_mediation(coder):
    text = ("Iran dan Arab Saudi sepakat memulihkan hubungan diplomatik setelah perundingan empat hari di Beijing "
            "yang difasilitasi China, Jumat (10/3).")
    told = _told(_code(coder, text))
    assert {("CHN", "IRN", "04"), ("CHN", "SAU", "04")} <= told
    # a visit a ministry arranges is no mediation
    assert _told(_code(coder, "Kunjungan itu difasilitasi Kementerian Luar Negeri.")) == set()


@pytest.mark.parametrize("text, lang, expected", [
    # a move condemned is the act told just before, by whoever made it
    ("Russia expelled two Georgian diplomats on Tuesday, and Tbilisi condemned the move.", "en",
     {("RUS", "GEO", "16"), ("GEO", "RUS", "11")}),
    ("Pihak berwenang Indonesia memutus akses internet di Papua. Para pakar PBB lantas mengecam keputusan tersebut.",
     "id", {("IDN", "IDN", "17"), ("IGO:UN", "IDN", "11")}),
    # a group's officer named with the group is one actor
    ("U.S. envoy Zalmay Khalilzad and Taliban political chief Mullah Abdul Ghani Baradar signed an agreement in Doha "
     "on Saturday.", "en", {("USA", "AFG", "05"), ("AFG", "USA", "05")}),
])
def test_moves_condemned_and_a_groups_officer(coder, text, lang, expected):
    assert _told(_code(coder, text, lang)) == expected


@pytest.mark.parametrize("text, expected", [
    # agreeing on a text ("lima poin konsensus") is an agreement reached (057); agreeing to a proposal only agrees
    ("Para pemimpin ASEAN dan junta Myanmar menyepakati lima poin konsensus di Jakarta, Sabtu (24/4).",
     {("IGO:ASEAN", "MMR", "05"), ("MMR", "IGO:ASEAN", "05")}),
    ("Indonesia menyepakati usulan Malaysia.", {("IDN", "MYS", "03")}),
    # a time set off by commas does not end the summoner's clause: the summoner protests
    ("Beijing memanggil Duta Besar Amerika Serikat Nicholas Burns, Selasa (2/8) malam, untuk memprotes kunjungan "
     "Ketua DPR AS Nancy Pelosi ke Taiwan.", {("CHN", "USA", "11"), ("USA", "TWN", "04")}),
])
def test_agreements_reached_and_a_summoners_protest(coder, text, expected):
    assert _told(_code(coder, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an act named as a kind of thing after "peringatan"/"tim" is no act of the clause's subject
    ("Korea Utara meluncurkan rudal balistik, Selasa (4/10), memicu peringatan evakuasi di Hokkaido.", set()),
    # an attack spoken of ("menyatakan serangan Hamas …") is Hamas's, not the speaker's
    ("Guterres menyatakan serangan Hamas tidak terjadi dalam ruang hampa.", set()),
    ("Korea Utara menyatakan perang terhadap Amerika Serikat.", {("PRK", "USA", "19")}),
    # "aksi yang dikecam UNHCR": the act the sentence told, aimed at whoever did it
    ("Ratusan mahasiswa menggeruduk penampungan pengungsi Rohingya di Banda Aceh, Rabu (27/12), aksi yang kemudian "
     "dikecam badan pengungsi PBB UNHCR.", {("IDN", "MMR", "14"), ("IGO:UN", "IDN", "11")}),
])
def test_acts_named_as_things_and_spoken_of(coder, text, expected):
    assert _told(_code(coder, text)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an explanation demanded after "and" is owed by the one the act before was aimed at
    ("Indonesia recalled its ambassador from Canberra on Monday and demanded an explanation over reports that "
     "Australian spies had tapped the phone.", "en", {("IDN", "AUS", "16"), ("IDN", "AUS", "10")}),
    ("Kementerian Luar Negeri RI memanggil Duta Besar Malaysia dan meminta klarifikasi atas insiden itu.", "id",
     {("IDN", "MYS", "11"), ("IDN", "MYS", "10")}),
])
def test_an_explanation_demanded_after_and(coder, text, lang, expected):
    assert _told(_code(coder, text, lang)) == expected


def test_what_is_no_answer_owed_is_no_demand_on_the_one_acted_on(coder):
    text = ("The United States defended the right of Russian troops to fire on militants in Azerbaijan and insisted "
            "unrest there reflected ethnic tensions.")
    assert not {k for k in _told(_code(coder, text, "en")) if k[2] == "10"}


@pytest.mark.parametrize("text, lang", [
    ("Spanyol, Irlandia, dan Norwegia mengakui negara Palestina, sepekan setelah Israel memanggil pulang duta besarnya "
     "dari ketiga negara tersebut.", "id"),
    ("Spain, Ireland and Norway recognised a Palestinian state, and Israel recalled its ambassadors from the three "
     "countries.", "en"),
])
def test_the_three_countries_are_the_three_named_before(coder, text, lang):
    recalled = {k for k in _told(_code(coder, text, lang)) if k[2] == "16"}
    assert recalled == {("ISR", "ESP", "16"), ("ISR", "IRL", "16"), ("ISR", "NOR", "16")}


def test_a_count_that_matches_no_list_names_no_one(coder):
    # two countries named, "the three countries" cannot be them
    text = ("Spain and Ireland recognised a Palestinian state, and Israel recalled its ambassadors from the three "
            "countries.")
    assert not {k for k in _told(_code(coder, text, "en")) if k[2] == "16"}


@pytest.mark.parametrize("text, expected", [
    ("The International Criminal Court issued an arrest warrant for Vladimir Putin on Friday, a decision the Kremlin "
     "denounced as outrageous.", {("RUS", "IGO:ICC", "11")}),
    # what the drills are called names no one condemned: their makers are
    ("South Korean and U.S. forces launched joint exercises on Monday, drills that Pyongyang has condemned as a "
     "rehearsal for an invasion of the North.", {("PRK", "KOR", "11"), ("PRK", "USA", "11")}),
])
def test_a_move_named_after_a_comma_is_condemned_at_its_makers(coder, text, expected):
    assert {k for k in _told(_code(coder, text, "en")) if k[2] == "11"} == expected


def test_its_embassy_stormed_is_the_other_countrys(coder):
    text = "Saudi Arabia cut diplomatic ties with Iran after Iranian protesters stormed its embassy in Tehran."
    assert ("IRN", "SAU", "14") in _told(_code(coder, text, "en"))


def test_a_victim_told_before_a_passive_killing_is_the_one_killed(coder):
    text = ("Kepala Biro Politik Hamas Ismail Haniyeh tewas dibunuh di sebuah wisma di Teheran, dan Garda Revolusi "
            "Iran menuding Israel sebagai pelakunya.")
    assert {k for k in _told(_code(coder, text)) if k[2] == "18"} == {("ISR", "PSE", "18")}


def test_it_opening_a_later_clause_is_the_sentences_subject(coder):
    text = ("China fired ballistic missiles into waters around Taiwan on Thursday as it began its largest-ever "
            "military drills near the island.")
    assert {e.source.country for e in _code(coder, text, "en")} == {"CHN"}


def test_it_in_a_relative_clause_without_that_is_the_sentences_subject(coder):
    text = ("Washington fired 59 Tomahawk cruise missiles at a Syrian air base early on Friday in response to a "
            "chemical weapons attack it blamed on President Bashar al-Assad's forces.")
    assert {k for k in _told(_code(coder, text, "en")) if k[2] in ("11", "20")} == {("USA", "SYR", "11")}


def test_a_second_gerund_of_an_accusation_is_the_accused_ones_alleged_act(coder):
    text = "Ukraine accused Russia of shelling Kharkiv and killing civilians."
    assert {(e.source.country, e.modality) for e in _code(coder, text, "en") if e.root in ("18", "19")} == {
        ("RUS", "claimed")}


@pytest.mark.parametrize("text, code", [
    ("Armenia and Azerbaijan accused each other of shelling civilian areas on Sunday.", "19"),
    ("Ukraine and Russia accused each other of destroying the Kakhovka dam on the Dnipro River on Tuesday.", "17"),
])
def test_what_two_sides_accuse_each_other_of_is_claimed_at_each_other(coder, text, code):
    events = [e for e in _code(coder, text, "en") if e.root == code]
    sides = {e.source.country for e in events}
    assert len(sides) == 2 and {(e.source.country, e.target.country) for e in events} == {
        (a, b) for a in sides for b in sides if a != b} and {e.modality for e in events} == {"claimed"}


def test_responsibility_claimed_for_an_abduction_claims_the_abduction(coder):
    text = "Boko Haram claimed responsibility for the abduction of more than 200 schoolgirls from Chibok."
    events = [e for e in _code(coder, text, "en") if e.cameo == "181"]
    assert [(e.source.country, e.source.sector, e.target.sector, e.modality) for e in events] == [
        ("NGA", "REB", "CVL", "claimed")]


def test_his_convoy_struck_is_the_man_named_before(coder):
    text = ("Muammar Gaddafi was captured and killed on Thursday as National Transitional Council fighters overran his "
            "hometown of Sirte, hours after NATO warplanes struck his convoy.")
    assert {k for k in _told(_code(coder, text, "en")) if k[0] == "IGO:NATO"} == {("IGO:NATO", "LBY", "19")}


def test_an_islamist_group_is_an_armed_group(coder):
    text = "Sri Lanka's government blamed a little-known domestic Islamist group for the Easter Sunday suicide bombings."
    assert ("LKA", "LKA", "11") in _told(_code(coder, text, "en"))


def test_a_participle_after_a_day_after_is_done_by_the_sentences_subject(coder):
    text = ("Opposition leader Morgan Tsvangirai was given refuge at the Dutch embassy in Harare on Monday, a day after "
            "accusing President Robert Mugabe's militias of killing scores of his supporters.")
    assert {k for k in _told(_code(coder, text, "en")) if k[2] == "11"} == {("ZWE", "ZWE", "11")}


def test_an_aside_between_commas_does_not_hide_the_subject(coder):
    text = ("Argentine President Cristina Fernandez de Kirchner, in an open letter to British Prime Minister David "
            "Cameron published on Thursday, called on London to hand back the Falkland Islands.")
    assert ("ARG", "GBR", "02") in _told(_code(coder, text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("Drone attacks claimed by Yemen's Houthi movement set ablaze two Saudi Aramco oil facilities on Saturday.",
     {("YEM", "SAU", "19")}),
    ("Air strikes carried out by Russian jets killed 20 Syrian civilians in Idlib.", {("RUS", "SYR", "19")}),
])
def test_an_attack_claimed_or_carried_out_by_someone_is_theirs(coder, text, expected):
    assert _told(_code(coder, text, "en")) == expected


@pytest.mark.parametrize("text, expected", [
    # the strike hit the one it killed, not the place it is told by
    ("Iraq's parliament voted on Sunday to demand that U.S.-led troops leave, two days after a U.S. drone strike in "
     "Baghdad killed Iranian commander Qassem Soleimani.", {("USA", "IRN", "19")}),
    # with no one named as killed, the place is hit
    ("A U.S. drone strike in Baghdad killed five people on Friday.", {("USA", "IRQ", "19")}),
])
def test_a_strike_told_by_its_place_that_killed_someone(coder, text, expected):
    assert {k for k in _told(_code(coder, text, "en")) if k[2] == "19"} == expected


def test_the_drills_condemned_alone_are_not_the_last_act_told(coder):
    # "condemned the drills" answers drills, not whatever act was told before
    text = "Japan protested to China over the detention of a Japanese businessman. North Korea condemned the drills."
    assert not {k for k in _told(_code(coder, text, "en")) if k[0] == "PRK"}


def test_a_bare_form_after_the_and_a_noun_is_a_noun(coder):
    # "the school massacre" is no act of the man before it; India's condolences are offered by India
    events = _code(coder, "Indian Prime Minister Narendra Modi telephoned his Pakistani counterpart Nawaz Sharif on "
                          "Tuesday to condemn the school massacre in Peshawar.", "en")
    assert {(e.source.country, e.target.country, e.root) for e in events} == {("IND", "PAK", "04")}
    events = _code(coder, "Modi offered India's condolences to Pakistan.", "en")
    assert {(e.source.country, e.target.country, e.cameo) for e in events} == {("IND", "PAK", "018")}


def test_a_plural_after_a_preposition_and_a_noun_is_a_noun(coder):
    text = ("Former Bosnian Serb leader Radovan Karadzic, wanted by the Hague tribunal on genocide charges, was "
            "arrested by Serbian security services in Belgrade on Monday.")
    assert {k[2] for k in _keys(_code(coder, text, "en"))} == {"17"}


def test_him_after_a_new_clause_subject_is_the_man_the_sentence_opened_with(coder):
    text = ("Serbian Prime Minister Aleksandar Vucic was forced to flee a ceremony marking 20 years since the Srebrenica "
            "massacre on Saturday after an angry crowd of Bosniaks pelted him with stones and bottles.")
    assert ("BIH", "SRB", "14") in _keys(_code(coder, text, "en", date="2015-07-11"))


def test_gunmen_who_barricaded_themselves_protest_nothing(coder):
    text = "The masked gunmen barricaded themselves inside a Serbian Orthodox monastery in the village of Banjska."
    assert not _code(coder, text, "en")


def test_a_site_near_a_city_is_in_that_city(coder):
    text = "A Palestinian suicide bomber killed nine people at a crowded restaurant near Tel Aviv's old bus station."
    assert ("PSE", "ISR", "18") in _keys(_code(coder, text, "en"))


def test_bans_after_their_own_are_still_imposed(coder):
    text = "Poland, Hungary and Slovakia imposed their own bans on Ukrainian grain imports on Friday."
    assert ("POL", "UKR", "16") in _keys(_code(coder, text, "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("About 17,000 U.S. troops and South Korea began joint drills on Monday, and North Korea threatened a nuclear "
     "strike against the two allies.", "en", {("PRK", "USA", "13"), ("PRK", "KOR", "13")}),
    ("Pakistan and India traded fire on Monday, and China urged the two neighbours to show restraint.", "en",
     {("CHN", "PAK", "02"), ("CHN", "IND", "02")}),
])
def test_the_two_allies_or_neighbours_are_the_two_named_before(coder, text, lang, expected):
    assert expected <= _told(_code(coder, text, lang))


def test_its_embassy_in_indonesian_is_not_the_host_country_s(coder):
    text = ("Arab Saudi memutuskan hubungan diplomatik dengan Iran, setelah massa pengunjuk rasa menyerbu dan membakar "
            "kedutaan besarnya di Teheran.")
    assert {t for s, t, r in _told(_code(coder, text)) if r == "14"} == {"SAU"}


@pytest.mark.parametrize("text", [
    "Amerika Serikat menembak jatuh balon mata-mata China, dan Beijing mengecam tindakan itu.",
    "Jet tempur Amerika Serikat menembak jatuh balon mata-mata China, Sabtu (4/2), atas perintah Presiden Joe Biden, "
    "dan Beijing mengecam tindakan itu sebagai reaksi berlebihan.",
])
def test_an_actor_after_comma_dan_with_a_verb_opens_a_clause_of_its_own(coder, text):
    assert ("CHN", "USA", "11") in _told(_code(coder, text))
    assert ("USA", "CHN", "19") in _told(_code(coder, text))
    assert ("CHN", "CHN", "11") not in _told(_code(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("U.S. House Speaker Nancy Pelosi arrived in Taipei late on Tuesday, on a trip Beijing condemned as a serious "
     "violation of its sovereignty.", ("CHN", "USA", "11")),
    ("Russia annexed Crimea in March, in a move Kiev condemned as illegal.", ("UKR", "RUS", "11")),
])
def test_a_trip_or_move_condemned_after_on_or_in_is_the_sentence_s_act(coder, text, expected):
    assert expected in _told(_code(coder, text, "en"))


def test_all_of_those_countries_is_no_single_country(coder):
    text = ("China berebut pengaruh dengan Taiwan. Pasifik Selatan telah menjadi basis kekuatan diplomatik Taiwan "
            "yang sepertiga dari semua negara itu mengakui Taiwan.")
    assert not [e for e in _code(coder, text) if e.root == "05"]
