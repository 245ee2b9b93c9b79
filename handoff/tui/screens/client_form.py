"""Add or edit a client: contacts, how they like to be reached and addressed, notes."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static, TextArea

from handoff.errors import ValidationError
from handoff.model import CHANNELS, LANGUAGES, Client, Person
from handoff.tui.safe import plain
from handoff.tui.screens.dialogs import SAVE_HINT

ADDRESS_CHOICES = {
    "": "neutral (full name; Szanowni Państwo; Bapak/Ibu)",
    "mr": "Mr (Pan, senyor, Bapak)",
    "ms": "Ms (Pani, senyora, Ibu)",
    "first": "first name",
}


class ClientForm(ModalScreen[Client | None]):
    """Returns the edited client (not yet saved), or None when cancelled."""

    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def __init__(self, client: Client | None, people: list[Person]) -> None:
        super().__init__()
        self.client = client or Client(name="")
        self.people = people

    def compose(self) -> ComposeResult:
        c = self.client
        with Vertical(classes="form"):
            title = "Edit client" if c.id else "New client"
            yield Static(title + SAVE_HINT, classes="form-title")
            with VerticalScroll():
                yield Label("Name")
                yield Input(c.name, id="name")
                yield Label("Company")
                yield Input(c.company, id="company")
                yield Label("Email")
                yield Input(c.email, id="email")
                yield Label("Phone")
                yield Input(c.phone, id="phone")
                yield Label("Address")
                yield Input(_one_line(c.address), id="address")
                yield Label("Site of the work (where it is not the address)")
                yield Input(_one_line(c.site), id="site")
                yield Label("Preferred channel")
                yield Select(
                    [(plain(ch), ch) for ch in CHANNELS],
                    value=c.preferred_channel if c.preferred_channel in CHANNELS else "email",
                    allow_blank=False,
                    id="channel",
                )
                yield Label("Availability (when they can be reached)")
                yield Input(c.availability, id="availability")
                yield Label("Agreed check-in rhythm")
                yield Input(c.checkin, id="checkin")
                yield Label("Language for statements")
                yield Select(
                    [(plain(name), code) for code, name in LANGUAGES.items()],
                    value=c.language if c.language in LANGUAGES else "en",
                    allow_blank=False,
                    id="language",
                )
                yield Label("Address them as")
                yield Select(
                    [(plain(label), form) for form, label in ADDRESS_CHOICES.items()],
                    value=c.address_as if c.address_as in ADDRESS_CHOICES else "",
                    allow_blank=False,
                    id="address_as",
                )
                yield Checkbox("Key account", c.key_account, id="key_account")
                yield Label("Looked after by")
                yield Select(
                    [(plain(p.name), p.id) for p in self.people],
                    value=c.manager_id
                    if c.manager_id in {p.id for p in self.people}
                    else Select.NULL,
                    prompt="nobody",
                    id="manager",
                )
                notes = TextArea(c.notes, id="notes")
                notes.border_title = "Notes (shared: printed in the packet)"
                yield notes
                yield Button("Show private notes", id="reveal")
                private = TextArea(c.private_notes, id="private_notes", classes="private")
                private.border_title = "PRIVATE notes — owner only, never printed"
                private.display = False
                yield private
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Button.Pressed, "#reveal")
    def _reveal(self) -> None:
        private = self.query_one("#private_notes", TextArea)
        private.display = not private.display
        self.query_one("#reveal", Button).label = (
            "Hide private notes" if private.display else "Show private notes"
        )
        if private.display:
            private.focus()

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        manager = self.query_one("#manager", Select).value
        client = Client(
            name=self.query_one("#name", Input).value,
            company=self.query_one("#company", Input).value,
            email=self.query_one("#email", Input).value,
            phone=self.query_one("#phone", Input).value,
            address=_unless_same(self.query_one("#address", Input).value, self.client.address),
            site=_unless_same(self.query_one("#site", Input).value, self.client.site),
            preferred_channel=str(self.query_one("#channel", Select).value),
            availability=self.query_one("#availability", Input).value,
            checkin=self.query_one("#checkin", Input).value,
            language=str(self.query_one("#language", Select).value),
            key_account=self.query_one("#key_account", Checkbox).value,
            address_as=str(self.query_one("#address_as", Select).value),
            notes=self.query_one("#notes", TextArea).text,
            private_notes=self.query_one("#private_notes", TextArea).text,
            manager_id=manager if isinstance(manager, int) else None,
            archived=self.client.archived,
            revision=self.client.revision,
            id=self.client.id,
        )
        try:
            client.validate()
        except ValidationError as exc:
            self.query_one("#error", Static).update(plain(exc, "bold"))
            return
        self.dismiss(client)


def _one_line(address: str) -> str:
    """An address of several lines (as Google exports it) shown in one Input."""
    return ", ".join(line.strip() for line in address.splitlines() if line.strip())


def _unless_same(typed: str, stored: str) -> str:
    """The stored address, lines kept, when the person did not change what was shown."""
    return stored if typed == _one_line(stored) else typed
