"""Every screen at 80×24 on the sample data, as a picture (pytest-textual-snapshot).

A cut footer, a hidden box or a column that no longer fits shows up as a changed picture.
The date is pinned (HANDOFF_TODAY, see conftest) and nothing shown depends on the time of day
or the temporary folder, so the pictures are the same on every run. After an intended change
of a screen, look at the new pictures and accept them with
`pytest tests/test_tui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Select
from tui_support import settle, until, until_shown

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.wizard import WizardScreen

Prepare = Callable[[Pilot[Any], Store], Awaitable[None]]
AGNIESZKA = 1  # a client of the sample with private notes and overdue items
MARTA_VACATION, TOM_TERMINATION = 1, 2  # the sample's two handoffs


async def dashboard(pilot: Pilot[Any], store: Store) -> None:
    await until_shown(pilot, "Marta Puig")


async def help_screen(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    await pilot.press("f1")
    await until_shown(pilot, "Keys on this screen")


async def client_book(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    await pilot.press("c")
    await until_shown(pilot, "14 clients")


async def client_view(pilot: Pilot[Any], store: Store) -> None:
    pilot.app.push_screen(ClientScreen(AGNIESZKA))
    await until_shown(pilot, "Agnieszka Wiśniewska")
    await until_shown(pilot, "Open items")


async def client_private(pilot: Pilot[Any], store: Store) -> None:
    await client_view(pilot, store)
    await pilot.press("v")
    await until_shown(pilot, "PRIVATE — owner only")


async def client_form(pilot: Pilot[Any], store: Store) -> None:
    await client_view(pilot, store)
    await pilot.press("e")
    await until_shown(pilot, "Edit client")


async def item_form(pilot: Pilot[Any], store: Store) -> None:
    await client_view(pilot, store)
    await pilot.press("a")
    await until_shown(pilot, "New open item")


async def people(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    await pilot.press("f")
    await until_shown(pilot, "Tom Fletcher")


async def person_form(pilot: Pilot[Any], store: Store) -> None:
    await people(pilot, store)
    await pilot.press("a")
    await until_shown(pilot, "New person at the firm")


def wizard_at(step: int, handoff_id: int = MARTA_VACATION) -> Prepare:
    async def prepare(pilot: Pilot[Any], store: Store) -> None:
        # Opened where it was left: no draft is saved, so no time of day is shown.
        handoff = store.handoff(handoff_id)
        handoff.wizard_step = step
        store.save_handoff(handoff)
        pilot.app.open_handoff(handoff_id)  # type: ignore[attr-defined]
        await until_shown(pilot, f"Step {step} of 6")

    return prepare


async def wizard_new(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    await pilot.press("n")
    await until_shown(pilot, "Step 1 of 6")


async def wizard_person_list(pilot: Pilot[Any], store: Store) -> None:
    await wizard_new(pilot, store)
    await until(pilot, lambda: isinstance(pilot.app.focused, Select), "the person list")
    await pilot.press("enter")
    await until_shown(pilot, "Tom Fletcher (colleague)")


async def wizard_step_5_findings(pilot: Pilot[Any], store: Store) -> None:
    handoff = store.handoff(TOM_TERMINATION)
    handoff.scripts = {
        handoff.client_ids[0]: "Tom was fired for misconduct. Between us, he was incompetent."
    }
    store.save_handoff(handoff)
    await wizard_at(5, TOM_TERMINATION)(pilot, store)
    await until_shown(pilot, "⚠ Script")


async def finalize_question(pilot: Pilot[Any], store: Store) -> None:
    await wizard_at(6, TOM_TERMINATION)(pilot, store)
    wizard = pilot.app.screen
    assert isinstance(wizard, WizardScreen)
    await until_shown(pilot, "Missing before this packet can be finalized")


async def print_dialog(pilot: Pilot[Any], store: Store) -> None:
    await wizard_at(6)(pilot, store)
    await pilot.press("ctrl+o")
    await until_shown(pilot, "For whom")


async def contact_log(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    pilot.app.open_contact_log(MARTA_VACATION)  # type: ignore[attr-defined]
    await until_shown(pilot, "Contact log:")


async def review(pilot: Pilot[Any], store: Store) -> None:
    await dashboard(pilot, store)
    pilot.app.open_review(MARTA_VACATION)  # type: ignore[attr-defined]
    await until_shown(pilot, "What to do")


SCREENS: dict[str, Prepare] = {
    "dashboard": dashboard,
    "help": help_screen,
    "client_book": client_book,
    "client_view": client_view,
    "client_private_notes": client_private,
    "client_form": client_form,
    "item_form": item_form,
    "people": people,
    "person_form": person_form,
    "wizard_new": wizard_new,
    "wizard_person_list": wizard_person_list,
    **{f"wizard_step_{n}": wizard_at(n) for n in range(1, 7)},
    "wizard_step_5_findings": wizard_step_5_findings,
    "wizard_step_6_missing": finalize_question,
    "print_dialog": print_dialog,
    "contact_log": contact_log,
    "review": review,
}


@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(
    name: str, sample_store: Store, snap_compare: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The print dialog shows the documents folder (here: the home folder, the same everywhere).
    monkeypatch.setenv("HOME", "/home/owner")
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    app = HandoffApp(sample_store)

    async def run_before(pilot: Pilot[Any]) -> None:
        pilot.app.sub_title = "sample data"  # not the temporary folder
        await settle(pilot)
        await SCREENS[name](pilot, sample_store)
        await settle(pilot)
        # A text cursor blinks every half second: keep it on, or the picture depends on when
        # it is taken.
        for widget in pilot.app.screen.query("Input, TextArea"):
            widget.cursor_blink = False  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
