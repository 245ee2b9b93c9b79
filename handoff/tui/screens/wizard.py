"""The wizard for one handoff: six steps, a draft saved at every one of them.

1 who is leaving, kind, dates, private reason; 2 which clients; 3 open items per client;
4 who covers each client and the escalation routes; 5 scripts and statements with live risk
warnings; 6 what is missing, then finalize (a frozen packet version) and print.

The draft lives in `self.handoff` while the owner works and is written through
`store.save_handoff` (in a worker) every time the step changes, on Ctrl+S, when the wizard is
closed and when the app quits, so closing the app half-way loses nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.events import Key
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import (
    Button,
    Checkbox,
    ContentSwitcher,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from handoff import changes, clock, lifecycle, packet
from handoff.errors import ValidationError
from handoff.model import (
    ESCALATION_TOPICS,
    KINDS,
    Client,
    Handoff,
    OpenItem,
    PacketVersion,
    Person,
    parse_date,
)
from handoff.store import Store
from handoff.tui import risk_bridge
from handoff.tui.safe import cell, plain
from handoff.tui.screens.client_detail import item_cells
from handoff.tui.typed import handoff_app
from handoff.tui.widgets.step_indicator import TITLES, StepIndicator

KIND_LABELS = {
    "vacation": "vacation (back on a return date)",
    "leave": "leave (any other temporary absence)",
    "termination": "termination (leaving for good)",
}
LAST_STEP = 6
MAX_COLUMN = 40  # characters; longer names are cut (the client book shows them whole)
WIZARD_DOES_NOT_EDIT = ("risk_overrides", "ended", "created", "cancelled", "justifications")
SHORT_TOPICS = {
    "contract_billing": "Contract, billing",
    "personnel": "Staff, why they left",
    "legal": "Legal, complaints",
}


def _copy(handoff: Handoff) -> Handoff:
    # a copy, not a stored document: a draft may still lack who is leaving (person 0), which
    # `from_doc` (the file's schema) refuses
    return dataclasses.replace(handoff)


def _comparable(handoff: Handoff) -> dict[str, Any]:
    doc = handoff.to_doc()
    doc.pop("revision")
    return doc


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


@dataclass
class Review:
    missing: list[str]
    unrouted: list[str]
    flagged: list[Any]
    versions: list[PacketVersion]
    current: bool
    changes: list[str] = field(default_factory=list)  # since the latest version, in words


class WizardScreen(Screen[None]):
    CSS_PATH = "wizard.tcss"
    BINDINGS = [
        Binding("ctrl+n", "next", "Next step", id="wizard.next", priority=True),
        Binding("ctrl+b", "back", "Back", id="wizard.back", priority=True),
        Binding("ctrl+s", "save", "Save draft", id="wizard.save"),
        Binding("escape", "close", "Close", id="wizard.close"),
        Binding("a", "add_item", "Add item", id="wizard.add_item"),
        Binding("x", "check_off", "Done/undo", id="wizard.check_off"),
        Binding("ctrl+f", "finalize", "Finalize", id="wizard.finalize"),
        Binding("ctrl+o", "print", "Print", id="wizard.print"),
        Binding("c", "copy_printed", "Copy path", id="wizard.copy_printed"),
    ]

    # -- messages from workers -------------------------------------------------------------
    class Loaded(Message):
        def __init__(
            self,
            handoff: Handoff | None,
            people: list[Person],
            clients: list[Client],
            escalation: dict[str, int],
            error: str | None = None,
            left: dict[int, date] | None = None,
        ) -> None:
            super().__init__()
            self.handoff = handoff
            self.people = people
            self.clients = clients
            self.escalation = escalation
            self.error = error
            self.left = left or {}  # who has left the firm, and since when

    class ListsLoaded(Message):
        """People and clients read again (the wizard came back from another screen)."""

        def __init__(
            self, people: list[Person], clients: list[Client], escalation: dict[str, int]
        ) -> None:
            super().__init__()
            self.people = people
            self.clients = clients
            self.escalation = escalation

    class Saved(Message):
        def __init__(self, handoff_id: int, seq: int, error: str | None) -> None:
            super().__init__()
            self.handoff_id = handoff_id
            self.seq = seq
            self.error = error

    class PersonAdded(Message):
        def __init__(self, person: Person | None, error: str | None) -> None:
            super().__init__()
            self.person = person
            self.error = error

    class ItemsLoaded(Message):
        def __init__(self, items: list[OpenItem], error: str | None = None) -> None:
            super().__init__()
            self.items = items
            self.error = error

    class TextsLoaded(Message):
        def __init__(self, client_id: int, texts: dict[str, str]) -> None:
            super().__init__()
            self.client_id = client_id
            self.texts = texts

    class Checked(Message):
        def __init__(self, which: str, client_id: int, text: str, flags: list[Any]) -> None:
            super().__init__()
            self.which = which
            self.client_id = client_id
            self.text = text
            self.flags = flags

    class Reviewed(Message):
        def __init__(self, review: Review) -> None:
            super().__init__()
            self.review = review

    class Finalized(Message):
        def __init__(self, version: PacketVersion | None, error: str | None) -> None:
            super().__init__()
            self.version = version
            self.error = error

    def __init__(self, handoff_id: int | None) -> None:
        super().__init__()
        self.handoff_id = handoff_id
        self.handoff: Handoff | None = None
        self.people: list[Person] = []
        self.clients: dict[int, Client] = {}
        self.default_escalation: dict[str, int] = {}
        self.left: dict[int, date] = {}
        self.step = 1
        self.reached = 1
        self.selected: set[int] = set()
        self.items: list[OpenItem] = []
        self.text_client: int | None = None
        self.generated: dict[int, dict[str, str]] = {}
        self.flags: dict[tuple[str, int], list[Any]] = {}
        self.review: Review | None = None
        self._seq = 0
        self._saved_seq = 0
        self._created_id = 0
        self._last_saved: dict[str, Any] | None = None
        self._ready = False
        self._filter_timer: Timer | None = None
        # Step 2's labels, made once per client and state: building 5,000 of them again for
        # every filter key took most of the time (see `_label`).
        self._labels: dict[tuple[int, bool], Content] = {}

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield StepIndicator(id="steps")
        yield Static("", id="step-title")
        with ContentSwitcher(initial="step-1", id="pages"):
            with VerticalScroll(id="step-1"):
                with Horizontal(classes="row"):
                    yield Label("Who is leaving")
                    yield Select[int]([], prompt="choose a person", id="person", compact=True)
                with Horizontal(classes="row"):
                    yield Label("Kind")
                    yield Select(
                        [(plain(KIND_LABELS[k]), k) for k in KINDS],
                        prompt="choose the kind",
                        id="kind",
                        compact=True,
                    )
                with Horizontal(classes="row"):
                    yield Label("First day away", id="starts-label")
                    yield Input(placeholder="YYYY-MM-DD", id="starts", compact=True)
                with Horizontal(classes="row"):
                    yield Label("Return date", id="until-label")
                    yield Input(placeholder="YYYY-MM-DD", id="until", compact=True)
                reason = TextArea(id="reason", classes="private")
                reason.border_title = "PRIVATE reason — never printed, never shown to colleagues"
                yield reason
                with Horizontal(classes="tools"):
                    yield Button("Add a person…", id="add-person", compact=True)
                    yield Static("someone missing from the list above?", classes="hint")
            with Vertical(id="step-2"):
                yield Input(
                    placeholder="Filter clients as you type",
                    id="client-filter",
                    compact=True,
                    select_on_focus=False,  # typing on the list goes on here (see on_key)
                )
                with Horizontal(classes="tools"):
                    yield Button("Their clients", id="pick-theirs", compact=True)
                    yield Button("All", id="pick-all", compact=True)
                    yield Button("None", id="pick-none", compact=True)
                    yield Button("Add client…", id="add-client", compact=True)
                    yield Button("Import…", id="import-clients", compact=True)
                    yield Static("", id="pick-count")
                yield SelectionList[int](id="client-pick")
                yield Static(
                    "Space: choose or drop · type: filter · a client missing? Add or import it.",
                    classes="hint",
                    id="pick-hint",
                )
            with Vertical(id="step-3"):
                yield Static(
                    "Everything a client asked for or was promised. "
                    "a: add · Enter: edit · x: done/undo (a done item stays, crossed out).",
                    classes="hint",
                )
                yield DataTable(id="step-items", cursor_type="row")
                with Horizontal(classes="tools"):
                    yield Button("Add item", id="item-add", compact=True)
                    yield Button("Edit", id="item-edit", compact=True)
                    yield Button("Done/undo", id="item-done", compact=True)
            with VerticalScroll(id="step-4"):
                yield DataTable(id="cover-table", cursor_type="row")
                with Horizontal(classes="tools"):
                    yield Select[int]([], prompt="colleague", id="cover-person", compact=True)
                    yield Button("Cover this client", id="cover-one", compact=True)
                    yield Button("All uncovered", id="cover-rest", compact=True)
                yield Static(
                    "Escalation routes: who answers what (the covering colleague does not)",
                    classes="section",
                )
                for topic, (label, _role) in ESCALATION_TOPICS.items():
                    with Horizontal(classes="row"):
                        yield Label(SHORT_TOPICS.get(topic, label))
                        yield Select[int]([], prompt="nobody", id=f"esc-{topic}", compact=True)
                yield Checkbox(
                    "Colleagues may exchange personal phone numbers with clients",
                    id="personal-numbers",
                )
            with Horizontal(id="step-5"):
                yield OptionList(id="text-clients", markup=False)
                with Vertical(id="texts"):
                    script = TextArea(id="script")
                    script.border_title = "Contact script (what the colleague says first)"
                    yield script
                    statement = TextArea(id="statement")
                    statement.border_title = "Statement (the notice the client receives)"
                    yield statement
                    with VerticalScroll(id="findings-box", can_focus=True) as box:
                        box.border_title = "Risk check (Tab here, ↑↓ scroll)"
                        yield Static("", id="findings")
                    yield Button("Regenerate both", id="regenerate", compact=True)
            with VerticalScroll(id="step-6"):
                yield Static("", id="summary")
                yield Static("", id="missing")
                yield Static("", id="flagged")
                yield Static("", id="versions")
                with Horizontal(classes="tools"):
                    yield Button("Finalize…", id="finalize", variant="success", compact=True)
                    yield Button("Print…", id="print", compact=True)
                yield Static("", id="printed")
        yield Static("", id="problem")
        with Horizontal(id="nav"):
            yield Button("‹ Back", id="back", compact=True)
            yield Static("", id="save-state")
            yield Button("Next ›", id="next", variant="primary", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "New handoff" if self.handoff_id is None else "Handoff"
        self._load()
        self._show_step(1)

    # -- loading -----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="wizard-load")
    def _load(self) -> None:
        def read(store: Store) -> WizardScreen.Loaded:
            handoff = store.handoff(self.handoff_id) if self.handoff_id else None
            return self.Loaded(
                handoff,
                store.people(),
                store.clients(include_archived=True),
                lifecycle.default_routes(store, 0),
                left=lifecycle.departures(store.handoffs()),
            )

        try:
            message = handoff_app(self).db.run(read)
        except Exception as exc:
            message = self.Loaded(None, [], [], {}, error=str(exc))
        self.post_message(message)

    def on_wizard_screen_loaded(self, message: Loaded) -> None:
        if message.error:
            self.notify(message.error, severity="error", markup=False)
            self.app.pop_screen()
            return
        self.people = sorted(message.people, key=lambda p: p.name.lower())
        self._labels.clear()  # names may have changed
        self.default_escalation = message.escalation
        self.left = message.left
        handoff = message.handoff
        in_handoff = set(handoff.client_ids) if handoff else set()
        self.clients = {
            c.id: c
            for c in sorted(message.clients, key=lambda c: c.name.lower())
            if not c.archived or c.id in in_handoff
        }
        person = self.query_one("#person", Select)
        person.set_options([(plain(f"{p.name} ({p.role_label})"), p.id) for p in self.people])
        if handoff is not None:
            self.handoff = handoff
            self._created_id = handoff.id
            self._last_saved = _comparable(handoff)
            self.selected = set(handoff.client_ids)
            person.value = handoff.person_id
            self.query_one("#kind", Select).value = handoff.kind
            self.query_one("#starts", Input).value = (
                handoff.starts.isoformat() if handoff.starts else ""
            )
            self.query_one("#until", Input).value = (
                handoff.until.isoformat() if handoff.until else ""
            )
            self.query_one("#reason", TextArea).load_text(handoff.private_reason)
            self.title = "Handoff: " + self._person_name(handoff.person_id)
            self._kind_changed(handoff.kind)
            self.reached = max(1, min(handoff.wizard_step, LAST_STEP))
            self._ready = True
            self._show_step(self.reached)
        else:
            self._ready = True
            person.focus()
        if not self.people:
            self.query_one("#step-title", Static).update(
                plain("Nobody is at the firm yet: 'Add a person…' adds who leaves and who covers.")
            )

    # -- reading the lists again -------------------------------------------------------------
    def on_screen_resume(self) -> None:
        """Back from another screen (the client book, the people, an import): read the lists
        again, so step 2 offers the clients and step 4 the people added meanwhile."""
        if self._ready:
            self._reload_lists()

    @work(thread=True, exclusive=True, group="wizard-lists")
    def _reload_lists(self) -> None:
        def read(store: Store) -> WizardScreen.ListsLoaded:
            return self.ListsLoaded(
                store.people(), store.clients(include_archived=True), store.default_escalation()
            )

        try:
            message = handoff_app(self).db.run(read)
        except Exception as exc:
            self.app.call_from_thread(self._say, str(exc), True)
            return
        self.post_message(message)

    def on_wizard_screen_lists_loaded(self, message: ListsLoaded) -> None:
        people = sorted(message.people, key=lambda p: p.name.lower())
        in_handoff = set(self.handoff.client_ids) if self.handoff else set()
        clients = {
            c.id: c
            for c in sorted(message.clients, key=lambda c: c.name.lower())
            if not c.archived or c.id in in_handoff
        }
        if (
            [(p.id, p.name, p.role) for p in people]
            == [(p.id, p.name, p.role) for p in self.people]
            and clients == self.clients
            and message.escalation == self.default_escalation
        ):
            return
        self.people = people
        self.clients = clients
        self.default_escalation = message.escalation
        self._labels.clear()
        self._set_person_options()
        if self.step == 2:
            self._fill_client_pick()
        elif self.step == 4:
            self._enter_step_4(focus=False)

    def _set_person_options(self) -> None:
        select = self.query_one("#person", Select)
        keep = select.value
        select.set_options([(plain(f"{p.name} ({p.role_label})"), p.id) for p in self.people])
        if isinstance(keep, int) and any(p.id == keep for p in self.people):
            select.value = keep

    def _person_name(self, person_id: int | None) -> str:
        for p in self.people:
            if p.id == person_id:
                return p.name
        return "?"

    # -- moving between steps ---------------------------------------------------------------
    def _show_step(self, step: int) -> None:
        self.step = step
        self.reached = max(self.reached, step)
        indicator = self.query_one(StepIndicator)
        indicator.step = step
        indicator.reached = self.reached
        self.query_one("#step-title", Static).update(
            Content.assemble((f"Step {step} of {LAST_STEP}: ", "bold"), TITLES[step - 1])
        )
        self.query_one("#pages", ContentSwitcher).current = f"step-{step}"
        self.query_one("#problem", Static).display = False
        self.query_one("#back", Button).disabled = step == 1
        self.query_one("#next", Button).disabled = step == LAST_STEP
        if self._ready:
            getattr(self, f"_enter_step_{step}")()
        self.refresh_bindings()

    def action_next(self) -> None:
        if not self._ready or self.step >= LAST_STEP:
            return
        if not self._leave_step(forward=True):
            return
        self._go(self.step + 1)

    def action_back(self) -> None:
        if not self._ready or self.step <= 1:
            return
        self._leave_step(forward=False)
        self._go(self.step - 1)

    def _go(self, step: int) -> None:
        assert self.handoff is not None
        self.handoff.wizard_step = max(self.handoff.wizard_step, step)
        self.save_draft()
        self._show_step(step)

    @on(StepIndicator.Chosen)
    def _step_chosen(self, message: StepIndicator.Chosen) -> None:
        if message.step == self.step or self.handoff is None:
            return
        if self._leave_step(forward=message.step > self.step):
            self._go(message.step)

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    def _leave_step(self, forward: bool) -> bool:
        """Take what the owner entered on this step into the draft; False when it is wrong."""
        try:
            if self.step == 1:
                self._collect_step_1()
            elif self.step == 4:
                self._collect_step_4()
        except ValidationError as exc:
            if forward or self.handoff is None:
                self._say(str(exc), error=True)
                return False
        if self.step == 2 and forward and not self.selected:
            self._say("Choose at least one client (or press Back).", error=True)
            return False
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("add_item", "check_off"):
            return self.step == 3
        if action in ("finalize", "print"):
            return self.step == LAST_STEP
        if action == "copy_printed":
            return self.step == LAST_STEP and handoff_app(self).last_printed is not None
        if action == "back":
            return self.step > 1
        if action == "next":
            return self.step < LAST_STEP
        return True

    # -- saving ------------------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        if error:
            problem = self.query_one("#problem", Static)
            problem.update(plain(text, "bold red"))
            problem.display = True
        else:
            self.query_one("#save-state", Static).update(plain(text, "dim"))

    def _needs_save(self) -> bool:
        assert self.handoff is not None
        return self.handoff.id == 0 or _comparable(self.handoff) != self._last_saved

    def save_draft(self) -> None:
        """Write the draft in a worker (the newest save always wins)."""
        if self.handoff is None or not self._needs_save():
            return
        self._seq += 1
        self._last_saved = _comparable(self.handoff)
        self._save(self._seq, _copy(self.handoff))

    def _write(self, store: Store, seq: int, draft: Handoff) -> int:
        if seq < self._saved_seq:
            return draft.id or self._created_id  # a newer draft is already saved
        if not draft.id and self._created_id:
            draft.id = self._created_id
        if not draft.id:
            if not draft.created:
                draft.created = clock.now()
            lifecycle.check_helpers(store, draft)
            lifecycle.check_overlap(store, draft)
            store.add_handoff(draft)
            self._created_id = draft.id
        else:
            # Fields the wizard never edits may have changed elsewhere since it loaded (an
            # override recorded when a draft was printed, coverage ended in the review).
            stored = store.handoff(draft.id)
            for name in WIZARD_DOES_NOT_EDIT:
                setattr(draft, name, getattr(stored, name))
            lifecycle.check_helpers(store, draft, stored)
            store.save_handoff(draft)
        self._saved_seq = seq
        return draft.id

    @work(thread=True, group="wizard-save")
    def _save(self, seq: int, draft: Handoff) -> None:
        try:
            handoff_id = handoff_app(self).db.run(lambda s: self._write(s, seq, draft))
        except Exception as exc:
            self.post_message(self.Saved(0, seq, str(exc)))
            return
        self.post_message(self.Saved(handoff_id, seq, None))

    def on_wizard_screen_saved(self, message: Saved) -> None:
        if message.error:
            self._last_saved = None
            self._say(f"Draft not saved: {message.error}", error=True)
            return
        if self.handoff is not None and not self.handoff.id:
            self.handoff.id = message.handoff_id
        self.handoff_id = message.handoff_id
        self._say(f"Draft saved {clock.now():%H:%M:%S}")

    def save_now(self) -> None:
        """Save synchronously (the app is quitting): whatever is on screen is kept."""
        if self.handoff is None:
            return
        try:
            if self.step == 1:
                self._collect_step_1()
            elif self.step == 4:
                self._collect_step_4()
        except ValidationError:
            pass  # keep the last good values of this step
        if not self._needs_save():
            return
        self._seq += 1
        seq, draft = self._seq, _copy(self.handoff)
        handoff_app(self).db.run(lambda s: self._write(s, seq, draft))

    def action_save(self) -> None:
        self._leave_step(forward=False)
        if self.handoff is None:
            self._say("Choose who is leaving and the kind first.", error=True)
            return
        if not self._needs_save():
            self._say("Nothing changed since the last save.")
        self.save_draft()

    def action_close(self) -> None:
        self._leave_step(forward=False)
        self.save_draft()
        self.app.pop_screen()

    # -- step 1: who is leaving --------------------------------------------------------------
    @on(Button.Pressed, "#add-person")
    def action_add_person(self) -> None:
        """A fresh database has nobody: add the people at the firm from here."""
        from handoff.tui.screens.person_form import PersonForm

        def saved(person: Person | None) -> None:
            if person is not None:
                self._save_person(person)

        self.app.push_screen(PersonForm(None, self.people), saved)

    @work(thread=True, group="wizard-person")
    def _save_person(self, person: Person) -> None:
        from handoff.people import save_person

        try:
            added, _ = handoff_app(self).db.run(lambda s: save_person(s, person))
        except Exception as exc:
            self.post_message(self.PersonAdded(None, str(exc)))
            return
        self.post_message(self.PersonAdded(added, None))

    def on_wizard_screen_person_added(self, message: PersonAdded) -> None:
        if message.error or message.person is None:
            self._say(f"Not saved: {message.error}", error=True)
            return
        self.people = sorted([*self.people, message.person], key=lambda p: p.name.lower())
        self._labels.clear()
        self._set_person_options()
        self._say(f"Added {message.person.name} ({message.person.role_label})")
        self._reload_lists()  # the default escalation routes may name the new person
        if self.step == 4:
            self._enter_step_4(focus=False)

    def _enter_step_1(self) -> None:
        self.query_one("#person", Select).focus()

    @on(Select.Changed, "#kind")
    def _kind_select(self, event: Select.Changed) -> None:
        self._kind_changed(str(event.value) if event.value != Select.NULL else "")

    def _kind_changed(self, kind: str) -> None:
        termination = kind == "termination"
        self.query_one("#starts-label", Label).update(
            "Effective date" if termination else "First day away"
        )
        until = self.query_one("#until", Input)
        until.disabled = termination
        if termination:
            until.value = ""
        self.query_one("#until-label", Label).update(
            "Return date (none)" if termination else "Return date"
        )

    def _collect_step_1(self) -> None:
        person_id = self.query_one("#person", Select).value
        kind = self.query_one("#kind", Select).value
        if not isinstance(person_id, int):
            raise ValidationError("Choose who is leaving.")
        if kind == Select.NULL:
            raise ValidationError("Choose the kind: vacation, leave or termination.")
        starts = parse_date(self.query_one("#starts", Input).value, "first day / effective date")
        until = parse_date(self.query_one("#until", Input).value, "return date")
        reason = self.query_one("#reason", TextArea).text
        if self.handoff is None:
            theirs = [
                c.id for c in self.clients.values() if c.manager_id == person_id and not c.archived
            ]
            draft = Handoff(
                person_id=person_id,
                kind=str(kind),
                starts=starts,
                until=until,
                private_reason=reason,
                client_ids=theirs,
                escalation={t: p for t, p in self.default_escalation.items() if p != person_id},
                created=clock.now(),
            )
            draft.validate()
            self.handoff = draft
            self.selected = set(theirs)
        else:
            draft = _copy(self.handoff)
            if draft.person_id != person_id:
                # A different person leaves: they cannot cover themselves.
                draft.covers = {c: p for c, p in draft.covers.items() if p != person_id}
            draft.person_id = person_id
            draft.kind = str(kind)
            draft.starts = starts
            draft.until = until
            draft.private_reason = reason
            draft.validate()
            self.handoff = draft
        self.title = "Handoff: " + self._person_name(person_id)

    # -- step 2: which clients --------------------------------------------------------------
    def _enter_step_2(self) -> None:
        self._fill_client_pick()
        self.query_one("#client-pick", SelectionList).focus()

    def _fill_client_pick(self) -> None:
        words = self.query_one("#client-filter", Input).value.lower().split()
        people = {p.id: p.name for p in self.people}
        pick = self.query_one("#client-pick", SelectionList)
        pick.clear_options()
        selections = []
        for c in self.clients.values():
            manager = people.get(c.manager_id or -1, "")
            haystack = f"{c.name} {c.company} {manager}".lower()
            if not all(w in haystack for w in words):
                continue
            chosen = c.id in self.selected
            selections.append(Selection(self._label(c, chosen, manager), c.id, chosen))
        pick.add_options(selections)
        if selections:
            pick.highlighted = 0
        self._update_pick_count()

    def _label(self, client: Client, chosen: bool, manager: str) -> Content:
        key = (client.id, chosen)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = self._pick_label(client, chosen, manager)
        return label

    @staticmethod
    def _pick_label(client: Client, chosen: bool, manager: str) -> Content:
        # The check box's colour alone does not say "chosen" on every terminal: say it in words.
        return Content.assemble(
            ("chosen · " if chosen else "", "bold green"),
            (client.name, "bold" if client.key_account else ""),
            (f" · {client.company}" if client.company else ""),
            (f" · looked after by {manager}" if manager else "", "dim"),
        )

    def _update_pick_count(self) -> None:
        self.query_one("#pick-count", Static).update(
            plain(f"{len(self.selected)} of {len(self.clients)} chosen")
        )

    @on(Input.Changed, "#client-filter")
    def _client_filter(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.12, self._fill_client_pick)

    def on_key(self, event: Key) -> None:
        """Step 2: typing on the client list goes to the filter ("Filter as you type")."""
        pick = self.query_one("#client-pick", SelectionList)
        if self.step != 2 or self.focused is not pick:
            return
        if event.character and event.is_printable and event.character != " ":
            field = self.query_one("#client-filter", Input)
            field.focus()
            field.insert_text_at_cursor(event.character)
            event.stop()
            event.prevent_default()

    @on(SelectionList.SelectionToggled, "#client-pick")
    def _client_toggled(self, event: SelectionList.SelectionToggled[int]) -> None:
        value = event.selection.value
        chosen = value in event.selection_list.selected
        if chosen:
            self.selected.add(value)
        else:
            self.selected.discard(value)
        client = self.clients.get(value)
        if client is not None:
            manager = self._person_name(client.manager_id) if client.manager_id else ""
            event.selection_list.replace_option_prompt_at_index(
                event.selection_index, self._label(client, chosen, manager)
            )
        self._apply_selection()

    def _apply_selection(self) -> None:
        assert self.handoff is not None
        order = [c for c in self.clients if c in self.selected]
        self.handoff.client_ids = order
        for mapping in (self.handoff.covers, self.handoff.scripts, self.handoff.statements):
            for client_id in [c for c in mapping if c not in self.selected]:
                del mapping[client_id]
        self._update_pick_count()

    @on(Button.Pressed, "#pick-theirs")
    def _pick_theirs(self) -> None:
        assert self.handoff is not None
        person = self.handoff.person_id
        self.selected = {
            c.id for c in self.clients.values() if c.manager_id == person and not c.archived
        }
        self._apply_selection()
        self._fill_client_pick()

    @on(Button.Pressed, "#pick-all")
    def _pick_all(self) -> None:
        self.selected = {c.id for c in self.clients.values() if not c.archived}
        self._apply_selection()
        self._fill_client_pick()

    @on(Button.Pressed, "#add-client")
    def action_add_client(self) -> None:
        """A fresh database has no clients: add one from here (it is chosen at once)."""
        from handoff.tui.screens.client_form import ClientForm

        def saved(client: Client | None) -> None:
            if client is not None:
                self._save_client(client)

        self.app.push_screen(ClientForm(None, self.people), saved)

    @work(thread=True, group="wizard-client")
    def _save_client(self, client: Client) -> None:
        try:
            added = handoff_app(self).db.run(lambda s: s.add_client(client))
        except Exception as exc:
            self.app.call_from_thread(self._say, f"Client not saved: {exc}", True)
            return
        self.post_message(self.ClientAdded(added))

    class ClientAdded(Message):
        def __init__(self, client: Client) -> None:
            super().__init__()
            self.client = client

    def on_wizard_screen_client_added(self, message: ClientAdded) -> None:
        self.selected.add(message.client.id)
        self.clients[message.client.id] = message.client
        self.clients = dict(sorted(self.clients.items(), key=lambda kv: kv[1].name.lower()))
        if self.handoff is not None:
            self._apply_selection()
        self._fill_client_pick()
        self._say(f"Added {message.client.name}")
        self._reload_lists()  # a read begun when the form closed may predate the new client

    @on(Button.Pressed, "#import-clients")
    def _import_clients(self) -> None:
        handoff_app(self).action_import_clients()

    @on(Button.Pressed, "#pick-none")
    def _pick_none(self) -> None:
        self.selected = set()
        self._apply_selection()
        self._fill_client_pick()

    # -- step 3: open items -----------------------------------------------------------------
    def _enter_step_3(self) -> None:
        self._load_items()
        self.query_one("#step-items", DataTable).focus()

    @work(thread=True, exclusive=True, group="wizard-items")
    def _load_items(self) -> None:
        chosen = set(self.handoff.client_ids) if self.handoff else set()
        try:
            items = handoff_app(self).db.run(
                lambda s: [i for i in s.items() if i.client_id in chosen]
            )
        except Exception as exc:
            self.post_message(self.ItemsLoaded([], str(exc)))
            return
        self.post_message(self.ItemsLoaded(items))

    def on_wizard_screen_items_loaded(self, message: ItemsLoaded) -> None:
        if message.error:
            self._say(message.error, error=True)
        order = {c: n for n, c in enumerate(self.handoff.client_ids if self.handoff else [])}
        self.items = sorted(
            message.items,
            key=lambda i: (order.get(i.client_id, 0), i.done, str(i.due or "9999"), i.id),
        )
        rows = []
        for item in self.items:
            client = self.clients.get(item.client_id)
            status, title, due, _next = item_cells(item)
            rows.append((due, cell(client.name if client else "?"), status, title))
        fill_table(
            self.query_one("#step-items", DataTable), ("Due", "Client", "Status", "Open item"), rows
        )

    def _highlighted_item(self) -> OpenItem | None:
        table = self.query_one("#step-items", DataTable)
        if not table.row_count or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row]

    @on(Button.Pressed, "#item-add")
    def action_add_item(self) -> None:
        if self.handoff is None or not self.handoff.client_ids:
            self._say("Choose clients in step 2 first.", error=True)
            return
        current = self._highlighted_item()
        client_id = current.client_id if current else self.handoff.client_ids[0]
        self._item_form(OpenItem(client_id=client_id, title=""))

    @on(Button.Pressed, "#item-edit")
    def _edit_item(self) -> None:
        item = self._highlighted_item()
        if item is not None:
            self._item_form(item)

    @on(DataTable.RowSelected, "#step-items")
    def _item_selected(self) -> None:
        self._edit_item()

    def _item_form(self, item: OpenItem) -> None:
        from handoff.tui.screens.item_form import ItemForm

        assert self.handoff is not None
        clients = [self.clients[c] for c in self.handoff.client_ids if c in self.clients]

        def saved(edited: OpenItem | None) -> None:
            if edited is not None:
                self._write_item(edited)

        self.app.push_screen(ItemForm(item, clients), saved)

    @on(Button.Pressed, "#item-done")
    def action_check_off(self) -> None:
        item = self._highlighted_item()
        if item is not None:
            item.status = "open" if item.done else "done"
            self._write_item(item)

    @work(thread=True, group="wizard-item-save")
    def _write_item(self, item: OpenItem) -> None:
        def write(store: Store) -> None:
            if item.id:
                store.update_item(item)
            else:
                store.add_item(item)

        try:
            handoff_app(self).db.run(write)
        except Exception as exc:
            self.post_message(self.ItemsLoaded(self.items, str(exc)))
            return
        self._load_items()

    # -- step 4: cover and escalation -------------------------------------------------------
    def _colleagues(self) -> list[Person]:
        """Who may cover or be contacted: at the firm, not the person leaving (the domain's
        rule, `lifecycle.may_help`)."""
        leaving = self.handoff.person_id if self.handoff else None
        return lifecycle.may_help(self.people, self.left, leaving)

    def _enter_step_4(self, focus: bool = True) -> None:
        assert self.handoff is not None
        for topic, person_id in self.default_escalation.items():
            # People added since the draft was made (HR, legal counsel) answer their topic.
            if topic not in self.handoff.escalation and person_id != self.handoff.person_id:
                self.handoff.escalation[topic] = person_id
        options = [(plain(f"{p.name} ({p.role_label})"), p.id) for p in self._colleagues()]
        cover = self.query_one("#cover-person", Select)
        keep = cover.value
        cover.set_options(options)
        ids = {p.id for p in self._colleagues()}
        if keep in ids:
            cover.value = keep
        elif options:
            colleagues = [p.id for p in self._colleagues() if p.role == "colleague"]
            cover.value = colleagues[0] if colleagues else options[0][1]
        for topic in ESCALATION_TOPICS:
            select = self.query_one(f"#esc-{topic}", Select)
            select.set_options(options)
            chosen = self.handoff.escalation.get(topic)
            if chosen in ids:
                select.value = chosen
        self.query_one("#personal-numbers", Checkbox).value = self.handoff.personal_numbers_allowed
        self._fill_covers()
        if focus:
            self.query_one("#cover-table", DataTable).focus()

    def _fill_covers(self) -> None:
        assert self.handoff is not None
        table = self.query_one("#cover-table", DataTable)
        rows = []
        for client_id in self.handoff.client_ids:
            client = self.clients.get(client_id)
            cover = self.handoff.covers.get(client_id)
            rows.append(
                (
                    cell(client.name if client else "?"),
                    cell(client.preferred_channel if client else ""),
                    cell(self._person_name(cover), "green")
                    if cover
                    else cell("nobody yet", "bold red"),
                )
            )
        fill_table(table, ("Client", "Prefers", "Covered by"), rows)
        covered = sum(1 for c in self.handoff.client_ids if c in self.handoff.covers)
        table.border_title = f"Who covers each client ({covered}/{len(self.handoff.client_ids)})"
        table.border_subtitle = (
            "Enter, or a second click, on a client gives it to the colleague below"
        )

    def _chosen_colleague(self) -> int | None:
        value = self.query_one("#cover-person", Select).value
        if not isinstance(value, int):
            self._say("Choose a colleague in the list first.", error=True)
            return None
        return value

    @on(DataTable.RowSelected, "#cover-table")
    @on(Button.Pressed, "#cover-one")
    def _cover_one(self) -> None:
        assert self.handoff is not None
        colleague = self._chosen_colleague()
        table = self.query_one("#cover-table", DataTable)
        if colleague is None or not table.row_count:
            return
        row = table.cursor_row
        client_id = self.handoff.client_ids[row]
        self.handoff.covers[client_id] = colleague
        self._fill_covers()
        if row + 1 < table.row_count:
            table.move_cursor(row=row + 1)  # ready for the next client

    @on(Button.Pressed, "#cover-rest")
    def _cover_rest(self) -> None:
        assert self.handoff is not None
        colleague = self._chosen_colleague()
        if colleague is None:
            return
        for client_id in self.handoff.client_ids:
            self.handoff.covers.setdefault(client_id, colleague)
        self._fill_covers()

    def _collect_step_4(self) -> None:
        assert self.handoff is not None
        for topic in ESCALATION_TOPICS:
            value = self.query_one(f"#esc-{topic}", Select).value
            if isinstance(value, int):
                self.handoff.escalation[topic] = value
            else:
                self.handoff.escalation.pop(topic, None)
        self.handoff.personal_numbers_allowed = self.query_one("#personal-numbers", Checkbox).value

    # -- step 5: scripts and statements -----------------------------------------------------
    def _enter_step_5(self) -> None:
        assert self.handoff is not None
        options = self.query_one("#text-clients", OptionList)
        options.clear_options()
        for client_id in self.handoff.client_ids:
            client = self.clients.get(client_id)
            options.add_option(Option(self._text_label(client_id, client), id=str(client_id)))
        self._show_findings()
        if self.handoff.client_ids:
            index = 0
            if self.text_client in self.handoff.client_ids:
                index = self.handoff.client_ids.index(self.text_client)
            options.highlighted = index
            self._choose_text_client(self.handoff.client_ids[index])
        options.focus()

    def _text_label(self, client_id: int, client: Client | None) -> Content:
        flagged = any(self.flags.get((which, client_id)) for which in ("script", "statement"))
        name = client.name if client else "?"
        return Content.assemble(("⚠ " if flagged else "  ", "bold red"), name)

    @on(OptionList.OptionHighlighted, "#text-clients")
    def _text_client_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._choose_text_client(int(event.option.id))

    def _choose_text_client(self, client_id: int) -> None:
        if self.text_client == client_id and client_id in self.generated:
            return
        self.text_client = client_id
        self._load_texts(client_id)

    @work(thread=True, exclusive=True, group="wizard-texts")
    def _load_texts(self, client_id: int) -> None:
        assert self.handoff is not None
        draft = _copy(self.handoff)

        def read(store: Store) -> dict[str, str]:
            client = store.client(client_id)
            return {
                "script": risk_bridge.script_text(store, draft, client),
                "statement": risk_bridge.statement_text(store, draft, client),
                "generated_script": risk_bridge.generated_script(store, draft, client),
                "generated_statement": risk_bridge.generated_statement(store, draft, client),
            }

        try:
            texts = handoff_app(self).db.run(read)
        except Exception as exc:
            texts = {"script": "", "statement": "", "error": str(exc)}
        self.post_message(self.TextsLoaded(client_id, texts))

    def on_wizard_screen_texts_loaded(self, message: TextsLoaded) -> None:
        if message.client_id != self.text_client:
            return
        if "error" in message.texts:
            self._say(message.texts["error"], error=True)
        self.generated[message.client_id] = {
            "script": message.texts.get("generated_script", ""),
            "statement": message.texts.get("generated_statement", ""),
        }
        for which in ("script", "statement"):
            area = self.query_one(f"#{which}", TextArea)
            if area.text != message.texts[which]:
                area.load_text(message.texts[which])
            self._check(which, message.client_id, area.text)

    @on(TextArea.Changed, "#script")
    @on(TextArea.Changed, "#statement")
    def _text_changed(self, event: TextArea.Changed) -> None:
        client_id = self.text_client
        if self.handoff is None or client_id is None or client_id not in self.generated:
            return
        which = str(event.text_area.id)
        text = event.text_area.text
        mapping = self.handoff.scripts if which == "script" else self.handoff.statements
        if text == self.generated[client_id][which]:
            mapping.pop(client_id, None)  # untouched: keep following the template
        else:
            mapping[client_id] = text
        self._check(which, client_id, text)

    def _check(self, which: str, client_id: int, text: str) -> None:
        client = self.clients.get(client_id)
        lang = client.language if client else "en"
        kind = self.handoff.kind if self.handoff else None
        names = (
            risk_bridge.text_names(self.handoff, client, self.people)
            if client and self.handoff
            else ()
        )
        # The meaning check reads text the owner wrote; generated text has the rules alone.
        edited = False
        if self.handoff is not None:
            texts = self.handoff.scripts if which == "script" else self.handoff.statements
            edited = client_id in texts

        def run() -> None:
            flags = risk_bridge.check(text, lang, kind, names, meaning=edited)
            self.post_message(self.Checked(which, client_id, text, flags))

        # One worker group per text: typing in the script never cancels the statement's check.
        self.run_worker(run, thread=True, exclusive=True, group=f"wizard-check-{which}")

    def on_wizard_screen_checked(self, message: Checked) -> None:
        self.flags[(message.which, message.client_id)] = message.flags
        self._show_findings()
        options = self.query_one("#text-clients", OptionList)
        if self.handoff and message.client_id in self.handoff.client_ids:
            index = self.handoff.client_ids.index(message.client_id)
            if index < options.option_count:
                options.replace_option_prompt_at_index(
                    index,
                    self._text_label(message.client_id, self.clients.get(message.client_id)),
                )

    def _show_findings(self) -> None:
        client_id = self.text_client
        parts: list[Content | tuple[str, str] | str] = []
        for which, label in (("script", "Script"), ("statement", "Statement")):
            flags = self.flags.get((which, client_id or -1), [])
            if not flags:
                continue
            text = self.query_one(f"#{which}", TextArea).text
            for flag in flags:
                before = text[max(0, flag.start - 25) : flag.start].replace("\n", " ")
                after = text[flag.end : flag.end + 25].replace("\n", " ")
                parts += [
                    (f"⚠ {label} ({flag.label}): ", "bold red"),
                    "…" + before,
                    (flag.words, "bold reverse red"),
                    after + "…\n",
                    ("   Why: ", "bold"),
                    flag.why + "\n",
                    ("   Instead: ", "bold"),
                    (flag.alternative + "\n", "italic"),
                ]
        findings = self.query_one("#findings", Static)
        box = self.query_one("#findings-box", VerticalScroll)
        if parts:
            findings.update(Content.assemble(*parts))
            box.add_class("flagged")
        else:
            note = risk_bridge.meaning_note()
            findings.update(
                plain("✓ No risky words found." + (f" {note}" if note else ""), "green")
            )
            box.remove_class("flagged")

    @on(Button.Pressed, "#regenerate")
    def _regenerate(self) -> None:
        client_id = self.text_client
        if self.handoff is None or client_id is None:
            return
        self.handoff.scripts.pop(client_id, None)
        self.handoff.statements.pop(client_id, None)
        self.generated.pop(client_id, None)
        self._load_texts(client_id)

    # -- step 6: review and finalize ---------------------------------------------------------
    def _enter_step_6(self) -> None:
        assert self.handoff is not None
        h = self.handoff
        covers: dict[str, int] = {}
        for person_id in h.covers.values():
            name = self._person_name(person_id)
            covers[name] = covers.get(name, 0) + 1
        dates = f"from {h.starts or '?'}" + (f" until {h.until or '?'}" if h.temporary else "")
        self.query_one("#summary", Static).update(
            Content.assemble(
                (self._person_name(h.person_id), "bold"),
                f" · {h.kind} · {dates}\n",
                f"{len(h.client_ids)} clients; covered by: ",
                ", ".join(f"{n} ({c})" for n, c in sorted(covers.items())) or "nobody yet",
            )
        )
        self.query_one("#missing", Static).update(plain("Checking what is missing…", "dim"))
        printed = handoff_app(self).last_printed
        if printed is not None:
            self.show_printed(printed)
        self._review(_copy(h))
        self.query_one("#finalize", Button).focus()

    @work(thread=True, exclusive=True, group="wizard-review")
    def _review(self, draft: Handoff) -> None:
        def read(store: Store) -> Review:
            if draft.id:  # overrides recorded by printing a draft count at finalize too
                draft.risk_overrides = store.handoff(draft.id).risk_overrides
            versions = store.packet_versions(draft.id) if draft.id else []
            flagged = risk_bridge.flagged(store, draft)
            # the packet as it would be frozen now (this draft), beside the latest version
            found = changes.changes_since(store, draft, versions[-1]) if versions else []
            current = bool(versions) and not found
            return Review(
                packet.missing(store, draft),
                packet.unrouted(draft),
                flagged,
                versions,
                current,
                found,
            )

        try:
            review = handoff_app(self).db.run(read)
        except Exception as exc:
            self.post_message(self.Finalized(None, str(exc)))
            return
        self.post_message(self.Reviewed(review))

    def on_wizard_screen_reviewed(self, message: Reviewed) -> None:
        review = self.review = message.review
        missing = self.query_one("#missing", Static)
        if review.missing:
            parts: list[Content | tuple[str, str] | str] = [
                ("Missing before this packet can be finalized:\n", "bold red")
            ]
            parts += [f" • {problem}\n" for problem in review.missing]
            missing.update(Content.assemble(*parts))
        elif review.unrouted:
            missing.update(plain("✓ Every client is covered.", "bold green"))
        else:
            missing.update(plain("✓ Nothing is missing: every client is covered.", "bold green"))
        if review.unrouted:
            parts = [("Missing escalation routes (step 4):\n", "bold red")]
            parts += [f" • {route}\n" for route in review.unrouted]
            missing.update(Content.assemble(cast(Content, missing.visual), "\n", *parts))
        flagged = self.query_one("#flagged", Static)
        if review.flagged:
            parts = [("Flagged words (finalizing needs a recorded justification):\n", "bold red")]
            for text in review.flagged:
                words = ", ".join(f'"{f.words}"' for f in text.findings)
                parts.append(f" • {text.client_name}, {text.which}: {words}\n")
            flagged.update(Content.assemble(*parts))
        else:
            flagged.update("")
        self._show_versions(review)
        self.query_one("#finalize", Button).disabled = bool(review.missing)

    def _show_versions(self, review: Review) -> None:
        versions = self.query_one("#versions", Static)
        if not review.versions:
            versions.update(plain("Not finalized yet.", "dim"))
            return
        latest = review.versions[-1]
        n = latest.number
        state = "current" if review.current else f"changed since v{n}"
        changed = "".join(f"\n • {line}" for line in review.changes)
        if changed:
            changed = (
                f"\nPrinting gives the frozen v{n}; finalizing makes v{n + 1}. What changed:"
                + changed
            )
        versions.update(
            Content.assemble(
                (f"Packet version {n}", "bold"),
                f" frozen {latest.created:%Y-%m-%d %H:%M:%S} ",
                (f"({state})", "" if review.current else "bold yellow"),
                "\n",
                ("SHA-256 ", "bold"),
                latest.sha256,
                f"\n{len(review.versions)} version(s) kept." if len(review.versions) > 1 else "",
                changed,
            )
        )

    @on(Button.Pressed, "#finalize")
    def action_finalize(self) -> None:
        if self.handoff is None or self.review is None:
            return
        if self.review.missing:
            self._say("Fill in what is missing first.", error=True)
            return
        from handoff.tui.screens.dialogs import ConfirmDialog, JustificationDialog

        number = (self.review.versions[-1].number + 1) if self.review.versions else 1
        if self.review.flagged:
            summary = Content.assemble(
                ("Some scripts or statements contain risky words.\n", "bold red"),
                "Go back to step 5 to change them, or keep them and say why. "
                f"Your justification is recorded in packet version {number}.",
            )

            def justified(reason: str | None) -> None:
                if reason:
                    self._finalize(reason)

            self.app.push_screen(JustificationDialog(summary), justified)
            return
        question = Content.assemble(
            (f"Finalize packet version {number}?\n", "bold"),
            "It is frozen with the time and a SHA-256 fingerprint. Later edits make a new "
            "version; this one stays readable.",
        )

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._finalize(None)

        self.app.push_screen(ConfirmDialog(question, "Finalize", default_yes=True), confirmed)

    @work(thread=True, exclusive=True, group="wizard-finalize")
    def _finalize(self, justification: str | None) -> None:
        assert self.handoff is not None
        self._seq += 1
        seq, draft = self._seq, _copy(self.handoff)

        def run(store: Store) -> PacketVersion:
            handoff_id = self._write(store, seq, draft)
            return cast(PacketVersion, risk_bridge.freeze(store, handoff_id, justification))

        try:
            version = handoff_app(self).db.run(run)
        except Exception as exc:
            self.post_message(self.Finalized(None, str(exc)))
            return
        self.post_message(self.Finalized(version, None))

    def on_wizard_screen_finalized(self, message: Finalized) -> None:
        if message.error or message.version is None:
            self._say(f"Not finalized: {message.error}", error=True)
            return
        version = message.version
        if self.handoff is not None:
            self.handoff.id = version.handoff_id
            self._last_saved = _comparable(self.handoff)  # frozen as it is: nothing to save
        self.notify(
            f"Packet version {version.number} frozen. SHA-256 {version.sha256[:16]}…",
            title="Finalized",
            markup=False,
            timeout=8,
        )
        self._say(f"Finalized version {version.number}")
        if self.handoff is not None:
            self._review(_copy(self.handoff))

    @on(Button.Pressed, "#print")
    def action_print(self) -> None:
        if self.handoff is None:
            return
        self._leave_step(forward=False)
        self.save_draft()
        if self.handoff.id:
            handoff_app(self).print_handoff(self.handoff.id)

    def show_printed(self, path: Path) -> None:
        """Keep the last printed file's path on screen (the notification fades)."""
        self.query_one("#printed", Static).update(
            Content.assemble(("Last printed: ", "bold"), str(path), ("  (c: copy the path)", "dim"))
        )
        self.refresh_bindings()

    def action_copy_printed(self) -> None:
        path = handoff_app(self).last_printed
        if path is not None:
            self.app.copy_to_clipboard(str(path))
            self._say("Path copied")
