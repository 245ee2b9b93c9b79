"""The wizard for one handoff: six steps, a draft saved at every one of them.

1 who is leaving, kind, dates, private reason; 2 which clients; 3 open items per client;
4 who covers each client and the escalation routes; 5 scripts and statements with live risk
warnings; 6 what is missing, then finalize (a frozen packet version) and print.

This screen moves between the steps, reads the firm's lists and saves; each step is a widget
of its own module (`step_*.py`), composed the first time it is shown, so the first frame has
step 1 alone. The draft lives in `self.handoff` while the owner works and is written through
`handoff.draft` (`saving.py`) every time the step changes, on Ctrl+S, when the wizard is closed
and when the app quits, so closing the app half-way loses nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, ContentSwitcher, Footer, Header, Static

from handoff import lifecycle
from handoff.errors import ValidationError
from handoff.model import Client, Handoff, Person
from handoff.store import Store
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.saving import DraftScreen
from handoff.tui.screens.wizard.step import Step, step_css
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


class WizardScreen(DraftScreen):
    # Not CSS_PATH: Textual reads a screen's CSS_PATH the first time the screen opens and then
    # styles every widget of the app again (the dashboard below included), which took most of
    # the wizard's first frame. DEFAULT_CSS is added like any widget's, without that.
    DEFAULT_CSS = step_css(__file__)
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

    def __init__(self, handoff_id: int | None) -> None:
        super().__init__(handoff_id)
        self.people: list[Person] = []
        self.clients: dict[int, Client] = {}
        self.default_escalation: dict[str, int] = {}
        self.left: dict[int, date] = {}
        self.step = 1
        self.reached = 1
        self.shown = 0  # the step whose page is on screen, filled from the draft
        self._pages: dict[int, Step] = {1: WhoStep(id="step-1")}
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
        self._show_step(1)
        # Read the file once the first frame is painted: the reading thread would hold the
        # interpreter while step 1 is styled and drawn.
        self.call_after_refresh(self._load)

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
            self.loaded(handoff)
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

    def read_again(self) -> None:
        self._ready = False
        self._load()

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
            page = self._pages[step] = STEPS[step](id=f"step-{step}")
            # hidden until it is the current step (the owner may have moved on meanwhile)
            page.display = False
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
