"""Role assignment: who did the event to whom, read from word order, voice and prepositions.

Active verbs take the nearest actor on their left as source and the first actor on their right as
target; passive (di-, "was … by") verbs swap them; event nouns take a possessor or the subject of a
light verb as source and the actor after a preposition as target. Coordinated actors ("Kim dan Putin")
form one group that expands into one event per member.
"""
from __future__ import annotations

from peristiwa.extract.aid import aid_reaches, helps_a_process, receiver_past_the_goods
from peristiwa.extract.clauses import (CASE_HEADS, DOERS, antecedent, main_subject, relative_opening, thing_did_it,
                                       unnamed_doer, unnamed_group_did_it)
from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Mention, Roles, Sentence, VerbMatch
from peristiwa.extract.implied import (AUTHORITIES, FORCE, act_on, author_of, by_a_device, complained_about,
                                        killing_follows, subject_after_comma, the_deceased, threat_target,
                                        unidentified)
from peristiwa.extract.noun_context import asked_in_a_meeting, headline_verb
from peristiwa.extract.nouns import AGENT_MARK, RECEIVE, WHEN_WORDS, noun_roles
from peristiwa.extract.parties import not_the_accuser
from peristiwa.extract.passive import agent_after, authority_where, opening_passive
from peristiwa.extract.phrases import (DEMONSTRATIVES, QUOTE_MARKS, described, named_after, on_a_noun,
                                       raised_subject)
from peristiwa.extract.protests import counted_crowd, protesters
from peristiwa.extract.reached_places import appeal_reaches, object_place, place_fits, place_reached
from peristiwa.extract.objects import past_listed_means, scan_right
from peristiwa.extract.scan import (FAR_STOP, LEFT_STOP, MAX_LEFT, MAX_RIGHT, PREPOSITIONS, TIME_WORDS, scan_left,
                                    verb_like)
from peristiwa.extract.sharing import AND_THEN, captor, shared_object, shared_patient, shared_subject
from peristiwa.extract.targets import (beyond_own_measure, companion, far_target, guarded_against, not_addressed,
                                       only_where, partner_after_with, past_the_origin, sent_to)
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import process_noun

_DETERMINED = {"a", "an", "the", "of", "its", "their", "his", "her", "this", "these", "those", "several", "two",
               "three", "new", "fresh", "further", "additional", "tougher", "harsher",  # ("faces new sanctions")
               "heavy", "fierce", "intense", "renewed", "sporadic"}  # ("Heavy fighting erupted …")
_NOUN_AFTER = {"after", "following", "amid", "despite"}
_AT_A_PLACE = {"at", "in", "inside", "outside", "near", "from", "into"}
_KINDS_OF_ACT = {"peace", "mass", "election", "campaign", "protest", "street", "memorial"}
_BE = {"was", "were", "is", "are", "been", "being", "be", "get", "got", "gets"}
_ARMED_SECTORS, _SENDING = {"MIL", "COP"}, {"06", "07", "15"}  # ("sending police and troops to the Solomon Islands")


def assign(sent: Sentence, verb: VerbMatch, lang: str, speech: frozenset[str] = frozenset()) -> Roles | None:
    """Source and target groups of one event verb in its sentence, or None when either is missing."""
    mentions = [m for m in sent.mentions if not (m.start < verb.end and verb.start < m.end)]
    if not mentions:
        return None
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    group = groups(mentions, sent)
    voice = verb.sense.voice
    tokens = sent.tokens
    det = verb.start - 1 - (verb.start > 1 and (tokens[verb.start - 1].lower in _KINDS_OF_ACT
                                                 or tokens[verb.start - 1].text.isdigit())
                            and tokens[verb.start - 2].lower in ("a", "an", "the")
                            and not tokens[verb.start].lower.endswith("ed"))  # "at a peace rally", "the 1995 massacre"
    if lang == "en" and voice == "active" and (det >= 0 and tokens[det].lower in _DETERMINED or tokens[
            verb.start].lower.endswith("ing") and verb.end < len(tokens) and tokens[verb.end].lower == "between") \
            and not (tokens[det].lower == "of" and tokens[verb.start].lower.endswith("ing")) \
            and verb.start not in by_end:  # (a word that ends an actor's name is no determiner: "when the two met")
        voice = "noun"  # "gave Tanzania a grant": the verb form is a noun here
        if det > 0 and tokens[det - 1].lower in _AT_A_PLACE and verb.end - verb.start == 1:
            return None  # "rioted at a jail", "was shot dead at a peace rally": a place, not an act
    elif lang == "en" and voice == "active" and verb.end - verb.start == 1 and verb.end < len(tokens) \
            and tokens[verb.end].lower == "by" and not tokens[verb.start].lower.endswith(("ed", "ing")) \
            or lang == "en" and voice == "active" and verb.start > 0 and tokens[verb.start - 1].lower in _NOUN_AFTER \
            and not tokens[verb.start].lower.endswith("ing"):
        voice = "noun"  # "after attacks by al-Shabaab militants", "amid protests against …": a noun (but "after
        # meeting President Kenyatta": the clause's subject met him)
    if voice == "active" and verb.start > 0 and tokens[verb.start - 1].lower in RECEIVE \
            and not tokens[verb.start].lower.startswith(("me", "ber")):
        voice = "noun"  # "mendapatkan apresiasi dari masyarakat": the stem is a noun here
    elif voice == "noun" and lang != "en" and headline_verb(sent, verb, by_start, by_end):
        voice = "active"  # "AS Sanksi Menteri …", "Cina Protes Pertemuan Menlu Jerman …": the headline's verb
    if lang == "en" and voice == "active" and verb.start > 0 and tokens[verb.start - 1].lower in ("'s", "’s") \
            and tokens[verb.start].lower.endswith("ing"):
        voice = "noun"  # "NATO's bombing of the Chinese embassy": a gerund its possessor did
    if lang == "en" and voice == "active":
        before = [t.lower for t in tokens[max(0, verb.start - 3):verb.start]]
        if any(w in _BE for w in before) and not tokens[verb.start].lower.endswith("ing") and before[-1:] != ["to"] \
                or verb.end < len(tokens) and tokens[verb.end].lower == "by" and verb.text.lower().endswith("ed") \
                or verb.text.lower().endswith("ed by") \
                or on_a_noun(sent, verb, by_end):
            voice = "passive"  # ("the ceasefire agreement signed in March 2001": a participle on a noun)
    source = target = owner = None
    alone = False  # the target is the head of a relative clause: only that member of a coordination
    shared, purpose = shared_subject(sent, verb, lang, speech, assign) if voice != "passive" else (None, False)
    if shared is not None and not purpose:
        target = scan_right(sent, verb.end, by_start, MAX_RIGHT)
        if target is not None and verb.reach and target.start > verb.reach + 2 and lang != "en":
            target = None
        if verb.sense.cameo[:2] == "13":  # "… and threatened to impose sanctions if the military does not …"
            target = threat_target(sent, verb, shared.sources[0] if shared.sources else None, target, by_start)
        if target is None and verb.sense.cameo[:2] in FORCE and (place := object_place(sent, verb, by_start)):
            return Roles(shared.sources, (place,), shared.clause_start, voice)  # "memasuki dan menguasai ibu kota
            # Kabul": the place is the force's object
        return Roles(shared.sources, _group_of(group, target, shared.sources), shared.clause_start, voice)
    if voice == "active" and verb.end < len(tokens) and tokens[verb.end].lower in ("diri", "dirinya") \
            and by_start.get(verb.end) is None:
        return None  # "menyelamatkan diri", "membela diri": done to oneself (but "dirinya" may be the reporter)
    if voice == "active":
        source = shared.sources[0] if shared is not None else (
            lang != "en" and main_subject(sent, verb, by_end, speech) or lang == "en" and raised_subject(
                sent, verb.start, by_end) or scan_left(sent, verb.start, by_end, MAX_LEFT, speech))
        if source is None and lang != "en" and (verb.start == 0 or verb.start == 1 and tokens[0].lower in WHEN_WORDS):
            source = subject_after_comma(sent, verb, by_start)  # "Tepis Tudingan Malaysia, Indonesia Siap …"
        if shared is None and verb.sense.cameo[:2] in VIOLENT_ROOTS | {"14", "17"} and thing_did_it(sent, verb, by_end) \
                or verb.sense.cameo[:2] in VIOLENT_ROOTS and any(t.lower in _DISASTERS
                                                            for t in tokens[max(0, verb.start - 3):verb.start]):
            source = None  # "drone dan rudal yang menyerang Aramco", "gempa Palu menewaskan …": no actor did it
        rel = relative_opening(sent, verb) if shared is None else None
        source = antecedent(sent, rel, by_end) or source  # "sanksi terhadap Iran, yang menyangkal …": Iran
        if rel is not None and any(tokens[k].lower in _CASES_OR_LAWS and not any(t.text[:1].isupper() for t in tokens[k:rel])
                                   for k in range(max(0, rel - 4), rel)):
            source = None  # "kasus ujaran kebencian yang menjerat politikus NasDem": a case, no actor; "undang-undang
            # 2018 yang melarang perdana menteri …": a law
        if shared is None and source is not None and (unnamed_group_did_it(sent, verb, by_end) or any(
                v.end == verb.start and unnamed_group_did_it(sent, v, by_end) for v in sent.verbs)):
            source = None  # "mendengarkan kelompok yang selama ini mengkritik …": a group no actor names; "orang
            # yang menggelar unjuk rasa mendukung ULMWP": so is the verb right after that clause's
        after = verb.end
        while after < len(tokens) and tokens[after].lower in TIME_WORDS and verb.sense.cameo[:2] in _SAYING:
            after += 1  # "demanded Friday that …"
        if after < len(tokens) and tokens[after].lower in ("that", "bahwa") and verb.sense.cameo[:2] in _SAYING \
                and verb.sense.cameo[:2] != "12":  # "bersikukuh bahwa Inggris harus …": not whom one rejects
            after += 1  # "demanded that Libya …", "memperingatkan bahwa Iran …": the addressee follows
        elif verb.reach and any(t.text in QUOTE_MARKS for t in tokens[verb.end:verb.reach]):
            after = verb.reach  # 'ordered a "complete siege" of the Gaza Strip': past the quoted object
        else:
            after = verb.end
        # Indonesian "pada", "di", "dalam" mark places and times but also targets ("melepaskan tembakan pada
        # pasukan AS"): with no target in the clause, look on to the next comma (measured: helps Indonesian,
        # costs English precision)
        # but not for two actors agreeing or meeting, who act on each other ("DPR dan pemerintah sudah
        # menyepakati poin-poin revisi kecuali soal … KPK")
        together = len(group.get(source, ())) > 1 and verb.sense.cameo[:2] in _TOGETHER
        authors = verb.sense.cameo[:2] in _AT_THE_AUTHOR
        target = scan_right(sent, after, by_start, MAX_RIGHT, authors=authors) or shared_object(sent, verb, by_start) \
            or (far_target(sent, after, by_start, authors) if lang != "en" and not together else None)
        target = past_the_origin(sent, verb, target, by_start)  # "menembakkan roket dari Jalur Gaza ke Israel"
        if target is None and verb.sense.cameo[:2] in VIOLENT_ROOTS | {"17"} \
                and (listed := past_listed_means(sent, max(verb.end, verb.reach))) is not None:
            target = scan_right(sent, listed, by_start, MAX_RIGHT)  # "gas air mata, semprotan merica, dan … ke arah"
        if target is not None and verb.sense.cameo[:2] == "04" and target.kind in ("org", "metonym") \
                and tokens[target.start - 1].lower in ("di", "in", "at"):
            target = None  # "usai melakukan pertemuan bilateral di Kemlu RI": where they met, not whom
        if target is not None and target.placed:
            target = named_after(sent, target, by_start)  # "membunuh pemimpin biro politiknya, Ismail Haniyeh"
        if together and target is not None and target.placed \
                and tokens[target.start - 1].lower not in _TO_RECIPIENT | {"dengan", "with", "bersama"}:
            target = None  # "Iran and Saudi Arabia agreed to … reopen embassies": their own; they act on each other
        if source is not None and target is not None and after > verb.end and target.key == source.key \
                and target.kind in ("country", "metonym"):
            target = None  # "Hajizadeh memperingatkan bahwa Teheran siap membalas": his own side, no addressee
        if target is not None and verb.reach and verb.end <= target.start and target.end == verb.reach \
                and target.kind == "metonym" and verb.sense.cameo[:2] in FORCE:
            # "merebut kembali Istana Kepresidenan di Khartoum dari RSF": the building is the object, not its government
            target = scan_right(sent, verb.reach, by_start, MAX_RIGHT) or _taken_from(sent, verb, by_start)
        if source is not None and target is not None and target.key == source.key and target.kind == "agent" \
                and tokens[target.end - 1].lower.endswith("nya"):  # "menaikkan status siaga pasukannya di
            target = scan_right(sent, target.end, by_start, MAX_RIGHT)  # perbatasan dengan India": its own forces
        if source is not None and target is not None and verb.reach and target.start < verb.reach and (
                target.kind == "agent" and (target.key == source.key and target.sector == source.sector
                                            and verb.sense.cameo[:2] != "17"  # (an officer named a suspect)
                                            or target.sector in _ARMED_SECTORS and verb.sense.cameo[:2] in _SENDING)
                or target.key == source.key and target.end < verb.reach and tokens[target.end].lower in ("'s", "’s")):
            # "would send 3,000 troops to Saudi Arabia": its own forces are the object; "offered India's condolences"
            target = scan_right(sent, verb.reach, by_start, MAX_RIGHT)
        if source is not None and target is not None and target.kind == "agent" and target.key == source.key \
                and target.sector == "MIL" and source.sector != "MIL" and verb.sense.cameo[:2] not in ("02", "10"):
            # "Britain mobilized army reservists for a war against Iraq": its own forces are the object
            target = scan_right(sent, target.end, by_start, MAX_RIGHT) or target
        to_do = verb.end + (verb.end + 1 < len(tokens) and tokens[verb.end].lower in ("untuk", "to"))
        if target is not None and tokens[verb.start].lower in _AGREE and tokens[target.start - 1].lower not in (
                "dengan", "with") and (together or to_do < len(tokens) and verb_like(tokens[to_do].lower)):
            target = None  # "Pemerintah dan DPR sepakat kewenangan penyadapan bagi KPK …": they agree together;
            # "Anggota Komisi III bersepakat (untuk) memilih calon pimpinan KPK": to do something, with no one named
        if target is not None and act_on(sent, verb, target):
            target = None  # "menolak pelemahan KPK", "condemned the arrest of X": X suffers another act
        if verb.sense.cameo.startswith("112") and any(v.start == verb.end for v in sent.verbs):
            # "menyalahkan serangan terhadap kilang Aramco kepada Teheran": the act is blamed on Teheran
            on = next((k for k in range(verb.end, min(len(tokens), verb.end + 15))
                       if tokens[k].lower in ("kepada", "pada", "on")), None)
            target = by_start.get(on + 1) if on is not None else None
        if target is not None and verb.sense.cameo.startswith("016") and not_the_accuser(sent, verb, target, after):
            target = None  # "membantah meringankan hukuman terhadap pelaku", "membantah tuduhan genosida terhadap …"
        if target is not None and verb.sense.cameo in ("042", "043") and any(
                t.lower in _GRAVES for t in tokens[verb.end:target.start]):
            target = None  # "mengunjungi pusara presiden ke-3 RI": a grave, not a host
        if target is not None and verb.sense.cameo in ("042", "043") and companion(sent, verb, target, mentions):
            target = None  # "Tito mengunjungi Riau bersama Panglima TNI": whom he went with, not whom he visited
        if target is not None and not_addressed(sent, verb, target):
            target = partner_after_with(sent, verb, by_start)  # "discussed Libya with Merkel"
        if target is not None and helps_a_process(sent, verb, target):
            target = None  # "membantu penyerahan Laporan Harta Kekayaan …", "membantu memimpin kemitraan …"
        if target is not None and verb.sense.cameo.startswith("114") \
                and not any(w in verb.text.lower() for w in ("panggil", "manggil", "summon")):
            about = complained_about(sent, target, by_start, source)  # (but "memanggil diplomat Afghanistan untuk
            # meminta penjelasan tentang …": the summoned diplomat's country; "lodged a protest with South Korea over
            # the court ruling": a court no country is named for is the addressed state's)
            target = about if about is not None and not (about.placed and target.kind == "country") else target
        if target is not None and target.start == verb.end and verb.sense.cameo.startswith("087") \
                and target.kind in ("country", "metonym") and tokens[verb.end - 1].lower in _FORCES:
            # "perjanjian untuk menarik pasukan AS keluar dari Afganistan": the troops' country withdraws them
            source, target = target, scan_right(sent, target.end, by_start, MAX_RIGHT)
    elif voice == "passive":  # "A camp for Congolese refugees was attacked by …": the refugees
        target = shared_patient(sent, verb, lang, speech, assign) or (
            main_subject(sent, verb, by_end, speech) if lang != "en" else None)
        target = target or scan_left(sent, verb.start, by_end, MAX_LEFT, speech, owned=True)
        if target is not None and verb.sense.cameo[:2] == "07" and any(
                process_noun(t.lower) for t in tokens[max(0, target.start - 3):target.start]):
            target = None  # "Pengamanan kunjungan Raja Arab Saudi … dibantu oleh Polri": a process is helped
        if target is not None and verb.sense.cameo[:2] == "04" and tokens[target.end].lower in ("'s", "’s"):
            target = None  # "Iran's proposal was received by the UN": a thing of theirs, no guest
        rel = relative_opening(sent, verb)
        if rel is not None:  # "…, yang ditangkap oleh …": what "yang" follows
            head = by_end.get(rel) or (by_end.get(rel - 1) if tokens[rel - 1].text == "," else None) \
                or described(sent, rel, by_end)
            target = head if head is not None and (not head.location or verb.sense.cameo[:2] in VIOLENT_ROOTS) and not (
                verb.sense.cameo[:2] == "11" and tokens[head.start - 1].lower in ("ke", "to")) else None  # "kunjungan
            # Pelosi ke Taiwan, yang disebut China sebagai pelanggaran": the visit is called so, not where it went
            alone = not verb.sense.cameo.startswith("045")  # "Pasukan Suriah dan milisi yang didukung Iran": the
            # militias only (but "antara Israel dan Hamas yang dimediasi Qatar": a mediation is between both)
        source = agent_after(sent, max(verb.end, verb.reach), by_start)  # after the object of an object verb
        if target is None and lang != "en" and verb.start == 0:
            source, target = opening_passive(sent, verb, by_start, source)  # "Diserang Roket Gaza, Netanyahu …"
        if verb.clitic:  # "pasca ditetapkannya Novanto sebagai tersangka": the act done to Novanto, by no one named
            inside = [m for m in sent.mentions if verb.start < m.start < verb.end and not m.location]
            target = inside[0] if inside else by_start.get(verb.end)
        elif source is None and lang == "id":
            k = max(verb.end, verb.reach)  # "dijadikan terdakwa": past the object; "diculik kelompok Abu Sayyaf"
            nxt = by_start.get(k) or by_start.get(k + (k < len(tokens) and tokens[k].lower in ("kelompok", "para")))
            before = by_start.get(verb.end) if verb.reach > verb.end else None  # "dipanggil KPK sebagai saksi":
            nxt = nxt or (before if before is not None and before.end != verb.reach else None)  # before it;
            # "disambut Presiden Volodymyr Zelensky": the object opens the agent's name (not "dijadikan terdakwa")
            source = nxt if nxt is not None and not nxt.location else None
        if source is not None and source.end + 1 < len(tokens) and tokens[source.end].lower in _TO_RECIPIENT \
                and (target is None or tokens[source.end].lower in ("kepada", "to")) \
                and by_start.get(source.end + 1) is not None:  # "posisi di BUMN yang dijanjikan Presiden kepada
            target = by_start[source.end + 1]  # masyarakat", "Bantuan itu ditawarkan Indonesia kepada Nauru"
        if source is None and target is not None:
            source = authority_where(sent, verb, by_start) or captor(sent, verb, lang, speech, assign)
            # "were detained in Iran": by Iran's authorities; "ABK yang disandera Abu Sayyaf … dibebaskan": by them
        if source is None and target is not None and (verb.sense.cameo[:2] in _STATE_ACTS
                                                      or verb.sense.cameo[:3] in _LEGAL) \
                and not (verb.end < len(tokens) and tokens[verb.end].lower in ("dari", "from")):  # "dideportasi
            # dari berbagai negara": the authority is abroad
            # "… Dinas Intelijen Irak …, ia telah ditangkap": an arrest or sentence without its agent is the
            # act of the authority the sentence names
            authorities = AUTHORITIES - {"GOV"} if verb.sense.cameo[:2] == "17" else AUTHORITIES  # a ministry
            source = next((m for m in mentions if m.sector in authorities and m.key == target.key
                           and m is not target and not m.location  # "Komandan Garda Revolusi: Iran Sering
                           and not (m.end < len(tokens) and tokens[m.end].text == ":")  # Dituduh": speaks
                           and not any(t.lower in _CONCESSIVE for t in tokens[min(m.end, verb.end):max(m.start, verb.start)])
                           and not (m.start > verb.end and (tokens[m.start - 1].lower in PREPOSITIONS - {"di"} or any(
                               t.lower in _ALONG_WITH for t in tokens[verb.end:m.start]) or any(
                               t.text == "," and u.lower in AND_THEN  # "dicopot, dan pemerintah … intelijen"
                               for t, u in zip(tokens[verb.end:m.start], tokens[verb.end + 1:m.start]))))),
                          None)  # "Mereka dituduh berafiliasi ke GAM, walau di dalamnya ada prajurit TNI"
    else:
        source, target, owner = noun_roles(sent, verb, by_start, by_end, speech)
        source = None if source is not None and unnamed_doer(sent, verb, by_end) else source  # "siapa pun yang …"
    if target is not None and voice == "noun" and target.start >= verb.end and not_addressed(sent, verb, target):
        target = None  # "signed a peace agreement brokered by Russia": the broker is no party to it
    if verb.sense.cameo[:2] == "13" and voice != "passive":
        target = threat_target(sent, verb, source, target, by_start)  # "threatened … if the EU …": the EU
    target = beyond_own_measure(sent, verb, source, target, by_start)  # ("lifted a U.S. embargo on … to Vietnam")
    target = guarded_against(sent, verb, source, target, by_start)  # "… untuk mengamankan perairan Natuna dari …"
    target = None if only_where(sent, verb, target) else target  # ("signed … at a U.S. air base in Dayton")
    if target is None and verb.sense.cameo.startswith("018"):
        target = the_deceased(sent, mentions) or next(  # "BJ Habibie Meninggal, Kamboja Ikut Berduka"; a headline
            (m for m in mentions if m.kind == "person" and m is not source and sent.headline), None)  # "Sebut BJ
        # Habibie Negarawan Visioner, Bangladesh Sampaikan Belasungkawa": the one mourned is named
    target = asked_in_a_meeting(sent, verb, source, target) if voice == "active" else target
    if target is None and verb.sense.cameo[:2] in _ANSWERS and voice in ("active", "noun") and lang != "en":
        target = author_of(sent, verb.end, by_start)  # "mengecam pernyataan yang dilontarkan Netanyahu"
    if target is None and source is not None and sent.headline and verb.sense.cameo[:2] in _REACTIONS \
            and all(not t.text.isalnum() for t in tokens[verb.end:]) and source.start > 0 \
            and tokens[source.start - 1].text == ",":  # "Israel Serang Gaza, Turki Kecam": a headline's reaction
        target = next((m for m in mentions if m.end < source.start and not m.location and m.key != source.key), None)
    passed = sum(t.lower in DEMONSTRATIVES or t.lower in ("ibu", "kota") for t in tokens[verb.reach:target.start]) \
        if target is not None and verb.reach else 0
    past_the_object = target is not None and verb.reach and (
        target.start - passed > verb.reach + 2 and not sent_to(tokens, verb.reach, target.start,
                                                                verb.sense.cameo[:2] == "07")
        or any(t.text == "," for t in tokens[verb.reach:target.start]))
    if past_the_object and not target.location and lang != "en":
        target = None  # "menggunakan anak-anak mereka sebagai tameng untuk … militer Irak": not past the object (but
        # "sebagai ibu kota Israel", "rudal jarak jauh ke Ukraina"; nor a comma: "…, yakni Agus Rahardjo …")
    if target is not None and verb.reach and target.end <= verb.reach and target.sector == "MIL" \
            and verb.sense.cameo[:2] == "15":  # "agreed to send 2,000 more troops to Bosnia": its own troops
        target = scan_right(sent, verb.reach, by_start, MAX_RIGHT) or object_place(sent, verb, by_start)
    violent = verb.sense.cameo[:2] in VIOLENT_ROOTS  # "Serangan udara Rusia … di Idlib": the place is hit
    if violent and target is not None and target.start > 0 and tokens[target.start - 1].lower in ("untuk", "for") \
            and 0 <= target.start - verb.end <= 2:
        target = None  # "pernah berperang untuk Jabhat al-Nusra", "fought for the Islamic State": the side, not the foe
    place_target = verb.sense.cameo.startswith(_PLACE_TARGETS) or violent
    if verb.sense.abroad and voice != "passive":  # "tiba di Moskow … dalam kunjungan pemimpin kerajaan itu": the
        target = next((m for m in mentions if m.location and verb.end <= m.start <= verb.end + 1), target)  # place
    if target is not None and target.location and (not place_target or target.country == "IGO"):
        target = None  # a place is never a party to the event, except where a visit or a measure goes
    probe = verb.sense.cameo[:2] == "09" and source is not None and source.country == "IGO"  # "(the ICC) opened an
    # investigation into alleged war crimes in Afghanistan": an international body's probe is of that country
    if target is None and (place_target or probe or verb.sense.cameo[:2] == "07") and voice != "passive":
        aid = verb.sense.cameo[:2] == "07"  # ("bantuan kemanusiaan berupa tenda, selimut, … untuk para korban gempa
        # bumi di Turki": past the list of what was given, to the receivers' place)
        target = next((m for m in mentions if m.location and m.country != "IGO"
                       and verb.end <= m.start < verb.end + (20 if aid else 15)
                       and not (voice == "noun" and violent and killing_follows(sent, verb, m))
                       and (place_reached(tokens[verb.end:m.start], m, violent, lang)
                            or aid and aid_reaches(tokens[verb.end:m.start])
                            and not any(t.lower in LEFT_STOP for t in tokens[verb.end:m.start]))
                       and (place_target or probe or aid_reaches(tokens[verb.end:m.start]))
                       and (verb.sense.cameo[:2] != "02" or appeal_reaches(tokens[verb.end:m.start], m, source))), None)
    if target is None and voice == "active" and verb.sense.cameo[:2] == "07":
        target = receiver_past_the_goods(sent, verb, by_start)  # "bantuan makanan, air bersih dan obat-obatan kepada"
    if target is None and voice != "passive" and verb.sense.cameo[:2] in FORCE:
        target = object_place(sent, verb, by_start)  # "shelled the town of Gorazde", "invasion of South Lebanon"
    at = by_start.get(verb.end)
    if at is not None and at.location and at.country not in ("", "IGO") and voice != "passive" \
            and verb.sense.cameo[:2] in VIOLENT_ROOTS and verb.text.lower().endswith((" in", " di")):
        target = at  # "blew themselves up in Tel Aviv in the worst attack of the … uprising": the form names the place
    if target is not None and target.location and not place_fits(tokens, verb, source, target):
        target = None  # ("a military parade in Caracas" is aimed at no one)
    if (source is None or source.location) and target is not None and target.kind not in ("country", "metonym") \
            and not target.location and verb.sense.cameo[:2] in VIOLENT_ROOTS and voice != "noun" \
            and by_a_device(sent, verb, voice):
        source = unidentified(sent, target)  # "a roadside bomb near Samarra killed one U.S. soldier"
    if source is None and target is not None and voice == "noun" and not target.location:
        source = protesters(sent, verb, target)  # "aksi demo besar-besaran terhadap pemerintah terjadi di Iran"
    if source is None and voice == "active":
        source = counted_crowd(sent, verb)  # "Thousands rallied in Bangkok demanding …"
    if source is None or source.location or verb.sense.cameo.startswith("018") \
            and source is the_deceased(sent, mentions):  # (the one mourned does not mourn: "… berpulangnya Habibie")
        return None
    if target is None and voice == "noun" and lang != "en" and tokens[verb.start - 1].lower not in DOERS:
        target = scan_right(sent, verb.end, by_start, 20, FAR_STOP)  # (not "pelaku penyerangan masih berada …")
        if target is not None and (target.start > verb.end + 1 and tokens[target.start - 1].lower in AGENT_MARK or any(
                tokens[k].lower in ("dan", "serta") and verb_like(tokens[k + 1].lower)
                for k in range(verb.end, target.start - 1))):
            target = None  # "para pelaku kerusuhan telah diidentifikasi oleh kepolisian": another act's agent;
            # "mengecam komentar Netanyahu dan mendesak rapat OKI": a new clause
    sources = group.get(source, (source,))
    if owner is not None and all(owner.key != m.key for m in sources):
        sources += (owner,)  # "China menerapkan sanksi PBB terhadap Korut": the UN's sanctions, China applies them
    targets = (group.get(target, (target,)) if not alone else (target,)) \
        if target is not None and target not in sources else ()
    along = tuple(m for m in targets[1:] if tokens[m.start - 1].lower in _ALONG_WITH) \
        if targets and targets[0].start >= verb.end and verb.sense.cameo[:2] not in _TOGETHER else ()
    if along:  # "Terjunkan Bantuan Kemanusiaan ke Gaza Bersama Yordania": Jordan drops aid too, on Gaza
        targets, sources = tuple(m for m in targets if m not in along), sources + along
    clause_start = max(m.end for m in sources)
    if clause_start > verb.start:  # a passive's clause opens with its subject ("Rencana Israel dikecam oleh
        clause_start = max((m.end for m in targets if m.end <= verb.start), default=0) if voice == "passive" else 0
        # Turki": the plan is what is condemned, not a plan to condemn)
    return Roles(sources, targets, clause_start, voice)


_TOGETHER = {"03", "04", "05", "06"}
_AT_THE_AUTHOR = {"11", "12", "14"}  # "memprotes penjualan senjata AS ke Taiwan": aimed at the seller
_ANSWERS = {"01", "05", "11", "12", "13"}
_REACTIONS = _ANSWERS | {"14"}  # what ends a headline in answer to its first clause ("…, Turki Kecam")
_AGREE = {"sepakat", "bersepakat", "menyepakati", "sepakati", "agreed", "agree", "agrees"}
_SAYING = {"02", "10", "11", "12", "13"}
# acts whose target may be a place: an agreement about it ("agreed to set up a centre in Tokyo"), a visit
# ("arrived in Amman"), peacekeepers sent there, forces on alert there, measures imposed on or lifted from a
# place ("lifted a night curfew in Montenegro", "imposed a curfew in Cizre … Turkey"), and an appeal for
# another country ("menyerukan perundingan damai … di Yaman"); not a place inside a "that" clause
_PLACE_TARGETS = ("012", "02", "03", "042", "050", "073", "074", "081", "085", "0872", "0874", "104", "150", "152",
                  "154", "161", "162", "166", "1712", "1723", "1724", "191")  # ("AS Tarik Pasukan dari Suriah Utara")
_CONCESSIVE = {"walau", "walaupun", "meski", "meskipun", "namun", "tetapi", "sedangkan", "sementara", "padahal"}
_STATE_ACTS = {"16", "17"}  # sanctions, arrests
_CASES_OR_LAWS = CASE_HEADS | {"undang-undang", "peraturan", "aturan", "regulasi", "ketentuan", "law", "regulation", "rule"}
_GRAVES = {"makam", "pusara", "kuburan", "grave", "tomb", "mausoleum"}
_LEGAL = {"115", "116"}  # lawsuits and sentences (but not criticism or accusations: "Ahok yang dituding …")
_DISASTERS = {"gempa", "banjir", "tsunami", "longsor", "badai", "topan", "kebakaran", "wabah", "earthquake", "flood",
              "floods", "storm", "typhoon", "hurricane", "landslide"}
_FORCES = {"pasukan", "tentara", "militer", "troops", "forces"}
_ALONG_WITH = {"bersama", "bersama-sama", "beserta"}  # "didakwa … bersama-sama dengan Kivlan Zen": charged alongside
_TO_RECIPIENT = {"kepada", "ke", "terhadap", "to", "against"}  # (not "untuk": "diperiksa KPK untuk tersangka X")


def _group_of(group: dict, m: Mention | None, exclude: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return group[m] if m is not None and m in group and m not in exclude else ()


def _taken_from(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """Whom a place is taken from, past where it lies ("merebut kembali Istana Kepresidenan di Khartoum dari
    RSF", "recaptured the airport in Kherson from Russian forces")."""
    if not verb.sense.cameo.startswith(("171", "192")):
        return None
    tokens = sent.tokens
    at = next((k for k in range(verb.reach, min(len(tokens) - 1, verb.reach + 8))
               if tokens[k].lower in ("dari", "from") and tokens[k - 1].text != ","), None)
    found = by_start.get(at + 1) if at is not None else None
    return found if found is not None and not found.location else None
