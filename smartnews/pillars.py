"""The six Smart City pillars: a lexicon per pillar (``data/pillars.toml``) matched with spaCy's
``PhraseMatcher`` on lemmas and on lowercase text, giving evidence sentences with their offsets.

The lexicon gives ``lexicon_score``; :func:`pillar_tags` combines it with a model's probability (noisy-OR)
into ``PillarTag.score``, and reports a pillar only with evidence: the sentences holding its terms, or,
for a pillar only the model saw, the sentence the model scores highest.

>>> from smartnews.nlp import blank
>>> nlp = blank()
>>> lexicon = PillarLexicon(nlp)
>>> doc = nlp("Pemkot membangun jaringan serat optik. Pengelolaan sampah dibangun dengan sensor.")
>>> sorted({m.pillar for m in lexicon.match(doc)})
['environment', 'infrastructure']
"""

from __future__ import annotations

import functools
import math
import re
import tomllib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from smartnews.lemmas import lemma
from smartnews.types import Evidence, Pillar, PillarTag

PILLARS: tuple[Pillar, ...] = ("governance", "infrastructure", "economy", "living", "people", "environment")
NAME, STRONG, WEAK = 2.0, 1.0, 0.35
_MAX_EVIDENCE = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class PillarMatch:
    pillar: Pillar
    start: int  # character offsets in the doc's text
    end: int
    term: str
    weight: float


@functools.cache
def lexicon_terms() -> dict[Pillar, dict[str, float]]:
    """term -> weight, per pillar, from ``data/pillars.toml``."""
    data = tomllib.loads((files("smartnews") / "data" / "pillars.toml").read_text(encoding="utf-8"))
    terms: dict[Pillar, dict[str, float]] = {}
    for pillar in PILLARS:
        entry = data[pillar]
        terms[pillar] = {
            **{t: WEAK for t in entry["weak"]},
            **{t: STRONG for t in entry["strong"]},
            **{t: NAME for t in entry["names"]},
        }
    return terms


def set_lemmas(doc: Doc) -> Doc:
    """Fill ``token.lemma_`` from the lookup table where no lemmatizer did (stanza's lemmas are kept)."""
    for token in doc:
        if not token.lemma_:
            token.lemma_ = lemma(token.text)
    return doc


class PillarLexicon:
    """The pillar lexicon compiled for one pipeline's vocabulary and tokenizer."""

    def __init__(self, nlp: Language | Callable[[str], Doc]) -> None:
        entries = [
            (pillar, term, weight)
            for pillar, terms in lexicon_terms().items()
            for term, weight in terms.items()
        ]
        texts = [term for _, term, _ in entries]
        # all the terms in one call: the stanza backend's tokenizer runs its models on them in bulk
        pipe = getattr(nlp.tokenizer, "pipe", None) if isinstance(nlp, Language) else None
        docs = list(pipe(texts)) if pipe is not None else [nlp(t) for t in texts]
        vocab = docs[0].vocab
        self.by_lemma = PhraseMatcher(vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(vocab, attr="LOWER")
        self.weights: dict[str, tuple[Pillar, float]] = {}
        for (pillar, term, weight), doc in zip(entries, docs, strict=True):
            key = f"{pillar}|{term}"
            self.weights[key] = (pillar, weight)
            self.by_lower.add(key, [doc])
            if weight > WEAK:  # a weak word by its lemma is too loose: "menjalankan" is not "jalan"
                self.by_lemma.add(key, [set_lemmas(doc)])

    def match(self, doc: Doc) -> list[PillarMatch]:
        """Every lexicon term in the doc (lemmas are filled first), longest first where they overlap."""
        set_lemmas(doc)
        strings = doc.vocab.strings
        found: dict[tuple[int, int, str], PillarMatch] = {}
        for matcher in (self.by_lower, self.by_lemma):
            for match_id, start, end in matcher(doc):
                key = strings[match_id]
                pillar, weight = self.weights[key]
                span = doc[start:end]
                found[(span.start_char, span.end_char, pillar)] = PillarMatch(
                    pillar, span.start_char, span.end_char, key.split("|", 1)[1], weight
                )
        kept: list[PillarMatch] = []
        for m in sorted(found.values(), key=lambda m: (m.pillar, m.start, -(m.end - m.start))):
            if kept and kept[-1].pillar == m.pillar and m.start < kept[-1].end:
                continue
            kept.append(m)
        return sorted(kept, key=lambda m: (m.start, m.pillar))


def lexicon_scores(matches: Iterable[PillarMatch]) -> dict[Pillar, float]:
    """1 - exp(-W) per pillar, W the summed weights of its matched terms (each term counted at most twice);
    1.0 for a pillar the text names ("Smart Governance"): the annotation guide counts a named pillar."""
    counts: dict[tuple[Pillar, str], int] = defaultdict(int)
    totals: dict[Pillar, float] = dict.fromkeys(PILLARS, 0.0)
    named: set[Pillar] = set()
    for m in matches:
        counts[(m.pillar, m.term)] += 1
        if counts[(m.pillar, m.term)] <= 2:
            totals[m.pillar] += m.weight
        if m.weight >= NAME:
            named.add(m.pillar)
    return {p: 1.0 if p in named else 1.0 - math.exp(-w) for p, w in totals.items()}


def sentences(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph."""
    spans, start = [], 0
    for boundary in _SENTENCE_END.finditer(paragraph):
        spans.append((start, boundary.start()))
        start = boundary.end()
    if start < len(paragraph):
        spans.append((start, len(paragraph)))
    return [(s, e) for s, e in spans if paragraph[s:e].strip()]


def _evidence(paragraphs: Sequence[str], matches: Sequence[PillarMatch]) -> tuple[Evidence, ...]:
    """The sentences holding the strongest matches, one Evidence per sentence, in text order."""
    starts = [0]
    for p in paragraphs[:-1]:
        starts.append(starts[-1] + len(p) + 1)
    chosen: dict[tuple[int, int], float] = {}
    for m in matches:
        index = max(i for i, s in enumerate(starts) if s <= m.start)
        offset = m.start - starts[index]
        for s, e in sentences(paragraphs[index]):
            if s <= offset < e:
                chosen[(index, s)] = max(chosen.get((index, s), 0.0), m.weight)
                break
    best = sorted(chosen, key=lambda k: (-chosen[k], k))[:_MAX_EVIDENCE]
    result = []
    for index, s in sorted(best):
        e = next(end for start, end in sentences(paragraphs[index]) if start == s)
        result.append(Evidence(index, s, e, paragraphs[index][s:e]))
    return tuple(result)


def pillar_tags(
    paragraphs: Sequence[str],
    matches: Sequence[PillarMatch],
    model_scores: Mapping[Pillar, float] | None = None,
    *,
    threshold: float = 0.5,
    best_sentence: Callable[[Pillar], Evidence | None] | None = None,
) -> tuple[PillarTag, ...]:
    """The pillars whose combined score reaches ``threshold``, each with evidence, strongest first.

    ``score = 1 - (1 - lexicon) * (1 - model)``. A pillar the model alone supports takes as evidence the
    sentence ``best_sentence`` picks; without one it is not reported.
    """
    lexicon = lexicon_scores(matches)
    tags = []
    for pillar in PILLARS:
        model = (model_scores or {}).get(pillar, 0.0)
        score = 1.0 - (1.0 - lexicon[pillar]) * (1.0 - model)
        if score < threshold:
            continue
        evidence = _evidence(paragraphs, [m for m in matches if m.pillar == pillar])
        if not evidence and best_sentence is not None:
            sentence = best_sentence(pillar)
            evidence = (sentence,) if sentence else ()
        if evidence:
            tags.append(PillarTag(pillar, round(score, 4), evidence))
    return tuple(sorted(tags, key=lambda t: -t.score))


def match_text(text: str, nlp: Any) -> list[PillarMatch]:
    """Lexicon matches in plain text with a pipeline's tokenizer (for scripts and tests)."""
    return PillarLexicon(nlp).match(nlp.make_doc(text))
