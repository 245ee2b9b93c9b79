"""The app as a covering colleague signed in through `handoff serve` sees it (Pilot, 80×24)."""

from __future__ import annotations

from textual.widgets import DataTable, TextArea
from tui_support import screen_text, settle

from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.colleague import ColleagueScreen
from handoff.viewer import Viewer

SIZE = (80, 24)


async def test_a_colleague_sees_their_clients_and_logs_a_call(sample_store: Store) -> None:
    covers = sample_store.handoff(1).covers
    peters = {sample_store.client(c).name for c, p in covers.items() if p == 4}
    dewis = {sample_store.client(c).name for c, p in covers.items() if p == 5}
    app = HandoffApp(sample_store, viewer=Viewer(4))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ColleagueScreen)
        text = screen_text(app)
        assert "Signed in as Peter Nowak" in text
        table = app.screen.query_one("#clients", DataTable)
        listed = {str(table.get_row_at(r)[0]) for r in range(table.row_count)}
        assert listed == peters and not listed & dewis
        first = app.screen.current()
        assert first is not None

        app.screen.query_one("#said", TextArea).focus()
        await pilot.press(*"Called to confirm Thursday's delivery.")
        await pilot.press("ctrl+s")
        await settle(pilot)
    entry = Store(sample_store.path).log_entries(1)[-1]
    assert entry.said == "Called to confirm Thursday's delivery."
    assert entry.who_id == 4 and entry.client_id == first.client_id


async def test_a_colleague_cannot_reach_the_owners_screens(sample_store: Store) -> None:
    app = HandoffApp(sample_store, viewer=Viewer(4))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("escape", "c", "f", "n", "p", "r"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, ColleagueScreen), key
        for action in ("client_book", "people", "new_handoff", "dashboard"):
            await app.run_action(action)
            await settle(pilot)
            assert isinstance(app.screen, ColleagueScreen), action
        assert not app.COMMANDS  # the palette offers nothing of the owner's
        assert "Dashboard" not in screen_text(app)


async def test_risky_words_are_flagged_as_the_colleague_types(sample_store: Store) -> None:
    app = HandoffApp(sample_store, viewer=Viewer(4))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.query_one("#said", TextArea).focus()
        await pilot.press(*"Marta was fired for stealing.")
        await settle(pilot)
        assert "say instead" in screen_text(app)


async def test_a_no_information_claim_points_at_what_the_packet_held(sample_store: Store) -> None:
    """The contact log's warning reaches the colleague too: Agnieszka's packet held the grout
    item, so "no information was left for me" is answered with what v1 held."""
    app = HandoffApp(sample_store, viewer=Viewer(4))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.current().client["name"] == "Agnieszka Wiśniewska"
        app.screen.query_one("#said", TextArea).focus()
        await pilot.press(*"Sorry, no information was left for me about the grout.")
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "packet v1 held" in shown and "grout" in shown
