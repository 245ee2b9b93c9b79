"""A covering colleague's only screen (through `handoff serve`): their clients, and the log.

Left, the clients this colleague covers in finalized or active handoffs; right, what their
packet says about the highlighted one (contacts, how the client likes to be reached, open
items, the script and statement, whom to send questions to) and what was logged so far. Below,
the entry form: channel, outcome, whether the client asked why, what was said, with the risk
checker's warnings as they type. Everything shown comes from `handoff.viewer`, which hands over
only what this colleague may see; saving goes through it too, so the entry is recorded as said
by the signed-in colleague. No other screen of the app is reachable from here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Checkbox, DataTable, Footer, Select, Static, TextArea

from handoff.model import CHANNELS
from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app
from handoff.tui.widgets.log_entry import channel_select, outcome_select, show_warnings

if TYPE_CHECKING:
    from handoff.viewer import CoveredClient, Viewer


class ColleagueScreen(Screen[None]):
    # The app's default screen: Textual loads a default screen's DEFAULT_CSS but not its
    # CSS_PATH, so the stylesheet beside this module is read into DEFAULT_CSS.
    DEFAULT_CSS = Path(__file__).with_name("colleague.tcss").read_text(encoding="utf-8")
    BINDINGS = [
        Binding("l", "write", "Log a contact", id="colleague.write"),
        Binding("ctrl+s", "save", "Save", id="colleague.save"),
        Binding("ctrl+d", "item_done", "Item done", id="colleague.done"),
        Binding("ctrl+r", "reload", "Reload", id="colleague.reload", show=False),
    ]

    class Loaded(Message):
        def __init__(self, who: str, clients: list[CoveredClient], error: str = "") -> None:
            super().__init__()
            self.who = who
            self.clients = clients
            self.error = error

    class Checked(Message):
        def __init__(self, text: str, findings: list[Any], claim_note: str) -> None:
            super().__init__()
            self.text = text
            self.findings = findings
            self.claim_note = claim_note

    class Said(Message):
        def __init__(self, text: str, error: bool, logged: bool = False) -> None:
            super().__init__()
            self.text = text
            self.error = error
            self.logged = logged  # an entry was saved: the form starts afresh

    def __init__(self, viewer: Viewer) -> None:
        super().__init__()
        self.viewer = viewer
        self.clients: list[CoveredClient] = []

    def compose(self) -> ComposeResult:
        yield Static("", id="who")
        with Horizontal(id="body"):
            yield DataTable(id="clients", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="about"):
                yield Static("", id="client")
                yield DataTable(id="items", cursor_type="row")
                yield Static("", id="texts")
        with Vertical(id="entry"):
            with Horizontal(classes="row"):
                yield channel_select()
                yield outcome_select()
                yield Checkbox(Content("Asked why"), id="asked-why", compact=True)
                yield Button("Save", id="save", variant="primary", compact=True)
            said = TextArea(id="said", soft_wrap=True)
            said.border_title = "What you told the client (Ctrl+S saves)"
            yield said
            yield Static("", id="risk")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#clients", DataTable).add_column("Your clients", width=24)
        items = self.query_one("#items", DataTable)
        for label, width in (("Open item", 26), ("Due", 10), ("Status", 7)):
            items.add_column(label, width=width)
        self.load()

    # -- loading ------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="colleague-load")
    def load(self) -> None:
        from handoff.viewer import covered_clients

        try:
            who, clients = handoff_app(self).db.run(
                lambda s: (self.viewer.describe(s), covered_clients(s, self.viewer))
            )
        except Exception as exc:  # shown as one line, never a traceback
            self.post_message(self.Loaded("", [], str(exc)))
            return
        self.post_message(self.Loaded(who, clients))

    def on_colleague_screen_loaded(self, message: Loaded) -> None:
        if message.error:
            self.query_one("#who", Static).update(plain(message.error, "bold red"))
            return
        self.clients = message.clients
        count = len(self.clients)
        self.query_one("#who", Static).update(
            plain(
                f"Signed in as {message.who} · {count} client{'s' if count != 1 else ''} "
                "to look after"
                if count
                else f"Signed in as {message.who} · no clients to look after right now"
            )
        )
        table = self.query_one("#clients", DataTable)
        keep = table.cursor_row
        table.clear()
        for covered in self.clients:
            table.add_row(cell(covered.client["name"]))
        if table.row_count:
            table.move_cursor(row=min(max(keep, 0), table.row_count - 1))
            table.focus()
        self._show()

    def action_write(self) -> None:
        # At once, not through `focus()` (which waits its turn behind the keys already typed):
        # the keys after `l` belong in the entry.
        self.set_focus(self.query_one("#said", TextArea))

    def action_reload(self) -> None:
        self.load()

    def current(self) -> CoveredClient | None:
        table = self.query_one("#clients", DataTable)
        if not self.clients or table.cursor_row >= len(self.clients):
            return None
        return self.clients[max(table.cursor_row, 0)]

    @on(DataTable.RowHighlighted, "#clients")
    def _highlighted(self) -> None:
        self._show()

    def _show(self) -> None:
        covered = self.current()
        about = self.query_one("#client", Static)
        items = self.query_one("#items", DataTable)
        texts = self.query_one("#texts", Static)
        items.clear()
        if covered is None:
            about.update("")
            texts.update("")
            return
        c = covered.client
        lines: list[tuple[str, str] | str] = [
            (c["name"] + (f" ({c['company']})" if c["company"] else ""), "bold"),
            f"\nfor {covered.handoff_title}",
            f"\n{c['preferred_channel']} first · {c['phone'] or 'no phone'} · "
            f"{c['email'] or 'no email'} · {c['language_name']}",
        ]
        if c["availability"]:
            lines.append(f"\nAvailability: {c['availability']}")
        if c["checkin"]:
            lines.append(f"\nCheck-ins: {c['checkin']}")
        if c["notes"]:
            lines.append(f"\nNotes: {c['notes']}")
        about.update(Content.assemble(*lines))
        for item in c["items"]:
            items.add_row(cell(item["title"]), cell(item["due"]), cell(item["status"]))
        parts: list[tuple[str, str] | str] = [
            ("\nScript", "bold"),
            "\n" + c.get("script", ""),
            ("\n\nStatement", "bold"),
            "\n" + c.get("statement", ""),
            ("\n\nSend these questions on", "bold"),
        ]
        for route in covered.escalation:
            person = route["person"]
            contact = " · ".join(x for x in (person["phone"], person["email"]) if x)
            parts.append(f"\n{route['label']}: {person['name'] or 'nobody'} {contact}".rstrip())
        parts.append((f"\n\nLogged ({len(covered.entries)})", "bold"))
        for entry in covered.entries:
            said = " ".join(entry["said"].split())
            parts.append(f"\n{entry['when']} {entry['who']['name']}, {entry['outcome']}: {said}")
        texts.update(Content.assemble(*parts))
        if c["preferred_channel"] in CHANNELS:
            self.query_one("#channel", Select).value = c["preferred_channel"]

    # -- the entry ----------------------------------------------------------------------
    @on(TextArea.Changed, "#said")
    def _said_changed(self) -> None:
        covered = self.current()
        text = self.query_one("#said", TextArea).text
        if covered is not None:
            self._check(text, covered)

    @work(thread=True, exclusive=True, group="colleague-check")
    def _check(self, text: str, covered: CoveredClient) -> None:
        """The contact log's own checks: risky words, and a claim of having had no
        information while the packet held this client's items."""
        from handoff.contact_log import check_said
        from handoff.review import claim_warning

        if not text.strip():
            self.post_message(self.Checked(text, [], ""))
            return
        findings = check_said(text, covered.client["language"], covered.kind)
        note = handoff_app(self).db.run(
            lambda s: claim_warning(s, covered.handoff_id, covered.client_id, text)
        )
        self.post_message(self.Checked(text, findings, note))

    def on_colleague_screen_checked(self, message: Checked) -> None:
        if message.text != self.query_one("#said", TextArea).text:
            return  # a newer check is on its way
        show_warnings(self.query_one("#risk", Static), message.findings, message.claim_note)

    @on(Button.Pressed, "#save")
    def _save_pressed(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        covered = self.current()
        said = self.query_one("#said", TextArea).text
        if covered is None:
            self.notify("You have no client to log a contact for.", markup=False)
            return
        if not said.strip():
            self.notify("Write what you told the client first.", severity="warning", markup=False)
            self.query_one("#said", TextArea).focus()
            return
        self._save(
            covered.handoff_id,
            covered.client_id,
            str(self.query_one("#channel", Select).value),
            str(self.query_one("#outcome", Select).value),
            self.query_one("#asked-why", Checkbox).value,
            said,
        )

    @work(thread=True, group="colleague-save")
    def _save(
        self,
        handoff_id: int,
        client_id: int,
        channel: str,
        outcome: str,
        asked_why: bool,
        said: str,
    ) -> None:
        from handoff.viewer import log_contact

        try:
            handoff_app(self).db.run(
                lambda s: log_contact(
                    s,
                    self.viewer,
                    handoff_id,
                    client_id,
                    channel=channel,
                    said=said,
                    asked_why=asked_why,
                    outcome=outcome,
                )
            )
        except Exception as exc:
            self.post_message(self.Said(f"Not saved: {exc}", error=True))
            return
        self.post_message(self.Said("Saved to the contact log.", error=False, logged=True))

    def on_colleague_screen_said(self, message: Said) -> None:
        self.notify(
            message.text, severity="error" if message.error else "information", markup=False
        )
        if message.logged:
            self.query_one("#said", TextArea).clear()
            self.query_one("#asked-why", Checkbox).value = False
        if not message.error:
            self.load()

    def action_item_done(self) -> None:
        covered = self.current()
        table = self.query_one("#items", DataTable)
        if covered is None or not covered.client["items"] or not table.row_count:
            return
        item = covered.client["items"][max(table.cursor_row, 0)]
        self._done(covered.handoff_id, int(item["id"]), item["title"])

    @work(thread=True, group="colleague-save")
    def _done(self, handoff_id: int, item_id: int, title: str) -> None:
        from handoff.viewer import mark_item_done

        try:
            handoff_app(self).db.run(lambda s: mark_item_done(s, self.viewer, handoff_id, item_id))
        except Exception as exc:
            self.post_message(self.Said(f"Not saved: {exc}", error=True))
            return
        self.post_message(self.Said(f"Done: {title}", error=False))
