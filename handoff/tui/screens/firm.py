"""The firm's own details: its name, address, phone, email, website, default language and the
signature block under its notices. Every statement, script and packet header uses them; the
command line's `handoff firm set` changes the same record (`handoff.firm`)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from handoff.errors import HandoffError
from handoff.firm import FIELDS, LABELS, Firm, get_firm, set_firm
from handoff.model import LANGUAGES
from handoff.tui.safe import plain
from handoff.tui.typed import handoff_app

ONE_LINE = ("name", "phone", "email", "website")
SEVERAL_LINES = ("address", "signature")


class FirmScreen(ModalScreen[None]):
    """Shows the firm's details in a form; Ctrl+S saves what was changed."""

    CSS_PATH = "forms.tcss"
    DEFAULT_CSS = "FirmScreen { align: center middle; }"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close", id="firm.close"),
        Binding("ctrl+s", "save", "Save", id="firm.save"),
    ]

    class Loaded(Message):
        def __init__(self, firm: Firm) -> None:
            super().__init__()
            self.firm = firm

    class Saved(Message):
        def __init__(self, text: str, error: bool) -> None:
            super().__init__()
            self.text = text
            self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="firm-form"):
            yield Static("The firm (on every letter, script and packet)", classes="form-title")
            with VerticalScroll():
                for name in FIELDS:
                    yield Label(LABELS[name])
                    if name in SEVERAL_LINES:
                        yield TextArea("", id=name, soft_wrap=True)
                    elif name == "language":
                        yield Select(
                            [(f"{label} ({code})", code) for code, label in LANGUAGES.items()],
                            value="en",
                            allow_blank=False,
                            id=name,
                        )
                    else:
                        yield Input("", id=name)
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Close", id="close")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()
        self._load()

    @work(thread=True, group="firm")
    def _load(self) -> None:
        firm = handoff_app(self).db.run(get_firm)
        self.post_message(self.Loaded(firm))

    def on_firm_screen_loaded(self, message: Loaded) -> None:
        firm = message.firm
        for name in ONE_LINE:
            self.query_one(f"#{name}", Input).value = getattr(firm, name)
        for name in SEVERAL_LINES:
            self.query_one(f"#{name}", TextArea).text = getattr(firm, name)
        self.query_one("#language", Select).value = firm.language

    def _values(self) -> dict[str, str | None]:
        values: dict[str, str | None] = {}
        for name in ONE_LINE:
            values[name] = self.query_one(f"#{name}", Input).value
        for name in SEVERAL_LINES:
            values[name] = self.query_one(f"#{name}", TextArea).text
        values["language"] = str(self.query_one("#language", Select).value)
        return values

    @on(Button.Pressed, "#close")
    def _close(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        self._save(self._values())

    @work(thread=True, group="firm")
    def _save(self, values: dict[str, str | None]) -> None:
        try:
            _, changed = handoff_app(self).db.run(lambda s: set_firm(s, **values))
        except HandoffError as exc:
            self.post_message(self.Saved(f"Not saved: {exc}", error=True))
            return
        text = "Saved the firm's details." if changed else "Nothing changed."
        self.post_message(self.Saved(text, error=False))

    def on_firm_screen_saved(self, message: Saved) -> None:
        if message.error:
            self.query_one("#error", Static).update(plain(message.text, "bold"))
            return
        self.app.notify(message.text, markup=False)
        self.dismiss(None)
