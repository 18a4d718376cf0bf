"""People the lexicon does not know, introduced by their office ("Kepala Biro Penerangan Masyarakat Divisi Humas
Polri Brigjen Dedi Prasetyo mengatakan …"): later in the article their name alone ("Dedi menambahkan …",
"Abisai menyayangkan …") stands for the same actor, with the country and sector of the office that introduced
them."""
from __future__ import annotations

from peristiwa.extract.document import Doc, Mention, Sentence
from peristiwa.extract.names import NOT_NAMES
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.text.morphology import verb_like

# ranks and honorifics between an office and a name ("Polri Brigjen Dedi Prasetyo", "IPB Prof Arif Satria")
_RANKS = {"brigjen", "irjen", "komjen", "kombes", "akbp", "akp", "kompol", "iptu", "ipda", "aiptu", "jenderal",
          "jendral", "letjen", "mayjen", "marsekal", "marsma", "marsda", "laksamana", "laksma", "laksda", "kolonel",
          "letkol", "mayor", "kapten", "pol", "polisi", "tni", "purn", "dr", "prof", "ir", "drs", "h", "hj", "kh",
          "pak", "bu", "bapak", "ibu", "tuan", "syekh", "sheikh", "general", "colonel", "major", "captain", "mr",
          "mrs", "ms"}
_TITLES = {"agent", "org", "composite"}
# offices held by one person, written right before the name ("Kapolres AKBP …", "Bupati Juliyatmono")
_OFFICES = {"kapolri", "wakapolri", "kapolda", "wakapolda", "kapolres", "kapolresta", "kapolsek", "kabareskrim",
            "pangdam", "danrem", "dandim", "panglima", "komandan", "bupati", "gubernur", "camat", "lurah", "menteri",
            "jaksa", "hakim", "kajati", "kajari", "sekda", "chief", "commander", "governor", "mayor", "judge",
            "prosecutor", "minister", "presiden", "wapres", "menlu", "menhan", "mendagri", "menkeu", "mendag", "menko",
            "menkes", "menhub", "mentan", "mensesneg"}
_PARTICLES = {"bin", "binti", "al", "el", "van", "von", "ibn", "abu"}  # (not "di", "de": also prepositions)


def introduced_people(doc: Doc, kb: Knowledge) -> Doc:
    """Learn each name an office introduces and mark its later bare mentions as that actor."""
    known: dict[str, Mention] = {}  # a name's full form, first or last word (lowercase) → the actor it names
    for sent in doc.sentences:
        if known:
            again = _named_again(sent, known)
            sent.mentions = sorted([m for m in sent.mentions if not any(a.start <= m.start and m.end <= a.end
                                                                        for a in again)] + again,
                                   key=lambda m: m.start)
        for name in _introduced(sent):
            sent.mentions = _titled_here(sent, name)
            words = name.text.lower().split()
            for key in {name.text.lower(), words[0], words[-1]}:
                if key not in NOT_NAMES and len(key) > 2:
                    known[key] = name
    return doc


def _introduced(sent: Sentence) -> list[Mention]:
    """ "Ketua DPRD Kota Jayapura Abisai Rollo mengaku …": a name right after an office (past ranks and a
    comma), ending where a verb, a comma or a parenthesis follows."""
    tokens, found = sent.tokens, []
    titles = [m for m in sent.mentions if m.kind in _TITLES and not m.location and m.country]
    if not titles:
        return found
    covered = {k for m in sent.mentions for k in range(m.start, m.end)} | {k for v in sent.verbs
                                                                          for k in range(v.start, v.end)}
    starts = {m.start for m in sent.mentions}
    for m in titles:
        i = m.end + (m.end < len(tokens) and tokens[m.end].text == ",")
        j = i
        while j < len(tokens) and j not in covered and (tokens[j].is_title or tokens[j].lower in _PARTICLES) \
                and tokens[j].text.replace("-", "").isalpha():
            j += 1
        if j == i or j >= len(tokens) or not (tokens[j].text in (",", "(") or verb_like(tokens[j].lower)
                                              or tokens[j].lower in ("dan", "and") and j + 1 in starts):
            continue  # (a name ends before a verb, a comma, or "dan" and the next actor: "Menlu Hassan Wirajuda dan
            # Menlu Australia Alexander Downer menandatangani …")
        ranked = [k for k in range(i, j) if tokens[k].lower in _RANKS]
        start = ranked[-1] + 1 if ranked else i
        if not 2 <= j - start <= 3 or any(t.lower in NOT_NAMES or t.lower in _RANKS for t in tokens[start:j]):
            continue
        text = " ".join(t.text for t in tokens[start:j])
        found.append(Mention(start, j, text, m.country, m.sector, m.igo, "person", text))
    return found


def _bare_name(sent: Sentence, m: Mention) -> bool:
    """A capitalised name the lexicon does not know, coded only by where it stands ("menangkap Sambo"): a name
    introduced earlier by its office tells who it is."""
    return m.kind == "agent" and not m.person and all(t.is_title and t.text.isalpha()
                                                      for t in sent.tokens[m.start:m.end])


def _titled_here(sent: Sentence, name: Mention) -> list[Mention]:
    """A bare rank or office right before the name ("Polisi menangkap Irjen Ferdy Sambo") is that person here
    too: the one arrested is the general, not the police it belongs to."""
    title = next((m for m in sent.mentions if m.kind == "agent" and m.end <= name.start
                  and sent.tokens[m.end - 1].lower in _RANKS | _OFFICES
                  and all(t.lower in _RANKS for t in sent.tokens[m.end:name.start])), None)
    if title is None or any(m.start < name.end and name.start < m.end for m in sent.mentions):
        return sent.mentions
    text = sent.text[sent.tokens[title.start].start - sent.start:sent.tokens[name.end - 1].end - sent.start]
    person = Mention(title.start, name.end, text, title.country, title.sector, title.igo, "person", name.text)
    return sorted([m for m in sent.mentions if m is not title] + [person], key=lambda m: m.start)


def _named_again(sent: Sentence, known: dict[str, Mention]) -> list[Mention]:
    """Later mentions of a learned name: the full name, or its first or last word on its own (not inside a
    longer name: "Dedi Mulyadi" is someone else)."""
    tokens, out = sent.tokens, []
    firsts = {key.split()[0] for key in known}
    if not any(t.lower in firsts for t in tokens):
        return out
    covered = {k for m in sent.mentions if not _bare_name(sent, m) for k in range(m.start, m.end)} \
        | {k for v in sent.verbs for k in range(v.start, v.end)}
    k = 0
    while k < len(tokens):
        j = k
        while j < len(tokens) and j not in covered and tokens[j].is_title and tokens[j].text.isalpha():
            j += 1
        if j > k:
            text = " ".join(t.text for t in tokens[k:j])
            actor = known.get(text.lower())
            if actor is not None:
                out.append(Mention(k, j, text, actor.country, actor.sector, actor.igo, "person", actor.person))
            k = j
        else:
            k += 1
    return out


def leaders_of_countries(sent: Sentence, mentions: list[Mention]) -> list[Mention]:
    """ "Presidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador": after a plural title, each name with the
    country it is "of" is one actor, holding the title (the title itself, whose country the sentence leaves
    open, is none)."""
    tokens, n = sent.tokens, len(sent.tokens)
    by_start = {m.start: m for m in mentions}
    for title in mentions:
        if title.kind != "agent" or not title.sector or not tokens[title.end - 1].lower.endswith("s"):
            continue
        named, k = [], title.end
        while k < n:
            j = k
            while j < n and j - k < 4 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
                    and j not in by_start:
                j += 1
            country = by_start.get(j + 1) if j > k and j < n and tokens[j].lower == "of" else None
            if country is None or country.kind != "country":
                break
            named.append(Mention(k, country.end, " ".join(t.text for t in tokens[k:country.end]), country.country,
                                 title.sector, kind="composite"))
            k = country.end + (country.end < n and tokens[country.end].lower in ("and", ","))
        if len(named) >= 2:
            gone = {title.start} | {m.end - 1 for m in named}
            kept = [m for m in mentions if m.start not in gone and not any(a.start <= m.start < a.end for a in named)]
            return sorted(kept + named, key=lambda m: m.start)
    return mentions
