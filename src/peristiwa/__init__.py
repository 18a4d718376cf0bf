"""peristiwa: political event data (CAMEO, PLOVER) from Indonesian and English news."""

__version__ = "0.1.0"

from peristiwa.records import Article, ArticleResult, Event, Quote  # noqa: E402

__all__ = ["Article", "ArticleResult", "Event", "Quote", "__version__"]
