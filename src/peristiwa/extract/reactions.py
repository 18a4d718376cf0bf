"""Reactions an act draws: "carried out its first nuclear test, drawing swift condemnation from Japan, South Korea
and the United States", "menuai kecaman dari Malaysia": those named react to whoever acted, the clause's subject."""
from __future__ import annotations

from peristiwa.extract.document import Mention, Sentence, VerbMatch

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
