"""Helpers for the TUI tests: what the screen shows, as plain text; waiting for workers."""

from __future__ import annotations

import contextlib
import io

from rich.console import Console
from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled


def screen_text(app: App) -> str:
    """The current screen as a person would read it (plain text, 1 line per row)."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
        safe_box=False,
    )
    console.print(
        app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    )
    return console.export_text()


async def settle(pilot: Pilot, typing: bool = False) -> None:
    """Let workers finish and their messages land (a message may start another worker).

    `typing`: a filter was typed; filters wait for a pause in the typing before they run.
    """
    if typing:
        await pilot.pause(0.25)
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
