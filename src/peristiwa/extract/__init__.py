"""Extraction: actors, events, dates, quotes and modality, as small steps over one document."""
from peristiwa.extract.pipeline import Coder, extract

__all__ = ["Coder", "extract"]
