"""The firm screen: the firm's name, address and signature, from the dashboard or the palette."""

from __future__ import annotations

from textual.widgets import Input, TextArea
from tui_support import settle

from handoff.tui.app import HandoffApp
from handoff.tui.screens.firm import FirmScreen

SIZE = (80, 24)


async def test_the_firm_is_shown_and_a_change_is_saved(sample_store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FirmScreen)
        name = screen.query_one("#name", Input)
        assert name.value == "Mensah Tiling & Renovation"  # loaded from the database
        assert "Kojo Mensah" in screen.query_one("#signature", TextArea).text
        name.value = "Mensah Tiling Ltd"
        screen.query_one("#address", TextArea).text = "1 Quay Street\nLondon E1 1AA"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FirmScreen)
    firm = sample_store.firm()
    assert firm.name == "Mensah Tiling Ltd" and firm.address == "1 Quay Street\nLondon E1 1AA"


async def test_a_wrong_email_is_refused_on_the_form(sample_store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.action_firm()
        await settle(pilot)
        screen = app.screen
        screen.query_one("#email", Input).value = "not-an-address"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FirmScreen)
        assert "email" in str(screen.query_one("#error").render())
    assert sample_store.firm().email == "office@mensah-tiling.example"
