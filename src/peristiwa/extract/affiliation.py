"""What a name stands for by the words beside it. A country: its armed forces when a weapon of it acts ("serangan
udara AS menewaskan …", "sebuah drone milik Amerika Serikat menghantam …", "a US drone strike killed …"), its
people when it is where someone comes from ("seorang YouTuber asal Brasil", "pria kelahiran Malaysia")."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.lexicon.knowledge import Knowledge

_OWNED_BY = {"milik", "dari", "kepunyaan"}  # "drone milik Amerika Serikat"
_ORIGIN = {"asal", "kelahiran", "keturunan", "berkewarganegaraan"}  # "seorang pria asal Malaysia"
_WINDOW = 3  # words a weapon's name may take


def affiliations(doc: Doc, kb: Knowledge) -> Doc:
    """Give a country mention beside a weapon the sector of its armed forces (MIL), and one that names
    where a person comes from the sector of its civilians (CVL); "PBB" listed among parties is the Partai
    Bulan Bintang, not the United Nations."""
    means = kb.language(doc.lang).armed_means
    for sent in doc.sentences:
        sent.mentions = [replace(m, sector=_sector(sent, m, means)) if _bare(m) else m for m in sent.mentions]
        if any(m.text == "PBB" for m in sent.mentions):
            group = groups(sent.mentions, sent)
            sent.mentions = [replace(m, country="IDN", igo=None, sector="PTY", kind="org")
                             if m.text == "PBB" and any(o.sector == "PTY" for o in group.get(m, ()) if o is not m)
                             else m for m in sent.mentions]
    return doc


def _bare(m: Mention) -> bool:
    return m.kind == "country" and m.country != "IGO" and not m.sector and not m.location


def _sector(sent: Sentence, m: Mention, means: frozenset[str]) -> str:
    words = [t.lower for t in sent.tokens]
    if m.start and words[m.start - 1] in _ORIGIN:  # "pria asal Malaysia"; but "dua roket asal Gaza": fired by
        return "" if m.start > 1 and words[m.start - 2] in means else "CVL"  # someone from there, unnamed
    before = m.start - 1 if m.start and words[m.start - 1] in _OWNED_BY else m.start
    if sent.lang != "en":  # "serangan udara AS", "rudal darat-ke-udara Iran": a weapon's name among the words before
        armed = any(" ".join(words[k:k2]) in means for k in range(max(0, before - _WINDOW), before)
                    for k2 in range(k + 1, before + 1))
    else:
        armed = any(" ".join(words[m.end:k]) in means for k in range(m.end + 1, min(len(words), m.end + _WINDOW) + 1))
    return "MIL" if armed else ""
