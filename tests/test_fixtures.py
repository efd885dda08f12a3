"""Fixture feeds and articles in corpora/ state what they expect (NAME.expected.json beside NAME.xml/.txt)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, cast

import pytest

from smartnews import analyze, read_feed
from smartnews.cli import decode_text
from smartnews.types import Analysis, Article

CORPORA = Path(__file__).resolve().parents[1] / "corpora"
FEEDS = sorted((CORPORA / "feeds").glob("*.xml"))
ARTICLES = sorted((CORPORA / "articles").glob("*.txt"))


def expected_for(path: Path) -> dict[str, Any]:
    return cast(
        dict[str, Any], json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    )


def check_item(analysis: Analysis, article: Article | None, expected: dict[str, Any]) -> None:
    if "title" in expected:
        assert analysis.title == expected["title"]
    if "url" in expected:
        assert analysis.url == expected["url"]
    if "published" in expected:
        published = analysis.published.isoformat() if analysis.published else None
        assert published == expected["published"]
    if "dateline" in expected:
        assert (analysis.dateline.to_dict() if analysis.dateline else None) == expected["dateline"]
    if "paragraphs" in expected:
        assert len(analysis.paragraphs) == expected["paragraphs"], analysis.paragraphs
    if "first_paragraph_starts" in expected:
        assert analysis.paragraphs[0].startswith(expected["first_paragraph_starts"])
    if "related" in expected:
        assert list(analysis.related) == expected["related"]
    if "removed" in expected:
        counts = Counter(r.reason for r in analysis.removed)
        assert {k: counts.get(k, 0) for k in expected["removed"]} == expected["removed"], analysis.removed


def test_the_fixtures_are_there() -> None:
    assert len(FEEDS) >= 10 and len(ARTICLES) >= 3
    assert all(path.with_name(path.stem + ".expected.json").exists() for path in FEEDS + ARTICLES)


@pytest.mark.parametrize("path", FEEDS, ids=[p.name for p in FEEDS])
def test_feed_fixture(path: Path) -> None:
    expected = expected_for(path)
    result = read_feed(path)
    if "error" in expected:
        if expected["error"] is None:
            assert result.error is None
        else:
            assert result.error is not None and expected["error"] in result.error.lower()
    if "articles" in expected:
        assert len(result.articles) == expected["articles"]
    for article, item in zip(result.articles, expected.get("items", []), strict=False):
        check_item(analyze(article), article, item)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_article_fixture(path: Path) -> None:
    expected = expected_for(path)
    analysis = analyze(decode_text(path.read_bytes()))
    check_item(analysis, None, expected)
    if "language" in expected:
        assert analysis.language == expected["language"]
