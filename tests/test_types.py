"""The Analysis JSON shape is a public contract: these tests pin it."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import smartnews
from smartnews.types import Analysis, Article, Dateline, Evidence, PillarTag, Removed

CONTRACT_KEYS = [
    "id",
    "url",
    "title",
    "source",
    "published",
    "dateline",
    "paragraphs",
    "removed",
    "related",
    "relevance",
    "pillars",
    "officials",
    "regions",
    "organizations",
    "entities",
]


def test_to_dict_has_exactly_the_contract_keys(seed: tuple[str, dict[str, Any]]) -> None:
    data = smartnews.analyze(seed[0]).to_dict()
    assert list(data) == CONTRACT_KEYS
    assert data["dateline"] == seed[1]["dateline"]
    assert all(set(r) == {"text", "reason", "duplicate_of"} for r in data["removed"])
    json.dumps(data)  # serialisable as is


def test_round_trip_through_json() -> None:
    wib = timezone(timedelta(hours=7))
    analysis = Analysis(
        id="x",
        url="https://example.id/a",
        title="Judul",
        source="example.id",
        published=datetime(2023, 1, 11, 14, 30, tzinfo=wib),
        dateline=Dateline("Sampit", "ANTARA"),
        paragraphs=("Satu.", "Dua."),
        removed=(Removed("Satu.", "duplicate", 0),),
        related=("Judul lain",),
        pillars=(PillarTag("governance", 0.9, (Evidence(0, 0, 4, "Satu"),)),),
    )
    data = json.loads(json.dumps(analysis.to_dict()))
    assert data["published"] == "2023-01-11T14:30:00+07:00"
    assert Analysis.from_dict(data) == analysis


def test_article_from_text_is_stable_and_aware() -> None:
    a = Article.from_text("Isi berita.", published="Rabu, 11 Januari 2023 14:30 WIB")
    b = Article.from_text("Isi berita.")
    assert a.id == b.id and a.id.startswith("sha256:")
    assert a.published is not None and a.published.utcoffset() == timedelta(hours=7)
    naive = Article.from_text("x", published=datetime(2023, 1, 1, 8, 0), url="https://e.id/1")
    assert naive.id == "https://e.id/1"
    assert naive.published is not None and naive.published.tzinfo is not None


def test_article_round_trip() -> None:
    a = Article.from_text("Isi.", title="T", url="https://e.id/1", source="e.id", published="2023-01-11")
    assert Article.from_dict(json.loads(json.dumps(a.to_dict()))) == a


def test_public_api_is_importable_lazily() -> None:
    for name in smartnews.__all__:
        assert getattr(smartnews, name) is not None
