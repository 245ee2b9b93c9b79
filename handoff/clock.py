"""Today's date and the current time, in one place so tests and demos can pin them.

`HANDOFF_TODAY=YYYY-MM-DD` pins the date (the time of day stays real).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from datetime import date, datetime

_as_of: ContextVar[date | None] = ContextVar("handoff_as_of", default=None)


@contextlib.contextmanager
def as_of(day: date) -> Iterator[None]:
    """Within the block, `today()` is `day`: texts written then are dated as of that day
    (the sample freezes its packets on the days its story gives)."""
    token = _as_of.set(day)
    try:
        yield
    finally:
        _as_of.reset(token)


def today() -> date:
    day = _as_of.get()
    if day is not None:
        return day
    pinned = os.environ.get("HANDOFF_TODAY")
    if pinned:
        return date.fromisoformat(pinned)
    return date.today()


def now() -> datetime:
    pinned = os.environ.get("HANDOFF_TODAY")
    current = datetime.now().replace(microsecond=0)
    if pinned:
        return datetime.combine(date.fromisoformat(pinned), current.time())
    return current
