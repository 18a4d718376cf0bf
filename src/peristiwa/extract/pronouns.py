"""Pronouns for people: "ia", "dia", "he" (the last person, or the speaker whose clause they open),
"pihaknya" (the speaker's side), "dirinya" (the speaker himself) and "dengannya", "him" (someone other than
the clause's subject); English "it", "its embassy" and "his convoy" after a verb of force (`add_it`)."""
from __future__ import annotations

from peristiwa.extract.boundaries import SUBORDINATORS
from peristiwa.extract.document import Mention, Sentence
from peristiwa.extract.scan import PREPOSITIONS
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import verb_like

_PRONOUNS = {"ia", "dia", "beliau", "pihaknya", "he", "she"}
_OBJECT_PRONOUNS = {"dengannya", "kepadanya", "terhadapnya", "padanya", "baginya", "atasnya", "him", "her"}
_ANY_PRONOUN = _PRONOUNS | _OBJECT_PRONOUNS | {"dirinya"}  # "dirinya" only as the speaker (below)


def add_pronouns(sent: Sentence, mentions: list[Mention], last_person: Mention | None,
                 speech: frozenset[str] = frozenset()) -> list[Mention]:
    """Subject pronouns (ia, dia, he, she) refer to the last person, or to the speaker when they open what
    the speaker says ("Trump mengatakan bahwa dia telah memutuskan …"); "pihaknya" (their side) to the
    nearest actor before it in the sentence, else the last person."""
    if not any(t.lower in _ANY_PRONOUN for t in sent.tokens):
        return mentions
    covered = {k for m in mentions for k in range(m.start, m.end)}
    extra = []
    for i, tok in enumerate(sent.tokens):
        if i in covered or tok.lower not in _ANY_PRONOUN:
            continue
        antecedent = last_person
        if tok.lower == "dirinya":  # "Erdogan mengatakan dirinya telah menelepon Trump": the speaker himself
            antecedent = _speaker_of(sent, i, mentions, speech) if sent.tokens[i - 1].lower not in _ACCUSING else None
            antecedent = antecedent or _reporter(sent, i, mentions, speech) or _reported_by(sent, i, mentions, speech)
        elif tok.lower in _OBJECT_PRONOUNS:  # "bertemu dengannya": someone other than the clause's subject
            before = [m for m in mentions if m.end <= i and not m.location]
            # English "him" is not the subject the sentence opens with, and may be an official named by title
            # ("expelled the U.S. ambassador, accusing him of …")
            english = tok.lower in ("him", "her")
            subject = (_clause_subject(sent, i, before) if english else before[-1]).key if before else None
            people = ([last_person] if last_person else []) + [
                m for m in before if m.person or english and m.kind in ("agent", "composite") and _one_official(m)]
            antecedent = next((m for m in reversed(people) if m.key != subject), None)
        elif (speaker := _speaker_of(sent, i, mentions, speech) or _reported_by(sent, i, mentions, speech)
              or _opening_subject(sent, i, mentions, speech)) is not None:
            antecedent = speaker
        elif tok.lower == "pihaknya":  # (not one after a preposition: "delegasi Taliban dalam pembicaraan
            # dengan AS, Stanikzai mengatakan, pihaknya siap berperang": the Taliban's side)
            before = [m for m in mentions if m.end <= i and not m.location
                      and not (m.start > 0 and sent.tokens[m.start - 1].lower in PREPOSITIONS)]
            antecedent = before[-1] if before else last_person
        elif tok.lower in _PRONOUNS - {"pihaknya"} and (earlier := _person_before(sent, i, mentions)) is not None:
            antecedent = earlier
        if antecedent is not None:
            p = antecedent
            extra.append(Mention(i, i + 1, tok.text, p.country, p.sector, p.igo, "pronoun", p.person))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _clause_subject(sent: Sentence, i: int, before: list[Mention]) -> Mention:
    """The subject of the clause "him" stands in: the sentence's opening one, or the first actor after the last
    subordinator before it ("Vucic was forced to flee … after an angry crowd of Bosniaks pelted him": the crowd)."""
    k = max((k for k in range(before[0].end, i) if sent.tokens[k].lower in SUBORDINATORS), default=None)
    return next((m for m in before if k is not None and m.start > k), before[0])


def _one_official(m: Mention) -> bool:
    """A single official named by title ("the U.S. ambassador"), who may be "him"."""
    return m.text.split()[-1].lower() in _OFFICIALS


_OFFICIALS = {"ambassador", "envoy", "minister", "president", "leader", "official", "diplomat", "commander",
              "spokesman", "spokeswoman", "premier", "chancellor", "king", "queen", "emir", "secretary"}
_TITLES = {"presiden", "perdana", "menteri", "menlu", "kanselir", "raja", "ratu", "wakil", "president", "minister",
           "prime", "chancellor", "king", "queen"}  # "dengan Perdana Menteri dan dia …": a person by title


def _person_before(sent: Sentence, i: int, mentions: list[Mention]) -> Mention | None:
    """A third person named earlier in the same sentence, after a conjunction ("… dengan perdana menteri
    (Mahathir Mohamad) dan dia telah setuju …"): the pronoun's nearest antecedent, not the last sentence's."""
    if i < 1 or sent.tokens[i - 1].lower not in ("dan", "and", "tetapi", "namun", "but"):
        return None
    people = [m for m in mentions if m.end <= i and (m.kind == "person" or m.kind == "agent"
                                                    and sent.tokens[m.start].text.lower() in _TITLES)]
    return people[0] if people else None


# after these, "dirinya" is someone else ("KPK menuding dirinya menerima suap")
_ACCUSING = {"menuding", "menduga", "mengindikasikan", "menunjukkan", "menuduh"}


def _reporter(sent: Sentence, i: int, mentions: list[Mention], speech: frozenset[str]) -> Mention | None:
    """The person who reports a clause with its own subject in which "dirinya" is the object ("Trump Sebut
    Pemimpin Iran Ingin Temui Dirinya": Trump)."""
    said = [k for k in range(i) if sent.tokens[k].lower in speech]
    if not said or i < 1 or sent.tokens[i - 1].lower in _ACCUSING:
        return None
    k = said[-1]
    speaker = next((m for m in reversed(mentions) if m.end <= k and not m.location), None)
    subject = next((m for m in mentions if k < m.start and m.end < i and not m.location), None)
    return speaker if speaker is not None and speaker.kind == "person" and speaker.end >= k - 3 \
        and subject is not None and subject.key != speaker.key else None


_REPORTERS = {"ia", "dia", "dirinya", "he", "she"}


def _opens_a_later_clause(sent: Sentence, i: int) -> bool:
    """Whether the pronoun at i opens a clause of time or reason ("… setelah ia …", "… after he …")."""
    return i >= 2 and sent.tokens[i - 1].lower in SUBORDINATORS and sent.tokens[i].lower in _REPORTERS


def _reported_by(sent: Sentence, i: int, mentions: list[Mention], speech: frozenset[str]) -> Mention | None:
    """The person who reports a clause in which a pronoun opens a later clause of time or reason, with no one
    else named between ("Trump mengatakan tarif diturunkan setelah ia berbicara dengan Prabowo", "Trump said
    tariffs were cut after he spoke with Prabowo"): the reporter himself."""
    if not _opens_a_later_clause(sent, i):
        return None
    said = next((k for k in range(i - 1, 0, -1) if sent.tokens[k].lower in speech), None)
    if said is None or any(m.person and said < m.start < i for m in mentions):
        return None
    return _speaker_of(sent, said + 1, mentions, speech)


def _opening_subject(sent: Sentence, i: int, mentions: list[Mention], speech: frozenset[str]) -> Mention | None:
    """The person a sentence opens with, for a pronoun that opens a later clause of time or reason ("Presiden Joko
    Widodo bertemu Presiden Vladimir Putin …, sehari setelah ia menemui Presiden Volodymyr Zelensky di Kyiv"); not
    past what the person says, where another may be the pronoun's ("Trump mengatakan Jokowi … setelah ia …")."""
    if not _opens_a_later_clause(sent, i):
        return None
    opening = next((m for m in mentions if not m.location), None)
    return opening if opening is not None and opening.start <= 1 and opening.end < i \
        and (opening.kind == "person" or opening.person) \
        and not any(t.lower in speech for t in sent.tokens[opening.end:i]) else None


def _speaker_of(sent: Sentence, i: int, mentions: list[Mention], speech: frozenset[str]) -> Mention | None:
    """The person who says the clause a pronoun at token i opens ("Trump mengatakan bahwa dia …", "Trump
    said he …")."""
    k = i - 1
    while k > 0 and sent.tokens[k].lower in ("bahwa", "that", ","):
        k -= 1
    if k < 1 or sent.tokens[k].lower not in speech:
        return None
    subject = next((m for m in reversed(mentions) if m.end <= k and not m.location), None)
    return subject if subject is not None and subject.kind == "person" and subject.end >= k - 3 else None


def add_it(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """English "it" right after an event verb ("Morocco cut ties with Iran, accusing it of arming …", "urged it
    to …") is the country or body named last before it in the sentence, other than the sentence's subject; "its
    embassy" after a verb is another country's (`_its_mission`)."""
    lows = {t.lower for t in sent.tokens}
    if not ({"it", "its", "his", "her"} if sent.lang == "en" else _MISSIONS_NYA | {"besarnya"}) & lows:
        return mentions
    extra = []
    for i, tok in enumerate(sent.tokens):
        width = _mission_nya(sent, i) if sent.lang != "en" else 2 * (
            tok.lower == "its" and i + 1 < len(sent.tokens) and sent.tokens[i + 1].lower in _MISSIONS)
        if width and (any(v.end == i for v in sent.verbs) or sent.lang != "en" and i > 0
                      and verb_like(sent.tokens[i - 1].lower)):  # ("menyerbu dan membakar kedutaan besarnya")
            extra += _its_mission(sent, mentions, i, width)
        if sent.lang != "en":
            continue
        if tok.lower in ("his", "her") and i + 1 < len(sent.tokens) and sent.tokens[i + 1].text.islower() \
                and any(v.end == i and v.sense.cameo[:2] in VIOLENT_ROOTS for v in sent.verbs):
            extra += _whose_thing(sent, mentions, i)
        if tok.lower == "it" and i > 0 and (sent.tokens[i - 1].lower in SUBORDINATORS
                                            or _in_a_reduced_relative(sent, i)):
            extra += _it_as_subject(sent, mentions, i)
            continue
        if tok.lower != "it" or not any(v.end == i for v in sent.verbs):
            continue
        before = [m for m in mentions if m.end <= i and not m.location]
        named = [m for m in before[1:] if m.kind in _BODIES and m.key != before[0].key]
        if named:
            p = named[-1]
            extra.append(Mention(i, i + 1, tok.text, p.country, p.sector, p.igo, "pronoun", ""))
    inside = {k for m in extra for k in range(m.start, m.end)}  # ("its embassy": not also "embassy")
    return sorted([m for m in mentions if m.start not in inside] + extra, key=lambda m: m.start) if extra else mentions


_BODIES = {"country", "metonym", "org"}


def _whose_thing(sent: Sentence, mentions: list[Mention], i: int) -> list[Mention]:
    """ "… hours after NATO warplanes struck his convoy": what force hits is the man's named before the verb's
    subject (his country's), not the subject's own."""
    before = [m for m in mentions if m.end <= i and not m.location]
    people = [m for m in before[:-1] if m.kind == "person" and m.country and m.country != before[-1].country]
    if not people:
        return []
    p = people[-1]
    return [Mention(i, i + 2, " ".join(t.text for t in sent.tokens[i:i + 2]), p.country, p.sector, p.igo, "pronoun",
                    "")]


def _it_as_subject(sent: Sentence, mentions: list[Mention], i: int) -> list[Mention]:
    """ "China fired ballistic missiles into waters around Taiwan as it began its largest-ever military drills": "it"
    opening a clause after the main one is that clause's subject, the country or body the sentence opened with."""
    first = next((m for m in mentions if not m.location), None)
    if first is None or first.start != 0 or first.kind not in _BODIES or first.end > i:
        return []
    return [Mention(i, i + 1, sent.tokens[i].text, first.country, first.sector, first.igo, "pronoun", "")]
_MISSIONS = {"embassy", "embassies", "consulate", "consulates"}


def _in_a_reduced_relative(sent: Sentence, i: int) -> bool:
    """ "in response to a chemical weapons attack it blamed on Assad's forces": "it" between a noun and the verb of
    a relative clause with no "that"."""
    before = sent.tokens[i - 1]
    return before.text.isalpha() and before.text.islower() \
        and not any(v.end == i and v.sense.voice != "noun" for v in sent.verbs) \
        and any(v.start == i + 1 and v.sense.voice != "noun" for v in sent.verbs)


def _mission_nya(sent: Sentence, i: int) -> int:
    """How many words name "its embassy" in Indonesian at `i` ("kedutaan besarnya", "kedubesnya"), or 0."""
    tokens = sent.tokens
    if tokens[i].lower in _MISSIONS_NYA:
        return 1
    return 2 * (tokens[i].lower in ("kedutaan", "konsulat") and i + 1 < len(tokens)
                and tokens[i + 1].lower in ("besarnya", "jenderalnya"))


_MISSIONS_NYA = {"kedubesnya", "kedutaannya", "konsulatnya"}


def _its_mission(sent: Sentence, mentions: list[Mention], i: int, width: int) -> list[Mention]:
    """ "Saudi Arabia cut ties with Iran after Iranian protesters stormed its embassy in Tehran", "… setelah massa
    menyerbu dan membakar kedutaan besarnya di Teheran": the embassy of the country named last before the verb's
    subject, other than the subject's own."""
    before = [m for m in mentions if m.end <= i and not m.location]
    if len(before) < 2:
        return []
    subject = before[-1].country
    k = i + width  # (nor the host's: "kedutaan besarnya di Teheran", where the subject's country is not yet known)
    host = next((m.country for m in mentions if k + 1 == m.start and k < len(sent.tokens)
                 and sent.tokens[k].lower in ("di", "in")), "")
    named = [m for m in before[:-1] if m.kind in ("country", "metonym")
             and m.country not in (subject, host, "IGO", "")]
    if not named:
        return []
    text = " ".join(t.text for t in sent.tokens[i:i + width])
    return [Mention(i, i + width, text, named[-1].country, "GOV", None, "pronoun", "")]
