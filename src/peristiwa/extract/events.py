"""Event verbs and nouns, and the coded events they yield with their evidence."""
from __future__ import annotations

from dataclasses import replace

from peristiwa.extract.aid import listed_kinds
from peristiwa.extract.announcements import aimed, on_condition, states_it, troops_sent_to_help, unless, will
from peristiwa.extract.anaphora import accuser_before, asks_for_its_act, clitic_referent, parties_addressed
from peristiwa.extract.clauses import agent_of_the_object, author_of_the_object, doer_of_the_object
from peristiwa.extract.coordination import groups
from peristiwa.extract.document import Doc, Mention, Roles, Sentence, VerbMatch
from peristiwa.extract.event_record import make_event
from peristiwa.extract.governing import accused_each_other, accused_of, demanded_of, governed_by
from peristiwa.extract.implied import STATE, policy_owner, population
from peristiwa.extract.incidents import drop_generic
from peristiwa.extract.modality import TOLD, event_modality, modality_of, to_be_done
from peristiwa.extract.noun_context import partners_in_the_call
from peristiwa.extract.nouns import LIGHT_VERBS
from peristiwa.extract.parties import (mediated_parties, office_holder, repression, two_parties,
                                       victim_of_what_is_criticised)
from peristiwa.extract.pattern_events import pattern_events
from peristiwa.extract.patterns import attack_victim
from peristiwa.extract.protests import protested, the_act_called_a_protest
from peristiwa.extract.reactions import (addressee_of_the_act_before, attacker_of_that_attack, author_of_that_move,
                                        author_of_that_request, move_reacted_to, reaction_to)
from peristiwa.extract.recoding import recode
from peristiwa.extract.restatements import (background, hindered, names_an_agreement, object_of_same_act,
                                             protest_purposes)
from peristiwa.extract.roles import assign
from peristiwa.extract.sports import TEAM_KINDS, drop_sports
from peristiwa.extract.targets import counted_people
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.ontology.cameo import FORCE_ROOTS, VIOLENT_ROOTS
from peristiwa.records import Event
from peristiwa.text.morphology import verb_like
from peristiwa.text.timewords import DAY_WORDS

_RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
_ONE_SIDED = {"02", "10", "11", "12", "13"}  # "condemnation from Japan, South Korea and the United States": all
# three condemn another, not one another (but "tensions between X and Y" hold between them)


def _described_as(sent: Sentence, verb: VerbMatch, pairs: list[tuple[Mention, Mention]]) -> bool:
    """Whether every target found sits in what the act is called after "as"/"sebagai" ("drills that Pyongyang has
    condemned as a rehearsal for an invasion of the North": the North is in the description, not condemned)."""
    named = next((k for k in range(verb.end, min(verb.end + 3, len(sent.tokens)))
                  if sent.tokens[k].lower in ("as", "sebagai")), None)
    return named is not None and all(t.start > named for _, t in pairs)


def _one_sided(sent: Sentence, verb: VerbMatch) -> bool:
    """Whether an act noun's several authors act on someone else, not on one another."""
    return verb.sense.cameo[:2] in _ONE_SIDED and not any(
        t.lower in ("antara", "between") for t in sent.tokens[verb.end:verb.end + 4])


_ABOUT_AN_OBJECT = {"02", "05", "10", "11", "12"}  # acts on something whose author they are towards
_ON_THE_PEOPLE = ("1721", "1723", "1724", "0813", "0814")  # censorship, a curfew, martial law (and
# lifting the last two): with no one named, on the people


def _one_of(target: Mention, sources: tuple[Mention, ...]) -> bool:
    """Whether a target is one of the acting group, or its country ("Polri dan Interpol berkoordinasi dengan
    Kementerian Luar Negeri" is not: another body of the same country)."""
    return any(target.key == m.key and (target.sector == m.sector or not target.sector
                                        or target.kind in ("country", "metonym")) for m in sources)


def _given_to_someone(sent, verb) -> bool:
    """ "Turki dan Qatar memberi dukungan pada Ikhwanul Muslimin": the act goes to a third party the lexicon
    does not know, not to each other."""
    tokens = sent.tokens
    return any(tokens[k].lower in _TO_SOMEONE and k + 1 < len(tokens) and not tokens[k + 1].text.isdigit()
               and tokens[k + 1].lower not in DAY_WORDS for k in range(verb.end, min(verb.end + 2, len(tokens))))


# "Rusia serta Mesir mendukung perubahan itu": not each other (but they sign an agreement together, 057)
_ONE_WAY = ("042", "043", "051", "052", "053", "054", "055", "056", "06", "19")  # (visits have a host)
_TO_SOMEONE = {"pada", "kepada", "terhadap", "bagi"}  # (English "agreed to …" is an infinitive)


def _transitive(text: str, lang: str) -> bool:
    """An Indonesian meN- verb takes an object: "kedua pihak … memerangi ekstremisme" is not fighting each other
    (but "bertempur", "bentrok" are); a di- passive's object is its subject ("kediaman duka terus didatangi oleh
    wartawan dan aparat keamanan": both visit the house, not each other)."""
    return lang == "id" and text[:2].lower() in ("me", "di")


# "Russia and Ukraine exchanged prisoners", "bertukar surat", "X and Y failed to reach agreement": each other
_MUTUAL_VERBS = ("exchang", "swap", "tukar", "reach agreement", "reach an agreement", "reach a deal",
                 "mencapai kesepakatan", "gabungan", "bersama", "joint",  # "menggelar latihan militer gabungan"
                 "latihan", "drills", "exercises")  # "Rusia dan China menggelar latihan militer": together


def code_events(doc: Doc, kb: Knowledge) -> Doc:
    """Turn each verb with a source and a target into events; the same event twice is kept once."""
    events: list[Event] = []
    coded: dict[tuple, Event] = {}  # (source, sector, target, sector, code) → the event coded for it
    history: list[Mention] = []
    previous: list[Mention] = []  # the previous sentence's actors
    speech = kb.language(doc.lang).speech
    for sent in doc.sentences:
        by_start = {m.start: m for m in sent.mentions}
        purposes = protest_purposes(sent)
        folded = {id(v) for v in purposes.values()}
        earlier: list[tuple[VerbMatch, Roles]] = []  # the sentence's verbs read so far, with their roles
        for verb in sent.verbs:
            if verb.sense.voice == "noun" and (names_an_agreement(sent, verb) or object_of_same_act(sent, verb)
                                               or background(sent, verb) or the_act_called_a_protest(sent, verb)):
                continue
            if (verb.sense.voice == "noun" or verb.text.lower().endswith("ing")) and hindered(sent, verb):
                if verb.sense.cameo[:2] != "06":
                    continue  # aid held back is not given
                verb = replace(verb, sense=replace(verb.sense, cameo="160", rule=f"{verb.sense.rule} (halted: 160)"))
            roles = assign(sent, verb, doc.lang, speech) if id(verb) not in folded else None
            roles = partners_in_the_call(sent, verb, earlier) or roles  # "apologised to Aliyev in a phone call"
            if roles is None:
                continue
            earlier.append((verb, roles))
            demand = purposes.get(verb.start)
            demanded = assign(sent, demand, doc.lang, speech) if demand is not None else None
            against = [t for t in (demanded.targets if demanded is not None else ())
                       if all((t.key, t.sector) != (m.key, m.sector) for m in roles.sources)]
            if against and not roles.targets:
                roles = replace(roles, targets=tuple(against))  # "… to demand the resignation of X": against X
            pairs = [(s, t) for s in roles.sources for t in roles.targets
                     if not (t.key == s.key and not _named_group(t, s) and any(o.key != s.key for o in roles.targets))
                     and not victim_of_what_is_criticised(sent, verb, t) and not office_holder(sent, s, t)]
            agent = agent_of_the_object(sent, verb.end, by_start) or doer_of_the_object(sent, verb, by_start) \
                if verb.sense.cameo[:2] in ("05", "11", "12") and verb.sense.voice == "active" else None
            if agent is not None:  # (each of a list of doers: "mengecam serangan udara Amerika Serikat, Inggris, dan
                pairs = [(s, a) for s in roles.sources for a in groups(sent.mentions, sent).get(agent, (agent,))
                         if s.key != a.key or s.sector != a.sector]  # Prancis ke Suriah")
            # "mempererat hubungan Indonesia dan Ethiopia" said by an Indonesian: towards Ethiopia only
            source_keys = {m.key for m in roles.sources}
            if len(source_keys) > 1 and verb.sense.cameo[:2] in _RECIPROCAL_ROOTS and any(
                    _one_of(t, roles.sources) and not t.location for t in roles.targets):
                pairs = []  # "Macron dan Merkel menandatangani kesepakatan … Prancis": they acted on each other (but
                # "Jet tempur Suriah dan Rusia membombardir desa di Idlib": a place in one's country is hit)
            # "dengan ditetapkannya dia sebagai tersangka": a passive's -nya names the act, and what one
            # considers ("mempertimbangkannya") is a matter, not an actor: no one is pointed to
            if verb.clitic and asks_for_its_act(sent, verb):
                pairs = []  # "Turki menyerukan penggulingannya dan mendukung para pejuang": -nya, not the fighters
            if not pairs and verb.clitic and verb.sense.voice != "passive" and not verb.sense.cameo.startswith("014"):
                pairs = [(s, t) for s in roles.sources
                         for t in clitic_referent(sent, verb, history, roles.sources, previous)]
            if verb.sense.voice == "passive" and all(t.key == s.key for s, t in pairs) \
                    and (accuser := accuser_before(sent, verb)) is not None:  # "… yang dibantah gerilyawan"
                pairs = [(s, accuser) for s in roles.sources if s.key != accuser.key or s.sector != accuser.sector]
            before = [t.lower for t in sent.tokens[max(0, verb.start - 3):verb.start]]
            after = [t.lower for t in sent.tokens[verb.end:verb.end + 2]]
            each_other = "saling" in verb.text.lower().split() or "saling" in before \
                or after in (["each", "other"], ["one", "another"]) or "each" in before and after == ["the", "other"] \
                or verb.sense.cameo == "0841" and ("masing-masing" in before or before[-1:] == ["each"]) \
                and len(source_keys) > 1 and all(t.key in source_keys for _, t in pairs)
            # ("Rusia dan Ukraina masing-masing membebaskan 115 tawanan perang": a swap, each frees the other's men)
            mutual = verb.sense.voice == "noun" and not _one_sided(sent, verb) \
                or any(w in verb.text.lower() for w in _MUTUAL_VERBS) or each_other \
                or any(w in ("bersama", "mutually") for w in before) \
                or verb.sense.cameo == "0871"  # "Israel dan Hamas menyepakati gencatan senjata": a ceasefire between them
            for inner in (governed_by(sent, verb) if not pairs else ()):
                if any(t.lower in ("agar", "supaya") for t in sent.tokens[verb.end:inner.start]):
                    break  # "mengimbau agar aksi massal digelar untuk menentang …": the wanted clause is another's
                # "agreed … to provide aid for Romania": the promise is towards Romania
                inner_roles = assign(sent, inner, doc.lang, speech)
                pairs = [(s, t) for s in roles.sources for t in (inner_roles.targets if inner_roles else ())
                         if t.key != s.key or t.location]  # "threatened to impose a curfew in Algiers"
                if pairs:
                    break
            if not pairs and verb.sense.cameo[:2] in ("02", "10"):  # "meminta semua pihak menahan diri"
                pairs = [(s, t) for s in roles.sources for t in parties_addressed(sent, verb, roles.sources)]
                if not pairs and roles.sources and (addressee := addressee_of_the_act_before(
                        doc, sent, verb, roles.sources[0], events)) is not None:
                    pairs = [(s, addressee) for s in roles.sources]  # "… and demanded an explanation"
            if not pairs and verb.sense.cameo[:2] in _ABOUT_AN_OBJECT and verb.sense.voice == "active":
                # "mengecam pernyataan yang dilontarkan Netanyahu": its author; "Ribuan mahasiswa menolak revisi
                # UU KPK": a bill no one is named for is the state's
                author = author_of_the_object(sent, verb.end, by_start)
                if author is not None:
                    pairs = [(s, author) for s in roles.sources if s.key != author.key or s.sector != author.sector]
                elif doc.lang != "en" and verb.sense.cameo[:2] in ("05", "11", "12"):
                    pairs = [(s, o) for s in roles.sources if (o := policy_owner(sent, verb, s)) is not None]
            if not pairs and (drew := reaction_to(sent, verb, roles.sources)) is not None:
                pairs = [(s, drew) for s in roles.sources]
            if (not pairs or _described_as(sent, verb, pairs)) and roles.sources \
                    and (moved := move_reacted_to(sent, verb)) is not None:
                pairs = [(s, m) for s in roles.sources for m in groups(sent.mentions, sent).get(moved, (moved,))
                         if s.key != m.key]  # "…, a move Kiev condemned"; "South Korean and U.S. forces launched …
                # exercises, drills that Pyongyang has condemned": both
            if not pairs and roles.sources \
                    and (doer := attacker_of_that_attack(doc, sent, verb, roles.sources[0], events)) is not None:
                pairs = [(s, doer) for s in roles.sources]  # "… dan Doha mengecam serangan itu": the attacker
            if not pairs and roles.sources \
                    and (asker := author_of_that_request(doc, sent, verb, roles.sources[0], events)) is not None:
                pairs = [(s, asker) for s in roles.sources]  # "…, namun permintaan itu ditolak Jakarta"
            if not pairs and roles.sources \
                    and (mover := author_of_that_move(doc, sent, verb, roles.sources[0], events)) is not None:
                pairs = [(s, mover) for s in roles.sources]  # "…, and Tbilisi condemned the move"
            if not pairs and verb.sense.cameo in _ABOUT_AN_ATTACK:
                pairs = [(s, v) for s in roles.sources for v in _victim_of_attack_named_after(doc, sent, verb, s, events)]
            if not pairs and (verb.sense.cameo[:2] == "14" or verb.sense.cameo == "082") \
                    and not (mutual and len(roles.sources) > 1):  # (dissent eased, a strike called off: the same)
                pairs = [(s, t) for s in roles.sources for t in protested(sent, verb, s, LIGHT_VERBS, roles.voice,
                                                                            kb.language(doc.lang).actors)]
            if not pairs and (verb.sense.cameo.startswith(_ON_THE_PEOPLE)
                              or verb.sense.cameo.startswith("173") and counted_people(sent, verb)):
                pairs = [(s, population(s, doc.lang)) for s in roles.sources if s.sector in STATE and s.key != "IGO"]
            if len(source_keys) > 1 and accused_each_other(sent, verb):  # "accused each other of shelling civilian
                pairs = [(s, t) for s in roles.sources for t in roles.sources if s.key != t.key]  # areas": at each other
            reciprocal = len(roles.sources) > 1 and verb.sense.cameo != "045" and (  # (co-mediators: no pair)
                mutual or verb.sense.cameo[:2] in _RECIPROCAL_ROOTS and not (
                    verb.sense.cameo.startswith(_ONE_WAY) and _transitive(verb.text, doc.lang)))
            sides = len(source_keys) > 1 or each_other and len({(s.key, s.sector) for s in roles.sources}) > 1
            if reciprocal and pairs and sides \
                    and (each_other or all(_one_of(t, roles.sources) for _, t in pairs)):
                pairs = []  # "Palestinians and Israelis failed to reach agreement on Palestinian offices"; "saling
                # menuduh membantu Taliban": each other, not the Taliban
            if reciprocal and pairs and all(t.location for _, t in pairs) \
                    and len({(s.key, s.sector) for s in roles.sources}) > 1:
                pairs = []  # "Pasukan Suriah dan pemberontak bertempur di Idlib": each other, not the town
            joint = not pairs and reciprocal and not _given_to_someone(sent, verb)
            if joint:
                pairs = [(s, t) for s in roles.sources for t in roles.sources if s is not t]
            pairs = pairs + _partners_in_turn(sent, verb, pairs)
            if verb.sense.cameo.startswith("045") and pairs and all(t.placed for _, t in pairs):
                pairs = []  # "talks brokered by Saudi Arabia" after "committing to protect civilians": not those
            if not pairs and verb.sense.cameo.startswith("045"):  # "… yang dimediasi Turki dan PBB": the parties
                pairs = [(s, t) for s in roles.sources  # that talk or agree in the sentence
                         for t in mediated_parties(sent, verb, lambda v: assign(sent, v, doc.lang, speech))
                         if t.key != s.key]
            if verb.sense.cameo.startswith("045"):  # an official the text gives no country mediates between two
                sides = {m.key for m in roles.targets}  # countries, not for one of them ("The emir launched a
                pairs = [(s, t) for s, t in pairs if not (s.placed and s.key in sides and len(sides) > 1)]  # mediation
                # effort between the Emirates and Saudi Arabia": no event)
            modality = event_modality(sent, verb, roles.clause_start, speech) if pairs else ""
            announced = bool(pairs) and modality_of(sent, verb.start, roles.clause_start, speech) == "future" \
                and not aimed(sent, verb) and (doc.lang == "en" or states_it(sent, verb, speech)) \
                and not to_be_done(before, len(before))  # ("to be hosted by Macron": no one states an intent)
            if modality == "future" and (kb.cameo.announced(verb.sense.cameo) or "").startswith("03") \
                    and doc.lang != "en" and on_condition(sent, verb):  # (the English wire gold codes the intent)
                modality, announced = "hypothetical", False  # a conditional promise ("akan dukung …, apabila …")
            for source, target in pairs:
                if target.location and target.sector:
                    target = replace(target, sector="")  # "martial law in Baghdad": the place, not its government
                if source.key == target.key and source.kind != "unknown" and (source.sector == target.sector
                                                                              and not two_parties(sent, source, target)
                                                 or source.text == target.text
                                                 or (target.kind in ("country", "metonym") or target.kind == "anaphor"
                                                     and target.sector in ("", "GOV")
                                                     and not target.text.endswith("nya"))  # "di negaranya"
                                                 and source.kind in ("person", "agent", "metonym", "country", "pronoun",
                                                                     "anaphor")
                                                 and source.sector in ("GOV", "MIL", "") and doc.lang != "en") \
                        and not target.location:
                    continue  # an actor acting on itself, or a government on its own country ("Putin Tawarkan
                    # Perisai Udara Rusia"); but a state may act on a region of its own
                if target.location and target.key == source.key and verb.sense.cameo[:2] == "04":
                    continue  # "Jokowi menyambangi lokasi kebakaran di Riau": a visit at home
                if verb.sense.abroad and (target.key == source.key or not target.location and target.kind != "country"
                                          or source.kind == "country"):
                    continue  # "polisi tiba di lokasi", "tiba di Lanud Halim": an arrival, not a visit abroad; a
                    # country does not arrive ("menyelundup masuk Palestina … sebelum tiba di Israel")
                if target.key == source.key and (target.kind == "agent" and target.text.lower().endswith("nya") or (
                        verb.sense.cameo.startswith("016") and target.sector == "MIL" != source.sector
                        and target.end < len(sent.tokens) and verb_like(sent.tokens[target.end].lower))):
                    continue  # "Myanmar terus menyangkal pasukannya melakukan pembersihan etnis", "Suu Kyi membantah
                    # militer Myanmar melakukan genosida": its own forces, whose act is denied
                if verb.sense.cameo.startswith("042") and source.sector == "CVL" and target.kind in TEAM_KINDS:
                    continue  # "warga Indonesia saat bertandang ke Jepang": travel, not a visit between parties
                if source.sector == "BUS" and (verb.sense.cameo[:2] in FORCE_ROOTS or verb.sense.cameo == "145"):
                    continue  # "carmaker BYD stormed into Europe": a company's campaign is no assault
                if (verb.sense.cameo[:2] == "14" and verb.sense.cameo != "145" or verb.sense.cameo == "082") \
                        and source.sector in ("COP", "MIL"):
                    continue  # "polisi … mengatur lalu lintas di lokasi demo": police and soldiers guard protests;
                    # "Polisi menghentikan aksi unjuk rasa" is no dissent eased
                sense = recode(doc, kb, sent, verb, roles, source, target, joint)
                key = (source.key, source.sector, target.key, target.sector, sense.cameo)
                if key in coded:
                    if modality not in TOLD or coded[key].modality in TOLD:
                        continue
                    events = [e for e in events if e is not coded[key]]  # "Trump Bakal Soroti Penahanan Warga
                    # Uighur …" in the headline, the detention coded as done in the text: coded once, as done
                coded[key] = make_event(doc, kb, sent, replace(verb, sense=sense), source, target, modality)
                events.append(coded[key])
                also = [(kind, "listed") for kind in listed_kinds(sent, verb, kb.language(doc.lang).aid_kinds)] \
                    + [(kind, "on protesters") for kind in repression(sent, source, target, sense.cameo)]
                for kind, why in also:  # "bantuan militer, kemanusiaan, dan anggaran": humanitarian and budget aid
                    coded[key[:4] + (kind,)] = make_event(doc, kb, sent, replace(verb, sense=replace(  # too; "police
                        sense, cameo=kind, rule=f"{sense.rule} ({why}: {kind})")), source, target, modality)
                    events.append(coded[key[:4] + (kind,)])  # opened fire on protesters": repression too
                statement = kb.cameo.announced(sense.cameo) if modality == "future" and announced \
                    and verb.sense.voice != "passive" and (verb.sense.voice != "noun" or sent.tokens[
                        verb.start - 1].lower in LIGHT_VERBS) and not accused_of(sent, verb) \
                    and not demanded_of(sent, verb, source) else None  # (not what Russia says Georgia prepares, nor
                # what is about to be done to someone, "saat akan ditangkap penyidik KPK", nor what another asks)
                if (statement or modality == "negated" and will(sent, verb, roles.clause_start)) \
                        and unless(sent, verb):
                    statement = "130"  # "will withdraw its force from Chad unless …", "won't allow … unless"
                elif statement and troops_sent_to_help(sent, verb, target):
                    statement = "0312"
                if statement and (key[:4] + (statement,)) not in coded:
                    # "X akan memberi Y bantuan" states an intent (033); "X will boycott Y" is a threat (1312)
                    what = "stated intent" if statement.startswith("03") else "threat"
                    stated = replace(sense, cameo=statement, rule=f"{sense.rule} ({what}: {statement})")
                    coded[key[:4] + (statement,)] = make_event(doc, kb, sent, replace(verb, sense=stated), source,
                                                               target, "asserted")
                    events.append(coded[key[:4] + (statement,)])
        events += pattern_events(doc, kb, sent, coded, events)
        history += [m for m in sent.mentions if not m.location]
        previous = [m for m in sent.mentions if not m.location]
    doc.events = drop_sports(doc, kb, drop_generic(events))
    return doc


_ABOUT_AN_ATTACK = {"015", "016"}  # claiming or denying responsibility: towards the attack's victim


_TIES = ("050", "057")  # relations normalised, agreements signed: both sides do it
_SIGNING = ("sign", "menandatangani", "meneken", "teken", "tandatangani", "normalis", "normaliz", "menormalisasi",
            "normalisasi")


def _partners_in_turn(sent: Sentence, verb: VerbMatch, pairs: list) -> list:
    """ "signed a security pact with China", "normalising relations with Israel": the partner named after "with"
    signs or normalises too."""
    if not verb.sense.cameo.startswith(_TIES) or not verb.text.lower().startswith(_SIGNING):
        return []  # (not "berupaya mencapai kesepakatan dengan UE", "memperbaiki hubungan dengan Korsel": aims)
    return [(t, s) for s, t in pairs if not t.location and t.start > 0 and sent.tokens[t.start - 1].lower
            in ("with", "dengan") and (t, s) not in pairs and t.key != s.key]


def _victim_of_attack_named_after(doc: Doc, sent: Sentence, verb: VerbMatch, source: Mention,
                                  earlier: list[Event]) -> list[Mention]:
    """ "Taliban mengaku bertanggung jawab atas serangan itu": the claim is about the attack's victim."""
    attack = next((v for v in sent.verbs if v.sense.cameo[:2] in VIOLENT_ROOTS
                   and 0 <= v.start - verb.end <= 4), None)
    found = attack and attack_victim(doc, sent, attack, source.key, earlier)
    return [found[0]] if found else []


def _named_group(target: Mention, source: Mention) -> bool:
    """A named party or armed group of the source's own country, coordinated with a foreign target ("menuding
    Iran dan kelompok Hizbullah"): a target too, unlike the source's country itself ("mempererat hubungan
    Indonesia dan Ethiopia")."""
    return target.kind == "org" and target.sector not in ("", "GOV", source.sector)
