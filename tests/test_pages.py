"""Article pages: extraction from pages we wrote in the shape of real outlets, served by a real local
HTTP server, and every way fetching a page can fail, recorded as the reason the feed summary was kept."""

from __future__ import annotations

import itertools
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from httpserver import HTTPTestServer

from smartnews import analyze, read_feed
from smartnews.errors import ExtractionError, FetchError, RobotsDisallowedError
from smartnews.pages import extract_article, fetch_article
from smartnews.polite import PoliteClient

PAGES = Path(__file__).resolve().parents[1] / "corpora" / "pages"
PAGE_FILES = sorted(PAGES.glob("*.html"))
HTML = {"Content-Type": "text/html; charset=utf-8"}


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def client(tmp_path: Path) -> PoliteClient:
    return PoliteClient(timeout=2.0, delay=0.0, cache_dir=tmp_path / "cache")


def test_there_are_page_fixtures() -> None:
    assert len(PAGE_FILES) >= 6
    assert all(p.with_suffix(".expected.json").exists() for p in PAGE_FILES)


@pytest.mark.parametrize("path", PAGE_FILES, ids=[p.stem for p in PAGE_FILES])
def test_page_extraction(path: Path, http_server: HTTPTestServer, client: PoliteClient) -> None:
    want = expected(path)
    url = http_server.route(f"/berita/{path.stem}", body=path.read_bytes(), headers=HTML)
    if not want["paragraphs"]:  # an index page: no article to extract
        with pytest.raises(ExtractionError, match="not an article"):
            fetch_article(url, client=client)
        return
    article = fetch_article(url, client=client)
    analysis = analyze(article)
    assert list(analysis.paragraphs) == want["paragraphs"]
    assert list(analysis.related) == want["related"]
    assert (analysis.dateline.to_dict() if analysis.dateline else None) == want["dateline"]
    assert article.title == want["title"]
    assert (article.published.isoformat() if article.published else None) == want["published"]
    if "author" in want:
        assert article.author == want["author"]
    everything = "\n".join([*analysis.paragraphs, *analysis.related])
    for chrome in want["must_not_contain"]:
        assert chrome not in everything


def test_in_body_links_survive_as_related(client: PoliteClient) -> None:
    html = (
        b"<html><body><nav><a href='/'>Beranda</a> <a href='/p'>Politik</a></nav><article><h1>Judul</h1>"
        b"<p>Kendari (ANTARA) - Pemerintah kota meluncurkan aplikasi layanan publik untuk warga kota.</p>"
        b"<p>Baca juga: <a href='/b'>Wali kota resmikan ruang kendali</a></p>"
        b"<p>Warga kini bisa mengurus dokumen kependudukan dari rumah tanpa antre di kantor kelurahan.</p>"
        b"<p><a href='/c'>Dinas kominfo latih aparatur desa kelola situs web</a></p>"
        b"<p>Aplikasi itu dikembangkan dinas komunikasi dan informatika bersama perguruan tinggi.</p>"
        b"</article><footer>Hak cipta PT Contoh Media</footer></body></html>"
    )
    analysis = analyze(extract_article(html, url="https://e.id/1"))
    assert analysis.related == (
        "Wali kota resmikan ruang kendali",
        "Dinas kominfo latih aparatur desa kelola situs web",
    )
    assert len(analysis.paragraphs) == 3 and "Beranda" not in " ".join(analysis.paragraphs)


@pytest.mark.parametrize("body", [b"", b"   ", b"<html><body><nav><a href='/'>x</a></nav></body></html>"])
def test_pages_without_an_article_raise_a_clear_error(body: bytes) -> None:
    with pytest.raises(ExtractionError):
        extract_article(body, url="https://e.id/kosong")


# -- failures, each recorded as the reason the feed summary was kept ------------------------------------


def feed_linking(urls: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Berita {i}</title><link>{u}</link><description>Ringkasan {i} dari feed.</description></item>"
        for i, u in enumerate(urls)
    )
    return f"<rss version='2.0'><channel><title>Uji</title>{items}</channel></rss>".encode()


def test_every_page_failure_keeps_the_summary_with_its_reason(
    http_server: HTTPTestServer, client: PoliteClient
) -> None:
    http_server.route(
        "/robots.txt", body=b"User-agent: *\nDisallow: /rahasia/\n", headers={"Content-Type": "text/plain"}
    )
    good = http_server.route("/berita/ok", body=page(PAGE_FILES[0].name), headers=HTML)
    http_server.route("/loop-a", redirect_to="/loop-b")
    http_server.route("/loop-b", redirect_to="/loop-a")
    cases = {
        http_server.route("/berita/hilang", status=404, body=b"no"): "404",
        http_server.route("/berita/rusak", status=500, body=b"err"): "500",
        http_server.url("/loop-a"): "redirect",
        http_server.route("/berita/macet", hang=True): "timed out",
        http_server.route("/berita/raksasa", size=20_000_000, headers=HTML): "larger than",
        http_server.route(
            "/berita/dokumen.pdf", body=b"%PDF-1.4 ...", headers={"Content-Type": "application/pdf"}
        ): "not an html page",
        http_server.route("/rahasia/berita", body=page(PAGE_FILES[0].name), headers=HTML): "robots.txt",
    }
    client.max_bytes = 2_000_000
    started = time.monotonic()
    result = read_feed(feed_linking([good, *cases]), full_text=True, timeout=1.0, client=client)
    assert time.monotonic() - started < 15  # one hang costs the timeout, nothing hangs for good
    first, *failed = result.articles
    assert first.page_error is None and len(first.text.splitlines()) > 3
    for article, reason in zip(failed, cases.values(), strict=True):
        assert article.page_error is not None and reason in article.page_error.lower(), article.page_error
        assert article.text.startswith("Ringkasan")  # the summary is kept, nothing is lost
        assert any("article page failed" in w for w in analyze(article).warnings)
    assert not any(r.path.startswith("/rahasia/") for r in http_server.requests)


def test_an_item_without_a_link_says_so() -> None:
    feed = b"<rss version='2.0'><channel><title>t</title><item><title>a</title><description>Isi.</description></item></channel></rss>"
    (article,) = read_feed(feed, full_text=True).articles
    assert article.page_error is not None and "no link" in article.page_error


# -- politeness ---------------------------------------------------------------------------------------------


def test_robots_txt_is_fetched_once_per_host_and_obeyed(
    http_server: HTTPTestServer, client: PoliteClient
) -> None:
    http_server.route(
        "/robots.txt", body=b"User-agent: smartnews\nDisallow: /arsip/\n\nUser-agent: *\nDisallow: /\n"
    )
    ok = [http_server.route(f"/berita/{i}", body=page(PAGE_FILES[0].name), headers=HTML) for i in range(3)]
    for url in ok:
        fetch_article(url, client=client)
    with pytest.raises(RobotsDisallowedError):
        fetch_article(http_server.route("/arsip/1", body=b"<html></html>", headers=HTML), client=client)
    paths = [r.path for r in http_server.requests]
    assert paths.count("/robots.txt") == 1 and "/arsip/1" not in paths


def test_an_unreachable_robots_txt_allows_nothing_a_missing_one_everything(
    http_server: HTTPTestServer, tmp_path: Path
) -> None:
    url = http_server.route("/berita/1", body=page(PAGE_FILES[0].name), headers=HTML)
    assert fetch_article(url, client=PoliteClient(delay=0, cache_dir=None)).text  # 404 robots.txt
    http_server.route("/robots.txt", status=503, body=b"busy")
    with pytest.raises(RobotsDisallowedError, match="503"):
        fetch_article(url, client=PoliteClient(delay=0, cache_dir=None))
    assert fetch_article(url, client=PoliteClient(delay=0, respect_robots=False, cache_dir=None)).text


def test_requests_to_a_host_are_spaced_and_never_concurrent(http_server: HTTPTestServer) -> None:
    urls = [
        http_server.route(f"/berita/{i}", body=page(PAGE_FILES[0].name), headers=HTML, delay=0.1)
        for i in range(4)
    ]
    client = PoliteClient(delay=0.3, cache_dir=None)
    threads = [threading.Thread(target=fetch_article, args=(u,), kwargs={"client": client}) for u in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    pages = sorted(
        (r for r in http_server.requests if r.path.startswith("/berita/")), key=lambda r: r.started
    )
    assert len(pages) == 4
    for before, after in itertools.pairwise(pages):
        assert before.finished is not None
        assert after.started >= before.finished  # one request at a time
        assert after.started - before.started >= 0.3  # and the delay between them


def test_the_user_agent_names_the_project(http_server: HTTPTestServer, client: PoliteClient) -> None:
    fetch_article(http_server.route("/berita/1", body=page(PAGE_FILES[0].name), headers=HTML), client=client)
    assert all("smartnews" in r.headers["user-agent"] for r in http_server.requests)


def test_the_disk_cache_makes_a_second_fetch_conditional(http_server: HTTPTestServer, tmp_path: Path) -> None:
    url = http_server.route("/berita/1", body=page(PAGE_FILES[0].name), headers=HTML, etag='"v1"')
    first = fetch_article(url, client=PoliteClient(delay=0, cache_dir=tmp_path))
    # a new client (a new process, say) with the same cache folder
    client = PoliteClient(delay=0, cache_dir=tmp_path)
    second = fetch_article(url, client=client)
    assert second == first
    last = [r for r in http_server.requests if r.path == "/berita/1"][-1]
    assert last.headers.get("if-none-match") == '"v1"' and last.bytes_sent == 0  # answered 304
    response = client.get(url)
    assert response.from_cache and response.status == 200


def test_fetch_errors_are_fetch_errors(http_server: HTTPTestServer, client: PoliteClient) -> None:
    with pytest.raises(FetchError, match="404"):
        fetch_article(http_server.route("/x", status=404), client=client)
    with pytest.raises(OSError):  # FetchError is also the built-in it resembles
        fetch_article(http_server.route("/y", status=500), client=client)
