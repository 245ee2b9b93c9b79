"""A form open in the app while the command line changes the same record: nothing is lost.

Each record has a revision; a save changes only the fields the person edited and is refused
when the record was saved since the form opened. The app then says so and lets the person
choose: apply their changes on top, overwrite, or drop their edit.
"""

from __future__ import annotations

import dataclasses

import pytest
from textual.widgets import DataTable, Input
from tui_support import screen_text, settle

from handoff.errors import Conflict
from handoff.importing import import_clients
from handoff.model import Client, OpenItem, Person
from handoff.people import edit_person
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.conflict import ConflictDialog
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.client_form import ClientForm
from handoff.tui.screens.clients import ClientBookScreen
from handoff.tui.screens.dialogs import ConfirmDialog
from handoff.tui.screens.item_form import ItemForm
from handoff.tui.screens.people import PeopleScreen
from handoff.tui.screens.person_form import PersonForm
from handoff.tui.widgets.virtual_table import VirtualTable

SIZE = (100, 30)


def shown(app) -> str:
    return " ".join(screen_text(app).split())


def a_client(store: Store, company: str = "Old Co", private: str = "P1") -> Client:
    return store.add_client(
        Client(name="Ada Byron", company=company, email="ada@example.com", private_notes=private)
    )


def command_line(store: Store) -> Store:
    """Another process: a store of its own on the same file."""
    return Store(store.path)


# -- the store -----------------------------------------------------------------------------------
def test_a_save_from_a_stale_copy_is_refused_and_the_other_change_stays(store: Store) -> None:
    client = a_client(store)
    other = command_line(store)
    theirs = other.client(client.id)
    theirs.company = "New Co"
    other.update_client(theirs)
    client.phone = "+44 1234 5678"
    with pytest.raises(Conflict) as caught:
        store.update_client(client)
    assert caught.value.current.company == "New Co"
    assert "P1" not in str(caught.value)  # the message names the record, not its contents
    assert store.client(client.id).company == "New Co"


def test_a_form_save_changes_only_the_edited_fields(store: Store) -> None:
    before = a_client(store)
    other = command_line(store)
    other.save_edit(
        other.client(before.id), dataclasses.replace(before, company="New Co", private_notes="P2")
    )
    mine = dataclasses.replace(before, phone="+44 1234 5678")
    with pytest.raises(Conflict):
        store.save_edit(before, mine)
    saved = store.save_edit(before, mine, "mine")
    assert (saved.company, saved.private_notes, saved.phone) == ("New Co", "P2", "+44 1234 5678")
    assert saved.revision == 2
    again = store.save_edit(
        store.client(before.id), dataclasses.replace(before, name="Ada B"), "overwrite"
    )
    assert (again.company, again.private_notes, again.name) == ("Old Co", "P1", "Ada B")


def test_people_edit_twice_from_the_command_line(store: Store) -> None:
    grace = store.add_person(Person(name="Grace Boateng", role="boss"))
    edit_person(command_line(store), grace.id, phone="+44 20 7946 0999")
    edit_person(command_line(store), grace.id, email="grace@example.com")
    saved = store.person(grace.id)
    assert (saved.phone, saved.email, saved.revision) == (
        "+44 20 7946 0999",
        "grace@example.com",
        2,
    )


# -- the app -------------------------------------------------------------------------------------
async def open_client(pilot, client_id: int) -> ClientScreen:
    await settle(pilot)
    pilot.app.push_screen(ClientScreen(client_id))
    await settle(pilot)
    assert isinstance(pilot.app.screen, ClientScreen)
    return pilot.app.screen


def merge_by_import(store: Store, tmp_path) -> None:
    """`handoff import clients` with a row that merges into Ada (same email): it fills in her
    empty company and private notes."""
    source = tmp_path / "more.csv"
    source.write_text("name,email,company,private notes\nAda Byron,ada@example.com,Merged Co,P2\n")
    import_clients(command_line(store), source)


@pytest.mark.parametrize(
    ("choice", "company", "private", "phone"),
    [
        ("#mine", "Merged Co", "P2", "+44 1234 5678"),
        ("#overwrite", "", "", "+44 1234 5678"),
        ("#cancel", "Merged Co", "P2", ""),
    ],
)
async def test_client_form_saved_after_an_import_merged_into_the_client_asks(
    store: Store, tmp_path, choice: str, company: str, private: str, phone: str
) -> None:
    client = a_client(store, company="", private="")
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_client(pilot, client.id)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ClientForm)
        merge_by_import(store, tmp_path)
        assert command_line(store).client(client.id).company == "Merged Co"
        app.screen.query_one("#phone", Input).value = "+44 1234 5678"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        text = shown(app)
        assert "saved elsewhere" in text and "company" in text and "P2" not in text
        await pilot.click(choice)
        await settle(pilot)
        saved = command_line(store).client(client.id)
        assert (saved.company, saved.private_notes, saved.phone) == (company, private, phone)


async def test_archiving_from_the_book_keeps_what_the_command_line_wrote(
    store: Store, tmp_path
) -> None:
    client = a_client(store, company="", private="")
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, ClientBookScreen)
        app.screen.query_one("#clients", VirtualTable).focus()
        merge_by_import(store, tmp_path)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.click("#mine")
        await settle(pilot)
        saved = command_line(store).client(client.id)
        assert saved.archived and saved.company == "Merged Co" and saved.private_notes == "P2"


async def test_archiving_from_the_client_screen_asks_too(store: Store, tmp_path) -> None:
    client = a_client(store, company="", private="")
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_client(pilot, client.id)
        merge_by_import(store, tmp_path)
        await pilot.press("d")
        await settle(pilot)
        await pilot.click("#yes")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.click("#mine")
        await settle(pilot)
        saved = command_line(store).client(client.id)
        assert saved.archived and saved.company == "Merged Co"


async def test_people_screen_does_not_revert_people_edit(store: Store) -> None:
    grace = store.add_person(Person(name="Grace Boateng", role="boss", phone="+44 20 7946 0102"))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, PeopleScreen)
        app.screen.query_one("#people", DataTable).move_cursor(row=0)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, PersonForm)
        # `handoff people edit "Grace Boateng" --email grace@example.com --role hr`
        edit_person(command_line(store), grace.id, email="grace@example.com", role="hr")
        app.screen.query_one("#phone", Input).value = "+44 20 7946 0999"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.click("#mine")
        await settle(pilot)
        saved = command_line(store).person(grace.id)
        assert (saved.email, saved.role, saved.phone) == (
            "grace@example.com",
            "hr",
            "+44 20 7946 0999",
        )


async def test_item_form_asks_when_the_item_changed_underneath(store: Store) -> None:
    client = a_client(store)
    item = store.add_item(OpenItem(client_id=client.id, title="Send the quote"))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_client(pilot, client.id)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, ItemForm)
        other = command_line(store)
        theirs = other.item(item.id)
        theirs.next_step = "call Monday"
        other.update_item(theirs)
        app.screen.query_one("#title", Input).value = "Send the revised quote"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictDialog)
        await pilot.click("#mine")
        await settle(pilot)
        saved = command_line(store).item(item.id)
        assert (saved.title, saved.next_step) == ("Send the revised quote", "call Monday")
