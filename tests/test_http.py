"""smartnews.http.fetch against a real local server: statuses, validators, redirects, deadlines, caps."""

from __future__ import annotations

import gzip
import time
import zlib

import pytest
from httpserver import HTTPTestServer, unused_port

from smartnews.errors import FetchError, HTTPStatusError
from smartnews.http import DEFAULT_USER_AGENT, Response, fetch

LAST_MODIFIED = "Wed, 11 Jan 2023 08:00:00 GMT"


def test_200_returns_body_and_lower_cased_headers(http_server: HTTPTestServer) -> None:
    url = http_server.route("/feed.xml", body=b"<rss/>", headers={"Content-Type": "application/rss+xml"})
    response = fetch(url)
    assert response == Response(url, 200, response.headers, b"<rss/>")
    assert response.headers["content-type"] == "application/rss+xml"
    assert all(name == name.lower() for name in response.headers)


def test_sends_a_user_agent_that_names_smartnews(http_server: HTTPTestServer) -> None:
    fetch(http_server.route("/feed.xml", body=b"x"))
    sent = http_server.requests[0].headers
    assert sent["user-agent"] == DEFAULT_USER_AGENT
    assert sent["user-agent"].startswith("smartnews/")
    assert "gzip" in sent["accept-encoding"]
    assert "if-none-match" not in sent
    assert "if-modified-since" not in sent


def test_etag_then_304_with_empty_body(http_server: HTTPTestServer) -> None:
    url = http_server.route("/feed.xml", body=b"<rss/>", etag='"v1"')
    first = fetch(url)
    assert first.headers["etag"] == '"v1"'
    second = fetch(url, etag=first.headers["etag"])
    assert (second.status, second.body) == (304, b"")
    assert http_server.requests[1].headers["if-none-match"] == '"v1"'


def test_changed_etag_gets_the_full_body(http_server: HTTPTestServer) -> None:
    url = http_server.route("/feed.xml", body=b"<rss/>", etag='"v2"')
    assert fetch(url, etag='"v1"').status == 200


def test_last_modified_then_304(http_server: HTTPTestServer) -> None:
    url = http_server.route("/feed.xml", body=b"<rss/>", last_modified=LAST_MODIFIED)
    first = fetch(url)
    second = fetch(url, modified=first.headers["last-modified"])
    assert (second.status, second.body) == (304, b"")
    assert http_server.requests[1].headers["if-modified-since"] == LAST_MODIFIED


@pytest.mark.parametrize(("status", "reason"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_error_status_raises_http_status_error(http_server: HTTPTestServer, status: int, reason: str) -> None:
    url = http_server.route("/broken", body=b"oops", status=status)
    with pytest.raises(HTTPStatusError) as caught:
        fetch(url)
    assert caught.value.status == status
    assert f"HTTP {status} {reason} for {url}" in str(caught.value)


def test_redirect_is_followed_and_url_is_the_final_one(http_server: HTTPTestServer) -> None:
    start = http_server.route("/old", redirect_to="/new", status=301)
    final = http_server.route("/new", body=b"moved here")
    response = fetch(start)
    assert (response.url, response.body) == (final, b"moved here")


def test_redirect_to_absolute_url(http_server: HTTPTestServer) -> None:
    final = http_server.route("/new", body=b"here")
    assert fetch(http_server.route("/old", redirect_to=final)).url == final


def test_redirect_loop_fails_quickly(http_server: HTTPTestServer) -> None:
    http_server.route("/a", redirect_to="/b")
    http_server.route("/b", redirect_to="/a")
    started = time.monotonic()
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(http_server.url("/a"))
    assert time.monotonic() - started < 2


def test_long_redirect_chain_fails(http_server: HTTPTestServer) -> None:
    for hop in range(7):
        http_server.route(f"/{hop}", redirect_to=f"/{hop + 1}")
    http_server.route("/7", body=b"too far")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(http_server.url("/0"))
    assert len(http_server.requests) == 6  # the first request and 5 redirects


def test_redirect_to_another_scheme_is_refused(http_server: HTTPTestServer) -> None:
    url = http_server.route("/old", redirect_to="file:///etc/passwd")
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_server_that_never_answers_fails_at_the_deadline(http_server: HTTPTestServer) -> None:
    url = http_server.route("/hang", hang=True)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out") as caught:
        fetch(url, timeout=1)
    assert time.monotonic() - started < 5
    assert url in str(caught.value)


def test_dripping_server_fails_at_the_total_deadline(http_server: HTTPTestServer) -> None:
    url = http_server.route("/drip", body=b"x" * 100, drip=0.2)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(url, timeout=1)
    elapsed = time.monotonic() - started
    assert 0.9 < elapsed < 2.5  # each byte comes well within the timeout: only a total deadline stops it


def test_big_body_without_length_stops_at_the_cap(http_server: HTTPTestServer) -> None:
    url = http_server.route("/big", size=20_000_000, content_length=False)
    with pytest.raises(FetchError, match="larger than 1000000 bytes"):
        fetch(url, max_bytes=1_000_000)
    assert http_server.requests[0].bytes_sent < 20_000_000


def test_content_length_over_the_cap_fails_before_reading(http_server: HTTPTestServer) -> None:
    # The header lies: had the client read on, it would report a truncated body instead.
    url = http_server.route("/huge", body=b"small", headers={"Content-Length": "50000000"})
    with pytest.raises(FetchError, match=r"larger than 1000000 bytes \(Content-Length 50000000\)"):
        fetch(url, max_bytes=1_000_000)


def test_body_shorter_than_content_length_fails(http_server: HTTPTestServer) -> None:
    url = http_server.route("/short", body=b"small", headers={"Content-Length": "100"})
    with pytest.raises(FetchError, match="closed early"):
        fetch(url)


def test_gzip_body_is_decoded(http_server: HTTPTestServer) -> None:
    url = http_server.route("/feed.xml", body=b"<rss>" + b"berita " * 1000 + b"</rss>", gzip=True)
    response = fetch(url)
    assert response.body == b"<rss>" + b"berita " * 1000 + b"</rss>"
    assert response.headers["content-encoding"] == "gzip"


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_body_is_decoded(http_server: HTTPTestServer, wbits: int) -> None:
    packer = zlib.compressobj(wbits=wbits)
    body = packer.compress(b"<rss/>") + packer.flush()
    url = http_server.route("/feed.xml", body=body, headers={"Content-Encoding": "deflate"})
    assert fetch(url).body == b"<rss/>"


def test_gzip_bomb_fails_at_the_cap(http_server: HTTPTestServer) -> None:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1_000_000)
    bomb = b"".join(packer.compress(zeros) for _ in range(50)) + packer.flush()
    assert len(bomb) < 100_000
    url = http_server.route("/bomb", body=bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="larger than 1000000 bytes"):
        fetch(url, max_bytes=1_000_000)


def test_truncated_gzip_fails(http_server: HTTPTestServer) -> None:
    url = http_server.route(
        "/cut", body=gzip.compress(b"x" * 1000)[:-8], headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match="truncated"):
        fetch(url)


def test_connection_refused() -> None:
    url = f"http://127.0.0.1:{unused_port()}/feed.xml"
    with pytest.raises(FetchError, match="connection refused") as caught:
        fetch(url, timeout=2)
    assert url in str(caught.value)


def test_unresolvable_host() -> None:
    with pytest.raises(FetchError, match=r"could not fetch http://nonexistent\.invalid/"):
        fetch("http://nonexistent.invalid/", timeout=2)


def test_not_http_answer(http_server: HTTPTestServer) -> None:
    with pytest.raises(FetchError, match="could not fetch"):
        fetch(f"https://127.0.0.1:{http_server.port}/", timeout=2)  # TLS to a plain HTTP server


@pytest.mark.parametrize("url", ["ftp://example.org/feed.xml", "file:///etc/passwd", "example.org/feed"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_fetch_error_is_an_os_error() -> None:
    with pytest.raises(OSError):
        fetch("ftp://example.org/feed.xml")
    assert issubclass(HTTPStatusError, OSError)
