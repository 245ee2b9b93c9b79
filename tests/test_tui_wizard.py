"""The wizard through Pilot at 80×24, step by step, and the step bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import run_cli
from textual.widgets import DataTable, Input, Select, SelectionList, TextArea
from tui_shared import SIZE, fill_step_1, firm, open_wizard, shown, table_text
from tui_support import settle, until

from handoff.model import Handoff, OpenItem
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.conflict import ConflictDialog
from handoff.tui.screens.dashboard import DashboardScreen
from handoff.tui.screens.dialogs import ConfirmDialog
from handoff.tui.screens.wizard import WizardScreen
from handoff.tui.widgets.step_indicator import StepIndicator


# -- the wizard, step by step ------------------------------------------------------------------
async def test_step_1_validates_and_creates_the_draft(store: Store) -> None:
    ids = firm(store)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert wizard.step == 1 and "Choose who is leaving" in shown(app)
        await fill_step_1(pilot, wizard, ids["Lena Leaving"], "vacation", "2026-12-01")
        wizard.query_one("#until", Input).value = "2026-11-30"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert wizard.step == 1
        assert "the return date must come after" in shown(app)
        wizard.query_one("#until", Input).value = "2026-12-40"
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "is not a real date" in shown(app)
        wizard.query_one("#until", Input).value = "2026-12-20"
        wizard.query_one("#reason", TextArea).load_text("CANARY private reason")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert wizard.step == 2
        [draft] = store.handoffs()
        assert (draft.kind, str(draft.starts), str(draft.until)) == (
            "vacation",
            "2026-12-01",
            "2026-12-20",
        )
        assert draft.private_reason == "CANARY private reason"
        assert draft.wizard_step == 2
        # by default the leaving person's own clients, and the default escalation routes
        assert sorted(draft.client_ids) == sorted(
            [ids["Alpha Ltd"], ids["Beta Bakery"], ids["Gamma Garage"]]
        )
        assert draft.escalation == store.default_escalation()
        assert "Step 2 of 6" in shown(app)


async def test_termination_has_no_return_date(store: Store) -> None:
    ids = firm(store)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot)
        await fill_step_1(pilot, wizard, ids["Lena Leaving"], "termination", "2026-12-01")
        assert wizard.query_one("#until", Input).disabled
        assert "Effective date" in shown(app)


async def test_step_2_filters_and_picks_clients(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(person_id=ids["Lena Leaving"], kind="leave", client_ids=[ids["Alpha Ltd"]])
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        wizard._go(2)
        await settle(pilot)
        assert "1 of 4 chosen" in shown(app)
        wizard.query_one("#client-filter", Input).value = "zeta"
        pick = wizard.query_one("#client-pick", SelectionList)
        await until(pilot, lambda: pick.option_count == 1, "the filter")
        pick.focus()
        await pilot.press("space")  # toggle Zeta
        await settle(pilot)
        assert "2 of 4 chosen" in shown(app)
        # the labels say it in words, and still do when the filter is cleared (labels are kept)
        assert "chosen · Zeta" in shown(app)
        wizard.query_one("#client-filter", Input).value = ""
        await until(pilot, lambda: pick.option_count == 4, "the filter cleared")
        assert pick.option_count == 4 and "chosen · Zeta" in shown(app)
        pick.focus()
        pick.highlighted = next(
            i for i in range(4) if "Zeta" in str(pick.get_option_at_index(i).prompt)
        )
        await pilot.press("space")  # and back
        await settle(pilot)
        assert "1 of 4 chosen" in shown(app) and "chosen · Zeta" not in shown(app)
        await pilot.press("space")
        await settle(pilot)
        assert "2 of 4 chosen" in shown(app)
        await pilot.click("#pick-none")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert wizard.step == 2 and "at least one client" in shown(app)
        await pilot.click("#pick-theirs")
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert wizard.step == 3
        assert sorted(store.handoff(handoff.id).client_ids) == sorted(
            [ids["Alpha Ltd"], ids["Beta Bakery"], ids["Gamma Garage"]]
        )
        # Esc closes the wizard and keeps the draft; the dashboard shows it
        await pilot.press("ctrl+b")
        await settle(pilot)
        await pilot.click("#pick-all")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DashboardScreen)
        assert len(store.handoff(handoff.id).client_ids) == 4
        assert "4/4" not in shown(app) and "0/4" in shown(app)  # 4 clients, none covered


async def test_step_3_open_items_add_and_check_off(store: Store) -> None:
    ids = firm(store)
    store.add_item(OpenItem(client_id=ids["Beta Bakery"], title="Quote for the ovens"))
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="leave",
            client_ids=[ids["Alpha Ltd"], ids["Beta Bakery"]],
            wizard_step=3,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert wizard.step == 3  # reopens where the owner left off
        table = wizard.query_one("#step-items", DataTable)
        assert [r[3] for r in table_text(table)] == ["Quote for the ovens"]  # Due, Client, …
        await pilot.press("x")
        await settle(pilot)
        assert store.items(ids["Beta Bakery"])[0].status == "done"
        assert "strike" in str(table.get_row_at(0)[3].style)  # still there, crossed out
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Deliver samples", "tab", "tab", *"2026-11-30", "ctrl+s")
        await settle(pilot)
        new = [i for i in store.items(ids["Beta Bakery"]) if i.title == "Deliver samples"]
        assert new and str(new[0].due) == "2026-11-30"
        assert table.row_count == 2


async def test_step_4_splits_clients_and_sets_escalation(store: Store) -> None:
    ids = firm(store)
    clients = [ids["Alpha Ltd"], ids["Beta Bakery"], ids["Gamma Garage"]]
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="termination",
            client_ids=clients,
            escalation=store.default_escalation(),
            wizard_step=4,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert wizard.step == 4
        text = shown(app)
        assert "nobody yet" in text and "Bea Boss" in text and "Hugo HR" in text
        leaving_listed = [v for _, v in wizard.query_one("#cover-person", Select)._options]
        assert ids["Lena Leaving"] not in leaving_listed  # nobody covers their own clients
        wizard.query_one("#cover-person", Select).value = ids["Carl Cover"]
        table = wizard.query_one("#cover-table", DataTable)
        table.focus()
        table.move_cursor(row=0)
        await pilot.press("enter")  # Alpha → Carl; the cursor moves on to Beta
        wizard.query_one("#cover-person", Select).value = ids["Dora Cover"]
        await pilot.click("#cover-rest")  # Beta, Gamma → Dora
        wizard.query_one("#esc-legal", Select).value = ids["Olga Owner"]
        await pilot.press("ctrl+n")
        await settle(pilot)
        saved = store.handoff(handoff.id)
        assert saved.covers == {
            ids["Alpha Ltd"]: ids["Carl Cover"],
            ids["Beta Bakery"]: ids["Dora Cover"],
            ids["Gamma Garage"]: ids["Dora Cover"],
        }
        assert saved.escalation["legal"] == ids["Olga Owner"]
        assert saved.escalation["contract_billing"] == ids["Bea Boss"]
        assert saved.personal_numbers_allowed is False


async def test_step_5_edited_script_is_kept(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="vacation",
            client_ids=[ids["Alpha Ltd"], ids["Beta Bakery"]],
            covers={ids["Alpha Ltd"]: ids["Carl Cover"], ids["Beta Bakery"]: ids["Carl Cover"]},
            wizard_step=5,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert wizard.step == 5
        script = wizard.query_one("#script", TextArea)
        script.load_text("Hello, Carl here: I look after your account until Lena is back.")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        saved = store.handoff(handoff.id)
        assert saved.scripts[ids["Alpha Ltd"]].startswith("Hello, Carl here")
        assert ids["Beta Bakery"] not in saved.scripts


async def test_step_6_lists_what_is_missing_then_finalizes(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[ids["Alpha Ltd"], ids["Beta Bakery"]],
            covers={ids["Alpha Ltd"]: ids["Carl Cover"]},
            wizard_step=6,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert wizard.step == 6
        assert "Beta Bakery: nobody covers this client" in shown(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert store.packet_versions(handoff.id) == []
        # go back, cover Beta, come back, finalize
        await pilot.press("ctrl+b", "ctrl+b")
        await settle(pilot)
        assert wizard.step == 4
        wizard.query_one("#cover-person", Select).value = ids["Dora Cover"]
        await pilot.click("#cover-rest")
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        assert "Nothing is missing" in shown(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
        [version] = store.packet_versions(handoff.id)
        text = shown(app)
        assert "Packet version 1" in text and version.sha256 in text
        assert f"{version.created:%Y-%m-%d %H:%M}" in text
        assert "current" in text
        # an edit after finalizing makes a new version; the old one stays
        wizard.query_one(StepIndicator).post_message(StepIndicator.Chosen(4))
        await settle(pilot)
        assert wizard.step == 4
        table = wizard.query_one("#cover-table", DataTable)
        table.focus()
        table.move_cursor(row=0)
        await pilot.press("enter")  # Alpha → the preselected colleague instead of Carl
        await pilot.press("ctrl+n", "ctrl+n")
        await settle(pilot)
        assert "changed since v1" in shown(app) and "covered by Carl" in shown(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert [v.number for v in store.packet_versions(handoff.id)] == [1, 2]
        assert "Packet version 2" in shown(app)


async def test_draft_survives_quitting_mid_wizard(store: Store) -> None:
    ids = firm(store)
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot)
        await fill_step_1(pilot, wizard, ids["Lena Leaving"], "leave", "2026-12-01")
        await pilot.press("ctrl+n")
        await settle(pilot)
        pick = wizard.query_one("#client-pick", SelectionList)
        pick.focus()
        await pilot.press("down", "down", "down", "space")  # add Zeta (the fourth client)
        await pilot.press("ctrl+q")  # quit straight away, no Next
        await pilot.pause()
    [draft] = store.handoffs()
    assert ids["Zeta Other"] in draft.client_ids and draft.wizard_step == 2
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Lena Leaving" in shown(app)
        await pilot.press("enter")
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen) and wizard.step == 2
        assert "4 of 4 chosen" in shown(app)


async def test_whole_walk_from_an_empty_database_to_a_finalized_packet(store: Store) -> None:
    ids = firm(store)  # people and clients through the store; everything else by keys
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        # step 1: person (Lena is the 6th name alphabetically), kind termination, date
        await pilot.press("enter", *["down"] * 6, "enter")
        await pilot.press("tab", "enter", "down", "down", "down", "enter")
        await pilot.press("tab", *"2026-12-01", "ctrl+n")
        await settle(pilot)
        # step 2: her three clients are chosen already
        await pilot.press("ctrl+n")
        await settle(pilot)
        # step 3: one open item for the first client
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Confirm the tile order", "ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        # step 4: first client to the preselected colleague (Carl), the rest to Dora
        await pilot.press("enter")
        await pilot.press("tab", "enter", "down", "enter")
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        # step 5 and 6
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert "Nothing is missing" in shown(app)
        await pilot.press("ctrl+f")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("enter")  # the focus starts on Finalize
        await settle(pilot)
        assert "Packet version 1" in shown(app)
    [handoff] = store.handoffs()
    assert handoff.kind == "termination" and handoff.person_id == ids["Lena Leaving"]
    assert set(handoff.covers.values()) == {ids["Carl Cover"], ids["Dora Cover"]}
    assert len(store.packet_versions(handoff.id)) == 1
    assert [i.title for i in store.items()] == ["Confirm the tile order"]


async def test_step_bar_takes_a_click_to_a_step_already_reached(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="leave",
            client_ids=[ids["Alpha Ltd"]],
            wizard_step=4,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        assert wizard.step == 4
        await pilot.click(StepIndicator, offset=(12, 0))  # "2 Clients"
        await settle(pilot)
        assert wizard.step == 2
        await pilot.click(StepIndicator, offset=(60, 0))  # "6 Finalize": not reached yet
        await settle(pilot)
        assert wizard.step == 2
        await pilot.click("#next")
        await settle(pilot)
        assert wizard.step == 3


async def test_step_4_with_the_mouse_alone(store: Store) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="leave",
            client_ids=[ids["Alpha Ltd"], ids["Beta Bakery"]],
            wizard_step=4,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        preselected = wizard.query_one("#cover-person", Select).value
        await pilot.click("#cover-table", offset=(4, 3))  # highlight the second client's row
        await pilot.click("#cover-one")
        await settle(pilot)
        assert store.handoff(handoff.id).covers == {}  # not saved until the step changes
        assert wizard.handoff.covers == {ids["Beta Bakery"]: preselected}
        await pilot.click("#cover-rest")
        await pilot.click("#next")
        await settle(pilot)
        assert wizard.step == 5
        assert store.handoff(handoff.id).covers == {
            ids["Alpha Ltd"]: preselected,
            ids["Beta Bakery"]: preselected,
        }


async def test_a_fresh_database_gets_its_people_from_the_wizard(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot)
        assert "Nobody is at the firm yet" in shown(app)
        await pilot.click("#add-person")
        await settle(pilot)
        await pilot.press(*"Lena [b]Leaving", "ctrl+s")
        await settle(pilot)
        [person] = store.people()
        assert (person.name, person.role) == ("Lena [b]Leaving", "colleague")
        assert "Added Lena [b]Leaving (colleague)" in shown(app)
        wizard.query_one("#person", Select).value = person.id  # the new person is a choice
        await pilot.click("#add-person")
        await settle(pilot)
        await pilot.press(*"bad", "tab", "tab", *"not-an-email", "ctrl+s")
        await settle(pilot)
        assert "is not an email address" in shown(app)
        assert len(store.people()) == 1


async def test_a_change_made_on_the_command_line_meanwhile_is_never_lost(
    store: Store, db_path: Path
) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 10),
            client_ids=[ids["Alpha Ltd"]],
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        edited = run_cli("edit", str(handoff.id), "--until", "2026-12-12", db=db_path)
        assert edited.returncode == 0, edited.stderr
        wizard.query_one("#kind", Select).value = "leave"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConflictDialog), "the question")
        assert "Changed there: until." in shown(app) and "Your changes: kind." in shown(app)
        stored = store.handoff(handoff.id)
        assert (stored.kind, stored.until) == ("vacation", date(2026, 12, 12))  # not yet
        await pilot.click("#mine")
        await settle(pilot)
        stored = store.handoff(handoff.id)
        assert (stored.kind, stored.until) == ("leave", date(2026, 12, 12))  # both kept
        # Again; this time the owner drops their edit: the wizard shows the handoff as saved.
        edited = run_cli("edit", str(handoff.id), "--until", "2026-12-14", db=db_path)
        assert edited.returncode == 0, edited.stderr
        wizard.query_one("#kind", Select).value = "vacation"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConflictDialog), "the question")
        await pilot.click("#cancel")
        await settle(pilot)
        stored = store.handoff(handoff.id)
        assert (stored.kind, stored.until) == ("leave", date(2026, 12, 14))
        assert wizard.query_one("#until", Input).value == "2026-12-14"
        assert wizard.query_one("#kind", Select).value == "leave"


async def test_steps_passed_before_they_were_drawn_stay_hidden(store: Store) -> None:
    """Each step is composed the first time it is shown; keys faster than that (Ctrl+N held
    down) must still show one step at a time."""
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(person_id=ids["Lena Leaving"], kind="leave", client_ids=[ids["Alpha Ltd"]])
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        for step in (2, 3, 4):
            wizard._go(step)  # no pause: the steps are still being composed
        await settle(pilot)
        text = shown(app)
        assert "Step 4 of 6" in text and "Who covers each client" in text
        assert "Everything a client asked for" not in text and "Filter clients" not in text


async def test_quitting_after_a_command_line_edit_keeps_both_changes(
    store: Store, db_path: Path
) -> None:
    ids = firm(store)
    handoff = store.add_handoff(
        Handoff(
            person_id=ids["Lena Leaving"],
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 10),
            client_ids=[ids["Alpha Ltd"]],
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await open_wizard(pilot, handoff.id)
        edited = run_cli("edit", str(handoff.id), "--until", "2026-12-12", db=db_path)
        assert edited.returncode == 0, edited.stderr
        wizard.query_one("#kind", Select).value = "leave"
        await pilot.pause()
        await app.action_quit()  # no one to ask: the owner's change goes on top of theirs
    stored = Store(db_path).handoff(handoff.id)
    assert (stored.kind, stored.until) == ("leave", date(2026, 12, 12))
