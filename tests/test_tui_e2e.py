"""End to end: the installed `handoff` command in a real terminal (tmux, 80×24), keys only."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tui_shared import firm

from handoff.store import Store

pytestmark = pytest.mark.e2e

HANDOFF = Path(sys.executable).with_name("handoff")
TIMEOUT = 30.0  # seconds; a busy 2-core machine is slow, never this slow


_TERMINALS = itertools.count(1)


class Terminal:
    """One tmux session on a private socket, so nothing else on the machine is touched."""

    def __init__(self, name: str) -> None:
        # A socket of its own for every terminal, never reused: a new server on the socket of
        # one that is still shutting down fails with "server exited unexpectedly".
        self.socket = f"handoff-e2e-{os.getpid()}-{next(_TERMINALS)}-{name}"
        self.session = name

    def tmux(self, *args: str) -> str:
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=20
        )
        return result.stdout

    def start(self, command: list[str], env: dict[str, str]) -> None:
        exports = " ".join(f"{k}={v}" for k, v in env.items())
        line = f"env {exports} {' '.join(command)}; echo EXITED $?; sleep 30"
        subprocess.run(
            [
                "tmux",
                "-L",
                self.socket,
                "new-session",
                "-d",
                "-x",
                "80",
                "-y",
                "24",
                "-s",
                self.session,
                line,
            ],
            check=True,
            timeout=20,
        )

    def keys(self, *keys: str) -> None:
        """Send keys in one go. The caller waits for what they do before sending more: a key
        sent while the focus is still moving lands in the wrong widget."""
        self.tmux("send-keys", "-t", self.session, *keys)

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session)

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is: the app keeps it on the focused widget."""
        x, y = self.tmux(
            "display-message", "-p", "-t", self.session, "#{cursor_x} #{cursor_y}"
        ).split()
        return int(x), int(y)

    def wait_until(self, holds: Callable[[list[str], int, int], bool], what: str) -> str:
        """Poll the screen (its lines and the cursor) until `holds` says yes."""
        deadline = time.monotonic() + TIMEOUT
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen()
            x, y = self.cursor()
            lines = shown.splitlines()
            if holds(lines, x, y):
                return shown
            time.sleep(0.05)  # polling interval, not a wait for the app
        raise AssertionError(f"{what} never appeared; the screen shows:\n{shown}")

    def wait_for(self, text: str) -> str:
        words = " ".join(text.split())
        return self.wait_until(
            lambda lines, x, y: words in " ".join(" ".join(lines).split()), repr(text)
        )

    def wait_for_focus(self, text: str, where: str = "line") -> str:
        """Wait until the focus (the cursor) is on the line that shows `text` ("line"), on a
        widget that starts with `text` ("at"), or just below that line ("below": a list
        dropped down under its field)."""

        def holds(lines: list[str], x: int, y: int) -> bool:
            line = y - 1 if where == "below" else y
            if not 0 <= line < len(lines):
                return False
            if where == "at":
                return lines[line][x:].lstrip().startswith(text)
            return text in lines[line]

        return self.wait_until(holds, f"the focus on {text!r} ({where})")

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal():
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (make test installs it)")
    term = Terminal("walk")
    yield term
    term.close()


def test_build_and_finalize_a_handoff_with_keys_alone(
    terminal: Terminal, db_path: Path, tmp_path: Path
) -> None:
    assert HANDOFF.exists(), "install the package: pip install -e ."
    ids = firm(Store(db_path))
    env = {
        "HANDOFF_TODAY": "2026-11-23",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_STATE_HOME": str(tmp_path / "home" / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "TERM": "xterm-256color",
    }
    terminal.start([str(HANDOFF), "--db", str(db_path)], env)
    terminal.wait_for("No handoffs yet")
    terminal.keys("n")
    terminal.wait_for_focus("Who is leaving")
    # who: Lena Leaving is the 6th person alphabetically; kind: termination; date
    terminal.keys("Enter")
    terminal.wait_for_focus("Who is leaving", where="below")  # the list is open
    terminal.keys(*["Down"] * 6, "Enter")
    terminal.wait_for_focus("Lena Leaving (colleague)", where="at")
    terminal.keys("Tab")
    terminal.wait_for_focus("Kind")
    terminal.keys("Enter")
    terminal.wait_for_focus("Kind", where="below")
    terminal.keys("Down", "Down", "Down", "Enter")
    terminal.wait_for_focus("termination (leaving for good)", where="at")
    terminal.keys("Tab")
    terminal.wait_for_focus("Effective date")
    terminal.type("2026-12-01")
    terminal.wait_for("Effective date 2026-12-01")
    terminal.keys("C-n")
    terminal.wait_for("3 of 4 chosen")  # her own three clients, preselected
    terminal.keys("C-n")
    terminal.wait_for("Step 3 of 6")
    terminal.keys("C-n")
    terminal.wait_for("Who covers each client (0/3)")
    terminal.wait_for_focus("Covered by")  # the table's header row
    # Enter gives the highlighted client to the preselected colleague (Carl Cover); then
    # the colleague list: Dora Cover, and "All uncovered" for the other two.
    terminal.keys("Enter")
    terminal.wait_for("Who covers each client (1/3)")
    terminal.keys("Tab")
    terminal.wait_for_focus("Carl Cover (colleague)", where="at")
    terminal.keys("Enter")
    terminal.wait_for_focus("Carl Cover (colleague)", where="below")  # the colleague list is open
    terminal.keys("Down", "Enter")
    terminal.wait_for_focus("Dora Cover (colleague)", where="at")
    terminal.keys("Tab", "Tab")
    terminal.wait_for_focus("All uncovered", where="at")
    terminal.keys("Enter")
    terminal.wait_for("Who covers each client (3/3)")
    terminal.keys("C-n")
    terminal.wait_for("Step 5 of 6")
    terminal.keys("C-n")
    terminal.wait_for("Nothing is missing")
    terminal.keys("C-f")
    terminal.wait_for("Finalize packet version 1?")
    terminal.keys("y")
    # "(current)" is in step 6's version panel, read again after finalizing; the toast that
    # comes first says "Packet version 1" too, with a shorter fingerprint.
    shown = terminal.wait_for("(current)")
    terminal.keys("C-q")
    terminal.wait_for("EXITED 0")

    store = Store(db_path)
    [handoff] = store.handoffs()
    [version] = store.packet_versions(handoff.id)
    assert version.sha256[:20] in " ".join(shown.split())
    assert handoff.kind == "termination" and handoff.person_id == ids["Lena Leaving"]
    assert handoff.covers == {
        ids["Alpha Ltd"]: ids["Carl Cover"],
        ids["Beta Bakery"]: ids["Dora Cover"],
        ids["Gamma Garage"]: ids["Dora Cover"],
    }


def test_a_damaged_database_closes_the_app_with_one_line(
    terminal: Terminal, db_path: Path, tmp_path: Path
) -> None:
    """The app paints before it reads the file; a damaged file still gets the command line's
    one-line answer (exit code 2), and the file is left as it was."""
    db_path.write_text('{"people": {"1": {"name": "Ann"', encoding="utf-8")
    before = db_path.read_bytes()
    env = {"HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    terminal.start([str(HANDOFF), "--db", str(db_path)], env)
    shown = terminal.wait_for("EXITED 2")
    words = " ".join(shown.split())
    assert "handoff:" in words and "damaged" in words and "left untouched" in words
    assert "Traceback" not in shown
    assert db_path.read_bytes() == before
