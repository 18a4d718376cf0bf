"""Who did an act a noun names, and whom it befell: the actor named after "dilakukan (oleh)" or "dari" past
the noun (and past time and place phrases), the main clause's subject, and the person a coercive act by a named
agent befalls."""
from __future__ import annotations

from peristiwa.extract.answers import ANSWERING
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.objects import scan_right
from peristiwa.extract.scan import FILLERS, MAX_LEFT, RIGHT_STOP, TIME_WORDS, scan_left
from peristiwa.text.morphology import english_past, verb_like

_CARRIED_OUT = {"dilakukan", "dilancarkan", "dilaksanakan", "didalangi", "diluncurkan", "dilayangkan", "disampaikan",
                "diajukan", "dikirimkan", "dilontarkan",  # "permintaan itu dilayangkan TNI kepada …"
                "dipimpin",  # "invasi yang dipimpin Arab Saudi ke Yaman": who led it, only right after the noun
                "claimed", "carried", "conducted"}  # "Drone attacks claimed by Yemen's Houthi movement set ablaze …"
_BY_IN_ENGLISH = {"claimed", "carried", "conducted"}
# (not "baku tembak antara KKB yang dipimpin oleh Abu Razak": who leads an actor)
_ENDS = RIGHT_STOP - {"di", "pada", "terhadap"} | {"dan", "yang"}  # where the noun's clause ends
_WHEN_AND_WHERE = FILLERS | TIME_WORDS | {"pada", "lalu", "di", "silam"}


def carried_out_by(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """The actor named after "dilakukan (oleh)" a few words after the noun, in the same clause; the giver right
    after aid ("bantuan kemanusiaan dari Indonesia untuk warga Palestina")."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] == "07" and verb.end + 1 < len(tokens) and tokens[verb.end].lower in ("dari", "from") \
            and (giver := by_start.get(verb.end + 1)) is not None and not giver.location:
        return giver
    for k in range(verb.end, min(len(tokens) - 1, verb.end + 12)):
        low = tokens[k].lower
        if low == "yang" and tokens[k + 1].lower in _CARRIED_OUT:
            continue  # "serangan terhadap … yang dilakukan oleh Iran"
        if low in _ENDS:
            return None
        if low in _CARRIED_OUT:
            if low == "dipimpin" and k > verb.end + 1:
                return None
            j = k + 1 + (tokens[k + 1].lower == "out")  # "carried out by"
            if low in _BY_IN_ENGLISH and (j >= len(tokens) or tokens[j].lower != "by"):
                return None
            doer = by_start.get(j + (tokens[j].lower in ("oleh", "by")))
            return doer if doer is not None and not doer.location else None
    return None


def past_when_and_where(sent: Sentence, k: int, by_start: dict[int, Mention]) -> int:
    """The first token from k on that is not a filler nor part of a time or place phrase ("pembunuhan Osama bin
    Laden pada 2011 lalu di Abbottabad, Pakistan oleh SEAL Angkatan Laut AS")."""
    tokens, start = sent.tokens, k
    while k < len(tokens) and k - start < 12:
        place = by_start.get(k)
        if place is not None and (place.location or k > start and tokens[k - 1].text == "," and place.kind == "country"):
            k = place.end  # "di Abbottabad, Pakistan"
        elif tokens[k].lower in _WHEN_AND_WHERE or tokens[k].text.isdigit():
            k += 1
        else:
            break
    return k


def giver_of(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention], within: int) -> Mention | None:
    """The actor an act comes from: after "dari"/"from" in the first `within` words after the noun."""
    tokens = sent.tokens
    return next((scan_right(sent, k + 1, by_start, 3) for k in range(verb.end, min(verb.end + within, len(tokens)))
                 if tokens[k].lower in ("dari", "from")), None)


def suffered_by(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> Mention | None:
    """Whom a coercive act by a named agent befalls, when its noun has no possessor: the person the clause is
    about ("Imam mengaku baru tahu penetapan tersangka oleh KPK": KPK names Imam a suspect), unless another
    act stands between them ("Jokowi mengkritik penangkapan oleh polisi": Jokowi is not arrested)."""
    if verb.sense.cameo[:2] != "17":
        return None
    person = scan_left(sent, verb.start, by_end, MAX_LEFT)
    if person is None or person.kind != "person" or any(
            person.end <= v.start < verb.start for v in sent.verbs if v is not verb):
        return None
    return person


def first_clause_subject(sent: Sentence, before: int, by_end: dict[int, Mention],
                         speech: frozenset[str] = frozenset(), nearest: bool = False) -> Mention | None:
    """The subject of the sentence's first verb before `before`: the main clause's, for a phrase later in the
    sentence that has none of its own ("…, dengan tuduhan bahwa Doha …", "… saat menerima telepon …"); with
    `nearest`, of the last verb before it, where that verb has an actor in its object ("Trump opened a NATO summit
    by accusing …"; none without one: "…, and Serbia responded by recalling …" is read as usual)."""
    named = {k for m in sent.mentions for k in range(m.start, m.end)}  # (not "The United States")
    order = range(before - 1, -1, -1) if nearest else range(before)
    first = next((k for k in order if k not in named and (
        verb_like(sent.tokens[k].lower) or sent.lang == "en" and english_past(sent.tokens[k].lower))), None)
    # (an irregular past: "Israeli jets struck a school in Gaza, an attack Egypt condemned")
    if first is None:  # else an event verb: "Trump said he would not rule out a military option, remarks that …"
        events = [v.start for v in sent.verbs if v.start < before and v.start not in named]
        first = (events[-1] if nearest else events[0]) if events else None
    if nearest and first is not None and not any(first < m.start < before and not m.location for m in sent.mentions):
        return None
    return scan_left(sent, first, by_end, MAX_LEFT, speech) if first else None


def addressee_who_answers(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> Mention | None:
    """The subject of an answering verb a few words before the act noun: the one the appeal was made to."""
    answer = next((k for k in range(verb.start - 1, max(-1, verb.start - 4), -1)
                   if sent.tokens[k].lower in ANSWERING), None)
    return scan_left(sent, answer, by_end, MAX_LEFT) if answer is not None else None


def charge_made_with(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention],
                     by_end: dict[int, Mention]) -> tuple[Mention, Mention] | None:
    """An accusation an act is done with ("memutuskan hubungan diplomatik dengan Qatar, dengan tuduhan bahwa Doha
    mendukung kelompok teroris"): the main clause's subject accuses whom the charge names."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] != "11" or verb.start < 2 or tokens[verb.start - 1].lower != "dengan" \
            or verb.end + 1 >= len(tokens) or tokens[verb.end].lower != "bahwa":
        return None
    accused = by_start.get(verb.end + 1)
    accuser = first_clause_subject(sent, verb.start, by_end)
    return (accuser, accused) if accuser is not None and accused is not None and not accused.location else None
