"""Quick entry for the covering colleague: who called, what was said, how it ended
(docs/design.md: the colleague with no information).

Find the client by typing part of the name (`ClientPicker`: a handoff may have thousands),
pick the channel and the outcome, write what was said (live risk warnings, each on its line,
scrolling when longer than their box, and a warning when it sounds like "no information was
left" while the packet held this client's items), tick whether the client asked why the person
left, save. Below, the handoff's log, filtered as you type. Database work runs in thread workers
that report back with messages; user text is always shown as written (`Content`), never as
markup.

The form is mounted just after the screen's first frame (`_add_form`): styling its thirty-odd
widgets held that frame back by about half a second on a large firm, and the log is what the
person opens the screen for. Until then its place is kept, so nothing moves, and every key that
works on the form waits for it or does what it would do on an empty form. The worker sends the
form its clients before it reads the entries (`ChoicesRead`), so a client can be chosen while
the entries' risk check is still running.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Checkbox, DataTable, Input, Select, Static, TextArea

from handoff.model import CHANNELS
from handoff.store import Store
from handoff.tui.widgets.client_picker import ClientPicker, PickerClient
from handoff.tui.widgets.log_entry import (
    WarningsBox,
    channel_select,
    outcome_select,
    show_warnings,
)
from handoff.tui.widgets.steady_footer import SteadyFooter


@dataclass(frozen=True)
class _Choices:
    title: str
    leaving: str
    kind: str
    clients: list[PickerClient]
    reach: dict[int, tuple[str, str]]  # client id: language, preferred channel
    people: list[tuple[int, str]]
    covers: dict[int, int]


class ContactLogScreen(Screen[None]):
    """The contact log of one handoff: a quick-entry form above the list of entries."""

    # Not CSS_PATH: Textual reads a screen's CSS_PATH the first time the screen opens and then
    # styles every widget of the app again, in the first frame. DEFAULT_CSS is added like any
    # widget's, without that.
    DEFAULT_CSS = Path(__file__).with_name("contact_log.tcss").read_text(encoding="utf-8")
    # No focus until the form is there: `_add_form` then focuses its first field, as Textual
    # would have, unless the person has moved the focus meanwhile (Ctrl+F: the filter).
    AUTO_FOCUS = ""
    BINDINGS = [
        Binding("ctrl+s", "save", "Save entry", id="contact_log.save"),
        Binding("ctrl+n", "new_entry", "New entry", id="contact_log.new"),
        Binding("ctrl+f", "focus_filter", "Filter", id="contact_log.filter"),
        Binding("escape", "close", "Back", id="contact_log.back"),
    ]

    class ChoicesRead(Message):
        """The handoff's clients and people for the form, read before its entries (whose risk
        check may have to start the checker first)."""

        def __init__(self, choices: _Choices) -> None:
            super().__init__()
            self.choices = choices

    class Loaded(Message):
        def __init__(self, choices: _Choices, contacts: list[Any], packet: str) -> None:
            super().__init__()
            self.choices = choices
            self.contacts = contacts
            self.packet = packet

    class Checked(Message):
        """Risk findings and claims for the text being typed."""

        def __init__(self, text: str, findings: list[Any], claim_note: str) -> None:
            super().__init__()
            self.text = text
            self.findings = findings
            self.claim_note = claim_note

    class Saved(Message):
        def __init__(self, entry_id: int, findings: list[Any]) -> None:
            super().__init__()
            self.entry_id = entry_id
            self.findings = findings

    class Failed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self, store: Store, handoff_id: int, client_id: int | None = None) -> None:
        """The log of the handoff; `client_id`: the client the form starts with (a handoff of
        one client starts with that one)."""
        super().__init__()
        self.store = store
        self.handoff_id = handoff_id
        self.client_id = client_id
        self.choices: _Choices | None = None
        self.contacts: list[Any] = []
        self.entries_read = False  # the list holds the handoff's entries
        self.last_saved: int | None = None
        self.form_ready = False  # the entry form is mounted (just after the first frame)
        self._new_entry_asked = False  # Ctrl+N before then: start in "what was said"

    # -- layout -----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(Content("Contact log"), id="log-title")
        yield Vertical(id="entry-form")  # filled by `_add_form` after the first frame
        with Horizontal(classes="row", id="list-bar"):
            yield Static(Content("Entries"), id="count")
            yield Input(placeholder="filter: client, who, words…", id="filter", compact=True)
        yield DataTable(id="entries", cursor_type="row", zebra_stripes=True)
        yield Static(Content(""), id="detail")
        yield SteadyFooter()

    def on_mount(self) -> None:
        table = self.query_one("#entries", DataTable)
        for label, width in (
            ("When", 16),
            ("Client", 18),
            ("Who", 12),
            ("Outcome", 10),
            ("Said", 60),
        ):
            table.add_column(label, width=width)
        # After the first frame: the worker's reading and risk checks would hold it back.
        self.call_after_refresh(self.load)
        self.call_after_refresh(self._add_form)

    async def _add_form(self) -> None:
        if not self.is_attached:
            return  # closed at once (Esc before the form was there)
        await self.query_one("#entry-form", Vertical).mount_all(_entry_fields())
        self.form_ready = True
        if self.choices is not None:
            self._show_choices(self.choices)
        if self.focused is None:
            self.query_one("#said" if self._new_entry_asked else "#client-search").focus()

    # -- loading ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="contact-log-load")
    def load(self) -> None:
        from handoff.contact_log import logged_contacts
        from handoff.queries import client_lines, handoff_name

        try:
            handoff = self.store.handoff(self.handoff_id)
            people = {p.id: p for p in self.store.people()}
            # The picker's few fields of the handoff's clients alone, read without building records.
            found = {c.id: c for c in client_lines(self.store, True, handoff.client_ids)}
            clients = [found[c] for c in handoff.client_ids if c in found]
            choices = _Choices(
                title=handoff_name(handoff, people),
                leaving=people[handoff.person_id].name if handoff.person_id in people else "",
                kind=handoff.kind,
                clients=[PickerClient(c.id, c.name, c.company, c.phone) for c in clients],
                reach={c.id: (c.language, c.preferred_channel) for c in clients},
                people=sorted(
                    ((p.id, p.name) for p in people.values() if p.id != handoff.person_id),
                    key=lambda x: x[1],
                ),
                covers=dict(handoff.covers),
            )
            self.post_message(self.ChoicesRead(choices))
            contacts = logged_contacts(self.store, self.handoff_id)
            latest = self.store.latest_packet(self.handoff_id)
            packet = (
                f"packet v{latest.number}, frozen {latest.created:%Y-%m-%d %H:%M}"
                if latest
                else "no packet finalized yet"
            )
        except Exception as exc:  # shown to the person, never a crash
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Loaded(choices, contacts, packet))

    def on_contact_log_screen_choices_read(self, message: ChoicesRead) -> None:
        if self.choices is None:  # the first reading; a later one comes with its entries
            self.choices = message.choices
            if self.form_ready:
                self._show_choices(message.choices)

    def on_contact_log_screen_loaded(self, message: Loaded) -> None:
        first_load = self.choices is None
        self.choices = message.choices
        self.contacts = message.contacts
        self.query_one("#log-title", Static).update(
            Content.assemble(
                ("Contact log: ", "bold"), message.choices.title, f"  ({message.packet})"
            )
        )
        if first_load and self.form_ready:
            self._show_choices(message.choices)
        self._fill_table()
        self.entries_read = True

    def _show_choices(self, choices: _Choices) -> None:
        """The form's pickers get the handoff's clients and people, once (by whichever of the
        form and the first reading comes last)."""
        client = self.query_one("#client", ClientPicker)
        client.set_clients(choices.clients)
        who = self.query_one("#who", Select)
        who.set_options([(Content(name), pid) for pid, name in choices.people])
        self.query_one("#asked-why", Checkbox).label = Content(
            f"Asked why {choices.leaving or 'they'} left"
        )
        start = self.client_id
        if start is None and len(choices.clients) == 1:
            start = choices.clients[0].id
        if start is not None and client.value is None and not client.search_text:
            client.choose(start)

    def _fill_table(self) -> None:
        table = self.query_one("#entries", DataTable)
        table.clear()
        words = self.query_one("#filter", Input).value.casefold().split()
        shown = 0
        for c in self.contacts:
            e = c.entry
            who = c.who.name if c.who else "?"
            haystack = f"{c.client.name} {who} {e.channel} {e.outcome} {e.said}".casefold()
            if words and not all(w in haystack for w in words):
                continue
            flag = " ⚠" if c.findings else ""
            said = " ".join(e.said.split())
            table.add_row(
                Text(f"{e.when:%Y-%m-%d %H:%M}"),
                Text(c.client.name),
                Text(who),
                Text(e.outcome + flag, style="bold red" if c.findings else ""),
                Text(said[:59] + ("…" if len(said) > 59 else "")),
                key=str(e.id),
            )
            shown += 1
        total = len(self.contacts)
        noun = "entry" if total == 1 else "entries"
        label = f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"
        self.query_one("#count", Static).update(Content(label))
        if self.last_saved is not None and str(self.last_saved) in table.rows:
            table.move_cursor(row=table.get_row_index(str(self.last_saved)))

    @on(DataTable.RowHighlighted, "#entries")
    def _show_entry(self, event: DataTable.RowHighlighted) -> None:
        key = event.row_key.value if event.row_key is not None else None
        contact = next((c for c in self.contacts if str(c.entry.id) == key), None)
        detail = self.query_one("#detail", Static)
        if contact is None:
            detail.update(Content(""))
            return
        e = contact.entry
        parts: list[Content | tuple[str, str] | str] = [
            (f"{e.when:%Y-%m-%d %H:%M} {contact.client.name}", "bold"),
            f" · {contact.who.name if contact.who else '?'} · {e.channel} · {e.outcome}",
            " · asked why" if e.asked_why else "",
            "\n",
            " ".join(e.said.split()),
        ]
        for f in contact.findings:
            parts.append(("\n⚠ " + f"{f.category}: “{f.words}”", "bold red"))
            parts.append(f" say instead: “{f.alternative}”")
        detail.update(Content.assemble(*parts))

    @on(Input.Changed, "#filter")
    def _filter(self) -> None:
        self._fill_table()

    # -- form -------------------------------------------------------------------------------
    @on(ClientPicker.Changed, "#client")
    def _client_chosen(self, event: ClientPicker.Changed) -> None:
        if self.choices is None or event.value is None:
            self._check_text()
            return
        # The covering colleague of this client is the likely speaker; the client's preferred
        # channel the likely channel (docs/design.md: how the client likes to be reached).
        cover = self.choices.covers.get(event.value)
        who = self.query_one("#who", Select)
        if cover is not None and who.is_blank():
            who.value = cover
        _lang, channel = self.choices.reach.get(event.value, ("", ""))
        if channel in CHANNELS:
            self.query_one("#channel", Select).value = channel
        self._check_text()

    @on(ClientPicker.Entered, "#client")
    def _client_entered(self) -> None:
        """Enter on a client moves on to what is still to fill: who spoke when the client has
        no covering colleague to put there, else what was said (channel and outcome keep their
        likely values and stay a Shift+Tab away)."""
        who = self.query_one("#who", Select)
        (who if who.is_blank() else self.query_one("#said", TextArea)).focus()

    @on(TextArea.Changed, "#said")
    def _said_changed(self) -> None:
        self._check_text()

    def _check_text(self) -> None:
        client = self.query_one("#client", ClientPicker).value
        self.check(self.query_one("#said", TextArea).text, client)

    @work(thread=True, exclusive=True, group="contact-log-check")
    def check(self, text: str, client_id: int | None) -> None:
        from handoff.contact_log import check_said
        from handoff.review import claim_warning

        if not text.strip():
            self.post_message(self.Checked(text, [], ""))
            return
        lang = "en"
        kind = self.choices.kind if self.choices else None
        if self.choices and client_id is not None:
            lang = self.choices.reach.get(client_id, ("en", ""))[0]
        try:
            findings = check_said(text, lang, kind)
            note = (
                claim_warning(self.store, self.handoff_id, client_id, text)
                if client_id is not None
                else ""
            )
        except Exception as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Checked(text, findings, note))

    def on_contact_log_screen_checked(self, message: Checked) -> None:
        if message.text != self.query_one("#said", TextArea).text:
            return  # typed on since; a newer check is coming
        risk = self.query_one("#risk", Static)
        show_warnings(risk, message.findings, message.claim_note, every=True)
        self.query_one("#risk-box", WarningsBox).scroll_home(animate=False)

    def action_save(self) -> None:
        if not self.form_ready:
            return  # nothing can have been typed yet
        picker = self.query_one("#client", ClientPicker)
        picker.settle()  # a name typed in full and saved from the field itself
        client = picker.value
        who = self.query_one("#who", Select).value
        fields = {
            "client": str(client) if client is not None else "",
            "who": str(who) if isinstance(who, int) else "",
            "channel": str(self.query_one("#channel", Select).value),
            "outcome": str(self.query_one("#outcome", Select).value),
            "said": self.query_one("#said", TextArea).text,
            "when": self.query_one("#when", Input).value,
            "asked_why": self.query_one("#asked-why", Checkbox).value,
        }
        if not fields["client"]:
            # nothing typed, or a name that matches no client (or several): said in one line,
            # and the field shows the matches, or that there are none
            self.notify(picker.problem, severity="warning", markup=False)
            picker.show_problem()
            return
        if not fields["who"]:
            self.notify("Choose who spoke to the client.", severity="warning", markup=False)
            return
        self.save(fields)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    @work(thread=True, exclusive=True, group="contact-log-save")
    def save(self, fields: dict[str, Any]) -> None:
        from handoff.contact_log import add_entry, check_said
        from handoff.errors import HandoffError

        try:
            entry = add_entry(self.store, self.handoff_id, **fields)
            client = self.store.client(entry.client_id)
            kind = self.choices.kind if self.choices else None
            findings = check_said(entry.said, client.language, kind)
        except HandoffError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Saved(entry.id, findings))

    def on_contact_log_screen_saved(self, message: Saved) -> None:
        self.last_saved = message.entry_id
        note = "Saved."
        if message.findings:
            words = ", ".join(f"“{f.words}”" for f in message.findings)
            note = f"Saved, with risky words: {words}. The return review will list them."
        self.notify(note, severity="warning" if message.findings else "information", markup=False)
        self.action_new_entry()
        self.load()

    def on_contact_log_screen_failed(self, message: Failed) -> None:
        self.notify(message.error, severity="error", markup=False, timeout=8)

    def action_new_entry(self) -> None:
        if not self.form_ready:
            self._new_entry_asked = True
            return
        self.query_one("#said", TextArea).text = ""
        self.query_one("#when", Input).value = ""
        self.query_one("#asked-why", Checkbox).value = False
        self.query_one("#outcome", Select).value = "fine"
        self.query_one("#said", TextArea).focus()

    def action_focus_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_close(self) -> None:
        """Back; an entry typed but not saved is not thrown away without asking."""
        if len(self.app.screen_stack) <= 1:
            return
        if not self.form_ready or not self.query_one("#said", TextArea).text.strip():
            self.dismiss(None)
            return
        from handoff.tui.screens.dialogs import ConfirmDialog

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)
            else:
                self.query_one("#said", TextArea).focus()

        question = Content.assemble(
            ("The entry you typed is not saved.\n", "bold"),
            "Discard it and go back? (Cancel keeps it here; Ctrl+S saves it.)",
        )
        self.app.push_screen(ConfirmDialog(question, "Discard"), answered)


def _entry_fields() -> list[Widget]:
    """The quick-entry form's rows: client, who, channel, outcome; what was said and its
    warnings; when, "asked why", Save."""
    said = TextArea(id="said", soft_wrap=True)
    said.border_title = "What was said (a summary or a quote)"
    return [
        Horizontal(
            ClientPicker(id="client"),
            Select([], prompt="Who", id="who", compact=True),
            channel_select(),
            outcome_select(),
            classes="row",
        ),
        said,
        WarningsBox(Static(Content(""), id="risk"), id="risk-box"),
        Horizontal(
            Input(placeholder="when: YYYY-MM-DD HH:MM", id="when", compact=True),
            Checkbox(Content("Asked why they left"), id="asked-why", compact=True),
            Button("Save", id="save", variant="primary", compact=True),
            classes="row",
        ),
    ]
