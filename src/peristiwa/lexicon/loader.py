"""Load and validate the lexicon files, and compile them into `Knowledge`."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from babel import Locale
from pydantic import BaseModel, ValidationError

from peristiwa.lexicon.knowledge import (
    ActorEntry,
    Knowledge,
    LanguageKnowledge,
    Role,
    VerbSense,
)
from peristiwa.lexicon.matcher import spellings
from peristiwa.lexicon.schema import (
    AgentRow,
    CountryNamesRow,
    CountryRow,
    FormerNameRow,
    LexiconError,
    OrganisationRow,
    PersonRow,
    PlaceRow,
    SuccessionRow,
    VerbEntry,
    parse_date,
    split_cell,
)
from peristiwa.ontology.cameo import cameo_table
from peristiwa.text.morphology import english_forms, indonesian_forms
from peristiwa.text.tokens import words

LANGUAGES = ("id", "en")


def data_dir() -> Path:
    return Path(str(resources.files("peristiwa.lexicon").joinpath("data")))


def read_tsv(path: Path, model: type[BaseModel]) -> list:
    """Rows of a TSV file validated by `model`; raises LexiconError naming the file and line."""
    rows = []
    with path.open(encoding="utf-8") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return rows
    header = lines[0][1].rstrip("\n").split("\t")
    for n, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise LexiconError(str(path), n, f"{len(cells)} columns, the header has {len(header)}")
        try:
            rows.append(model(**dict(zip(header, cells))))
        except (ValidationError, ValueError) as exc:
            raise LexiconError(str(path), n, _reason(exc)) from None
    return rows


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice in one mapping: the second would silently replace the first (an
    entry with two `nouns:` lines keeps only the last)."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key '{key}'", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _load_yaml(path: Path):
    """The YAML file's content; bad YAML or a repeated key is reported with the file, line and reason."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        raise LexiconError(str(path), line, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None


def read_verbs(path: Path) -> list[VerbEntry]:
    raw = _load_yaml(path) or []
    if not isinstance(raw, list):
        raise LexiconError(str(path), 1, "the file must be a list of entries")
    entries = []
    for n, item in enumerate(raw, 1):
        try:
            entries.append(VerbEntry(**item))
        except (ValidationError, ValueError, TypeError) as exc:
            raise LexiconError(str(path), n, f"entry {n}: {_reason(exc)}") from None
    return entries


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err.get("loc", ()))
        return f"{where}: {err['msg']}" if where else err["msg"]
    return str(exc)


def _clean_cldr(name: str) -> list[str]:
    """CLDR names such as 'Myanmar (Burma)' or 'Kongo - Kinshasa' yield their usable parts."""
    if " - " in name:
        return []
    base = re.sub(r"\s*\(.*?\)", "", name).strip()
    inner = re.findall(r"\((.*?)\)", name)
    return [n for n in [base, *inner] if n]


def _add_countries(lk: LanguageKnowledge, root: Path, countries: list[CountryRow]) -> None:
    cldr = Locale(lk.lang).territories
    for row in countries:
        for name in _clean_cldr(cldr.get(row.iso2, "")):
            lk.actors.add(name, ActorEntry("country", row.iso3))
    known = {c.iso3 for c in countries}
    path = root / lk.lang / "countries.tsv"
    for n, row in enumerate(read_tsv(path, CountryNamesRow), 2):
        if row.iso3 not in known:
            raise LexiconError(str(path), n, f"unknown country {row.iso3}")
        for name in split_cell(row.names):
            lk.actors.add(name, ActorEntry("country", row.iso3))
        for name in split_cell(row.adjectives):
            lk.actors.add(name, ActorEntry("adjective", row.iso3))
        for name in split_cell(row.metonyms):
            name, _, sector = name.partition("=")
            lk.actors.add(name.strip(), ActorEntry("metonym", row.iso3, sector.strip() or "GOV"))


def _add_places(lk: LanguageKnowledge, path: Path, known: set[str]) -> None:
    """Sub-national places ("Idlib", "Jawa Timur"): where events happen, and whose country an agent there
    belongs to; never actors themselves."""
    for n, row in enumerate(read_tsv(path, PlaceRow), 2):
        if row.country not in known:
            raise LexiconError(str(path), n, f"unknown country {row.country}")
        for name in split_cell(row.names):
            lk.actors.add(name, ActorEntry("place", row.country))


def _add_people(lk: LanguageKnowledge, people: dict[str, tuple[Role, ...]], aliases: dict[str, set[str]]) -> None:
    """Each name and alias of each office holder; an alias several people share ("Raja Abdullah": the Saudi
    king until 2015, Jordan's king after) names all of them, "|"-joined, for the article's date to choose."""
    holders: dict[str, list[str]] = {}
    for person in people:
        for name in aliases[person]:
            holders.setdefault(name, []).append(person)
    for name, persons in holders.items():
        lk.actors.add(name, ActorEntry("person", person="|".join(persons)))


def _add_verbs(lk: LanguageKnowledge, path: Path) -> None:
    nouns = []
    for entry in read_verbs(path):
        label = (entry.stems or entry.lemmas or entry.forms or entry.passive or entry.nouns)[0]
        rule = f"{lk.lang}:{entry.cameo}:{label}"
        lk.examples.append((entry.example, entry.cameo, rule))
        active, passive = list(entry.forms), list(entry.passive)
        for stem in entry.stems:
            a, p = indonesian_forms(stem)
            active += a
            passive += p
        for lemma in entry.lemmas:
            a, p = english_forms(lemma)
            active += a
            passive += p
        if lk.lang == "en":  # English voice is read from context ("was attacked by")
            active, passive = active + passive, []
        objects = tuple(tuple(words(o)) for o in entry.objects)
        purposes = tuple(entry.purposes.items())
        for voice, forms in (("active", active), ("passive", passive)):
            for form in dict.fromkeys(forms):
                sense = VerbSense(entry.cameo, voice, rule, entry.armed, entry.military, objects, entry.verbal,
                                  purposes, entry.object_next, entry.state, entry.abroad, entry.object_before)
                if objects:  # (the matchers add the other spellings themselves: "bekerjasama dengan")
                    for key in spellings(tuple(words(form))):
                        lk.object_verbs.setdefault(key, []).append(sense)
                else:
                    lk.verbs.add(form, sense)
        nouns += [(noun, VerbSense(entry.cameo, "noun", rule, entry.armed, entry.military, (), entry.verbal, purposes,
                                   state=entry.state)) for noun in entry.nouns]
    if lk.lang == "id":  # the plural by reduplication of the head: "sanksi-sanksi ekonomi", "serangan-serangan"
        nouns += [(plural, sense) for noun, sense in nouns if (plural := _reduplicated(noun))]
        lk.verbs.plurals = True
    for noun, sense in nouns:  # verbs take precedence over nouns of the same spelling
        lk.verbs.add(noun, sense)
    # one-word nouns in any spelling ("kerjasama"), read with a possessive -nya
    lk.noun_words = frozenset(key[0] for noun, _ in nouns for key in spellings(tuple(words(noun))) if len(key) == 1)


def _reduplicated(phrase: str) -> str:
    """ "sanksi ekonomi" -> "sanksi-sanksi ekonomi" (its first word, a noun's head, in the plural); nothing for
    a word that is no plain word. (A verb's object in the plural, "mengumumkan sanksi-sanksi", the matcher reads.
    Only nouns are listed here: read at any word, reduplication would take "Undang-undang" for the verb stem
    "undang", and only the loader knows which entries are nouns.)"""
    head, _, rest = phrase.partition(" ")
    return f"{head}-{head} {rest}".strip() if head.isalpha() else ""


def read_cues(lk: LanguageKnowledge, path: Path) -> None:
    """Cue word lists (`speech`, `blame`, `blame_origin`, `attack_origin`, `sports`, `teams`, `obligation`, `realise`,
    `calling` with `praised_as` and `disparaged_as`, `armed_means`, `aerial_means`, `party_acronyms`, `aid_kinds`,
    `charges`) for the
    sentence-level patterns, and `not_actors` / `not_events`: phrases that hold an actor or event word but name
    none, matched (longest first) only to be dropped."""
    raw = _load_yaml(path) or {}
    for key in ("speech", "blame"):
        values = raw.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            raise LexiconError(str(path), 1, f"'{key}' must be a list of words")
    lk.speech = frozenset(v.lower() for v in raw["speech"])
    lk.obligation = frozenset(v.lower() for v in _word_list(raw, "obligation", path))
    lk.realise = frozenset(v.lower() for v in _word_list(raw, "realise", path))
    lk.sports = frozenset(v.lower() for v in _word_list(raw, "sports", path))
    lk.teams = frozenset(v.lower() for v in _word_list(raw, "teams", path))
    lk.calling = frozenset(v.lower() for v in _word_list(raw, "calling", path))
    lk.armed_means = frozenset(v.lower() for v in _word_list(raw, "armed_means", path))
    lk.aerial_means = frozenset(v.lower() for v in _word_list(raw, "aerial_means", path))
    lk.party_acronyms = frozenset(_word_list(raw, "party_acronyms", path))  # as written: "PBB"
    lk.calling_re = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(lk.calling))) + r")\b",
                               re.IGNORECASE) if lk.calling else None
    for cue in raw["blame"]:
        lk.blame.add(cue, cue)
    for key in ("blame_origin", "attack_origin"):
        for cue in _word_list(raw, key, path):
            getattr(lk, key).add(cue, cue)
    for key, code in (("praised_as", "051"), ("disparaged_as", "111")):
        for phrase in _word_list(raw, key, path):
            lk.called.add(phrase, code)
    for phrase in _word_list(raw, "not_actors", path):
        lk.actors.add(phrase, ActorEntry("none"))
    for phrase in _word_list(raw, "not_events", path):
        lk.verbs.add(phrase, VerbSense("", "noun", "not an event"))  # matched only to be dropped
    for key in ("appeal_content", "charges"):
        content = raw.get(key) or {}
        if not isinstance(content, dict):
            raise LexiconError(str(path), 1, f"'{key}' must map CAMEO codes to lists of words")
        for code, phrases in content.items():
            if str(code) not in cameo_table():
                raise LexiconError(str(path), 1, f"{key}: unknown CAMEO code {code!r}")
            for phrase in _word_list(content, code, path):
                getattr(lk, key).add(phrase, str(code))
    kinds = raw.get("aid_kinds") or {}
    if not isinstance(kinds, dict) or any(str(code)[:2] != "07" or str(code) not in cameo_table() for code in kinds):
        raise LexiconError(str(path), 1, "'aid_kinds' must map CAMEO 07x codes to lists of words")
    lk.aid_kinds = {word.lower(): str(code) for code in kinds for word in _word_list(kinds, code, path)}


def _word_list(raw: dict, key: str, path: Path) -> list[str]:
    """An optional list of words or phrases from a cue file."""
    values = raw.get(key) or []
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise LexiconError(str(path), 1, f"'{key}' must be a list of words or phrases")
    return values


def load_people(*paths: Path) -> tuple[dict[str, tuple[Role, ...]], dict[str, set[str]]]:
    """Office holders from `common/people.tsv` and the regional files beside it (`common/people/*.tsv`)."""
    roles: dict[str, list[Role]] = {}
    aliases: dict[str, set[str]] = {}
    for row in (row for path in paths for row in read_tsv(path, PersonRow)):
        igo = row.office.split(":", 1)[0].strip() if row.country == "IGO" and ":" in row.office else None
        roles.setdefault(row.name, []).append(
            Role(row.country, row.sector, igo, parse_date(row.start, end=False), parse_date(row.end, end=True), row.office))
        aliases.setdefault(row.name, {row.name}).update(split_cell(row.aliases))
    ordered = {name: tuple(sorted(r, key=lambda role: role.start or parse_date("1900", end=False))) for name, r in roles.items()}
    return ordered, aliases


def surname_index(aliases: dict[str, set[str]], ambiguous: frozenset[str] = frozenset(),
                  taken: frozenset[str] = frozenset(), people: dict | None = None) -> dict[str, str]:
    """Surnames (last word of the full name) that belong to exactly one known person and are not also
    ordinary words ("May", "Price"), nor `taken` (surnames of the main people file, which keep theirs), nor
    the family name that opens a Korean or Chinese name ("Kim" is not only Sung Kim: Kim Jong Un is one)."""
    owners = _surname_owners(aliases)
    families = _family_names(people or {})
    return {surname: next(iter(p)) for surname, p in owners.items()
            if len(p) == 1 and len(surname) > 2 and surname not in ambiguous and surname not in taken
            and surname not in families}


_FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK"}  # where the family name comes first


def _family_names(people: dict) -> set[str]:
    """The family names that open Chinese and Korean names ("kim" of Kim Jong Un): no one's surname alone."""
    return {person.split()[0].lower() for person, roles in people.items()
            if len(person.split()) > 1 and any(r.country in _FAMILY_FIRST for r in roles)}


def _surname_owners(aliases: dict[str, set[str]]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for person in aliases:
        parts = person.split()
        if len(parts) > 1:
            owners.setdefault(parts[-1].lower(), set()).add(person)
    return owners


def load_all_people(root: Path, ambiguous: frozenset[str]) -> tuple[dict, dict, dict[str, str]]:
    """Office holders from `common/people.tsv` and the regional files in `common/people/`, with the surname
    index. A surname a regional person shares with someone in the main file stays that person's ("Harris"
    is Kamala Harris, not a premier of Saint Kitts and Nevis)."""
    people, aliases = load_people(root / "common" / "people.tsv")
    regional, regional_aliases = load_people(*sorted((root / "common" / "people").glob("*.tsv")))
    surnames = surname_index(aliases, ambiguous, people=people)
    surnames.update(surname_index(regional_aliases, ambiguous, frozenset(_surname_owners(aliases)), people))
    for name, roles in regional.items():
        people[name] = tuple(sorted(people.get(name, ()) + roles,
                                    key=lambda r: r.start or parse_date("1900", end=False)))
        aliases.setdefault(name, set()).update(regional_aliases[name])
    return people, aliases, surnames


def shared_surnames(aliases: dict[str, set[str]], ambiguous: frozenset[str],
                    people: dict) -> dict[str, tuple[str, ...]]:
    """Surnames that several known people share ("Clinton", "Bush"), for `Knowledge.titled` (not ordinary words
    nor a Korean or Chinese family name)."""
    families = _family_names(people)
    return {surname: tuple(sorted(p)) for surname, p in _surname_owners(aliases).items()
            if len(p) > 1 and len(surname) > 2 and surname not in ambiguous and surname not in families}


def read_word_list(path: Path) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def load_knowledge(root: Path | None = None) -> Knowledge:
    """Read every lexicon file under `root` (the package's data by default) and compile the matchers."""
    root = root or data_dir()
    countries = read_tsv(root / "common" / "countries.tsv", CountryRow)
    ambiguous = read_word_list(root / "common" / "ambiguous_surnames.txt")
    people, aliases, surnames = load_all_people(root, ambiguous)
    languages = {}
    for lang in LANGUAGES:
        lk = LanguageKnowledge(lang)
        _add_countries(lk, root, countries)
        for row in read_tsv(root / lang / "organisations.tsv", OrganisationRow):
            for name in split_cell(row.names):
                lk.actors.add(name, ActorEntry("org", row.country, row.sector, row.igo or None))
                if row.abroad:
                    lk.abroad[name.lower()] = row.abroad
        for row in read_tsv(root / lang / "agents.tsv", AgentRow):
            for name in split_cell(row.names):
                lk.actors.add(name, ActorEntry("agent", "", row.sector))
        _add_places(lk, root / "common" / "places.tsv", {c.iso3 for c in countries})
        _add_people(lk, people, aliases)
        _add_verbs(lk, root / lang / "verbs.yaml")
        read_cues(lk, root / lang / "cues.yaml")
        languages[lang] = lk
    successions = {row.iso3: (parse_date(row.since, end=False), row.before)
                   for row in read_tsv(root / "common" / "successions.tsv", SuccessionRow)}
    former = {row.name.lower(): (parse_date(row.until, end=False), row.iso3)
              for row in read_tsv(root / "common" / "former_names.tsv", FormerNameRow)}
    return Knowledge(cameo_table(), people, surnames, languages, successions, former,
                     shared_surnames(aliases, ambiguous, people))


@lru_cache(maxsize=1)
def default_knowledge() -> Knowledge:
    """The package's knowledge, loaded once per process (read-only after loading)."""
    return load_knowledge()
