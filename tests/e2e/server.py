"""The real server for browser tests: ``scripts.live_server`` (the command production runs)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from scripts.live_server import REAL_APP, start_server

HOST = "127.0.0.1"
STARTUP_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class LiveServer:
    """Where the server listens, and the file its output goes to."""

    base_url: str
    log_path: Path

    def log(self) -> str:
        """Return what the server has printed so far (for assertion messages)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")


@contextmanager
def live_server(database_url: str, log_path: Path, app: str = REAL_APP) -> Iterator[LiveServer]:
    """Run ``uvicorn <app> --factory`` on a free local port until the block ends."""
    log_path.touch()
    view = LiveServer("", log_path)
    try:
        process = start_server(
            database_url,
            app=app,
            env={"API_KEYS": ""},
            log_path=log_path,
            ready_timeout=STARTUP_TIMEOUT_S,
        )
    except RuntimeError as exc:
        raise RuntimeError(f"{exc}:\n{view.log()}") from exc
    try:
        yield LiveServer(process.url, log_path)
    finally:
        process.stop()
