"""The extraction pipeline: one `extract` function for the CLI, the API, the tests and the Spark job.

Each step takes the document and the read-only knowledge and returns the document annotated further:
language → sentences and tokens → dates → event verbs → actors → people introduced by their office → what a
country stands for → quotes → events → one code for one incident.
"""
from __future__ import annotations

from collections.abc import Callable

from peristiwa.extract.actors import find_actors
from peristiwa.extract.dates import date_sentences
from peristiwa.extract.document import Doc, Sentence
from peristiwa.extract.events import code_events
from peristiwa.extract.affiliation import affiliations
from peristiwa.extract.incidents import air_strikes
from peristiwa.extract.introductions import introduced_people
from peristiwa.extract.quotes import find_quotes, speakers_in_quotes
from peristiwa.extract.verbs import find_verbs
from peristiwa.extract.visits import both_sides_of_visits
from peristiwa.lexicon.knowledge import Knowledge
from peristiwa.lexicon.loader import default_knowledge
from peristiwa.records import Article, ArticleResult
from peristiwa.text.language import coding_language, detect_language
from peristiwa.text.sentences import split_sentences
from peristiwa.text.tokens import tokenize

Step = Callable[[Doc, Knowledge], Doc]


def read_language(doc: Doc, kb: Knowledge) -> Doc:
    doc.lang = doc.article.lang or detect_language(doc.text)
    return doc


def segment(doc: Doc, kb: Knowledge) -> Doc:
    doc.sentences = [Sentence(i, s.start, s.end, doc.text[s.start:s.end], tokenize(doc.text[s.start:s.end], s.start),
                              lang=coding_language(doc.lang))
                     for i, s in enumerate(split_sentences(doc.text))]
    return doc


STEPS: tuple[Step, ...] = (
    read_language,
    segment,
    lambda doc, kb: date_sentences(doc),
    find_verbs,
    find_actors,
    introduced_people,
    affiliations,
    find_quotes,
    lambda doc, kb: speakers_in_quotes(doc),
    code_events,
    air_strikes,
    both_sides_of_visits,
)


def analyse(article: Article, kb: Knowledge | None = None, steps: tuple[Step, ...] = STEPS) -> Doc:
    """Run the pipeline and return the annotated document (used by `explain`)."""
    kb = kb or default_knowledge()
    doc = Doc(article=article, text=_with_title(article))
    for step in steps:
        doc = step(doc, kb)
    return doc


def _with_title(article: Article) -> str:
    """The headline is coded too: it is analysed as the first line before the body."""
    if not article.text.strip():
        return article.title.strip()
    if article.title and not article.text.lstrip().startswith(article.title.strip()):
        return f"{article.title.strip()}\n{article.text}"
    return article.text


def _body_offset(article: Article, doc: Doc) -> int:
    return len(doc.text) - len(article.text) if article.text.strip() else len(doc.text) + 1


def extract(article: Article, kb: Knowledge | None = None) -> ArticleResult:
    """Code one article: its events (with evidence) and quotes, in the gold schema.

    Spans and sentence indexes refer to `article.text`; an event found in the headline has
    `in_title` set, a span into `article.title` and a negative sentence index.
    """
    doc = analyse(article, kb)
    shift = _body_offset(article, doc)
    in_title = sum(1 for s in doc.sentences if s.start < shift)
    events = [_relocate(e, shift, in_title) for e in doc.events]
    quotes = [_relocate(q, shift, in_title) for q in doc.quotes]
    return ArticleResult(id=article.id, lang=doc.lang, title=article.title,
                         date=doc.date.isoformat() if doc.date else None, url=article.url, source=article.source,
                         events=events, quotes=quotes)


def _relocate(item, shift: int, title_sentences: int):
    if not shift:
        return item
    start, end = item.span
    if start < shift:
        return item.model_copy(update={"in_title": True, "sentence_index": item.sentence_index - title_sentences})
    return item.model_copy(update={"span": (start - shift, end - shift),
                                   "sentence_index": item.sentence_index - title_sentences})


class Coder:
    """A pipeline bound to one knowledge base: `Coder().extract(article)`."""

    def __init__(self, kb: Knowledge | None = None):
        self.kb = kb or default_knowledge()

    def extract(self, article: Article) -> ArticleResult:
        return extract(article, self.kb)

    def analyse(self, article: Article) -> Doc:
        return analyse(article, self.kb)


__all__ = ["Coder", "analyse", "extract", "coding_language"]
