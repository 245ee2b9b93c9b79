"""Today's date and the current time, in one place so tests and demos can pin them.

`HANDOFF_TODAY=YYYY-MM-DD` pins the date (the time of day stays real).
"""

from __future__ import annotations

import os
from datetime import date, datetime


def today() -> date:
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
