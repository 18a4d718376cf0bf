"""Coordination: actors joined by "dan"/"and" or listed with commas form one group ("Korea Utara dan Rusia",
"Iran, Libya and Sudan"), which expands into one event per member."""
from __future__ import annotations

from peristiwa.extract.boundaries import FILLERS
from peristiwa.extract.document import Mention, Sentence
from peristiwa.text.morphology import verb_like

COORD = {"dan", "serta", "and", ",", "&", "maupun", "bersama", "beserta"}
# "Iran and the United States", "AS dan para sekutunya", "Putin and his Turkish counterpart Tayyip Erdogan",
# "Prabowo Subianto dan mitranya Wakil Perdana Menteri Australia Richard Marles"
_DETERMINERS = {"the", "para", "pihak", "his", "her", "its", "their", "kelompok", "kubu", "faksi", "mitranya",
                "rekannya", "koleganya", "sejawatnya"}
# words the lexicon leaves outside an actor's name: "the Sudanese government and southern rebels"
QUALIFIERS = {"southern", "northern", "eastern", "western", "central", "local", "armed", "rival", "separatist",
              "islamist", "muslim", "moslem", "christian", "maoist", "marxist", "communist", "sunni", "shiite", "shia",
              "paramilitary"}


_BACKING = {"dukungan", "sokongan", "bentukan", "binaan"}  # "pasukan dukungan Arab Saudi dan kelompok Houthi": the
# backer is a modifier of the first party, not the second party


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
            gap = [t.lower for t in sent.tokens[members[-1].end:m.start]
                   if t.lower not in _DETERMINERS and t.lower not in QUALIFIERS]
            if m.kind == "agent" and 1 < len(gap) <= 3 and all(w.isalpha() for w in gap[1:]) \
                    and all(t.is_title for t in sent.tokens[m.start - len(gap) + 1:m.start]):
                gap = gap[:1]  # "Sri Lanka's government and Tamil Tiger rebels": a name the lexicon lacks
            first = members[0].start
            attributed = first > 0 and sent.tokens[first - 1].lower in ("menurut", "according") or \
                first > 1 and sent.tokens[first - 2].lower == "according"  # "Menurut Lavrov, Rusia dan …"
            framed = attributed or in_opening_phrase(sent, first)
            backer = members[-1].start > 0 and sent.tokens[members[-1].start - 1].lower in _BACKING
            closed = coordinated and gap == [","]  # a list ends with its "dan": "A dan B, Jenderal C," is B's name
            if 0 < len(gap) <= 2 and all(t in COORD for t in gap) and not (framed and "," in gap) \
                    and not _opens_a_clause(sent, members[0], m) and not backer and not closed \
                    and not _a_new_english_clause(sent, members, gap, m) \
                    and not (gap == [","] and listed_subjects_of_a_clause(sent, members[0], m, mentions)):
                members.append(m)
                runs[-1] = (members, coordinated or any(t != "," for t in gap))
                continue
            if gap == ["dengan"] and first > 0 and sent.tokens[first - 1].lower in ("antara", "between"):
                members.append(m)  # "antara Badan Legislatif dengan pemerintah"
                runs[-1] = (members, True)
                continue
        runs.append(([m], False))
    for members, coordinated in runs:
        if coordinated or len(members) >= 3 and all(m.kind == "country" for m in members) \
                or len(members) >= 2 and _closed_by_others(sent, members[-1]):  # "Iran, Libya, Sudan, …"
            _close(members, out)
        else:
            for m in members:
                _close([m], out)
    return out


_OTHERS = {"lainnya", "lain", "other", "others"}


def _closed_by_others(sent: Sentence, last: Mention) -> bool:
    """Whether a list joined by commas ends in others it does not name ("Vanuatu, Kepulauan Solomon, dan empat
    negara Pasifik lainnya", "Iran, Syria and other states")."""
    words = [t.lower for t in sent.tokens[last.end:last.end + 7]]
    return len(words) > 2 and words[0] == "," and words[1] in ("dan", "serta", "and") \
        and any(w in _OTHERS for w in words[2:])


def _close(current: list[Mention], out: dict[Mention, tuple[Mention, ...]]) -> None:
    members = tuple(x for m in current for x in (m, *m.also))
    for member in current:
        out[member] = members


# phrases that open a sentence before its subject ("Dalam rangka mengawasi … KPK, DPR dan Pemerintah sepakat …")
_OPENERS = {"dalam", "untuk", "demi", "guna", "terkait", "soal", "menyusul", "setelah", "sebelum", "usai", "sejak",
            "atas", "in", "after", "following", "before", "since", "amid", "di", "pada", "during", "saat", "ketika",
            "selama"}


def in_opening_phrase(sent: Sentence, first: int) -> bool:
    """Whether the actor at token `first` sits in a phrase that opens the sentence, with no comma before it."""
    words = [k for k, t in enumerate(sent.tokens[:first]) if t.text.isalpha()]
    return bool(words) and sent.tokens[words[0]].lower in _OPENERS and len(words) >= 2 \
        and not any(t.text == "," for t in sent.tokens[words[0]:first])


_GOVERNING = {"02", "03", "05", "08", "10", "11", "13"}  # "mendesak Iran dan Rusia menghentikan …": both urged


def _a_new_english_clause(sent: Sentence, members: list[Mention], gap: list[str], m: Mention) -> bool:
    """ ", and Tehran vowed …", ", dan Beijing mengecam …" after a single actor: a comma, "and" and a subject with
    its verb start a clause of their own ("an attack ordered by President Donald Trump, and Tehran vowed harsh
    revenge"; but "Iran, Libya, and Sudan condemned …" is a list)."""
    if gap not in ([",", "and"], [",", "dan"]) or len(members) != 1 or m.end >= len(sent.tokens):
        return False
    nxt = sent.tokens[m.end].lower
    if sent.lang != "en":  # "… balon mata-mata China, dan Beijing (langsung) mengecam tindakan itu"
        k = m.end + (nxt in FILLERS and m.end + 1 < len(sent.tokens))
        return verb_like(sent.tokens[k].lower)
    return any(v.start == m.end and v.sense.voice != "noun" for v in sent.verbs) or nxt.endswith("ed") \
        or nxt in ("said", "says", "has", "had", "have", "was", "is", "will", "would") \
        or nxt == "," and m.end + 1 < len(sent.tokens) and sent.tokens[m.end + 1].lower in ("where", "which", "who",
                                                                                            "whose")
    # (", and Ecuador, where the camp lay, broke off relations with Bogota")


def listed_subjects_of_a_clause(sent: Sentence, first: Mention, m: Mention, mentions: list[Mention]) -> bool:
    """ "Bolivia Putus Hubungan Diplomatik dengan Israel, Kolombia dan Chile Tarik Pulang Duta Besar Mereka": after
    the object of a verb and a comma, actors joined by "dan" right before a verb of their own are its subjects."""
    if sent.lang == "en" or not any(v.end in (first.start, first.start - 1) and v.sense.voice == "active"
                                    and v.sense.cameo[:2] not in _GOVERNING for v in sent.verbs):
        return False
    last, joined = m, False
    for n in mentions:
        if n.start >= last.end and 0 < n.start - last.end <= 1 and sent.tokens[last.end].lower in ("dan", "serta"):
            last, joined = n, True
    return joined and any(v.start == last.end and v.sense.voice == "active" for v in sent.verbs)


def _opens_a_clause(sent: Sentence, first: Mention, m: Mention) -> bool:
    """Whether `m`, after the object of a verb, is the subject of a clause of its own ("Israel memblokade Gaza
    dan Mesir menerapkan pembatasan": Egypt is not blockaded)."""
    if sent.lang == "en" or m.end >= len(sent.tokens) or not verb_like(sent.tokens[m.end].lower):
        return False
    return any(v.end == first.start and v.sense.voice == "active" and v.sense.cameo[:2] not in _GOVERNING
               for v in sent.verbs)
