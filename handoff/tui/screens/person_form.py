"""Add a person at the firm (owner, colleague, boss, HR, legal counsel): a fresh database has
nobody, and the wizard needs someone leaving and someone covering."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from handoff.errors import ValidationError
from handoff.model import ROLE_LABELS, Person
from handoff.tui.safe import plain


class PersonForm(ModalScreen[Person | None]):
    """Returns the new person (not yet saved), or None when cancelled."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="person.cancel"),
        Binding("ctrl+s", "save", "Save", id="person.save"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="person-form"):
            yield Static("New person at the firm", classes="form-title")
            with VerticalScroll():
                yield Label("Name")
                yield Input(id="name")
                yield Label("Role")
                yield Select(
                    [(plain(label), role) for role, label in ROLE_LABELS.items()],
                    value="colleague",
                    allow_blank=False,
                    id="role",
                )
                yield Label("Email")
                yield Input(id="email")
                yield Label("Phone")
                yield Input(id="phone")
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        person = Person(
            name=self.query_one("#name", Input).value,
            role=str(self.query_one("#role", Select).value),
            email=self.query_one("#email", Input).value,
            phone=self.query_one("#phone", Input).value,
        )
        try:
            person.validate()
        except ValidationError as exc:
            self.query_one("#error", Static).update(plain(exc, "bold"))
            return
        self.dismiss(person)
