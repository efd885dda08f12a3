"""The pipeline: clean, deduplicate and (in later stages) classify and extract, one article at a time.

Each stage is a plain function; this module only composes them. Results never depend on what was
analysed before (no state is carried between articles).

>>> analysis = analyze("Sampit (ANTARA) - Kota itu menerima penghargaan.\\nKota itu menerima penghargaan.")
>>> analysis.dateline.place, analysis.paragraphs, [r.reason for r in analysis.removed]
('Sampit', ('Kota itu menerima penghargaan.',), ['duplicate'])
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator

from smartnews.cleaning import clean
from smartnews.dedup import deduplicate
from smartnews.language import indonesian_share
from smartnews.settings import Settings, default_settings
from smartnews.types import Analysis, Article

log = logging.getLogger(__name__)


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article.from_text(item)
    raise TypeError(f"analyze takes an Article or a str, not {type(item).__name__}")


def analyze(article_or_text: Article | str, *, settings: Settings | None = None) -> Analysis:
    """Analyse one article (an :class:`Article`, or plain text with one paragraph a line).

    Empty or non-Indonesian input is not an error: the analysis says so in ``warnings`` (and the log).
    """
    settings = settings or default_settings()
    article = _as_article(article_or_text)
    cleaned = clean(article)
    paragraphs, duplicates = deduplicate(
        cleaned.paragraphs,
        threshold=settings.dedup.near_duplicate_threshold,
        min_chars=settings.dedup.near_duplicate_min_chars,
    )
    warnings: list[str] = []
    if article.page_error:
        warnings.append(f"analysed the feed summary: the article page failed ({article.page_error})")
    language = "id"
    if not paragraphs:
        warnings.append("no body text")
    else:
        share, words = indonesian_share(" ".join([article.title or "", *paragraphs]))
        if words >= settings.language.min_words and share < settings.language.min_indonesian_share:
            language = "und"
            warnings.append(f"text does not look Indonesian ({share:.0%} Indonesian function words)")
    for warning in warnings:
        log.warning("article %s: %s", article.id, warning)
    return Analysis(
        id=article.id,
        url=article.url,
        title=article.title,
        source=article.source,
        published=article.published,
        dateline=cleaned.dateline,
        paragraphs=tuple(paragraphs),
        removed=tuple(cleaned.removed + duplicates),
        related=tuple(cleaned.related),
        language=language,
        warnings=tuple(warnings),
    )


def analyze_many(
    items: Iterable[Article | str], *, batch_size: int | None = None, settings: Settings | None = None
) -> Iterator[Analysis]:
    """Analyse a stream of articles lazily, ``batch_size`` at a time; input is never held whole in memory.

    An item that cannot be analysed (not an Article or str) is logged and skipped; the stream goes on.
    """
    settings = settings or default_settings()
    size = settings.pipeline.batch_size if batch_size is None else batch_size
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, got {size}")
    return _stream(iter(items), size, settings)


def _stream(items: Iterator[Article | str], size: int, settings: Settings) -> Iterator[Analysis]:
    while batch := list(itertools.islice(items, size)):
        for item in batch:
            try:
                yield analyze(item, settings=settings)
            except TypeError as exc:
                log.warning("skipped an item: %s", exc)
