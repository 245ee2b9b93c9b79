"""The client book: every client, filter as you type; add, edit, archive; open a client."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from handoff.errors import Conflict
from handoff.model import Client, Person
from handoff.store import SaveHow, Store
from handoff.tui.conflict import ask
from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app
from handoff.tui.widgets.virtual_table import VirtualTable


@dataclass(frozen=True)
class ClientRow:
    id: int
    client: Client
    haystack: str  # lower-case text the filter searches
    cells: tuple[Text, ...]
    widths: tuple[int, int]  # of the client and company cells, measured once (in the worker)


def client_rows(store: Store, include_archived: bool) -> list[ClientRow]:
    """Every client as a table row, built once per load (in a worker thread)."""
    people = {p.id: p.name for p in store.people()}
    open_items: dict[int, int] = {}
    for item in store.items():
        if not item.done:
            open_items[item.client_id] = open_items.get(item.client_id, 0) + 1
    rows = []
    for c in sorted(store.clients(include_archived), key=lambda c: (c.name.lower(), c.id)):
        manager = people.get(c.manager_id or -1, "")
        name_style = "dim strike" if c.archived else ("bold" if c.key_account else "")
        cells = (
            cell(c.name + (" ★" if c.key_account else ""), name_style),
            cell(c.company),
            cell(c.preferred_channel),
            cell(manager),
            cell(open_items.get(c.id, 0) or ""),
        )
        rows.append(
            ClientRow(
                id=c.id,
                client=c,
                haystack=" ".join(
                    [c.name, c.company, c.email, c.phone, manager, c.language]
                ).lower(),
                cells=cells,
                widths=(cells[0].cell_len, cells[1].cell_len),
            )
        )
    return rows


class ClientBookScreen(Screen[None]):
    CSS_PATH = "clients.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="clients.back"),
        Binding("a", "add", "Add", id="clients.add"),
        Binding("enter", "open", "Open", id="clients.open"),
        Binding("e", "edit", "Edit", id="clients.edit"),
        Binding("d", "archive", "Archive", id="clients.archive"),
        Binding("h", "toggle_archived", "Archived", id="clients.archived"),
        Binding("i", "app.import_clients", "Import", id="clients.import"),
        Binding("slash", "filter", "Filter", id="clients.filter"),
    ]

    class Loaded(Message):
        def __init__(self, rows: list[ClientRow], people: list[Person]) -> None:
            super().__init__()
            self.rows = rows
            self.people = people

    class Filtered(Message):
        def __init__(self, rows: list[ClientRow], query: str) -> None:
            super().__init__()
            self.rows = rows
            self.query = query

    class Saved(Message):
        def __init__(self, error: str | None, text: str) -> None:
            super().__init__()
            self.error = error
            self.text = text

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ClientRow] = []
        self._visible: list[ClientRow] = []  # the rows the table shows, in its order
        self.people: list[Person] = []
        self.show_archived = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter (/): name, company, email, phone…", id="filter")
        yield VirtualTable(id="clients")
        yield Static("", id="count", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Client book"
        self.query_one("#clients", VirtualTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._load(self.show_archived)

    @work(thread=True, exclusive=True, group="clients-load")
    def _load(self, include_archived: bool) -> None:
        rows, people = handoff_app(self).db.run(
            lambda s: (client_rows(s, include_archived), s.people())
        )
        self.post_message(self.Loaded(rows, people))

    def on_client_book_screen_loaded(self, message: Loaded) -> None:
        self.rows = message.rows
        self.people = message.people
        self._filter(self.query_one("#filter", Input).value)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # Every key filters: matching runs in a worker and the table draws only what is on
        # screen, so even 5,000 rows cost a few milliseconds (a stale result is dropped).
        self._filter(event.value)

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#clients", VirtualTable).focus()

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key == "down" and self.focused is self.query_one("#filter", Input):
            self.query_one("#clients", VirtualTable).focus()
            event.stop()

    @work(thread=True, exclusive=True, group="clients-filter")
    def _filter(self, query: str) -> None:
        # Matching thousands of rows runs here, not on the UI thread.
        words = query.lower().split()
        rows = [r for r in self.rows if all(w in r.haystack for w in words)]
        self.post_message(self.Filtered(rows, query))

    def on_client_book_screen_filtered(self, message: Filtered) -> None:
        if message.query != self.query_one("#filter", Input).value:
            return  # the person kept typing; a newer result is on its way
        table = self.query_one("#clients", VirtualTable)
        table.set_columns(self._column_widths(message.rows))
        # The table draws only the rows on screen; the client behind each row stays here.
        self._visible = message.rows
        table.set_rows([r.cells for r in message.rows])
        total = len(self.rows)
        shown = len(message.rows)
        text = f"{shown} of {total} clients" if shown != total else f"{total} clients"
        if not total:
            text = "No clients yet. Press a to add one."
        self.query_one("#count", Static).update(plain(text))

    def on_resize(self) -> None:
        # The columns are cut to fit the screen: fit them again to its new width.
        self.query_one("#clients", VirtualTable).set_columns(self._column_widths(self._visible))

    def _column_widths(self, rows: list[ClientRow]) -> list[tuple[str, int]]:
        """Widths that fit the screen (80 columns at least): the client and company columns
        share what the fixed ones leave, each never wider than its longest cell."""
        fixed = [("Prefers", 9), ("Looked after by", 15), ("Open", 4)]
        natural = [
            max([6, *(r.widths[0] for r in rows)]),
            max([7, *(r.widths[1] for r in rows)]),
        ]
        # each column has one cell of padding either side; leave room for the scrollbar
        room = self.size.width - 2 * 5 - sum(w for _, w in fixed) - 2
        client = min(natural[0], max(12, room - min(natural[1], room // 2)))
        company = max(7, min(natural[1], room - client))
        return [("Client", client), ("Company", company), *fixed]

    def selected_id(self) -> int | None:
        client = self.selected_client()
        return client.id if client else None

    def selected_client(self) -> Client | None:
        table = self.query_one("#clients", VirtualTable)
        visible = self._visible
        if not table.row_count or table.cursor_row >= len(visible):
            return None
        return visible[table.cursor_row].client

    @on(VirtualTable.RowSelected, "#clients")
    def _row_selected(self) -> None:
        self.action_open()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_open(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            from handoff.tui.screens.client_detail import ClientScreen

            self.app.push_screen(ClientScreen(client_id))

    def action_toggle_archived(self) -> None:
        self.show_archived = not self.show_archived
        self.notify(
            "Showing archived clients too." if self.show_archived else "Hiding archived clients.",
            markup=False,
        )
        self.reload()

    def action_add(self) -> None:
        from handoff.tui.screens.client_form import ClientForm

        def saved(client: Client | None) -> None:
            if client is not None:
                self._save(client)

        self.app.push_screen(ClientForm(None, self.people), saved)

    def action_edit(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        from handoff.tui.screens.client_form import ClientForm

        def saved(edited: Client | None) -> None:
            if edited is not None:
                self._save(edited, client)

        self.app.push_screen(ClientForm(client, self.people), saved)

    def action_archive(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        from handoff.tui.screens.dialogs import ConfirmDialog

        if client.archived:
            self._save(dataclasses.replace(client, archived=False), client)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._save(dataclasses.replace(client, archived=True), client)

        question = Content.assemble(
            "Archive ",
            (client.display_name, "bold"),
            "?\nThe client leaves the book and new handoffs; old packets keep them.",
        )
        self.app.push_screen(ConfirmDialog(question, "Archive"), confirmed)

    @work(thread=True, group="clients-save")
    def _save(self, client: Client, before: Client | None = None, how: SaveHow = "check") -> None:
        """Add `client`, or save what changed since the form opened `before` (a record saved
        elsewhere meanwhile is a `Conflict`: the person is asked what to keep)."""

        def write(store: Store) -> None:
            if client.id and before is not None:
                store.save_edit(before, client, how)
            elif client.id:
                store.update_client(client)
            else:
                store.add_client(client)

        try:
            handoff_app(self).db.run(write)
        except Conflict as conflict:
            assert before is not None

            def retry(again: SaveHow) -> None:
                self._save(client, before, again)

            self.app.call_from_thread(ask, self.app, "client", conflict, before, client, retry)
            return
        except Exception as exc:
            self.post_message(self.Saved(str(exc), ""))
            return
        verb = "Archived" if client.archived else "Saved"
        self.post_message(self.Saved(None, f"{verb} {client.display_name}"))

    def on_client_book_screen_saved(self, message: Saved) -> None:
        if message.error:
            self.notify(message.error, title="Not saved", severity="error", markup=False)
        else:
            self.notify(message.text, markup=False)
        self.reload()
