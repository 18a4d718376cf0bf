"""Actor mentions: lexicon phrases composed into coded actors, people introduced by title, coreference.

"Menteri Pertahanan Rusia Sergei Shoigu" is an agent (menteri pertahanan, GOV), a country (Rusia) and a
name: one mention coded RUS/GOV, and the surname "Shoigu" resolves to it later in the article.
"""
from __future__ import annotations

from peristiwa.extract.document import Doc, Mention, PersonInfo, Sentence
from peristiwa.lexicon.knowledge import ActorEntry, Knowledge

_CONNECTORS = {"of", "'s", "’s", "dari", "asal", "the"}
_LOCATIVE = {"di", "in", "at", "near", "dekat", "kota", "ibu"}
_PRONOUNS = {"ia", "dia", "beliau", "pihaknya", "he", "she"}
_NAME_PARTICLES = {"bin", "binti", "al", "el", "de", "van", "von", "da", "di", "la", "le", "ibn", "abu", "abdul"}
_NOT_NAMES = {
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "the", "a", "an", "in", "on", "ini", "itu", "dan", "yang",
    "pada", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "january", "february", "march", "may", "june", "july", "august", "october",
    "december", "said", "mengatakan", "kata", "ujar",
}
_COUNTRYISH = {"country", "adjective", "metonym", "org"}


def find_actors(doc: Doc, kb: Knowledge) -> Doc:
    """Annotate every sentence with its actor mentions (pure: reads the lexicon, fills `doc`)."""
    lk = kb.language(doc.lang)
    last_person: Mention | None = None
    for sent in doc.sentences:
        raw = lk.actors.find(sent.tokens)
        mentions = _compose(sent, raw, doc, kb)
        mentions = _add_names_and_pronouns(sent, mentions, doc, kb, last_person)
        sent.mentions = mentions
        for m in mentions:
            if m.kind == "person":
                last_person = m
    return doc


def _chunks(sent: Sentence, raw: list[tuple[int, int, ActorEntry]]) -> list[list[tuple[int, int, ActorEntry]]]:
    """Group adjacent lexicon matches that describe one actor (agent + country + person)."""
    chunks: list[list[tuple[int, int, ActorEntry]]] = []
    for i, j, entry in raw:
        if chunks:
            prev = chunks[-1]
            gap = sent.tokens[prev[-1][1]:i]
            joinable = len(gap) == 0 or (len(gap) == 1 and gap[0].lower in _CONNECTORS)
            kinds = {e.kind for _, _, e in prev}
            two_places = entry.kind in _COUNTRYISH and bool(kinds & _COUNTRYISH) and "org" not in kinds | {entry.kind}
            two_people = entry.kind == "person" and "person" in kinds
            if joinable and not two_places and not two_people:
                prev.append((i, j, entry))
                continue
        chunks.append([(i, j, entry)])
    return chunks


def _compose(sent: Sentence, raw, doc: Doc, kb: Knowledge) -> list[Mention]:
    out: list[Mention] = []
    tokens = sent.tokens
    for chunk in _chunks(sent, raw):
        start, end = chunk[0][0], chunk[-1][1]
        entries = [e for _, _, e in chunk]
        person = next((e.person for e in entries if e.kind == "person"), "")
        country = sector = ""
        igo = None
        for e in entries:
            if e.kind in _COUNTRYISH and not country:
                country, igo = e.country, e.igo
                if e.sector:
                    sector = e.sector
            elif e.kind == "org" and e.sector and not sector:
                sector = e.sector
        agent_sector = next((e.sector for e in entries if e.kind == "agent"), "")
        if agent_sector and (not sector or entries[0].kind == "agent"):
            sector = agent_sector
        kind = "person" if person else entries[0].kind if len(entries) == 1 else "composite"
        if person:
            role = kb.role_of(person, doc.date)
            if role:
                country, sector, igo = role.country, role.sector, role.igo
        elif country and agent_sector:
            name_end = _name_after(tokens, end)
            if name_end > end:
                name = " ".join(t.text for t in tokens[end:name_end])
                doc.people[name.split()[-1].lower()] = PersonInfo(name, country, sector, igo)
                person, kind, end = name, "person", name_end
        if not country:
            continue  # an agent with no country in reach ("pemerintah") is not codable on its own
        text = sent.text[tokens[start].start - sent.start:tokens[end - 1].end - sent.start]
        location = start > 0 and tokens[start - 1].lower in _LOCATIVE and kind in ("country", "metonym")
        if person and kind == "person" and person in kb.people:
            doc.people.setdefault(person.split()[-1].lower(), PersonInfo(person, country, sector, igo))
        out.append(Mention(start, end, text, country, sector, igo, kind, person, location))
    return out


def _name_after(tokens, i: int) -> int:
    """End of a capitalised personal name starting at token i (i itself when there is none)."""
    j = i
    while j < len(tokens) and j - i < 5:
        t = tokens[j]
        if t.is_title and t.text.replace("-", "").replace("'", "").isalpha() and t.lower not in _NOT_NAMES:
            j += 1
        elif t.lower in _NAME_PARTICLES and j > i and j + 1 < len(tokens) and tokens[j + 1].is_title:
            j += 1
        else:
            break
    return j


def _add_names_and_pronouns(sent: Sentence, mentions: list[Mention], doc: Doc, kb: Knowledge,
                            last_person: Mention | None) -> list[Mention]:
    """Surnames of people seen before, unambiguous surnames of known people, and subject pronouns."""
    covered = set()
    for m in mentions:
        covered.update(range(m.start, m.end))
    extra = []
    for i, tok in enumerate(sent.tokens):
        if i in covered:
            continue
        low = tok.lower
        if tok.is_title and low in doc.people:
            p = doc.people[low]
            extra.append(Mention(i, i + 1, tok.text, p.country, p.sector, p.igo, "person", p.name))
        elif tok.is_title and low in kb.surnames:
            person = kb.surnames[low]
            role = kb.role_of(person, doc.date)
            if role:
                extra.append(Mention(i, i + 1, tok.text, role.country, role.sector, role.igo, "person", person))
        elif low in _PRONOUNS and last_person is not None:
            p = last_person
            extra.append(Mention(i, i + 1, tok.text, p.country, p.sector, p.igo, "pronoun", p.person))
    if not extra:
        return mentions
    return sorted(mentions + extra, key=lambda m: m.start)
