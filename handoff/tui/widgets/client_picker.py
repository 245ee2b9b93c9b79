"""A client picker for a handoff of thousands of clients: type part of a name, company or
phone number, see the first matches under the field, choose one with the arrow keys and Enter
(or a click). The chosen client is marked ✓ and its name fills the field; typing again starts a
new search and clears the choice, so a name that matches nobody is never taken for a client.
A name typed in full and left (Tab, a click elsewhere, saving) is taken when it is exactly the
name of one client of the list, and of no other (any case and spacing).

Nothing is searched until the person types: the clients are only kept, and their search text
is built at the first key. User text (names, what was typed) is always shown as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

SHOWN = 8  # matches listed under the field; the rest are counted


@dataclass(frozen=True)
class PickerClient:
    """One client as the picker shows it: the name, and what tells two of the same name apart."""

    id: int
    name: str
    company: str = ""
    phone: str = ""


class ClientIndex:
    """The clients with their search texts (name, company, phone; any case), built once."""

    def __init__(self, clients: Sequence[PickerClient]) -> None:
        self.clients = list(clients)
        self.names = [c.name.casefold() for c in self.clients]
        self.haystacks = [
            f"{name} {c.company.casefold()} {c.phone.casefold()}"
            for name, c in zip(self.names, self.clients, strict=True)
        ]

    def find(self, text: str, limit: int = SHOWN) -> tuple[list[PickerClient], int]:
        """The first `limit` clients whose name, company or phone holds every typed word, and
        how many there are. First those whose name starts with the text, then those with a
        name word starting with the first typed word, then the rest, each in the given order.
        Once `limit` of the first kind are found the others are only counted."""
        words = text.casefold().split()
        if not words:
            return [], 0
        first, rest, start = words[0], words[1:], " ".join(words)
        buckets: tuple[list[PickerClient], ...] = ([], [], [])
        count = 0
        for client, name, haystack in zip(self.clients, self.names, self.haystacks, strict=True):
            if first not in haystack or (rest and not all(w in haystack for w in rest)):
                continue
            count += 1
            if len(buckets[0]) >= limit:
                continue
            if name.startswith(start):
                rank = 0
            elif name.startswith(first) or f" {first}" in name:
                rank = 1
            else:
                rank = 2
            if len(buckets[rank]) < limit:
                buckets[rank].append(client)
        return [c for bucket in buckets for c in bucket][:limit], count


class ClientPicker(Widget):
    """Type to search the clients; ↓/↑ and Enter (or a click) choose one of the matches."""

    DEFAULT_CSS = """
    ClientPicker {
        height: auto;
        layout: vertical;
    }
    ClientPicker > Horizontal {
        height: 1;
    }
    ClientPicker #client-mark {
        width: 2;
        color: $text-muted;
    }
    ClientPicker.-chosen #client-mark {
        color: $text-success;
        text-style: bold;
    }
    ClientPicker.-unknown #client-mark {
        color: $text-error;
        text-style: bold;
    }
    ClientPicker.-chosen #client-search {
        text-style: bold;
    }
    ClientPicker #client-search {
        width: 1fr;
    }
    ClientPicker #client-matches {
        display: none;
        overlay: screen;
        constrain: none inside;
        width: 56;
        height: auto;
        max-height: 10;
        border: none;
        padding: 0;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    ClientPicker.-open #client-matches {
        display: block;
    }
    """

    class Changed(Message):
        """The chosen client changed (`value` None: none chosen)."""

        def __init__(self, picker: ClientPicker, value: int | None) -> None:
            super().__init__()
            self.picker = picker
            self.value = value

        @property
        def control(self) -> ClientPicker:
            return self.picker

    class Entered(Message):
        """Enter chose a client (or confirmed the one chosen): the form may move on."""

        def __init__(self, picker: ClientPicker) -> None:
            super().__init__()
            self.picker = picker

        @property
        def control(self) -> ClientPicker:
            return self.picker

    def __init__(self, placeholder: str = "client: type a name", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._placeholder = placeholder
        self._clients: list[PickerClient] = []
        self._index: ClientIndex | None = None  # built at the first search
        self._read = False  # `set_clients` has given the clients
        self._matches: list[PickerClient] = []
        self.value: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Static(Content(""), id="client-mark")
            yield Input(placeholder=self._placeholder, id="client-search", compact=True)
        matches = OptionList(id="client-matches", compact=True)
        matches.can_focus = False  # the typing stays in the field; a click still chooses
        yield matches

    # -- what the screen calls ----------------------------------------------------------------
    def set_clients(self, clients: Sequence[PickerClient]) -> None:
        """The clients to choose from; a chosen client no longer among them is unchosen."""
        self._clients = list(clients)
        self._index = None
        self._read = True
        if self.value is not None and self.client(self.value) is None:
            self._set_value(None)
        if self.search_text and self.value is None and self.has_focus_within:
            self._search()

    def client(self, client_id: int) -> PickerClient | None:
        return next((c for c in self._clients if c.id == client_id), None)

    def choose(self, client_id: int) -> None:
        """Choose the client (its name fills the field) and hide the matches."""
        client = self.client(client_id)
        if client is None:
            return
        search = self.query_one("#client-search", Input)
        with search.prevent(Input.Changed):
            search.value = client.name
        search.cursor_position = len(client.name)
        self._close()
        self._set_value(client.id)

    def settle(self) -> None:
        """With no client chosen, choose the one whose name is exactly what was typed (any case
        and spacing), if no other client has that name."""
        if self.value is not None or not self._read:
            return
        typed = " ".join(self.search_text.split()).casefold()
        if not typed:
            return
        named = [c for c in self._clients if " ".join(c.name.split()).casefold() == typed]
        if len(named) == 1:
            self.choose(named[0].id)

    @property
    def search_text(self) -> str:
        return self.query_one("#client-search", Input).value

    @property
    def problem(self) -> str:
        """Why an entry cannot be saved for want of a client, in one line ("" when one is
        chosen)."""
        text = " ".join(self.search_text.split())
        if self.value is not None:
            return ""
        if not text:
            return "Not saved: choose the client first (type part of a name)."
        if not self._read:
            return "Not saved: the handoff's clients are still being read."
        _, count = self._search_index().find(text)
        if not count:
            return f"Not saved: no client of this handoff matches “{text}”."
        many = "1 client matches" if count == 1 else f"{count:,} clients match"
        return f"Not saved: {many} “{text}”; choose one with ↓ and Enter."

    def show_problem(self) -> None:
        """Put the focus in the field, with the matches (or why there are none) under it."""
        self.query_one("#client-search", Input).focus()
        if self.search_text.strip():
            self._search()
            return
        self._matches = []
        hint = Option(Content("Choose the client: type part of a name"), disabled=True)
        self.query_one("#client-matches", OptionList).set_options([hint])
        self.add_class("-open")

    # -- typing and choosing -------------------------------------------------------------------
    @on(Input.Changed, "#client-search")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self._set_value(None)
        self._search()

    @on(Input.Submitted, "#client-search")
    def _entered(self, event: Input.Submitted) -> None:
        event.stop()
        if self.value is None:
            matches = self.query_one("#client-matches", OptionList)
            if not self.has_class("-open"):
                self._search()
            if self._matches:
                index = matches.highlighted or 0
                self.choose(self._matches[min(index, len(self._matches) - 1)].id)
        if self.value is not None:
            self.post_message(self.Entered(self))

    @on(OptionList.OptionSelected, "#client-matches")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.choose(int(event.option.id))
            self.query_one("#client-search", Input).focus()

    @on(events.DescendantBlur)
    def _left(self) -> None:
        self._close()
        self.settle()

    def on_key(self, event: events.Key) -> None:
        """↓ opens the matches of what was typed, ↓/↑ move within them, Esc closes them; else
        these keys are the screen's. Keys, not bindings: bindings of the field would take
        Esc's place in the footer ("esc Back") and re-compose it whenever the focus moves."""
        is_open = self.has_class("-open")
        if event.key == "escape" and is_open:
            self._close()
        elif (
            event.key == "down" and not is_open and self.value is None and self.search_text.strip()
        ):
            self._search()
        elif event.key in ("down", "up") and is_open:
            self._move(1 if event.key == "down" else -1)
        else:
            return
        event.stop()
        event.prevent_default()

    def _move(self, step: int) -> None:
        matches = self.query_one("#client-matches", OptionList)
        if self._matches:
            now = matches.highlighted if matches.highlighted is not None else -step
            matches.highlighted = (now + step) % len(self._matches)

    # -- inside --------------------------------------------------------------------------------
    def _search_index(self) -> ClientIndex:
        if self._index is None:
            self._index = ClientIndex(self._clients)
        return self._index

    def _search(self) -> None:
        text = " ".join(self.search_text.split())
        matches = self.query_one("#client-matches", OptionList)
        if not text:
            self._matches = []
            self._close()
            return
        if not self._read:  # typed before the clients were read: they are searched when they are
            self._matches = []
            reading = Option(Content("Reading the handoff's clients…"), disabled=True)
            matches.set_options([reading])
            self.add_class("-open")
            return
        self._matches, count = self._search_index().find(text)
        options: list[Option] = [Option(_label(c), id=str(c.id)) for c in self._matches]
        if not count:
            options.append(
                Option(Content(f"No client of this handoff matches “{text}”"), disabled=True)
            )
        elif count > SHOWN:
            more = count - SHOWN
            options.append(
                Option(Content(f"… {more:,} more: type more of the name"), disabled=True)
            )
        matches.set_options(options)
        matches.highlighted = 0 if self._matches else None
        self.set_class(not count, "-unknown")
        self.query_one("#client-mark", Static).update(Content("✗" if not count else ""))
        self.add_class("-open")

    def _close(self) -> None:
        self.remove_class("-open")

    def _set_value(self, value: int | None) -> None:
        if value != self.value:
            self.value = value
            self.post_message(self.Changed(self, value))
        self.set_class(value is not None, "-chosen")
        if value is not None:
            self.remove_class("-unknown")
        self.query_one("#client-mark", Static).update(Content("✓" if value is not None else ""))


def _label(client: PickerClient) -> Content:
    """A match as listed: the name, then what tells it from another of the same name."""
    detail = " · ".join(part for part in (client.company, client.phone) if part)
    if not detail:
        return Content(client.name)
    return Content.assemble(client.name, ("  " + detail, "dim"))
