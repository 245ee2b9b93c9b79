"""What the TUI tests share: a small firm, opening the wizard or the client book, filling the
wizard's step 1, the screen's words and a table's cells."""

from __future__ import annotations

from textual.widgets import DataTable, Input, Select
from tui_support import screen_text, settle

from handoff.model import Client, Person
from handoff.store import Store
from handoff.tui.screens.clients import ClientBookScreen
from handoff.tui.screens.wizard import WizardScreen
from handoff.tui.widgets.virtual_table import VirtualTable

SIZE = (80, 24)
MARKUP_NAMES = ["[bold]x", "[/]", "Smith [/", "Acme [@click=app.quit]Corp[/]"]


def firm(store: Store) -> dict[str, int]:
    """A small firm: one person leaving, two colleagues, a boss, HR, legal, three clients."""
    ids = {}
    for name, role in [
        ("Olga Owner", "owner"),
        ("Lena Leaving", "colleague"),
        ("Carl Cover", "colleague"),
        ("Dora Cover", "colleague"),
        ("Bea Boss", "boss"),
        ("Hugo HR", "hr"),
        ("Lara Legal", "legal"),
    ]:
        ids[name] = store.add_person(Person(name=name, role=role)).id
    for name in ("Alpha Ltd", "Beta Bakery", "Gamma Garage"):
        ids[name] = store.add_client(
            Client(
                name=name,
                email=f"{name.split()[0].lower()}@example.com",
                manager_id=ids["Lena Leaving"],
            )
        ).id
    ids["Zeta Other"] = store.add_client(
        Client(name="Zeta Other", phone="+44 20 0000 0000", manager_id=ids["Carl Cover"])
    ).id
    return ids


async def open_wizard(pilot, handoff_id: int | None = None) -> WizardScreen:
    app = pilot.app
    if handoff_id is None:
        await pilot.press("n")
    else:
        app.open_handoff(handoff_id)
    await settle(pilot)
    assert isinstance(app.screen, WizardScreen)
    return app.screen


async def fill_step_1(pilot, wizard: WizardScreen, person: int, kind: str, starts: str) -> None:
    wizard.query_one("#person", Select).value = person
    wizard.query_one("#kind", Select).value = kind
    await pilot.pause()
    wizard.query_one("#starts", Input).value = starts
    await pilot.pause()


def shown(app) -> str:
    """The screen's words with line breaks and padding squeezed (a message may wrap)."""
    return " ".join(screen_text(app).split())


def table_text(table: DataTable | VirtualTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(r)] for r in range(table.row_count)]


async def open_client_book(pilot) -> tuple[ClientBookScreen, VirtualTable]:
    """From the dashboard, `c`: the client book and its table, once its rows are read."""
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    book = pilot.app.screen
    assert isinstance(book, ClientBookScreen)
    return book, book.query_one("#clients", VirtualTable)
