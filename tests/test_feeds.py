"""read_feed on real feedparser, real bytes and a real local HTTP server."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from httpserver import HTTPTestServer

from smartnews import read_feed

WIB = timezone(timedelta(hours=7))

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Warta Kota Contoh</title><link>https://warta.example.id/</link>
<item>
  <title>Pemkot luncurkan aplikasi &amp; layanan izin daring</title>
  <link>https://warta.example.id/berita/1/aplikasi-izin</link>
  <guid isPermaLink="false">warta-1</guid>
  <pubDate>Rabu, 11 Jan 2023 14:30:00 WIB</pubDate>
  <description><![CDATA[<img src="https://warta.example.id/a.jpg" align="left" /> Ringkasan pendek.]]></description>
  <content:encoded><![CDATA[<p>Bogor (ANTARA) - Pemerintah kota meluncurkan aplikasi izin daring.</p>
  <p>Baca juga: <a href="/2">Wali kota resmikan ruang kendali</a></p><p>Warga bisa mengurus izin dari rumah.</p>]]>
  </content:encoded>
</item>
<item>
  <title>Tanpa guid</title>
  <link>https://warta.example.id/berita/2/tanpa-guid</link>
  <pubDate>Wed, 11 Jan 2023 07:30:00 GMT</pubDate>
  <description>Teks biasa tanpa HTML.</description>
</item>
</channel></rss>"""


def test_items_become_articles() -> None:
    result = read_feed(RSS)
    assert result.error is None and result.status is None
    first, second = result.articles
    assert first.id == "warta-1" and second.id == "https://warta.example.id/berita/2/tanpa-guid"
    assert first.title == "Pemkot luncurkan aplikasi & layanan izin daring"
    assert first.published == datetime(2023, 1, 11, 14, 30, tzinfo=WIB)
    assert second.published == datetime(2023, 1, 11, 14, 30, tzinfo=WIB)  # same instant
    assert first.source == "warta.example.id"
    assert first.text.splitlines()[0] == "Bogor (ANTARA) - Pemerintah kota meluncurkan aplikasi izin daring."
    assert first.html is not None and "<p>" in first.html
    assert second.text == "Teks biasa tanpa HTML." and second.html is None


def test_a_path_and_bytes_give_the_same_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    assert read_feed(path).articles == read_feed(str(path)).articles == read_feed(RSS).articles
    assert read_feed(RSS.decode()).articles == read_feed(RSS).articles  # the feed as a str


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"\x00\x01\x02 binary \xff\xfe" * 200, "not an rss or atom feed"),
        (b"<html><body><p>Bukan feed</p></body></html>", "not an rss or atom feed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b"<rss><channel><item><title>&b;</title></item></channel></rss>",
            "entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<rss><channel><item><title>&x;</title></item></channel></rss>",
            "entities",
        ),
    ],
)
def test_bad_feeds_return_an_error_and_never_raise(source: bytes, message: str) -> None:
    result = read_feed(source)
    assert result.articles == []
    assert result.error is not None and message in result.error.lower()


def test_a_missing_file_is_an_error() -> None:
    result = read_feed("/nonexistent/feed.xml")
    assert result.error is not None and "cannot read feed file" in result.error


def test_a_feed_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(RSS + b" " * 2_000_000)
    result = read_feed(path, max_bytes=1_000_000)
    assert result.articles == [] and result.error is not None and "cap" in result.error
    assert read_feed(RSS + b" " * 2_000_000, max_bytes=1_000_000).error is not None


def test_a_malformed_feed_keeps_what_it_can_and_says_so() -> None:
    broken = RSS.replace(b"</item>\n<item>", b"</itm>\n<item>", 1)
    result = read_feed(broken)
    assert result.error is not None and "malformed" in result.error
    assert len(result.articles) >= 1


def test_indonesian_and_invalid_dates() -> None:
    feed = b"""<rss version="2.0"><channel><title>t</title>
    <item><title>a</title><link>https://e.id/a</link><pubDate>11 Januari 2023 14:30 WITA</pubDate></item>
    <item><title>b</title><link>https://e.id/b</link><pubDate>kemarin</pubDate></item>
    <item><title>c</title><link>https://e.id/c</link><pubDate>Wed, 11 Jan 2023 14:30:00 WIB</pubDate></item>
    </channel></rss>"""
    a, b, c = read_feed(feed).articles
    assert a.published == datetime(2023, 1, 11, 14, 30, tzinfo=timezone(timedelta(hours=8)))
    assert b.published is None
    assert c.published == datetime(2023, 1, 11, 14, 30, tzinfo=WIB)  # feedparser alone says 14:30 UTC


def test_fetching_with_conditional_get(http_server: HTTPTestServer) -> None:
    url = http_server.route(
        "/rss.xml",
        body=RSS,
        etag='"v1"',
        last_modified="Wed, 11 Jan 2023 07:30:00 GMT",
        headers={"Content-Type": "application/rss+xml; charset=utf-8"},
    )
    first = read_feed(url)
    assert first.status == 200 and first.error is None and len(first.articles) == 2
    assert first.etag == '"v1"' and first.modified == "Wed, 11 Jan 2023 07:30:00 GMT"
    again = read_feed(url, etag=first.etag, modified=first.modified)
    assert again.status == 304 and again.articles == [] and again.error is None
    assert again.etag == '"v1"'
    sent = http_server.requests[-1].headers
    assert sent["if-none-match"] == '"v1"' and "smartnews" in sent["user-agent"]


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_are_reported(http_server: HTTPTestServer, status: int) -> None:
    url = http_server.route("/gone.xml", status=status, body=b"no")
    result = read_feed(url)
    assert result.status == status and result.articles == []
    assert result.error is not None and str(status) in result.error


def test_a_hanging_server_times_out(http_server: HTTPTestServer) -> None:
    url = http_server.route("/hang.xml", hang=True)
    started = time.monotonic()
    result = read_feed(url, timeout=1.0)
    assert time.monotonic() - started < 5  # bounded by the timeout, not hanging
    assert result.error is not None and "timed out" in result.error


def test_an_endless_redirect_is_reported(http_server: HTTPTestServer) -> None:
    http_server.route("/a", redirect_to="/b")
    http_server.route("/b", redirect_to="/a")
    result = read_feed(http_server.url("/a"))
    assert result.error is not None and "redirect" in result.error


def test_a_huge_remote_feed_is_cut_off(http_server: HTTPTestServer) -> None:
    url = http_server.route("/huge.xml", size=50_000_000)
    result = read_feed(url, max_bytes=1_000_000)
    assert result.error is not None and "larger than" in result.error
    assert http_server.requests[-1].bytes_sent < 20_000_000
