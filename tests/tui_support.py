"""Helpers for the TUI tests: what the screen shows, as plain text; waiting for what it shows.

Only Textual's public API is used: the text is read back from `App.export_screenshot()` (the
SVG picture of the screen that a person would see), and waiting polls the app's state until a
condition holds (never a fixed time).
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import re
import time
from collections.abc import Callable

from rich.cells import cell_len
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

# Rich draws each run of text as <text x=".." clip-path="url(#…-line-N)">…</text>; a cell is
# 20 × 0.61 units wide (rich.console.Console.export_svg's defaults, which Textual uses).
_TEXT = re.compile(
    r'<text [^>]*?x="([\d.]+)"[^>]*?clip-path="url\(#[^)]*-line-(\d+)\)">(.*?)</text>'
)
_CELL = 20 * 0.61
WAIT = 30.0  # seconds before a wait gives up (a busy 2-core machine is slow, never this slow)


def screen_text(app: App[object]) -> str:
    """The current screen as a person would read it (plain text, 1 line per row)."""
    width, height = app.size
    rows: list[list[tuple[int, str]]] = [[] for _ in range(height)]
    for x, line, text in _TEXT.findall(app.export_screenshot()):
        if int(line) < height:
            rows[int(line)].append((round(float(x) / _CELL), html.unescape(text)))
    lines = []
    for runs in rows:
        out = ""
        for column, text in sorted(runs):
            out += " " * max(0, column - cell_len(out)) + text
        lines.append(out.replace("\xa0", " ").rstrip())
    return "\n".join(lines)


def shown(app: App[object]) -> str:
    """The screen's words with line breaks and padding squeezed (a message may wrap)."""
    return " ".join(screen_text(app).split())


async def until(
    pilot: Pilot[object], condition: Callable[[], bool], what: str, timeout: float = WAIT
) -> None:
    """Wait until `condition()` holds (the app keeps running meanwhile); fail naming `what`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(
                f"{what} never happened; the screen shows:\n{screen_text(pilot.app)}"
            )
        await pilot.pause()
        await asyncio.sleep(0.01)  # let timers (a filter's typing pause) come due


async def until_shown(pilot: Pilot[object], text: str, timeout: float = WAIT) -> str:
    """Wait until `text` is on the screen (words squeezed as in `shown`); return the screen."""
    words = " ".join(text.split())
    await until(pilot, lambda: words in shown(pilot.app), repr(text), timeout)
    return shown(pilot.app)


async def settle(pilot: Pilot[object]) -> None:
    """Let workers finish and their messages land (a message may start another worker)."""
    quiet = 0
    for _ in range(50):
        # An exclusive worker replaced by a newer one is cancelled: the newer one is awaited.
        with contextlib.suppress(WorkerCancelled):
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        busy = any(not w.is_finished for w in pilot.app.workers)
        quiet = 0 if busy else quiet + 1
        if quiet >= 2:
            break
