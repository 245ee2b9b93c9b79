"""The client book: every client, filter as you type; add, edit, archive; open a client."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import compress
from operator import attrgetter
from typing import NamedTuple, overload

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from handoff.errors import Conflict, NotFound
from handoff.model import Client, Person
from handoff.queries import client_lines
from handoff.store import SaveHow, Store
from handoff.tui.conflict import ask
from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app
from handoff.tui.widgets.virtual_table import VirtualTable


class ClientRow(NamedTuple):
    """One client of the book as plain text; its cells are made when the row is drawn."""

    id: int
    name: str  # with a star for a key account
    company: str
    channel: str
    manager: str
    open_items: int
    style: str  # of the name: archived, key account
    haystack: str  # lower-case text the filter searches
    name_width: int  # in cells, measured once (in the worker)
    company_width: int
    revision: int  # of the client when the book read it

    def cells(self) -> tuple[Text, ...]:
        return (
            cell(self.name, self.style),
            cell(self.company),
            cell(self.channel),
            cell(self.manager),
            cell(self.open_items or ""),
        )


class Cells(Sequence[tuple[Text, ...]]):
    """The table's rows, each made when the table draws it (it draws only what is on screen:
    100,000 clients never become 500,000 `Text` cells)."""

    def __init__(self, rows: Sequence[ClientRow]) -> None:
        self._rows = rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> tuple[Text, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Text, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[Text, ...] | Sequence[tuple[Text, ...]]:
        if isinstance(index, slice):
            return [row.cells() for row in self._rows[index]]
        return self._rows[index].cells()


def client_rows(store: Store, include_archived: bool) -> list[ClientRow]:
    """Every client as a table row, built once per load (in a worker thread).

    The clients are read as `client_lines` reads them for `handoff list clients`: checked,
    not built into `Client` records (that was most of the time at 100,000 clients); the one
    client a person opens, edits or archives is read then. Of the open items only the two
    fields the count needs are read. A cell's width is its length when it is ASCII (cleaned
    text has no controls left), else as Rich measures it (Rich caches 4,096 texts, not
    100,000)."""
    people = {p.id: p.name for p in store.people()}
    open_items: dict[int, int] = {}
    for _id, item in store.checked_records("items", ("client_id", "status")):
        if item.status.lower() != "done":  # as `OpenItem.done` (the status is one of three)
            open_items[item.client_id] = open_items.get(item.client_id, 0) + 1
    rows: list[ClientRow] = []
    append = rows.append
    for c in client_lines(store, include_archived):
        manager = people.get(c.manager_id or -1, "")
        name = c.name + " ★" if c.key_account else c.name
        append(
            ClientRow(
                c.id,
                name,
                c.company,
                c.preferred_channel,
                manager,
                open_items.get(c.id, 0),
                "dim strike" if c.archived else ("bold" if c.key_account else ""),
                f"{c.name} {c.company} {c.email} {c.phone} {manager} {c.language}".lower(),
                len(name) if name.isascii() else cell_len(name),
                len(c.company) if c.company.isascii() else cell_len(c.company),
                c.revision,
            )
        )
    # By name, then id: the clients come in id order and the sort keeps that order for the
    # same name.
    rows.sort(key=lambda r: r.name.lower())
    return rows


def filter_rows(rows: list[ClientRow], haystacks: list[str], words: list[str]) -> list[ClientRow]:
    """The rows whose text holds every word: the first word over a list of plain strings
    (`haystacks`, one per row: the fastest scan Python has, half the time of reading each
    row's field), the others over the rows it kept."""
    if not words:
        return rows
    first, *others = words
    kept = list(compress(rows, [first in h for h in haystacks]))
    return [r for r in kept if all(w in r.haystack for w in others)] if others else kept


def natural_widths(rows: Sequence[ClientRow]) -> tuple[int, int]:
    """The widest client and company cells of `rows` (at least their headers')."""
    return (
        max(6, max(map(attrgetter("name_width"), rows), default=0)),
        max(7, max(map(attrgetter("company_width"), rows), default=0)),
    )


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
            self.haystacks = [r.haystack for r in rows]
            self.widths = natural_widths(rows)  # of the whole book, measured once
            self.people = people

    class Filtered(Message):
        def __init__(self, rows: list[ClientRow], query: str, widths: tuple[int, int]) -> None:
            super().__init__()
            self.rows = rows
            self.query = query
            self.widths = widths  # of the widest client and company cells

    class Saved(Message):
        def __init__(self, error: str | None, text: str) -> None:
            super().__init__()
            self.error = error
            self.text = text

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ClientRow] = []
        # rows, each's haystack, the widths of the widest client and company cells
        self._book: tuple[list[ClientRow], list[str], tuple[int, int]] = (
            [],
            [],
            natural_widths([]),
        )
        self._visible: list[ClientRow] = []  # the rows the table shows, in its order
        self._widths = natural_widths([])  # of their widest client and company cells
        # The last filter worked out (from which book, its words, its rows): the next key
        # that narrows it searches those rows, even when they were never shown.
        self._last: tuple[object, list[str], list[ClientRow]] = (None, [], [])
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
        # one object: a worker reads all three, and knows a result made from another load
        self._book = (message.rows, message.haystacks, message.widths)
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
        # Matching runs here, not on the UI thread. A key that only narrows the last query
        # worked out (each of its words is part of a word now) searches its rows, not them
        # all: typing fast, the results of the keys before were never shown but are right.
        words = query.lower().split()
        book = self._book
        last_book, last_words, last = self._last
        if last_book is book and last_words and all(any(p in w for w in words) for p in last_words):
            rows = [r for r in last if all(w in r.haystack for w in words)]
        else:
            rows = filter_rows(book[0], book[1], words)
        self._last = (book, words, rows)  # one assignment: a whole result, never half of one
        # Every row (an empty query, a first letter that every client has): the book's widths.
        widths = book[2] if len(rows) == len(book[0]) else natural_widths(rows)
        self.post_message(self.Filtered(rows, query, widths))

    def on_client_book_screen_filtered(self, message: Filtered) -> None:
        if message.query != self.query_one("#filter", Input).value:
            return  # the person kept typing; a newer result is on its way
        table = self.query_one("#clients", VirtualTable)
        self._visible, self._widths = message.rows, message.widths
        table.set_columns(self._column_widths())
        # The table draws only the rows on screen; their cells are made as it draws them.
        table.set_rows(Cells(message.rows))
        total = len(self.rows)
        shown = len(message.rows)
        text = f"{shown} of {total} clients" if shown != total else f"{total} clients"
        if not total:
            text = "No clients yet. Press a to add one."
        self.query_one("#count", Static).update(plain(text))

    def on_resize(self) -> None:
        # The columns are cut to fit the screen: fit them again to its new width.
        self.query_one("#clients", VirtualTable).set_columns(self._column_widths())

    def _column_widths(self) -> list[tuple[str, int]]:
        """Widths that fit the screen (80 columns at least): the client and company columns
        share what the fixed ones leave, each never wider than its longest cell."""
        fixed = [("Prefers", 9), ("Looked after by", 15), ("Open", 4)]
        natural = self._widths
        # each column has one cell of padding either side; leave room for the scrollbar
        room = self.size.width - 2 * 5 - sum(w for _, w in fixed) - 2
        client = min(natural[0], max(12, room - min(natural[1], room // 2)))
        company = max(7, min(natural[1], room - client))
        return [("Client", client), ("Company", company), *fixed]

    def selected_id(self) -> int | None:
        table = self.query_one("#clients", VirtualTable)
        visible = self._visible
        if not table.row_count or table.cursor_row >= len(visible):
            return None
        return visible[table.cursor_row].id

    def selected_client(self) -> Client | None:
        """The highlighted client, read now, carrying the revision the book showed: a save
        from it is refused as a `Conflict` if someone saved the client after the book read
        it (the person is asked what to keep), as a form opened from a stale book must be."""
        table = self.query_one("#clients", VirtualTable)
        visible = self._visible
        if not table.row_count or table.cursor_row >= len(visible):
            return None
        row = visible[table.cursor_row]
        try:
            client = handoff_app(self).db.run(lambda s: s.client(row.id))
        except NotFound:  # gone since the book was read (a restore): read the book again
            self.reload()
            return None
        client.revision = row.revision
        return client

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
