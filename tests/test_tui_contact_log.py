"""The contact log shows its list first: the entry form is mounted just after the first frame.

Here the form is held back (as on a slow machine) while keys are pressed; they must neither
crash the app nor lose what was typed, and the list must not move when the form arrives."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, TextArea
from tui_support import settle, shown, until

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.contact_log import ContactLogScreen

SIZE = (80, 24)
MARTA_VACATION = 1  # the sample's handoff with four logged calls


class HeldForm:
    """Keeps every contact log's form from being mounted until `release`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.screens: list[ContactLogScreen] = []
        self._real = ContactLogScreen._add_form

        async def held(screen: ContactLogScreen) -> None:
            self.screens.append(screen)

        monkeypatch.setattr(ContactLogScreen, "_add_form", held)

    async def release(self, pilot: Pilot[Any]) -> None:
        """Mount the held forms, in their screen's own turn as the app would."""
        for screen in self.screens:
            if screen.is_attached:
                screen.call_later(self._real, screen)
                await until(pilot, lambda s=screen: s.form_ready, "the form")
            else:
                await self._real(screen)  # a closed log: nothing to mount, no error
        await settle(pilot)


async def open_log(pilot: Pilot[Any], app: HandoffApp) -> ContactLogScreen:
    await settle(pilot)
    app.open_contact_log(MARTA_VACATION)
    await until(pilot, lambda: isinstance(app.screen, ContactLogScreen), "the contact log")
    log = app.screen
    assert isinstance(log, ContactLogScreen)
    return log


@asynccontextmanager
async def held_log(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Pilot[Any], HandoffApp, ContactLogScreen, HeldForm]]:
    """The app at 80×24 with Marta's contact log open and its form held back."""
    form = HeldForm(monkeypatch)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        yield pilot, app, await open_log(pilot, app), form


async def test_the_form_arrives_by_itself_without_moving_the_list(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await open_log(pilot, app)
        await until(pilot, lambda: log.form_ready, "the form")
        await settle(pilot)
        assert log.query_one("#list-bar").region.y == 8  # title, then the form's 7 rows
        assert app.focused is log.query_one("#client", Select)  # its first field, as before
        assert log.query_one("#client", Select).value == 1


async def test_keys_before_the_form_neither_crash_nor_lose_typing(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_log(sample_store, monkeypatch) as (pilot, app, log, form):
        await settle(pilot)
        table = log.query_one("#entries", DataTable)
        assert table.row_count == 4 and not log.query("#said")  # the log first, no form yet
        assert app.focused is None
        bar = log.query_one("#list-bar").region
        await pilot.press("ctrl+s")  # nothing typed: nothing to save
        await pilot.press("ctrl+f", *"kowalczyk")
        await settle(pilot)
        assert table.row_count == 1
        await form.release(pilot)
        assert log.query_one("#list-bar").region == bar  # the list did not move
        # the pickers got the clients and people read before the form was there
        assert log.query_one("#client", Select).value == 1
        assert log.query_one("#who", Select).value == 4
        assert "Asked why Marta Puig left" in shown(app)
        filter_input = log.query_one("#filter", Input)
        assert app.focused is filter_input and filter_input.value == "kowalczyk"
    assert len(sample_store.log_entries(MARTA_VACATION)) == 4


async def test_ctrl_n_before_the_form_starts_in_what_was_said(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_log(sample_store, monkeypatch) as (pilot, app, log, form):
        await pilot.press("ctrl+n")
        await form.release(pilot)
        said = log.query_one("#said", TextArea)
        assert app.focused is said
        await pilot.press(*"She was fired")
        await settle(pilot)
        assert said.text == "She was fired"
        assert "say instead" in shown(app)  # the live risk warning


async def test_escape_before_the_form_goes_back(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_log(sample_store, monkeypatch) as (pilot, app, log, form):
        await pilot.press("escape")  # nothing can have been typed: no question
        await until(pilot, lambda: log not in app.screen_stack, "the log closed")
        await form.release(pilot)
        assert not log.form_ready
        assert "Marta Puig" in shown(app)  # the dashboard, and no error
