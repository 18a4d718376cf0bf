"""What a name stands for by the words beside it. A country: its armed forces when a weapon of it acts ("serangan
udara AS menewaskan …", "sebuah drone milik Amerika Serikat menghantam …", "a US drone strike killed …"), its
people when it is where someone comes from ("seorang YouTuber asal Brasil", "pria kelahiran Malaysia"). An
acronym listed among parties: the party ("PBB" beside "PPP" is the Partai Bulan Bintang). And what a country
stands for as an event's actor: its state, or the country as a whole (`actor_ref`)."""
from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from peristiwa.extract.boundaries import ORIGIN
from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.names import FORMER
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.ontology.cameo import VIOLENT_ROOTS
from peristiwa.records import ActorRef

_OWNED_BY = {"milik", "dari", "kepunyaan"}  # "drone milik Amerika Serikat"
_WINDOW = 3  # words a weapon's name may take
# between a weapon and a country, these make the country not the weapon's owner: "menembakkan roket ke Israel"
# (fired at it), "Korut Tembakkan Roket, Jepang Protes" (another clause's subject)
_NOT_ITS_OWN = {"ke", "kepada", "terhadap", "atas", "di", ",", ";", ":"}


def affiliations(doc: Doc, kb: Knowledge) -> Doc:
    """Give a country mention beside a weapon the sector of its armed forces (MIL), and one that names
    where a person comes from the sector of its civilians (CVL); a name that is also a party's acronym, listed
    among parties ("diusung Partai Demokrat, PPP dan PBB"), is that party, not the United Nations."""
    lk = kb.language(doc.lang)
    for sent in doc.sentences:
        words = [t.lower for t in sent.tokens]
        sent.mentions = [replace(m, sector=_sector(sent.lang, words, m, lk.armed_means)) if _bare(m)
                         else replace(m, sector="") if _former(words, m, kb) else m for m in sent.mentions]
        if any(m.text in lk.party_acronyms for m in sent.mentions):
            sent.mentions = _parties_listed(sent, lk.party_acronyms)
    return doc


def _former(words: list[str], m: Mention, kb: Knowledge) -> bool:
    """An office no longer held ("mantan Presiden Haiti Jean-Bertrand Aristide", "a former Haitian minister"):
    the person keeps the country, not the sector. A known person's terms are read from the lexicon instead,
    and a description of someone named before ("Eks duta besar RI di Belanda itu", "mantan Menteri Keuangan
    pada 2001-2004 ini") is left as it is: that person may hold another office now."""
    return m.sector != "" and m.kind in ("agent", "composite", "person") and m.start > 0 \
        and words[m.start - 1] in FORMER and not (m.person and m.person in kb.people) \
        and not any(w in ("itu", "ini", "tersebut") for w in words[m.end:m.end + 6])


def _parties_listed(sent: Sentence, acronyms: frozenset[str]) -> list[Mention]:
    group = groups(sent.mentions, sent)
    out = []
    for m in sent.mentions:
        party = next((o for o in group.get(m, ()) if o is not m and o.sector == "PTY"), None) \
            if m.text in acronyms else None
        out.append(replace(m, country=party.country, igo=None, sector="PTY", kind="org") if party else m)
    return out


def _bare(m: Mention) -> bool:
    return m.kind in ("country", "adjective") and m.country != "IGO" and not m.sector and not m.location


def _sector(lang: str, words: list[str], m: Mention, means: frozenset[str]) -> str:
    if m.start and words[m.start - 1] in ORIGIN:  # "pria asal Malaysia"; but "dua roket asal Gaza": fired by
        return "" if m.start > 1 and words[m.start - 2] in means else "CVL"  # someone from there, unnamed
    before = m.start - 1 if m.start and words[m.start - 1] in _OWNED_BY else m.start
    if lang != "en":  # "serangan udara AS", "rudal darat-ke-udara Iran": a weapon's name among the words before
        armed = any(" ".join(words[k:k2]) in means and not _NOT_ITS_OWN & set(words[k2:before])
                    for k in range(max(0, before - _WINDOW), before) for k2 in range(k + 1, before + 1))
    else:
        armed = any(" ".join(words[m.end:k]) in means for k in range(m.end + 1, min(len(words), m.end + _WINDOW) + 1))
    return "MIL" if armed else ""


def actor_ref(m: Mention, root: str = "", target: bool = False, code: str = "") -> ActorRef:
    """A country named as an actor ("Iran menolak …") stands for its state: sector GOV; a country that
    force, sanctions or rejection is aimed at, or that uses force, is the country as a whole (no sector), as
    coders read it; one that strikes from the air does so with its forces (MIL), one that rallies, riots or
    goes on hunger strike with its people (CVL)."""
    country = m.kind in ("country", "anaphor") and m.country != "IGO"
    state = country and not (target and root in _AT_A_COUNTRY) and not (not target and root in VIOLENT_ROOTS)
    if country and not target and not m.sector and code.startswith("195"):
        return ActorRef(text=m.text, country=m.country, sector="MIL", igo=m.igo)  # "serangan udara AS": its forces
    if country and not target and not m.sector and code[:3] in _BY_ITS_PEOPLE:
        return ActorRef(text=m.text, country=m.country, sector="CVL", igo=m.igo)  # "demonstrasi Palestina": people
    return ActorRef(text=m.text, country=m.country, sector=m.sector or ("GOV" if state else ""), igo=m.igo)


_AT_A_COUNTRY = {"12", "16", "19", "20"}
_BY_ITS_PEOPLE = {"141", "142", "145"}  # rallies, hunger strikes and riots are held by a country's people


def in_office_then(m: Mention, kb: Knowledge, when: str, today: date | None) -> Mention:
    """A person takes the office held on the event's date, not the article's ("Gubernur DKI Jakarta Anies
    Baswedan" told of in 2023 for an act of 2019 was governor then): when the whole period the event is dated to
    (a day, a month or a year) falls in one term, and that term is not the one the article's date gave."""
    if m.kind != "person" or not m.person or not when or today is None:
        return m
    days = _period(when)
    if days is None or days[0] <= today <= days[1]:
        return m
    then = {kb.role_of(m.person, day) for day in days}
    role = then.pop() if len(then) == 1 else None
    if role is None or not role.sector or role == kb.role_of(m.person, today):
        return m  # (outside every term then, the article's reading stands)
    return replace(m, country=role.country, sector=role.sector, igo=role.igo)


def _period(when: str) -> tuple[date, date] | None:
    """The first and last day of "YYYY-MM-DD", "YYYY-MM" or "YYYY"."""
    try:
        parts = [int(p) for p in when.split("-")]
        if len(parts) == 3:
            return date(*parts), date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(*parts)[1])
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (ValueError, TypeError):
        return None
