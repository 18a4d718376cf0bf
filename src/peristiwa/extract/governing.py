"""What an appeal, promise, demand, refusal or threat governs: the acts it names, which have not happened
("agreed to provide aid", "meminta India dan Pakistan menahan diri"), and what an accusation alleges."""
from __future__ import annotations

from peristiwa.extract.boundaries import CONDITIONS, DEMONSTRATIVES
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.text.morphology import english_base, english_past


# Verbs that govern another event (up to 12 words on) without asserting it: appeals (02), promises (03),
# demands (10), refusals (12) and threats (13). "agreed to provide aid", "demanded the withdrawal of".
_GOVERNING = {"02", "03", "10", "12", "13"}
_BREAKS = {",", ".", ";", ":", "but", "and", "tetapi", "namun", "dan", "serta", "sementara", "while", "after",
           "setelah", "sebelum", "before", "karena", "because", "yang", "which", "who", "that", "bahwa",
           "saat", "ketika", "when"}  # ("meminta Kongres … saat berkunjung ke Washington": the visit is made)
# "vowed to act if China attacked Taiwan": a condition is not what is promised, asked or refused (a threat's
# condition names whom it is aimed at); an appeal or demand goes on past "that"/"agar" ("demanded that …")
_PROMISE_BREAKS = _BREAKS | CONDITIONS
_ASKING_BREAKS = _PROMISE_BREAKS - {"that", "bahwa", "agar", "supaya"}


def governed(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether an appeal, promise, demand, refusal or threat shortly before the verb governs it."""
    return any(verb in governed_by(sent, other) for other in sent.verbs if other.sense.cameo != "016")


def governed_by(sent: Sentence, verb: VerbMatch) -> list[VerbMatch]:
    """The event verbs that an appeal, promise, demand, refusal or threat governs ("agreed … to provide aid")."""
    if verb.sense.cameo[:2] not in _GOVERNING and verb.sense.cameo != "016":  # (a denial names what it denies:
        return []  # "membantah mengirim pasukan ke Ukraina")
    breaks = _ASKING_BREAKS if verb.sense.cameo[:2] in ("02", "10") else _BREAKS if verb.sense.cameo[:2] == "13" \
        else _PROMISE_BREAKS
    near = [other for other in sent.verbs if verb.end <= other.start and other.start - verb.end <= 12]
    if verb.sense.cameo[:2] == "12" and verb.start > 0 and sent.tokens[verb.start - 1].lower in _RELATIVE:
        near = [other for other in near if other.start == verb.end or sent.tokens[other.start - 1].lower in _LINKS]
        # ("pengunjuk rasa yang menentang RUU pajak menyerbu gedung parlemen": who opposed the bill stormed it)
    if not near:
        return []
    # "mengundang para pemimpin Taliban dan Presiden Afghanistan Ashraf Ghani untuk bertemu": a list of
    # addressees does not end the appeal (but "demanded that X …" does)
    ends = {m.end for m in sent.mentions}
    listed = {m.start - 1 for m in sent.mentions if m.start - 1 in ends}
    last = max(other.start for other in near)
    first = min(other.start for other in near)  # "meminta X menahan diri serta meredakan …": both asked of X
    addressed = " " not in verb.text and any(m.start == verb.end or verb.end < m.start < first and sent.tokens[
        m.start - 1].lower in ("kepada", "agar", "supaya") for m in sent.mentions)  # (not "menyerukan penggulingan X")
    starts = {other.start for other in near if other.sense.voice != "noun"} if addressed else set()
    if verb.sense.cameo[:2] in ("03", "13") and sent.tokens[first - 1].lower in ("akan", "will"):
        starts |= {other.start for other in near if other.sense.voice != "noun"}  # "mengancam akan meluncurkan
        # serangan …, dan menghancurkan ibu kota Seoul": the threat's every predicate
    cut = [k for k in range(verb.end, last) if sent.tokens[k].lower in breaks
           and not (k in listed and sent.tokens[k].lower in ("dan", "serta", "and", ","))
           and not (sent.tokens[k].lower in ("dan", "serta") and k + 1 in starts)
           and not (sent.tokens[k].text == "," and k + 2 in starts and sent.tokens[k + 1].lower in ("dan", "serta"))
           and not _a_second_infinitive(sent, verb, k, near)]
    return [other for other in near if not any(verb.end <= k < other.start for k in cut) and not _done_to(sent, other)
            and not _the_main_verb(sent, verb, other)
            and not _another_appeal(sent, verb, other) and not _its_subject(sent, verb, other)
            and not (other.sense.cameo[:2] == "04" and _occasion(sent, other.start) and (
                other.sense.voice == "noun" or sent.tokens[other.start - 1].lower in ("a", "an", "the")))]


def _the_main_verb(sent: Sentence, verb: VerbMatch, other: VerbMatch) -> bool:
    """ "Protesters demanding reforms clashed with police": after a participle that describes its subject, a
    verb in the past tense is the sentence's own, told as done (but "demanding the return of property seized by
    …" still names the seizure)."""
    tokens = sent.tokens
    word = tokens[other.start].lower
    return sent.lang == "en" and verb.text.split()[0].lower().endswith("ing") and verb.start > 0 \
        and tokens[verb.start - 1].lower not in (",", "by", "for", "of", "after", "before", "while", "was", "were",
                                                 "is", "are", "be", "been") \
        and english_past(word) and other.sense.voice == "active" \
        and not (other.start + 1 < len(tokens) and tokens[other.start + 1].lower == "by")


def _a_second_infinitive(sent: Sentence, verb: VerbMatch, k: int, near: list[VerbMatch]) -> bool:
    """ "urged Russia to halt its attacks and withdraw its troops", "demanded that Ethiopia step down and fully
    withdraw": "and" before a bare infinitive goes on with what is asked, promised or threatened (but "demanded a
    ceasefire and attacked the town" tells what was done)."""
    tokens = sent.tokens
    if sent.lang != "en" or tokens[k].lower != "and":
        return False
    j = k + 1
    while j < len(tokens) and (tokens[j].lower.endswith("ly") or tokens[j].lower in ("also", "then", "to")):
        j += 1
    lows = {t.lower for t in tokens[verb.start:k]}
    return any(other.start == j and other.sense.voice != "noun" for other in near) \
        and english_base(tokens[j].lower) and bool(lows & {"to", "that"})


_RELATIVE = {"yang", "who", "which", "that"}
_LINKS = {"untuk", "to", "akan", "will", "agar", "supaya"}  # "yang menolak untuk bertemu": the refused act
# what may stand between a noun and the passive verb it is the subject of ("permintaan itu pun ditolak")
SUBJECT_FILLERS = DEMONSTRATIVES | {"pun", "telah", "sudah", "langsung", "was", "were", "has", "had", "been", "later"}


def told_as_passive(sent: Sentence, verb: VerbMatch) -> bool:
    """A passive verb, or an English participle the lexicon reads as active after "was/were/been" ("was rejected
    by Jakarta")."""
    return verb.sense.voice == "passive" or sent.lang == "en" and verb.start > 0 \
        and sent.tokens[verb.start - 1].lower in ("was", "were", "been")


def _its_subject(sent: Sentence, verb: VerbMatch, other: VerbMatch) -> bool:
    """ "permintaan itu ditolak Jakarta", "the request was rejected": the request noun is what the passive verb
    acts on, not what is asked for."""
    named = verb.sense.voice == "noun" or verb.start > 0 and sent.tokens[verb.start - 1].lower in ("the", "this", "that")
    return named and told_as_passive(sent, other) \
        and all(t.lower in SUBJECT_FILLERS for t in sent.tokens[verb.end:other.start])


def _another_appeal(sent: Sentence, verb: VerbMatch, other: VerbMatch) -> bool:
    """ "menyerukan Hamas membebaskan … dan meminta Israel membuka akses": a second appeal after "dan" is made too."""
    return verb.sense.cameo[:2] in ("02", "10") and other.sense.cameo[:2] in ("02", "10") \
        and other.sense.voice == "active" and sent.tokens[other.start - 1].lower in ("dan", "serta", "and")


def _done_to(sent: Sentence, verb: VerbMatch) -> bool:
    """An English participle that describes the agreement before it ("agreed to a ceasefire brokered by Egypt"):
    who brokered the deal did so already, whatever the parties now agree or are asked to do (but "demand the
    return of property seized by …" is still governed)."""
    tokens = sent.tokens
    return sent.lang == "en" and verb.start > 0 and tokens[verb.start].lower.endswith("ed") \
        and verb.end < len(tokens) and tokens[verb.end].lower == "by" and tokens[verb.start - 1].lower in _AGREEMENTS


_AGREEMENTS = {"ceasefire", "cease-fire", "truce", "deal", "agreement", "accord", "pact", "talks", "arrangement"}


def _occasion(sent: Sentence, start: int) -> bool:
    """Whether a meeting or visit noun is named as the occasion ("disepakati dalam rapat kerja", "pledged … during
    a visit to Canberra")."""
    k = start - 1
    while k > 0 and sent.tokens[k].lower in ("a", "an", "the", "his", "her", "its", "their", "sebuah"):
        k -= 1
    return k >= 0 and sent.tokens[k].lower in _OCCASION


# a meeting named after "in" or "at" is where one agreed or appealed, not what ("disepakati dalam rapat kerja")
_OCCASION = {"dalam", "pada", "saat", "di", "usai", "seusai", "during", "at", "in"}


_CLAUSE_BREAKS = _BREAKS - {"that", "bahwa"}  # (what is alleged may follow "that")


def demanded_of(sent: Sentence, verb: VerbMatch, source: Mention) -> bool:
    """Whether the act is what an appeal or demand before it asks of its subject, named after that verb ("The PRC
    demanded that the US cancel plans to sell weapons to Taiwan"): the subject announced nothing."""
    return any(other.sense.cameo[:2] in ("02", "10") and other.end <= source.start < verb.start
               and verb in governed_by(sent, other) for other in sent.verbs)


def accused_of(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether the verb is what an accusation shortly before it alleges ("menuduh Rusia menembaki …", "accused
    Chinese ships of blocking and firing water cannon at …": a second gerund after "and" too)."""
    gerund = sent.lang == "en" and sent.tokens[verb.start].lower.endswith("ing")
    return any(v.sense.cameo.startswith("112") and v.end <= verb.start and verb.start - v.end <= 8
               and _one_clause([t.lower for t in sent.tokens[v.end:verb.start]], gerund) for v in sent.verbs)


def _one_clause(lows: list[str], gerund: bool) -> bool:
    """No clause break between an accusation and the act, but for "and" between two gerunds after "of"."""
    return not any(w in _CLAUSE_BREAKS and not (gerund and w == "and" and "of" in lows) for w in lows)


def accused_each_other(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether the verb is what two sides accuse each other of ("Armenia and Azerbaijan accused each other of
    shelling civilian areas", "saling menuduh menembaki"): each is said to have done it to the other."""
    lows = [t.lower for t in sent.tokens]
    return any(v.sense.cameo.startswith("112") and v.end <= verb.start and verb.start - v.end <= 8
               and (lows[v.end:v.end + 2] in (["each", "other"], ["one", "another"])
                    or "saling" in lows[max(0, v.start - 1):v.end])
               and not any(w in _CLAUSE_BREAKS for w in lows[v.end:verb.start]) for v in sent.verbs)


_DRAFTS = {"rancangan", "draf", "draft", "drafted"}
_MOTIONS = {"resolusi", "resolution", "pernyataan", "statement", "deklarasi", "declaration"}


def in_a_draft(sent: Sentence, verb: VerbMatch) -> bool:
    """ "memveto rancangan resolusi Dewan Keamanan PBB yang mengecam invasi Moskow", "vetoed a draft resolution
    condemning …": what a draft says has not been said, unless it is adopted."""
    tokens = sent.tokens
    if verb.start < 3:
        return False
    relative = tokens[verb.start - 1].lower in ("yang", "which", "that") or verb.text.lower().endswith("ing")
    draft = next((k for k in range(verb.start - 2, max(-1, verb.start - 10), -1) if tokens[k].lower in _DRAFTS
                  and any(t.lower in _MOTIONS for t in tokens[k + 1:k + 3])), None)
    return relative and draft is not None and not any(t.text in (",", ";") or t.lower in _ADOPTED
                                                      for t in tokens[draft:verb.start])


_ADOPTED = {"disahkan", "diadopsi", "disetujui", "adopted", "passed", "approved", "unanimously"}
