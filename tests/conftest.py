"""Shared pytest fixtures."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from httpserver import HTTPTestServer

# Tests never touch the user's cache, and do not wait a second between two requests to the local server.
_SCRATCH = Path(tempfile.mkdtemp(prefix="smartnews-tests-"))
(_SCRATCH / "settings.toml").write_text(
    f'[fetch]\npage_delay = 0.0\ncache = "{(_SCRATCH / "http-cache").as_posix()}"\n', encoding="utf-8"
)
os.environ["SMARTNEWS_SETTINGS"] = str(_SCRATCH / "settings.toml")
os.environ["XDG_CACHE_HOME"] = str(_SCRATCH / "xdg-cache")


@pytest.fixture
def http_server() -> Iterator[HTTPTestServer]:
    """A real HTTP server on 127.0.0.1 for this test; register answers with ``http_server.route(...)``."""
    with HTTPTestServer() as server:
        yield server


SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_2a80053b0edbb364.txt"
CORPORA = Path(__file__).resolve().parents[1] / "corpora"
# What issue 2 states for the seed: 11 body paragraphs, 4 related headlines, dateline Sampit/ANTARA.
SEED_EXPECTED = {
    "paragraphs": 11,
    "related_count": 4,
    "dateline": {"place": "Sampit", "agency": "ANTARA"},
    "first_paragraph_starts": "Pemerintah Kabupaten Kotawaringin Timur",
}


@pytest.fixture
def seed() -> tuple[str, dict[str, Any]]:
    """The seed article and what it must give; where ../shared is absent, our own article of its shape."""
    if SEED.exists():
        return SEED.read_text(encoding="utf-8"), SEED_EXPECTED
    own = CORPORA / "articles" / "seed_shape"
    expected = json.loads(own.with_suffix(".expected.json").read_text(encoding="utf-8"))
    expected["related_count"] = len(expected["related"])
    return own.with_suffix(".txt").read_text(encoding="utf-8"), expected


@pytest.fixture
def seed_text(seed: tuple[str, dict[str, Any]]) -> str:
    return seed[0]
