"""The record types that cross the package's boundaries: an input article and its coded result.

The output record follows the gold schema of the annotation guide (`id`, `events`, `quotes`, with the
same field names) and adds, for each event, its Goldstein score, quad class, sentence index, character
span, the lexicon rule that fired, and the article's language, title and date.
"""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Article(BaseModel):
    """One news article as read by `peristiwa.ingest`."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    title: str = ""
    date: str | None = None  # ISO date (YYYY-MM-DD) when known from metadata
    url: str = ""
    source: str = ""
    lang: str | None = None  # ISO 639-1 when known; detected otherwise
    origin: str = ""  # the file (and line) the article came from, for error messages


class ActorRef(BaseModel):
    """An actor as the gold schema writes it: text as found, ISO-3 country (or IGO), sector."""

    text: str
    country: str
    sector: str = ""
    igo: str | None = None

    @property
    def code(self) -> str:
        """The actor's code as the store and the scorer use it: ISO-3, or IGO:<name>."""
        return f"IGO:{self.igo}" if self.country == "IGO" else self.country


class Event(BaseModel):
    source: ActorRef
    target: ActorRef
    cameo: str
    root: str
    plover: str
    date: str | None
    modality: str = "asserted"
    evidence: str
    goldstein: float
    quad_class: int
    sentence_index: int
    span: tuple[int, int] = Field(description="character offsets of the evidence sentence in the text "
                                              "(in the title when in_title is true)")
    rule: str = Field(description="the lexicon entry or pattern that fired")
    in_title: bool = False


class Quote(BaseModel):
    speaker: str
    country: str = ""
    sector: str = ""
    start: str
    text: str
    span: tuple[int, int]
    sentence_index: int
    in_title: bool = False


class ArticleResult(BaseModel):
    id: str
    lang: str
    title: str = ""
    date: str | None = None
    url: str = ""
    source: str = ""
    events: list[Event] = []
    quotes: list[Quote] = []
