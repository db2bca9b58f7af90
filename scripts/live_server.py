"""A real uvicorn server on loopback, for the load and crash scripts and their tests.

``fake_app`` serves the API with a deterministic stand-in extractor (the number of events is a
function of the text), so crash checks can recompute what every stored article should hold.
"""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
from fastapi import FastAPI

from app.extraction.types import Count, EventDate, ExtractedEvent, ExtractionResult, Participant

ROOT = Path(__file__).resolve().parent.parent
REAL_APP = "app.main:create_app"
FAKE_APP = "scripts.live_server:fake_app"


def expected_events(text: str) -> int:
    """How many events the fake extractor finds in ``text`` (0-3, from its hash)."""
    return hashlib.sha256(text.encode()).digest()[0] % 4


class FakeExtractor:
    """Deterministic stand-in: ``expected_events(text)`` events with killed = their index."""

    def extract(
        self, text: str, *, published: date, language: str | None = None
    ) -> ExtractionResult:
        actor = Participant(name="Gunmen", text="gunmen", kind="unidentified_armed_group")
        events = tuple(
            ExtractedEvent(
                event_type="Violence against civilians",
                sub_event_type="Attack",
                actor=actor,
                target=None,
                location=None,
                date=EventDate(published, "day"),
                killed=Count(best=n, low=n, high=n, qualifier="exact"),
                wounded=None,
            )
            for n in range(expected_events(text))
        )
        return ExtractionResult(language or "en", events)


def fake_app() -> FastAPI:
    """The real app, settings from the environment, with the fake extractor (uvicorn factory)."""
    from app.main import create_app

    return create_app(extractor=FakeExtractor())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """A uvicorn process group serving on 127.0.0.1."""

    url: str
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        """SIGKILL the whole group (the master and its workers): no shutdown, no flush."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """Shut down gracefully, then make sure."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def rss_kb(self) -> int:
        """Resident memory of the server process and its workers, in KiB."""
        pids = [self.process.pid, *_children(self.process.pid)]
        return sum(_rss_kb(pid) for pid in pids)

    def cpu_seconds(self) -> float:
        """CPU time (user + system) the server process and its workers have used so far."""
        pids = [self.process.pid, *_children(self.process.pid)]
        return sum(_cpu_ticks(pid) for pid in pids) / os.sysconf("SC_CLK_TCK")


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _cpu_ticks(pid: int) -> int:
    # /proc/<pid>/stat: fields after the command name; utime and stime are the 14th and 15th.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def start_server(
    database_url: str,
    *,
    app: str = REAL_APP,
    workers: int = 1,
    env: dict[str, str] | None = None,
    log_path: Path | None = None,
    ready_timeout: float = 90.0,
    root: Path = ROOT,
) -> LiveServer:
    """Start uvicorn on a free loopback port and wait until /healthz answers 200.

    ``root`` is the checkout whose code it serves (another commit's, for a benchmark).
    """
    port = free_port()
    cmd = [sys.executable, "-m", "uvicorn", app, "--factory", "--host", "127.0.0.1"]
    cmd += ["--port", str(port), "--workers", str(workers), "--no-access-log"]
    environment = os.environ | {"DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"} | (env or {})
    environment["PYTHONPATH"] = str(root)
    out = log_path.open("ab") if log_path else subprocess.DEVNULL
    process = subprocess.Popen(
        cmd, cwd=root, env=environment, stdout=out, stderr=out, start_new_session=True
    )
    server = LiveServer(f"http://127.0.0.1:{port}", process)
    _wait_ready(server, ready_timeout)
    return server


def _wait_ready(server: LiveServer, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode} before ready")
        try:
            if httpx.get(f"{server.url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"server not ready after {timeout:.0f} s")
