"""The help screen (F1 or ?): every key of the screen below, then what the app is for."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

INTRO = "\n".join(
    [
        "handoff walks you through handing a departing person's clients to colleagues.",
        "",
        "• Dashboard: every handoff. n starts one; Enter opens one in the wizard.",
        "• Wizard: 1 who is leaving, 2 which clients (Space chooses or drops the highlighted "
        "client; typing on the list filters it; Add client… / Import… when one is missing), "
        "3 open items, 4 who covers each client "
        "and the escalation routes, 5 scripts and statements (risky words are flagged as you "
        "type), 6 review and finalize (a frozen version with time and SHA-256), then print. "
        "Ctrl+N next step, Ctrl+B back. The draft is saved at every step: quitting half-way "
        "loses nothing.",
        "• Client book (c): / filters as you type; Enter opens a client and their open items.",
        "• People (f): everyone at the firm with role, phone and email; a adds someone, e "
        "corrects them (a packet prints these numbers, so fix a wrong one here first).",
        "• From the dashboard: l the contact log (what the covering colleague told each client),"
        " r the return review, i import clients from a CSV or vCard file.",
        "• Ctrl+P opens the command palette; Ctrl+T switches light and dark; Ctrl+Q quits.",
    ]
)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "dismiss(None)", "Close help", id="help.close")]

    def __init__(self, below: Screen[Any]) -> None:
        super().__init__()
        self.below = below

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            with VerticalScroll():
                yield Static(self._keys(), id="keys")
                yield Static(Content(INTRO), id="intro")
            yield Button("Close", id="close")

    def _keys(self) -> Content:
        parts: list[Content | tuple[str, str] | str] = [("Keys on this screen\n", "bold")]
        seen: set[str] = set()
        for active in self.below.active_bindings.values():
            binding = active.binding
            if not binding.show or not binding.description or binding.description in seen:
                continue
            seen.add(binding.description)
            key = self.app.get_key_display(binding)
            parts.append((f"{key:>12}", "bold"))
            extra = f" — {binding.tooltip}" if binding.tooltip else ""
            parts.append(f"  {binding.description}{extra}\n")
        return Content.assemble(*parts)

    def on_button_pressed(self) -> None:
        self.dismiss(None)
