"""The ``smartnews`` command.

``smartnews analyze PATH|URL|- [--format json|jsonl|text] [--full-text]``: a plain-text file (or stdin) is
one article, one paragraph a line; an RSS/Atom file or URL is a feed; an HTML page (file or URL) is one
article extracted from the page. Exit status 0 on success, 1 with a one-line error
for unusable input, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from smartnews.commands import add_parsers, run
from smartnews.errors import InputError, SmartnewsError
from smartnews.http import is_url
from smartnews.pipeline import analyze_many
from smartnews.settings import BACKENDS, Settings, load_settings
from smartnews.types import Analysis, Article

log = logging.getLogger("smartnews")

_FEED_STARTS = (b"<?xml", b"<rss", b"<feed", b"<rdf:rdf", b"<!doctype rss")


def looks_like_feed(body: bytes) -> bool:
    """True when the bytes start like an XML feed (after a BOM and whitespace)."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(_FEED_STARTS)


def decode_text(body: bytes) -> str:
    """Plain-text input as str: UTF-8 (with or without BOM), else Windows-1252; binary data is refused."""
    if not body.strip():
        raise InputError("input is empty: give a text file with one paragraph a line, or a feed")
    sample = body[:65536]
    if b"\x00" in sample:
        raise InputError("input looks binary (it contains NUL bytes): give UTF-8 text or an RSS/Atom feed")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = body.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:65536] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > 0.05 * min(len(text), 65536) or text.count("\ufffd") > 0.05 * len(text):
        raise InputError("input looks binary (control characters): give UTF-8 text or an RSS/Atom feed")
    return text


def _read_source(source: str, settings: Settings) -> tuple[bytes, str | None, str | None]:
    """The bytes of a path, URL or stdin ("-"), the URL when there is one, and its Content-Type."""
    if source == "-":
        return sys.stdin.buffer.read(settings.fetch.max_bytes + 1), None, None
    if is_url(source):
        from smartnews.pages import default_client

        response = default_client(settings).get(source)
        return response.body, response.url, response.headers.get("content-type")
    path = Path(source)
    try:
        if path.stat().st_size > settings.fetch.max_bytes:
            raise InputError(f"{path} is over the {settings.fetch.max_bytes:,}-byte cap")
        return path.read_bytes(), None, None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc


def _articles(source: str, settings: Settings, full_text: bool) -> tuple[Iterable[Article], bool]:
    """The articles in a source, and whether it was a feed.

    A feed gives its items (with their pages' full text if asked); an HTML page (a URL or a file) is one
    article extracted from the page; anything else is plain text, one paragraph a line.
    """
    body, url, content_type = _read_source(source, settings)
    if len(body) > settings.fetch.max_bytes:
        raise InputError(f"input is over the {settings.fetch.max_bytes:,}-byte cap")
    if looks_like_feed(body):
        from smartnews.feeds import parse_feed_bytes, with_full_text  # feedparser: only for feeds

        result = parse_feed_bytes(body, url=url, max_bytes=settings.fetch.max_bytes)
        if result.error and not result.articles:
            raise InputError(result.error)  # (a malformed feed with items left: smartnews.feeds warned)
        articles: Iterable[Article] = result.articles
        if full_text:
            from smartnews.pages import default_client

            client = default_client(settings)
            articles = (with_full_text(a, timeout=settings.fetch.timeout, client=client) for a in articles)
        return articles, True
    from smartnews.pages import extract_article, is_html  # trafilatura: only for pages

    if is_html(content_type, body):
        return [extract_article(body, url=url)], False
    if url is not None:
        raise InputError(f"{url} returned neither a feed nor an HTML page (Content-Type {content_type})")
    name = None if source == "-" else Path(source).name
    return [Article.from_text(decode_text(body), source=name)], False


def _text_summary(analysis: Analysis, out: TextIO) -> None:
    removed: dict[str, int] = {}
    for r in analysis.removed:
        removed[r.reason] = removed.get(r.reason, 0) + 1
    dateline = analysis.dateline
    place = f"{dateline.place} ({dateline.agency})" if dateline and dateline.agency else None
    lines = [
        f"# {analysis.title or '(untitled)'}",
        f"  id: {analysis.id}",
        f"  published: {analysis.published.isoformat() if analysis.published else '-'}",
        f"  dateline: {place or (dateline.place if dateline else '-')}",
        f"  paragraphs: {len(analysis.paragraphs)}; removed: "
        + (", ".join(f"{n} {reason}" for reason, n in sorted(removed.items())) or "none"),
    ]
    lines += [f"  related: {headline}" for headline in analysis.related]
    lines += [f"  warning: {w}" for w in analysis.warnings]
    if analysis.relevance is not None:
        verdict = "relevant" if analysis.relevance.relevant else "not relevant"
        lines.append(f"  smart city: {analysis.relevance.score:.2f} ({verdict})")
    if analysis.pillars:
        lines.append("  pillars: " + ", ".join(f"{t.pillar} {t.score:.2f}" for t in analysis.pillars))
    lines += [f"  official: {o.name} — {o.title} ({o.region_code or '-'})" for o in analysis.officials]
    if analysis.regions:
        lines.append(
            "  regions: " + ", ".join(f"{r.name} ({r.code}) ×{r.mentions}" for r in analysis.regions)
        )
    if analysis.organizations:
        lines.append("  organisations: " + ", ".join(o.acronym or o.name for o in analysis.organizations))
    for i, paragraph in enumerate(analysis.paragraphs[:3]):
        lines.append(f"  [{i}] {paragraph if len(paragraph) <= 160 else paragraph[:157] + '...'}")
    if len(analysis.paragraphs) > 3:
        lines.append(f"  ... {len(analysis.paragraphs) - 3} more paragraphs")
    out.write("\n".join(lines) + "\n\n")


def _write(analyses: Iterable[Analysis], fmt: str, is_feed: bool, out: TextIO) -> None:
    if fmt == "jsonl":
        for a in analyses:
            out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "text":
        for a in analyses:
            _text_summary(a, out)
    else:
        items: list[dict[str, Any]] = [a.to_dict() for a in analyses]
        payload: Any = items if is_feed else items[0]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartnews", description="Watch Indonesian news for Smart City stories."
    )
    parser.add_argument("--settings", help="a TOML file overriding settings.toml key by key")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress (INFO)")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse an article (text file) or a feed (RSS/Atom file or URL)")
    an.add_argument("source", help="a path, an http(s) URL, or - for standard input")
    an.add_argument("--format", choices=("json", "jsonl", "text"), default="json")
    an.add_argument(
        "--full-text",
        action="store_true",
        help="for a feed, fetch each item's article page and analyse its full text (politely: robots.txt, "
        "a delay per host, an HTTP cache); the feed summary is kept when a page fails",
    )
    an.add_argument(
        "--backend",
        choices=BACKENDS,
        help="the NLP backend (default: settings' pipeline.backend, 'spacy'); 'stanza' needs "
        'pip install "smartnews[stanza]"',
    )
    add_parsers(sub)
    return parser


def _without_torch() -> None:
    """Report torch as absent in this process: thinc imports torch whenever it is installed (the stanza
    extra), about 1.6 s of a 3.9 s cold start here, and the spaCy backend never uses it."""
    if "torch" not in sys.modules:
        sys.modules["torch"] = None  # type: ignore[assignment]  # None makes ``import torch`` fail


def main(argv: Sequence[str] | None = None, *, own_process: bool = False) -> int:
    """Entry point of the ``smartnews`` command; returns the exit status. ``own_process``: the process
    is this command's alone (the installed command), so the spaCy backend may keep torch out of it."""
    args = _parser().parse_args(argv)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("smartnews: %(levelname)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO if args.verbose else logging.WARNING)
    try:
        if args.command != "analyze":
            try:
                return run(args)
            except FileNotFoundError as exc:  # a --data, --labels, --silver ... path that is not there
                print(f"smartnews: error: {exc.filename}: no such file or folder", file=sys.stderr)
                return 1
        settings = load_settings(args.settings)
        if args.backend:
            settings = dataclasses.replace(
                settings, pipeline=dataclasses.replace(settings.pipeline, backend=args.backend)
            )
        if own_process and settings.pipeline.backend == "spacy":
            _without_torch()
        articles, is_feed = _articles(args.source, settings, args.full_text)
        _write(analyze_many(articles, settings=settings), args.format, is_feed, sys.stdout)
    except SmartnewsError as exc:
        print(f"smartnews: error: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        log.removeHandler(handler)
    return 0


def console() -> None:
    """The installed ``smartnews`` command."""
    sys.exit(main(own_process=True))


if __name__ == "__main__":
    console()
