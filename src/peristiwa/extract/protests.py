"""Protests: who protests when the sentence only counts a crowd or names whom it is against, and whom a protest
that names no target is against (the country its protesters are "anti-", the state its sentence opposes, the body
housed where it is held, else the government where it takes place)."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.boundaries import REFLEXIVES
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.lexicon.knowledge import ActorEntry
from peristiwa.lexicon.matcher import PhraseMatcher
from peristiwa.text.counts import AT_LEAST, a_count

_AGAINST = {"terhadap", "against", "menentang", "kepada"}


def protesters(sent: Sentence, protest: VerbMatch, target: Mention) -> Mention | None:
    """A protest that names whom it is against but not who protests ("aksi demo besar-besaran terhadap
    pemerintah terjadi di Iran") is by civilians of the country where it happened, or else of the government
    it is against; the annotators coded the protest itself as the source."""
    between = sent.tokens[protest.end:target.start - 1]  # "aksi demo besar-besaran terhadap"
    if protest.sense.cameo[:2] != "14" or target.start - 1 < protest.end or len(between) > 2 \
            or sent.tokens[target.start - 1].lower not in _AGAINST \
            or not all(t.text.islower() and t.text.replace("-", "").isalpha() and t.lower != "yang" for t in between):
        return None
    place = next((m for m in sent.mentions if m.location and m.country and m.country != "IGO"), None)
    if place is None and target.kind in ("country", "metonym"):
        return None  # "demo menentang Israel": protests against a state are mostly held abroad
    country = place.country if place is not None else target.country
    if not country or country == "IGO":
        return None
    return Mention(protest.start, protest.start, f"protesters ({protest.text})", country, "CVL", None, "unknown")


def counted_crowd(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """A crowd the sentence opens with only by counting it ("Ribuan orang berunjuk rasa di Bangkok menuntut …",
    "Thousands rallied in Bangkok demanding …") protests or demands as civilians of the place named."""
    k = 0
    while k < verb.start and (sent.tokens[k].lower in _CROWD | _COUNTS or a_count(sent.tokens[k].lower)):
        k += 1
    if k == 0 or not any(t.lower in _COUNTS or a_count(t.lower) for t in sent.tokens[:k]) \
            or verb.sense.cameo[:2] not in ("10", "11", "14") \
            or any(m.start < verb.start and not m.location for m in sent.mentions) \
            or any(t.text == ";" or t.lower == "yang" for t in sent.tokens[k:verb.start]):
        return None
    place = next((m for m in sent.mentions if m.country and m.country != "IGO"
                  and (m.location or m.start < verb.start)), None)  # "in Bangkok" (a seat, still the place)
    if place is None:
        return None
    return Mention(0, 0, " ".join(t.text for t in sent.tokens[:k]), place.country, "CVL", None, "unknown")


_COUNTS = {"ribu", "juta", "tens", "million", "millions"}  # (besides the count words: "More than a million people")
_CROWD = {"orang", "warga", "massa", "of", "people", "a", "around"} | AT_LEAST - {"dari"}


def as_a_form_of(tokens, start: int) -> bool:
    """Whether an act is done "sebagai (bentuk) protes": the clause's own act, as a protest."""
    k = start - (start > 0 and tokens[start - 1].lower in ("bentuk", "wujud"))
    return k > 0 and tokens[k - 1].lower == "sebagai"


def the_act_called_a_protest(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether a protest noun only says what an act told before it was ("Brasil dan Belanda menarik duta besar
    mereka dari Jakarta sebagai bentuk protes"): the act is the event, not a protest besides it (nor one between
    its several subjects)."""
    return verb.sense.voice == "noun" and verb.sense.cameo[:2] == "14" and as_a_form_of(sent.tokens, verb.start) \
        and any(v.end < verb.start and v.sense.voice != "noun" for v in sent.verbs)


_SEATS = {"gedung", "kantor", "markas", "mabes", "istana", "kompleks", "outside"}


def protested(sent: Sentence, verb: VerbMatch, source: Mention, light_verbs: set[str], voice: str,
              actors: PhraseMatcher[ActorEntry]) -> list[Mention]:
    """A protest that names no target is against the country its protesters are "anti-" ("pengunjuk rasa
    anti-China", "anti-American protesters"), else the government where it takes place ("demonstrated in
    Serbia"), else the protesters' own government, as CAMEO coders read it (`voice`: as the roles read the
    verb, "noun" for "after violent protests by Muslim groups")."""
    if source.sector == "GOV" or source.country == "IGO" or source.kind in ("country", "metonym") \
            or verb.end < len(sent.tokens) and sent.tokens[verb.end].lower in REFLEXIVES:
        return []  # (a state that protests does so to someone: "Pakistan summoned … to protest …"; gunmen who
        # "barricaded themselves inside a monastery" protest nothing)
    if "noun" in (verb.sense.voice, voice) and not as_a_form_of(sent.tokens, verb.start) \
            and not any(t.lower in light_verbs for t in sent.tokens[max(0, verb.start - 3):verb.start]):
        return []  # "kerusuhan warga Papua" names a riot; "menggelar aksi demonstrasi" reports a protest
    if (opposed := _opposed(sent, source, actors)) is not None:
        return [opposed]
    if (against := _protested_against(sent, verb)) is not None:
        return [against]
    seat = next((m for m in sent.mentions if verb.end <= m.start < verb.end + 15 and m.kind in ("org", "metonym")
                 and sent.tokens[m.start - 1].lower in _SEATS), None)
    if seat is not None:  # "berunjuk rasa di Gedung KPK", "di depan Gedung DPR": against the body housed there
        return [replace(seat, location=False)]
    place = next((m for m in sent.mentions if m.location and m.start >= verb.end and m.country != "IGO"), None)
    country = place.country if place is not None else source.country
    return [Mention(verb.start, verb.end, f"{country} government (implied)", country, "GOV", None, "anaphor")]


def _opposed(sent: Sentence, source: Mention, actors: PhraseMatcher[ActorEntry]) -> Mention | None:
    """The country protesters are against, named in "anti-" inside or right after their phrase."""
    tokens = sent.tokens
    for k in range(max(0, source.start - 1), min(len(tokens), source.end + 1)):
        low = tokens[k].lower
        if low.startswith("anti-") and len(low) > 5:
            words = [replace(tokens[k], text=tokens[k].text[5:], lower=low[5:])]
        elif low == "anti" and k + 1 < len(tokens):
            words = tokens[k + 1:k + 4]
        else:
            continue
        hit = next(iter(actors.find(words)), None)
        if hit is not None and hit[0] == 0 and hit[2].kind in ("country", "adjective") and hit[2].country:
            return Mention(k, k + 1, f"{hit[2].country} government (anti-)", hit[2].country, "GOV", None, "anaphor")
    return None


def _protested_against(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """The state a protest is against, named after "menentang", "memprotes", "against" … later in its sentence
    ("berunjuk rasa di Monas menentang agresi militer Israel di Jalur Gaza"): the first state named there."""
    tokens = sent.tokens
    k = next((k for k in range(verb.end, len(tokens)) if tokens[k].lower in _OPPOSING), None)
    if k is None:
        return None
    return next((m for m in sent.mentions if k < m.start <= k + 5 and not m.location and m.country not in ("", "IGO")
                 and m.kind in ("country", "adjective", "metonym")), None)


_OPPOSING = {"menentang", "memprotes", "mengecam", "mengutuk", "against", "protesting", "condemning", "denouncing"}
