"""What every step of the wizard is: a widget given the draft, giving back its part.

The screen (`screen.py`) mounts a step the first time it is shown, calls `enter` each time it
is shown, and `collect` when the owner leaves it, saves or quits: `collect` takes what the owner
entered on the step into the draft (a `ValidationError` names what is wrong). A step reads the
firm's lists (people, clients, routes) from the screen, which reads them once for all steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.widget import Widget
from textual.widgets import DataTable

from handoff.model import Handoff

if TYPE_CHECKING:
    from handoff.tui.screens.wizard.screen import WizardScreen

MAX_COLUMN = 40  # characters; longer names are cut (the client book shows them whole)


def step_css(module: str) -> str:
    """A step's stylesheet, beside its module (Textual reads CSS_PATH for screens only)."""
    return Path(module).with_suffix(".tcss").read_text(encoding="utf-8")


def fill_table(
    table: DataTable[Any], labels: tuple[str, ...], rows: Sequence[tuple[Text, ...]]
) -> None:
    """Replace a table's rows, with column widths measured here from the cells.

    DataTable measures auto-width columns when idle; a table filled as its step first appears
    sometimes kept its header widths and cut every name short, so the widths are set directly.
    """
    keep = table.cursor_row
    table.clear(columns=True)
    for n, label in enumerate(labels):
        width = max([len(label), *(r[n].cell_len for r in rows)])
        table.add_column(label, width=min(width, MAX_COLUMN))
    for row in rows:
        table.add_row(*row)
    if table.row_count:
        table.move_cursor(row=min(max(keep, 0), table.row_count - 1))


class Step(Widget):
    """One step. A step derives first from the container it is (`class WhoStep(VerticalScroll,
    Step)`): Textual takes a widget's CSS type from its first base only."""

    # The screen's key actions this step offers (the others are hidden while it is shown).
    ACTIONS: ClassVar[frozenset[str]] = frozenset()

    @property
    def wizard(self) -> WizardScreen:
        return cast("WizardScreen", self.screen)

    @property
    def draft(self) -> Handoff | None:
        return self.wizard.handoff

    def say(self, text: str, error: bool = False) -> None:
        self.wizard.say(text, error)

    def load(self, draft: Handoff) -> None:
        """Show a draft read from the file (the wizard opened an existing handoff)."""

    def enter(self, focus: bool = True) -> None:
        """The step is shown: fill it from the draft."""

    def collect(self, draft: Handoff | None) -> Handoff | None:
        """Take what the owner entered here into the draft; returns the draft."""
        return draft

    def may_leave(self, forward: bool) -> str | None:
        """Why the owner may not go on yet (None: they may)."""
        return None

    def lists_changed(self) -> None:
        """The people or clients were read again."""

    def may(self, action: str) -> bool:
        """Whether one of this step's actions can run now."""
        return action in self.ACTIONS
