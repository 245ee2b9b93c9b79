"""People at the firm: who they are, their role and how clients reach them; add or correct one.

A packet prints the phone and email of the people clients are sent to (the covering colleague,
the boss for billing, HR), so a wrong number is corrected here before it is printed. People are
never deleted: handoffs and the contact log keep pointing at them.
"""

from __future__ import annotations

from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from handoff.errors import Conflict
from handoff.model import Person
from handoff.store import SaveHow
from handoff.tui.conflict import ask
from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app

# Name as wide as the longest (up to 24), role and phone fixed, email takes the rest.
FIXED = (("Role", 13), ("Phone", 16))


class PeopleScreen(Screen[None]):
    CSS_PATH = "people.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", id="people.back"),
        Binding("a", "add", "Add", id="people.add"),
        Binding("e", "edit", "Edit", id="people.edit"),
        Binding("enter", "edit", "Edit", id="people.open", show=False),
        Binding("slash", "filter", "Filter", id="people.filter"),
    ]

    class Loaded(Message):
        def __init__(self, people: list[Person]) -> None:
            super().__init__()
            self.people = people

    class Saved(Message):
        def __init__(self, text: str, error: bool) -> None:
            super().__init__()
            self.text = text
            self.error = error

    def __init__(self) -> None:
        super().__init__()
        self.people: list[Person] = []
        self._shown: list[Person] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter (/): name, role, phone, email", id="filter")
        yield DataTable(id="people", cursor_type="row", zebra_stripes=True)
        yield Static("", id="count", classes="hint")
        yield Static("", id="said", classes="hint")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "People at the firm"
        self.query_one("#people", DataTable).focus()

    def on_resize(self) -> None:
        self._fill()

    def _columns(self, table: DataTable[Any]) -> None:
        name = min(24, max([4, *(cell(p.name).cell_len for p in self.people)]))
        # each column has one cell of padding either side; leave room for the scroll bar
        email = max(12, self.size.width - sum(w + 2 for _, w in FIXED) - (name + 2) - 2 - 2)
        table.clear(columns=True)
        for label, width in (("Name", name), *FIXED, ("Email", email)):
            table.add_column(label, width=width)

    def on_screen_resume(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="people-load")
    def _load(self) -> None:
        people = handoff_app(self).db.run(lambda s: s.people())
        self.post_message(self.Loaded(sorted(people, key=lambda p: p.name.casefold())))

    def on_people_screen_loaded(self, message: Loaded) -> None:
        self.people = message.people
        self._fill()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#people", DataTable).focus()

    def _fill(self) -> None:
        table = self.query_one("#people", DataTable)
        words = self.query_one("#filter", Input).value.casefold().split()
        keep = table.cursor_row
        self._columns(table)
        self._shown = []
        for p in self.people:
            haystack = f"{p.name} {p.role} {p.role_label} {p.phone} {p.email}".casefold()
            if all(w in haystack for w in words):
                self._shown.append(p)
                table.add_row(cell(p.name), cell(p.role_label), cell(p.phone), cell(p.email))
        if table.row_count:
            table.move_cursor(row=min(max(keep, 0), table.row_count - 1))
        if not self.people:
            text = "Nobody yet. Press a to add the people at the firm."
        elif len(self._shown) != len(self.people):
            text = f"{len(self._shown)} of {len(self.people)} people · a: add · e or Enter: edit"
        else:
            text = f"{len(self.people)} people · a: add · e or Enter: edit"
        self.query_one("#count", Static).update(plain(text))

    def selected(self) -> Person | None:
        table = self.query_one("#people", DataTable)
        if not table.row_count or table.cursor_row >= len(self._shown):
            return None
        return self._shown[table.cursor_row]

    @on(DataTable.RowSelected, "#people")
    def _row_selected(self) -> None:
        self.action_edit()

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_add(self) -> None:
        self._open_form(None)

    def action_edit(self) -> None:
        person = self.selected()
        if person is not None:
            self._open_form(person)

    def _open_form(self, person: Person | None) -> None:
        from handoff.tui.screens.person_form import PersonForm

        def done(filled: Person | None) -> None:
            if filled is not None:
                self._save(filled, person)

        self.app.push_screen(PersonForm(person, self.people), done)

    @work(thread=True, group="people-save")
    def _save(self, person: Person, before: Person | None, how: SaveHow = "check") -> None:
        """Add `person`, or save what changed since the form opened `before` (a person saved
        elsewhere meanwhile is a `Conflict`: the owner is asked what to keep)."""
        from handoff.people import save_person

        try:
            _, text = handoff_app(self).db.run(lambda s: save_person(s, person, before, how))
        except Conflict as conflict:
            assert before is not None

            def retry(again: SaveHow) -> None:
                self._save(person, before, again)

            self.app.call_from_thread(ask, self.app, "person", conflict, before, person, retry)
            return
        except Exception as exc:  # the form checked the fields; a race or a disk error remains
            self.post_message(self.Saved(f"Not saved: {exc}", error=True))
            return
        self.post_message(self.Saved(text, error=False))

    def on_people_screen_saved(self, message: Saved) -> None:
        # Said on the screen (and kept there), so the change can be read back at leisure.
        self.query_one("#said", Static).update(
            plain(message.text, "bold red" if message.error else "")
        )
        if message.error:
            self.notify(message.text, title="Not saved", severity="error", markup=False)
        self._load()
