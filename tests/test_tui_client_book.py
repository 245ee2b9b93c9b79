"""The client book's filter: a key that narrows the query searches the rows on screen, any
other key searches every client; either way the table shows what a search of every client
would show. Cells are made as rows are drawn."""

from __future__ import annotations

from tui_shared import open_client_book
from tui_support import until

from handoff.model import Client
from handoff.store import Store
from handoff.tui.app import HandoffApp

SIZE = (80, 24)
CLIENTS = [(f"Client {n:05}", f"Firm {n % 97}") for n in range(3000)]


def expected(query: str) -> list[str]:
    """The names a search of every client finds, in the book's order (by name)."""
    words = query.lower().split()
    found = [name for name, company in CLIENTS if all(w in f"{name} {company} en".lower()
             for w in words)]  # fmt: skip
    return sorted(found, key=str.lower)


async def test_narrowing_and_widening_show_what_a_full_search_shows(store: Store) -> None:
    store.add_clients(Client(name=name, company=company) for name, company in CLIENTS)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        book, table = await open_client_book(pilot)
        await until(pilot, lambda: table.row_count == 3000, "every client")

        def names() -> list[str]:
            return [str(table.get_row_at(r)[0]) for r in range(table.row_count)]

        typed = ""
        # Narrowing (a key adds to a word, or adds a word), widening (backspace), nothing
        # found ("0 firm zz", "0 fig"), and finding again after nothing was found.
        for keys in ["slash", *"0299", "9", "backspace", "backspace", "backspace", "backspace",
                     *" firm 8", "9", "backspace", "backspace", *"zz", "backspace", "backspace",
                     "backspace", "backspace", "backspace", *"g", "backspace", *"fi"]:  # fmt: skip
            await pilot.press(keys)
            if keys == "backspace":
                typed = typed[:-1]
            elif keys != "slash":
                typed += " " if keys == "space" else keys
            want = expected(typed)
            await until(pilot, lambda: names() == want, f"the rows of {typed!r}")  # noqa: B023
            assert f"{len(want)} of 3000 clients" in str(book.query_one("#count").render()) or (
                len(want) == 3000
            )


async def test_typing_fast_shows_what_a_full_search_shows(store: Store) -> None:
    """Keys that come faster than the rows are shown: each narrowing key searches the rows
    the key before it found (never shown), and the last rows are those of the whole query."""
    from textual import events

    store.add_clients(Client(name=name, company=company) for name, company in CLIENTS)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        book, table = await open_client_book(pilot)
        await until(pilot, lambda: table.row_count == 3000, "every client")
        await pilot.press("slash")
        for typed in ["client 02 firm 1", "client 02 firm"]:
            for char in "client 02 firm 1":
                app.post_message(events.Key("space" if char == " " else char, char))
            if typed == "client 02 firm":
                app.post_message(events.Key("backspace", None))

            def names() -> list[str]:
                return [str(table.get_row_at(r)[0]) for r in range(table.row_count)]

            want = expected(typed)
            await until(pilot, lambda: names() == want, f"the rows of {typed!r}")  # noqa: B023
            for _ in typed + " ":  # clear the filter for the next round
                app.post_message(events.Key("backspace", None))
            await until(pilot, lambda: table.row_count == 3000, "every client again")
