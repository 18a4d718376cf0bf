"""Which code an act takes from who does it to whom and the words around it: aid of a named kind, force from the
air or on protesters, a guest welcomed, a meeting by phone or in a third place, a state's complaint, a crowd's riot,
ground or people seized, a show of force at sea, sanctions on another state."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.aid import aid_named
from peristiwa.extract.announcements import promised_act
from peristiwa.extract.boundaries import WATERS
from peristiwa.extract.clauses import purpose_code
from peristiwa.extract.document import Doc, Mention, Roles, Sentence, VerbMatch
from peristiwa.extract.implied import from_the_air
from peristiwa.extract.kinds import appeal_kind, by_phone, welcomed_guest
from peristiwa.extract.modality import attempted
from peristiwa.extract.parties import protesters_named, storming_by_force, third_place
from peristiwa.extract.targets import captured_people, launched_at
from peristiwa.lexicon.knowledge import Knowledge, VerbSense

_ARMED = {"MIL", "REB"}
_POLITICAL = {"GOV", "LEG", "JUD", "PTY", "OPP"}
_LEADERS = _POLITICAL | {"REB"}  # a named official or leader killed is assassinated (186), but by troops it is
# military force (190: "its troops had killed Hamas leader Yahya Sinwar after an exchange of fire")
_INSTITUTIONS = {"person", "agent", "org", "composite", "anaphor"}
# a blockade or an occupation by civilians is a protest; bombs or shells they throw are a riot ("protesters
# hurled petrol bombs at riot police")
_BY_CIVILIANS = {"191": "144", "192": "141", "194": "145", "195": "145"}
_FIRED = {"190", "193", "194", "195"}  # what is fired into the waters (a blockade at sea is still one)
_STATES = {"", "GOV", "MIL", "LEG", "JUD", "COP", "SPY"}  # a country, or its officials


def recode(doc: Doc, kb: Knowledge, sent: Sentence, verb: VerbMatch, roles: Roles, source: Mention,
           target: Mention, joint: bool) -> VerbSense:
    """The verb's sense with the code its actors and words call for; its rule says why."""
    sense = verb.sense
    if sense.cameo == "070" and (kind := aid_named(sent, verb)):  # "provided 50 million dollars in
        sense = replace(sense, cameo=kind, rule=f"{sense.rule} (aid named: {kind})")  # humanitarian aid"
    if sense.cameo == "070" and source.sector == target.sector == "MIL" and source.key != target.key:
        sense = replace(sense, cameo="062", rule=f"{sense.rule} (forces helping forces: 062)")  # "pasukan
        # khusus AS membantu militer Afghanistan melawan Taliban": military cooperation, not aid
    elif sense.cameo == "1823" and target.kind == "person" and target.sector in _LEADERS \
            and source.sector != "MIL":  # "shot dead Israeli
        sense = replace(sense, cameo="186", rule=f"{sense.rule} (a leader killed: 186)")  # Tourism Minister Zeevi"
    elif sense.armed and target.sector in _ARMED and target.kind != "person":  # (a general who runs
        # for governor is backed in words: "memberikan dukungan kepada cagub Edy Rahmayadi")
        sense = replace(sense, cameo=sense.armed, rule=f"{sense.rule} (armed target: {sense.armed})")
    elif sense.cameo in ("190", "1823", "194") and from_the_air(sent, source, verb,
                                                               kb.language(doc.lang).aerial_means):
        sense = replace(sense, cameo="195", rule=f"{sense.rule} (from the air: 195)")  # "Drone AS Tewaskan …"
    elif sense.military and source.sector == "MIL":
        sense = replace(sense, cameo=sense.military, rule=f"{sense.rule} (military source: {sense.military})")
    elif sense.cameo[:2] == "04" and attempted(sent, verb, source.start, roles.clause_start):
        sense = replace(sense, cameo="036", rule=f"{sense.rule} (attempt to meet: 036)")
    elif sense.cameo == "051" and welcomed_guest(sent, verb, target):  # "welcomed Karzai to the White
        sense = replace(sense, cameo="043", rule=f"{sense.rule} (a guest welcomed: 043)")  # House"
    elif sense.cameo == "040" and by_phone(sent, verb):  # "bertukar pandangan … melalui sambungan
        sense = replace(sense, cameo="041", rule=f"{sense.rule} (by phone: 041)")  # telepon"
    elif sense.cameo == "040" and third_place(sent, source, target):
        sense = replace(sense, cameo="044", rule=f"{sense.rule} (third place: 044)")
    elif code := purpose_code(sent, verb):  # "memanggil … untuk menjelaskan"
        sense = replace(sense, cameo=code, rule=f"{sense.rule} (for its purpose: {code})")
    elif sense.cameo == "020" and (kind := appeal_kind(sent, verb, max(  # (the last addressee listed)
            (t for t in roles.targets if t.start >= target.start), key=lambda t: t.end, default=target),
            kb.language(doc.lang))):
        sense = replace(sense, cameo=kind, rule=f"{sense.rule} (appeal for: {kind})")
    elif sense.cameo == "100" and (kind := appeal_kind(sent, verb, target, kb.language(doc.lang))) in _DEMANDED:
        # a demand for a release, for rights or for restraint: "menuntut Rusia segera membebaskan …" (what else a
        # demand asks for is read less surely: "demanded that the US cancel plans to sell … weapons")
        sense = replace(sense, cameo=f"10{kind[2:]}", rule=f"{sense.rule} (demand for: 10{kind[2:]})")
    elif promised := promised_act(sent, verb, kb.cameo.announced):
        sense = replace(sense, cameo=promised, rule=f"{sense.rule} (what is promised: {promised})")
    elif sense.cameo == "150" and joint:  # "Russia and China held military drills": together
        sense = replace(sense, cameo="062", rule=f"{sense.rule} (held together: 062)")
    elif sense.state and target.key != source.key and (source.sector == "GOV" or source.country == "IGO"
                                                       or source.kind == "country" and not source.sector):
        sense = replace(sense, cameo=sense.state, rule=f"{sense.rule} (by a state: {sense.state})")  # "Seoul
        # protested Tokyo's claims": an official complaint, not dissent in the street
    elif sense.verbal and sense.voice != "noun" and _in_words(source, target):
        sense = replace(sense, cameo=sense.verbal, rule=f"{sense.rule} (politician against person: "
                                                        f"{sense.verbal})")
    if sense.cameo in _FIRED and any(t.lower in WATERS for t in sent.tokens[verb.end:target.start]):
        sense = replace(sense, cameo="150", rule=f"{sense.rule} (into the waters: 150)")  # "fired
        # ballistic missiles into the waters around Taiwan": a show of force, no strike
    elif sense.cameo == "150" and target.key != source.key and launched_at(sent, verb, target):
        sense = replace(sense, cameo="195", rule=f"{sense.rule} (launched at a target: 195)")  # "meluncurkan 59
        # rudal ke pangkalan udara Suriah"
    if sense.cameo == "172" and target.key != source.key and target.sector in _STATES:  # "imposed travel
        sense = replace(sense, cameo="163", rule=f"{sense.rule} (on another state: 163)")  # bans and asset
        # freezes on Russian officials", "Islamabad Larang PM India Lintasi Wilayah Udara": sanctions (but
        # "Russia banned British journalists" restricts the press)
    if source.sector in ("CVL", "EDU") and (sense.cameo in _BY_CIVILIANS or sense.cameo in ("171", "190", "1712")
                                             and protesters_named(source)):
        code = _BY_CIVILIANS.get(sense.cameo, "145")  # "Thousands of students occupied the grounds of
        # parliament": a protest, not a war; "Ribuan demonstran menyerbu kediaman resmi Presiden",
        # "Pengunjuk rasa … membakar gedung parlemen Nepal", "pengunjuk rasa … menjarah sejumlah pabrik": a riot
        sense = replace(sense, cameo=code, rule=f"{sense.rule} (by civilians: {code})")
    elif sense.cameo in ("190", "193") and source.sector == "REB" and target.sector == "CVL" \
            and target.kind != "country":  # "KKB menembak mati belasan pekerja": an armed group's violence
        sense = replace(sense, cameo="180", rule=f"{sense.rule} (on civilians: 180)")  # on civilians
    elif sense.cameo == "145" and source.sector in ("MIL", "COP", "REB") \
            and verb.text.lower().startswith("storm"):  # (an armed group storming a mall attacks it)
        code = storming_by_force(sent, verb)
        sense = replace(sense, cameo=code, rule=f"{sense.rule} (by forces: {code})")
    elif sense.cameo == "171" and (target.location or target.kind in ("place", "metonym")) \
            and source.sector in ("MIL", "REB"):  # "M23 rebels seized Goma": ground taken
        sense = replace(sense, cameo="192", rule=f"{sense.rule} (ground seized: 192)")
    elif (sense.cameo == "192" and verb.text.lower().startswith("captur")
          or sense.cameo == "171" and verb.text.lower().startswith("seiz")
          and (target.kind in ("agent", "composite", "person") or target.kind == "adjective"
               and target.text[-1:] == "s")) \
            and captured_people(sent, verb, target):  # "captured Shining Path founder …", "Hezbollah
        # guerrillas seized two Israeli soldiers", "seized 20 people, including three Americans" (not "seized
        # Ukrainian navy vessels")
        code = "181" if source.sector == "REB" else "173"  # ("Hezbollah Captures Two Israeli Soldiers":
        sense = replace(sense, cameo=code, rule=f"{sense.rule} (people captured: {code})")  # abducted)
    return sense


def _in_words(source: Mention, target: Mention) -> bool:
    """A politician attacking another politician or a state institution (not a country, a company, an armed
    force or civilians) does it in words: "Trump menyerang Direktur FBI"."""
    return source.sector in _POLITICAL and target.kind in _INSTITUTIONS and not target.location \
        and target.sector in _POLITICAL | {"COP", "SPY"}


_DEMANDED = {"0243", "0253", "0256"}  # appeal kinds a demand takes as its own code (1043, 1053, 1056)
