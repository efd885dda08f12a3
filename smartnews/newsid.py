"""Reading the news-id corpus (CLICK-ID, ``clickid.jsonl.gz``) from a ``--data`` folder.

The corpus is never copied into the project: training and evaluation code reads it from where the user
keeps it. Its texts are scraped: paragraphs joined by ``,`` after the previous paragraph's closing
punctuation, which :func:`paragraphs` undoes. The ``test`` split is refused unless asked for by name.

>>> paragraphs('Satu kalimat.,Dua kalimat.,"Kutipan," kata dia.')
['Satu kalimat.', 'Dua kalimat.', '"Kutipan," kata dia.']
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from smartnews.types import Article

FILE = "clickid.jsonl.gz"
# news-id joins paragraphs with "," right after the previous paragraph's closing punctuation.
_JOIN = re.compile(r"(?<=[.!?\"”])\s*,+(?=\s*\S)")


def paragraphs(content: str) -> list[str]:
    """The paragraphs of a news-id ``content`` string."""
    return [p.strip(" ,") for p in _JOIN.split(content) if p.strip(" ,")]


def records(data: Path, splits: Iterable[str] = ("train", "dev")) -> Iterator[dict[str, Any]]:
    """The corpus records of the given splits, in file order. ``data`` is the folder or the file."""
    path = data / FILE if data.is_dir() else data
    wanted = set(splits)
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["split"] in wanted:
                yield record


def to_article(record: dict[str, Any]) -> Article:
    """A news-id record as an :class:`Article` (one paragraph a line)."""
    return Article(
        id=record["id"],
        url=record.get("url"),
        title=record.get("title"),
        published=None,
        source=record.get("source"),
        text="\n".join(paragraphs(record.get("content") or "")),
    )
