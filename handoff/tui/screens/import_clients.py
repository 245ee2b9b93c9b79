"""Import clients from a CSV or vCard file: pick the file, preview the first rows and the column
mapping, change the mapping, then import (all or nothing) with progress, and see what happened.

The file is read and the import runs in thread workers; they report back with messages, and
only the message handlers touch widgets. Every piece of file content is shown as plain text.

Wiring (in the app): `self.push_screen(ImportClientsScreen(self.store), callback)`; the screen
dismisses with the number of clients added. `ImportClientsCommands` offers the same in the
command palette of an app that has a `store` attribute.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    DataTable,
    Footer,
    Header,
    Input,
    Label,
    ProgressBar,
    Select,
    Static,
)

from handoff.errors import HandoffError
from handoff.importing import (
    FIELDS,
    IGNORE,
    PREVIEW_ROWS,
    ImportPlan,
    ImportReport,
    SourceTable,
    apply_plan,
    auto_mapping,
    plan_import,
    read_source,
)
from handoff.model import Person
from handoff.store import Store
from handoff.text import clean_line

NOT_IMPORTED = "-"  # the Select's value for "not imported" (IGNORE is "", which reads as blank)
NOBODY = -1
FIELD_OPTIONS = [("not imported", NOT_IMPORTED)] + [(label, key) for key, label in FIELDS.items()]


class ImportClientsScreen(Screen[int]):
    """Dismisses with the number of clients added (0 when nothing was imported)."""

    CSS_PATH = "import_clients.tcss"
    TITLE = "Import clients"
    BINDINGS = [
        Binding("escape", "leave", "Back", id="import.leave"),
        Binding("ctrl+o", "focus_path", "File", id="import.file"),
        Binding("ctrl+r", "start_import", "Import", id="import.run"),
    ]

    class SourceRead(Message):
        def __init__(self, table: SourceTable, mapping: list[str]) -> None:
            super().__init__()
            self.table = table
            self.mapping = mapping

    class Failed(Message):
        def __init__(self, message: str, plan: ImportPlan | None = None) -> None:
            super().__init__()
            self.message = message
            self.plan = plan

    class Progressed(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    class Imported(Message):
        def __init__(self, report: ImportReport) -> None:
            super().__init__()
            self.report = report

    def __init__(self, store: Store, path: str = "") -> None:
        super().__init__()
        self.store = store
        self.table: SourceTable | None = None
        self.added = 0
        self._initial_path = path

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="import-body"):
            with Horizontal(id="pick"):
                yield Input(
                    self._initial_path,
                    placeholder="path to a .csv or .vcf file",
                    id="path",
                )
                yield Button("Read", id="read", variant="primary")
            yield Static("Choose a CSV (CRM, Google, Outlook export) or vCard file.", id="source")
            yield DataTable(id="preview", cursor_type="none", zebra_stripes=True)
            yield Vertical(id="mapping")
            with Horizontal(id="options"):
                yield Checkbox("Skip bad rows", id="skip-bad")
                yield Select(
                    [("looked after by: nobody", NOBODY)]
                    + [(f"looked after by: {p.name}", p.id) for p in self.store.people()],
                    value=NOBODY,
                    allow_blank=False,
                    id="manager",
                )
                yield Button("Import", id="import", variant="success", disabled=True)
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="report")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#progress", ProgressBar).display = False
        self.query_one("#path", Input).focus()
        if self._initial_path:
            self.read_file(self._initial_path)

    # -- actions --------------------------------------------------------------------------------
    def action_leave(self) -> None:
        self.dismiss(self.added)

    def action_focus_path(self) -> None:
        self.query_one("#path", Input).focus()

    def action_start_import(self) -> None:
        if not self.query_one("#import", Button).disabled:
            self._start_import()

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#read")
    def _read_pressed(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if not path:
            self._say("Type the path of the file to import.")
            return
        self.query_one("#import", Button).disabled = True
        self._say(f"Reading {path} …")
        self.read_file(path)

    @on(Button.Pressed, "#import")
    def _import_pressed(self) -> None:
        self._start_import()

    def _start_import(self) -> None:
        if self.table is None:
            return
        mapping = self.current_mapping()
        manager_id = self.query_one("#manager", Select).value
        manager = None
        if manager_id != NOBODY:
            manager = next((p for p in self.store.people() if p.id == manager_id), None)
        self.query_one("#import", Button).disabled = True
        bar = self.query_one("#progress", ProgressBar)
        bar.update(total=len(self.table.records), progress=0)
        bar.display = True
        self._report("")
        self.run_import(self.table, mapping, self.query_one("#skip-bad", Checkbox).value, manager)

    def current_mapping(self) -> list[str]:
        """The mapping as the Selects show it now."""
        assert self.table is not None
        mapping = auto_mapping(self.table)
        for select in self.query("#mapping Select").results(Select):
            index = int(str(select.id).removeprefix("map-"))
            value = select.value
            mapping[index] = IGNORE if value in (NOT_IMPORTED, Select.NULL) else str(value)
        return mapping

    # -- workers (threads: no widget is touched here) -------------------------------------------
    @work(thread=True, exclusive=True, group="import-read")
    def read_file(self, path: str) -> None:
        try:
            table = read_source(Path(path))
        except HandoffError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.SourceRead(table, auto_mapping(table)))

    @work(thread=True, exclusive=True, group="import-run")
    def run_import(
        self, table: SourceTable, mapping: list[str], skip_bad: bool, manager: Person | None
    ) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progressed(done, total))

        try:
            plan = plan_import(
                self.store, table, mapping, skip_bad=skip_bad, manager=manager, progress=progress
            )
            if plan.problems and not skip_bad:
                self.post_message(self.Failed("Nothing was imported.", plan))
                return
            report = apply_plan(self.store, plan)
        except HandoffError as exc:
            self.post_message(self.Failed(str(exc)))
            return
        self.post_message(self.Imported(report))

    # -- results (on the app's thread) -----------------------------------------------------------
    @on(SourceRead)
    async def _show_source(self, message: SourceRead) -> None:
        table = message.table
        self.table = table
        delimiter = f", {table.delimiter_label}-separated" if table.delimiter else ""
        self._say(
            f"{table.name}: {table.format_label}, {table.encoding_label}{delimiter}, "
            f"{len(table.records)} {'cards' if table.kind == 'vcard' else 'rows'}. "
            "Check the columns below, then Import."
        )
        preview = self.query_one("#preview", DataTable)
        preview.clear(columns=True)
        shown = self._shown_columns(table, message.mapping)
        for index in shown:
            preview.add_column(Text(_cell(table.headers[index] or f"column {index + 1}", 24)))
        for record in table.records[:PREVIEW_ROWS]:
            cells = record.cells + [""] * (len(table.headers) - len(record.cells))
            preview.add_row(*[Text(_cell(cells[i], 24)) for i in shown])
        area = self.query_one("#mapping", Vertical)
        await area.remove_children()
        rows: list[Widget] = []
        for index in shown:
            target = message.mapping[index] or NOT_IMPORTED
            rows.append(
                Horizontal(
                    Label(
                        _cell(table.headers[index] or f"column {index + 1}", 30),
                        markup=False,
                        classes="column-name",
                    ),
                    Select(
                        FIELD_OPTIONS,
                        value=target,
                        allow_blank=False,
                        compact=True,
                        id=f"map-{index}",
                    ),
                    classes="mapping-row",
                )
            )
        hidden = len(table.headers) - len(shown)
        if hidden:
            columns = "column is" if hidden == 1 else "columns are"
            rows.append(Label(f"{hidden} empty {columns} not shown", classes="hint"))
        await area.mount_all(rows)
        self.query_one("#import", Button).disabled = False
        self._report("")

    @staticmethod
    def _shown_columns(table: SourceTable, mapping: list[str]) -> list[int]:
        """Mapped columns and columns with data: an Outlook export has ~90, most empty."""
        sample = table.records[:200]
        return [
            i
            for i in range(len(table.headers))
            if mapping[i] or any(i < len(r.cells) and r.cells[i].strip() for r in sample)
        ]

    @on(Progressed)
    def _show_progress(self, message: Progressed) -> None:
        self.query_one("#progress", ProgressBar).update(total=message.total, progress=message.done)

    @on(Imported)
    def _show_report(self, message: Imported) -> None:
        self.added += len(message.report.added)
        self._report(_report_text(message.report))
        self.query_one("#import", Button).disabled = False
        self.notify(f"Imported {len(message.report.added)} clients", title="Import")

    @on(Failed)
    def _show_failure(self, message: Failed) -> None:
        self.query_one("#progress", ProgressBar).display = False
        if message.plan is not None:
            self._report(_report_text(ImportReport(message.plan, [], written=False)))
            self._say(f"{message.message} Fix the file or the mapping, or tick 'Skip bad rows'.")
        else:
            self._say(message.message)
        self.query_one("#import", Button).disabled = self.table is None

    def _say(self, text: str) -> None:
        self.query_one("#source", Static).update(Text(text))

    def _report(self, text: str) -> None:
        report = self.query_one("#report", Static)
        report.update(Text(text))
        if text:
            self.call_after_refresh(report.scroll_visible)


def _cell(value: str, width: int) -> str:
    value = clean_line(value)
    return value if len(value) <= width else value[: width - 1] + "…"


def _report_text(report: ImportReport) -> str:
    from handoff.render import render
    from handoff.views import import_report_view

    return render("import/report.txt.j2", "txt", **import_report_view(report))


class ImportClientsCommands(Provider):
    """Command palette: "Import clients from a file" opens the import screen."""

    TEXT = "Import clients from a CSV or vCard file"
    HELP = "CRM, Google Contacts, Outlook exports or .vcf; preview and map before importing"

    def _open(self) -> None:
        store = getattr(self.app, "store", None)
        if isinstance(store, Store):
            self.app.push_screen(ImportClientsScreen(store))

    async def discover(self) -> Hits:
        yield DiscoveryHit(self.TEXT, self._open, help=self.HELP)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        score = matcher.match(self.TEXT)
        if score > 0:
            yield Hit(score, matcher.highlight(self.TEXT), self._open, help=self.HELP)
