"""Feed ingestion: RSS/Atom from a URL, a path or bytes into :class:`~smartnews.types.Article` records.

feedparser does the parsing; this module adds what it leaves out: a fetch with a total timeout, a size
cap and conditional GET; Indonesian dates (``WIB``, ``Januari``) it would get wrong; refusal of feeds that
declare XML entities; and a result that reports errors instead of raising.

>>> result = read_feed(b"<rss version='2.0'><channel><title>T</title></channel></rss>")
>>> result.articles, result.error
([], None)
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser

from smartnews.cleaning import fix_text
from smartnews.dates import parse_date
from smartnews.errors import ExtractionError, FetchError, HTTPStatusError
from smartnews.htmltext import html_to_text, looks_like_html
from smartnews.http import fetch, is_url
from smartnews.polite import PoliteClient
from smartnews.settings import default_settings
from smartnews.types import Article, FeedResult, text_id

log = logging.getLogger(__name__)

# Declaring entities is how expansion bombs ("billion laughs") and external-entity attacks start;
# no RSS or Atom feed needs it.
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_INDONESIAN_ZONE = re.compile(r"\bWI(?:B|TA|T)\b", re.IGNORECASE)
# feedparser's bozo exceptions that do not mean the feed is broken.
_BENIGN_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1"


def read_feed(
    source: str | Path | bytes,
    *,
    etag: str | None = None,
    modified: str | None = None,
    timeout: float = 10.0,
    max_bytes: int | None = None,
    full_text: bool = False,
    client: PoliteClient | None = None,
) -> FeedResult:
    """Read an RSS or Atom feed from an http(s) URL, a file path, or the feed's bytes (or text).

    Never raises for a bad feed: a broken, empty, oversized or hostile feed comes back with ``error`` set
    (and whatever items could be recovered from a malformed one). With ``etag``/``modified`` from a
    previous result, an unchanged feed answers 304: no articles, ``status`` 304.

    With ``full_text=True`` each item's page is fetched politely (``client``, by default the shared
    :func:`~smartnews.pages.default_client`) and its main text replaces the feed's summary; when the page
    fails, the summary is kept and ``Article.page_error`` says why.
    """
    cap = max_bytes if max_bytes is not None else default_settings().fetch.max_bytes
    url: str | None = None
    status: int | None = None
    headers: dict[str, str] = {}
    if isinstance(source, bytes):
        body = source
    elif isinstance(source, str) and source.lstrip().startswith("<"):
        body = source.encode("utf-8")  # the feed itself, given as text
    elif is_url(source):
        url = str(source).strip()
        try:
            response = fetch(
                url, timeout=timeout, max_bytes=cap, etag=etag, modified=modified, accept=_FEED_ACCEPT
            )
        except HTTPStatusError as exc:
            return FeedResult([], status=exc.status, error=exc.message, url=url)
        except FetchError as exc:
            return FeedResult([], error=exc.message, url=url)
        status, headers, body = response.status, dict(response.headers), response.body
        url = response.url
        if status == 304:
            return FeedResult([], status=304, etag=etag, modified=modified, url=url)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > cap:
                return FeedResult([], error=f"feed file {path} is {size:,} bytes, over the {cap:,}-byte cap")
            body = path.read_bytes()
        except OSError as exc:
            return FeedResult([], error=f"cannot read feed file {path}: {exc.strerror or exc}")
    result = parse_feed_bytes(body, headers=headers, url=url, max_bytes=cap)
    articles = result.articles
    if full_text:
        articles = [with_full_text(a, timeout=timeout, client=client) for a in articles]
    return FeedResult(
        articles,
        status=status,
        etag=headers.get("etag"),
        modified=headers.get("last-modified"),
        error=result.error,
        url=url,
        title=result.title,
        skipped=result.skipped,
    )


def with_full_text(article: Article, *, timeout: float = 10.0, client: PoliteClient | None = None) -> Article:
    """The article with the main text of its page, or unchanged but for ``page_error`` when that fails."""
    from smartnews.pages import fetch_article  # trafilatura loads only when pages are fetched

    if not article.url:
        return replace(article, page_error="the item has no link to an article page")
    try:
        page = fetch_article(article.url, timeout=timeout, client=client)
    except (FetchError, ExtractionError) as exc:
        log.warning("kept the feed summary of %s: %s", article.url, exc.message)
        return replace(article, page_error=exc.message)
    return replace(
        article,
        title=article.title or page.title,
        published=article.published or page.published,
        text=page.text,
        html=page.html,
        author=article.author or page.author,
    )


def parse_feed_bytes(
    body: bytes,
    *,
    headers: dict[str, str] | None = None,
    url: str | None = None,
    max_bytes: int | None = None,
) -> FeedResult:
    """Parse feed bytes already in hand (see :func:`read_feed`)."""
    cap = max_bytes if max_bytes is not None else default_settings().fetch.max_bytes
    if len(body) > cap:
        return FeedResult([], error=f"feed is {len(body):,} bytes, over the {cap:,}-byte cap", url=url)
    if not body.strip():
        return FeedResult([], error="feed is empty (0 bytes of content)", url=url)
    if _ENTITY_DECLARATION.search(body[:65536]):
        return FeedResult(
            [], error="feed declares XML entities (a possible entity-expansion attack); refused", url=url
        )
    parsed = feedparser.parse(body, response_headers=headers or {}, sanitize_html=True)
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if bozo is not None and isinstance(bozo, _BENIGN_BOZO):
        bozo = None
    if not parsed.get("version") and not parsed.entries:
        reason = f": {_one_line(bozo)}" if bozo else ""
        return FeedResult([], error=f"not an RSS or Atom feed{reason}", url=url)
    feed_title = _clean_title(parsed.feed.get("title"))
    articles: list[Article] = []
    skipped: list[str] = []
    for index, entry in enumerate(parsed.entries):
        try:
            articles.append(_article(entry, feed_title, url))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:  # one bad item never stops the feed
            message = f"item {index}: {_one_line(exc)}"
            log.warning("skipped feed %s %s", url or "(bytes)", message)
            skipped.append(message)
    error = None
    if bozo is not None:
        error = f"malformed feed ({_one_line(bozo)}); {len(articles)} items recovered"
        if articles:  # with none, the error is the whole result, as for the refusals above: not logged
            log.warning("%s: %s", url or "feed", error)
    return FeedResult(articles, error=error, url=url, title=feed_title, skipped=tuple(skipped))


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:300]


def _clean_title(value: str | None) -> str | None:
    if not value:
        return None
    text = fix_text(html_to_text(value) if looks_like_html(value) else value)
    return text.replace("\n", " ") or None


def _entry_date(entry: Any) -> datetime | None:
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)  # entry.get("updated") would fall back to "published", with a warning
        if not raw:
            continue
        parsed = parse_date(raw)
        if parsed is not None:
            return parsed
        struct = dict.get(entry, f"{key}_parsed")
        if struct is not None and not _INDONESIAN_ZONE.search(raw):
            return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    return None


def _entry_body(entry: Any) -> tuple[str, str | None]:
    """(plain text, html or None) of an entry: full content when the feed has it, else the summary."""
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in candidates:
        if not detail or not detail.get("value", "").strip():
            continue
        value: str = detail["value"]
        if detail.get("type", "text/html") in ("text/plain",) or not looks_like_html(value):
            return value, None
        return html_to_text(value), value
    return "", None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def _article(entry: Any, feed_title: str | None, feed_url: str | None) -> Article:
    link = entry.get("link") or None
    text, html = _entry_body(entry)
    title = _clean_title(entry.get("title"))
    source = _host(link) or _host(feed_url) or feed_title
    return Article(
        id=entry.get("id") or link or text_id(f"{title}\n{text}"),
        url=link,
        title=title,
        published=_entry_date(entry),
        source=source,
        text=text,
        html=html,
        author=entry.get("author") or None,
    )
