"""The print dialog also writes email drafts, the auto-reply and the calendar."""

from __future__ import annotations

import mailbox
from pathlib import Path

from icalendar import Calendar
from textual.widgets import Input, Select
from tui_support import settle

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.print_dialog import PrintDialog

SIZE = (80, 24)


async def _write_from_dialog(app: HandoffApp, pilot, what: str, output: Path | None) -> str:
    """Open the print dialog for sample handoff 1, choose `what`, save; the default path
    offered for it."""
    app.print_handoff(1)
    await settle(pilot)
    dialog = app.screen
    assert isinstance(dialog, PrintDialog)
    dialog.query_one("#what", Select).value = what
    await pilot.pause()
    offered = dialog.query_one("#output", Input).value
    if output is not None:
        dialog.query_one("#output", Input).value = str(output)
    await pilot.press("ctrl+s")
    await settle(pilot)
    return offered


async def test_drafts_calendar_and_sieve_rules_from_the_print_dialog(
    sample_store: Store, tmp_path: Path
) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        folder = tmp_path / "drafts"
        offered = await _write_from_dialog(app, pilot, "drafts", folder)
        assert offered.endswith("handoff-1-drafts")
        assert len(list(folder.glob("*.eml"))) == 5
        assert len(mailbox.mbox(folder / "drafts.mbox")) == 5
        assert any(str(folder) in str(n.message) for n in app._notifications)

        ics = tmp_path / "marta.ics"
        offered = await _write_from_dialog(app, pilot, "calendar", ics)
        assert offered.endswith("handoff-1-calendar.ics")
        summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")]
        assert "Marta Puig away (vacation)" in summaries

        sieve = tmp_path / "marta.sieve"
        await _write_from_dialog(app, pilot, "autoreply-sieve", sieve)
        assert 'require ["date", "relational", "vacation"];' in sieve.read_text("utf-8")


async def test_a_file_where_the_drafts_folder_should_be_is_said_not_raised(
    sample_store: Store, tmp_path: Path
) -> None:
    a_file = tmp_path / "taken"
    a_file.write_text("x", encoding="utf-8")
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _write_from_dialog(app, pilot, "drafts", a_file)
        assert any("is a file, not a folder" in str(n.message) for n in app._notifications)
        assert a_file.read_text(encoding="utf-8") == "x"
