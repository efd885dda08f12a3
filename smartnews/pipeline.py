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
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from smartnews.cleaning import clean
from smartnews.dedup import deduplicate
from smartnews.language import indonesian_share
from smartnews.settings import Settings, default_settings
from smartnews.types import Analysis, Article, Entity, Pillar

log = logging.getLogger(__name__)


def _as_article(item: Article | str) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article.from_text(item)
    raise TypeError(f"analyze takes an Article or a str, not {type(item).__name__}")


def clean_and_deduplicate(article: Article, settings: Settings) -> Analysis:
    """The cleaning and dedup stages alone (no entities, no classification): what the models read."""
    warnings: list[str] = []
    if len(article.text) > settings.pipeline.max_chars:
        kept = _first_paragraphs(article.text, settings.pipeline.max_chars)
        warnings.append(
            f"body of {len(article.text):,} characters: analysed the first {len(kept):,} (pipeline.max_chars)"
        )
        article = dataclasses.replace(article, text=kept, html=None)
    cleaned = clean(article)
    paragraphs, duplicates = deduplicate(
        cleaned.paragraphs,
        threshold=settings.dedup.near_duplicate_threshold,
        min_chars=settings.dedup.near_duplicate_min_chars,
    )
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


def _first_paragraphs(text: str, limit: int) -> str:
    """The whole paragraphs of ``text`` that fit in ``limit`` characters (the first one cut if it alone is
    longer)."""
    cut = text.rfind("\n", 0, limit + 1)
    return text[:cut] if cut > 0 else text[:limit]


@functools.cache
def _nlp(backend: str) -> Any:
    """The entity pipeline; without the spaCy NER model, smartnews' rule components alone (logged once)."""
    from smartnews.nlp import COMPONENTS, ModelNotFoundError, blank, load

    try:
        return load(backend)
    except ModelNotFoundError as exc:
        if backend != "spacy":
            raise
        log.warning("%s; officials, regions and organisations only, no NER entities", exc.message)
        from smartnews import spacy_components  # noqa: F401  (registers the factories)

        nlp = blank()
        for name in COMPONENTS:
            nlp.add_pipe(name)
        return nlp


@functools.cache
def _tokenizer_only(backend: str) -> Any:
    """The backend's tokenizer (and, for stanza, its lemmas for the pillar lexicon), no entity components."""
    if backend == "stanza":
        from smartnews.stanza_backend import load_pipeline

        return load_pipeline()
    from smartnews.nlp import blank

    return blank()


@functools.cache
def _pillar_lexicon(nlp: Any) -> Any:
    from smartnews.pillars import PillarLexicon

    return PillarLexicon(nlp)


def _with_entities(analyses: Sequence[Analysis], settings: Settings) -> list[Analysis]:
    """Relevance, pillars, officials, regions, organisations and NER entities for a batch."""
    backend = settings.pipeline.backend
    nlp = _nlp(backend) if settings.entities.enabled else _tokenizer_only(backend)
    bodies = ("\n".join(a.paragraphs) for a in analyses)
    scores = _relevance_scores(analyses)
    # officials run in `_entities`, where the headline is known: not twice
    skip = [name for name in ("smartnews_officials",) if name in nlp.pipe_names]
    docs = nlp.pipe(bodies, batch_size=settings.pipeline.batch_size, disable=skip)
    result = []
    for analysis, doc, score in zip(analyses, docs, scores, strict=True):
        analysis = _classified(analysis, doc, score, _pillar_lexicon(nlp), settings)
        result.append(_entities(analysis, doc) if settings.entities.enabled else analysis)
    return result


def _entities(analysis: Analysis, doc: Any) -> Analysis:
    from smartnews.regions import find_region_mentions
    from smartnews.regions import summarize as summarize_regions
    from smartnews.spacy_components import doc_officials

    starts = list(itertools.accumulate((len(p) + 1 for p in analysis.paragraphs[:-1]), initial=0))
    entities = []
    place = analysis.dateline.place if analysis.dateline else None
    if place:
        entities.append(Entity(place, "LOC", -1, 0, len(place)))
    spans = sorted((e.start_char, e.end_char, e.label_) for e in doc.ents)
    # the gazetteer's places the model missed are LOC entities too (the name, without its cue word). The
    # spans never overlap, so sorted by start they are sorted by end too: the last one starting before the
    # place's end is the only one that can reach into it.
    for m in doc._.smartnews_region_mentions:
        before = bisect.bisect_left(spans, (m.end,)) - 1
        if before < 0 or spans[before][1] <= m.name_start:
            bisect.insort(spans, (m.name_start, m.end, "LOC"))
    # the headline may name a holder whose name the text lost with its hyperlink
    officials = doc_officials(doc, headline=analysis.title)
    # a name the officials stage read after a title is a person's, whatever the NER made of it ("...
    # Informatika Kotawaringin Timur, Multazam di Jakarta": LOC), and where the NER missed it ("Bupati
    # Halikinnor"), a PER entity like the gazetteer's places: one answer per name in the Analysis
    names = {official.name for official in officials if official.name}
    body_text = doc.text  # (spaCy joins every token's text again on each read of ``doc.text``)
    for name in sorted(names, key=lambda n: (-len(n), n)):  # a longer name first: it wins an overlap
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body_text):
            before = bisect.bisect_left(spans, (found.end(),)) - 1
            if before < 0 or spans[before][1] <= found.start():
                bisect.insort(spans, (found.start(), found.end(), "PER"))
    for start_char, end_char, label in spans:
        index = bisect.bisect_right(starts, start_char) - 1
        text = body_text[start_char:end_char]
        offsets = (index, start_char - starts[index], end_char - starts[index])
        entities.append(Entity(text, "PER" if text in names else label, *offsets))
    mentions = list(doc._.smartnews_region_mentions)
    body = [m.code for m in mentions if m.confident]
    for extra in (analysis.title, place, *analysis.related):
        if extra:  # a name the body decides ("Kabupaten Bekasi") is the same in the headline ("di Bekasi")
            mentions += find_region_mentions(
                extra, dateline_place=place, support=body, headline=extra is analysis.title
            )
    return dataclasses.replace(
        analysis,
        regions=summarize_regions(mentions),
        officials=officials,
        organizations=doc._.smartnews_organizations,
        entities=tuple(entities),
    )


def _relevance_scores(analyses: Sequence[Analysis]) -> list[float | None]:
    """The relevance probability of each article; None for all when no model is installed."""
    from smartnews.linear import document_text, shipped

    models = shipped()
    if models is None or not analyses:
        return [None] * len(analyses)
    texts = [document_text(a.title, a.paragraphs) for a in analyses]
    probabilities = models[0].predict_proba(texts)[:, 1]
    return [float(p) if a.paragraphs else 0.0 for a, p in zip(analyses, probabilities, strict=True)]


def _classified(
    analysis: Analysis, doc: Any, score: float | None, lexicon: Any, settings: Settings
) -> Analysis:
    """The relevance, and the pillars of a relevant article (of any, with ``pillars.all_articles``)."""
    from smartnews.linear import document_text, shipped
    from smartnews.pillars import PILLARS, pillar_tags, sentences
    from smartnews.types import Evidence, Relevance

    relevance = None if score is None else Relevance(round(score, 4), score >= settings.relevance.threshold)
    if relevance is not None and not relevance.relevant and not settings.pillars.all_articles:
        return dataclasses.replace(analysis, relevance=relevance)
    paragraphs = analysis.paragraphs
    models = shipped()
    pillar_model = models[1] if models else None
    model_scores = None
    best_sentence = None
    if pillar_model is not None and paragraphs:
        probabilities = pillar_model.predict_proba([document_text(analysis.title, paragraphs)])[0]
        model_scores = {p: float(v) for p, v in zip(PILLARS, probabilities, strict=True)}
        spans = [(i, s, e) for i, text in enumerate(paragraphs) for s, e in sentences(text)]
        by_sentence = pillar_model.predict_proba([paragraphs[i][s:e] for i, s, e in spans])

        def best_sentence(pillar: Pillar) -> Evidence | None:
            i, s, e = spans[int(by_sentence[:, PILLARS.index(pillar)].argmax())]
            return Evidence(i, s, e, paragraphs[i][s:e])

    tags = pillar_tags(
        paragraphs,
        lexicon.match(doc),
        model_scores,
        threshold=settings.pillars.threshold,
        best_sentence=best_sentence,
    )
    return dataclasses.replace(analysis, relevance=relevance, pillars=tags)


def _analyze_batch(items: Sequence[Article | str], settings: Settings) -> list[Analysis]:
    return _with_entities([clean_and_deduplicate(_as_article(item), settings) for item in items], settings)


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
