"""Actor mentions: lexicon phrases composed into coded actors, people introduced by title, coreference.

"Menteri Pertahanan Rusia Sergei Shoigu" is an agent (menteri pertahanan, GOV), a country (Rusia) and a
name: one mention coded RUS/GOV, and the surname "Shoigu" resolves to it later in the article.
"""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.anaphora import (add_counted_states, add_country_anaphors, add_group_anaphors,
                                        add_korean_halves, add_pairs, add_place_anaphors, add_they,
                                        coalition_forces, name_country_groups)
from peristiwa.extract.bodies import named_associations
from peristiwa.extract.composition import compose
from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.focus import inherit_from_partner, locate_agents, place_unqualified_agents
from peristiwa.extract.introductions import leaders_of_countries
from peristiwa.extract.locations import PLACE_HEADS, of_a_place
from peristiwa.extract.names import (ARABIC_ARTICLE, add_ships, add_unknown_names, arabic_name_after, inside_name,
                                     stranger)
from peristiwa.extract.phrases import absorb_parentheses, as_defined, short_forms
from peristiwa.extract.pronouns import add_it, add_pronouns
from peristiwa.extract.scan import CHARGED
from peristiwa.lexicon.knowledge import ActorEntry, Knowledge

def find_actors(doc: Doc, kb: Knowledge) -> Doc:
    """Annotate every sentence with its actor mentions (pure: reads the lexicon, fills `doc`)."""
    lk = kb.language(doc.lang)
    last_person: Mention | None = None
    countries: list[Mention] = []  # country-level mentions so far, for "negara itu", "the country"
    history: list[Mention] = []  # every actor mention so far, for "keduanya"
    previous: list[Mention] = []  # the previous sentence's actors, for a sentence opening with "mereka"
    places: list[Mention] = []  # provinces, regions and cities so far, for "wilayah itu", "the town"
    defined: dict[str, Mention] = {}  # short forms the article defines: "Pasukan Dukungan Cepat (RSF)"
    for sent in doc.sentences:
        resolved = _resolve_overlaps(sent, lk.actors.find(sent.tokens, yields=ActorEntry.is_role), lk)
        no_actor = {k for i, j, e in resolved if e.kind == "none" for k in range(i, j)}  # "Amerika Latin", "Eropa"
        raw = _roles_dropped(sent, [
            r for r in resolved if r[2].kind != "none"
            and (r[2].kind != "place" or sent.tokens[r[0]].text[:1].isupper()  # "Medan", not "medan" (but
                 or sent.tokens[r[1] - 1].text[:1].isupper())
            # "in central Jakarta")
            and not (r[0] and sent.tokens[r[0] - 1].lower in ("inisial", "berinisial", "pro", "anti", "bahasa"))
            and not (r[2].kind == "country" and arabic_name_after(sent, r[1]))
            and not (r[1] < len(sent.tokens) and sent.tokens[r[1]].text == "$")])  # "US$ 60 juta": a currency
        # "berinisial MA": a man; "massa pro Beijing": a leaning, not Beijing; "bahasa Inggris": a language;
        # "Kolonel Turki Al Maliki": a name
        if any("|" in e.person for _, _, e in raw):  # an alias several office holders share
            raw = [(i, j, replace(e, person=kb.holder(e.person, doc.date, _named_before(raw, i)))
                    if "|" in e.person else e) for i, j, e in raw]
        raw = sorted(raw + _name_matches(sent, raw, doc, kb), key=lambda r: r[0])
        mentions = as_defined(absorb_parentheses(sent, compose(sent, raw, doc, kb)), defined)
        defined |= short_forms(mentions)
        if any(t.lower in _ERAS for t in sent.tokens):
            mentions = [m for m in mentions if not _an_era(sent, m.start)]
        mentions = add_it(sent, add_pronouns(sent, mentions, last_person, kb.language(doc.lang).speech))
        mentions = add_they(sent, mentions, previous)
        mentions = add_korean_halves(sent, add_country_anaphors(sent, mentions, countries, lk.speech), countries)
        mentions = add_group_anaphors(sent, add_place_anaphors(sent, mentions, places), history)
        mentions = coalition_forces(add_pairs(sent, add_counted_states(sent, mentions), history, lk.speech), history)
        mentions = named_associations(sent, add_unknown_names(sent, add_ships(sent, mentions), PLACE_HEADS, no_actor))
        mentions = locate_agents(sent, inherit_from_partner(sent, leaders_of_countries(sent, mentions)))
        # "Juba" in a 1988 story is Sudan's: a state is coded only from its independence on
        mentions = [replace(m, country=kb.state_on(m.country, doc.date))
                    if m.country in kb.successions else m for m in mentions]
        mentions = sent.mentions = [replace(m, country=kb.named_on(m.text, m.country, doc.date))  # "Congo" in 1988
                                    if m.text.lower() in kb.former_names else m for m in mentions]
        history += [m for m in mentions if not m.location and m.country]
        previous = [m for m in sent.mentions if not m.location]
        for m in mentions:
            if m.kind == "person" or m.kind == "agent" and not m.sector and _name_like(m.text):
                last_person = m  # a name the lexicon does not know ("terhadap Veronica Koman") may be "ia" later
            if m.kind in ("country", "metonym") and (not m.location or m.kind == "country") or m.kind == "composite" \
                    and m.country not in ("", "IGO") and not m.placed and not m.location and doc.lang == "en":
                countries.append(m)  # ("Sumber di Libya menyebut otoritas di negara itu …": a country as a place too;
                # "Niger's army seized power. France suspended all aid to the country.": named with its army)
            if m.kind == "place":
                places.append(m)
    name_country_groups(doc.sentences)
    place_unqualified_agents(doc, lk.abroad)
    return doc


def _named_before(raw, start: int) -> str:
    """The country of a country or demonym right before token `start` ("Saudi King Abdullah")."""
    return next((e.country for i, j, e in raw if j == start and e.kind in ("country", "adjective")), "")


def _an_era(sent: Sentence, start: int) -> bool:
    """ "pemerintah AS era Clinton dan Obama": names that date something, not actors."""
    k = start - 1
    while k >= 0 and start - k <= 6 and (sent.tokens[k].is_title or sent.tokens[k].lower in ("dan", ",")):
        k -= 1
    return k >= 0 and k < start and sent.tokens[k].lower in _ERAS


_ERAS = {"era", "zaman"}
_HONOURED = {"sheikh", "syekh", "syeikh", "shaikh", "mullah", "imam", "ayatollah", "habib", "kiai", "kh"}


def _name_like(text: str) -> bool:
    """Two or three capitalised words that name no organisation: a person's name ("Veronica Koman")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() for w in words) \
        and not any(w.lower() in _ORG_WORDS for w in words)


def _roles_dropped(sent: Sentence, raw: list) -> list:
    """Without the office an actor is named as ("menuding Iran sebagai pelaku", "mencalonkan diri sebagai Ketua
    Umum Golkar"): a role, not another actor; but a suspect a charge names stays ("menetapkan … sebagai
    tersangka")."""
    out, chain_end = [], -1
    for r in raw:
        after_as = r[0] and sent.tokens[r[0] - 1].lower == "sebagai" and r[2].kind == "agent" \
            and sent.tokens[r[0]].lower not in CHARGED
        if after_as or r[0] == chain_end:
            chain_end = r[1]
            continue
        out.append(r)
    return out


def _name_matches(sent: Sentence, raw, doc: Doc, kb: Knowledge) -> list[tuple[int, int, ActorEntry]]:
    """Surnames of people the article introduced, and unambiguous surnames of known people."""
    covered = {k for i, j, _ in raw for k in range(i, j)}
    blocked = {k for v in sent.verbs for k in range(v.start, v.end)}
    out = []
    headline = sent.headline  # "Trump Klaim …"
    titles = {j: e for _, j, e in raw if e.kind == "agent"}  # a title ending where a surname starts
    for i, tok in enumerate(sent.tokens):
        low = tok.lower
        if low in kb.shared_surnames and i in titles and i not in covered and low not in doc.people and tok.is_title \
                and (person := kb.titled(low, titles[i].sector, doc.date)):
            out.append((i, i + 1, ActorEntry("person", person=person)))  # "President Clinton" in 1996: Bill
            continue
        if i in covered or i in blocked or not (low in doc.people or low in kb.surnames) \
                or not (tok.is_title or ARABIC_ARTICLE.match(tok.text)):
            continue
        if tok.text.isupper() and len(tok.text) <= 4 or of_a_place(sent, i):
            continue  # an acronym or an honorific ("(SAW)"), not the surname written in capitals; a place
        known = doc.people[low].name if low in doc.people else kb.surnames[low]
        if (not headline or i >= 2 and sent.tokens[i - 2].lower in _HONOURED) and inside_name(sent, i, covered, known):
            # (in a headline every word is capitalised; after "Sheikh Ahmed" a known surname is still someone else's)
            if low not in doc.people:  # a later bare "Ismail" is still Ismail Fahmi, not Egypt's Sherif Ismail
                doc.strangers.setdefault(low, stranger(sent, i, covered))
            continue
        if low in doc.strangers and low not in doc.people:  # a later bare "Ismail": Ismail Fahmi, country unknown
            out.append((i, i + 1, ActorEntry("person", "", "", None, doc.strangers[low])))
            continue
        if low in doc.people:
            p = doc.people[low]
            out.append((i, i + 1, ActorEntry("person", p.country, p.sector, p.igo, p.name)))
        else:
            out.append((i, i + 1, ActorEntry("person", person=kb.surnames[low])))
    return out


_ORG_WORDS = {"partai", "aliansi", "komisi", "dewan", "badan", "kementerian", "majelis", "lembaga", "yayasan",
              "organisasi", "front", "gerakan", "koalisi", "persatuan", "perhimpunan", "himpunan", "serikat",
              "asosiasi", "forum", "institut", "pusat", "komite", "tim", "kelompok", "pasukan", "angkatan", "party",
              "council", "committee", "movement", "union", "association", "institute", "centre", "center",
              "group", "alliance", "coalition", "league", "foundation", "agency", "ministry", "forces", "army"}
def _resolve_overlaps(sent: Sentence, raw, lk) -> list:
    """Event phrases and actor phrases may share words ("menarik pasukan dari Ukraina"): the longer wins."""
    if not sent.verbs:
        return raw
    kept = []
    for verb in sent.verbs:
        longer = any(i < verb.end and verb.start < j and j - i > verb.end - verb.start and e.kind != "none"
                     for i, j, e in raw)  # (but "military offensive" names no actor, and is an act)
        if not longer:
            kept.append(verb)
    sent.verbs = kept
    blocked = {k for v in kept for k in range(v.start, v.end)}
    if not blocked:
        return raw
    # a no-actor phrase still covers its words when an event phrase takes one ("serangan militer": no military)
    covered = {k for i, j, e in raw if e.kind == "none" and not blocked.isdisjoint(range(i, j)) for k in range(i, j)}
    return [(i, j, e) for i, j, e in lk.actors.find(sent.tokens, blocked, ActorEntry.is_role)
            if covered.isdisjoint(range(i, j))]
