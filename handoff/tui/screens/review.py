"""The return review: which clients to call and why, the evidence, and the printable report.

The first tab is the action list in the order of docs/design.md's *the colleague with no
information*; the second lists every client with its findings, and the highlighted client's
evidence (claims beside the packet version, risky words, the log, overdue items) below. `p`
saves the report as HTML, Markdown or text. Database work and rendering run in thread workers;
user text is shown as written (`Content`), never as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    DataTable,
    Footer,
    Input,
    Static,
    TabbedContent,
    TabPane,
)

from handoff.store import Store

_SERIOUS = ("lost account", "claim contradicts the packet", "risky words logged")
_FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".txt": "txt"}


class SaveReportDialog(ModalScreen[Path | None]):
    """Ask where to save the report; the extension picks the format."""

    CSS_PATH = "review.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="review.save.cancel")]

    def __init__(self, suggested: str) -> None:
        super().__init__()
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog"):
            yield Static(
                Content("Save the return review as (.html, .md or .txt):"), id="save-question"
            )
            yield Input(value=self.suggested, id="save-path")
            yield Static(Content(""), id="save-error")
            with Horizontal(id="save-buttons"):
                yield Button("Save", id="save-ok", variant="primary")
                yield Button("Cancel", id="save-cancel")

    def on_mount(self) -> None:
        self.query_one("#save-path", Input).focus()

    @on(Input.Submitted, "#save-path")
    @on(Button.Pressed, "#save-ok")
    def _ok(self) -> None:
        value = self.query_one("#save-path", Input).value.strip()
        path = Path(value).expanduser()
        if not value or path.suffix.lower() not in _FORMATS:
            self.query_one("#save-error", Static).update(
                Content("Give a file name ending in .html, .md or .txt.")
            )
            return
        self.dismiss(path)

    @on(Button.Pressed, "#save-cancel")
    def _cancel(self) -> None:
        self.dismiss(None)


class ConfirmEndDialog(ModalScreen[bool]):
    """Ending a handoff hands the clients back (or, for a termination, reassigns them for good)."""

    CSS_PATH = "review.tcss"
    BINDINGS = [Binding("escape", "dismiss(False)", "Cancel", id="review.end.cancel")]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="save-dialog"):
            yield Static(Content(self.question), id="end-question")
            with Horizontal(id="save-buttons"):
                yield Button("End it", id="end-ok", variant="warning")
                yield Button("Cancel", id="end-cancel")

    def on_mount(self) -> None:
        self.query_one("#end-cancel", Button).focus()

    @on(Button.Pressed, "#end-ok")
    def _ok(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#end-cancel")
    def _cancel(self) -> None:
        self.dismiss(False)


class ReviewScreen(Screen[None]):
    """The return review of one handoff."""

    CSS_PATH = "review.tcss"
    BINDINGS = [
        Binding("a", "show_tab('actions')", "What to do", id="review.actions"),
        Binding("c", "show_tab('clients')", "Clients", id="review.clients"),
        Binding("p", "save_report", "Print report", id="review.print"),
        Binding("e", "end_coverage", "End coverage", id="review.end"),
        Binding("r", "reload", "Refresh", id="review.refresh"),
        Binding("escape", "close", "Back", id="review.back"),
    ]

    class Loaded(Message):
        def __init__(self, view: dict[str, Any]) -> None:
            super().__init__()
            self.view = view

    class Saved(Message):
        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Failed(Message):
        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    class Ended(Message):
        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, store: Store, handoff_id: int) -> None:
        super().__init__()
        self.store = store
        self.handoff_id = handoff_id
        self.view: dict[str, Any] | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content("Return review: loading…"), id="review-summary")
        with TabbedContent(initial="actions", id="review-tabs"):
            with TabPane("What to do", id="actions"), VerticalScroll(id="actions-scroll"):
                yield Static(Content(""), id="actions-text")
            with TabPane("Clients", id="clients"):
                yield DataTable(id="review-clients", cursor_type="row", zebra_stripes=True)
                with VerticalScroll(id="client-scroll"):
                    yield Static(Content(""), id="client-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#review-clients", DataTable)
        table.add_column("Client", width=26)
        table.add_column("Findings", width=60)
        self.load()

    # -- loading ----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="review-load")
    def load(self) -> None:
        from handoff.review import build_review
        from handoff.review_report import review_view

        try:
            view = review_view(build_review(self.store, self.handoff_id))
        except Exception as exc:  # shown to the person, never a crash
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Loaded(view))

    def on_review_screen_loaded(self, message: Loaded) -> None:
        self.view = view = message.view
        h, s, p = view["handoff"], view["summary"], view["packet"]
        packet = (
            f"packet v{p['number']} of {p['created'][:10]}"
            + ("" if p["intact"] else " (NO LONGER MATCHES ITS HASH)")
            if p
            else "no packet was frozen"
        )

        def count(n: int, one: str, many: str) -> str:
            return f"{n} {one if n == 1 else many}"

        self.query_one("#review-summary", Static).update(
            Content.assemble(
                ("Return review: ", "bold"),
                (h["name"], "bold"),
                f" · {h['status']} · {packet}\n",
                " · ".join(
                    [count(s["clients"], "client", "clients")]
                    + [
                        text
                        for n, text in (
                            (s["not_contacted"], f"{s['not_contacted']} not contacted"),
                            (
                                s["contradicting_claims"],
                                count(
                                    s["contradicting_claims"], "claim vs packet", "claims vs packet"
                                ),
                            ),
                            (s["risky"], f"{s['risky']} risky"),
                            (s["complaints"], count(s["complaints"], "complaint", "complaints")),
                            (s["lost"], f"{s['lost']} lost"),
                            (s["overdue"], f"{s['overdue']} overdue"),
                        )
                        if n
                    ]
                ),
            )
        )
        blocks: list[RenderableType] = []
        for action in view["actions"]:
            blocks.append(Text(f"{action['step']}. {action['title']}", style="bold"))
            # A wrapped line keeps its indent: the bullet in one column, the words in the next.
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(width=4, justify="right", no_wrap=True)
            bullets.add_column(ratio=1)
            for line in action["lines"]:
                bullets.add_row(Text("•"), Text(line))
            blocks += [bullets, Text("")]
        self.query_one("#actions-text", Static).update(Group(*blocks))

        table = self.query_one("#review-clients", DataTable)
        table.clear()
        for c in view["clients"]:
            serious = any(f in _SERIOUS for f in c["findings"])
            name = c["name"] + (" ★" if c["key_account"] else "")
            findings = ", ".join(c["findings"]) or "nothing to follow up"
            table.add_row(
                Text(name),
                Text(findings, style="bold red" if serious else ""),
                key=str(c["id"]),
            )
        if view["clients"]:
            self._show_client(str(view["clients"][0]["id"]))

    @on(DataTable.RowHighlighted, "#review-clients")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key is not None and event.row_key.value is not None:
            self._show_client(event.row_key.value)

    def _show_client(self, key: str) -> None:
        if self.view is None:
            return
        c = next((c for c in self.view["clients"] if str(c["id"]) == key), None)
        if c is None:
            return
        leaving = self.view["handoff"]["person"]["name"]
        parts: list[Content | tuple[str, str] | str] = [
            (c["display_name"], "bold"),
            " (key account)" if c["key_account"] else "",
            f"\nCovered by {c['cover']['name'] or 'nobody'} · reach: {c['preferred_channel']}",
            f" {c['phone']}" if c["phone"] else "",
            f" {c['email']}" if c["email"] else "",
            "\n",
        ]
        for claim in c["claims"]:
            parts.append(
                (f"\n{claim['when']} {claim['who']['name']} said “{claim['said']}”", "bold red")
            )
            proof = claim["packet"]
            if proof is None:
                parts.append("\n  No packet version had been frozen by then.")
            elif claim["contradicts"]:
                parts.append(
                    f"\n  But packet v{proof['number']} (frozen {proof['created']}, "
                    f"SHA-256 {proof['sha256']}) held:"
                )
                for item in proof["items"]:
                    subject = item["title"] in proof["mentioned"]
                    mark = "  ← the subject of the call" if subject else ""
                    parts.append(f"\n   - {item['title']} ({item['status']}){mark}")
                if proof["had_notes"]:
                    parts.append("\n   - notes on this client")
            else:
                parts.append(
                    f"\n  Packet v{proof['number']} held nothing for this client: "
                    "the claim may be true."
                )
        for item in c["overdue"]:
            parts.append(f"\nOverdue since {item['due']}: {item['title']}")
            if item["next_step"]:
                parts.append(f" (next: {item['next_step']})")
        parts.append(("\n\nContact log", "bold"))
        if not c["contacts"]:
            parts.append("\nNo contact recorded while they were away.")
        for e in c["contacts"]:
            asked = f" · asked why {leaving} left" if e["asked_why"] else ""
            parts.append(
                f"\n{e['when']} {e['who']['name']} · {e['channel']} · {e['outcome']}{asked}\n"
                f"  “{' '.join(e['said'].split())}”"
            )
            for f in e["findings"]:
                parts.append((f"\n  ⚠ {f['category']}: “{f['words']}”", "bold red"))
                parts.append(f" say instead: “{f['alternative']}”")
        self.query_one("#client-detail", Static).update(Content.assemble(*parts))

    def on_review_screen_failed(self, message: Failed) -> None:
        self.notify(message.error, severity="error", markup=False, timeout=8)

    # -- actions ----------------------------------------------------------------------------
    def action_show_tab(self, tab: str) -> None:
        self.query_one("#review-tabs", TabbedContent).active = tab
        if tab == "clients":
            self.query_one("#review-clients", DataTable).focus()

    def action_reload(self) -> None:
        self.load()

    def action_close(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.dismiss(None)

    def action_save_report(self) -> None:
        suggested = f"review-{self.handoff_id}.html"
        self.app.push_screen(SaveReportDialog(suggested), self._save_to)

    def _save_to(self, path: Path | None) -> None:
        if path is not None:
            self.save_report(path)

    @work(thread=True, exclusive=True, group="review-save")
    def save_report(self, path: Path) -> None:
        from handoff.errors import HandoffError
        from handoff.paths import output_path
        from handoff.review_report import render_review
        from handoff.storage import atomic_write_bytes

        try:
            target = output_path(path, self.store.path, what="file", stdout=False)
            assert target is not None
            text = render_review(self.store, self.handoff_id, _FORMATS[path.suffix.lower()])
            atomic_write_bytes(target, text.encode("utf-8"))
        except HandoffError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Saved(path.resolve()))

    def on_review_screen_saved(self, message: Saved) -> None:
        self.notify(f"Saved the review to {message.path}", markup=False)

    def action_end_coverage(self) -> None:
        if self.view is None:
            return
        h = self.view["handoff"]
        if h["ended"]:
            self.notify(f"This handoff ended on {h['ended']}.", markup=False)
            return
        from handoff import clock, coverage
        from handoff.errors import HandoffError

        try:  # the same rules as `handoff end`: a draft is refused, an early end is asked
            handoff = self.store.handoff(self.handoff_id)
            coverage.check_can_end(self.store, handoff)
            early = coverage.early_question(
                handoff, self.store.person(handoff.person_id), clock.today()
            )
        except HandoffError as exc:
            self.notify(f"Not ended: {exc}", severity="error", markup=False, timeout=10)
            return
        leaving = h["person"]["name"]
        if early is not None:
            question = early[0].upper() + early[1:]
        elif h["temporary"]:
            question = (
                f"End the coverage? The clients go back to {leaving}; this review is the hand-back."
            )
        else:
            question = (
                "End the termination's coverage? Each client keeps their new contact for good."
            )
        self.app.push_screen(ConfirmEndDialog(question), self._end_confirmed)

    def _end_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.end_coverage()

    @work(thread=True, exclusive=True, group="review-end")
    def end_coverage(self) -> None:
        from handoff.coverage import end_handoff
        from handoff.errors import HandoffError

        try:
            ended = end_handoff(self.store, self.handoff_id, early=True)  # confirmed
        except HandoffError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        if ended.returned_to is not None:
            text = f"Ended: the clients are back with {ended.returned_to.name}."
        else:
            text = f"Ended: {len(ended.reassigned)} clients stay with their new contacts."
        self.post_message(self.Ended(text))

    def on_review_screen_ended(self, message: Ended) -> None:
        self.notify(message.text, markup=False)
        self.load()
