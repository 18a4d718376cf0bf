"""Subjects shared across a sentence's verbs: "Shoigu mengunjungi Korea Utara dan bertemu dengan Kim" (the
second verb's subject is the first's), "shelled Juba on Sunday, killing about 20 people" (a participle's),
"menghubungi X guna meminta …" (a purpose's), and the last of a list of predicates.

`assign` (roles.assign) is passed in: reading an earlier verb's roles is the same role assignment.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from peristiwa.extract.boundaries import MOVES, SUBORDINATORS
from peristiwa.extract.clauses import (ADVERBS, listed_subject, reason_of_the_object, unnamed_group_did_it,
                                       unnamed_purpose, unnamed_relative_goes_on, verb_before)
from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Mention, Roles, Sentence, VerbMatch
from peristiwa.extract.doers import first_clause_subject
from peristiwa.extract.governing import accused_of, governed_by
from peristiwa.extract.modality import last_of_a_list
from peristiwa.extract.objects import scan_right
from peristiwa.extract.scan import (ATTEMPTS, MAX_LEFT, MAX_RIGHT, SUBJECT_PRONOUNS, TIME_WORDS, scan_left,
                                   verb_like)
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import english_past
from peristiwa.text.timewords import PARTS_OF_DAY

Assign = Callable[[Sentence, VerbMatch, str, frozenset[str]], "Roles | None"]

_AT_THE_SAME_TIME = {("pada", "saat", "yang", "sama"), ("di", "saat", "yang", "sama"), ("pada", "waktu", "yang", "sama"),
                     ("at", "the", "same", "time")}
AND_THEN = {"dan", "serta", "lalu", "kemudian", "and", "then", "guna", "tetapi", "tapi", "namun", "but",
            "karena", "sekaligus"}  # "menyampaikan kegembiraannya karena kembali bertemu Jokowi": the same subject;
# "menghadiri KTT G20 sekaligus bertemu …"
# "menghubungi X guna meminta …", "menganut kebijakan satu Cina tapi tetap membantu Taiwan"
# "will visit Mauritania and Senegal to mediate …": the visitor mediates; but "urged / allowed / forced X to …"
# make X the one who acts (appeals, aid, yielding, demands, coercion)
_PURPOSE_TO = {"to", "untuk", "guna"}
_OBJECT_CONTROL = {"02", "07", "08", "10", "17"}
# "mengundang Presiden AS untuk mengunjungi Pyongyang": the invited visit (an invitation, 036, makes its object act)
_INVITING = {"mengundang", "undang", "invite", "invites", "invited", "inviting"}
_CLAUSE_BREAKS = {",", ";", "that", "which", "who", "yang", "bahwa"}  # "a resolution that aims to …"


def shared_subject(sent: Sentence, verb: VerbMatch, lang: str, speech: frozenset[str],
                   assign: Assign) -> tuple[Roles | None, bool]:
    """ "Shoigu mengunjungi Korea Utara dan bertemu dengan Kim": a verb coordinated with an earlier one
    shares its subject."""
    j = verb.start - 1
    while j >= 0:
        if sent.tokens[j].lower in ADVERBS:
            j -= 1
        elif tuple(t.lower for t in sent.tokens[max(j - 3, 0):j + 1]) in _AT_THE_SAME_TIME:
            j -= 4  # "tapi pada saat yang sama tetap membantu Taiwan"
        else:
            break
    if lang == "en" and j >= 2 and verb.sense.cameo[:2] == "04" and sent.tokens[j].lower in ("a", "an") \
            and sent.tokens[j - 1].lower == "for":
        j -= 1  # "… for a meeting with …"
    # "visited Australia for talks with Prime Minister Scott Morrison": the visitor's talks
    purpose = j >= 1 and (sent.tokens[j].lower in _PURPOSE_TO
                          or lang == "en" and sent.tokens[j].lower == "for" and verb.sense.cameo[:2] == "04")
    # "Sudanese rebels shelled Juba on Sunday, killing about 20 people": the participle's subject is the clause's
    participle = lang == "en" and j >= 1 and sent.tokens[j].text == "," and verb.text.split()[0].lower().endswith(
        "ing") and verb.sense.voice == "active"
    if participle:
        earlier = [v for v in sent.verbs if v.end <= j and v.sense.voice == "active"]
        later = _clause_subject_between(sent, max((v.end for v in earlier), default=0), j)
        if later is not None:  # "…, and police responded with rubber bullets, wounding dozens": the police
            return Roles(groups(sent.mentions, sent).get(later, (later,)), (), later.end, "active"), False
        # (a killing after "…, two days after Colombian warplanes struck a camp": the strike's, the violent act
        # nearest it, not the sentence's first act)
        violent = [v for v in earlier if v.sense.cameo[:2] in VIOLENT_ROOTS] \
            if verb.sense.cameo[:2] in VIOLENT_ROOTS else []
        earlier = violent[-1:] or earlier
        roles = assign(sent, earlier[0], lang, speech) if earlier else None
        if roles is None:  # "Maduro ordered troops to the border, accusing Bogota …": the sentence's subject
            opening = next((m for m in sent.mentions if not m.location), None)
            if opening is not None and opening.end <= j and (opening.start == 0 or opening.start == 1
                                                               and sent.tokens[0].lower == "the"):
                return Roles((opening,), (), opening.end, "active"), False
        return roles, roles is not None
    if lang == "en" and j >= 2 and sent.tokens[j].lower in _AFTER_DOING and verb.sense.voice == "active" \
            and verb.text.split()[0].lower().endswith("ing") and sent.tokens[j - 1].text in (",", "day", "days",
                                                                                              "hours", "weeks"):
        opening = next((m for m in sent.mentions if not m.location), None)  # "Tsvangirai was given refuge at the
        if opening is not None and opening.end <= j and opening.start <= 1:  # Dutch embassy …, a day after
            return Roles(groups(sent.mentions, sent).get(opening, (opening,)), (), opening.end, "active"), False
            # accusing Mugabe's militias …": the one the sentence is about, not the embassy
    if lang != "en" and j >= 1 and sent.tokens[j].text == "," and verb.sense.voice == "active" \
            and verb.text[:2].lower() == "me":  # "Demonstran menyerbu Dewan Legislatif, memblokir jalan-jalan ke
        listed = listed_subject(sent, j, lambda v: assign(sent, v, lang, speech), speech)  # bandara": the list's
        if listed is not None:  # subject, not the object before
            return Roles(listed, (), j if listed else 0, "active"), False
    if lang != "en" and sent.headline and j >= 1 and sent.tokens[j].text == "," and verb.start == j + 1 \
            and sent.tokens[verb.start].is_title and verb.sense.voice != "passive":
        # "Erdogan Kecam Israel, Desak OKI Bertindak": a headline's second bare verb shares the first one's subject
        first = next((v for v in sent.verbs if v.end <= j and v.sense.voice != "passive"
                      and sent.tokens[v.start].is_title and not any(t.text == "," for t in sent.tokens[v.end:j])), None)
        roles = assign(sent, first, lang, speech) if first is not None else None
        if roles is not None and roles.sources:
            return Roles(roles.sources, (), j, "active"), False
    if (lang != "en" and j >= 1 and sent.tokens[j].lower == "dengan" and sent.tokens[j - 1].text == ","
            and sent.tokens[verb.start].lower.startswith("me")
            or lang == "en" and j >= 1 and sent.tokens[j].lower == "by" and verb.start == j + 1
            and sent.tokens[verb.start].lower.endswith("ing")) and verb.sense.voice == "active":
        subject = first_clause_subject(sent, j, {m.end: m for m in sent.mentions}, speech,  # "Gambia menggugat
                                       nearest=lang == "en")
        if subject is not None:  # Myanmar …, dengan menuduh militer negara itu …", "opened a NATO summit by
            # accusing Germany …": the main clause's subject
            return Roles(groups(sent.mentions, sent).get(subject, (subject,)), (), j, "active"), False
    if j < 1 or not (sent.tokens[j].lower in AND_THEN or purpose) or sent.tokens[j].lower == "karena" \
            and reason_of_the_object(sent, j):
        return None, False
    parallel = _parallel_appeal(sent, verb, j) if not purpose else None
    if parallel is not None and (shared := assign(sent, parallel, lang, speech)) is not None:
        return Roles(shared.sources, (), shared.clause_start, "active"), False  # "mendesak Kapolda untuk menghentikan
        # kasus Acho dan mendesak Kepala Kejaksaan Tinggi …": the same speaker urges again
    if lang != "en" and not purpose and unnamed_relative_goes_on(sent, j):
        return Roles((), (), 0, "active"), False  # "menangkap kelompok yang menolak Pancasila dan menentang
        # pemerintah": the unnamed group's second act, not the police's
    if verb.sense.voice == "noun" and not purpose and not verb_like(sent.tokens[verb.start].lower):
        return None, False  # "menuturkan ada 19 titik …, dan serangan drone ke Aramco …": a noun after "dan"
        # is coordinated with a noun, not a verb
    if purpose:  # "menampik upaya AS dan Saudi untuk menyalahkan …": those whose attempt it is act
        owner = next((m for m in sent.mentions if m.end == j and not m.location), None)
        group = groups(sent.mentions, sent).get(owner, (owner,)) if owner is not None else ()
        first = min((m.start for m in group), default=0)
        if owner is not None and first > 0 and sent.tokens[first - 1].lower in ATTEMPTS:
            return Roles(group, (), owner.end, "active"), True
        owner = next((m for m in sent.mentions if m.end == j - 2 and not m.location), None) if lang == "en" \
            and j >= 3 and sent.tokens[j - 1].lower in ATTEMPTS and sent.tokens[j - 2].lower in ("'s", "’s") else None
        if owner is not None:  # "criticised Washington's decision to sell arms to Taiwan": Washington would sell
            return Roles(groups(sent.mentions, sent).get(owner, (owner,)), (), owner.end, "active"), True
    if lang != "en" and last_of_a_list((sent.tokens[j - 1].lower, sent.tokens[j].lower, verb.text.lower()), 1):
        # "Siti Nurbaya membantah … dan mengatakan asap … tidak menyeberang ke Malaysia, serta menuding …":
        # the last of a list of predicates shares the subject of the first
        first = min([v.start for v in sent.verbs if v.end <= j and v.sense.voice == "active"]
                    + [k for k in range(j) if sent.tokens[k].lower in speech], default=None)
        listed = first is not None and not any(t.lower in ("untuk", "agar", "supaya") for t in sent.tokens[first:j])
        subject = scan_left(sent, first, {m.end: m for m in sent.mentions}, MAX_LEFT, speech) if listed else None
        # (but "mengajak masyarakat untuk menolak …, serta mengepung DPR": what they are asked to do)
        if subject is not None:
            return Roles(groups(sent.mentions, sent).get(subject, (subject,)), (), j, "active"), False
        if listed:  # "Ketiga kelompok ini … membela …, mendukung DPR segera memilih …, dan mendukung revisi": the
            return Roles((), (), 0, "active"), False  # list's subject is no actor, nor the DPR
    if lang == "en" and not purpose and sent.tokens[j].lower == "and" and verb.sense.cameo[:2] in _SPOKEN \
            and english_past(sent.tokens[verb.start].lower) and (sayer := _sayer_of_a_judgement(sent, j, speech)):
        return Roles(groups(sent.mentions, sent).get(sayer, (sayer,)), (), sayer.end, "active"), False
    earlier = [v for v in sent.verbs if v.end <= j and (j - v.end <= MAX_RIGHT or j - v.end <= MAX_RIGHT + 10
                                                         and len(_past_times(sent.tokens[v.end:j])) <= MAX_RIGHT)] or [
        v for v in sent.verbs if not purpose and v.end <= j and j - v.end <= 16
        and v.sense.voice == "active" and _same_clause(sent, v, j)][-1:]
    # ("blamed U.S.-based cleric Fethullah Gulen for Friday night's failed coup and called on Washington …", "mengecam
    # keras pengakuan sepihak Amerika Serikat atas Yerusalem sebagai ibu kota Israel dan meminta Washington …": a long
    # object, one clause)
    # "Arab Saudi mengecam komentar Netanyahu dan mendesak …": a noun that is the object of the verb before
    # it is not the coordinated act
    earlier = _main_clause(sent, earlier, j) if lang == "en" else earlier
    earlier = [v for v in earlier if not (v.sense.voice == "noun" and any(
        u is not v and u.end <= v.start <= u.end + 1 and u.sense.voice != "noun" for u in earlier))]
    if verb.sense.voice != "noun" and lang != "en":  # a verb is coordinated with a verb, not a noun ("mengikuti
        earlier = [v for v in earlier if v.sense.voice != "noun"]  # saran Bolton pada pertemuan puncak … dan mendesak")
    if lang == "en" and not purpose and all(v.sense.voice == "noun" for v in earlier) \
            and (subject := _opening_subject_of_a_plain_verb(sent, j)) is not None:
        return Roles(groups(sent.mentions, sent).get(subject, (subject,)), (), subject.end, "active"), False
    plain = verb_before(sent, j) if lang != "en" and not purpose else None
    if plain is not None and plain >= (earlier[-1].end if earlier else 0):
        # "… memindahkan kedutaan ke sana dan kemudian mengakui kedaulatan kita": the subject of the verb
        # before "dan" (no event itself), not its object
        by_end = {m.end: m for m in sent.mentions}
        subject = scan_left(sent, plain, by_end, MAX_LEFT, speech)
        if subject is None or unnamed_group_did_it(sent, replace(verb, start=plain, end=plain + 1), by_end):
            # "setelah dia mengikuti saran … dan mendesak …", "banyak pihak yang meremehkan dan mencibirnya"
            unnamed = subject is not None or plain > 0 and sent.tokens[plain - 1].lower in SUBJECT_PRONOUNS
            return (Roles((), (), 0, "active"), False) if unnamed else (None, False)
        return Roles(groups(sent.mentions, sent).get(subject, (subject,)), (), subject.end, "active"), False
    if purpose and lang != "en" and unnamed_purpose(sent, verb, j, earlier[-1].end if earlier else 0):
        return Roles((), (), 0, "active"), False
    if not earlier or purpose and (earlier[-1].sense.voice != "active"
                                   or earlier[-1].sense.cameo[:2] in _OBJECT_CONTROL
                                   or earlier[-1].text.split()[0].lower() in _INVITING
                                   or any(t.lower in _CLAUSE_BREAKS for t in _past_times(sent.tokens[earlier[-1].end:j]))):
        return None, False
    roles = assign(sent, earlier[-1], lang, speech)
    if roles is not None and roles.voice == "passive" and roles.targets and not purpose \
            and sent.tokens[j].lower in ("dan", "serta", "and"):
        # "Retno diterima Aung San Suu Kyi di Naypyidaw … dan meminta pemerintah Myanmar …": the one received asks
        return Roles(roles.targets, (), roles.clause_start, "active"), False
    if lang == "en" and roles is not None and roles.targets and sent.tokens[j].lower == "and" and (
            earlier[-1].sense.cameo[:2] in ("02", "10") and verb in governed_by(sent, earlier[-1])
            or earlier[-1].sense.cameo.startswith("112") and accused_of(sent, verb)):
        return Roles(roles.targets, (), roles.clause_start, "active"), False  # "urged Russia to halt its attacks and
        # withdraw its troops": what the one urged is to do; "accused Chinese ships of blocking and firing water
        # cannon at …": what the accused did
    active = [v for v in earlier if v.sense.voice == "active"][-1:]
    if lang == "en" and not purpose and sent.tokens[j].lower == "and" and active and _same_clause(sent, active[0], j) \
            and (roles if active[0] is earlier[-1] else assign(sent, active[0], lang, speech)) is None:
        return Roles((), (), 0, "active"), False  # "a resolution that would have condemned Syria's government … and
        # threatened it with sanctions": the unnamed subject of both, not the first one's object
    if roles is None and purpose and verb.sense.voice == "active" and earlier[-1].sense.cameo[:2] == "04":
        return Roles((), (), 0, "active"), False  # "Kapitra ingin menemui Saut untuk meminta klarifikasi": the
        # visitor asks (not Saut), even when the visitor is no actor
    return roles, purpose


def _opening_subject_of_a_plain_verb(sent: Sentence, j: int) -> Mention | None:
    """ "President Donald Trump pulled the United States out of the Iran nuclear deal and reimposed sanctions on
    Tehran": the sentence's subject, before a past-tense verb the lexicon does not code, when only nouns lie between
    it and "and" (not the deal's owner); a coordinated subject ("Trump and Kim Jong Un shook hands … and signed …")
    is passed whole."""
    tokens = sent.tokens
    first = next((m for m in sent.mentions if not m.location), None)
    end = max((m.end for m in groups(sent.mentions, sent).get(first, (first,))), default=0) if first else 0
    if first is None or first.start > 2 or end >= j or not tokens[end].text.islower() \
            or not english_past(tokens[end].lower) or any(v.start == end for v in sent.verbs):
        return None
    return first if not any(t.lower in _CLAUSE_BREAKS or t.lower in SUBORDINATORS for t in tokens[end:j]) else None


_SPOKEN = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}  # acts of words, which a speaker goes on to
_COPULAS = {"was", "is", "were", "are"}


def _sayer_of_a_judgement(sent: Sentence, j: int, speech: frozenset[str]) -> Mention | None:
    """ "Erdogan said on Tuesday that the killing was a premeditated murder and called on Riyadh …": after a
    judgement with "was"/"is", the one who said it goes on to appeal, demand or warn (the sentence's subject)."""
    tokens = sent.tokens
    first = next((m for m in sent.mentions if not m.location), None)
    if first is None or first.start > 2:
        return None
    k = first.end
    while k < j and (tokens[k].lower in TIME_WORDS or tokens[k].lower == "on"):
        k += 1
    said = tokens[k].lower if k < j else ""
    if said not in speech or not (said == "said" or english_past(said)):  # a verb of saying in the past
        return None
    between = [t.lower for t in tokens[k + 1:j]]
    return first if any(w in _COPULAS for w in between) and not any(w in (",", ";", "but") for w in between) else None


_LOCAL_TIME = {"waktu", "setempat", "local", "time"}  # "Kamis (8/3) waktu setempat"
_TIMES = TIME_WORDS | PARTS_OF_DAY | _LOCAL_TIME


def _past_times(tokens: list) -> list:
    """The tokens less a time phrase set off by commas (", Selasa (2/8) malam,"), which ends no clause."""
    out, k = [], 0
    while k < len(tokens):
        close = next((c for c in range(k + 1, min(len(tokens), k + 10)) if tokens[c].text == ","), None) \
            if tokens[k].text == "," else None
        if close is not None and all(t.lower in _TIMES or t.text in "()/" or t.text.isdigit()
                                     for t in tokens[k + 1:close]):
            k = close + 1
            continue
        out.append(tokens[k])
        k += 1
    return out


def _main_clause(sent: Sentence, earlier: list[VerbMatch], j: int) -> list[VerbMatch]:
    """ ", and" after a clause opened by "after"/"when" goes on with the act before it ("offered his condolences to
    the Turkish people after an earthquake killed 2,000 people in Turkey, and pledged to send rescue teams")."""
    tokens = sent.tokens
    if not earlier or j < 1 or tokens[j].lower != "and" or tokens[j - 1].text != ",":
        return earlier
    opened = next((k for k in range(j - 1, earlier[-1].start - 12, -1)
                   if k >= 0 and tokens[k].lower in SUBORDINATORS and tokens[k].lower != "but"), None)
    if opened is None or opened > earlier[-1].start:
        return earlier
    main = [v for v in sent.verbs if v.end <= opened and v.sense.voice == "active"]
    return main[-1:] or earlier


def _clause_subject_between(sent: Sentence, start: int, end: int) -> Mention | None:
    """An actor that opens a clause of its own ("and police responded …") after the last event verb and before a
    participle: the participle's subject."""
    tokens = sent.tokens
    for m in reversed(sent.mentions):
        if start <= m.start and m.end < end and not m.location and m.start > 0 \
                and tokens[m.start - 1].lower in ("and", "while", "but") and tokens[m.end].text.islower() \
                and tokens[m.end].lower.endswith("ed"):
            return m
    return None


def _parallel_appeal(sent: Sentence, verb: VerbMatch, j: int) -> VerbMatch | None:
    """The appeal or demand before "dan" that a second appeal after it repeats, in the same clause."""
    if verb.sense.cameo[:2] not in ("02", "10") or sent.tokens[j].lower not in ("dan", "serta", "and"):
        return None
    return next((g for g in reversed(sent.verbs) if g.end <= j and g.sense.cameo[:2] in ("02", "10")
                 and g.sense.voice == "active" and not any(t.lower in _CLAUSE_BREAKS for t in sent.tokens[g.end:j])),
                None)


def _same_clause(sent: Sentence, verb: VerbMatch, j: int) -> bool:
    """Whether nothing between the verb and the "and" at j ends its clause or opens another."""
    return not any(t.lower in _CLAUSE_BREAKS or t.lower in SUBORDINATORS for t in sent.tokens[verb.end:j])


_AFTER_DOING = {"after", "before", "while", "since"}


_AUXILIARY_BE = {"was", "were", "is", "are", "been", "has", "have", "had", "later", "also"}


def shared_patient(sent: Sentence, verb: VerbMatch, lang: str, speech: frozenset[str],
                   assign: Assign) -> Mention | None:
    """ "Iran menyerang kapal tanker Jepang dan dikecam Amerika Serikat": a passive verb coordinated with an
    active one undergoes it as the first verb's subject (Iran is condemned, not Japan); so does one on "a move"
    after the clause ("China expelled three American journalists, a move condemned by the United States")."""
    j = verb.start - 1
    while j >= 0 and (sent.tokens[j].lower in ADVERBS or sent.tokens[j].lower in _AUXILIARY_BE):
        j -= 1  # ("… and was condemned by the United States")
    move = j > 2 and sent.tokens[j].lower in MOVES and sent.tokens[j - 1].lower in ("a", "an") \
        and sent.tokens[j - 2].text == ","
    if move:
        j -= 2  # "…, a move swiftly condemned by the United Nations": the one who made the move
    elif j < 1 or sent.tokens[j].lower not in ("dan", "serta", "lalu", "kemudian", "and", "then"):
        return None
    first = next((v for v in sent.verbs if v.end <= j and v.sense.voice != "noun"
                  and not any(t.text in (",", ";") or t.lower in ("yang", "bahwa") for t in sent.tokens[v.end:j])),
                 None)
    roles = assign(sent, first, lang, speech) if first is not None else None
    if roles is not None and roles.voice == "passive":  # "Iran was attacked by Iraq and was supported by Syria"
        return roles.targets[0] if roles.targets else None
    if roles is not None and roles.sources:
        return roles.sources[0]
    if move and first is None:  # "The Taliban suspended university education for women, a move …": the subject
        return next((m for m in sent.mentions if m.start <= 1 and not m.location), None)  # that opens the sentence
    plain = verb_before(sent, j) if first is None else None  # "Guaido mendeklarasikan diri … dan didukung AS"
    return scan_left(sent, plain, {m.end: m for m in sent.mentions}, MAX_LEFT, speech) if plain is not None else None


def shared_object(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """ "fired on and seized three Ukrainian navy vessels", "arrested and charged two men": an active verb right
    before "and" and a second active verb shares that verb's object."""
    k = verb.end
    if k + 1 >= len(sent.tokens) or sent.tokens[k].lower not in ("and", "dan", "serta") \
            or verb.sense.voice != "active":
        return None
    second = next((v for v in sent.verbs if v.start == k + 1 and v.sense.voice == "active"), None)
    return scan_right(sent, max(second.end, second.reach), by_start, MAX_RIGHT) if second is not None else None


def captor(sent: Sentence, verb: VerbMatch, lang: str, speech: frozenset[str], assign: Assign) -> Mention | None:
    """Who released people no releaser is named for: whoever the sentence says took or held them ("Sepuluh ABK
    yang disandera kelompok Abu Sayyaf … akhirnya dibebaskan", "hostages seized by … were freed")."""
    if not verb.sense.cameo.startswith("084"):
        return None
    for held in (v for v in sent.verbs if v.end <= verb.start and v.sense.cameo[:3] in ("181", "173", "171")):
        roles = assign(sent, held, lang, speech)
        if roles is not None and roles.voice == "passive" and roles.sources:
            return roles.sources[0]
    return None
