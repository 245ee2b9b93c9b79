"""The command palette (Ctrl+P): the app's actions, and every handoff by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from handoff import queries
from handoff.tui.typed import handoff_app

ACTIONS = [
    ("New handoff", "new_handoff", "Start the wizard: someone is leaving"),
    ("Client book", "client_book", "All clients: filter, add, edit, archive, open items"),
    ("Import clients from a file", "import_clients", "CSV (CRM, Google, Outlook) or vCard"),
    ("Add a person at the firm", "add_person", "Owner, colleague, boss, HR or legal counsel"),
    ("People at the firm", "people", "Everyone's role, phone and email: add or correct one"),
    ("The firm", "firm", "Name, address, contacts and signature on every letter"),
    ("Dashboard", "dashboard", "Every handoff with its status"),
    ("Toggle light / dark theme", "toggle_theme", "Switch between the light and dark theme"),
    ("Help", "help", "What the app does and the keys of this screen"),
    ("Quit", "quit", "Leave handoff (drafts are saved)"),
]


class HandoffCommands(Provider):
    """App actions plus 'Open handoff: …' and 'Print handoff: …' for every handoff."""

    async def startup(self) -> None:
        app = handoff_app(self.app)
        worker = app.run_worker(
            lambda: app.db.run(queries.handoff_summaries),
            thread=True,
        )
        self.summaries = await worker.wait()

    def _commands(self) -> list[tuple[str, object, str]]:
        app = handoff_app(self.app)
        found: list[tuple[str, object, str]] = [
            (name, partial(app.run_action, action), help_text)
            for name, action, help_text in ACTIONS
        ]
        for s in self.summaries:
            if s.status == "cancelled":
                continue
            found.append(
                (f"Open handoff: {s.name}", partial(app.open_handoff, s.id), "Open in the wizard")
            )
            found.append(
                (f"Print handoff: {s.name}", partial(app.print_handoff, s.id), "Print or save")
            )
            found.append(
                (
                    f"Contact log: {s.name}",
                    partial(app.open_contact_log, s.id),
                    "What the covering colleague told each client",
                )
            )
            found.append(
                (
                    f"Return review: {s.name}",
                    partial(app.open_review, s.id),
                    "The packet beside the log; the calls to make",
                )
            )
        return found

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands()[: len(ACTIONS)]:
            yield DiscoveryHit(Content(name), command, text=name, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                # Names are user text: shown literally, not through matcher.highlight (markup).
                yield Hit(score, Content(name), command, text=name, help=help_text)  # type: ignore[arg-type]
