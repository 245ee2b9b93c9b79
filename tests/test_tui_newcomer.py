"""What stopped a newcomer in the app at 80×24, each walked through with Pilot and keys."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Button, Input, Select, SelectionList, TextArea
from tui_support import screen_text, settle, shown, until, until_shown

from handoff.model import Client, Handoff, OpenItem, Person
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.client_form import ClientForm
from handoff.tui.screens.contact_log import ContactLogScreen
from handoff.tui.screens.dialogs import ConfirmDialog
from handoff.tui.screens.print_dialog import PrintDialog
from handoff.tui.screens.wizard import WizardScreen

SIZE = (80, 24)


async def new_wizard(pilot, person: int, kind: str = "termination") -> WizardScreen:
    await pilot.press("n")
    await until(pilot, lambda: isinstance(pilot.app.screen, WizardScreen), "the wizard")
    wizard = pilot.app.screen
    await settle(pilot)
    wizard.query_one("#person", Select).value = person
    wizard.query_one("#kind", Select).value = kind
    wizard.query_one("#starts", Input).value = "2026-12-01"
    await settle(pilot)
    return wizard


async def step(pilot, wizard: WizardScreen, number: int) -> None:
    while wizard.step < number:
        await pilot.press("ctrl+n")
        await settle(pilot)
    await until_shown(pilot, f"Step {number} of 6")


# -- 1: an empty database has a way forward from step 2 ---------------------------------------
async def test_step_2_adds_a_client_and_sees_clients_added_elsewhere(store: Store) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await new_wizard(pilot, lena)
        await step(pilot, wizard, 2)
        assert "0 of 0 chosen" in shown(app)
        wizard.query_one("#add-client", Button).focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ClientForm), "the client form")
        await pilot.press(*"Alpha Ltd", "enter")  # Enter saves the form
        await until_shown(pilot, "1 of 1 chosen")
        assert "chosen · Alpha Ltd" in shown(app)
        # a client added from another screen (the client book) shows when the wizard is back
        store.add_client(Client(name="Beta Bakery"))
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press("escape")
        await until_shown(pilot, "1 of 2 chosen")
        assert "Beta Bakery" in shown(app)
        await pilot.press("ctrl+n")
        await until_shown(pilot, "Step 3 of 6")
    [handoff] = store.handoffs()
    assert [store.client(c).name for c in handoff.client_ids] == ["Alpha Ltd"]


# -- 2: escalation routes pick up people added meanwhile; a missing route is missing ----------
async def test_routes_pick_up_people_added_in_the_wizard_and_step_6_lists_missing_ones(
    store: Store,
) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    store.add_person(Person(name="Carl Cover"))
    store.add_client(Client(name="Alpha Ltd", email="a@example.com", manager_id=lena))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await new_wizard(pilot, lena)
        await step(pilot, wizard, 4)
        await pilot.press("enter")  # Alpha Ltd → Carl Cover
        await until_shown(pilot, "Who covers each client (1/1)")
        await step(pilot, wizard, 6)
        text = await until_shown(pilot, "Missing escalation routes")
        assert "Nothing is missing" not in text
        assert "Questions about staff or why someone left: nobody answers them" in text
        # HR joins (added from the wizard's own form); step 4 now routes staff questions to them
        wizard.action_add_person()
        await settle(pilot)
        await pilot.press(*"Hugo HR", "tab")
        form = app.screen
        form.query_one("#role", Select).value = "hr"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any(p.name == "Hugo HR" for p in wizard.people), "Hugo")
        await settle(pilot)
        await pilot.press("ctrl+b", "ctrl+b")
        await until_shown(pilot, "Step 4 of 6")
        assert wizard.query_one("#esc-personnel", Select).value == next(
            p.id for p in store.people() if p.name == "Hugo HR"
        )
        await step(pilot, wizard, 6)
        text = await until_shown(pilot, "Missing escalation routes")
        assert "Questions about staff" not in text
        assert "Contract or billing questions: nobody answers them" in text


# -- 3: Esc does not throw away a typed contact-log entry -------------------------------------
async def test_escape_asks_before_throwing_away_a_typed_entry(sample_store: Store) -> None:
    handoff = sample_store.handoffs()[0]
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_contact_log(handoff.id)
        await until(pilot, lambda: isinstance(app.screen, ContactLogScreen), "the log")
        log = app.screen
        await settle(pilot)
        log.query_one("#said", TextArea).focus()
        await pilot.press(*"Called, all fine")
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        assert "not saved" in shown(app)
        await pilot.press("enter")  # the default keeps the entry
        await until(pilot, lambda: app.screen is log, "back to the log")
        assert log.query_one("#said", TextArea).text == "Called, all fine"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        await pilot.press("y")
        await until(pilot, lambda: log not in app.screen_stack, "the log closed")


# -- 4: v shows the private notes on screen at 80×24 ------------------------------------------
async def test_v_brings_the_private_notes_into_view(store: Store) -> None:
    client = store.add_client(
        Client(
            name="Alpha Ltd",
            company="Alpha",
            email="a@example.com",
            phone="+44 20 0000 0000",
            preferred_channel="phone",
            availability="mornings",
            checkin="monthly",
            notes="Likes short calls.\nPrefers Tuesday.\nParking at the back.",
            private_notes="Owes us a favour",
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ClientScreen(client.id))
        await until_shown(pilot, "Alpha Ltd")
        await settle(pilot)
        assert "Owes us a favour" not in shown(app)
        await pilot.press("v")
        await until_shown(pilot, "PRIVATE — owner only")
        assert "Owes us a favour" in shown(app)
        assert "v Private" in screen_text(app).splitlines()[-1]  # the footer says it whole


# -- 5: due dates whole, overdue said in words ------------------------------------------------
async def test_due_dates_are_whole_and_overdue_items_say_so(store: Store) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    client = store.add_client(
        Client(name="A client with a rather long name indeed", email="a@example.com")
    )
    store.add_item(
        OpenItem(
            client_id=client.id,
            title="Send the revised quote for the whole ground floor and the stairs",
            due=date(2026, 11, 20),
            next_step="call first",
        )
    )
    store.add_item(OpenItem(client_id=client.id, title="Later", due=date(2026, 12, 4)))
    handoff = store.add_handoff(
        Handoff(person_id=lena, kind="vacation", client_ids=[client.id], wizard_step=3)
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ClientScreen(client.id))
        text = await until_shown(pilot, "2026-11-20 overdue")
        assert "2026-12-04" in text and "2026-12-04 overdue" not in text
        await pilot.press("escape")
        app.open_handoff(handoff.id)
        await until_shown(pilot, "Step 3 of 6")
        text = await until_shown(pilot, "2026-11-20 overdue")
        assert "2026-12-04" in text


# -- 6: risk findings in step 5 are reachable and readable ------------------------------------
async def test_step_5_findings_are_reached_with_tab_and_scrolled_with_keys(store: Store) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    carl = store.add_person(Person(name="Carl Cover")).id
    client = store.add_client(Client(name="Alpha Ltd", email="a@example.com"))
    risky = (
        "Lena was fired for misconduct and she was incompetent. "
        "Between us, she was dishonest and lazy, and she is gone for good."
    )
    handoff = store.add_handoff(
        Handoff(
            person_id=lena,
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[client.id],
            covers={client.id: carl},
            scripts={client.id: risky},
            wizard_step=5,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_handoff(handoff.id)
        await until_shown(pilot, "Step 5 of 6")
        await until_shown(pilot, "⚠ Script")
        wizard = app.screen
        box = wizard.query_one("#findings-box")
        for _ in range(6):  # Tab from the client list reaches the findings
            if app.focused is box:
                break
            await pilot.press("tab")
        assert app.focused is box
        await pilot.press("end")
        await settle(pilot)
        assert "Instead:" in shown(app)
        assert box.max_scroll_y > 0 and box.scroll_y == box.max_scroll_y


# -- 7: no focus traps --------------------------------------------------------------------------
async def test_typing_on_the_client_list_filters(store: Store) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    for name in ("Alpha Ltd", "Beta Bakery", "Gamma Garage"):
        store.add_client(Client(name=name, manager_id=lena))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wizard = await new_wizard(pilot, lena)
        await step(pilot, wizard, 2)
        pick = wizard.query_one("#client-pick", SelectionList)
        assert app.focused is pick
        await pilot.press(*"beta")
        await until(pilot, lambda: pick.option_count == 1, "the filter")
        assert wizard.query_one("#client-filter", Input).value == "beta"


async def test_enter_confirms_finalizing(store: Store) -> None:
    lena = store.add_person(Person(name="Lena Leaving")).id
    carl = store.add_person(Person(name="Carl Cover")).id
    client = store.add_client(Client(name="Alpha Ltd", email="a@example.com"))
    handoff = store.add_handoff(
        Handoff(
            person_id=lena,
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[client.id],
            covers={client.id: carl},
            wizard_step=6,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_handoff(handoff.id)
        await until_shown(pilot, "Not finalized yet")
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(app.screen, ConfirmDialog), "the question")
        await pilot.press("enter")
        await until_shown(pilot, "Packet version 1 frozen")
    assert len(store.packet_versions(handoff.id)) == 1


# -- 8: printed files: named after the person, in the documents folder, path kept -------------
async def test_print_names_the_file_after_the_person_and_keeps_the_path(
    store: Store, tmp_path: Path
) -> None:
    documents = Path.home() / "Documents"
    documents.mkdir()
    lena = store.add_person(Person(name="Lena Leaving")).id
    carl = store.add_person(Person(name="Carl Cover")).id
    client = store.add_client(Client(name="Alpha Ltd", email="a@example.com"))
    handoff = store.add_handoff(
        Handoff(
            person_id=lena,
            kind="termination",
            starts=date(2026, 12, 1),
            client_ids=[client.id],
            covers={client.id: carl},
            wizard_step=6,
        )
    )
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.open_handoff(handoff.id)
        await until_shown(pilot, "Not finalized yet")
        wizard = app.screen
        await pilot.press("ctrl+o")
        await until(pilot, lambda: isinstance(app.screen, PrintDialog), "the print dialog")
        dialog = app.screen
        await settle(pilot)
        dialog.query_one("#fmt", Select).value = "html"
        dialog.query_one("#for", Select).value = carl
        await settle(pilot)
        expected = documents / "lena-leaving-termination-2026-12-01-packet-for-carl-cover.html"
        assert dialog.query_one("#output", Input).value == str(expected)
        dialog.query_one("#go", Button).focus()
        await pilot.press("enter")  # Enter prints
        await until(pilot, expected.exists, "the file")
        await until_shown(pilot, "Last printed:")
        assert app.screen is wizard
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == str(expected)


# -- 10: small things ---------------------------------------------------------------------------
async def test_footers_fit_and_words_are_right(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "f1 Help" in screen_text(app).splitlines()[-1]
        tom = next(p for p in sample_store.people() if p.name == "Tom Fletcher")
        client = next(c for c in sample_store.clients() if c.manager_id == tom.id)
        app.push_screen(ClientScreen(client.id))
        await until_shown(pilot, "Looked after by: Tom Fletcher")
