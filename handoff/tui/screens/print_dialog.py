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
from handoff.paths import document_name
from handoff.tui.safe import plain

if TYPE_CHECKING:
    from handoff.tui.app import HandoffApp

FORMATS = ("pdf", "html", "md", "txt")
WHAT = {"packet": "the packet", "statements": "the client statements", "review": "return review"}
WHAT |= {key: label for key, (label, _name) in reach.WHATS.items()}  # written by handoff.reach


@dataclass(frozen=True)
class PrintedHandoff:
    """What a printed file is named after: who leaves, the kind, the first day."""

    leaving: str
    kind: str
    starts: str


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

    def __init__(
        self, handoff_id: int, covering: list[Person], about: PrintedHandoff, folder: Path
    ) -> None:
        """`about`: whose handoff (for the file's name); `folder`: where files go unless the
        owner types another path (the documents folder, then the last folder used)."""
        super().__init__()
        self.handoff_id = handoff_id
        self.covering = covering
        self.about = about
        self.folder = folder

    def compose(self) -> ComposeResult:
        with Vertical(classes="form", id="print-form"):
            yield Static("Print · Enter or Ctrl+S prints · Esc cancels", classes="form-title")
            with VerticalScroll():
                yield Label("Format")
                yield Select(
                    [(plain(f.upper()), f) for f in FORMATS],
                    value="pdf",
                    allow_blank=False,
                    id="fmt",
                    compact=True,
                )
                yield Label("What")
                yield Select(
                    [(plain(label), key) for key, label in WHAT.items()],
                    value="packet",
                    allow_blank=False,
                    id="what",
                    compact=True,
                )
                yield Label("For whom")
                yield Select(
                    [(plain("everyone (the whole packet)"), 0)]
                    + [(plain(f"{p.name} (only their clients)"), p.id) for p in self.covering],
                    value=0,
                    allow_blank=False,
                    id="for",
                    compact=True,
                )
                yield Label("Save to")
                yield Input(self._default_path("pdf", "packet", 0), id="output", compact=True)
                yield Label("Only if a draft holds flagged words: why print them anyway")
                yield Input(placeholder="justification (recorded)", id="override", compact=True)
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Print", id="go", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#go", Button).focus()  # Enter prints with what is shown

    def _default_path(self, fmt: str, what: str, person: int) -> str:
        if what in reach.WHATS:
            return str(self.folder / reach.default_name(self.handoff_id, what, person or None))
        names = {p.id: p.name for p in self.covering}
        a = self.about
        name = document_name(a.leaving, a.kind, a.starts, what, names.get(person), fmt)
        return str(self.folder / name)

    @on(Select.Changed)
    def _suggest_path(self) -> None:
        fmt = str(self.query_one("#fmt", Select).value)
        what = str(self.query_one("#what", Select).value)
        person = self.query_one("#for", Select).value
        self.query_one("#fmt", Select).disabled = what in reach.WHATS
        field = self.query_one("#output", Input)
        typed = Path(field.value.strip()).expanduser().parent if field.value.strip() else None
        if typed is not None and typed != self.folder and typed.is_dir():
            self.folder = typed  # the owner chose another folder: keep it
        field.value = self._default_path(fmt, what, person if isinstance(person, int) else 0)

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _enter(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_print()

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
