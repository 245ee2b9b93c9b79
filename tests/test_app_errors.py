"""An unexpected error in the app closes it with one line, never a traceback with locals.

Textual's own handler prints a Rich traceback showing every frame's local variables: a client's
private notes among them. The app hands the error to the command line instead, which prints
one line and logs the traceback without local variables.
"""

from __future__ import annotations

import pytest
from tui_support import settle

from handoff.errors import UnexpectedError
from handoff.store import Store
from handoff.tui.app import HandoffApp

SECRET = "PRIVATE-late-payer"


def broken_clients(self: Store, name: str, *args: object) -> list:
    private_notes = SECRET  # a local variable a traceback with locals would show
    raise RuntimeError(f"the book could not be read ({len(private_notes)})")


async def test_an_unexpected_error_shows_no_locals(sample_store, monkeypatch, capsys) -> None:
    app = HandoffApp(sample_store.path)
    with pytest.raises(Exception, match="the book could not be read"):
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            # the dashboard reads clients too: the client book's read is the one that fails
            monkeypatch.setattr(Store, "checked_records", broken_clients)
            await pilot.press("c")
            await settle(pilot)
    printed = capsys.readouterr()
    assert SECRET not in printed.out + printed.err
    assert "Traceback" not in printed.err and "locals" not in printed.err
    # the command line reports it on one line, naming the kind of error, never its message
    assert isinstance(app.failure, UnexpectedError)
    assert "RuntimeError" in str(app.failure) and SECRET not in str(app.failure)
