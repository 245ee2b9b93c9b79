"""The dashboard: every handoff with its status and counts; open, start or print one."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from handoff.tui.safe import cell, plain
from handoff.tui.typed import handoff_app

if TYPE_CHECKING:
    from handoff.queries import HandoffSummary

# Fits 80 columns: name, dates, status, covered/clients, contacted, flagged.
COLUMNS = (
    ("Who · kind", 16),  # 80 columns in all, with the scroll bar's one
    ("Dates", 20),
    ("Status", 16),
    ("Cover", 5),
    ("Called", 6),
    ("Flag", 4),
)
STATUS_STYLE = {"draft": "yellow", "finalized": "green", "active": "bold green", "ended": "dim"}


def dates(starts: date | None, until: date | None) -> str:
    """'02 Nov – 20 Nov 2026' for an absence, '16 Nov 2026' for a termination."""
    if starts and until:
        if starts.year == until.year:
            return f"{starts:%d %b} – {until:%d %b %Y}"
        return f"{starts:%d %b %Y} – {until:%d %b %Y}"
    if starts:
        return f"{starts:%d %b %Y}"
    if until:
        return f"until {until:%d %b %Y}"
    return ""


class DashboardScreen(Screen[None]):
    # The app's default screen: Textual loads a default screen's DEFAULT_CSS but not its
    # CSS_PATH, so the stylesheet beside this module is read into DEFAULT_CSS.
    DEFAULT_CSS = Path(__file__).with_name("dashboard.tcss").read_text(encoding="utf-8")
    BINDINGS = [
        Binding("n", "app.new_handoff", "New", id="dashboard.new", tooltip="Start a handoff"),
        Binding("enter", "open", "Open", id="dashboard.open", show=True),
        Binding("p", "print", "Print", id="dashboard.print"),
        Binding("c", "app.client_book", "Clients", id="dashboard.clients"),
        # Not in the footer (it is full at 80 columns): the hint line below the table says it.
        Binding("f", "app.people", "People", id="dashboard.people", show=False),
        Binding("s", "app.firm", "Firm", id="dashboard.firm", show=False),
        Binding("l", "contact_log", "Log", id="dashboard.log", tooltip="Contact log"),
        Binding("r", "review", "Review", id="dashboard.review", tooltip="Return review"),
        Binding("i", "app.import_clients", "Import", id="dashboard.import", show=False),
        Binding("slash", "filter", "Filter", id="dashboard.filter", show=False),
        Binding("q", "app.quit", "Quit", id="dashboard.quit"),
    ]

    class Loaded(Message):
        def __init__(self, summaries: list[HandoffSummary]) -> None:
            super().__init__()
            self.summaries = summaries

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[HandoffSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="Filter handoffs (/): a name, kind or status", id="filter")
        yield DataTable(id="handoffs", cursor_type="row", zebra_stripes=True)
        yield Static("", id="empty")
        yield Static("", id="changed")  # what changed since the highlighted one was finalized
        yield Static(
            "Enter: open · l: log · r: review · f: people · s: firm · i: import · / filter",
            classes="hint",
        )
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Handoffs"
        table = self.query_one("#handoffs", DataTable)
        for label, width in COLUMNS:
            table.add_column(label, width=width)
        table.focus()

    def on_screen_resume(self) -> None:
        # After the frame is painted: the worker parses the whole file, and while it does
        # the screen could not be drawn.
        self.call_after_refresh(self.reload)

    def reload(self) -> None:
        self._load()

    @work(thread=True, exclusive=True, group="dashboard-load")
    def _load(self) -> None:
        # The first read of the database happens here, after the first frame: a file that
        # cannot be used (damaged, newer, a record that does not read) ends the app with the
        # same one-line answer the command line gives, never a traceback.
        from handoff import queries

        try:
            summaries = handoff_app(self).db.run(queries.handoff_summaries)
        except Exception as exc:
            handoff_app(self).call_from_thread(handoff_app(self).fail, exc)
            return
        self.post_message(self.Loaded(summaries))

    def on_dashboard_screen_loaded(self, message: Loaded) -> None:
        self.summaries = message.summaries
        self._fill()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one("#handoffs", DataTable).focus()

    def _fill(self) -> None:
        table = self.query_one("#handoffs", DataTable)
        words = self.query_one("#filter", Input).value.lower().split()
        keep = table.cursor_row
        table.clear()
        for s in self.summaries:
            haystack = f"{s.name} {s.kind} {s.status_label}".lower()
            if not all(w in haystack for w in words):
                continue
            if s.changes:  # the status, then "changed since v1", on the row's two lines
                label = f"{s.status} v{s.packet_version}\nchanged since v{s.packet_version}"
                status = cell(label, "bold yellow")
            else:
                status = cell(s.status_label, STATUS_STYLE.get(s.status, ""))
            table.add_row(
                cell(f"{s.person}\n{s.kind}"),
                cell(dates(s.starts, s.until)),
                status,
                cell(f"{s.covered}/{s.clients}"),
                cell(s.contacted),
                cell(s.flagged, "bold red" if s.flagged else ""),
                key=str(s.id),
                height=2,  # who on one line, the kind below: fits 80 columns
            )
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        empty = self.query_one("#empty", Static)
        if not self.summaries:
            empty.update(plain("No handoffs yet. Press n to start one (someone is leaving)."))
        elif not table.row_count:
            empty.update(plain("No handoff matches the filter."))
        else:
            empty.update("")
        empty.display = not table.row_count

    @on(DataTable.RowHighlighted, "#handoffs")
    def _show_changes(self) -> None:
        """Under the table: what changed since the highlighted handoff was finalized."""
        chosen = self.selected_id()
        found = next((s for s in self.summaries if s.id == chosen), None)
        changed = self.query_one("#changed", Static)
        changed.display = bool(found and found.changes)
        if found and found.changes:
            n = found.packet_version or 1
            shown = ", ".join(found.changes[:4])
            more = f" and {len(found.changes) - 4} more" if len(found.changes) > 4 else ""
            changed.update(
                plain(f"Changed since v{n}: {shown}{more}. Open it and finalize v{n + 1} (Ctrl+F).")
            )

    def selected_id(self) -> int | None:
        table = self.query_one("#handoffs", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return int(key.value) if key.value is not None else None

    @on(DataTable.RowSelected, "#handoffs")
    def _row_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        handoff_id = self.selected_id()
        if handoff_id is not None:
            handoff_app(self).open_handoff(handoff_id)

    def action_print(self) -> None:
        handoff_id = self.selected_id()
        if handoff_id is None:
            self.notify("Choose a handoff to print first.", markup=False)
            return
        handoff_app(self).print_handoff(handoff_id)

    def action_contact_log(self) -> None:
        handoff_id = self.selected_id()
        if handoff_id is not None:
            handoff_app(self).open_contact_log(handoff_id)

    def action_review(self) -> None:
        handoff_id = self.selected_id()
        if handoff_id is not None:
            handoff_app(self).open_review(handoff_id)

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()
