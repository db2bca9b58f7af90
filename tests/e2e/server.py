"""A real uvicorn server in a subprocess, for browser tests: the command production runs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
STARTUP_TIMEOUT_S = 60.0
# Talk to the local server directly even when the environment sets an HTTP proxy.
_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class LiveServer:
    """Where the server listens, and the file its output goes to."""

    base_url: str
    log_path: Path

    def log(self) -> str:
        """Return what the server has printed so far (for assertion messages)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """Return a port nobody listens on now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def live_server(
    database_url: str, log_path: Path, app: str = "app.main:create_app"
) -> Iterator[LiveServer]:
    """Run ``uvicorn <app> --factory`` on a free local port until the block ends."""
    port = free_port()
    env = os.environ | {"DATABASE_URL": database_url, "API_KEYS": "", "LOG_LEVEL": "WARNING"}
    command = [sys.executable, "-m", "uvicorn", app, "--factory", "--host", HOST,
               "--port", str(port), "--no-access-log"]  # fmt: skip
    with log_path.open("wb") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://{HOST}:{port}", log_path)
    try:
        _wait_until_healthy(proc, server)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _wait_until_healthy(proc: subprocess.Popen[bytes], server: LiveServer) -> None:
    """Poll /healthz until it answers 200; fail with the server's output if it never does."""
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"uvicorn exited with {proc.returncode}:\n{server.log()}")
        try:
            with _NO_PROXY.open(f"{server.base_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"uvicorn was not healthy after {STARTUP_TIMEOUT_S:.0f} s:\n{server.log()}")
