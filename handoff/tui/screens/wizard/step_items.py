"""Step 3: the open items of the chosen clients (added, edited and checked off here)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, DataTable, Static

from handoff.model import OpenItem
from handoff.store import Store
from handoff.tui.safe import cell
from handoff.tui.screens.client_detail import item_cells
from handoff.tui.screens.wizard.step import Step, fill_table, step_css
from handoff.tui.typed import handoff_app


class ItemsStep(Vertical, Step):
    DEFAULT_CSS = step_css(__file__)
    ACTIONS = frozenset({"add_item", "check_off"})

    class ItemsLoaded(Message):
        def __init__(self, items: list[OpenItem], error: str | None = None) -> None:
            super().__init__()
            self.items = items
            self.error = error

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.items: list[OpenItem] = []

    def compose(self) -> ComposeResult:
        yield Static(
            "Everything a client asked for or was promised. "
            "a: add · Enter: edit · x: done/undo (a done item stays, crossed out).",
            classes="hint",
        )
        yield DataTable(id="step-items", cursor_type="row")
        with Horizontal(classes="tools"):
            yield Button("Add item", id="item-add", compact=True)
            yield Button("Edit", id="item-edit", compact=True)
            yield Button("Done/undo", id="item-done", compact=True)

    def enter(self, focus: bool = True) -> None:
        self._load_items()
        if focus:
            self.query_one("#step-items", DataTable).focus()

    @work(thread=True, exclusive=True, group="wizard-items")
    def _load_items(self) -> None:
        chosen = set(self.draft.client_ids) if self.draft else set()
        try:
            items = handoff_app(self).db.run(
                lambda s: [i for i in s.items() if i.client_id in chosen]
            )
        except Exception as exc:
            self.post_message(self.ItemsLoaded([], str(exc)))
            return
        self.post_message(self.ItemsLoaded(items))

    def on_items_step_items_loaded(self, message: ItemsLoaded) -> None:
        if message.error:
            self.say(message.error, error=True)
        order = {c: n for n, c in enumerate(self.draft.client_ids if self.draft else [])}
        self.items = sorted(
            message.items,
            key=lambda i: (order.get(i.client_id, 0), i.done, str(i.due or "9999"), i.id),
        )
        rows = []
        for item in self.items:
            client = self.wizard.clients.get(item.client_id)
            status, title, due, _next = item_cells(item)
            rows.append((due, cell(client.name if client else "?"), status, title))
        fill_table(
            self.query_one("#step-items", DataTable), ("Due", "Client", "Status", "Open item"), rows
        )

    def _highlighted_item(self) -> OpenItem | None:
        table = self.query_one("#step-items", DataTable)
        if not table.row_count or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    @on(Button.Pressed, "#item-add")
    def add_item(self) -> None:
        if self.draft is None or not self.draft.client_ids:
            self.say("Choose clients in step 2 first.", error=True)
            return
        current = self._highlighted_item()
        client_id = current.client_id if current else self.draft.client_ids[0]
        self._item_form(OpenItem(client_id=client_id, title=""))

    @on(Button.Pressed, "#item-edit")
    @on(DataTable.RowSelected, "#step-items")
    def _edit_item(self) -> None:
        item = self._highlighted_item()
        if item is not None:
            self._item_form(item)

    def _item_form(self, item: OpenItem) -> None:
        from handoff.tui.screens.item_form import ItemForm

        assert self.draft is not None
        clients = [
            self.wizard.clients[c] for c in self.draft.client_ids if c in self.wizard.clients
        ]

        def saved(edited: OpenItem | None) -> None:
            if edited is not None:
                self._write_item(edited)

        self.app.push_screen(ItemForm(item, clients), saved)

    @on(Button.Pressed, "#item-done")
    def check_off(self) -> None:
        item = self._highlighted_item()
        if item is not None:
            item.status = "open" if item.done else "done"
            self._write_item(item)

    @work(thread=True, group="wizard-item-save")
    def _write_item(self, item: OpenItem) -> None:
        def write(store: Store) -> None:
            if item.id:
                store.update_item(item)
            else:
                store.add_item(item)

        try:
            handoff_app(self).db.run(write)
        except Exception as exc:
            self.post_message(self.ItemsLoaded(self.items, str(exc)))
            return
        self._load_items()
