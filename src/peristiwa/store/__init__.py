"""The event store: articles, events, actors and quotes in SQLite (default) or PostgreSQL."""
from peristiwa.store.database import EventFilter, Store

__all__ = ["EventFilter", "Store"]
