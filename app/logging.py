"""Structured logs: one JSON object per line, carrying the request id of the current request."""

from __future__ import annotations

import json
import logging
import sys
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

# Set by the request middleware; every record logged while a request is handled carries it.
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)

# Attributes every LogRecord has; anything else was passed through ``extra=`` and is logged.
# (uvicorn's ``color_message`` repeats ``msg`` with terminal colour codes.)
_STANDARD = frozenset(vars(logging.makeLogRecord({}))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    """Render a record as one line of JSON: time, level, logger, message, request id, extras."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id is not None:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def configure_logging(level: str, fmt: str = "json") -> None:
    """Send the root logger (and uvicorn's) to stderr as JSON lines, or plain text; idempotent."""
    root = logging.getLogger()
    # Replace only our own handler: others (pytest's capture, an embedding app's) stay.
    root.handlers[:] = [h for h in root.handlers if not getattr(h, "_app_handler", False)]
    handler = logging.StreamHandler(sys.stderr)
    handler._app_handler = True  # type: ignore[attr-defined]
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root.addHandler(handler)
    root.setLevel(level.upper())
    # uvicorn's own handlers would print plain text; route its records through ours instead.
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # Our access log (app.access) replaces uvicorn's, which would log the query string again.
    logging.getLogger("uvicorn.access").disabled = True
