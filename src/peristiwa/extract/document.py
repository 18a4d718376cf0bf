"""The document object that the pipeline steps annotate, and its parts."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from peristiwa.lexicon.knowledge import VerbSense
from peristiwa.records import Article, Event, Quote
from peristiwa.text.tokens import Token


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: tokens [start, end) of its sentence, resolved to a country, sector or IGO."""

    start: int
    end: int
    text: str
    country: str
    sector: str = ""
    igo: str | None = None
    kind: str = "country"
    person: str = ""
    location: bool = False  # "di Jakarta", "in Kabul": a place, not an actor
    also: tuple["Mention", ...] = ()  # the other members of a plural reference ("keduanya", "both")
    placed: bool = False  # its country is the article's main one, not one the text gave it ("pemerintah")

    @property
    def key(self) -> str:
        return f"IGO:{self.igo}" if self.country == "IGO" else self.country


@dataclass(frozen=True, slots=True)
class VerbMatch:
    start: int
    end: int
    text: str
    sense: VerbSense
    clitic: bool = False  # "menuduhnya": the object is the pronoun -nya
    reach: int = 0  # for a verb that codes only with its object ("lifted a night curfew"): where the object ends


@dataclass
class Sentence:
    index: int
    start: int  # character offsets in the article text
    end: int
    text: str
    tokens: list[Token]
    mentions: list[Mention] = field(default_factory=list)
    verbs: list[VerbMatch] = field(default_factory=list)
    dates: list[tuple[int, str]] = field(default_factory=list)  # (token index, ISO date) found in it
    lang: str = "id"

    @property
    def headline(self) -> bool:
        """A title-case line without a closing stop ("Trump Klaim …"); a sentence full of names ends with one."""
        if self.text.rstrip().endswith("."):
            return False
        words = [t for t in self.tokens if t.text.isalpha()]
        return len(words) >= 3 and sum(t.is_title for t in words) >= 0.7 * len(words)


@dataclass(frozen=True, slots=True)
class Roles:
    """Who did one event verb's act (sources) to whom (targets), as role assignment reads them."""

    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]
    clause_start: int  # token index where the source ends, for modality
    voice: str


@dataclass(frozen=True, slots=True)
class PersonInfo:
    """A person the article introduced by title ("Menteri Pertahanan Rusia Sergei Shoigu")."""

    name: str
    country: str
    sector: str
    igo: str | None = None


@dataclass
class Doc:
    article: Article
    text: str
    lang: str = ""
    date: date | None = None
    story_day: str | None = None  # the day the story is about, for sentences that name none
    story_sentence: int | None = None  # the index of the sentence that names it
    sentences: list[Sentence] = field(default_factory=list)
    people: dict[str, PersonInfo] = field(default_factory=dict)  # surname (lower) → person seen in the text
    written: dict[str, str] = field(default_factory=dict)  # known person → their full name as the text spells it
    strangers: dict[str, str] = field(default_factory=dict)  # a known surname → the other person the text
    # gave it to ("ismail" → "Ismail Fahmi", not Egypt's Sherif Ismail)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
