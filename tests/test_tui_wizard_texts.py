"""The wizard's risk warnings, the justification to finalize, overrides and printing."""

from __future__ import annotations

from datetime import date

from textual.widgets import Input, Select, TextArea
from tui_shared import SIZE, firm, open_wizard, shown
from tui_support import screen_text, settle

from handoff.model import Handoff
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.dialogs import ConfirmDialog


# -- risk warnings, override, printing ---------------------------------------------------------
async def test_step_5_does_not_flag_a_clients_name(store: Store) -> None:
    ids = firm(store)
    client = store.client(ids["Alpha Ltd"])
    client.name = "Hans Sick"  # a surname, not a health detail
    store.update_client(client)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 20),
            client_ids=[client.id],
            covers={client.id: ids["Carl Cover"]},
            wizard_step=5,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        script = wizard.query_one("#script", TextArea)
        assert "Hans Sick" in script.text
        assert "No risky words found" in shown(app)
        script.focus()
        script.move_cursor(script.document.end)
        await pilot.press(*" Lena is sick.")  # the word itself still is a finding
        await settle(pilot)
        assert "No risky words found" not in shown(app) and "Why:" in shown(app)


async def test_step_5_flags_risky_words_and_finalize_needs_a_justification(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[ids["Alpha Ltd"]],
            covers={ids["Alpha Ltd"]: ids["Carl Cover"]},
            escalation=store.default_escalation(),
            wizard_step=5,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        script = wizard.query_one("#script", TextArea)
        assert "Lena Leaving" in script.text  # generated, neutral
        assert "No risky words found" in shown(app)
        script.focus()
        script.move_cursor(script.document.end)
        await pilot.press(*" She was fired for stealing.")
        await settle(pilot)
        findings = " ".join(screen_text(app).split())
        assert "fired" in findings and "Why:" in findings and "Instead:" in findings
        assert "⚠" in str(wizard.query_one("#text-clients").get_option_at_index(0).prompt)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "Flagged words" in shown(app) and 'script: "was fired"' in shown(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        from handoff.tui.screens.dialogs import JustificationDialog

        assert isinstance(app.screen, JustificationDialog)
        await pilot.click("#yes")  # empty: refused
        await pilot.pause()
        assert isinstance(app.screen, JustificationDialog)
        await pilot.press(*"The client asked in writing; legal approved the wording.")
        await pilot.click("#yes")
        await settle(pilot)
        [version] = store.packet_versions(handoff.id)
        assert version.overrides
        assert version.overrides[0]["justification"].startswith("The client asked")
        assert "Packet version 1" in shown(app)


async def test_print_from_the_wizard_writes_the_file(store: Store, tmp_path) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 20),
            client_ids=[ids["Alpha Ltd"]],
            covers={ids["Alpha Ltd"]: ids["Carl Cover"]},
            wizard_step=6,
        )
    )
    out = tmp_path / "packet.txt"
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_wizard(pilot, handoff.id)
        await pilot.press("ctrl+o")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#fmt", Select).value = "txt"
        await pilot.pause()
        dialog.query_one("#output", Input).value = str(out)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert out.exists() and "Alpha Ltd" in out.read_text(encoding="utf-8")
        # says where the file went (toasts are not part of the compositor capture)
        assert any(str(out) in str(n.message) for n in app._notifications)


async def test_printing_a_flagged_draft_records_an_override_the_wizard_keeps(
    store: Store, tmp_path
) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[ids["Alpha Ltd"]],
            covers={ids["Alpha Ltd"]: ids["Carl Cover"]},
            scripts={ids["Alpha Ltd"]: "Lena was fired last week."},
            wizard_step=6,
        )
    )
    out = tmp_path / "draft.txt"
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert "Flagged words" in shown(app)
        await pilot.press("ctrl+o")
        await settle(pilot)
        dialog = app.screen
        dialog.query_one("#fmt", Select).value = "txt"
        await pilot.pause()
        dialog.query_one("#output", Input).value = str(out)
        dialog.query_one("#override", Input).value = "Agreed with the client's lawyer."
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert out.exists()
        assert store.handoff(handoff.id).risk_overrides
        # the wizard saves its draft again: the override recorded by printing stays
        await pilot.press("ctrl+b")
        await settle(pilot)
        wizard.handoff.personal_numbers_allowed = True
        await pilot.press("ctrl+n")
        await settle(pilot)
        saved = store.handoff(handoff.id)
        assert saved.personal_numbers_allowed is True  # the wizard's own change is saved
        assert saved.risk_overrides  # and the override recorded by printing is kept
        assert "Flagged words" not in shown(app)  # already justified: finalize just confirms
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
