"""Print a handoff: which format, what, for whom, and where the file goes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from handoff import reach, reach_files
from handoff.model import Person
from handoff.tui.safe import plain

if TYPE_CHECKING:
    from handoff.tui.app import HandoffApp

FORMATS = ("pdf", "html", "md", "txt")
WHAT = {"packet": "the packet", "statements": "the client statements", "review": "return review"}
WHAT |= {key: label for key, (label, _name) in reach.WHATS.items()}  # written by handoff.reach


@dataclass(frozen=True)
class PrintRequest:
    fmt: str
    what: str
    for_person: int | None  # None: the whole packet (owner / boss)
    output: Path
    override_risk: str | None = None  # why flagged words in a draft may be printed anyway


class PrintDialog(ModalScreen[PrintRequest | None]):
    CSS_PATH = "forms.tcss"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="print.cancel"),
        Binding("ctrl+s", "print", "Print", id="print.go"),
    ]

    def __init__(self, handoff_id: int, covering: list[Person]) -> None:
        super().__init__()
        self.handoff_id = handoff_id
        self.covering = covering

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="print-form"):
            yield Static("Print", classes="form-title")
            with VerticalScroll():
                yield Label("Format")
                yield Select(
                    [(plain(f.upper()), f) for f in FORMATS],
                    value="pdf",
                    allow_blank=False,
                    id="fmt",
                )
                yield Label("What")
                yield Select(
                    [(plain(label), key) for key, label in WHAT.items()],
                    value="packet",
                    allow_blank=False,
                    id="what",
                )
                yield Label("For whom")
                yield Select(
                    [(plain("everyone (the whole packet)"), 0)]
                    + [(plain(f"{p.name} (only their clients)"), p.id) for p in self.covering],
                    value=0,
                    allow_blank=False,
                    id="for",
                )
                yield Label("Save to")
                yield Input(self._default_path("pdf", "packet", 0), id="output")
                yield Label("Only if a draft holds flagged words: why print them anyway")
                yield Input(placeholder="justification (recorded)", id="override")
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Print", id="go", variant="primary")
                yield Button("Cancel", id="cancel")

    def _default_path(self, fmt: str, what: str, person: int) -> str:
        if what in reach.WHATS:
            return str(Path.cwd() / reach.default_name(self.handoff_id, what, person or None))
        suffix = f"-for-{person}" if person else ""
        return str(Path.cwd() / f"handoff-{self.handoff_id}-{what}{suffix}.{fmt}")

    @on(Select.Changed)
    def _suggest_path(self) -> None:
        fmt = str(self.query_one("#fmt", Select).value)
        what = str(self.query_one("#what", Select).value)
        person = self.query_one("#for", Select).value
        self.query_one("#fmt", Select).disabled = what in reach.WHATS
        self.query_one("#output", Input).value = self._default_path(
            fmt, what, person if isinstance(person, int) else 0
        )

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#go")
    def action_print(self) -> None:
        output = self.query_one("#output", Input).value.strip()
        if not output:
            self.query_one("#error", Static).update(plain("Say where to save the file."))
            return
        person = self.query_one("#for", Select).value
        what = str(self.query_one("#what", Select).value)
        if what in reach.WHATS:
            self._write_reach(what, Path(output).expanduser(), person)
            self.dismiss(None)
            return
        self.dismiss(
            PrintRequest(
                fmt=str(self.query_one("#fmt", Select).value),
                what=str(self.query_one("#what", Select).value),
                for_person=person if isinstance(person, int) and person else None,
                output=Path(output).expanduser(),
                override_risk=self.query_one("#override", Input).value.strip() or None,
            )
        )

    def _write_reach(self, what: str, output: Path, person: object) -> None:
        """Drafts, an auto-reply or a calendar, written by `handoff.reach` in a worker of the
        app (this dialog closes first); a message says where it went or what stopped it."""
        app = cast("HandoffApp", self.app)
        handoff_id = self.handoff_id
        for_person = person if isinstance(person, int) and person else None
        override = self.query_one("#override", Input).value.strip() or None

        def write() -> None:
            try:
                path = app.db.run(
                    lambda s: reach_files.write(s, handoff_id, what, output, for_person, override)
                )
            except Exception as exc:  # shown to the person, never a traceback
                app.call_from_thread(
                    app.notify, str(exc), title="Not written", severity="error", markup=False
                )
                return
            app.call_from_thread(
                app.notify, f"Saved to {path}", title="Written", markup=False, timeout=10
            )

        app.run_worker(write, thread=True, exclusive=True, group="reach")
