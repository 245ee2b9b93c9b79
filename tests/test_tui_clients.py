"""The TUI through Pilot at 80×24: the client book, the client form and a client's screen."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Input
from tui_shared import SIZE, open_client_book, shown, table_text
from tui_support import settle, until, until_shown

from handoff.model import Client, OpenItem
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.dialogs import ConfirmDialog


# -- client book -------------------------------------------------------------------------------
async def test_client_book_filters_adds_and_archives(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        book, table = await open_client_book(pilot)
        assert table.row_count == 14
        await pilot.press("slash", *"santoso")
        await until(pilot, lambda: table.row_count == 1, "the filter")
        assert [r[0] for r in table_text(table)] == ["Budi Santoso ★"]
        assert "1 of 14 clients" in shown(app)
        # add a client through the form
        book.query_one("#filter", Input).value = ""
        await until(pilot, lambda: table.row_count == 14, "the filter cleared")
        table.focus()
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Nadia New", "tab", *"Nadia Tiles")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(
            c.name == "Nadia New" and c.company == "Nadia Tiles" for c in sample_store.clients()
        )
        assert table.row_count == 15
        # archive asks first
        names = [r[0] for r in table_text(table)]
        table.move_cursor(row=names.index("Nadia New"))
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
        archived = [c for c in sample_store.clients(include_archived=True) if c.name == "Nadia New"]
        assert archived[0].archived
        assert table.row_count == 14


async def test_client_form_refuses_bad_email(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_client_book(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Bad Mail", "tab", "tab", *"not-an-email", "ctrl+s")
        await settle(pilot)
        assert "is not an email address" in shown(app)
        assert store.clients() == []


async def test_client_screen_private_notes_and_open_items(store: Store) -> None:
    client = store.add_client(
        Client(
            name="Priya Private",
            preferred_channel="phone",
            availability="mornings only",
            checkin="one call a week, Monday",
            private_notes="CANARY late payer",
        )
    )
    store.add_item(OpenItem(client_id=client.id, title="Send the quote", due=date(2026, 11, 1)))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ClientScreen(client.id))
        await settle(pilot)
        text = shown(app)
        assert "mornings only" in text and "one call a week, Monday" in text and "phone" in text
        assert "CANARY" not in text  # hidden until revealed
        await pilot.press("v")
        text = await until_shown(pilot, "CANARY late payer")
        assert "PRIVATE" in text
        await pilot.press("v")
        await until(pilot, lambda: "CANARY" not in shown(app), "the notes hidden again")
        # check the item off: it stays, crossed out
        await pilot.press("x")
        await settle(pilot)
        assert store.items(client.id)[0].status == "done"
        table = app.screen.query_one("#items", DataTable)
        title = table.get_row_at(0)[2]  # Due, Status, Open item, Next step
        assert str(title) == "Send the quote" and "strike" in str(title.style)
        # add one through the form
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Call back about tiles", "ctrl+s")
        await settle(pilot)
        assert sorted(i.title for i in store.items(client.id)) == [
            "Call back about tiles",
            "Send the quote",
        ]
        assert table.row_count == 2
        # edit the client: the new check-in rhythm is saved and shown
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#checkin", Input).value = "every other Friday"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.client(client.id).checkin == "every other Friday"
        assert store.client(client.id).private_notes == "CANARY late payer"  # kept as it was
        assert "every other Friday" in shown(app)


async def test_thousands_of_clients_stay_in_one_table(store: Store) -> None:
    store.add_clients(Client(name=f"Client {n:05}", company=f"Firm {n % 97}") for n in range(3000))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        book, table = await open_client_book(pilot)
        assert table.row_count == 3000
        assert len(list(book.query("*"))) < 100  # rows are not widgets
        await pilot.press("slash", *"02999")
        await until(pilot, lambda: table.row_count == 1, "the filter")
        assert [r[0] for r in table_text(table)] == ["Client 02999"]


async def test_client_book_columns_fit_the_window_after_a_resize(store: Store) -> None:
    long = "Clinica Dental Puigcerdà i Associats de Barcelona"
    store.add_client(Client(name=long, company="A company with a long name as well, S.L."))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await open_client_book(pilot)
        assert long not in shown(app) and "Clinica Dental" in shown(app)  # cut to fit 80
        await pilot.resize_terminal(160, 24)
        await settle(pilot)
        assert long in shown(app)
