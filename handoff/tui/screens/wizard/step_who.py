"""Step 1: who is leaving, the kind, the dates and the private reason."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from handoff import draft as drafts
from handoff.errors import ValidationError
from handoff.model import KINDS, Handoff, Person, parse_date
from handoff.tui.safe import plain
from handoff.tui.screens.wizard.step import Step, step_css
from handoff.tui.typed import handoff_app

KIND_LABELS = {
    "vacation": "vacation (back on a return date)",
    "leave": "leave (any other temporary absence)",
    "termination": "termination (leaving for good)",
}


class WhoStep(VerticalScroll, Step):
    DEFAULT_CSS = step_css(__file__)

    class PersonAdded(Message):
        def __init__(self, person: Person | None, error: str | None) -> None:
            super().__init__()
            self.person = person
            self.error = error

    def compose(self) -> ComposeResult:
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

    def lists_changed(self) -> None:
        select = self.query_one("#person", Select)
        keep = select.value
        people = self.wizard.people
        select.set_options([(plain(f"{p.name} ({p.role_label})"), p.id) for p in people])
        if isinstance(keep, int) and any(p.id == keep for p in people):
            select.value = keep

    def load(self, draft: Handoff) -> None:
        self.query_one("#person", Select).value = draft.person_id
        self.query_one("#kind", Select).value = draft.kind
        self.query_one("#starts", Input).value = draft.starts.isoformat() if draft.starts else ""
        self.query_one("#until", Input).value = draft.until.isoformat() if draft.until else ""
        self.query_one("#reason", TextArea).load_text(draft.private_reason)
        self._kind_changed(draft.kind)

    def enter(self, focus: bool = True) -> None:
        if focus:
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

    def collect(self, draft: Handoff | None) -> Handoff | None:
        person_id = self.query_one("#person", Select).value
        kind = self.query_one("#kind", Select).value
        if not isinstance(person_id, int):
            raise ValidationError("Choose who is leaving.")
        if kind == Select.NULL:
            raise ValidationError("Choose the kind: vacation, leave or termination.")
        starts = parse_date(self.query_one("#starts", Input).value, "first day / effective date")
        until = parse_date(self.query_one("#until", Input).value, "return date")
        reason = self.query_one("#reason", TextArea).text
        wizard = self.wizard
        if draft is None:
            theirs = drafts.their_clients(wizard.clients.values(), person_id)
            draft = drafts.start(
                person_id, str(kind), starts, until, reason, theirs, wizard.default_escalation
            )
        else:
            draft = drafts.set_who(draft, person_id, str(kind), starts, until, reason)
        wizard.title = "Handoff: " + wizard.person_name(person_id)
        return draft

    # -- someone missing from the list ------------------------------------------------------
    @on(Button.Pressed, "#add-person")
    def add_person(self) -> None:
        """A fresh database has nobody: add the people at the firm from here."""
        from handoff.tui.screens.person_form import PersonForm

        def saved(person: Person | None) -> None:
            if person is not None:
                self._save_person(person)

        self.app.push_screen(PersonForm(None, self.wizard.people), saved)

    @work(thread=True, group="wizard-person")
    def _save_person(self, person: Person) -> None:
        from handoff.people import save_person

        try:
            added, _ = handoff_app(self).db.run(lambda s: save_person(s, person))
        except Exception as exc:
            self.post_message(self.PersonAdded(None, str(exc)))
            return
        self.post_message(self.PersonAdded(added, None))

    def on_who_step_person_added(self, message: PersonAdded) -> None:
        if message.error or message.person is None:
            self.say(f"Not saved: {message.error}", error=True)
            return
        self.wizard.person_added(message.person)
