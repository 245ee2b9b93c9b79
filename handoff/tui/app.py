"""The Textual app (minimal until the TUI issue lands: the dashboard of handoffs)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header

from handoff import queries
from handoff.store import Store


class HandoffApp(App[None]):
    TITLE = "handoff"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]

    def __init__(self, store: Store, demo: bool = False) -> None:
        super().__init__()
        self.store = store
        self.sub_title = f"{store.path}" + (" (demo: a scratch copy)" if demo else "")

    def compose(self) -> ComposeResult:
        yield Header()
        yield DataTable(id="handoffs", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("Handoff", "From", "Until", "Status", "Clients", "Contacted")
        for s in queries.handoff_summaries(self.store):
            table.add_row(
                Text(s.name),
                Text(str(s.starts or "")),
                Text(str(s.until or "")),
                Text(s.status),
                Text(f"{s.covered}/{s.clients}"),
                Text(str(s.contacted)),
                key=str(s.id),
            )
