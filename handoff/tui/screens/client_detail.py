"""One client: contacts, how they like to be reached, notes, and their open items."""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from handoff import clock
from handoff.errors import Conflict
from handoff.model import LANGUAGES, Client, OpenItem, Person
from handoff.store import SaveHow, Store
from handoff.tui.conflict import ask
from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app


def client_details(client: Client, manager: Person | None) -> Content:
    """The client's shareable details as literal text (private notes are not part of it)."""
    rows: list[tuple[str, str]] = [
        ("Company", client.company),
        ("Email", client.email),
        ("Phone", client.phone),
        ("Address", client.address),
        ("Site of work", client.site),
        ("Prefers", client.preferred_channel),
        ("Available", client.availability),
        ("Check-in", client.checkin),
        ("Language", LANGUAGES.get(client.language, client.language)),
        ("Looked after by", manager.name if manager else ""),
        ("Notes", client.notes),
    ]
    parts: list[Content | tuple[str, str] | str] = [
        (client.name, "bold"),
        ("  ★ key account" if client.key_account else "", "bold yellow"),
        ("  (archived)" if client.archived else "", "dim"),
        "\n",
    ]
    for label, value in rows:
        if value:
            parts.append((f"{label + ':':<17}", "bold"))
            parts.append(value + "\n")
    return Content.assemble(*parts)


def item_cells(item: OpenItem) -> tuple[Text, ...]:
    """An open item as table cells: a done item stays visible, crossed out (docs/design.md:
    requests in people's heads)."""
    today = clock.today()
    style = "strike dim" if item.done else ""
    overdue = item.overdue(today)
    mark = "☑" if item.done else "☐"
    due = item.due.isoformat() if item.due else ""
    return (
        cell(f"{mark} {item.status}", style),
        cell(item.title, style),
        # Overdue is said in words too: colour alone does not reach every terminal or eye.
        cell(f"{due} overdue" if overdue else due, "bold red" if overdue else style),
        cell(item.next_step, style),
    )


class ClientScreen(Screen[None]):
    CSS_PATH = "client_detail.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="client.back"),
        Binding("e", "edit", "Edit", id="client.edit"),
        Binding("a", "add_item", "Add item", id="client.add_item"),
        Binding("x", "check_off", "Done", id="client.check_off"),
        Binding("i", "edit_item", "Edit item", show=False, id="client.edit_item"),
        Binding("v", "reveal", "Private", id="client.reveal"),
        Binding("d", "archive", "Archive", id="client.archive"),
    ]

    class Loaded(Message):
        def __init__(self, client: Client, items: list[OpenItem], people: list[Person]) -> None:
            super().__init__()
            self.client = client
            self.items = items
            self.people = people

    class Failed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self, client_id: int) -> None:
        super().__init__()
        self.client_id = client_id
        self.client: Client | None = None
        self.items: list[OpenItem] = []
        self.people: list[Person] = []
        self.revealed = False

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="about"):
            yield Static("Loading…", id="details")
            yield Static("", id="private")
        yield DataTable(id="items", cursor_type="row")
        yield Static("", id="items-hint", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Client"
        table = self.query_one("#items", DataTable)
        table.add_columns("Due", "Status", "Open item", "Next step")
        table.border_title = "Open items"
        self.reload()
        table.focus()

    @work(thread=True, exclusive=True, group="client-load")
    def reload(self) -> None:
        try:
            client, items, people = handoff_app(self).db.run(
                lambda s: (s.client(self.client_id), s.items(self.client_id), s.people())
            )
        except Exception as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Loaded(client, items, people))

    def on_client_screen_failed(self, message: Failed) -> None:
        self.notify(message.error, severity="error", markup=False)

    def on_client_screen_loaded(self, message: Loaded) -> None:
        self.client = message.client
        self.people = message.people
        self.items = sorted(
            message.items,
            key=lambda i: (i.done, i.due.isoformat() if i.due else "9999", i.id),
        )
        managers = {p.id: p for p in self.people}
        self.sub_title = ""
        self.query_one("#details", Static).update(
            client_details(self.client, managers.get(self.client.manager_id or -1))
        )
        self._show_private()
        table = self.query_one("#items", DataTable)
        keep = table.cursor_row
        table.clear()
        for item in self.items:
            status, title, due, next_step = item_cells(item)
            table.add_row(due, status, title, next_step, key=str(item.id))
        if table.row_count:
            table.move_cursor(row=min(max(keep, 0), table.row_count - 1))
        hint = "a: add an open item" if not self.items else "Enter/i: edit · x: done or reopen"
        self.query_one("#items-hint", Static).update(plain(hint))

    def _show_private(self) -> None:
        private = self.query_one("#private", Static)
        if self.client is None:
            return
        if not self.revealed:
            private.update(plain("Private notes hidden (v or click here to reveal).", "dim"))
            private.remove_class("revealed")
        else:
            private.update(
                Content.assemble(
                    ("PRIVATE — owner only, never printed\n", "bold red"),
                    self.client.private_notes or "(no private notes)",
                )
            )
            private.add_class("revealed")

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.widget is not None and event.widget.id == "private":
            self.action_reveal()

    def action_reveal(self) -> None:
        self.revealed = not self.revealed
        self._show_private()
        if self.revealed:  # below the fold at 80×24: bring it into view
            private = self.query_one("#private", Static)
            self.call_after_refresh(private.scroll_visible, animate=False)

    def selected_item(self) -> OpenItem | None:
        table = self.query_one("#items", DataTable)
        if not table.row_count or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    @on(DataTable.RowSelected, "#items")
    def _item_selected(self) -> None:
        self.action_edit_item()

    def action_add_item(self) -> None:
        if self.client is None:
            return
        self._open_item_form(OpenItem(client_id=self.client.id, title=""))

    def action_edit_item(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open_item_form(item)

    def _open_item_form(self, item: OpenItem) -> None:
        from handoff.tui.screens.item_form import ItemForm

        assert self.client is not None

        def saved(edited: OpenItem | None) -> None:
            if edited is not None and edited.id:
                self._save_edit(item, edited)
            elif edited is not None:
                self._write(lambda s: s.add_item(edited))

        self.app.push_screen(ItemForm(item, [self.client]), saved)

    def action_check_off(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        self._save_edit(item, dataclasses.replace(item, status="open" if item.done else "done"))

    def action_edit(self) -> None:
        if self.client is None:
            return
        from handoff.tui.screens.client_form import ClientForm

        before = self.client

        def saved(edited: Client | None) -> None:
            if edited is not None:
                self._save_edit(before, edited)

        self.app.push_screen(ClientForm(before, self.people), saved)

    def action_archive(self) -> None:
        client = self.client
        if client is None:
            return
        from handoff.tui.screens.dialogs import ConfirmDialog

        if client.archived:
            self._save_edit(client, dataclasses.replace(client, archived=False))
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._save_edit(client, dataclasses.replace(client, archived=True))

        question = Content.assemble(
            "Archive ", (client.display_name, "bold"), "?\nThe client leaves the book."
        )
        self.app.push_screen(ConfirmDialog(question, "Archive"), confirmed)

    @work(thread=True, group="client-save")
    def _save_edit(
        self, before: Client | OpenItem, after: Client | OpenItem, how: SaveHow = "check"
    ) -> None:
        """Save what changed since `before` was shown; if the record was saved elsewhere
        meanwhile, ask the person what to keep (`handoff.tui.conflict`)."""
        try:
            # `before` and `after` are of one type (a client, or an open item): mypy cannot see it
            handoff_app(self).db.run(lambda s: s.save_edit(before, after, how))  # type: ignore[type-var]
        except Conflict as conflict:
            what = "client" if isinstance(after, Client) else "open item"

            def retry(again: SaveHow) -> None:
                self._save_edit(before, after, again)

            self.app.call_from_thread(ask, self.app, what, conflict, before, after, retry)
        except Exception as exc:
            self.post_message(self.Failed(str(exc)))
        self.reload()

    @work(thread=True, group="client-save")
    def _write(self, change) -> None:  # type: ignore[no-untyped-def]
        def run(store: Store) -> None:
            change(store)

        try:
            handoff_app(self).db.run(run)
        except Exception as exc:
            self.post_message(self.Failed(str(exc)))
        self.reload()
