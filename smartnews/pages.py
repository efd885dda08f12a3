"""Article pages: fetch the page behind a feed item and extract its main text, title, date and author.

trafilatura finds the article body; it returns it as HTML with links kept, so that the cleaning stage sees
in-body ``Baca juga`` links and link-only paragraphs for what they are. Dates come from the page's own
metadata (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``) with their time and
zone, before trafilatura's date-only guess.

>>> page = b"<html><head><title>Judul</title></head><body><article><h1>Judul</h1>" \\
...     b"<p>Kendari (ANTARA) - Pemerintah kota meluncurkan aplikasi layanan publik untuk warga.</p>" \\
...     b"<p>Warga kini bisa mengurus dokumen dari rumah tanpa antre di kantor kelurahan.</p>" \\
...     b"</article></body></html>"
>>> article = extract_article(page, url="https://e.id/1")
>>> article.title, article.text.splitlines()[0][:18]
('Judul', 'Kendari (ANTARA) -')
"""

from __future__ import annotations

import functools
import json
import re
from configparser import ConfigParser
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from smartnews.cleaning import related_headline
from smartnews.dates import parse_date
from smartnews.errors import ExtractionError
from smartnews.htmltext import html_blocks
from smartnews.polite import PoliteClient, default_cache_dir
from smartnews.settings import Settings, default_settings
from smartnews.types import Article, text_id

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DATE_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//meta[@name='pubdate']/@content",
    "//meta[@name='publishdate']/@content",
    "//meta[@name='publish-date']/@content",
    "//meta[@name='content_PublishedDate']/@content",
    "//meta[@name='dtk:publishdate']/@content",
    "//meta[@name='date']/@content",
    "//article//time[@datetime]/@datetime",
)
# schema.org and Open Graph types that say what a page is.
_ARTICLE_TYPES = frozenset(
    [
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
    ]
)
_INDEX_TYPES = frozenset(["CollectionPage", "ItemList", "SearchResultsPage"])
# A page that holds this many <article> elements is a list of stories.
_INDEX_MIN_ARTICLES = 3
# A related-story box is short: a label and a headline.
_MAX_RELATED_BOX = 300
_AUTHOR_META = ("//meta[@name='author']/@content", "//meta[@property='article:author']/@content")


@functools.cache
def _config() -> ConfigParser:
    import trafilatura.settings  # here, not at the top: 0.2 s of every start that extracts no page

    config = trafilatura.settings.use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # its timeout uses signals: main thread only
    return config


def is_html(content_type: str | None, body: bytes) -> bool:
    """True for an HTML page, by its Content-Type or, without one, by its first bytes."""
    if content_type:
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def extract_article(
    page: bytes | str, *, url: str | None = None, source: str | None = None, min_chars: int | None = None
) -> Article:
    """The article in an HTML page, as an :class:`Article` whose ``html`` is the extracted body.

    Raises :class:`~smartnews.errors.ExtractionError` when the page has no article text: empty, not
    HTML, or a body shorter than ``min_chars`` (settings ``pages.min_chars``) once link-only paragraphs
    are set aside (a section index, a video page).
    """
    import trafilatura  # 0.2 s to import: only when a page is extracted

    if not page.strip():
        raise ExtractionError(f"{url or 'page'}: the page is empty")
    try:
        tree = lxml.html.fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"{url or 'page'}: not parseable as HTML ({exc})") from exc
    index = _index_page_reason(tree)
    if index:
        raise ExtractionError(f"{url or 'page'}: an index or section page, not an article ({index})")
    _keep_related_boxes(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=True,
        output_format="python",
        # htmldate's extensive search guesses a date from any year in the text ("hingga 2025"): no.
        date_extraction_params={"extensive_search": False, "original_date": True},
        config=_config(),
    )
    body_html = _body_html(document)
    title = _title(tree, document)
    body_html = _drop_title(body_html, title)
    blocks = html_blocks(body_html) if body_html else []
    body_chars = sum(len(b.text) for b in blocks if not b.link_only)
    minimum = default_settings().pages.min_chars if min_chars is None else min_chars
    if body_chars < max(minimum, 1):
        raise ExtractionError(
            f"{url or 'page'}: no article text found on the page ({body_chars} characters of body text)"
        )
    text = "\n".join(b.text for b in blocks)
    return Article(
        id=url or text_id(text),
        url=url,
        title=title,
        published=_published(tree, document),
        source=source,
        text=text,
        html=body_html,
        author=_first(tree, _AUTHOR_META) or (getattr(document, "author", None) or None),
    )


def fetch_article(
    url: str,
    *,
    timeout: float | None = None,
    client: PoliteClient | None = None,
    settings: Settings | None = None,
) -> Article:
    """Fetch an article page politely (robots.txt, per-host delay, cache) and extract it.

    Raises :class:`~smartnews.errors.FetchError` (and its :class:`~smartnews.polite.RobotsDisallowed`)
    when the page cannot be fetched, :class:`~smartnews.errors.ExtractionError` when it holds no article.
    """
    client = client or default_client(settings)
    response = client.get(url, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.1", timeout=timeout)
    content_type = response.headers.get("content-type")
    if not is_html(content_type, response.body):
        raise ExtractionError(f"{response.url}: not an HTML page (Content-Type {content_type or 'missing'})")
    host = urlsplit(response.url).hostname
    return extract_article(
        response.body, url=response.url, source=host.removeprefix("www.") if host else None
    )


@functools.cache
def _shared_client(settings: Settings) -> PoliteClient:
    fetch = settings.fetch
    cache = (
        None
        if fetch.cache == "off"
        else Path(fetch.cache).expanduser()
        if fetch.cache
        else default_cache_dir()
    )
    return PoliteClient(
        timeout=fetch.timeout,
        max_bytes=fetch.max_bytes,
        delay=fetch.page_delay,
        respect_robots=fetch.respect_robots,
        cache_dir=cache,
    )


def default_client(settings: Settings | None = None) -> PoliteClient:
    """The client shared by this process for ``settings`` (its per-host clock is what keeps us polite)."""
    return _shared_client(settings or default_settings())


def _ld_items(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, nested ones included."""
    items: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            stack = [json.loads(str(script))]
        except ValueError:
            continue
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return items


def _index_page_reason(tree: Any) -> str | None:
    """Why the page looks like a list of stories rather than one, or None when it looks like an article."""
    ld_types = {t for item in _ld_items(tree) for t in _as_list(item.get("@type"))}
    og_type = _first(tree, ("//meta[@property='og:type']/@content",))
    if ld_types & _ARTICLE_TYPES or og_type == "article":
        return None
    if ld_types & _INDEX_TYPES:
        return f"schema.org {', '.join(sorted(ld_types & _INDEX_TYPES))}"
    if og_type == "website":
        return "og:type website"
    articles = len(tree.xpath("//article"))
    return f"{articles} <article> elements" if articles >= _INDEX_MIN_ARTICLES else None


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _keep_related_boxes(tree: Any) -> None:
    """Turn ``Baca juga`` boxes into plain paragraphs, in place.

    Outlets put in-body related links in their own boxes (``<div class="baca-juga">``, detik's
    ``<table class="linksisip">``); trafilatura drops those as link-dense chrome, measured on our page
    fixtures, so the cleaning stage would never see them. As a plain ``<p>`` they survive extraction.
    """
    boxes = []
    for element in tree.iter("div", "p", "table", "aside", "section", "span", "li"):
        text = " ".join(element.text_content().split())
        if len(text) <= _MAX_RELATED_BOX and related_headline(text):
            boxes.append(element)
    inside = {id(d) for box in boxes for d in box.iterdescendants()}
    for box in boxes:
        if id(box) in inside or box.getparent() is None:
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = " ".join(box.text_content().split())
        paragraph.tail = box.tail
        box.getparent().replace(box, paragraph)


def _body_html(document: Any) -> str:
    if document is None or getattr(document, "body", None) is None:
        return ""
    from trafilatura.htmlprocessing import build_html_output

    return str(build_html_output(document))


def _title(tree: Any, document: Any) -> str | None:
    for candidate in (
        getattr(document, "title", None),
        _first(tree, ("//meta[@property='og:title']/@content",)),
        _first(tree, ("//h1//text()",)),
        _first(tree, ("//title/text()",)),
    ):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    return None


def _drop_title(body_html: str, title: str | None) -> str:
    """trafilatura keeps the page's ``<h1>`` in the body; the title is not a body paragraph."""
    if not body_html or not title:
        return body_html
    key = _key(title)
    return re.sub(
        r"<h1[^>]*>(.*?)</h1>",
        lambda m: "" if _key(re.sub(r"<[^>]+>", "", m.group(1))) == key else m.group(0),
        body_html,
        flags=re.DOTALL,
    )


def _key(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", text.casefold()).split())


def _first(tree: Any, xpaths: tuple[str, ...]) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if str(value).strip():
                return str(value).strip()
    return None


def _published(tree: Any, document: Any) -> datetime | None:
    for xpath in _DATE_META:
        for value in tree.xpath(xpath):
            parsed = parse_date(str(value))
            if parsed is not None:
                return parsed
    for item in _ld_items(tree):
        value = item.get("datePublished")
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is not None:
            return parsed
    return parse_date(getattr(document, "date", None))
