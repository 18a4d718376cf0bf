"""Readers: plain text, JSON Lines, HTML pages, RSS/Atom feeds and directories of these."""
from peristiwa.ingest.readers import InputError, read_paths

__all__ = ["InputError", "read_paths"]
