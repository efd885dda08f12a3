"""Article pages: pages per second through fetch + extract + clean + dedup, from a local HTTP server.

    python benchmarks/pages.py [--pages 300]

The page fixtures of corpora/pages are served by a real HTTP server on 127.0.0.1 (each request a new
URL, so the cache never answers). Prints the time spent in each step, the share of extraction, and our
extraction against plain ``trafilatura.extract`` of the same pages, in the same process.
"""

from __future__ import annotations

import argparse
import functools
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import trafilatura

from smartnews.pages import extract_article
from smartnews.pipeline import analyze
from smartnews.polite import PoliteClient

PAGES = Path(__file__).resolve().parents[1] / "corpora" / "pages"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    names = sorted(p.name for p in PAGES.glob("*.html") if p.name != "not_article.html")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(PAGES)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    client = PoliteClient(delay=0.0, cache_dir=None)
    timings = {"fetch": 0.0, "extract": 0.0, "clean + dedup": 0.0}
    bodies = []
    started = time.perf_counter()
    for i in range(args.pages):
        t0 = time.perf_counter()
        response = client.get(f"{base}/{names[i % len(names)]}?n={i}")
        t1 = time.perf_counter()
        article = extract_article(response.body, url=response.url)
        t2 = time.perf_counter()
        analyze(article)
        t3 = time.perf_counter()
        timings["fetch"] += t1 - t0
        timings["extract"] += t2 - t1
        timings["clean + dedup"] += t3 - t2
        bodies.append(response.body)
    total = time.perf_counter() - started
    server.shutdown()
    plain = time.perf_counter()
    for body in bodies:
        trafilatura.extract(body)
    plain = time.perf_counter() - plain

    print(
        f"{args.pages} pages ({len(names)} fixtures), {args.pages / total:.0f} pages/s end to end, one thread"
    )
    print("| step | seconds | share |")
    print("|---|---|---|")
    for step, seconds in timings.items():
        print(f"| {step} | {seconds:.2f} | {seconds / total:.0%} |")
    print(f"| total | {total:.2f} | 100% |")
    print(
        f"\nextract_article vs plain trafilatura.extract on the same pages: {timings['extract'] / plain:.2f}x"
    )


if __name__ == "__main__":
    main()
