"""A missile or rocket told by where it came down ("Sebuah rudal balistik yang ditembakkan oleh kelompok Houthi
dari Yaman jatuh di area Bandara Internasional Ben Gurion dekat Tel Aviv", "a rocket fired from Gaza hit
Ashkelon"): whoever fired it struck the country where it landed, though no verb of attack names them both."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.document import Mention, Sentence, VerbMatch
from peristiwa.lexicon.knowledge import VerbSense

_FIRED = {"ditembakkan", "diluncurkan", "fired", "launched"}
_BY = {"oleh", "dari", "by", "from"}
_LANDED = {"jatuh", "menghantam", "mendarat", "meledak", "landed", "hit", "struck", "exploded", "fell", "slammed"}
# the weapon's kind decides the code: shelling with rockets and mortars (194), missiles and drones from the air (195)
_WEAPONS = {"rudal": "195", "misil": "195", "drone": "195", "missile": "195", "missiles": "195", "drones": "195",
            "roket": "194", "mortir": "194", "rocket": "194", "rockets": "194", "mortar": "194", "mortars": "194"}


def projectile_strikes(sent: Sentence) -> list[tuple[Mention, Mention, VerbMatch]]:
    """(who fired, where it landed, the landing word coded as the attack) for each weapon "fired by X … landed
    in Y" in the sentence; X and Y are different countries."""
    tokens, out = sent.tokens, []
    for k, token in enumerate(tokens):
        if token.lower not in _FIRED or k + 1 >= len(tokens) or tokens[k + 1].lower not in _BY:
            continue
        weapon = next((w for w in range(k - 1, max(-1, k - 5), -1) if tokens[w].lower in _WEAPONS), None)
        shooter = next((m for m in sent.mentions if k + 2 <= m.start <= k + 3 and m.country and m.country != "IGO"),
                       None)  # ("oleh kelompok Houthi")
        if weapon is None or shooter is None:
            continue
        end = shooter.end
        while (nxt := next((m for m in sent.mentions if m.start == end + 1 and tokens[end].lower in _BY), None)):
            end = nxt.end  # "oleh kelompok Houthi dari Yaman": where they fired from is theirs too
        landed = next((j for j in range(end, min(len(tokens), end + 4)) if tokens[j].lower in _LANDED), None)
        if landed is None:
            continue
        hit = next((m for m in sent.mentions if landed < m.start <= landed + 12 and m.country
                    and m.country not in ("IGO", shooter.country)), None)
        if hit is None:
            continue
        code = _WEAPONS[tokens[weapon].lower]
        lang = sent.lang
        sense = VerbSense(code, "pattern", f"{lang}:{code}:pattern-landed")
        target = replace(hit, location=False, sector="") if hit.location else hit
        out.append((replace(shooter, location=False), target,
                    VerbMatch(landed, landed + 1, tokens[landed].text, sense)))
    return out
