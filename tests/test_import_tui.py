"""The import screen, driven with Pilot inside a tiny host app."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.command import CommandList
from textual.widgets import Button, Checkbox, DataTable, Select, Static

from handoff.store import Store
from handoff.tui.screens.import_clients import (
    NOT_IMPORTED,
    ImportClientsCommands,
    ImportClientsScreen,
)

CSV = (
    "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Contact owner,Fax\n"
    '1,Ann,"\x1b[31m[bold]Lee[/bold]",ann@lee.example,+44 1632 960001,Lee Ltd,Dewi Lestari,\n'
    "2,Bo,Kim,bo@kim.example,,Kim Co,Peter Nowak,\n"
    "3,Cy,Dee,cy@,,Dee Ltd,,\n"
)


class Host(App[None]):
    def __init__(self, store: Store, path: str = "") -> None:
        super().__init__()
        self.store = store
        self.path = path
        self.result: int | None = None

    def on_mount(self) -> None:
        def done(added: int | None) -> None:
            self.result = added

        self.push_screen(ImportClientsScreen(self.store, self.path), done)


def source_file(tmp_path: Path) -> Path:
    path = tmp_path / "hubspot.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


async def wait_for(pilot, predicate, tries: int = 100) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if predicate():
            return
    raise AssertionError("the screen never got there")


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_preview_mapping_and_all_or_nothing(sample_store, db_path, tmp_path):
    path = source_file(tmp_path)
    app = Host(sample_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await pilot.click("#path")
        await pilot.press(*str(path), "enter")
        await wait_for(pilot, lambda: screen.table is not None)
        assert "hubspot.csv: CSV (HubSpot contacts export), UTF-8, comma-separated, 3 rows" in (
            text_of(screen, "#source")
        )
        preview = screen.query_one("#preview", DataTable)
        assert preview.row_count == 3
        # markup and escapes are shown as written, cleaned of the escape, never interpreted
        assert str(preview.get_cell_at((0, 2))) == "[bold]Lee[/bold]"
        # the empty Fax column is hidden; Contact owner is shown but not imported
        assert not screen.query("#map-7")
        assert screen.query_one("#map-6", Select).value == NOT_IMPORTED
        assert screen.query_one("#map-3", Select).value == "email"

        before = db_path.read_bytes()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: "Nothing was imported" in text_of(screen, "#source"))
        assert "row 4, column “Email”: 'cy@' is not an email address" in text_of(screen, "#report")
        assert db_path.read_bytes() == before  # all or nothing

        # change the mapping: the owner column feeds "looked after by"; skip the bad row
        screen.query_one("#map-6", Select).value = "manager"
        screen.query_one("#skip-bad", Checkbox).value = True
        await pilot.pause()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: "Added 2 clients" in text_of(screen, "#report"))
        assert "skipped 1 bad row" in text_of(screen, "#report")
        await pilot.press("escape")
        await pilot.pause()
    assert app.result == 2
    store = Store(db_path)
    people = {p.id: p.name for p in store.people()}
    imported = {c.name: people.get(c.manager_id) for c in store.clients()}
    assert imported["Ann [bold]Lee[/bold]"] == "Dewi Lestari"
    assert imported["Bo Kim"] == "Peter Nowak"
    assert "Cy Dee" not in imported


async def test_bad_file_is_reported_on_screen(store, tmp_path):
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 10)
    app = Host(store, str(garbage))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await wait_for(
            pilot, lambda: "does not look like a text file" in text_of(screen, "#source")
        )
        assert screen.query_one("#import", Button).disabled
        assert screen.table is None


async def test_manager_select_and_progress(sample_store, db_path, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text(
        "name,email\n" + "".join(f"Client {i},c{i}@example.com\n" for i in range(300)),
        encoding="utf-8",
    )
    app = Host(sample_store, str(path))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        await wait_for(pilot, lambda: screen.table is not None)
        grace = next(p for p in sample_store.people() if p.name == "Grace Boateng")
        screen.query_one("#manager", Select).value = grace.id
        await pilot.pause()
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: "Added 300 clients" in text_of(screen, "#report"))
        bar = screen.query_one("#progress")
        assert (bar.progress, bar.total) == (300, 300)
    imported = [c for c in Store(db_path).clients() if c.name.startswith("Client ")]
    assert len(imported) == 300 and {c.manager_id for c in imported} == {grace.id}


class PaletteHost(App[None]):
    COMMANDS = App.COMMANDS | {ImportClientsCommands}

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store


async def test_command_palette_opens_the_screen(store):
    app = PaletteHost(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"import clients")
        await wait_for(pilot, lambda: app.screen.query_one(CommandList).option_count > 0)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ImportClientsScreen))
        assert app.screen.query_one("#path").has_focus
