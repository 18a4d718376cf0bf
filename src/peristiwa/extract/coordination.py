"""Coordination: actors joined by "dan"/"and" or listed with commas form one group ("Korea Utara dan Rusia",
"Iran, Libya and Sudan"), which expands into one event per member."""
from __future__ import annotations

from peristiwa.extract.document import Mention, Sentence

COORD = {"dan", "serta", "and", ",", "&", "maupun", "bersama", "beserta"}
_DETERMINERS = {"the", "para", "pihak"}  # "Iran and the United States", "AS dan para sekutunya"


def groups(mentions: list[Mention], sent: Sentence) -> dict[Mention, tuple[Mention, ...]]:
    """Map each mention to its coordination group ("Korea Utara dan Rusia", "Iran, Libya and Sudan").

    Mentions joined by "dan"/"and" form a group; commas join only inside such a list, so an apposition
    ("Juru bicara Kemlu Iran, Abbas Mousavi") stays two mentions."""
    out: dict[Mention, tuple[Mention, ...]] = {}
    runs: list[tuple[list[Mention], bool]] = []  # (members, has a real coordinator)
    for m in mentions:
        if m.location:
            continue
        if runs:
            members, coordinated = runs[-1]
            gap = [t.lower for t in sent.tokens[members[-1].end:m.start] if t.lower not in _DETERMINERS]
            first = members[0].start
            attributed = first > 0 and sent.tokens[first - 1].lower in ("menurut", "according") or \
                first > 1 and sent.tokens[first - 2].lower == "according"  # "Menurut Lavrov, Rusia dan …"
            if 0 < len(gap) <= 2 and all(t in COORD for t in gap) and not (attributed and "," in gap):
                members.append(m)
                runs[-1] = (members, coordinated or any(t != "," for t in gap))
                continue
            if gap == ["dengan"] and first > 0 and sent.tokens[first - 1].lower in ("antara", "between"):
                members.append(m)  # "antara Badan Legislatif dengan pemerintah"
                runs[-1] = (members, True)
                continue
        runs.append(([m], False))
    for members, coordinated in runs:
        if coordinated or len(members) >= 3 and all(m.kind == "country" for m in members):  # "Iran, Libya, Sudan, …"
            _close(members, out)
        else:
            for m in members:
                _close([m], out)
    return out


def _close(current: list[Mention], out: dict[Mention, tuple[Mention, ...]]) -> None:
    members = tuple(x for m in current for x in (m, *m.also))
    for member in current:
        out[member] = members
