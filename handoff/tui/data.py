"""The TUI's one door to the store.

`Store` keeps per-process caches and a re-entrant file lock that are not thread-safe, and the
app reads and writes it from worker threads; one lock here makes those calls take turns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from handoff.store import Store

T = TypeVar("T")


class Database:
    """Runs functions of the store one thread at a time.

    `open_store` gives the store; it is called under the lock, so the store (and the modules
    behind it) can be opened on first use, in a worker, after the first frame.
    """

    def __init__(self, open_store: Callable[[], Store]) -> None:
        self._open_store = open_store
        self._lock = threading.RLock()

    def run(self, fn: Callable[[Store], T]) -> T:
        with self._lock:
            return fn(self._open_store())
