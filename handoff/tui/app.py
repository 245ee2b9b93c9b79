"""The Textual app: screens, app-wide key bindings, the command palette, printing."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.events import DescendantFocus
from textual.geometry import Offset
from textual.message import Message
from textual.screen import Screen

from handoff.tui.data import Database
from handoff.tui.screens.dashboard import DashboardScreen

# Only what the first frame needs is imported here; the rest (the store and model included)
# is imported when first used, after the dashboard is on screen.
if TYPE_CHECKING:
    from handoff.model import Person
    from handoff.store import Store
    from handoff.tui.screens.print_dialog import PrintedHandoff, PrintRequest
    from handoff.viewer import Viewer

DARK, LIGHT = "textual-dark", "textual-light"


def _handoff_commands() -> type[Provider]:
    """The palette's provider, imported when the palette first opens."""
    from handoff.tui.commands import HandoffCommands

    return HandoffCommands


class HandoffApp(App[None]):
    """Dashboard, client book and the handoff wizard over one database."""

    TITLE = "handoff"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_handoff_commands}
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help", id="app.help"),
        # Not in the footers (full at 80 columns); the help screen names it.
        Binding("ctrl+t", "toggle_theme", "Light/dark", id="app.theme", show=False),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True, show=False),
    ]

    class Printed(Message):
        def __init__(self, output: Path | None, error: str | None) -> None:
            super().__init__()
            self.output = output
            self.error = error

    def __init__(
        self, store: Store | Path, demo: bool = False, viewer: Viewer | None = None
    ) -> None:
        """`store`: an open store, or the database's path (then the store is opened on first
        use, after the first frame, and a damaged file is reported by `fail`).

        `viewer`: a covering colleague signed in through `handoff serve`; they get their own
        screen and nothing else (no dashboard, no palette commands, no owner's screens)."""
        super().__init__()
        self.viewer = viewer if viewer is not None and not viewer.is_owner else None
        if self.viewer is not None:
            self.COMMANDS = set()  # type: ignore[misc]
        self._store = None if isinstance(store, Path) else store
        self._opening = threading.Lock()
        self._path = store if isinstance(store, Path) else store.path
        self.db = Database(lambda: self.store)
        self.demo = demo
        self.sub_title = str(self._path) + (" (demo: a scratch copy)" if demo else "")
        if self.viewer is not None:
            self.sub_title = ""
        self.failure: Exception | None = None
        self.print_folder: Path | None = None  # the last folder printed to (this session)
        self.last_printed: Path | None = None

    @property
    def store(self) -> Store:
        """The one store of the app (opened on first use, by whichever thread comes first)."""
        with self._opening:
            if self._store is None:
                from handoff.store import Store

                self._store = Store(self._path, check_now=False)
            return self._store

    # What a signed-in colleague may do in the app; every other action (the owner's screens,
    # printing, the wizard) is refused even if something asked for it.
    COLLEAGUE_ACTIONS = frozenset({"help", "toggle_theme", "quit", "command_palette"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.viewer is not None and action not in self.COLLEAGUE_ACTIONS:
            return False
        return super().check_action(action, parameters)

    def get_default_screen(self) -> Screen[None]:
        if self.viewer is not None:
            from handoff.tui.screens.colleague import ColleagueScreen

            return ColleagueScreen(self.viewer)
        return DashboardScreen()

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame_painted)

    def _first_frame_painted(self) -> None:
        # `handoff` turns the garbage collector off while it starts (see `open_app`): the
        # objects made so far live as long as the app, so they are frozen out of its scans.
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The terminal's cursor follows the focus (a screen reader or magnifier follows the
        cursor; so can a test driving a real terminal). Text fields place it themselves."""
        self.call_after_refresh(self._cursor_to_focus)  # once the layout has placed it

    def _cursor_to_focus(self) -> None:
        from textual.widgets import Input, TextArea

        widget = self.focused
        if widget is None or isinstance(widget, Input | TextArea):
            return
        region = widget.content_region
        self.cursor_position = Offset(region.x, region.y)
        widget.refresh()  # the cursor moves with the next update of the screen

    def fail(self, error: Exception) -> None:
        """Close the app because the database cannot be used; the command line reports
        `error` on one line (see `handoff.commands.core.open_app` and `handoff.cli.run`)."""
        self.failure = error
        self.exit(return_code=2)

    def _handle_exception(self, error: Exception) -> None:
        """An error nobody foresaw closes the app with the command line's usual one line; the
        errors log gets a traceback without messages or local variables. (Textual's own
        handler prints a traceback whose local variables can show private notes.)"""
        from handoff.errorlog import unexpected

        if self.failure is None:
            # a worker's error arrives wrapped in Textual's WorkerFailed: name the real one
            cause = (
                getattr(error, "error", None) if type(error).__name__ == "WorkerFailed" else None
            )
            self.failure = unexpected(
                cause if isinstance(cause, Exception) else error, " in the app"
            )
        self._return_code = 2
        if self._exception is None:  # what `run_test` re-raises for a test to see
            self._exception = error
            self._exception_event.set()
        self._close_messages_no_wait()

    def _fatal_error(self) -> None:
        # Textual renders `rich.traceback.Traceback(show_locals=True)` here, which would put
        # every frame's local variables (a client's private notes among them) on the screen.
        # Nothing is shown: `handoff` reports `failure` on one line once the app has closed.
        self.bell()
        self._close_messages_no_wait()

    # -- navigation ---------------------------------------------------------------------
    def action_new_handoff(self) -> None:
        from handoff.tui.screens.wizard import WizardScreen

        self.push_screen(WizardScreen(None))

    def open_handoff(self, handoff_id: int) -> None:
        from handoff.tui.screens.wizard import WizardScreen

        self.push_screen(WizardScreen(handoff_id))

    def action_open_handoff(self, handoff_id: int) -> None:
        self.open_handoff(handoff_id)

    def open_contact_log(self, handoff_id: int) -> None:
        """The covering colleague's contact log for one handoff (a screen of its own)."""
        from handoff.tui.screens.contact_log import ContactLogScreen

        self.push_screen(ContactLogScreen(self.store, handoff_id))

    def open_review(self, handoff_id: int) -> None:
        """The return review: the packet beside the log, and the calls to make."""
        from handoff.tui.screens.review import ReviewScreen

        self.push_screen(ReviewScreen(self.store, handoff_id))

    def action_import_clients(self) -> None:
        from handoff.tui.screens.import_clients import ImportClientsScreen

        def done(added: int | None) -> None:
            if added:
                self.notify(f"Imported {added} clients.", markup=False)

        self.push_screen(ImportClientsScreen(self.store), done)

    def action_add_person(self) -> None:
        """Add someone at the firm (the wizard's own button refreshes its lists too)."""
        from handoff.tui.screens.person_form import PersonForm
        from handoff.tui.screens.wizard import WizardScreen

        if isinstance(self.screen, WizardScreen):
            self.screen.action_add_person()
            return

        def saved(person: Person | None) -> None:
            if person is not None:
                self._add_person(person)

        self.push_screen(PersonForm(), saved)  # a name already taken is refused when saving

    class Said(Message):
        """A worker's one-line outcome, shown as a notification."""

        def __init__(self, text: str, error: bool = False) -> None:
            super().__init__()
            self.text = text
            self.error = error

    @work(thread=True, group="add-person")
    def _add_person(self, person: Person) -> None:
        from handoff.people import save_person

        try:
            _, text = self.db.run(lambda s: save_person(s, person))
        except Exception as exc:
            self.post_message(self.Said(f"Not saved: {exc}", error=True))
            return
        self.post_message(self.Said(text))

    def on_handoff_app_said(self, message: Said) -> None:
        self.notify(
            message.text, severity="error" if message.error else "information", markup=False
        )

    def action_people(self) -> None:
        from handoff.tui.screens.people import PeopleScreen

        if not isinstance(self.screen, PeopleScreen):
            self.push_screen(PeopleScreen())

    def action_firm(self) -> None:
        from handoff.tui.screens.firm import FirmScreen

        if not isinstance(self.screen, FirmScreen):
            self.push_screen(FirmScreen())

    def action_client_book(self) -> None:
        from handoff.tui.screens.clients import ClientBookScreen

        if not isinstance(self.screen, ClientBookScreen):
            self.push_screen(ClientBookScreen())

    def action_dashboard(self) -> None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, DashboardScreen):
            self.pop_screen()

    def action_help(self) -> None:
        from handoff.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.theme != LIGHT else DARK

    async def action_quit(self) -> None:
        # The wizard keeps its draft in memory between steps; write it before leaving.
        from handoff.tui.screens.wizard import WizardScreen

        for screen in self.screen_stack:
            if isinstance(screen, WizardScreen):
                screen.save_now()
        self.exit()

    # -- printing -----------------------------------------------------------------------
    def print_handoff(self, handoff_id: int) -> None:
        """Ask what to print (the dialog lists the covering colleagues, read in a worker)."""
        self._open_print_dialog(handoff_id)

    class PrintChoices(Message):
        def __init__(
            self,
            handoff_id: int,
            covering: list[Person],
            about: PrintedHandoff | None,
            error: str | None,
        ) -> None:
            super().__init__()
            self.handoff_id = handoff_id
            self.covering = covering
            self.about = about
            self.error = error

    @work(thread=True, exclusive=True, group="print-choices")
    def _open_print_dialog(self, handoff_id: int) -> None:
        from handoff.tui.screens.print_dialog import PrintedHandoff

        def read(store: Store) -> tuple[list[Person], PrintedHandoff]:
            handoff = store.handoff(handoff_id)
            people = {p.id: p for p in store.people()}
            leaving = people.get(handoff.person_id)
            about = PrintedHandoff(
                leaving.name if leaving else "handoff",
                handoff.kind,
                handoff.starts.isoformat() if handoff.starts else "",
            )
            covering = [people[i] for i in sorted(set(handoff.covers.values())) if i in people]
            return covering, about

        try:
            covering, about = self.db.run(read)
        except Exception as exc:
            self.post_message(self.PrintChoices(handoff_id, [], None, str(exc)))
            return
        self.post_message(self.PrintChoices(handoff_id, covering, about, None))

    def on_handoff_app_print_choices(self, message: PrintChoices) -> None:
        if message.error or message.about is None:
            self.notify(message.error or "", title="Not printed", severity="error", markup=False)
            return

        from handoff.tui.screens.print_dialog import PrintDialog

        def chosen(request: PrintRequest | None) -> None:
            if request is not None:
                self.print_folder = request.output.parent
                if request.fmt == "pdf":  # WeasyPrint lays out about 20 pages a second
                    self.notify(
                        "Making the PDF: about a second for every 20 clients. "
                        "You can go on working; a message says when it is saved.",
                        title="Printing",
                        markup=False,
                    )
                self._write_document(message.handoff_id, request)

        if self.print_folder is None:
            from handoff.paths import documents_dir

            self.print_folder = documents_dir()
        self.push_screen(
            PrintDialog(message.handoff_id, message.covering, message.about, self.print_folder),
            chosen,
        )

    @work(thread=True, exclusive=True, group="print")
    def _write_document(self, handoff_id: int, request: PrintRequest) -> None:
        from handoff import printing

        try:
            output = self.db.run(
                lambda s: printing.write_document(
                    s,
                    handoff_id,
                    request.fmt,
                    request.what,
                    request.for_person,
                    request.output,
                    override_risk=request.override_risk,
                )
            )
        except Exception as exc:  # shown to the person, never a traceback
            self.post_message(self.Printed(None, str(exc)))
            return
        self.post_message(self.Printed(Path(output or request.output), None))

    def on_handoff_app_printed(self, message: Printed) -> None:
        if message.error:
            self.notify(message.error, title="Not printed", severity="error", markup=False)
        else:
            self.last_printed = message.output
            self.notify(
                f"Saved to {message.output}\n(the wizard's last step keeps the path: c copies it)",
                title="Printed",
                markup=False,
                timeout=10,
            )
            from handoff.tui.screens.wizard import WizardScreen

            for screen in self.screen_stack:
                if isinstance(screen, WizardScreen) and message.output is not None:
                    screen.show_printed(message.output)
