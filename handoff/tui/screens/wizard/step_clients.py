"""Step 2: which clients are handed over (chosen from the client book, filtered as you type)."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Key
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Button, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from handoff import draft as drafts
from handoff.model import Client, Handoff
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.step import Step, step_css
from handoff.tui.typed import handoff_app


def pick_label(client: Client, chosen: bool, manager: str) -> Content:
    # The check box's colour alone does not say "chosen" on every terminal: say it in words.
    return Content.assemble(
        ("chosen · " if chosen else "", "bold green"),
        (client.name, "bold" if client.key_account else ""),
        (f" · {client.company}" if client.company else ""),
        (f" · looked after by {manager}" if manager else "", "dim"),
    )


class ClientsStep(Vertical, Step):
    DEFAULT_CSS = step_css(__file__)

    class ClientAdded(Message):
        def __init__(self, client: Client) -> None:
            super().__init__()
            self.client = client

    def __init__(self, id: str) -> None:
        super().__init__(id=id)
        self.selected: set[int] = set()
        self._filter_timer: Timer | None = None
        # Labels, made once per client and state: building 5,000 of them again for every
        # filter key took most of the time (see `_label`).
        self._labels: dict[tuple[int, bool], Content] = {}

    def compose(self) -> ComposeResult:
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

    def enter(self, focus: bool = True) -> None:
        self.selected = set(self.draft.client_ids) if self.draft else set()
        self._fill()
        if focus:
            self.query_one("#client-pick", SelectionList).focus()

    def lists_changed(self) -> None:
        self._labels.clear()  # names may have changed
        if self.display:
            self._fill()

    def collect(self, draft: Handoff | None) -> Handoff | None:
        if draft is not None:
            drafts.choose_clients(draft, self.wizard.clients, self.selected)
        return draft

    def may_leave(self, forward: bool) -> str | None:
        if forward and not self.selected:
            return "Choose at least one client (or press Back)."
        return None

    def _fill(self) -> None:
        words = self.query_one("#client-filter", Input).value.lower().split()
        people = {p.id: p.name for p in self.wizard.people}
        pick = self.query_one("#client-pick", SelectionList)
        pick.clear_options()
        selections = []
        for c in self.wizard.clients.values():
            manager = people.get(c.manager_id or -1, "")
            haystack = f"{c.name} {c.company} {manager}".lower()
            if not all(w in haystack for w in words):
                continue
            chosen = c.id in self.selected
            selections.append(Selection(self._label(c, chosen, manager), c.id, chosen))
        pick.add_options(selections)
        if selections:
            pick.highlighted = 0
        self._update_count()

    def _label(self, client: Client, chosen: bool, manager: str) -> Content:
        key = (client.id, chosen)
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = pick_label(client, chosen, manager)
        return label

    def _update_count(self) -> None:
        self.query_one("#pick-count", Static).update(
            plain(f"{len(self.selected)} of {len(self.wizard.clients)} chosen")
        )

    @on(Input.Changed, "#client-filter")
    def _client_filter(self) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.12, self._fill)

    def on_key(self, event: Key) -> None:
        """Typing on the client list goes to the filter ("Filter as you type")."""
        if self.screen.focused is not self.query_one("#client-pick", SelectionList):
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
        client = self.wizard.clients.get(value)
        if client is not None:
            manager = self.wizard.person_name(client.manager_id) if client.manager_id else ""
            event.selection_list.replace_option_prompt_at_index(
                event.selection_index, self._label(client, chosen, manager)
            )
        self._update_count()

    def _choose(self, chosen: set[int]) -> None:
        self.selected = chosen
        self._fill()

    @on(Button.Pressed, "#pick-theirs")
    def _pick_theirs(self) -> None:
        if self.draft is not None:
            clients = self.wizard.clients.values()
            self._choose(set(drafts.their_clients(clients, self.draft.person_id)))

    @on(Button.Pressed, "#pick-all")
    def _pick_all(self) -> None:
        self._choose({c.id for c in self.wizard.clients.values() if not c.archived})

    @on(Button.Pressed, "#pick-none")
    def _pick_none(self) -> None:
        self._choose(set())

    @on(Button.Pressed, "#import-clients")
    def _import_clients(self) -> None:
        handoff_app(self).action_import_clients()

    @on(Button.Pressed, "#add-client")
    def add_client(self) -> None:
        """A fresh database has no clients: add one from here (it is chosen at once)."""
        from handoff.tui.screens.client_form import ClientForm

        def saved(client: Client | None) -> None:
            if client is not None:
                self._save_client(client)

        self.app.push_screen(ClientForm(None, self.wizard.people), saved)

    @work(thread=True, group="wizard-client")
    def _save_client(self, client: Client) -> None:
        try:
            added = handoff_app(self).db.run(lambda s: s.add_client(client))
        except Exception as exc:
            self.app.call_from_thread(self.say, f"Client not saved: {exc}", True)
            return
        self.post_message(self.ClientAdded(added))

    def on_clients_step_client_added(self, message: ClientAdded) -> None:
        wizard = self.wizard
        self.selected.add(message.client.id)
        wizard.clients[message.client.id] = message.client
        wizard.clients = dict(sorted(wizard.clients.items(), key=lambda kv: kv[1].name.lower()))
        self._fill()
        self.say(f"Added {message.client.name}")
        wizard.reload_lists()  # a read begun when the form closed may predate the new client
