"""Acts announced for the future and their modality: a promise on a condition is only hypothetical (no stated
intent), a reason clause is no condition, "negara itu" after "jika" is the country the clause before acted on,
and "tak lama setelahnya" (soon after) negates nothing."""
import pytest
from coding import code as _code


def _coded(events):
    return {(e.source.country, e.target.country, e.cameo, e.modality) for e in events}


def test_a_promise_on_a_condition_is_hypothetical(coder):
    text = ("\"Kami akan dukung Pak Firli, apabila Bapak menyelesaikan konflik internal di KPK,\" kata anggota "
            "Komisi Hukum Fraksi Partai Kebangkitan Bangsa Anwar Rachman.")
    events = _code(coder, text)
    assert events and all(e.modality == "hypothetical" for e in events)


def test_a_pledge_to_defend_on_a_condition_keeps_the_pledge(coder):
    text = "AS berjanji akan membela Jepang jika Jepang diserang Korea Utara."
    coded = _coded(_code(coder, text))
    assert ("USA", "JPN", "030", "asserted") in coded and ("USA", "JPN", "052", "hypothetical") in coded


def test_a_reason_after_the_act_is_no_condition(coder):
    text = "\"Nanti saya akan bertemu dengan Perdana Menteri Malaysia karena jika dibiarkan ISIS bisa masuk,\" kata Ryamizard."
    assert any(e.cameo == "036" and e.modality == "asserted" for e in _code(coder, text))


def test_the_country_named_as_object_is_the_one_a_condition_speaks_of(coder):
    text = ("Amerika Serikat hanya akan memberikan teknologi nuklir pada Arab Saudi jika negara itu menandatangani "
            "kesepakatan dengan IAEA.")
    assert any(e.source.country == "SAU" and e.target.igo == "IAEA" for e in _code(coder, text))


def test_a_legal_process_that_ensnares_someone_is_no_actor(coder):
    text = ("Laode menyangkal pernyataan Imam Nahrawi yang mengaku belum mengetahui penetapan tersangka oleh KPK. "
            "Sebelumnya, Imam mengaku akan menjalani proses hukum yang menjeratnya.")
    assert not [e for e in _code(coder, text) if "menjerat" in e.evidence]


def test_not_long_after_is_no_negation(coder):
    text = ("Setya Novanto melaporkan Dyann Kemala Arrizzqi, yang tak lama setelahnya ditetapkan sebagai tersangka "
            "oleh kepolisian.")
    assert [e.modality for e in _code(coder, text) if e.cameo == "173"] == ["asserted"]


def test_better_ties_as_the_aim_of_another_act_are_no_stated_intent(coder):
    # dev gold: a parliamentary delegation's visit is coded, "untuk meningkatkan hubungan" is only its aim
    text = ("Delegasi BKSAP DPR RI berada di Addis Ababa, Ethiopia, dalam rangka kunjungan kerja untuk meningkatkan "
            "hubungan dan kerjasama Indonesia dan Ethiopia.")
    assert not [e for e in _code(coder, text) if e.root == "03" and e.modality == "asserted"]
    # but the idea or promise of better ties is one
    text = "Trump kerap melontarkan gagasan untuk memperkuat hubungan Amerika Serikat dan Israel."
    assert ("USA", "ISR", "030", "asserted") in _coded(_code(coder, text))


@pytest.mark.parametrize("text, lang, statement", [
    # troops one will send to a country are promised to it; troops sent to a border threaten
    ("Britain will send 200 more troops to Afghanistan, Defence Secretary Des Browne said on Monday.", "en", "0312"),
    ("Rusia akan mengirim pasukan ke Suriah, kata Putin.", "id", "0312"),
    ("Russia will send troops to the border with Ukraine, the Kremlin said.", "en", "138"),
    ("Rusia akan mengirim pasukan ke perbatasan Ukraina, kata Putin.", "id", "138"),
])
def test_troops_announced_for_a_country_are_promised_to_it(coder, text, lang, statement):
    assert {e.cameo for e in _code(coder, text, lang) if e.modality == "asserted"} == {statement}


@pytest.mark.parametrize("text, lang, expected", [
    # a promise or vow of a hostile act threatens it; a promise of restraint or help stays a promise
    ("Netanyahu berjanji akan mencaplok Tepi Barat.", "id", ("ISR", "PSE", "13")),
    ("Netanyahu vowed to destroy Hamas.", "en", ("ISR", "PSE", "13")),
    ("Trump berjanji untuk memukul Taliban lebih keras dari sebelumnya.", "id", ("USA", "AFG", "13")),
    ("Rusia berjanji tidak akan menyerang Ukraina.", "id", ("RUS", "UKR", "03")),
    ("Malaysia menawarkan bantuan kepada Indonesia untuk memerangi kebakaran hutan.", "id", ("MYS", "IDN", "03")),
])
def test_a_promise_of_force_is_a_threat(coder, text, lang, expected):
    told = {(e.source.country, e.target.country, e.root) for e in _code(coder, text, lang)
            if e.modality in ("asserted", "claimed")}
    assert expected in told and not (told & {(expected[0], expected[1], r) for r in ("03", "13")} - {expected})


def test_aid_pledged_is_an_intent_to_give_it_not_given(coder):
    events = _code(coder, "Japan pledged 500 million dollars in aid to help rebuild Haiti.", "en")
    # (a sum of money pledged: economic aid, 0331)
    assert {(e.cameo, e.modality) for e in events} == {("0331", "asserted"), ("070", "future")}


def test_what_one_pledged_another_would_do_is_a_stated_intent_not_a_hedge(coder):
    events = _code(coder, "Lavrov promised that Russia would supply weapons to Mali.", "en")
    assert {(e.cameo, e.modality) for e in events} == {("072", "future"), ("0332", "asserted")}
