"""Is a text Indonesian? A cheap check on the share of Indonesian function words.

>>> looks_indonesian("Pemerintah kota akan membangun jalan yang baru di daerah itu untuk warga.")
True
>>> looks_indonesian("The city government will build a new road in the area for residents.")
False
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files

_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _function_words() -> frozenset[str]:
    data = tomllib.loads((files("smartnews") / "data" / "language.toml").read_text(encoding="utf-8"))
    return frozenset(data["function_words"])


def indonesian_share(text: str) -> tuple[float, int]:
    """The share of words that are Indonesian function words, and the number of words."""
    words = _WORD.findall(text.casefold())
    if not words:
        return 0.0, 0
    hits = sum(1 for w in words if w in _function_words())
    return hits / len(words), len(words)


def looks_indonesian(text: str, *, min_share: float = 0.04, min_words: int = 8) -> bool:
    """False only when the text is long enough to judge and has too few Indonesian function words."""
    share, n = indonesian_share(text)
    return n < min_words or share >= min_share
