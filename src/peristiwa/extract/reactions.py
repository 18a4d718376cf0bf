"""Reactions and whom they are aimed at: a reaction an act draws ("carried out its first nuclear test, drawing swift
condemnation from Japan, South Korea and the United States", "memicu kecaman dari Jepang"), a reaction to "a move"
the sentence opened with ("…, a move Kiev condemned as illegal"), and an attack or arrest condemned as "serangan
itu" / "the attack" / "the detention": the one who acted, found in the sentence or among the events coded before."""
from __future__ import annotations

from peristiwa.extract.document import Doc, Mention, Sentence, VerbMatch
from peristiwa.extract.doers import first_clause_subject
from peristiwa.extract.governing import SUBJECT_FILLERS, told_as_passive
from peristiwa.extract.boundaries import DEMONSTRATIVES, MOVES
from peristiwa.extract.scan import MAX_LEFT, scan_left
from peristiwa.records import Event
from peristiwa.text.morphology import verb_like

# verbs whose object is the reaction an act drew
_DREW = {"drawing", "drew", "draws", "drawn", "prompting", "prompted", "sparking", "sparked", "triggering",
         "triggered", "provoking", "provoked", "earning", "earned", "menuai", "memicu", "mengundang",
         "mendapat", "mendapatkan", "menimbulkan"}
_REACTIONS = {"02", "10", "11", "12", "13"}  # appeals, demands, condemnation, rejection, threats


def reaction_to(sent: Sentence, verb: VerbMatch, sources: tuple[Mention, ...]) -> Mention | None:
    """The subject of the act that drew a reaction noun, when the reaction's authors follow "from"/"dari"."""
    tokens = sent.tokens
    if verb.sense.voice != "noun" or verb.sense.cameo[:2] not in _REACTIONS or verb.end >= len(tokens) \
            or tokens[verb.end].lower not in ("from", "dari"):
        return None
    k = verb.start - 1
    while k > 0 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower not in _DREW \
            and verb.start - k < 3:
        k -= 1  # "drawing swift condemnation", "menuai kecaman keras"
    if k < 1 or tokens[k].lower not in _DREW:
        return None
    keys = {s.key for s in sources}
    return next((m for m in sent.mentions if m.end <= k and not m.location and m.key not in keys
                 and m.kind != "pronoun"), None)


def drawn_by(sent: Sentence, k: int, j: int, by_end: dict[int, Mention]) -> Mention | None:
    """Whom a reaction received or provoked at token j is aimed at: after a comma at k, the one who acted before it
    ("koalisi pimpinan Arab Saudi menyerang pemberontak Houthi sejak 2015, memicu kritik dari Moskow": the
    attacker, not the object before the comma; "Trump pulled the United States out of the Iran nuclear deal …,
    drawing swift criticism from France": the sentence's subject, not the deal's owner)."""
    tokens = sent.tokens
    joined = k > 0 and tokens[k].lower in _JOINING  # "…, meski mendapat kecaman", "… dan mendapat kecaman"
    k -= joined
    if tokens[k].text == "," and sent.lang == "en":
        return next((m for m in sent.mentions if m.end <= k and not m.location and m.kind != "pronoun"), None)
    act = next((v for v in range(k - 1, max(-1, k - 10), -1) if tokens[k].text == ","
                and tokens[v].lower.startswith("me") and verb_like(tokens[v].lower)), None)
    if act is None and joined:  # the act the clause joined to told, however far back: its subject drew it
        act = max((v.start for v in sent.verbs if v.end <= k and v.sense.voice == "active"), default=None)
    return scan_left(sent, j if act is None else act, by_end, MAX_LEFT)


_JOINING = {"dan", "serta", "meski", "meskipun", "walau", "walaupun", "namun", "sehingga", "and", "but", "though",
            "although"}


def reaction_aimed_at(sent: Sentence, verb: VerbMatch, by_end: dict[int, Mention]) -> Mention | None:
    """Whom a reaction noun with its author after "dari"/"from" is aimed at: the one who drew it, or the actor
    before it ("ada imbauan dari Majelis Rakyat Papua")."""
    drew = next((k for k in range(verb.start - 1, max(0, verb.start - 3), -1) if sent.tokens[k].lower in _DREW), None)
    return drawn_by(sent, drew - 1, drew, by_end) if drew is not None else scan_left(sent, verb.start, by_end, MAX_LEFT)


_ANSWERED = {"11", "12"}  # condemning or rejecting an attack named before


def attacker_of_that_attack(doc: Doc, sent: Sentence, verb: VerbMatch, source: Mention,
                            earlier: list[Event]) -> Mention | None:
    """ "Iran menembakkan rudal ke Pangkalan Udara Al Udeid …, dan Doha mengecam serangan itu": "serangan itu" is the
    latest attack coded before it (and "the detention" the latest arrest), and whoever made it is condemned."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] not in _ANSWERED or verb.sense.voice != "active":
        return None
    the = verb.end < len(tokens) and tokens[verb.end].lower in ("the", "this", "that", "these", "those")
    attack = next((v for v in sent.verbs if v.start == verb.end + the and (v.sense.voice == "noun" or the)
                   and v.sense.cameo[:2] in ("17", "18", "19")), None)
    if attack is None or not the and (attack.end >= len(tokens) or tokens[attack.end].lower not in DEMONSTRATIVES):
        return None  # ("condemned the attack", "mengecam serangan itu")
    kind = ("17",) if attack.sense.cameo[:2] == "17" else ("18", "19")  # ("condemned the detention": the arrest)
    done = next((e for e in reversed(earlier) if e.root in kind and e.modality in ("asserted", "claimed")
                 and e.source.code != source.key), None)
    if done is None:
        return None
    return _mention_of(doc, done.sentence_index, done.source.text)


# acts named again after a comma ("… launched joint exercises, drills that Pyongyang has condemned as …"); only in
# that frame, since "condemned the drills" alone may answer drills no event was coded for
_NAMED_AFTER_A_COMMA = MOVES | {"drills", "exercises", "trip", "visit", "gesture", "serangan", "attack", "attacks",
                                "strike", "strikes", "switch", "shift", "remarks", "comments"}  # ("…, menewaskan
# sedikitnya 100 orang, serangan yang dikecam keras Sekjen PBB Antonio Guterres"; "…, remarks that Venezuelan
# Defense Minister Vladimir Padrino Lopez denounced as …")


def move_reacted_to(sent: Sentence, verb: VerbMatch) -> Mention | None:
    """ "…, langkah yang langsung menuai kecaman dari Washington", "…, keputusan yang disesalkan Prancis", "…, a move
    Kiev condemned as illegal": a reaction to the act the sentence opened with, aimed at its subject."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] not in _REACTIONS | {"01", "05"}:
        return None
    k = verb.start - 1
    while k > 0 and verb.start - k <= 9 and tokens[k].lower not in _NAMED_AFTER_A_COMMA:
        k -= 1
    if k < 2 or tokens[k].lower not in _NAMED_AFTER_A_COMMA:
        return None
    comma = k - 1 - (tokens[k - 1].lower in ("a", "an"))
    comma -= comma > 0 and tokens[comma].lower in ("on", "in", "during") and tokens[k - 1].lower == "a"  # ", on a trip
    if tokens[comma].text != ",":  # Beijing condemned as …", ", in a move Kiev condemned"
        return None
    relative = tokens[k + 1].lower in ("yang", "that", "which") or sent.lang == "en" and any(
        m.start == k + 1 + (tokens[k + 1].lower == "the") for m in sent.mentions)
    if not relative:  # ("langkah yang …", "a move Kiev condemned", "a decision the Kremlin denounced"; not "Trump
        # menyebut, keputusan ini diambil setelah …")
        return None
    by_end = {m.end: m for m in sent.mentions}
    return first_clause_subject(sent, comma, by_end)


_REQUESTS = {"permintaan", "permohonan", "desakan", "tuntutan", "seruan", "imbauan", "tawaran", "usulan", "ajakan",
             "undangan", "request", "demand", "demands", "call", "appeal", "plea", "offer", "proposal", "invitation"}
_ASKING = ("02", "03", "10")  # appeals, offers, demands


def author_of_that_request(doc: Doc, sent: Sentence, verb: VerbMatch, source: Mention,
                           earlier: list[Event]) -> Mention | None:
    """ "Abbott meminta Indonesia membatalkan eksekusi, namun permintaan itu ditolak Jakarta", "Jakarta menolak
    permintaan tersebut", "the request was rejected by Jakarta": the one rejected is who made the request coded
    before, to the one who rejects it."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] != "12" or verb.sense.voice not in ("active", "passive"):
        return None
    if not told_as_passive(sent, verb):
        k = verb.end + (verb.end < len(tokens) and tokens[verb.end].lower in ("the", "this", "that"))
        english = sent.lang == "en" and k > verb.end
        if k >= len(tokens) or tokens[k].lower not in _REQUESTS \
                or not english and (k + 1 >= len(tokens) or tokens[k + 1].lower not in DEMONSTRATIVES) \
                or english and k + 1 < len(tokens) and tokens[k + 1].lower in ("for", "by", "of", "from", "to"):
            return None  # ("menolak permintaan itu", "rejected the request"; not "the request by Richard Holbrooke")
    else:
        k = verb.start - 1
        while k > 0 and tokens[k].lower in SUBJECT_FILLERS and verb.start - k <= 3:
            k -= 1
        if tokens[k].lower not in _REQUESTS or k + 1 == verb.start and sent.lang != "en" \
                or k > 0 and tokens[k - 1].lower not in ("the", "this", "that", ",", "namun", "tetapi", "tapi",
                                                         "but", "and", "dan"):
            return None  # ("permintaan itu ditolak Jakarta", "but the request was rejected by Jakarta")
    done = next((e for e in reversed(earlier) if e.root in _ASKING and e.modality in ("asserted", "claimed")
                 and e.target.code == source.key and e.source.code != source.key), None)
    if done is None:
        return None
    return _mention_of(doc, done.sentence_index, done.source.text)


def author_of_that_move(doc: Doc, sent: Sentence, verb: VerbMatch, source: Mention,
                        earlier: list[Event]) -> Mention | None:
    """ "Medvedev recognised Georgia's breakaway regions …, and Tbilisi condemned the move", "Tiongkok mengecam
    langkah tersebut": a move condemned or rejected is the latest act coded before it, by another actor."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] not in _ANSWERED or verb.sense.voice != "active" or verb.end + 1 >= len(tokens):
        return None
    first, second = tokens[verb.end].lower, tokens[verb.end + 1].lower
    if not (sent.lang == "en" and first in ("the", "this", "that") and second in MOVES
            or sent.lang != "en" and first in MOVES and second in DEMONSTRATIVES):
        return None
    done = next((e for e in reversed(earlier) if e.modality in ("asserted", "claimed")
                 and e.source.code != source.key), None)
    if done is None or done.sentence_index < sent.index - 1:  # (the act told in this sentence or the one before)
        return None
    return _mention_of(doc, done.sentence_index, done.source.text)


_ANSWERS_ASKED = {"explanation", "explanations", "clarification", "apology", "compensation", "penjelasan", "klarifikasi",
                  "permintaan", "kompensasi", "pertanggungjawaban", "accountability", "assurances", "jaminan"}


def addressee_of_the_act_before(doc: Doc, sent: Sentence, verb: VerbMatch, source: Mention,
                                earlier: list[Event]) -> Mention | None:
    """ "Indonesia recalled its ambassador from Canberra and demanded an explanation", "memanggil Dubes Malaysia dan
    meminta klarifikasi": a demand or appeal joined to an act by "and" with no addressee of its own is made to the
    one that act was aimed at."""
    tokens = sent.tokens
    if verb.sense.cameo[:2] not in ("02", "10") or verb.sense.voice != "active" or verb.start < 1 \
            or tokens[verb.start - 1].lower not in ("and", "dan", "serta"):
        return None
    k = verb.end + (verb.end < len(tokens) and tokens[verb.end].lower in ("an", "a", "the"))
    asked = [t.lower for t in tokens[verb.start + 1:verb.end]] + ([tokens[k].lower] if k < len(tokens) else [])
    if not _ANSWERS_ASKED.intersection(asked):  # ("demanded an explanation", "meminta klarifikasi")
        return None  # (what is asked must be an answer owed: not "… and insisted unrest there reflected …")
    done = next((e for e in reversed(earlier) if e.sentence_index == sent.index and e.source.code == source.key
                 and e.target.code != source.key and e.modality in ("asserted", "claimed")), None)
    if done is None:
        return None
    return _mention_of(doc, sent.index, done.target.text)


def _mention_of(doc: Doc, index: int, text: str) -> Mention | None:
    """The mention an event coded in sentence `index` names by `text` (its source or target)."""
    return next((m for m in doc.sentences[index].mentions if m.text == text and not m.location), None)
