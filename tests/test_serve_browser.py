"""End to end in a real browser: a colleague opens their link in headless Chromium, logs a call
with the keyboard, and the owner's review shows it.

The installed `handoff serve` runs on a free port; Playwright drives the system's Chromium
(`/usr/bin/chromium`, installed by `scripts/system-deps.sh`; Playwright's own browser download
is never used). The app draws on a canvas, so what it shows is read from the websocket frames
the page receives, the way the browser gets them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import run_cli

from handoff import access
from handoff.store import Store

pytestmark = pytest.mark.e2e

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
HANDOFF = Path(sys.executable).with_name("handoff")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(check, what: str, pause=time.sleep, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    """Poll `check` until it holds; `pause` lets Playwright deliver its events meanwhile."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        pause(0.2)
    raise AssertionError(f"{what} never happened")


@pytest.fixture
def server(sample_store: Store, db_path: Path):  # type: ignore[no-untyped-def]
    if not os.path.exists(CHROMIUM):
        pytest.fail("Chromium is missing: run scripts/system-deps.sh (make test does)")
    port = free_port()
    process = subprocess.Popen(
        [str(HANDOFF), "--db", str(db_path), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        said = ""
        while process.stdout and "handoff serve: http://127.0.0.1" not in said:
            line = process.stdout.readline()
            assert line, f"handoff serve did not start: {said}"
            said += line
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_a_colleague_logs_a_call_in_the_browser_and_the_owner_sees_it(
    server: str, sample_store: Store, db_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    link = access.grant(sample_store, sample_store.person(4)).link(server)
    said = "Phoned about the tiles; delivery confirmed for Thursday."
    frames: list[str] = []

    def on_websocket(ws) -> None:  # type: ignore[no-untyped-def]
        def received(payload: str | bytes) -> None:
            text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else payload
            frames.append(text)

        ws.on("framereceived", received)

    def shown(text: str) -> bool:
        return text in "".join(frames)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            page.on("websocket", on_websocket)

            def pause(seconds: float) -> None:
                page.wait_for_timeout(seconds * 1000)

            nobody = page.goto(server + "/")
            assert nobody is not None and nobody.status == 401
            assert "Peter" not in page.content() and "Mensah" not in page.content()

            page.goto(link)
            assert page.title() == "handoff"
            wait_until(lambda: shown("Signed in as Peter Nowak"), "Peter's screen", pause)
            wait_until(lambda: shown("Agnieszka"), "Peter's first client", pause)
            assert not shown("Montserrat")  # one of Dewi's clients

            # The terminal's keyboard input. Until the page has focus the app is blurred and
            # its footer is empty; keys go nowhere. It shows its keys once it has focus.
            seen = len(frames)
            page.focus(".xterm-helper-textarea")
            wait_until(lambda: "Log a contact" in "".join(frames[seen:]), "the app's keys", pause)
            drawn = len(frames)
            page.keyboard.press("l")  # a person waits to see the cursor in the box, then types
            wait_until(lambda: len(frames) > drawn, "the entry box focused", pause)
            page.keyboard.type(said, delay=20)
            page.keyboard.press("Control+s")
            wait_until(
                lambda: any(e.said == said for e in Store(db_path).log_entries(1)),
                "the entry in the database",
                pause,
            )
        finally:
            browser.close()

    entry = next(e for e in Store(db_path).log_entries(1) if e.said == said)
    assert entry.who_id == 4  # the signed-in colleague, not a typed name
    review = run_cli("review", "1", "--format", "txt", db=db_path)
    assert review.returncode == 0, review.stderr
    assert "delivery confirmed for Thursday" in " ".join(review.stdout.split())
