"""The compiled knowledge the extractor consults: actor and verb matchers per language, people's roles."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from peristiwa.lexicon.matcher import PhraseMatcher
from peristiwa.ontology.cameo import FORCE_ROOTS, CameoTable


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """What an actor phrase denotes. kind: country, adjective, metonym, org, agent, person, or "none" for a
    phrase that contains an actor word but names no actor ("masyarakat internasional")."""

    kind: str
    country: str = ""
    sector: str = ""
    igo: str | None = None
    person: str = ""  # the person's canonical name, for kind == "person"

    def is_role(self) -> bool:
        """A role word ("anggota dewan"), which yields to a longer name starting inside it ("Dewan Keamanan PBB")."""
        return self.kind == "agent"


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    sector: str
    igo: str | None
    start: date | None
    end: date | None
    office: str


@dataclass(frozen=True, slots=True)
class VerbSense:
    """A surface form of an event verb or noun. voice: active, passive or noun."""

    cameo: str
    voice: str
    rule: str
    armed: str = ""  # the code when the target is an armed force or group ("mendukung pemberontak": 070)
    military: str = ""  # the code when the source is a military ("Serb forces killed …": 190)
    objects: tuple[tuple[str, ...], ...] = ()  # object phrases the verb needs ("lifted a night curfew")
    verbal: str = ""  # the code when a politician attacks a person or institution ("menyerang Direktur FBI": 111)
    purposes: tuple[tuple[str, str], ...] = ()  # (what it is done to do, the code then): ("menjelaskan", "101")
    object_next: bool = False  # the object follows right after the verb, past only names and articles
    state: str = ""  # the code when a state does it to another country's actor ("Seoul protested …": 114)
    abroad: bool = False  # only with another country, or a place in one, as target ("tiba di Moskow")
    object_before: bool = False  # a passive whose object is its subject, a few words before ("Dubes … dipanggil")


@dataclass
class LanguageKnowledge:
    lang: str
    actors: PhraseMatcher[ActorEntry] = field(default_factory=PhraseMatcher)
    # a count may follow the verb of an act of force ("membakar sedikitnya 300 desa", "fired two missiles at") or of
    # signing ("menandatangani sebelas nota kesepahaman")
    verbs: PhraseMatcher[VerbSense] = field(default_factory=lambda: PhraseMatcher(
        time_gaps=True, counted=lambda sense: sense.cameo[:2] in FORCE_ROOTS or sense.cameo in ("1712", "057")))
    # (not arrests and seizures: "menetapkan tiga tersangka", "Tahan Dua Kapal" name whom they befall)
    # verbs that code only with an object a few words on: surface form (words) → senses, each with objects
    object_verbs: dict[tuple[str, ...], list[VerbSense]] = field(default_factory=dict)
    examples: list[tuple[str, str, str]] = field(default_factory=list)  # (sentence, cameo, rule)
    noun_words: frozenset[str] = frozenset()  # one-word event nouns, also read with a possessive -nya
    speech: frozenset[str] = frozenset()  # verbs of saying and claiming
    obligation: frozenset[str] = frozenset()  # "must", "harus": "X said Y must …" is a demand
    realise: frozenset[str] = frozenset()  # "harus menyadari", "must understand": a rebuke, not a demand
    blame: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "dalang", "berada di balik"
    blame_origin: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "(serangan itu) disponsori oleh"
    attack_origin: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "(serangan itu) berasal dari"
    calling: frozenset[str] = frozenset()  # "menyebut", "called": "X menyebut Y sebagai …" characterises Y
    calling_re: re.Pattern | None = None  # the same words as one pattern, to skip sentences without them fast
    # what Y is called, and the code that makes of the calling: praise (051) or disparagement (111)
    called: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    sports: frozenset[str] = frozenset()  # words that mark a sports report ("laga", "gol", "striker")
    teams: frozenset[str] = frozenset()  # "timnas", "national team": a country named beside them is its team
    # what a general appeal (020) asks for → its specific code ("meminta X untuk membebaskan …": 0253)
    appeal_content: PhraseMatcher[str] = field(default_factory=PhraseMatcher)
    charges: PhraseMatcher[str] = field(default_factory=PhraseMatcher)  # "menerima suap" → accused of it: 1121
    aid_kinds: dict[str, str] = field(default_factory=dict)  # "kemanusiaan" → 073: kinds of aid listed together
    armed_means: frozenset[str] = frozenset()  # weapons and strikes: "serangan udara AS" acts through its forces
    aerial_means: frozenset[str] = frozenset()  # weapons from the air: an attack told beside them is 195
    party_acronyms: frozenset[str] = frozenset()  # "PBB" listed among parties is a party, not the UN
    # organisation names that stand for another country's body in a story about it: name (lower) → country
    abroad: dict[str, str] = field(default_factory=dict)


@dataclass
class Knowledge:
    cameo: CameoTable
    people: dict[str, tuple[Role, ...]]
    surnames: dict[str, str]  # unambiguous surname (lower) → person
    languages: dict[str, LanguageKnowledge]
    successions: dict[str, tuple[date, str]] = field(default_factory=dict)  # new state → (independence, before)
    former_names: dict[str, tuple[date, str]] = field(default_factory=dict)  # "congo" → (1997-05-17, "COG")
    shared_surnames: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "clinton" → (Bill, Hillary)

    def titled(self, surname: str, sector: str, on: date | None) -> str:
        """Of the people who share a surname, the only one in an office of the title's sector on `on`, for the
        surname after a title ("President Clinton" in 1996 is Bill Clinton; "Presiden Yudhoyono" in 2019 is
        none: his son sits in parliament then, not in government); else none."""
        if on is None or not sector:
            return ""
        serving = [p for p in self.shared_surnames.get(surname, ())
                   if (r := self.role_of(p, on)) is not None and r.sector == sector]
        return serving[0] if len(serving) == 1 else ""  # (out of every term, role_of gives no sector)

    def state_on(self, country: str, on: date | None) -> str:
        """The state a country's territory belonged to on a date ("SSD" before 2011 is "SDN")."""
        since = self.successions.get(country)
        return since[1] if since and on and on < since[0] else country

    def named_on(self, name: str, country: str, on: date | None) -> str:
        """The country a bare name stood for on a date ("Congo" before 1997 is the Republic of the Congo: the
        Democratic Republic was Zaire)."""
        former = self.former_names.get(name.lower())
        return former[1] if former and on and on < former[0] else country

    def language(self, lang: str) -> LanguageKnowledge:
        return self.languages["en" if lang == "en" else "id"]

    def holder(self, persons: str, on: date | None, country: str = "") -> str:
        """Of the "|"-joined people an alias names, the one in office on `on` (else the nearest term's); of the
        given country's, where the text names it ("Saudi King Abdullah" in 2007, when Jordan had one too)."""
        if "|" not in persons:
            return persons
        candidates = persons.split("|")
        if country:
            candidates = [p for p in candidates if any(r.country == country for r in self.people.get(p, ()))] \
                or candidates
        if on is None:
            return candidates[-1]

        def distance(person: str) -> int:
            terms = [(r.start, r.end) for r in self.people.get(person, ())]
            return min((0 if (s is None or s <= on) and (e is None or on <= e) else
                        min(abs((on - d).days) for d in (s, e) if d is not None) for s, e in terms), default=10 ** 6)
        return min(candidates, key=distance)

    def role_of(self, person: str, on: date | None) -> Role | None:
        """The office `person` held on date `on`; outside every term, the nearest one without a sector."""
        roles = self.people.get(person)
        if not roles:
            return None
        if on is None:
            return roles[-1]
        best, distance = None, None
        for role in roles:
            if (role.start is None or role.start <= on) and (role.end is None or on <= role.end):
                if best is None or distance != 0 or _rank(role) < _rank(best):
                    best, distance = role, 0
                continue
            gap = min(abs((on - d).days) for d in (role.start, role.end) if d is not None)
            if distance is None or (distance != 0 and gap < distance):
                best, distance = role, gap
        if distance:
            return Role(best.country, "", best.igo, best.start, best.end, best.office)
        return best


_SECTOR_RANK = {"GOV": 0, "MIL": 1, "COP": 2, "JUD": 3, "LEG": 4, "SPY": 5}


def _rank(role: Role) -> int:
    return _SECTOR_RANK.get(role.sector, 9)
