"""Request bodies of the API (responses are plain JSON documented by the OpenAPI schema)."""
from __future__ import annotations

from pydantic import BaseModel, Field


class ArticleIn(BaseModel):
    text: str = Field(min_length=1, max_length=5_000_000)
    title: str = ""
    id: str | None = None
    date: str | None = None
    url: str = ""
    source: str = ""
    lang: str | None = None


class ArticlesIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=1000)
