"""The TUI's one door to the store.

`Store` keeps per-process caches and a re-entrant file lock that are not thread-safe, and the
app reads and writes it from worker threads; one lock here makes those calls take turns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from handoff.store import Store

T = TypeVar("T")


class Database:
    """Runs functions of the store one thread at a time."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.RLock()

    def run(self, fn: Callable[[Store], T]) -> T:
        with self._lock:
            return fn(self.store)
