"""Indonesian lemmas from a lookup table, with the passives the table misses.

The table is spaCy's Indonesian lemma lookup (``data/id_lemma_lookup.json.gz``, 36,872 entries, from the
MIT-licensed spacy-lookups-data package; see ``data/LICENSE-spacy-lookups-data``). It is case-sensitive and
lacks most ``di-`` passives; :func:`lemma` lowercases and, for an unknown ``di-`` word, lemmatises the
rest: ``dibangun`` → ``bangun``, ``diusulkan`` → ``usul``. It over-stems as the table does
(``pemerintah`` → ``perintah``): a matcher that compares lemmas of both sides is not hurt by that.

>>> [lemma(w) for w in ["Pembangunan", "dibangun", "pengelolaan", "diusulkan", "sampah"]]
['bangun', 'bangun', 'kelola', 'usul', 'sampah']
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib.resources import files

_SUFFIXES = ("kan", "i", "nya")


@functools.cache
def _table() -> dict[str, str]:
    raw = (files("smartnews") / "data" / "id_lemma_lookup.json.gz").read_bytes()
    table: dict[str, str] = json.loads(gzip.decompress(raw))
    return table


@functools.cache
def lemma(word: str) -> str:
    """The lemma of one word (lowercase)."""
    table = _table()
    lower = word.casefold()
    if lower in table:
        return table[lower]
    if lower.startswith("di") and len(lower) > 5:
        rest = lower[2:]
        if rest in table:
            return table[rest]
        for suffix in _SUFFIXES:
            stem = rest.removesuffix(suffix)
            if stem != rest and len(stem) > 2 and (stem in table or stem in _known_lemmas()):
                return table.get(stem, stem)
        if rest in _known_lemmas():
            return rest
    return lower


@functools.cache
def _known_lemmas() -> frozenset[str]:
    return frozenset(_table().values())


def is_word(word: str) -> bool:
    """True for a word of the lookup table (a form or a lemma): an Indonesian word, not a name.

    >>> is_word("Imigrasi"), is_word("Mahathir")
    (True, False)
    """
    lower = word.casefold()
    return lower in _table() or lower in _known_lemmas()
