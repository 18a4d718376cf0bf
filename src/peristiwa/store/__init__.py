"""The event store: articles, events, actors and quotes in SQLite (default) or PostgreSQL."""
from peristiwa.store.database import Store
from peristiwa.store.filters import EventFilter

__all__ = ["EventFilter", "Store"]
