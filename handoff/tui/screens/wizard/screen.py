"""The wizard for one handoff: six steps, a draft saved at every one of them.

1 who is leaving, kind, dates, private reason; 2 which clients; 3 open items per client;
4 who covers each client and the escalation routes; 5 scripts and statements with live risk
warnings; 6 what is missing, then finalize (a frozen packet version) and print.

This screen moves between the steps, reads the firm's lists and saves; each step is a widget
of its own module (`step_*.py`), composed the first time it is shown, so the first frame has
step 1 alone. The draft lives in `self.handoff` while the owner works and is written through
`handoff.draft` (in a worker) every time the step changes, on Ctrl+S, when the wizard is closed
and when the app quits, so closing the app half-way loses nothing. If the handoff was saved
elsewhere meanwhile (`handoff edit`), the owner is asked what to keep.
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, ContentSwitcher, Footer, Header, Static

from handoff import clock, lifecycle
from handoff import draft as drafts
from handoff.errors import Conflict, ValidationError
from handoff.model import Client, Handoff, Person, changed_fields
from handoff.store import Store
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.step import Step
from handoff.tui.screens.wizard.step_clients import ClientsStep
from handoff.tui.screens.wizard.step_cover import CoverStep
from handoff.tui.screens.wizard.step_finish import FinishStep
from handoff.tui.screens.wizard.step_items import ItemsStep
from handoff.tui.screens.wizard.step_who import WhoStep
from handoff.tui.screens.wizard.step_words import WordsStep
from handoff.tui.typed import handoff_app
from handoff.tui.widgets.step_indicator import TITLES, StepIndicator

STEPS: dict[int, type[Step]] = {
    1: WhoStep,
    2: ClientsStep,
    3: ItemsStep,
    4: CoverStep,
    5: WordsStep,
    6: FinishStep,
}
LAST_STEP = len(STEPS)
STEP_ACTIONS = frozenset().union(*(s.ACTIONS for s in STEPS.values()))
S = TypeVar("S", bound=Step)


class WizardScreen(Screen[None]):
    CSS_PATH = "screen.tcss"
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

    class Saved(Message):
        def __init__(
            self, handoff_id: int, seq: int, error: str | None, conflict: Conflict | None = None
        ) -> None:
            super().__init__()
            self.handoff_id = handoff_id
            self.seq = seq
            self.error = error
            self.conflict = conflict

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
        self.shown = 0  # the step whose page is on screen, filled from the draft
        self._pages: dict[int, Step] = {1: WhoStep(id="step-1")}
        self._seq = 0
        self._saved_seq = 0
        self._created_id = 0
        self._base: Handoff | None = None  # the handoff as last read or saved here
        self._last_saved: dict[str, Any] | None = None
        self._asking = False  # the owner is choosing what to keep after a conflict
        self._ready = False

    # -- layout and loading ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        yield StepIndicator(id="steps")
        yield Static("", id="step-title")
        with ContentSwitcher(initial="step-1", id="pages"):
            yield self._pages[1]
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
        self.left = message.left
        handoff = message.handoff
        self._set_lists(message.people, message.clients, message.escalation, handoff)
        if handoff is not None:
            self.handoff = handoff
            self._created_id = handoff.id
            self._base = drafts.copy(handoff)
            self._last_saved = drafts.edited(handoff)
            self._pages[1].load(handoff)
            self.title = "Handoff: " + self.person_name(handoff.person_id)
            self.reached = max(1, min(handoff.wizard_step, LAST_STEP))
            self._ready = True
            self._show_step(self.reached)
        else:
            self._ready = True
            self._switch(1)
        if not self.people:
            self.query_one("#step-title", Static).update(
                plain("Nobody is at the firm yet: 'Add a person…' adds who leaves and who covers.")
            )

    def _set_lists(
        self,
        people: list[Person],
        clients: list[Client],
        escalation: dict[str, int],
        handoff: Handoff | None,
    ) -> bool:
        """Keep the lists read from the file; False when nothing changed."""
        people = sorted(people, key=lambda p: p.name.lower())
        in_handoff = set(handoff.client_ids) if handoff else set()
        by_id = {
            c.id: c
            for c in sorted(clients, key=lambda c: c.name.lower())
            if not c.archived or c.id in in_handoff
        }
        if (
            self._ready
            and [(p.id, p.name, p.role) for p in people]
            == [(p.id, p.name, p.role) for p in self.people]
            and by_id == self.clients
            and escalation == self.default_escalation
        ):
            return False
        self.people, self.clients, self.default_escalation = people, by_id, escalation
        for page in self._pages.values():
            if page.is_mounted:
                page.lists_changed()
        return True

    def on_screen_resume(self) -> None:
        """Back from another screen (the client book, the people, an import): read the lists
        again, so step 2 offers the clients and step 4 the people added meanwhile."""
        if self._ready:
            self.reload_lists()

    @work(thread=True, exclusive=True, group="wizard-lists")
    def reload_lists(self) -> None:
        def read(store: Store) -> tuple[list[Person], list[Client], dict[str, int]]:
            return store.people(), store.clients(include_archived=True), store.default_escalation()

        try:
            people, clients, routes = handoff_app(self).db.run(read)
        except Exception as exc:
            self.app.call_from_thread(self.say, str(exc), True)
            return
        self.app.call_from_thread(self._set_lists, people, clients, routes, self.handoff)

    def person_added(self, person: Person) -> None:
        self._set_lists(
            [*self.people, person],
            list(self.clients.values()),
            self.default_escalation,
            self.handoff,
        )
        self.say(f"Added {person.name} ({person.role_label})")
        self.reload_lists()  # the default escalation routes may name the new person

    def person_name(self, person_id: int | None) -> str:
        for p in self.people:
            if p.id == person_id:
                return p.name
        return "?"

    # -- moving between steps ---------------------------------------------------------------
    def _page(self, kind: type[S]) -> S | None:
        page = next((p for p in self._pages.values() if isinstance(p, kind)), None)
        return page if page is not None and page.is_mounted else None

    def _show_step(self, step: int) -> None:
        self.step = step
        self.reached = max(self.reached, step)
        indicator = self.query_one(StepIndicator)
        indicator.step = step
        indicator.reached = self.reached
        self.query_one("#step-title", Static).update(
            Content.assemble((f"Step {step} of {LAST_STEP}: ", "bold"), TITLES[step - 1])
        )
        self.query_one("#problem", Static).display = False
        self.query_one("#back", Button).disabled = step == 1
        self.query_one("#next", Button).disabled = step == LAST_STEP
        if step in self._pages:
            self._switch(step)
        else:
            self._pages[step] = STEPS[step](id=f"step-{step}")
            self.run_worker(self._mount_step(step), group="wizard-mount")
        self.refresh_bindings()

    async def _mount_step(self, step: int) -> None:
        await self.query_one("#pages", ContentSwitcher).mount(self._pages[step])
        if self.step == step:
            self._switch(step)

    def _switch(self, step: int) -> None:
        page = self._pages[step]
        if not page.is_mounted:
            return  # `_mount_step` shows it when it is mounted
        self.query_one("#pages", ContentSwitcher).current = f"step-{step}"
        if self._ready:
            page.enter()
            self.shown = step
        self.refresh_bindings()

    def action_next(self) -> None:
        if not self._ready or self.step >= LAST_STEP:
            return
        if self._leave_step(forward=True):
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

    def _collect(self) -> None:
        """Take what the owner entered on the step shown into the draft (or raise)."""
        page = self._pages.get(self.step)
        if page is not None and page.is_mounted:
            self.handoff = page.collect(self.handoff)

    def _leave_step(self, forward: bool) -> bool:
        """Take this step's part into the draft; False when it is wrong."""
        try:
            self._collect()
        except ValidationError as exc:
            if forward or self.handoff is None:
                self.say(str(exc), error=True)
                return False
        page = self._pages.get(self.step)
        problem = page.may_leave(forward) if page is not None else None
        if problem:
            self.say(problem, error=True)
            return False
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in STEP_ACTIONS:
            page = self._pages.get(self.step)
            return page is not None and page.is_mounted and page.may(action)
        if action == "back":
            return self.step > 1
        if action == "next":
            return self.step < LAST_STEP
        return True

    def action_add_item(self) -> None:
        if page := self._page(ItemsStep):
            page.add_item()

    def action_check_off(self) -> None:
        if page := self._page(ItemsStep):
            page.check_off()

    def action_finalize(self) -> None:
        if page := self._page(FinishStep):
            page.finalize()

    def action_add_person(self) -> None:
        self._pages[1].add_person()  # type: ignore[attr-defined]

    # -- saving ------------------------------------------------------------------------------
    def say(self, text: str, error: bool = False) -> None:
        if error:
            problem = self.query_one("#problem", Static)
            problem.update(plain(text, "bold red"))
            problem.display = True
        else:
            self.query_one("#save-state", Static).update(plain(text, "dim"))

    def _needs_save(self) -> bool:
        assert self.handoff is not None
        return self.handoff.id == 0 or drafts.edited(self.handoff) != self._last_saved

    def next_save(self) -> int:
        self._seq += 1
        return self._seq

    def save_draft(self, how: drafts.SaveHow = "check") -> None:
        """Write the draft in a worker (the newest save always wins)."""
        if self.handoff is None or self._asking or not (how != "check" or self._needs_save()):
            return
        self._last_saved = drafts.edited(self.handoff)
        self._save(self.next_save(), drafts.copy(self.handoff), how)

    def write(self, store: Store, seq: int, draft: Handoff, how: drafts.SaveHow = "check") -> int:
        """Save `draft` (in the database's thread); returns its id."""
        if seq < self._saved_seq:
            return draft.id or self._created_id  # a newer draft is already saved
        if not draft.id and self._created_id:
            draft.id = self._created_id
        if not draft.id:
            saved = drafts.add(store, draft)
            self._created_id = draft.id
        else:
            assert self._base is not None
            saved = drafts.save(store, draft, self._base, how)
        self._base = drafts.copy(saved)
        self._saved_seq = seq
        return saved.id

    @work(thread=True, group="wizard-save")
    def _save(self, seq: int, draft: Handoff, how: drafts.SaveHow) -> None:
        try:
            handoff_id = handoff_app(self).db.run(lambda s: self.write(s, seq, draft, how))
        except Conflict as conflict:
            self.post_message(self.Saved(0, seq, str(conflict), conflict))
            return
        except Exception as exc:
            self.post_message(self.Saved(0, seq, str(exc)))
            return
        self.post_message(self.Saved(handoff_id, seq, None))

    def on_wizard_screen_saved(self, message: Saved) -> None:
        if message.conflict is not None:
            self._ask(message.conflict)
            return
        if message.error:
            self._last_saved = None
            self.say(f"Draft not saved: {message.error}", error=True)
            return
        if self.handoff is not None and not self.handoff.id:
            self.handoff.id = message.handoff_id
        self.handoff_id = message.handoff_id
        self.say(f"Draft saved {clock.now():%H:%M:%S}")

    def _ask(self, conflict: Conflict) -> None:
        """The handoff was saved elsewhere since it was read here: the owner chooses."""
        from handoff.tui.conflict import ConflictDialog

        if self._asking or self.handoff is None or self._base is None:
            return
        self._asking = True
        self._last_saved = None
        self.say("Draft not saved: the handoff was changed elsewhere.", error=True)
        theirs = changed_fields(self._base, conflict.current)
        mine = changed_fields(self._base, self.handoff)

        def chosen(how: str | None) -> None:
            self._asking = False
            if how == "mine":
                self.save_draft("mine")
            elif how == "overwrite":
                self.save_draft("overwrite")
            else:  # drop: read the handoff as it is saved now
                self.handoff = None
                self._ready = False
                self._load()

        self.app.push_screen(ConflictDialog("handoff", theirs, mine), chosen)

    def save_now(self) -> None:
        """Save synchronously (the app is quitting): whatever is on screen is kept. If the
        handoff was saved elsewhere meanwhile, what the owner changed goes on top of it."""
        if self.handoff is None:
            return
        with contextlib.suppress(ValidationError):
            self._collect()  # else the last good values of this step are kept
        if not self._needs_save():
            return
        seq, draft = self.next_save(), drafts.copy(self.handoff)
        db = handoff_app(self).db
        try:
            db.run(lambda s: self.write(s, seq, draft))
        except Conflict:
            db.run(lambda s: self.write(s, self.next_save(), draft, "mine"))

    def action_save(self) -> None:
        self._leave_step(forward=False)
        if self.handoff is None:
            self.say("Choose who is leaving and the kind first.", error=True)
            return
        if not self._needs_save():
            self.say("Nothing changed since the last save.")
        self.save_draft()

    def action_close(self) -> None:
        self._leave_step(forward=False)
        self.save_draft()
        self.app.pop_screen()

    def frozen(self, handoff_id: int) -> None:
        """A packet version was frozen from the draft (saved as it is)."""
        if self.handoff is not None:
            self.handoff.id = handoff_id
            self._last_saved = drafts.edited(self.handoff)

    # -- printing ----------------------------------------------------------------------------
    def action_print(self) -> None:
        if self.handoff is None:
            return
        self._leave_step(forward=False)
        self.save_draft()
        if self.handoff.id:
            handoff_app(self).print_handoff(self.handoff.id)

    def show_printed(self, path: Path) -> None:
        """Keep the last printed file's path on screen (the notification fades)."""
        if page := self._page(FinishStep):
            page.show_printed(path)
        self.refresh_bindings()

    def action_copy_printed(self) -> None:
        path = handoff_app(self).last_printed
        if path is not None:
            self.app.copy_to_clipboard(str(path))
            self.say("Path copied")
