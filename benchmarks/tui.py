"""TUI figures for `python -m benchmarks` on the large database.

The start is measured as a person sees it, in a pseudo-terminal (`benchmarks.first_frame`): the
first frame against an empty Textual app's, then the handoffs on screen. The client book and its
filter are measured in-process: each figure is the time until the screen *shows* the data (the
DataTable holds the rows), with the database work running in workers as in the real app.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

FILTER = "nowak company 4"  # a last name and a slice of the generated companies


async def _measure(db: Path) -> dict[str, float]:
    from textual.widgets import DataTable

    from handoff.store import Store
    from handoff.tui.app import HandoffApp
    from handoff.tui.screens.clients import ClientBookScreen

    figures: dict[str, float] = {}
    app = HandoffApp(Store(db))
    async with app.run_test(size=(80, 24)) as pilot:

        def rows(selector: str) -> int:
            tables = app.screen.query(selector)
            return tables.first(DataTable).row_count if tables else 0

        while rows("#handoffs") == 0:
            await pilot.pause(0.005)

        total = len(app.store.clients())
        start = time.perf_counter()
        await pilot.press("c")
        while not isinstance(app.screen, ClientBookScreen) or rows("#clients") < total:
            await pilot.pause(0.005)
        figures["client book"] = time.perf_counter() - start

        book = app.screen
        words = FILTER.split()
        expected = sum(1 for r in book.rows if all(w in r.haystack for w in words))
        await pilot.press("slash", *FILTER[:-1])
        start = time.perf_counter()  # from the last keystroke (the filter waits for a pause)
        await pilot.press(FILTER[-1])
        while rows("#clients") != expected or book.query_one("#filter").value != FILTER:
            await pilot.pause(0.005)
        figures["filter"] = time.perf_counter() - start
    return figures


def tui_figures(report: Any, store: Any, db: Path) -> None:
    """Add the TUI rows to the benchmark report (best of several runs each)."""
    from benchmarks.first_frame import compare, first_row

    # `handoff --db DB` in a pseudo-terminal, as a person starts it: the dashboard is painted
    # (and takes keys) before the file is read; the handoffs follow when it has been.
    floor, frame, data = compare(db, first_row(db))
    report.ratio("TUI: start → first frame (dashboard)", frame, floor, 1.3, "empty Textual app")
    # Reading and summarising every handoff and the contact log: the same work as
    # `handoff list handoffs` (goal 1 s), after the app's own start.
    report.absolute("TUI: start → dashboard shows the handoffs", data, 1.5)
    runs = [asyncio.run(_measure(db)) for _ in range(3)]
    best = {name: min(run[name] for run in runs) for name in runs[0]}
    report.absolute("TUI: c → client book shows every client", best["client book"], 2.0)
    report.absolute(f"TUI: last key of '{FILTER}' → rows shown", best["filter"], 0.5)
