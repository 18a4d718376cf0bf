"""Passive verbs: their agent after "oleh"/"by", a headline that opens with one ("Diserang Roket Gaza,
Netanyahu …"), and the authority behind an arrest or expulsion no agent is named for ("were detained in
Iran", "ditangkap di Malaysia"): the state where it happened."""
from __future__ import annotations

from peristiwa.extract.clauses import CASE_HEADS
from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.extract.nouns import AGENT_MARK, WHERE
from peristiwa.extract.objects import scan_right
from peristiwa.extract.scan import ARTICLES, LEFT_STOP, MAX_RIGHT


def agent_after(sent: Sentence, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """The agent of a passive verb: the actor after "oleh"/"by" (which may end the matched verb form)."""
    if pos > 0 and sent.tokens[pos - 1].lower in AGENT_MARK:
        return scan_right(sent, pos, by_start, 5)
    reach = MAX_RIGHT + 12 * (pos < len(sent.tokens) and sent.tokens[pos].lower in CASE_HEADS)  # "ditetapkan
    # tersangka kasus dugaan suap dana hibah KONI kepada Kemenpora sebesar Rp 26,5 miliar oleh KPK": past the case
    verbs = {v.start for v in sent.verbs if v.sense.voice != "noun" and v.start > pos
             and sent.tokens[v.start - 1].lower not in _SHARING | _ARTICLES}  # ("ditangkap lalu diinterogasi oleh
    # petugas"; "were killed in an attack by PKK militants": a noun)
    for j in range(pos, min(len(sent.tokens), pos + reach)):
        if j in verbs:
            return None  # "Students kidnapped in Kaduna were freed by the army": the next verb's agent
        if sent.tokens[j].lower in AGENT_MARK:
            return scan_right(sent, j + 1, by_start, 4)
        if sent.tokens[j].lower in LEFT_STOP and not (j == pos and sent.tokens[j].text in ('”', '"')):
            return None  # (a closing quote may end the verb: 'dinyatakan sebagai "tersangka" oleh …')
    return None


def opening_passive(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention],
                    agent: Mention | None) -> tuple[Mention | None, Mention | None]:
    """A sentence (mostly a headline) opening with a passive verb and its agent names whom it befell after the comma:
    "Diserang Roket Gaza, Netanyahu Buru-buru Turun Panggung" (Gaza attacked Netanyahu): (agent, target)."""
    comma = next((k for k in range(verb.end, min(len(sent.tokens), verb.end + 10)) if sent.tokens[k].text == ","), None)
    if comma is None:
        return agent, None
    acts = [v.start for v in sent.verbs if verb.end <= v.start < comma]  # "Dituduh Serang Kilang Minyak Saudi
    agent = agent or scan_right(sent, verb.end, by_start, min([comma, *acts]) - verb.end)  # Aramco, …"
    target = by_start.get(comma + 1)
    return (agent, target) if agent is not None and target is not None and not target.location else (agent, None)


_SHARING = {"dan", "atau", "lalu", "serta", "kemudian", "and", "or", "then"}  # passives that share their agent
_ARTICLES = ARTICLES | {"sebuah"}
_DETAINED = ("173", "174")  # arrests and expulsions: a state's acts


def authority_where(sent: Sentence, verb: VerbMatch, by_start: dict[int, Mention]) -> Mention | None:
    """The state whose authorities made an arrest or expulsion no agent is named for, from the place right after
    the verb ("Two British journalists were detained in Iran", "dua WNI ditangkap di Malaysia"); the state a
    deportation is from ("TKI yang dideportasi dari Malaysia", "were deported from Germany")."""
    if not verb.sense.cameo.startswith(_DETAINED):
        return None
    k = max(verb.end, verb.reach)
    if verb.sense.cameo.startswith("174") and k + 1 < len(sent.tokens) and sent.tokens[k].lower in ("dari", "from"):
        state = by_start.get(k + 1)
        if state is not None and state.kind in ("country", "metonym") and state.country not in ("", "IGO"):
            return Mention(state.start, state.end, f"{state.text} authorities", state.country, "GOV", None, "anaphor")
    if k + 1 >= len(sent.tokens) or sent.tokens[k].lower not in WHERE:
        return None
    place = by_start.get(k + 1)
    if place is None or not place.location or not place.country or place.country == "IGO":
        return None
    return Mention(place.start, place.end, f"{place.text} authorities", place.country, "GOV", None, "anaphor")
