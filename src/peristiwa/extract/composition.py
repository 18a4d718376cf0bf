"""Composing actors: adjacent lexicon matches that describe one actor (office, country, name) grouped and coded
as one mention ("Menteri Pertahanan Rusia Sergei Shoigu": RUS/GOV, the person), with the words that join or
part them (kin, ordinals, ethnic groups, crowds, industries, ship prefixes). `actors` finds the matches."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.bodies import (after_law_word, association_start, company_start, law_subject, school_start,
                                      venue_start)
from peristiwa.extract.document import Doc, Mention, PersonInfo, Sentence
from peristiwa.extract.locations import country_of_a_place, named_as_place, placed_after
from peristiwa.extract.names import FORMER_TITLE, SHIP_PREFIXES, name_after, name_keys
from peristiwa.extract.phrases import DEMONSTRATIVES
from peristiwa.lexicon.knowledge import ActorEntry, Knowledge
from peristiwa.text.counts import COUNT_WORDS

_CONNECTORS = {"of", "'s", "’s", "dari", "asal", "the", "-led", "-based", "-dominated", "-run", "-controlled",
               "sekaligus", "merangkap"}  # ("Wakil Perdana Menteri sekaligus Menteri Pertahanan Australia …": one
# man in two offices)
# "Iranian-backed Houthis": the backer modifies the actor after it and is not an actor here
_OFFICIALS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}
_KIN = {"putra", "putri", "anak", "istri", "suami", "ayah", "ibu", "adik", "kakak", "cucu", "menantu", "keponakan",
        "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "nephew", "niece",
        "asisten", "ajudan", "sopir", "pengacara", "pembantu", "assistant", "aide", "lawyer",  # and associates
        "relawan", "simpatisan", "volunteers", "supporters"}  # "Relawan Jokowi Minta DPR …": his volunteers
_ETHNIC = {"ethnic", "etnis", "keturunan"}
_DATELINE = {",", "-", "–", "—", "(", "|"}  # "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"
_COUNTRYISH = {"country", "adjective", "metonym", "org", "place"}
_FORCE_WORDS = {"bersenjata", "nasional", "reguler", "gabungan", "bayaran", "maritim"}  # "milisi maritim China"
_WHICH_PEOPLE = {"perempuan", "wanita", "pria", "laki-laki", "muda", "senior"}  # gender, age, rank
_FAITHS = {"syiah", "sunni", "muslim", "islam", "kristen", "katolik", "yahudi", "hindu", "buddha"}
_INDUSTRIES = {"pertahanan", "minyak", "migas", "teknologi", "energi", "senjata", "farmasi", "telekomunikasi",
               "otomotif", "tambang", "pertambangan", "baja", "penerbangan", "pelayaran", "keuangan", "asuransi",
               "petrokimia", "kimia", "nuklir", "konstruksi", "perkapalan", "logistik", "perbankan", "media",
               "terbesar", "raksasa", "swasta"}  # "perusahaan petrokimia terbesar Iran"
_ARMS_KINDS = {"strategic", "nuclear", "long-range", "heavy", "stealth", "unmanned", "advanced", "supersonic",
               "nuclear-capable", "nuclear-powered", "guided-missile", "naval", "elite"}
_CROWDS = {"massa", "kerumunan", "crowd", "crowds"}
# "massa pendukung Prabowo", "ratusan pendukung Lukas Enembe": his supporters (but "menjadi pendukung setia Presiden
# Bashar al-Assad" names the one supported)
_MANY_PEOPLE = _CROWDS | COUNT_WORDS | {"para", "kelompok"}
_ACCUSED = {"tersangka", "buronan", "terdakwa", "terpidana", "narapidana", "napi", "pelaku"}  # "tersangka teroris":
# a militant
_MINISTRY_SHORT = {"kemlu", "kemenlu", "kemhan", "kemenhan", "kemendagri", "kemendag", "kemenkeu"}
# "pemerintah daerah Jalisco", "Gubernur Provinsi Jawa Timur", "the government of Sindh province"
_BEFORE_PLACE = {"daerah", "provinsi", "kota", "kabupaten", "wilayah", "negara", "bagian", "state", "province",
                 "region", "of", "the", "city"}


def _chunks(sent: Sentence, raw: list[tuple[int, int, ActorEntry]]) -> list[list[tuple[int, int, ActorEntry]]]:
    """Group adjacent lexicon matches that describe one actor (agent + country + person)."""
    chunks: list[list[tuple[int, int, ActorEntry]]] = []
    verbs = {k for v in sent.verbs for k in range(v.start, v.end)}
    for i, j, entry in raw:
        if chunks:
            prev = chunks[-1]
            gap = sent.tokens[prev[-1][1]:i]
            office = prev[-1][2].kind == "agent" and (
                prev[-1][2].sector in _OFFICIALS and entry.kind == "country" and 0 < len(gap) <= 2
                or prev[-1][1] - prev[-1][0] == 1 and sent.tokens[prev[-1][0]].lower in _MEMBER and entry.kind == "org"
                and 0 < len(gap) <= 4) and all(
                t.is_title and t.text.isalpha() for t in gap) and not verbs & set(range(prev[-1][1], i))
            # "Menteri Keamanan Zimbabwe", "anggota Satuan Reserse Narkoba Polres Depok": the office or unit between
            office = office or (prev[-1][2].kind == "agent" and prev[-1][2].sector in ("MIL", "COP", "REB")
                                and entry.kind == "country" and 0 < len(gap) <= 2
                                and all(t.lower in _FORCE_WORDS for t in gap))  # "polisi bersenjata Rusia"
            office = office or (prev[-1][2].kind == "agent" and entry.kind == "country" and prev[-1][2].sector == "BUS"
                                and 0 < len(gap) <= 2 and all(t.lower in _INDUSTRIES for t in gap))
            office = office or (prev[-1][2].kind == "agent" and entry.kind == "country" and len(gap) == 1 and (
                gap[0].text in _WHICH_PEOPLE
                or gap[0].lower in _FAITHS and (  # "anggota parlemen perempuan Korsel", "perusahaan pertahanan AS",
                    prev[-1][0] == 0 or not sent.tokens[prev[-1][0]].is_title)))  # "ulama Syiah Irak" (not a name)
            office = office or (prev[-1][2].kind == "agent" and entry.kind in ("org", "country", "person")
                                and 0 < len(gap) <= 2 and all(t.lower in _KINDS_OF_LEADER for t in gap)
                                and gap[-1].lower not in _WINGS)  # "pemimpin politik Taliban Mullah …",
            # "pemimpin biro politik Hamas Ismail Haniyeh"
            joinable = office or len(gap) == 0 or (len(gap) == 1 and (
                gap[0].lower in _CONNECTORS or gap[0].lower.startswith(("pro-", "anti-"))
                and entry.kind in ("country", "metonym"))) or (  # "Aktivis pro-Demokrasi Hong Kong"
                len(gap) == 1 and (_ordinal(gap[0].lower) or gap[0].lower in _RANKS | _INTERIM)
                and prev[-1][2].kind == "agent"
                and entry.kind in ("person", "country")) or (  # "Presiden ketiga RI BJ Habibie", "Jenderal Senior
                # Min Aung Hlaing"
                len(gap) == 1 and gap[0].is_title and gap[0].text.isalpha() and entry.kind == "agent"
                and prev[-1][2].kind == "adjective") or (  # "Turkish Kurd refugees"
                0 < len(gap) <= 2 and all(t.lower in _ARMS_KINDS for t in gap) and entry.kind == "agent"
                and entry.sector == "MIL" and prev[-1][2].kind in ("adjective", "country")) or (  # "Russian
                # strategic bombers", "Chinese stealth fighter jets"
                entry.kind == "place" and len(gap) <= 2 and all(t.lower in _BEFORE_PLACE for t in gap)) or (
                2 <= len(gap) <= 4 and gap[0].lower in ("'s", "’s") and all(t.lower in _RANKS | _STANDING
                                                                             for t in gap[1:])
                and entry.kind == "agent" and prev[-1][2].kind in ("country", "org")) or (  # "the EU's top diplomat",
                # "Iran's most powerful military commander"
                len(gap) == 2 and gap[0].lower == "-led" and gap[1].lower in ("coalition", "alliance")
                and entry.kind == "agent") or (  # "Saudi-led coalition warplanes"
                entry.kind == "person" and prev[-1][2].kind in ("org", "country") and 1 <= len(gap) <= 3
                and all(t.lower in _KINDS_OF_LEADER | _RANKS | _HEADS for t in gap))  # "Taliban political chief
            # Mullah Abdul Ghani Baradar": the group's man
            if entry.kind == "person" and not gap and len(prev) == 1 and prev[0][2].kind == "country" \
                    and prev[0][0] > 0 and sent.tokens[prev[0][0] - 1].lower in ("untuk", "to"):
                joinable = False  # "Duta Besar Australia untuk Indonesia Paul Grigson": the posting, then the envoy
            if len(gap) == 1 and gap[0].lower in ("dari", "of", "asal") and prev[-1][2].kind in ("metonym", "place") \
                    or gap and gap[0].lower == "dari" and prev[-1][2].kind == "person" and entry.kind in ("metonym",
                                                                                                         "place"):
                joinable = False  # "merebut kembali istana di Khartoum dari RSF": a place, then whom it is taken from;
                # "menarik Duta Besar Paul Grigson dari Jakarta": a person, then where from
            kinds = {e.kind for _, _, e in prev}
            two_places = entry.kind in _COUNTRYISH and bool(kinds & _COUNTRYISH) and "org" not in kinds | {entry.kind} \
                and not (entry.kind == "place" and kinds & {"agent", "org"}) \
                and not (kinds == {"adjective"} and entry.kind == "adjective" and not gap)
            # "pasukan Suriah Idlib", "warga Papua"; "Bosnian Serbs", "Iraqi Kurds": a people of the first country
            two_people = entry.kind == "person" and "person" in kinds
            if joinable and not two_places and not two_people:
                prev.append((i, j, entry))
                continue
        chunks.append([(i, j, entry)])
    return chunks


def _ordinal(word: str) -> bool:
    """ "ketiga", "ke-3", "pertama": an ordinal between an office and its holder ("Presiden ketiga B.J. Habibie")."""
    return word == "pertama" or word.startswith("ke-") or word in _ORDINALS


_RANKS = {"top", "senior", "chief", "deputy", "acting", "interim"}
_STANDING = {"most", "powerful", "influential", "longtime", "veteran", "new", "outgoing", "feared", "elite",
             "highest-ranking", "top-ranking", "senior-most", "retired"}  # (after "'s": "Iran's most powerful …")
_INTERIM = {"sementara", "terpilih"}  # after an office: "Presiden sementara Suriah Ahmed al-Sharaa", "Presiden terpilih
# AS Donald Trump" (not after a country: "serangan terhadap Arab Saudi sementara Hassan Rouhani …")
# ("pemimpin politik Taliban", "diplomat tertinggi China", "pemimpin biro politik Hamas")
_KINDS_OF_LEADER = {"politik", "spiritual", "political", "tertinggi", "senior", "tinggi", "biro", "sayap"}
_WINGS = {"biro", "sayap"}  # (not the last word: "pemimpin sayap X" is no leader of X's)
_HEADS = {"chief", "leader", "commander", "negotiator", "envoy", "head", "spokesman", "spokeswoman"}
_ORDINALS = {"kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"}


def compose(sent: Sentence, raw, doc: Doc, kb: Knowledge) -> list[Mention]:
    """The sentence's lexicon matches (and names found by title) grouped into actors and coded: one mention for
    "Menteri Pertahanan Rusia Sergei Shoigu" (RUS/GOV, the person), a member of a party, a ship by its prefix."""
    out: list[Mention] = []
    tokens = sent.tokens
    for chunk in _chunks(sent, raw):
        start, end = chunk[0][0], chunk[-1][1]
        entries = [e for _, _, e in chunk]
        person = next((e.person for e in entries if e.kind == "person"), "")
        for i, j, e in chunk:
            if e.kind == "person" and j - i >= 2 and e.person in kb.people:
                doc.written.setdefault(e.person, " ".join(t.text for t in tokens[i:j]))
        country = sector = ""
        igo = None
        # "Kemlu Pakistan": the short name of a ministry is Indonesia's alone, that country's before its name
        at = next((n for n, (i, _, _) in enumerate(chunk) if tokens[i].lower in _MINISTRY_SHORT), -1)
        ministry = 0 <= at < len(entries) - 1 and entries[at + 1].kind == "country"  # ("Juru bicara Kemlu Pakistan")
        if ministry:
            sector = entries[at].sector
        for e in entries[:at] + entries[at + 1:] if ministry else entries:
            if e.kind in _COUNTRYISH and not country:
                country, igo = e.country, e.igo
                if e.sector:
                    sector = e.sector
            elif e.kind == "org" and e.sector and not sector:
                sector = e.sector
        led = next((e for e in entries if e.kind == "org" and e.country == "IGO"), None)
        if led is not None and country != "IGO" and any(t.lower in ("-led", "-backed") for t in tokens[start:end]):
            country, igo, sector = "IGO", led.igo, led.sector  # "the Russian-led Collective Security Treaty
            # Organisation": the organisation, not its leader (but "the Saudi-led coalition" is Saudi Arabia's)
        agent_sector = next((e.sector for e in entries if e.kind == "agent"), "")
        if agent_sector and (not sector or entries[0].kind == "agent"
                             or sector == "GOV" and any(e.kind == "metonym" for e in entries)):
            sector = agent_sector  # ("a Moscow court": a city stands for its government, but the court is a court)
        specific = [e.sector for e in entries[1:] if e.kind in ("agent", "org") and e.sector not in ("", "GOV")]
        if entries[0].kind == "agent" and specific and (
                sector == "GOV" or tokens[start].lower in _MEMBER and chunk[0][1] - start == 1
                or sector == "JUD" and entries[-1].kind == "org"):  # "penyidik Bareskrim Polri": police's
            sector = specific[-1]  # "juru bicara militer", "delegasi DPR", "anggota Komisi X DPR": the institution's
        elif tokens[start].lower in _MEMBER and chunk[0][1] - start == 1 and entries[-1].sector:
            sector = entries[-1].sector  # "anggota Kabinet": a member of the government
        # one actor named twice ("massa pengunjuk rasa") is still a single agent
        single = len(entries) == 1 or len({(e.kind, e.sector) for e in entries}) == 1
        kind = "person" if person else entries[0].kind if single else "composite"
        if kind == "composite" and all(e.kind == "agent" for e in entries) \
                and tokens[start].lower in _CROWDS | _ACCUSED:
            kind, sector = "agent", entries[-1].sector  # "massa pelajar STM": a crowd of students; "tersangka
            # teroris", "pelaku separatis": the suspect is what the second noun says
        if kind == "composite" and all(e.kind == "agent" for e in entries) and (
                doc.lang == "en" or tokens[start].lower in _MEMBER):  # "anggota militer": a member of an agent
            kind = "agent"  # "the military government": agents only, its country comes from context (in
            # Indonesian such chains are mostly office names: "Menteri Pemuda dan Olahraga")
        if person:
            role = kb.role_of(person, doc.date)
            if role:  # out of the file's terms, the title written before the name tells the office
                lead = [t.lower for t in tokens[max(0, start - 3):next(i for i, _, e in chunk if e.kind == "person")]]
                titled = "" if any(w in FORMER_TITLE or w.startswith("ke-") for w in lead) else sector
                country, sector, igo = role.country, role.sector or titled, role.igo
            else:
                entry = next(e for e in entries if e.kind == "person")
                country, sector, igo = entry.country, entry.sector, entry.igo
        elif country and agent_sector:
            speech = kb.language(doc.lang).speech  # headline verbs: "Menlu AS Sebut Serangan …"
            stops = frozenset(k for v in sent.verbs for k in range(v.start, v.end)) | {r[0] for r in raw} \
                | {k for k, t in enumerate(tokens) if t.lower in speech}
            name_end = name_after(tokens, end, stops)
            if name_end == end and end + 1 < len(tokens) and tokens[end].text == ",":
                # apposition: "Duta Besar Ukraina, Volodymyr Pakhil, mengatakan …"
                after = name_after(tokens, end + 1, stops)
                if after - (end + 1) >= 2 and (after == len(tokens) or tokens[after].text == ","):
                    end, name_end = end + 1, after
            if name_end > end:
                name = " ".join(t.text for t in tokens[end:name_end])
                for key in name_keys(name, country):
                    if key not in kb.surnames:  # an unknown name never takes a known person's surname
                        doc.people.setdefault(key, PersonInfo(name, country, sector, igo))
                person, kind, end = name, "person", name_end
        if not country and not (agent_sector and kind == "agent" or person in doc.strangers.values()):
            continue
        if kind == "agent" and end < len(tokens) and tokens[end].lower in DEMONSTRATIVES:
            earlier = _same_sector(doc, sent, start, agent_sector)  # "Partai itu" → the party named before
            if earlier is not None:
                text = sent.text[tokens[start].start - sent.start:tokens[end].end - sent.start]
                out.append(Mention(start, end + 1, text, earlier.country, earlier.sector, earlier.igo, "anaphor",
                                   earlier.person))
                continue
        if start > 0 and (after_law_word(tokens, start) or law_subject(tokens, start)):
            continue  # "revisi UU KPK", "Rancangan Undang-Undang (RUU) KPK", "UU … tentang KPK": a law
        company = company_start(tokens, start) if kind in ("country", "adjective") else None
        if company is not None:  # "PT Semen Indonesia", "PT Garuda Indonesia": a company, not the state
            start, kind, sector = company, "org", "BUS"
        if start > 0 and tokens[start - 1].text in SHIP_PREFIXES:  # "awak USS John McCain": the ship's navy
            start, kind, person = start - 1, "org", ""
            country, sector, igo = SHIP_PREFIXES[tokens[start].text], "MIL", None
        venue = venue_start(tokens, start) if not person else None
        if venue is not None:  # "Bundaran HI (Hotel Indonesia)", "Rumah Sakit Pusat Angkatan Darat": a place
            start, kind = venue, "place"
            out = [m for m in out if m.end <= start]
        school = school_start(tokens, start) if kind in ("country", "adjective") else None
        if school is not None:  # "Institut Teknologi Indonesia": a school, not the state
            start, kind, sector = school, "org", "EDU"
            out = [m for m in out if m.end <= start]
        association = association_start(tokens, start) if kind in ("country", "adjective", "org", "metonym") \
            and not person and school is None else None
        if association is not None:  # "Himpunan Aktivis Indonesia", "Komite Mahasiswa Peduli KPK": civil society
            start, kind, sector, igo = association, "org", "NGO", None
            country = country if country != "IGO" else ""
            out = [m for m in out if m.end <= start]
        text = sent.text[tokens[start].start - sent.start:tokens[end - 1].end - sent.start]
        if start == 0 and kind in ("country", "metonym") and end < len(tokens) and tokens[end].text in _DATELINE \
                and sent.index <= 1 and not (tokens[end].text == "," and end + 1 < len(tokens) and (
                    tokens[end + 1].text[:1].islower() or not any(t.text in _DATELINE - {","}  # "Arab Saudi, Uni
                                                                   for t in tokens[end + 1:end + 8]))):  # Emirat …"
            continue  # a dateline ("JAKARTA, KOMPAS.com -") names where the report was filed
        if 0 < start <= 4 and sent.index <= 1 and end < len(tokens) and tokens[end].text in ("-", "–", "—") and (
                kind == "country" and tokens[start - 1].text[:1].isupper()
                or kind in ("country", "metonym") and tokens[start - 1].text == ","):
            continue  # the outlet in a dateline ("Jakarta, CNN Indonesia --"), or its place ("TEMPO.CO, Jakarta -")
        if out and country_of_a_place(sent, start, end, kind, country, out[-1]):  # "Hamburg, Jerman": one place
            out[-1] = replace(out[-1], end=end, text=sent.text[tokens[out[-1].start].start - sent.start:
                                                               tokens[end - 1].end - sent.start])
            continue
        last = out[-1] if out else None
        location = named_as_place(sent, start, end, kind) or placed_after(sent, start, kind, country, last)
        if start > 0 and tokens[start - 1].lower in _ETHNIC and kind in ("adjective", "country", "composite"):
            # "ethnic Albanians in Macedonia": a community of the country they live in, not Albania
            country, igo, kind, sector = "", None, "agent", sector or "CVL"
        elif start > 0 and tokens[start - 1].lower in ("orang", "orang-orang") and kind == "country":
            start, kind, sector = start - 1, "composite", "CVL"  # "dua orang Inggris": British people
            text = sent.text[tokens[start].start - sent.start:tokens[end - 1].end - sent.start]
        if kind in ("person", "composite") and (start > 0 and (tokens[start - 1].lower in _KIN or start > 1 and (
                tokens[start - 2].lower in _KIN and tokens[start - 1].text.islower()  # "asisten pribadi Imam"
                or tokens[start - 1].lower == "pendukung" and tokens[start - 2].lower in _MANY_PEOPLE))
                                                or len(entries) > 1 and (_kin_of(chunk[0], tokens, "of")
                                                                         or _kin_of(chunk[-1], tokens, "'s"))):
            kind, sector, person = "agent", "CVL", ""  # "Putra Presiden Joko Widodo", "asisten pribadi Imam",
            # "supporters of Imran Khan", "Imran Khan's supporters"
        if person and kind == "person" and person in kb.people:
            for key in name_keys(person, country):
                doc.people.setdefault(key, PersonInfo(person, country, sector, igo))
        out.append(Mention(start, end, text, country, sector, igo, kind, person, location))
    return out


def _kin_of(match: tuple[int, int, ActorEntry], tokens, link: str) -> bool:
    """Whether a one-word match is kin or a follower joined by `link` to the actor named with it ("supporters of
    Imran Khan", "Imran Khan's supporters"; not "Putra Mahkota Mohammed bin Salman", the crown prince)."""
    i, j, _ = match
    at = j if link == "of" else i - 1
    return j - i == 1 and tokens[i].lower in _KIN and 0 <= at < len(tokens) \
        and tokens[at].lower.replace("’", "'") == link


_MEMBER = {"anggota", "kader", "member", "members", "pejabat", "pegawai", "staf"}  # ("pejabat Mahkamah Agung")


def _same_sector(doc: Doc, sent: Sentence, before: int, sector: str) -> Mention | None:
    """The latest actor of `sector` named before token `before` of `sent` (for "partai itu")."""
    for m in reversed([m for m in sent.mentions if m.end <= before]):
        if m.sector == sector and m.country:
            return m
    for other in reversed(doc.sentences[:sent.index]):
        for m in reversed(other.mentions):
            if m.sector == sector and m.country and m.kind != "agent":
                return m
    return None
