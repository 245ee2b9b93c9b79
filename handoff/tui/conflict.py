"""A form's record was saved elsewhere (the command line, another window) since it was opened.

The store refuses such a save (`handoff.errors.Conflict`); this dialog tells the person which
fields changed on each side and lets them choose: apply their changes on top of the record as it
is now, overwrite it with their whole form, or drop their edit. Nothing is ever reverted
silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from handoff.errors import Conflict
from handoff.model import changed_fields
from handoff.store import SaveHow


def _names(changes: dict[str, Any]) -> str:
    return ", ".join(name.replace("_", " ") for name in changes) or "nothing"


class ConflictDialog(ModalScreen[str | None]):
    """Returns "mine", "overwrite", or None (drop the edit)."""

    CSS_PATH = "screens/dialogs.tcss"
    DEFAULT_CSS = "ConflictDialog { align: center middle; }"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="conflict.cancel")]

    def __init__(self, what: str, theirs: dict[str, Any], mine: dict[str, Any]) -> None:
        super().__init__()
        self.what = what
        self.theirs = theirs
        self.mine = mine

    def compose(self) -> ComposeResult:
        overlap = [name for name in self.mine if name in self.theirs]
        text = (
            f"This {self.what} was saved elsewhere (the command line or another window) "
            f"since you opened it. Nothing was saved yet.\n\n"
            f"Changed there: {_names(self.theirs)}.\nYour changes: {_names(self.mine)}."
        )
        if overlap:
            text += f"\nBoth changed: {', '.join(n.replace('_', ' ') for n in overlap)}."
        text += (
            "\n\nApply mine: your changes on top of theirs. Overwrite: every field as in "
            "your form. Drop: keep theirs, lose your edit."
        )
        with Vertical(classes="dialog"):
            yield Static(Content(text), id="question")
            with Horizontal(classes="buttons"):
                yield Button("Apply mine", id="mine", variant="primary")
                yield Button("Overwrite", id="overwrite", variant="warning")
                yield Button("Drop", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#mine", Button).focus()

    @on(Button.Pressed, "#mine")
    def _mine(self) -> None:
        self.dismiss("mine")

    @on(Button.Pressed, "#overwrite")
    def _overwrite(self) -> None:
        self.dismiss("overwrite")

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


def ask(
    app: App[Any],
    what: str,
    conflict: Conflict,
    before: Any,
    after: Any,
    retry: Callable[[SaveHow], None],
) -> None:
    """On the app's thread: show the dialog; `retry(how)` saves again as the person chose."""

    def chosen(how: str | None) -> None:
        if how == "mine":
            retry("mine")
        elif how == "overwrite":
            retry("overwrite")
        else:
            app.notify(
                f"Not saved: the {what} keeps the change made elsewhere.",
                title="Edit dropped",
                markup=False,
            )

    theirs = changed_fields(before, conflict.current)
    app.push_screen(ConflictDialog(what, theirs, changed_fields(before, after)), chosen)
