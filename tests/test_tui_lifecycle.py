"""The app shows the life cycle's rules: ending (1), who may help (4), changes since v1 (5)."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.widgets import DataTable, Select, Static
from tui_support import screen_text, settle

from handoff import coverage
from handoff.model import ESCALATION_TOPICS, OpenItem
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.review import ConfirmEndDialog, ReviewScreen
from handoff.tui.screens.wizard import WizardScreen
from handoff.tui.widgets.step_indicator import StepIndicator

SIZE = (80, 24)
MARTA, PETER, TOM = 3, 4, 6


class Host(App[None]):
    def __init__(self, screen: ReviewScreen) -> None:
        super().__init__()
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


def notices(app: App) -> str:
    return " ".join(n.message for n in app._notifications)


def shown(app: App) -> str:
    return " ".join(screen_text(app).split())


def offered(select: Select) -> set[object]:
    return {value for _prompt, value in select._options if value != Select.NULL}


# -- 1 -------------------------------------------------------------------------------------------
async def test_review_refuses_to_end_a_draft(sample_store: Store) -> None:
    app = Host(ReviewScreen(sample_store, 2))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmEndDialog)  # nothing to confirm: refused
        assert "never finalized" in notices(app)
    assert sample_store.handoff(2).ended is None
    assert sample_store.client(6).manager_id == TOM


async def test_review_asks_before_ending_early(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDOFF_TODAY", "2026-11-10")
    app = Host(ReviewScreen(sample_store, 1))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmEndDialog)
        question = " ".join(str(app.screen.query_one("#end-question", Static).render()).split())
        assert "Marta Puig returns on 2026-11-20" in question and "early" in question
        await pilot.click("#end-ok")
        await settle(pilot)
    ended = sample_store.handoff(1)
    assert ended.ended is not None and ended.ended.isoformat() == "2026-11-10"
    assert ended.justifications[-1]["what"] == "ended early"


# -- 4 -------------------------------------------------------------------------------------------
async def test_wizard_offers_only_people_who_may_help(sample_store: Store) -> None:
    coverage.end_handoff(sample_store, 2, force_reason="told by phone")  # Tom has left
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_handoff(1)  # Marta's vacation
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wizard.query_one(StepIndicator).post_message(StepIndicator.Chosen(4))
        await settle(pilot)
        assert wizard.step == 4
        covers = offered(wizard.query_one("#cover-person", Select))
        assert PETER in covers and TOM not in covers and MARTA not in covers
        for topic in ESCALATION_TOPICS:
            contacts = offered(wizard.query_one(f"#esc-{topic}", Select))
            assert TOM not in contacts and MARTA not in contacts, topic
            assert contacts  # the boss, HR and legal counsel are still there


# -- 5 -------------------------------------------------------------------------------------------
async def test_dashboard_and_wizard_say_changed_since_v1(sample_store: Store) -> None:
    sample_store.add_item(OpenItem(client_id=4, title="Measure the terrace"))  # Pere Soler
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#handoffs", DataTable)
        table.move_cursor(row=table.get_row_index("1"))
        await settle(pilot)
        status = str(table.get_row("1")[2])
        assert "changed since v1" in status
        text = shown(app)
        assert "Changed since v1" in text and "Pere Soler: open item added" in text
        assert "finalize v2" in text
        app.open_handoff(1)
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        wizard.query_one(StepIndicator).post_message(StepIndicator.Chosen(6))
        await settle(pilot)
        versions = " ".join(str(wizard.query_one("#versions", Static).render()).split())
        assert "(changed since v1)" in versions and "(current)" not in versions
        assert "Pere Soler: open item added: 'Measure the terrace'" in versions
        assert "finalizing makes v2" in versions
