"""Event words that restate another event of the sentence rather than add one: what a protest is for ("staged
demonstrations to demand reforms"), a noun that is the object of a verb of the same act ("will provide food aid
to …"), a noun that names what an agreement is about ("perjanjian kerja sama"), and aid or cooperation named as
what is held back or halted ("menghambat masuknya bantuan pangan", "suspended all military cooperation with")."""
from __future__ import annotations

from peristiwa.extract.announcements import PURPOSE
from peristiwa.extract.document import Sentence, VerbMatch
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.text.morphology import verb_like


def protest_purposes(sent: Sentence) -> dict[int, VerbMatch]:
    """A demand or a disapproval that states what a protest is for ("staged demonstrations to demand reforms",
    "menggelar aksi menuntut …", "a demonstration calling for …", "blocked a road to show their disapproval of
    …", "would blockade Paris to demand an end to …") is the protest's content, not a second event: protest
    verb start -> the verb that names its target."""
    out: dict[int, VerbMatch] = {}
    verbs = sorted(sent.verbs, key=lambda v: v.start)
    for i, protest in enumerate(verbs):
        if protest.sense.cameo[:2] != "14" and not protest.sense.cameo.startswith("191"):
            continue
        for demand in verbs[i + 1:]:
            if demand.start - protest.end > 10:
                break
            between = [t.lower for t in sent.tokens[protest.end:demand.start]]
            if demand.sense.cameo[:2] not in ("02", "10", "11", "12") or any(w in (",", ";", "but", "tetapi", "namun", "and",
                                                                                "dan") for w in between):
                continue
            purpose = any(w in PURPOSE for w in between) or sent.tokens[demand.start].lower.endswith("ing") \
                or (not between and demand.text[:3].lower() in ("men", "mem", "mey"))
            if purpose:
                out[protest.start] = demand
            break
    return out


_AGREEMENTS = {"treaty", "agreement", "pact", "accord", "memorandum", "perjanjian", "kesepakatan", "pakta",
               "nota", "traktat"}
_OF = {"of", "on", "for", "and", "friendship", "mutual", "tentang", "mengenai", "persahabatan", "dan"}


def object_of_same_act(sent: Sentence, noun: VerbMatch) -> bool:
    """ "will provide 25,000 tons of food aid to …": an event noun that is the object of a verb of the same
    kind names the same act once more."""
    return any(v.sense.voice != "noun" and v.sense.cameo[:2] == noun.sense.cameo[:2] and v.end <= noun.start
               and noun.start - v.end <= 6 and not {t.text for t in sent.tokens[v.end:noun.start]} & {",", ";"}
               for v in sent.verbs)


def names_an_agreement(sent: Sentence, noun: VerbMatch) -> bool:
    """ "a treaty of friendship and cooperation", "perjanjian kerja sama": the noun names the agreement's
    subject; the signing is the event."""
    k = noun.start - 1
    while k >= 0 and noun.start - k <= 4 and sent.tokens[k].lower in _OF:
        k -= 1
    return k >= 0 and sent.tokens[k].lower in _AGREEMENTS


def hindered(sent: Sentence, verb: VerbMatch) -> bool:
    """Aid named as what is held back ("menghambat masuknya bahan bakar dan bantuan pangan ke Yaman", "blocked the
    delivery of humanitarian aid") is not given, nor cooperation named as what is halted ("suspended all U.S.
    military cooperation with Indonesia"), nor fighting named as what is ended ("signed an agreement ending six
    weeks of fighting")."""
    root = verb.sense.cameo[:2]
    stops = _HINDERING if root == "07" else _HALTING if root == "06" else _ENDING if root in VIOLENT_ROOTS else None
    if stops is None:
        return False
    for k in range(verb.start - 1, max(-1, verb.start - 7), -1):
        word = sent.tokens[k].lower
        if word in stops:
            return True
        if not any(c.isalpha() for c in word) or k < verb.start - 1 and verb_like(word):  # (not "U.S.")
            return False
    return False


_HINDERING = {"menghambat", "menghalangi", "menghalang-halangi", "memblokir", "mencegah", "blocked", "blocking",
              "obstructed", "obstructing", "hindered", "hindering", "impeded", "impeding", "prevented", "preventing"}
_HALTING = {"suspended", "suspend", "suspends", "suspending", "halted", "halt", "froze", "freeze", "ended", "end",
            "cut", "menghentikan", "membekukan", "menangguhkan", "mengakhiri", "memutus", "hentikan", "bekukan"}
_ENDING = {"ending", "ended", "end", "ends", "halt", "halted", "halting", "stop", "stopped", "stopping", "cease",
           "mengakhiri", "akhiri", "menghentikan", "hentikan"}  # ("to halt six weeks of fighting", "agreed to stop
# fighting", "sepakat menghentikan pertempuran")


_AMID = {("di", "tengah"), ("di", "tengah-tengah"), ("amid",), ("amidst",)}


def background(sent: Sentence, verb: VerbMatch) -> bool:
    """A state of strained ties named as the setting ("di tengah perang dagang Amerika Serikat dan China", "amid a
    trade war"): the background of the sentence's news, not an event of it."""
    if verb.sense.voice != "noun" or verb.sense.cameo[:2] != "16":
        return False
    lows = [t.lower for t in sent.tokens[max(0, verb.start - 3):verb.start] if t.lower not in ("a", "the")]
    return any(tuple(lows[k:k + len(a)]) == a for a in _AMID for k in range(len(lows)))  # ("di tengah tekanan …")
