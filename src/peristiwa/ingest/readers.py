"""Read articles from files; every bad item becomes an `InputError` naming the file and the reason.

Readers yield `Article | InputError` so that one bad item never stops the good ones.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peristiwa.records import Article

MAX_ARTICLE_BYTES = 5 * 1024 * 1024  # a news article is rarely over 100 kB; 5 MB is a broken input
TEXT_SUFFIXES = {".txt", ".text", ".md"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}


@dataclass(frozen=True)
class InputError:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def read_paths(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Articles from files and directories (walked recursively, in name order)."""
    for path in map(Path, paths):
        if str(path) == "-":
            yield from read_stdin()
            continue
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                yield InputError(str(path), "directory holds no files")
            for file in files:
                yield from read_file(file)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield InputError(str(path), "no such file or directory")


def read_stdin() -> Iterator[Article | InputError]:
    """Standard input: JSON Lines when every line is a JSON object, otherwise one plain-text article."""
    import sys

    data = sys.stdin.buffer.read()
    text = _decode("<stdin>", data)
    if isinstance(text, InputError):
        yield text
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        yield InputError("<stdin>", "no input")
    elif all(line.lstrip().startswith("{") for line in lines):
        for n, line in enumerate(lines, 1):
            yield parse_record(line, f"<stdin>:{n}", f"stdin-{n}")
    else:
        yield read_text(Path("stdin"), text)


def read_file(path: Path) -> Iterator[Article | InputError]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    data = _read_bytes(path)
    if isinstance(data, InputError):
        yield data
        return
    text = _decode(path, data)
    if isinstance(text, InputError):
        yield text
        return
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES | FEED_SUFFIXES and _looks_html(text)):
        yield read_html(path, text)
    elif suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_feed(text)):
        yield from read_feed(path, text)
    else:
        yield read_text(path, text)


def _read_bytes(path: Path) -> bytes | InputError:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return InputError(str(path), f"file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MB "
                                         "limit for one article")
        data = path.read_bytes()
    except OSError as exc:
        return InputError(str(path), f"cannot read: {exc.strerror or exc}")
    if not data.strip():
        return InputError(str(path), "file is empty")
    return data


def _decode(path: Path | str, data: bytes) -> str | InputError:
    if b"\x00" in data[:4096]:
        return InputError(str(path), "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(str(path), f"invalid UTF-8 at byte {exc.start}")


def _looks_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def _looks_feed(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith("<?xml") and ("<rss" in head or "<feed" in head or "<rdf" in head)


def read_text(path: Path, text: str) -> Article | InputError:
    """A plain-text article: first non-empty line is the title, the rest the body."""
    lines = text.strip().splitlines()
    title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    if not body:
        body, title = title, ""
    return Article(id=path.stem, title=title, text=body, origin=str(path))


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One article per line: `id`, `title`, `text`, optional `date`, `url`, `source`, `lang`."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        empty = True
        for n, raw in enumerate(handle, 1):
            origin = f"{path}:{n}"
            if not raw.strip():
                continue
            empty = False
            if len(raw) > MAX_ARTICLE_BYTES:
                yield InputError(origin, f"line is {len(raw) / 1e6:.1f} MB, over the limit for one article")
                continue
            line = _decode(origin, raw)
            if isinstance(line, InputError):
                yield line
                continue
            yield parse_record(line, origin, f"{path.stem}-{n}")
        if empty:
            yield InputError(str(path), "file is empty")


def parse_record(line: str, origin: str, fallback_id: str) -> Article | InputError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(origin, f"not valid JSON ({exc.msg} at column {exc.colno})")
    return article_from_dict(record, origin, fallback_id)


def article_from_dict(record, origin: str, fallback_id: str) -> Article | InputError:
    if not isinstance(record, dict):
        return InputError(origin, "a JSON object is expected")
    text = record.get("text")
    if not isinstance(text, str):
        return InputError(origin, "no 'text' field with the article's text")
    fields = {k: record.get(k) for k in ("title", "date", "url", "source", "lang") if isinstance(record.get(k), str)}
    if not text.strip() and not fields.get("title", "").strip():
        return InputError(origin, "'text' and 'title' are both empty")  # a headline alone is still coded
    return Article(id=str(record.get("id") or fallback_id), text=text, origin=origin, **fields)


def read_html(path: Path, html: str) -> Article | InputError:
    """The main text, title and date of a web page, through trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if result is None:
        return InputError(str(path), "HTML page holds no article text")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if len(text) < 20:
        return InputError(str(path), "HTML page holds no article text")
    return Article(id=path.stem, title=data.get("title") or "", text=text, date=data.get("date") or None,
                   url=data.get("url") or "", source=data.get("sitename") or "", origin=str(path))


def read_feed(path: Path, text: str) -> Iterator[Article | InputError]:
    """Each entry of an RSS or Atom feed file, with its title, date and summary or content."""
    import feedparser
    from trafilatura import extract as html_text

    feed = feedparser.parse(text)
    if not feed.entries:
        yield InputError(str(path), "feed has no entries" if not feed.bozo else f"not a valid feed ({feed.bozo_exception})")
        return
    for n, entry in enumerate(feed.entries, 1):
        origin = f"{path}#{n}"
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary", "")
        body = html_text(f"<html><body><p>{content}</p></body></html>") if content and "<" in content else content
        if not body or not body.strip():
            yield InputError(origin, "feed entry has no text")
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        date = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
        yield Article(id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{n}"), title=entry.get("title", ""),
                      text=body.strip(), date=date, url=entry.get("link", ""), source=feed.feed.get("title", ""),
                      origin=origin)
