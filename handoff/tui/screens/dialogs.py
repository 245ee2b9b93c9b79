"""Small modal dialogs: confirm a destructive action, give a justification."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static, TextArea

SAVE_HINT = " · Enter or Ctrl+S saves · Esc cancels"


class ConfirmDialog(ModalScreen[bool]):
    """Ask before doing something that cannot be undone from here (archive, finalize)."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(False)", "Cancel", id="dialog.cancel"),
        Binding("y", "dismiss(True)", "Yes", id="dialog.yes"),
    ]

    def __init__(
        self, question: Content, confirm_label: str = "Yes", default_yes: bool = False
    ) -> None:
        """`default_yes`: Enter confirms (the focus starts on the confirm button); otherwise
        Enter cancels, for what cannot be undone."""
        super().__init__()
        self.question = question
        self.confirm_label = confirm_label
        self.default_yes = default_yes

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.question, id="question")
            with Horizontal(classes="buttons"):
                yield Button(self.confirm_label, id="yes", variant="warning")
                yield Button("Cancel", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes" if self.default_yes else "#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)


class JustificationDialog(ModalScreen[str | None]):
    """Keep flagged words on purpose: the owner must say why, and the reason is recorded."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="dialog.cancel")]

    def __init__(self, summary: Content) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.summary, id="question")
            area = TextArea(id="justification")
            area.border_title = "Why keep these words? (recorded with the packet)"
            yield area
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Finalize anyway", id="yes", variant="error")
                yield Button("Cancel", id="no")

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        text = self.query_one("#justification", TextArea).text.strip()
        if len(text) < 10:
            self.query_one("#error", Static).update(
                Content("Write a justification of at least a few words.")
            )
            self.query_one("#justification", TextArea).focus()
            return
        self.dismiss(text)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(None)
