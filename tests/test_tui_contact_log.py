"""The contact log shows its list first: the entry form is mounted just after the first frame.

Here the form is held back (as on a slow machine) while keys are pressed; they must neither
crash the app nor lose what was typed, and the list must not move when the form arrives. Then
the form's client picker: type part of a name, choose a match with the keys or the mouse; a
name that matches no client is never saved."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Select, TextArea
from tui_support import screen_text, settle, shown, until, until_shown

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.contact_log import ContactLogScreen
from handoff.tui.widgets.client_picker import ClientIndex, ClientPicker, PickerClient

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
        assert app.focused is log.query_one("#client-search", Input)  # its first field
        assert log.query_one("#client", ClientPicker).value is None  # five clients: none yet


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
        assert "Asked why Marta Puig left" in shown(app)
        filter_input = log.query_one("#filter", Input)
        assert app.focused is filter_input and filter_input.value == "kowalczyk"
        # the pickers got the clients and people read before the form was there
        await pilot.click("#client-search")
        await pilot.press(*"kowal", "enter")
        await settle(pilot)
        assert log.query_one("#client", ClientPicker).value == 2
        assert log.query_one("#who", Select).value == 4  # Jan's cover
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


# -- the client picker ------------------------------------------------------------------------
async def opened_log(pilot: Pilot[Any], app: HandoffApp) -> ContactLogScreen:
    log = await open_log(pilot, app)
    await until(pilot, lambda: log.form_ready and log.choices is not None, "the form")
    await settle(pilot)
    return log


def field_line(app: HandoffApp) -> str:
    """The screen row of the client field (the row below the title)."""
    return screen_text(app).splitlines()[1]


def under_field(app: HandoffApp) -> str:
    """The screen row under the client field (where its list of matches opens)."""
    return screen_text(app).splitlines()[2]


async def test_typing_part_of_a_name_and_enter_chooses_the_client_and_saves(
    sample_store: Store,
) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        await pilot.press(*"kowal")  # the field has the focus when the form arrives
        await until_shown(pilot, "Jan Kowalczyk Piekarnia Kowalczyk · +48 12 555 0190")
        assert "Dental Clinic" not in shown(app)  # only the matches are listed
        await pilot.press("enter")
        await settle(pilot)
        assert "✓ Jan Kowalczyk" in field_line(app)  # the chosen client, marked
        assert "Piekarnia" not in shown(app)  # the list of matches is closed
        assert log.query_one("#who", Select).value == 4  # his cover, as before
        # who spoke is filled in: Enter moved on to what was said
        assert app.focused is log.query_one("#said", TextArea)
        await pilot.press(*"Called back about the invoice")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: log.query_one("#entries", DataTable).row_count == 5, "saved")
        await until_shown(pilot, "5 entries")
        assert "Called back about the invoice" in shown(app)
    saved = sample_store.log_entries(MARTA_VACATION)[-1]
    assert saved.client_id == 2 and saved.who_id == 4
    assert saved.said == "Called back about the invoice"


async def test_enter_on_a_client_with_no_cover_moves_on_to_who_spoke(sample_store: Store) -> None:
    """With no covering colleague to put in "Who", Enter on the client moves there, not past
    it."""
    handoff = sample_store.handoff(MARTA_VACATION)
    del handoff.covers[2]  # Jan Kowalczyk: nobody covers him yet
    sample_store.save_handoff(handoff)
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        await pilot.press(*"kowal")
        await until_shown(pilot, "Jan Kowalczyk")
        await pilot.press("enter")
        await settle(pilot)
        assert log.query_one("#client", ClientPicker).value == 2
        who = log.query_one("#who", Select)
        assert who.is_blank() and app.focused is who


async def test_arrow_keys_and_the_mouse_choose_among_the_matches(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        picker = log.query_one("#client", ClientPicker)
        await pilot.press(*"+48")  # a phone prefix: Agnieszka's and Jan's
        await until_shown(pilot, "Jan Kowalczyk")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert picker.value == 2 and "✓ Jan Kowalczyk" in field_line(app)
        assert app.focused is log.query_one("#said", TextArea)  # Enter moved on
        # back in the field, typing again starts a new search and clears the choice
        await pilot.click("#client-search")
        await pilot.press("ctrl+a", "ctrl+k", *"soler")
        await settle(pilot)
        assert picker.value is None and "✓" not in field_line(app)
        await until_shown(pilot, "Pere Soler")
        await pilot.click("#client-matches", offset=(3, 0))  # the first (and only) match
        await settle(pilot)
        assert picker.value == 4 and "✓ Pere Soler" in field_line(app)
        assert app.focused is log.query_one("#client-search", Input)


async def test_a_name_that_matches_no_client_is_not_saved(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        await pilot.press(*"Zebedee")
        await until_shown(pilot, "No client of this handoff matches “Zebedee”")
        await pilot.press("enter")  # nothing to choose
        log.query_one("#said", TextArea).focus()
        await pilot.press(*"Called, all fine")
        await settle(pilot)
        assert "✗ Zebedee" in field_line(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        # the focus goes back to the field, whose line says why
        assert app.focused is log.query_one("#client-search", Input)
        assert "No client of this handoff matches “Zebedee”" in under_field(app)
        # with nothing typed in it, the line names the missing field
        log.query_one("#said", TextArea).focus()
        await pilot.click("#client-search")
        await pilot.press("ctrl+a", "ctrl+k")
        log.query_one("#said", TextArea).focus()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.focused is log.query_one("#client-search", Input)
        assert "Choose the client: type part of a name" in under_field(app)
    assert len(sample_store.log_entries(MARTA_VACATION)) == 4


async def test_a_name_typed_in_full_is_the_client_when_the_field_is_left(
    sample_store: Store,
) -> None:
    """Typed in full (any case) and left with Tab, the name is that client's: the entry is
    checked in the client's language (Pere Soler's is Catalan) and saved for him. Part of a
    name is still no choice."""
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        picker = log.query_one("#client", ClientPicker)
        await pilot.press(*"pere sol", "tab")
        await settle(pilot)
        assert picker.value is None and "✓" not in field_line(app)
        await pilot.click("#client-search")
        await pilot.press("end", "e", "r", "tab")  # "pere soler"
        await until(pilot, lambda: picker.value == 4, "Pere Soler chosen")
        assert "✓ Pere Soler" in field_line(app)
        assert log.query_one("#who", Select).value == 5  # his cover
        log.query_one("#said", TextArea).focus()
        await pilot.press(*"La Marta ja no treballa aqui, ja s'ho pot imaginar.")
        await until_shown(pilot, "ja s'ho pot imaginar”")  # a Catalan rule's warning
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(sample_store.log_entries(MARTA_VACATION)) == 5, "saved")
    assert sample_store.log_entries(MARTA_VACATION)[-1].client_id == 4


async def test_escape_closes_the_matches_before_it_closes_the_log(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        await pilot.press(*"santo")
        await until_shown(pilot, "PT Santoso Properti")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is log and "PT Santoso Properti" not in shown(app)
        await pilot.press("down")  # ↓ opens them again
        await until_shown(pilot, "PT Santoso Properti")
        await pilot.press("escape", "escape")  # nothing typed in "what was said": no question
        await until(pilot, lambda: log not in app.screen_stack, "the log closed")


async def test_a_log_opened_for_one_client_starts_with_that_client(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ContactLogScreen(sample_store, MARTA_VACATION, client_id=4))
        await until(pilot, lambda: isinstance(app.screen, ContactLogScreen), "the log")
        log = app.screen
        assert isinstance(log, ContactLogScreen)
        await until(pilot, lambda: log.form_ready and log.choices is not None, "the form")
        await settle(pilot)
        assert log.query_one("#client", ClientPicker).value == 4
        assert "✓ Pere Soler" in field_line(app)
        assert log.query_one("#who", Select).value == 5  # his cover
        assert log.query_one("#channel", Select).value == "sms"  # how he likes to be reached


# -- the warnings at 80×24 --------------------------------------------------------------------
@pytest.mark.parametrize(
    "said",
    [
        "No information was left for me, she was fired for misconduct",  # two, and the claim
        "No information was left for me; she was let go for being lazy and dishonest",  # three
    ],
)
async def test_every_say_instead_can_be_read_at_80x24(sample_store: Store, said: str) -> None:
    from handoff.contact_log import check_said

    findings = check_said(said, "pl", "vacation")
    assert len(findings) >= 2
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await opened_log(pilot, app)
        await pilot.press(*"agn", "enter")  # Agnieszka: Polish, so the checks of the entry's
        log.query_one("#said", TextArea).focus()
        await pilot.press(*said)
        await until_shown(pilot, "say instead")
        await settle(pilot)
        box = log.query_one("#risk-box")

        def warnings_shown() -> str:
            rows = screen_text(app).splitlines()[box.region.y : box.region.bottom]
            return " ".join(" ".join(rows).replace("▄", " ").replace("▀", " ").split())

        seen = warnings_shown()
        await pilot.press("tab")  # the warnings are longer than their box: it takes the focus
        await settle(pilot)
        assert app.focused is box
        for _ in range(6):  # and ↓ scrolls them, a line at a time
            await pilot.press("down")
            await settle(pilot)
            seen += " " + warnings_shown()
        for f in findings:
            assert f"“{f.words}” say instead: “{f.alternative}”" in seen
        assert "Look there before saying you have no information." in seen


# -- the picker's search ----------------------------------------------------------------------
NAMES = ["Anna Nowak", "Jan Nowak", "Nowak Anna", "Joanna Vidal", "Ann", "Zoë Łukasz"]


def reference(index: ClientIndex, text: str, limit: int) -> tuple[list[int], int]:
    """Every match ranked, as the picker promises: the name starting with the text, then a name
    word starting with the first word, then the rest; in the given order within each."""
    words = text.casefold().split()
    found = [
        (n, c)
        for n, c in enumerate(index.clients)
        if words and all(w in index.haystacks[n] for w in words)
    ]

    def rank(client: PickerClient) -> int:
        name = client.name.casefold()
        if name.startswith(" ".join(words)):
            return 0
        return 1 if any(part.startswith(words[0]) for part in name.split()) else 2

    ranked = sorted(found, key=lambda nc: (rank(nc[1]), nc[0]))
    return [c.id for _, c in ranked[:limit]], len(found)


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(st.sampled_from(NAMES), max_size=30),
    text=st.text(alphabet="anowkjvidłzë ", max_size=8),
    limit=st.integers(1, 8),
)
@example(names=["Jan Nowak", "Anna Nowak", "Ann", "Anna Nowak"], text="an", limit=2)
def test_the_picker_lists_the_best_matches_first_and_counts_them_all(
    names: list[str], text: str, limit: int
) -> None:
    index = ClientIndex(
        [PickerClient(n, name, company=f"Co {n % 3}") for n, name in enumerate(names)]
    )
    shown, count = index.find(text, limit)
    assert ([c.id for c in shown], count) == reference(index, text, limit)


async def test_the_client_can_be_chosen_while_the_entries_are_still_read(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entries' risk check may first have to start the checker (seconds, once a session):
    the form's clients are read before, and the form does not wait for the entries."""
    import threading

    from handoff import contact_log

    release = threading.Event()
    real = contact_log.logged_contacts

    def slow(store: Store, handoff_id: int) -> list[contact_log.LoggedContact]:
        release.wait(timeout=30)
        return real(store, handoff_id)

    monkeypatch.setattr(contact_log, "logged_contacts", slow)
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        log = await open_log(pilot, app)
        await until(pilot, lambda: log.form_ready and log.choices is not None, "the form")
        table = log.query_one("#entries", DataTable)
        assert not log.entries_read and table.row_count == 0
        await pilot.press(*"kowal", "enter")
        await until(pilot, lambda: log.query_one("#client", ClientPicker).value == 2, "Jan")
        assert "✓ Jan Kowalczyk" in field_line(app)
        release.set()
        await until(pilot, lambda: table.row_count == 4, "the entries")
        await settle(pilot)
        assert log.query_one("#client", ClientPicker).value == 2  # the choice is kept
