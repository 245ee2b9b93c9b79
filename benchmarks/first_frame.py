"""Time to first frame, as a person sees it: from starting the process to the text on screen.

Each program runs in its own pseudo-terminal (80×24, TERM=xterm-256color) exactly as it would
in a terminal window: the Python interpreter starts, imports, opens the database and paints.
We read what it writes to the terminal and stop the clock when the awaited text appears. The
floor is the same measurement of an empty Textual app that shows one word.

    python -m benchmarks.first_frame DB     # prints the figures for one database
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

# An empty Textual app: the least any Textual program can do before its first frame.
EMPTY_APP = """
from textual.app import App
from textual.widgets import Static

class Empty(App):
    def compose(self):
        yield Static("floor-ready")

Empty().run()
"""
ANSI = re.compile(rb"\x1b\[[0-9;?<>=$ ]*[A-Za-z@`~]|\x1b[()][0-9A-Za-z]|\x1b[=>78MDEc]")


def seconds_until(argv: list[str], *texts: str, timeout: float = 60.0) -> list[float]:
    """Start `argv` in a fresh 80×24 pseudo-terminal; return, for each of `texts`, the seconds
    from the start until it first appears on the screen. The program is then stopped."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="80", LINES="24")
    env.pop("TEXTUAL", None)
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    wanted = [t.encode() for t in texts]
    found: dict[bytes, float] = {}
    screen = b""
    try:
        while len(found) < len(wanted):
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                tail = ANSI.sub(b"", screen)[-400:].decode(errors="replace")
                raise TimeoutError(f"{argv[-1]!r}: waited {timeout} s for {texts}; saw {tail!r}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            now = time.perf_counter()
            screen += chunk
            visible = ANSI.sub(b"", screen[-(1 << 16) :])
            for text in wanted:
                if text not in found and text in visible:
                    found[text] = now - start
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(child.pid, signal.SIGTERM)
        try:
            child.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        os.close(master)
    missing = [t.decode() for t in wanted if t not in found]
    if missing:
        raise RuntimeError(f"{argv}: never showed {missing}")
    return [found[t] for t in wanted]


def compare(db: Path, shown: str, repeat: int = 9) -> tuple[float, float, float]:
    """Best times of: an empty Textual app showing its one word (the floor); `handoff --db DB`
    painting its dashboard; and the dashboard showing `shown` (a name from its first row).

    The two programs take turns, so a burst of load on the machine hits both alike.
    """
    empty = [sys.executable, "-c", EMPTY_APP]
    app = [sys.executable, "-m", "handoff", "--db", str(db)]
    floors, frames, filled = [], [], []
    for _ in range(repeat):
        floors.append(seconds_until(empty, "floor-ready")[0])
        frame, data = seconds_until(app, "Handoffs", shown)
        frames.append(frame)
        filled.append(data)
    return min(floors), min(frames), min(filled)


def first_row(db: Path) -> str:
    """The person named in the dashboard's first row (it is on screen at 80×24), cut to what
    its column shows of a long name ("Anna Sudarsana 23" is cut to "Anna Sudarsana…")."""
    from handoff.queries import handoff_summaries
    from handoff.store import Store

    return handoff_summaries(Store(db))[0].person[:14]


if __name__ == "__main__":
    path = Path(sys.argv[1])
    person = first_row(path)
    base, frame, data = compare(path, person)
    print(f"empty Textual app: {base * 1000:.0f} ms")
    print(f"handoff dashboard frame: {frame * 1000:.0f} ms ({frame / base:.2f}x)")
    print(f"handoff shows '{person}': {data * 1000:.0f} ms ({data / base:.2f}x)")
