"""A real HTTP server on 127.0.0.1 for tests, with routes registered per test.

    server.route("/feed.xml", body=b"<rss/>", etag='"v1"')
    fetch(server.url("/feed.xml"))

Modes beyond a plain answer: conditional GET (304), redirects, ``delay``, ``drip`` (one byte every
``drip`` seconds), ``hang`` (never answer until shutdown), ``size`` (a big body generated on the fly)
and ``gzip``. Every request is recorded in :attr:`HTTPTestServer.requests`.
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import cast

_CHUNK = 64 * 1024


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip: float | None = None
    gzip: bool = False
    redirect_to: str | None = None
    hang: bool = False
    size: int | None = None
    content_length: bool = True


@dataclass
class RecordedRequest:
    """One request as the server received it; header names lower-cased."""

    path: str
    headers: dict[str, str]
    bytes_sent: int = 0
    started: float = field(default_factory=time.monotonic)  # when the request arrived
    finished: float | None = None  # when the answer was written


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a hanging handler never blocks shutdown or interpreter exit

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.stopping = threading.Event()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        server = cast(_Server, self.server)
        path = self.path.split("?", 1)[0]
        record = RecordedRequest(self.path, {k.lower(): v for k, v in self.headers.items()})
        server.requests.append(record)
        route = server.routes.get(path)
        if route is None:
            route = Route(body=b"not found", status=404)
        if route.hang:
            server.stopping.wait()
            return
        if route.delay and server.stopping.wait(route.delay):
            return
        # A client that gives up early (caps, deadlines) resets the connection: that is expected.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._answer(route, record, server.stopping)
        record.finished = time.monotonic()

    def _answer(self, route: Route, record: RecordedRequest, stopping: threading.Event) -> None:
        if self._not_modified(route):
            self.send_response(304)
            self._send_validators(route)
            self.end_headers()
            return
        status = route.status
        if route.redirect_to is not None and status == 200:
            status = 302
        body = gzip_module.compress(route.body) if route.gzip else route.body
        length = route.size if route.size is not None else len(body)
        self.send_response(status)
        names = {name.lower() for name in route.headers}
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.redirect_to is not None and "location" not in names:
            self.send_header("Location", route.redirect_to)
        if route.gzip and "content-encoding" not in names:
            self.send_header("Content-Encoding", "gzip")
        if route.content_length and "content-length" not in names:
            self.send_header("Content-Length", str(length))
        self._send_validators(route)
        self.end_headers()
        self.wfile.flush()
        if route.drip is not None:
            for index in range(len(body)):
                if stopping.wait(route.drip):
                    return
                record.bytes_sent += self._write(body[index : index + 1])
        elif route.size is not None:
            block = b"x" * _CHUNK
            while record.bytes_sent < route.size and not stopping.is_set():
                record.bytes_sent += self._write(block[: route.size - record.bytes_sent])
        else:
            record.bytes_sent += self._write(body)

    def _write(self, data: bytes) -> int:
        self.wfile.write(data)
        self.wfile.flush()
        return len(data)

    def _not_modified(self, route: Route) -> bool:
        tags = [tag.strip() for tag in self.headers.get("If-None-Match", "").split(",") if tag.strip()]
        if route.etag is not None and (route.etag in tags or "*" in tags):
            return True
        since = self.headers.get("If-Modified-Since")
        return route.last_modified is not None and since == route.last_modified

    def _send_validators(self, route: Route) -> None:
        if route.etag is not None:
            self.send_header("ETag", route.etag)
        if route.last_modified is not None:
            self.send_header("Last-Modified", route.last_modified)


class HTTPTestServer:
    """A ThreadingHTTPServer on an ephemeral port, serving in a daemon thread; use as a context manager."""

    def __init__(self) -> None:
        self._server = _Server()
        self.port: int = self._server.server_address[1]
        self.requests = self._server.requests
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> HTTPTestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def route(
        self,
        path: str,
        *,
        body: bytes = b"",
        status: int = 200,
        headers: dict[str, str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        delay: float = 0.0,
        drip: float | None = None,
        gzip: bool = False,
        redirect_to: str | None = None,
        hang: bool = False,
        size: int | None = None,
        content_length: bool = True,
    ) -> str:
        """Register how ``path`` answers and return its URL.

        ``headers`` are sent as given and replace the defaults of the same name (so a test can lie in
        Content-Length); ``redirect_to`` (a path or URL) makes a 302 unless ``status`` says otherwise;
        ``drip`` sends the body one byte every ``drip`` seconds; ``hang`` never answers; ``size`` sends
        that many ``x`` bytes generated on the fly; ``content_length=False`` omits the header (the body
        then ends when the connection closes).
        """
        self._server.routes[path] = Route(
            body=body,
            status=status,
            headers=dict(headers or {}),
            etag=etag,
            last_modified=last_modified,
            delay=delay,
            drip=drip,
            gzip=gzip,
            redirect_to=redirect_to,
            hang=hang,
            size=size,
            content_length=content_length,
        )
        return self.url(path)

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        """Release hanging and dripping handlers, stop serving and close the listening socket."""
        self._server.stopping.set()
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()


def unused_port() -> int:
    """A local port nothing listens on (bound, then closed), for connection-refused tests."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
