"""User text is data, never markup: names with square brackets on every screen."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Select
from tui_shared import MARKUP_NAMES, shown, table_text
from tui_support import settle

from handoff.model import Client, Handoff, OpenItem, Person
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.wizard import WizardScreen
from handoff.tui.widgets.virtual_table import VirtualTable


# -- user text is data, never markup -----------------------------------------------------------
@pytest.fixture
def markup_store(store: Store) -> tuple[Store, int]:
    leaving = store.add_person(Person(name="[bold]x", role="colleague"))
    cover = store.add_person(Person(name="Smith [/", role="colleague"))
    store.add_person(Person(name="[/]", role="boss"))
    clients = []
    for name in MARKUP_NAMES:
        client = store.add_client(
            Client(
                name=name,
                company="[red]Co[/red]",
                email="a@example.com",
                availability="[i]mornings[/i]",
                notes="[@click=app.quit]note[/]",
                manager_id=leaving.id,
            )
        )
        store.add_item(OpenItem(client_id=client.id, title=f"item {name}", next_step="[b]go"))
        clients.append(client.id)
    handoff = store.add_handoff(
        Handoff(
            person_id=leaving.id,
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 10),
            client_ids=clients,
            covers=dict.fromkeys(clients, cover.id),
            escalation=store.default_escalation(),
        )
    )
    return store, handoff.id


async def test_markup_in_names_is_shown_literally_everywhere(markup_store) -> None:
    store, handoff_id = markup_store
    app = HandoffApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "[bold]x" in shown(app)
        # the client book, and a click on the @click cell fires nothing
        await pilot.press("c")
        await settle(pilot)
        text = shown(app)
        for name in MARKUP_NAMES:
            assert name in text
        assert "[red]Co[/red]" in text
        table = app.screen.query_one("#clients", VirtualTable)
        names = [r[0] for r in table_text(table)]
        row = names.index("Acme [@click=app.quit]Corp[/]")
        table.move_cursor(row)
        await pilot.click("#clients", offset=(10, row + 1))
        await settle(pilot)
        assert app.is_running
        # the client screen (details, items) and the form
        if not isinstance(app.screen, ClientScreen):
            await pilot.press("enter")
            await settle(pilot)
        text = shown(app)
        assert "Acme [@click=app.quit]Corp[/]" in text
        assert "[i]mornings[/i]" in text and "[@click=app.quit]note[/]" in text
        assert "item Acme [@click=app.quit]Corp[/]" in text and "[b]go" in text
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#name", Input).value == "Acme [@click=app.quit]Corp[/]"
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        # every wizard step
        app.open_handoff(handoff_id)
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert "[bold]x (colleague)" in shown(app)
        for step in (2, 3, 4, 5, 6):
            wizard._go(step)
            await settle(pilot)
            text = shown(app)
            assert "Smith [/" in text or step in (2, 3, 5), step
            assert "Acme [@click=app.quit]Corp[/]" in text or step == 6, step
            assert app.is_running
        assert "[bold]x" in text and "Smith [/ (4)" in text
        await pilot.press("f1")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        # the print dialog lists the covering colleague; the item form lists the clients
        await pilot.press("ctrl+o")
        await settle(pilot)
        for_whom = app.screen.query_one("#for", Select)
        for_whom.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "Smith [/ (only their clients)" in shown(app)
        await pilot.press("escape", "escape")
        await settle(pilot)
        wizard._go(3)
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        client = app.screen.query_one("#client", Select)
        client.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "Acme [@click=app.quit]Corp[/]" in shown(app)
        await pilot.press("escape", "escape")
        await settle(pilot)
        # the command palette: handoff names as written
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"open handoff")
        await settle(pilot)
        assert "Open handoff: [bold]x (vacation " in shown(app)
        assert app.is_running
