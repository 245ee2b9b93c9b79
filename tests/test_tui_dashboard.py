"""The TUI through Pilot at 80×24: the dashboard, opening a database, help, palette and the
screens the dashboard opens."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Select
from tui_shared import SIZE, shown, table_text
from tui_support import settle, until

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.clients import ClientBookScreen
from handoff.tui.screens.dashboard import DashboardScreen
from handoff.tui.screens.help import HelpScreen


# -- dashboard ---------------------------------------------------------------------------------
async def test_dashboard_shows_handoffs_with_status_and_counts(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DashboardScreen)
        text = shown(app)
        assert "Marta Puig" in text and "vacation" in text
        assert "5/5" in text  # covered / clients
        assert "draft" in text
        # filter as you type
        await pilot.press("slash", *"termin")
        await settle(pilot)
        rows = table_text(app.screen.query_one("#handoffs", DataTable))
        assert [r[0] for r in rows] == ["Tom Fletcher\ntermination"]


async def test_opened_by_path_the_database_is_read_after_the_first_frame(
    sample_store: Store,
) -> None:
    app = HandoffApp(sample_store.path)  # as `handoff` starts it
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Marta Puig" in shown(app)
        assert app.failure is None and app.is_running


@pytest.mark.parametrize(
    "content, error",
    [
        ("[1, 2, 3]", "DamagedDatabase"),  # not a database at all
        # a field of the wrong type: refused naming the record and the field
        (
            '{"_meta": {"1": {"schema": 1}}, "handoffs": {"1": {"person_id": "x"}}}',
            "DamagedDatabase",
        ),
    ],
)
async def test_a_file_that_cannot_be_used_closes_the_app(db_path, content, error) -> None:
    """Opened by path (as `handoff` does), the file is first read after the first frame; when it
    cannot be used the app closes and hands the error to the command line, which prints one
    line (never a traceback on the screen)."""
    db_path.write_text(content, encoding="utf-8")
    app = HandoffApp(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await until(pilot, lambda: not app.is_running, "the app closing")
    assert type(app.failure).__name__ == error
    assert app.return_code == 2
    assert db_path.read_text(encoding="utf-8") == content


async def test_empty_database_says_how_to_start(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Press n to start one" in shown(app)


async def test_help_theme_and_palette(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = shown(app)
        assert "Start a handoff" in text and "Clients" in text  # the keys of the screen below
        await pilot.press("escape")
        await pilot.pause()
        dark = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != dark
        await pilot.press("ctrl+t")
        assert app.theme == dark
        # the palette offers the app's actions and every handoff
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"client book")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClientBookScreen)


async def test_contact_log_review_and_import_screens_are_wired(sample_store: Store) -> None:
    from handoff.tui.screens.contact_log import ContactLogScreen
    from handoff.tui.screens.import_clients import ImportClientsScreen
    from handoff.tui.screens.review import ReviewScreen

    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, screen in (
            ("l", ContactLogScreen),
            ("r", ReviewScreen),
            ("i", ImportClientsScreen),
        ):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen), key
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, DashboardScreen)
        # the same through the command palette
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"return review marta")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


async def test_palette_adds_a_person(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"add a person", "enter")
        await settle(pilot)
        await pilot.press(*"Hugo HR")
        app.screen.query_one("#role", Select).value = "hr"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [(p.name, p.role) for p in store.people()] == [("Hugo HR", "hr")]
