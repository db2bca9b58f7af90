"""A 50 MB request is refused with 413 without the server reading it into memory (real uvicorn)."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.live_server import FAKE_APP, LiveServer, start_server
from tests.hardening.conftest import WRITE_KEY

FIFTY_MB = 50 * 1024 * 1024
CHUNK = b"x" * (1024 * 1024)


@pytest.fixture(scope="module")
def server(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("rss") / "events.db"
    shutil.copy(sqlite_template, path)
    live = start_server(f"sqlite:///{path}", app=FAKE_APP, env={"API_KEYS": WRITE_KEY})
    yield live
    live.stop()


def post_fifty_megabytes(server: LiveServer, *, declare_length: bool) -> bytes:
    """Send headers and then up to 50 MB of body; return whatever the server answered."""
    host, port = server.url.removeprefix("http://").split(":")
    framing = f"Content-Length: {FIFTY_MB}" if declare_length else "Transfer-Encoding: chunked"
    head = (
        f"POST /v1/articles HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
        f"X-API-Key: {WRITE_KEY}\r\n{framing}\r\n\r\n"
    )
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(head.encode())
        sent = 0
        try:
            while sent < FIFTY_MB:
                piece = CHUNK if declare_length else b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK)
                sock.sendall(piece)
                sent += len(CHUNK)
            if not declare_length:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed while we were still sending: expected
        return sock.recv(65536)


@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "chunked"])
def test_fifty_megabytes_is_413_and_rss_grows_far_less(
    server: LiveServer, declare_length: bool
) -> None:
    before = server.rss_kb()
    answer = post_fifty_megabytes(server, declare_length=declare_length)
    after = server.rss_kb()
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"application/problem+json" in answer
    growth_mb = (after - before) / 1024
    print(f"RSS {before / 1024:.1f} MB -> {after / 1024:.1f} MB ({growth_mb:+.1f} MB)")
    assert growth_mb < 10, f"RSS grew by {growth_mb:.1f} MB for a 50 MB body"
