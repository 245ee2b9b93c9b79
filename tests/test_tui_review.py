"""The contact-log and return-review screens, driven with Pilot inside a tiny host app."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App
from textual.content import Content
from textual.widgets import DataTable, Input, OptionList, Select, Static, TextArea

from handoff import contact_log
from handoff.tui.screens.contact_log import ContactLogScreen
from handoff.tui.screens.review import ReviewScreen
from handoff.tui.widgets.client_picker import ClientPicker


class Host(App[None]):
    def __init__(self, screen) -> None:
        super().__init__()
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


async def settle(app, pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


def shown(widget: Static) -> str:
    """What the widget shows, as text (a Content, or a Rich renderable such as a grid)."""
    rendered = widget.content
    if isinstance(rendered, Content | str):
        return str(rendered)
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(rendered)
    return console.export_text()


async def test_quick_entry_warns_live_and_saves(sample_store):
    app = Host(ContactLogScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        table = screen.query_one("#entries", DataTable)
        assert table.row_count == 4
        # the client is chosen by typing part of her name; her cover and her preferred channel
        # follow
        await pilot.press(*"agn", "enter")
        await settle(app, pilot)
        assert screen.query_one("#client", ClientPicker).value == 1
        assert screen.query_one("#who", Select).value == 4
        assert screen.query_one("#channel", Select).value == "phone"
        await pilot.click("#said")
        await pilot.press(*"No information was left for me, she was fired")
        await settle(app, pilot)
        risk = shown(screen.query_one("#risk", Static))
        assert "fired" in risk  # the risk checker, live
        assert "packet v1 held Confirm grout colour for the staff bathroom" in risk
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert table.row_count == 5
        assert screen.query_one("#said", TextArea).text == ""  # ready for the next call
    saved = sample_store.log_entries(1)[-1]
    assert saved.client_id == 1 and saved.who_id == 4 and saved.channel == "phone"
    assert saved.said == "No information was left for me, she was fired"


async def test_entries_show_markup_as_written_and_filter(sample_store):
    contact_log.add_entry(
        sample_store, 1, client="Pere", who="Dewi", channel="sms",
        said="[bold]Texted[/] the [red]dates", when="2026-11-13 18:00",
    )  # fmt: skip
    app = Host(ContactLogScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        table = screen.query_one("#entries", DataTable)
        row = table.get_row("5")
        assert row[-1].plain == "[bold]Texted[/] the [red]dates"
        table.move_cursor(row=table.get_row_index("5"))
        await settle(app, pilot)
        assert "[bold]Texted[/] the [red]dates" in shown(screen.query_one("#detail", Static))
        await pilot.press("ctrl+f")
        await pilot.press(*"kowalczyk")
        await settle(app, pilot)
        assert table.row_count == 1
        assert "1 of 5 entries" in shown(screen.query_one("#count", Static))


async def test_save_without_words_is_refused_and_nothing_recorded(sample_store):
    app = Host(ContactLogScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"agn", "enter")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert any("write what was said" in n.message for n in app._notifications)
    assert len(sample_store.log_entries(1)) == 4


async def test_review_screen_lists_actions_and_evidence(sample_store, tmp_path):
    app = Host(ReviewScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        actions = shown(screen.query_one("#actions-text", Static))
        call = actions.index("1. Call every affected client")
        check_in = actions.index("2. Call these clients")
        lost = actions.index("3. Call the clients you lost")
        meet = actions.index("4. Meet Peter Nowak")
        brief = actions.index("5. Brief Grace Boateng")
        assert call < check_in < lost < meet < brief
        assert "Budi Santoso" in actions[check_in:lost]  # contacted, outcome fine: no apology
        assert "Pere Soler" in actions[call:lost] and "never contacted" in actions[call:lost]
        assert "Jan Kowalczyk" in actions[lost:meet]
        await pilot.press("c")
        await settle(app, pilot)
        table = screen.query_one("#review-clients", DataTable)
        assert table.row_count == 5
        detail = shown(screen.query_one("#client-detail", Static))
        sha = sample_store.latest_packet(1).sha256
        assert "Agnieszka" in detail and sha in detail
        assert "Confirm grout colour for the staff bathroom" in detail
        assert "discount" not in detail  # her private note
        await pilot.press("down")
        await settle(app, pilot)
        assert "Jan Kowalczyk" in shown(screen.query_one("#client-detail", Static))
        # print the report
        target = tmp_path / "review.md"
        await pilot.press("p")
        await settle(app, pilot)
        path_input = app.screen.query_one("#save-path")
        path_input.value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert target.exists()
        text = target.read_text(encoding="utf-8")
        assert "Return review" in text and sha in text
        assert "discount" not in text and "wedding" not in text


async def test_review_screen_ends_the_coverage(sample_store):
    app = Host(ReviewScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "6. End the coverage" in shown(app.screen.query_one("#actions-text", Static))
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.press("escape")  # cancel first: nothing happens
        await settle(app, pilot)
        assert sample_store.handoff(1).ended is None
        await pilot.press("e")
        await settle(app, pilot)
        await pilot.click("#end-ok")
        await settle(app, pilot)
        summary = shown(app.screen.query_one("#review-summary", Static))
        assert "ended" in summary
        assert "End the coverage" not in shown(app.screen.query_one("#actions-text", Static))
    assert sample_store.handoff(1).ended is not None
    assert sample_store.client(1).manager_id == 3  # back with Marta


async def test_names_with_markup_are_shown_as_written(sample_store):
    client = sample_store.client(4)
    client.name = "[b]Pere[/b] [link=x]Soler"
    sample_store.update_client(client)
    app = Host(ReviewScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "[b]Pere[/b] [link=x]Soler" in shown(app.screen.query_one("#actions-text", Static))
        table = app.screen.query_one("#review-clients", DataTable)
        assert table.get_row("4")[0].plain == "[b]Pere[/b] [link=x]Soler"
    app = Host(ContactLogScreen(sample_store, 1))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(*"pere")
        await settle(app, pilot)
        matches = app.screen.query_one("#client-matches", OptionList)
        assert str(matches.get_option_at_index(0).prompt).startswith("[b]Pere[/b] [link=x]Soler")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one("#client-search", Input).value == "[b]Pere[/b] [link=x]Soler"
