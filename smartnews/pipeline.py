"""The pipeline: clean, deduplicate, then extract entities (and, in later stages, classify), by batches.

Each stage is a plain function; this module only composes them. Results never depend on what was
analysed before (no state is carried between articles).

>>> analysis = analyze("Sampit (ANTARA) - Kota itu menerima penghargaan.\\nKota itu menerima penghargaan.")
>>> analysis.dateline.place, analysis.paragraphs, [r.reason for r in analysis.removed]
('Sampit', ('Kota itu menerima penghargaan.',), ['duplicate'])
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from smartnews.cleaning import clean
from smartnews.dedup import deduplicate
from smartnews.language import indonesian_share
from smartnews.settings import Settings, default_settings
from smartnews.types import Analysis, Article, Entity

log = logging.getLogger(__name__)


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article.from_text(item)
    raise TypeError(f"analyze takes an Article or a str, not {type(item).__name__}")


def _clean_and_dedup(article: Article, settings: Settings) -> Analysis:
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


@functools.cache
def _nlp() -> Any:
    """The entity pipeline; without the NER model, smartnews' rule components alone (logged once)."""
    from smartnews.nlp import ModelNotFoundError, blank, load

    try:
        return load()
    except ModelNotFoundError as exc:
        log.warning("%s; officials, regions and organisations only, no NER entities", exc.message)
        from smartnews import spacy_components  # noqa: F401  (registers the factories)

        nlp = blank()
        for name in ("smartnews_regions", "smartnews_organizations", "smartnews_officials"):
            nlp.add_pipe(name)
        return nlp


def _with_entities(analyses: Sequence[Analysis], settings: Settings) -> list[Analysis]:
    """Officials, regions, organisations and NER entities for a batch of cleaned articles."""
    from smartnews.regions import find_region_mentions
    from smartnews.regions import summarize as summarize_regions

    if not settings.entities.enabled:
        return list(analyses)
    nlp = _nlp()
    bodies = ("\n".join(a.paragraphs) for a in analyses)
    result = []
    for analysis, doc in zip(
        analyses, nlp.pipe(bodies, batch_size=settings.pipeline.batch_size), strict=True
    ):
        starts = list(itertools.accumulate((len(p) + 1 for p in analysis.paragraphs[:-1]), initial=0))
        entities = []
        place = analysis.dateline.place if analysis.dateline else None
        if place:
            entities.append(Entity(place, "LOC", -1, 0, len(place)))
        spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        # the gazetteer's places the model missed are LOC entities too (the name, without its cue word)
        for m in doc._.smartnews_region_mentions:
            if not any(s < m.end and m.name_start < e for s, e, _ in spans):
                spans.append((m.name_start, m.end, "LOC"))
        for start_char, end_char, label in sorted(spans):
            index = bisect.bisect_right(starts, start_char) - 1
            text = doc.text[start_char:end_char]
            entities.append(Entity(text, label, index, start_char - starts[index], end_char - starts[index]))
        mentions = list(doc._.smartnews_region_mentions)
        for extra in (analysis.title, place, *analysis.related):
            if extra:
                mentions += find_region_mentions(extra, dateline_place=place)
        result.append(
            dataclasses.replace(
                analysis,
                regions=summarize_regions(mentions),
                officials=doc._.smartnews_officials,
                organizations=doc._.smartnews_organizations,
                entities=tuple(entities),
            )
        )
    return result


def _analyze_batch(items: Sequence[Article | str], settings: Settings) -> list[Analysis]:
    return _with_entities([_clean_and_dedup(_as_article(item), settings) for item in items], settings)


def analyze(article_or_text: Article | str, *, settings: Settings | None = None) -> Analysis:
    """Analyse one article (an :class:`Article`, or plain text with one paragraph a line).

    Empty or non-Indonesian input is not an error: the analysis says so in ``warnings`` (and the log).
    """
    return _analyze_batch([article_or_text], settings or default_settings())[0]


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
        good = []
        for item in batch:
            if isinstance(item, Article | str):
                good.append(item)
            else:
                log.warning("skipped an item: analyze takes an Article or a str, not %s", type(item).__name__)
        yield from _analyze_batch(good, settings)
