"""Read the next export batch while the current one is formatted and sent."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_END = object()


def prefetched(items: Iterator[T]) -> Iterator[T]:
    """Yield ``items`` while a thread of its own already reads the next one.

    An export batch is mostly database work (index and table pages, formatting in SQL), done
    by SQLite and psycopg without the GIL, so on a second core it overlaps with the Python
    formatting and sending of the batch before. At most two batches are in memory at once;
    a consumer that stops early waits for the one in flight, never more.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="export") as pool:
        pending = pool.submit(next, items, _END)
        while (item := pending.result()) is not _END:
            pending = pool.submit(next, items, _END)
            yield item  # type: ignore[misc]
