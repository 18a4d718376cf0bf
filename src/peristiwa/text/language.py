"""Language identification, restricted to the languages we code (id, en) plus Malay."""
from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

_CODES = {Language.INDONESIAN: "id", Language.ENGLISH: "en", Language.MALAY: "ms"}
SUPPORTED = ("id", "en")


@lru_cache(maxsize=1)
def _detector():
    return LanguageDetectorBuilder.from_languages(*_CODES).with_preloaded_language_models().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language: 'id', 'en' or 'ms'; 'id' when undecidable."""
    sample = text[:1000]
    if not sample.strip():
        return "id"
    lang = _detector().detect_language_of(sample)
    return _CODES.get(lang, "id")


def coding_language(lang: str) -> str:
    """The lexicon used for a detected language: Malay is coded with the Indonesian lexicon."""
    return "en" if lang == "en" else "id"
