"""The people screen: everyone at the firm with their role and contact details; add, correct."""

from __future__ import annotations

from textual.widgets import DataTable, Input
from tui_support import screen_text, settle

from handoff.model import Person
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.people import PeopleScreen
from handoff.tui.screens.person_form import PersonForm

SIZE = (80, 24)


def shown(app) -> str:
    return " ".join(screen_text(app).split())


def names(app) -> list[str]:
    table = app.screen.query_one("#people", DataTable)
    return [str(table.get_row_at(r)[0]) for r in range(table.row_count)]


async def open_people(pilot) -> PeopleScreen:
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    assert isinstance(pilot.app.screen, PeopleScreen)
    return pilot.app.screen


async def test_everyone_is_listed_with_role_and_phone_and_the_list_filters(sample_store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        assert len(names(app)) == 8
        text = shown(app)
        assert "Grace Boateng" in text and "boss" in text and "+44 20 7946 0102" in text
        await pilot.press("slash", *"legal")
        await settle(pilot)
        assert names(app) == ["Jordi Serra"]
        assert "1 of 8 people" in shown(app)


async def test_correcting_a_phone_number_saves_it(sample_store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        row = names(app).index("Grace Boateng")
        app.screen.query_one("#people", DataTable).move_cursor(row=row)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, PersonForm)
        assert form.query_one("#name", Input).value == "Grace Boateng"  # filled in
        phone = form.query_one("#phone", Input)
        assert phone.value == "+44 20 7946 0102"
        phone.value = "+44 20 7946 0999"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        assert "phone: +44 20 7946 0102 → +44 20 7946 0999" in shown(app)
        assert "+44 20 7946 0999" in shown(app)
    saved = next(p for p in Store(sample_store.path).people() if p.name == "Grace Boateng")
    assert saved.phone == "+44 20 7946 0999" and saved.role == "boss"


async def test_the_form_refuses_a_taken_name_and_a_bad_email_before_saving(sample_store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        await pilot.press(*"grace  BOATENG")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form and "already someone at the firm" in shown(app)
        form.query_one("#name", Input).value = "Ama Owusu"
        form.query_one("#email", Input).value = "ama at example"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form and "not an email address" in shown(app)
        form.query_one("#email", Input).value = "ama@example.com"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        assert "Ama Owusu" in names(app)
    assert len(Store(sample_store.path).people()) == 9


async def test_markup_in_a_name_is_shown_as_written(store: Store) -> None:
    store.add_person(Person(name="[@click=app.quit]A[/]"))
    store.add_person(Person(name="[b]Bo[/b] Lee"))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_people(pilot)
        assert "[@click=app.quit]A[/]" in shown(app) and "[b]Bo[/b] Lee" in shown(app)
        await pilot.click("#people", offset=(5, 2))  # the second row: the cursor goes there
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, PeopleScreen)
        await pilot.click("#people", offset=(5, 2))  # a second click opens the form
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, PersonForm)
