"""Which country an agent without one belongs to ("polisi", "pemerintah", "the opposition"): the official
it accompanies, the place named right after it, else the article's main country."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from peristiwa.extract.boundaries import ACCUSING, DIRECTIONS, GROUND, MISSIONS
from peristiwa.extract.coordination import QUALIFIERS
from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.locations import BORDERS, LISTING, across_a_border
from peristiwa.extract.phrases import past_relation
from peristiwa.text.morphology import verb_like
from peristiwa.text.tokens import Token

_ACCOMPANY = {"dan", "serta", "bersama", "beserta", "bersama-sama", "and", "with", "para", "staf", "jajaran",
              "rombongan", "his", "her", "its", "their", "the", "pihak", "including", "termasuk"}


_HEADS = {"kepala", "ketua", "wakil", "komandan", "head", "chief", "deputy", "commander"}
_ALONGSIDE = _ACCOMPANY | QUALIFIERS  # "the Sudanese government and southern rebels"


def inherit_from_partner(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "Duta Besar Inggris Owen Jenkins bersama staf Kedubes": an agent with no country of its own that
    accompanies an actor of a country belongs to that country, as does an office in apposition to a person."""
    out = list(mentions)
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if m.kind != "agent" or m.country or not prev.country or prev.country == "IGO" or prev.location:
            continue
        gap = [t.lower for t in sent.tokens[prev.end:m.start]]
        if gap and gap[0] in ("bersama", "beserta", "with", "dan", "serta", "and", "including", "termasuk") \
                and all(w in _ALONGSIDE for w in gap) and prev.kind in ("person", "agent", "composite"):
            out[i] = replace(m, country=prev.country)
        elif gap[:1] in (["dan"], ["and"]) and 1 < len(gap) <= 3 and m.sector in ("REB", "OPP") \
                and prev.sector in ("GOV", "MIL") and all(t.is_title for t in sent.tokens[prev.end + 1:m.start]):
            out[i] = replace(m, country=prev.country)  # "Sri Lanka's government and Tamil Tiger rebels": its rebels
        elif gap == [","] and prev.kind == "person" and m.sector == "GOV":
            out[i] = replace(m, country=prev.country)  # "Yeo Bee Yin, Menteri Energi, …": the person's title
        elif gap[:1] == [","] and all(w in _HEADS for w in gap[1:]) and prev.kind in ("composite", "org") \
                and m.sector and m.sector == prev.sector:
            # "Kepala Angkatan Bersenjata Australia, Kepala Angkatan Udara Mark Binskin, …": in apposition
            out[i] = replace(m, country=prev.country)
    for i, m in enumerate(out):  # "pertempuran antara pasukan pemerintah … dan kelompok Houthi": a civil war's
        if m.kind == "agent" and not m.country and m.sector in ("GOV", "MIL") and m.start > 0 \
                and sent.tokens[m.start - 1].lower in ("antara", "between"):  # government is the rebels' country's
            rebels = next((o for o in out[i + 1:] if o.start - m.end <= 6 and o.sector in ("REB", "OPP")
                           and o.country and o.country != "IGO"
                           and sent.tokens[o.start - 1].lower in ("dan", "and", "kelompok")), None)
            if rebels is not None:
                out[i] = replace(m, country=rebels.country)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        gap = [t.lower for t in sent.tokens[m.end:nxt.start]]
        if m.kind == "agent" and not m.country and m.sector and nxt.country and (
                (gap in (["dan"], ["serta"], ["and"]) and nxt.kind == "composite")  # ("pemerintah dan rakyat
                # Amerika": the government is America's too, whatever the second one's sector)
                or (gap in (["dan", "dengan"], ["and", "with"]) and nxt.kind in ("composite", "org")
                    and nxt.sector == m.sector)):
            # "perdana menteri dan presiden Singapura", "kapal induk dan pangkalan AS", "kepala negara dan
            # pemerintahan ASEAN", "dengan Kementerian Luar Negeri dan dengan KBRI": both the second one's
            out[i] = replace(m, country=nxt.country, igo=nxt.igo)
        elif gap in (["dan"], ["serta"], ["and"]) and _one_head(sent, m, nxt):
            if sent.lang == "en":  # "American and British warplanes": the adjective's too
                out[i] = replace(m, sector=nxt.sector, kind="composite")
            else:  # "pasukan Rusia dan Suriah": Syria's forces too
                out[i + 1] = replace(nxt, sector=m.sector, kind="composite")
    return out


def _one_head(sent: Sentence, first: Mention, second: Mention) -> bool:
    """Whether two countries joined by "dan"/"and" share the head noun of the one that has it ("pasukan
    Rusia dan Suriah", "Indian and Chinese troops")."""
    if sent.lang == "en":
        return first.kind == "adjective" and not first.sector and second.kind == "composite" \
            and bool(second.sector) and sent.tokens[second.start].is_title and second.end - second.start == 2
    return first.kind == "composite" and bool(first.sector) and second.kind == "country" and not second.sector \
        and first.end - first.start >= 2 \
        and (second.end == len(sent.tokens) or sent.tokens[second.end].lower not in ("yang", "dan", ","))


def locate_agents(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "authorities in Croatia", "rebels in Darfur", "polisi di Papua": an agent with no country of its own
    belongs to the place named right after it; "its troops" ("pasukannya"), to the actor before that owns them ("The
    Indonesian military denied that its troops had opened fire on protesters in Dili")."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if m.kind == "agent" and not m.country and (m.start > 0 and sent.tokens[m.start - 1].lower in ("its", "their")
                                                    or sent.lang == "id" and m.text.lower().endswith("nya")):
            owner = next((o for o in reversed(out) if not o.location and o.country and o.country != "IGO"), None)
            if owner is not None and owner.start > 0 and sent.tokens[owner.start - 1].lower in ACCUSING:
                owner = next((o for o in reversed(out) if o.end < owner.start and not o.location and o.country
                              and o.country != "IGO"), owner)  # "Djibouti accused Eritrea of attacking its troops":
                # the accuser's
            if owner is not None:
                out.append(replace(m, country=owner.country))
            if owner is not None or sent.tokens[m.start].lower.endswith("nya"):
                continue  # ("Bersama pasukannya Gilbert …": whose, the sentence does not say)
        if m.kind == "agent" and not m.country and (owner := _listed_with(sent, m, out)) is not None:
            out.append(replace(m, country=owner.country, igo=owner.igo))  # "NATO missiles and warplanes"
            continue
        if m.kind == "agent" and not m.country and m.sector == "MIL" and (owner := _deployer(sent, m, out)):
            out.append(replace(m, country=owner.country))  # "Korea Utara mempersiapkan 3,5 juta tentara": its own
            continue
        owner = by_start.get(m.end)
        if m.kind == "agent" and not m.country and owner is not None and owner.kind == "anaphor" and owner.country \
                and owner.country != "IGO" and not owner.location:
            out.append(replace(m, country=owner.country))  # "militer negara itu": the country's own military
            continue
        flagged = m.end + 1 < len(sent.tokens) and sent.tokens[m.end].lower in _FLAGGED
        flag = by_start.get(m.end + 1) if flagged else None
        if m.kind == "agent" and not m.country and flag is not None and flag.kind == "country":
            out.append(replace(m, country=flag.country))  # "kapal nelayan berbendera Vietnam": Vietnam's fishermen
            continue
        tied = _tied_to(sent, m, by_start) if m.kind == "agent" and not m.country else None
        if tied is not None:
            out.append(replace(m, country=tied.country))  # "kelompok bersenjata yang diduga terkait Abu Sayyaf"
            continue
        body = by_start.get(m.end + 1 + (m.end + 1 < len(sent.tokens) and sent.tokens[m.end + 1].lower == "the")) \
            if m.kind == "agent" and not m.country and m.end < len(sent.tokens) and sent.tokens[m.end].lower == "at" \
            else None
        if body is not None and body.kind == "org" and body.country and m.sector not in ("CVL", "REB"):
            out.append(replace(m, country=body.country, igo=body.igo))  # "Judges at the International Criminal
            continue  # Court": the court's judges (a place only as "at" names it; protesters at an embassy are not
            # its staff)
        at = m.end + (m.end < len(sent.tokens) and sent.tokens[m.end].lower in GROUND)  # "rebel positions in"
        if m.kind == "agent" and not m.country and at < len(sent.tokens) and sent.tokens[at].lower in _INSIDE:
            k = at + 1
            while k < len(sent.tokens) and k - m.end <= 3 and sent.tokens[k].lower in _PLACE_WORDS | MISSIONS:
                k += 1  # "militan di wilayah Pakistan", "rebels in the north of Mali", "penasihat militer di
                # Komisi Tinggi Pakistan" (a country's mission: its staff)
            place = by_start.get(k)
            if place is not None and (place.location or place.kind == "country") and place.country \
                    and place.country != "IGO":
                m = replace(m, country=place.country)
        out.append(m)
    return out


def _listed_with(sent: Sentence, m: Mention, before: list[Mention]) -> Mention | None:
    """The owner of the things listed before an agent with no country: "NATO missiles and warplanes", "British
    warplanes, ships and a submarine", "pasukan AS dan kapal perang" (but not "Indonesia dan tentara": no list
    of things)."""
    tokens, ends = sent.tokens, {o.end: o for o in before}
    listed, k = False, m.start - 1
    while k >= 0 and m.start - k <= 6:
        o = ends.get(k + 1)
        if o is not None:
            things = o.kind in ("agent", "composite") and bool(o.sector) or k + 2 < m.start and _a_noun(tokens[k + 1])
            return o if listed and things and o.country and not o.location else None
        low = tokens[k].lower
        if low in ("and", "dan", "serta"):
            listed = True  # (a comma alone may end a clause: "Unjuk Rasa di Konsulat Inggris, Demonstran Desak …")
        elif low not in (",", "a", "an", "the", "sebuah") and not _a_noun(tokens[k]):
            return None
        k -= 1
    return None


def _a_noun(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower() and not verb_like(token.lower)


_FLAGGED = {"berbendera", "-flagged"}
_INSIDE = {"in", "di", "inside", "within"}  # "Militant Camp Inside Pakistan"
_TIED = {"terkait", "berafiliasi", "berhubungan", "linked", "affiliated", "tied", "from", "dari", "pengikut",
         "loyal"}  # ("gunmen from Somalia's al-Shabaab militant group", "kelompok bersenjata pengikut Kesultanan
# Sulu", "gunmen loyal to the Sulu Sultanate": the group's men)


def _tied_to(sent: Sentence, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The named group an agent with no country is tied to, right after it: "kelompok bersenjata yang diduga
    terkait Abu Sayyaf" (the Philippines', wherever it struck), "gunmen linked to al Shabaab"."""
    k = past_relation(sent, m.end, _TIED)
    group = by_start.get(k) if k is not None else None
    return group if group is not None and group.kind in ("org", "agent", "composite") and group.country \
        and group.country != "IGO" and not group.location else None


_PLACE_WORDS = {"the", "wilayah", "kawasan", "daerah", "provinsi", "kota", "negara", "bagian", "region", "province",
                "city", "town", "north", "south", "east", "west", "of", "tengah", "northeast", "northwest",
                "southeast", "southwest", "laut", "daya"} | DIRECTIONS
_DEPLOYING = {"mempersiapkan", "menyiapkan", "mengerahkan", "mengirim", "mengirimkan", "menempatkan", "menerjunkan",
              "memobilisasi", "menambah", "deployed", "deploys", "deploy", "sent", "sends", "mobilized", "mobilised",
              "prepared", "massed", "ordered", "dispatched", "rushed", "moved"}
_COUNTING = {"juta", "ribu", "ratus", "ribuan", "ratusan", "puluhan", "sekitar", "lebih", "dari", "hingga", "sebanyak",
             "personel", "thousands", "hundreds", "of", "more", "than", "about", "some", "additional", "extra"}


def _deployer(sent: Sentence, m: Mention, before: list[Mention]) -> Mention | None:
    """The country whose own forces an unqualified force is: the subject of the verb that deploys them, with only
    a count between ("mengerahkan ribuan tentara", "deployed 3,000 more troops"), or the leader who orders them."""
    k = m.start - 1
    while k >= 0 and (sent.tokens[k].lower in _COUNTING or sent.tokens[k].text[:1].isdigit()):
        k -= 1
    if k < 0 or sent.tokens[k].lower not in _DEPLOYING or m.end < len(sent.tokens) and sent.tokens[m.end].lower in (
            "lokal", "setempat", "local"):  # ("mempersiapkan pasukan lokal": the place's own)
        return None
    owner = next((o for o in reversed(before) if o.end <= k and not o.location), None)
    return owner if owner is not None and owner.country and owner.country != "IGO" \
        and (owner.kind in ("country", "metonym") or owner.kind == "person" and owner.sector in ("GOV", "MIL")) \
        else None  # ("Maduro ordered troops to the border with Colombia")


def place_unqualified_agents(doc: Doc, abroad: dict[str, str] | None = None) -> None:
    """Agents without a country ("polisi", "pemerintah", "the opposition") belong to the article's main
    country: where its events take place ("di Jakarta", "in Kabul"), else the country its actors come
    from most often (Indonesia for Indonesian news that names none), or that country when its actors are
    named ten times as often as the most-named place, or (in Indonesian) when a single place is named and
    another country's actors at least three times."""
    places = Counter(m.country for s in doc.sentences for m in s.mentions if m.location and m.country not in ("IGO", "")
                     and not _listed_place(s, m) and not _border(s, m))
    actors = Counter(m.country for s in doc.sentences for m in s.mentions
                     if m.country and m.country != "IGO" and (not m.location or _listed_place(s, m)))
    counts = places or actors
    if places and actors and actors.most_common(1)[0][1] >= 10 * places.most_common(1)[0][1]:
        counts = actors  # a place or two in a story that is all about one country's actors (plateau 8-13)
    home = "IDN" if doc.lang != "en" else ""
    if home and sum(places.values()) == 1 and actors and places.most_common(1)[0][0] != _top(actors, home) \
            and actors[_top(actors, home)] >= 3:
        counts = actors  # "berkoordinasi dengan pejabat imigrasi di Australia" once, in a story about Indonesia
    focus = _top(counts, home) if counts else home
    for sent in doc.sentences:
        if any(not m.country for m in sent.mentions):
            sent.mentions = [replace(m, country=focus, placed=True) if not m.country else m for m in sent.mentions
                             if m.country or focus]
        if abroad and focus:  # "(Senator) Partai Demokrat" in a story about the United States is the American party's
            sent.mentions = [replace(m, country=focus) if _abroad(m, abroad) == focus else m for m in sent.mentions]


def _listed_place(sent: Sentence, m: Mention) -> bool:
    """A country named after another place with "dan" ("di Singapura dan Amerika"): counted as before, with the
    actors, so that a list of places does not outweigh a story's home country."""
    return m.kind in ("country", "metonym") and m.start > 0 and sent.tokens[m.start - 1].lower in LISTING


def _border(sent: Sentence, m: Mention) -> bool:
    """A country's border ("near the Turkish border", "di perbatasan Suriah") is as much its neighbour's: no
    place of the story's own."""
    tokens = sent.tokens
    return m.end < len(tokens) and tokens[m.end].lower in BORDERS \
        or m.start > 0 and tokens[m.start - 1].lower in BORDERS or across_a_border(sent, m.start)


def _abroad(m: Mention, abroad: dict[str, str]) -> str:
    """The country an organisation named at the end of the mention stands for abroad, if any."""
    words = m.text.lower().split()
    return next((abroad[" ".join(words[k:])] for k in range(len(words)) if " ".join(words[k:]) in abroad), "")


def _top(counts: Counter, home: str) -> str:
    """The most counted country; of equals, the home country of the article's language (Indonesia)."""
    return max(counts, key=lambda country: (counts[country], country == home))
