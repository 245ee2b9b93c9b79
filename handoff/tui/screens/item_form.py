"""Add or edit an open item: title, status, due date, next step (docs/design.md: requests in
people's heads)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from handoff.errors import ValidationError
from handoff.model import ITEM_STATUSES, Client, OpenItem, parse_date
from handoff.tui.safe import plain
from handoff.tui.screens.dialogs import SAVE_HINT


class ItemForm(ModalScreen[OpenItem | None]):
    """Returns the edited open item (not yet saved), or None when cancelled."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def __init__(self, item: OpenItem, clients: list[Client]) -> None:
        super().__init__()
        self.item = item
        self.clients = clients

    def compose(self) -> ComposeResult:
        item = self.item
        with Vertical(classes="form"):
            yield Static(
                ("Edit open item" if item.id else "New open item") + SAVE_HINT,
                classes="form-title",
            )
            with VerticalScroll():
                yield Label("Client")
                yield Select(
                    [(plain(c.display_name), c.id) for c in self.clients],
                    value=item.client_id,
                    allow_blank=False,
                    id="client",
                    disabled=bool(item.id) or len(self.clients) < 2,
                )
                yield Label("What was asked or promised")
                yield Input(item.title, id="title")
                yield Label("Status")
                yield Select(
                    [(plain(s), s) for s in ITEM_STATUSES],
                    value=item.status,
                    allow_blank=False,
                    id="status",
                )
                yield Label("Due date (YYYY-MM-DD, may be empty)")
                yield Input(item.due.isoformat() if item.due else "", id="due")
                yield Label("Next step")
                yield Input(item.next_step, id="next_step")
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        try:
            item = OpenItem(
                client_id=int(self.query_one("#client", Select).value),  # type: ignore[arg-type]
                title=self.query_one("#title", Input).value,
                status=str(self.query_one("#status", Select).value),
                due=parse_date(self.query_one("#due", Input).value, "due date"),
                next_step=self.query_one("#next_step", Input).value,
                revision=self.item.revision,
                id=self.item.id,
            )
            item.validate()
        except ValidationError as exc:
            self.query_one("#error", Static).update(plain(exc, "bold"))
            return
        self.dismiss(item)
