"""Polite fetching of article pages: robots.txt, a delay per host, one request per host at a time, and an
on-disk HTTP cache so that an unchanged page is not downloaded twice.

One :class:`PoliteClient` is meant to live as long as a crawl (the per-host clock and robots.txt cache are
its state); :func:`default_client` gives a shared one built from the settings.

>>> client = PoliteClient(delay=0.0, cache_dir=None)
>>> client.delay
0.0
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from smartnews.errors import FetchError, HTTPStatusError, RobotsDisallowedError
from smartnews.http import DEFAULT_USER_AGENT, Response, fetch

ROBOTS_TTL = 24 * 3600.0
_ROBOTS_TOKEN = "smartnews"


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed (no robots.txt)
    denied: str | None  # a reason when the whole site is off limits (robots.txt unreachable)
    fetched: float


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/smartnews/http``, or ``~/.cache/smartnews/http``."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "smartnews" / "http"


class PoliteClient:
    """GET pages as a considerate crawler does.

    - robots.txt is fetched once per host (kept a day) and obeyed for the ``smartnews`` user agent; a
      missing robots.txt (4xx) allows everything, an unreachable one (5xx, timeout) allows nothing, as
      RFC 9309 asks. A ``Crawl-delay`` longer than ``delay`` is honoured.
    - At most one request per host at a time, and ``delay`` seconds between two requests to a host.
    - With a ``cache_dir``, responses carrying an ETag or Last-Modified are stored; the next request for
      the URL is conditional and a 304 is answered from the cache.
    """

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = 10_000_000,
        delay: float = 1.0,
        respect_robots: bool = True,
        cache_dir: Path | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.delay = delay
        self.respect_robots = respect_robots
        self.cache_dir = cache_dir
        self.user_agent = user_agent
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}

    # -- public -----------------------------------------------------------------------------------------
    def get(self, url: str, *, accept: str = "*/*", timeout: float | None = None) -> Response:
        """The page at ``url``; :class:`FetchError` (``RobotsDisallowedError`` when robots.txt says no).

        ``timeout`` overrides the client's for this request (robots.txt included).
        """
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}".lower()
        timeout = self.timeout if timeout is None else timeout
        with self._host_lock(host):
            if self.respect_robots and parts.scheme in ("http", "https"):
                self._check_robots(host, url, timeout)
            return self._cached_get(host, url, accept, timeout)

    # -- politeness -------------------------------------------------------------------------------------
    def _host_lock(self, host: str) -> threading.Lock:
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())

    def _wait_turn(self, host: str, delay: float) -> None:
        last = self._last_request.get(host)
        if last is not None:
            wait = last + delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)

    def _get(
        self,
        host: str,
        url: str,
        *,
        accept: str,
        timeout: float,
        etag: str | None = None,
        modified: str | None = None,
    ) -> Response:
        robots = self._robots.get(host)
        crawl_delay = robots.parser.crawl_delay(_ROBOTS_TOKEN) if robots and robots.parser else None
        self._wait_turn(host, max(self.delay, float(crawl_delay or 0)))
        try:
            return fetch(
                url,
                timeout=timeout,
                max_bytes=self.max_bytes,
                user_agent=self.user_agent,
                accept=accept,
                etag=etag,
                modified=modified,
            )
        finally:
            self._last_request[host] = time.monotonic()

    def _check_robots(self, host: str, url: str, timeout: float) -> None:
        robots = self._robots.get(host)
        if robots is None or time.time() - robots.fetched > ROBOTS_TTL:
            robots = self._robots[host] = self._fetch_robots(host, timeout)
        if robots.denied:
            raise RobotsDisallowedError(f"{url} not fetched: {robots.denied}")
        if robots.parser is not None and not robots.parser.can_fetch(_ROBOTS_TOKEN, url):
            raise RobotsDisallowedError(f"{url} not fetched: {host}/robots.txt disallows it for smartnews")

    def _fetch_robots(self, host: str, timeout: float) -> _Robots:
        now = time.time()
        try:
            response = self._get(host, f"{host}/robots.txt", accept="text/plain", timeout=timeout)
        except HTTPStatusError as exc:
            if exc.status >= 500:
                return _Robots(None, f"{host}/robots.txt answered HTTP {exc.status}", now)
            return _Robots(None, None, now)  # no robots.txt: everything allowed
        except FetchError as exc:
            return _Robots(None, f"{host}/robots.txt unreachable ({exc.message})", now)
        parser = RobotFileParser()
        parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        return _Robots(parser, None, now)

    # -- cache ------------------------------------------------------------------------------------------
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.cache_dir / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cached_get(self, host: str, url: str, accept: str, timeout: float) -> Response:
        paths = self._cache_paths(url)
        cached = _read_cache(paths) if paths else None
        meta = cached[0] if cached else {}
        response = self._get(
            host,
            url,
            accept=accept,
            timeout=timeout,
            etag=meta.get("etag"),
            modified=meta.get("last-modified"),
        )
        if response.status == 304 and cached is not None:
            headers = {k: v for k, v in meta.items() if k != "url"}
            return Response(url=meta["url"], status=200, headers=headers, body=cached[1], from_cache=True)
        validators = "etag" in response.headers or "last-modified" in response.headers
        if paths and response.status == 200 and validators:
            _write_cache(paths, response)
        return response


def _read_cache(paths: tuple[Path, Path]) -> tuple[dict[str, str], bytes] | None:
    meta_path, body_path = paths
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return meta, body_path.read_bytes()
    except (OSError, ValueError):
        return None


def _write_cache(paths: tuple[Path, Path], response: Response) -> None:
    meta_path, body_path = paths
    meta = {k: v for k, v in response.headers.items() if k in ("etag", "last-modified", "content-type")}
    meta["url"] = response.url
    try:
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        for path, data in ((body_path, response.body), (meta_path, json.dumps(meta).encode("utf-8"))):
            tmp = path.with_suffix(path.suffix + f".{os.getpid()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
    except OSError:
        with contextlib.suppress(OSError):
            meta_path.unlink()
