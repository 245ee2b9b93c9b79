"""Add a person at the firm (owner, colleague, boss, HR, legal counsel), or correct one: a fresh
database has nobody, the wizard needs someone leaving and someone covering, and every packet
prints the phone and email of the people clients are sent to."""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from handoff.errors import ValidationError
from handoff.model import ROLE_LABELS, Person
from handoff.people import check_unique
from handoff.tui.safe import plain
from handoff.tui.screens.dialogs import SAVE_HINT


class PersonForm(ModalScreen[Person | None]):
    """Returns the person as filled in (not yet saved; an edited one keeps its id), or None
    when cancelled. `others` are the people already at the firm: a name one of them has is
    refused here, before anything is saved."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="person.cancel"),
        Binding("ctrl+s", "save", "Save", id="person.save"),
    ]

    def __init__(self, person: Person | None = None, others: Sequence[Person] = ()) -> None:
        super().__init__()
        self.person = person
        self.others = list(others)

    def compose(self) -> ComposeResult:
        person = self.person or Person(name="")
        title = f"Edit {person.name}" if self.person else "New person at the firm"
        with Vertical(classes="form", id="person-form"):
            yield Static(plain(title + SAVE_HINT), classes="form-title")
            with VerticalScroll():
                yield Label("Name")
                yield Input(person.name, id="name")
                yield Label("Role")
                yield Select(
                    [(plain(label), role) for role, label in ROLE_LABELS.items()],
                    value=person.role if person.role in ROLE_LABELS else "colleague",
                    allow_blank=False,
                    id="role",
                )
                yield Label("Email")
                yield Input(person.email, id="email")
                yield Label("Phone")
                yield Input(person.phone, id="phone")
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        person = Person(
            name=self.query_one("#name", Input).value,
            role=str(self.query_one("#role", Select).value),
            email=self.query_one("#email", Input).value,
            phone=self.query_one("#phone", Input).value,
            revision=self.person.revision if self.person else 0,
            id=self.person.id if self.person else 0,
        )
        try:
            person.validate()
            check_unique(self.others, person)
        except ValidationError as exc:
            self.query_one("#error", Static).update(plain(exc, "bold"))
            return
        self.dismiss(person)
