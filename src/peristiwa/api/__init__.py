"""The analyst REST API (FastAPI) over the event store, which also serves the web dashboard."""
from peristiwa.api.app import create_app

__all__ = ["create_app"]
