"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from httpserver import HTTPTestServer


@pytest.fixture
def http_server() -> Iterator[HTTPTestServer]:
    """A real HTTP server on 127.0.0.1 for this test; register answers with ``http_server.route(...)``."""
    with HTTPTestServer() as server:
        yield server
