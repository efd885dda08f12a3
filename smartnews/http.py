"""A polite, bounded HTTP GET for feeds and pages, with the standard library only.

:func:`fetch` sends a descriptive User-Agent, supports conditional GET, follows a few redirects, enforces
one total deadline and a size cap (also on decompressed output), and turns every failure into a
:class:`~smartnews.errors.FetchError` whose message names the URL. Not handled: proxies from the
environment, cookies, authentication; a DNS lookup is bounded by the system resolver, not by ``timeout``.
"""

from __future__ import annotations

import http.client
import importlib.metadata
import socket
import ssl
import time
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import quote, urljoin, urlsplit

from smartnews.errors import FetchError, HTTPStatusError

try:
    _VERSION = importlib.metadata.version("smartnews")
except importlib.metadata.PackageNotFoundError:
    _VERSION = "0.1.0"

DEFAULT_USER_AGENT = f"smartnews/{_VERSION} (+https://github.com/smartnews-id/smartnews)"
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class Response:
    """What the server answered: final URL, status, lower-cased headers and the decoded body."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    from_cache: bool = False  # answered from smartnews' on-disk cache after a 304 (see polite.py)


def is_url(source: object) -> bool:
    """Whether ``source`` is an http(s) address (rather than a path, bytes or text)."""
    return isinstance(source, str) and source.lstrip().lower().startswith(("http://", "https://"))


def fetch(
    url: str,
    *,
    timeout: float = 10.0,
    max_bytes: int = 10_000_000,
    etag: str | None = None,
    modified: str | None = None,
    user_agent: str = DEFAULT_USER_AGENT,
    accept: str = "*/*",
) -> Response:
    """GET ``url`` within ``timeout`` seconds in total and at most ``max_bytes`` of (decoded) body.

    Pass the ``etag`` / ``modified`` of an earlier response to get ``status == 304`` and an empty body
    when nothing changed. Raises :class:`HTTPStatusError` for a 4xx/5xx answer and :class:`FetchError`
    for every other failure.

    >>> fetch("ftp://example.org/feed.xml")
    Traceback (most recent call last):
    smartnews.errors.FetchError: [E003] cannot fetch ftp://example.org/feed.xml: only http and https ...
    """
    headers = {"User-Agent": user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    deadline = time.monotonic() + timeout
    chain = [url]
    while True:
        _check_scheme(chain[-1], chain[0])
        try:
            answer = _get_once(chain[-1], headers, deadline, max_bytes)
        except FetchError:
            raise
        except TimeoutError as exc:
            raise FetchError(f"timed out after {timeout:g} s fetching {chain[-1]}; raise timeout") from exc
        except (OSError, ValueError, http.client.HTTPException, zlib.error) as exc:
            raise FetchError(f"could not fetch {chain[-1]}: {_describe(exc)}") from exc
        if isinstance(answer, Response):
            return answer
        if len(chain) > MAX_REDIRECTS or answer in chain:
            raise FetchError(f"too many redirects ({' -> '.join([*chain, answer])})")
        chain.append(answer)


def _check_scheme(url: str, original: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        via = "" if url == original else f" (redirected from {original})"
        raise FetchError(f"cannot fetch {url}{via}: only http and https URLs are allowed, not {scheme!r}")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    return left


def _get_once(url: str, headers: dict[str, str], deadline: float, max_bytes: int) -> Response | str:
    """One request: a :class:`Response`, or the absolute URL a redirect points to."""
    parts = urlsplit(url)
    if not parts.hostname:
        raise FetchError(f"cannot fetch {url}: the URL has no host name")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    target = quote(target, safe="!$%&'()*+,/:;=?@~")  # only spaces, controls and non-ASCII get escaped
    conn: http.client.HTTPConnection
    if parts.scheme.lower() == "https":
        context = ssl.create_default_context()
        conn = http.client.HTTPSConnection(host, parts.port, timeout=_remaining(deadline), context=context)
    else:
        conn = http.client.HTTPConnection(host, parts.port, timeout=_remaining(deadline))
    try:
        conn.connect()
        sock = conn.sock  # kept: the connection drops it when the server says it will close
        conn.request("GET", target, headers=headers)
        sock.settimeout(_remaining(deadline))
        resp = conn.getresponse()
        found: dict[str, str] = {}
        for name, value in resp.getheaders():
            key = name.lower()
            found[key] = f"{found[key]}, {value}" if key in found else value
        status = resp.status
        if status in _REDIRECT_STATUSES and "location" in found:
            return urljoin(url, found["location"].strip())
        if status == 304:
            return Response(url, status, MappingProxyType(found), b"")
        if status >= 400:
            raise HTTPStatusError(f"HTTP {status} {resp.reason or '(no reason)'} for {url}", status)
        length = found.get("content-length", "").strip()
        if length.isdigit() and int(length) > max_bytes:
            raise _too_large(url, max_bytes, f"Content-Length {length}")
        body = bytearray()
        while True:  # read1 returns what has arrived, so the deadline is checked while a server drips
            sock.settimeout(_remaining(deadline))
            chunk = resp.read1(_CHUNK)
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                raise _too_large(url, max_bytes, "body still arriving")
        if resp.length:  # Content-Length promised more than the server sent
            raise http.client.IncompleteRead(bytes(body), resp.length)
        decoded = _decode(bytes(body), found.get("content-encoding", ""), url, max_bytes)
        return Response(url, status, MappingProxyType(found), decoded)
    finally:
        conn.close()


def _decode(body: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    """Undo gzip/deflate content-encoding, never producing more than ``max_bytes``."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"cannot decode {url}: unsupported Content-Encoding {encoding!r}")
    try:  # 32 + MAX_WBITS accepts a gzip or a zlib header
        return _inflate(body, 32 + zlib.MAX_WBITS, url, max_bytes, encoding)
    except zlib.error:
        if encoding != "deflate":
            raise
        return _inflate(body, -zlib.MAX_WBITS, url, max_bytes, encoding)  # raw deflate, as some servers send


def _inflate(body: bytes, wbits: int, url: str, max_bytes: int, encoding: str) -> bytes:
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(body, max_bytes + 1)  # max_length: a bomb stops here, not in memory
    if len(out) > max_bytes:
        raise _too_large(url, max_bytes, f"{encoding} body decompressed")
    if not inflater.eof:
        raise FetchError(f"could not fetch {url}: the {encoding} body is truncated")
    return out


def _too_large(url: str, max_bytes: int, what: str) -> FetchError:
    return FetchError(
        f"response larger than {max_bytes} bytes ({what}) for {url}; raise max_bytes to accept it"
    )


def _describe(exc: BaseException) -> str:
    """One line that says what went wrong, for the usual network failures."""
    if isinstance(exc, socket.gaierror):
        return f"host name lookup failed ({exc.strerror or exc})"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (is the server running and the port right?)"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({exc.verify_message or exc})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or exc})"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, http.client.IncompleteRead):
        more = f", {exc.expected} more expected" if exc.expected else ""
        return f"the connection closed early ({len(exc.partial)} bytes read{more})"
    if isinstance(exc, http.client.BadStatusLine):
        return f"not an HTTP response (status line {str(exc)[:80]!r})"
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
