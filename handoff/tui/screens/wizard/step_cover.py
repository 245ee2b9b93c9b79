"""Step 4: who covers each client, and who answers what (the escalation routes)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, DataTable, Label, Select, Static

from handoff import draft as drafts
from handoff import lifecycle
from handoff.model import ESCALATION_TOPICS, Handoff, Person
from handoff.tui.safe import cell, plain
from handoff.tui.screens.wizard.step import Step, fill_table, step_css

SHORT_TOPICS = {
    "contract_billing": "Contract, billing",
    "personnel": "Staff, why they left",
    "legal": "Legal, complaints",
}


class CoverStep(VerticalScroll, Step):
    DEFAULT_CSS = step_css(__file__)

    def compose(self) -> ComposeResult:
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

    def _colleagues(self) -> list[Person]:
        """Who may cover or be contacted: at the firm, not the person leaving (the domain's
        rule, `lifecycle.may_help`)."""
        leaving = self.draft.person_id if self.draft else None
        return lifecycle.may_help(self.wizard.people, self.wizard.left, leaving)

    def enter(self, focus: bool = True) -> None:
        draft = self.draft
        assert draft is not None
        drafts.add_routes(draft, self.wizard.default_escalation)
        colleagues = self._colleagues()
        options = [(plain(f"{p.name} ({p.role_label})"), p.id) for p in colleagues]
        cover = self.query_one("#cover-person", Select)
        keep = cover.value
        cover.set_options(options)
        ids = {p.id for p in colleagues}
        if keep in ids:
            cover.value = keep
        elif options:
            ordinary = [p.id for p in colleagues if p.role == "colleague"]
            cover.value = ordinary[0] if ordinary else options[0][1]
        for topic in ESCALATION_TOPICS:
            select = self.query_one(f"#esc-{topic}", Select)
            select.set_options(options)
            chosen = draft.escalation.get(topic)
            if chosen in ids:
                select.value = chosen
        self.query_one("#personal-numbers", Checkbox).value = draft.personal_numbers_allowed
        self._fill_covers()
        if focus:
            self.query_one("#cover-table", DataTable).focus()

    def lists_changed(self) -> None:
        if self.display and self.draft is not None:
            self.enter(focus=False)

    def collect(self, draft: Handoff | None) -> Handoff | None:
        if draft is None:
            return None
        for topic in ESCALATION_TOPICS:
            value = self.query_one(f"#esc-{topic}", Select).value
            if isinstance(value, int):
                draft.escalation[topic] = value
            else:
                draft.escalation.pop(topic, None)
        draft.personal_numbers_allowed = self.query_one("#personal-numbers", Checkbox).value
        return draft

    def _fill_covers(self) -> None:
        draft = self.draft
        assert draft is not None
        table = self.query_one("#cover-table", DataTable)
        rows = []
        for client_id in draft.client_ids:
            client = self.wizard.clients.get(client_id)
            cover = draft.covers.get(client_id)
            rows.append(
                (
                    cell(client.name if client else "?"),
                    cell(client.preferred_channel if client else ""),
                    cell(self.wizard.person_name(cover), "green")
                    if cover
                    else cell("nobody yet", "bold red"),
                )
            )
        fill_table(table, ("Client", "Prefers", "Covered by"), rows)
        covered = sum(1 for c in draft.client_ids if c in draft.covers)
        table.border_title = f"Who covers each client ({covered}/{len(draft.client_ids)})"
        table.border_subtitle = (
            "Enter, or a second click, on a client gives it to the colleague below"
        )

    def _chosen_colleague(self) -> int | None:
        value = self.query_one("#cover-person", Select).value
        if not isinstance(value, int):
            self.say("Choose a colleague in the list first.", error=True)
            return None
        return value

    @on(DataTable.RowSelected, "#cover-table")
    @on(Button.Pressed, "#cover-one")
    def _cover_one(self) -> None:
        draft = self.draft
        assert draft is not None
        colleague = self._chosen_colleague()
        table = self.query_one("#cover-table", DataTable)
        if colleague is None or not table.row_count:
            return
        row = table.cursor_row
        draft.covers[draft.client_ids[row]] = colleague
        self._fill_covers()
        if row + 1 < table.row_count:
            table.move_cursor(row=row + 1)  # ready for the next client

    @on(Button.Pressed, "#cover-rest")
    def _cover_rest(self) -> None:
        draft = self.draft
        assert draft is not None
        colleague = self._chosen_colleague()
        if colleague is None:
            return
        for client_id in draft.client_ids:
            draft.covers.setdefault(client_id, colleague)
        self._fill_covers()
