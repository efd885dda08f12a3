"""Paragraph deduplication inside one article: exact repeats and near-duplicates.

The first occurrence is kept; every later copy is recorded with the index of the kept paragraph. Two
paragraphs whose numbers differ are never near-duplicates (``Rp3,2 juta`` vs ``Rp3,5 juta`` are different
facts). The result depends only on the paragraphs given: there is no state between articles.

>>> kept, removed = deduplicate(["Satu dua tiga.", "satu dua TIGA", "Empat."])
>>> kept, [(r.reason, r.duplicate_of) for r in removed]
(['Satu dua tiga.', 'Empat.'], [('duplicate', 0)])
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from smartnews.types import Removed

_NON_WORD = re.compile(r"[\W_]+")
_NUMBER = re.compile(r"\d+")


def normalize(text: str) -> str:
    """The form paragraphs are compared in: NFKC, case-folded, letters and digits single-spaced.

    >>> normalize("“Kami  SIAP,” kata-nya.")
    'kami siap kata nya'
    """
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def deduplicate(
    paragraphs: Sequence[str], *, threshold: float = 88.0, min_chars: int = 40
) -> tuple[list[str], list[Removed]]:
    """Keep the first of each group of repeated paragraphs.

    ``threshold`` is the :func:`rapidfuzz.fuzz.ratio` (0-100) of normalised texts at or above which a
    paragraph is a near-duplicate of a kept one; paragraphs shorter than ``min_chars`` normalised
    characters are only removed as exact repeats. Returns the kept paragraphs, in order, and the removals.
    """
    kept: list[str] = []
    removed: list[Removed] = []
    exact: dict[str, int] = {}
    long_norms: list[str] = []
    long_index: list[int] = []  # position in `kept` of each entry of long_norms
    for paragraph in paragraphs:
        norm = normalize(paragraph)
        if norm in exact:
            removed.append(Removed(paragraph, "duplicate", exact[norm]))
            continue
        if len(norm) >= min_chars and long_norms:
            match = _near_duplicate(norm, long_norms, threshold)
            if match is not None:
                removed.append(Removed(paragraph, "near_duplicate", long_index[match]))
                continue
        exact[norm] = len(kept)
        if len(norm) >= min_chars:
            long_norms.append(norm)
            long_index.append(len(kept))
        kept.append(paragraph)
    return kept, removed


def _near_duplicate(norm: str, candidates: list[str], threshold: float) -> int | None:
    """Index of the most similar earlier paragraph with the same numbers, if any reaches the threshold."""
    numbers = _NUMBER.findall(norm)
    for _, score, index in process.extract(
        norm, candidates, scorer=fuzz.ratio, score_cutoff=threshold, limit=None
    ):
        if score >= threshold and _NUMBER.findall(candidates[index]) == numbers:
            return int(index)
    return None
