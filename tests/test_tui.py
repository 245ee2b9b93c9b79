"""The TUI through Pilot at 80×24: dashboard, client book, every wizard step, markup safety."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import DataTable, Input, Select, SelectionList, TextArea
from tui_support import screen_text, settle, until, until_shown

from handoff.model import Client, Handoff, OpenItem, Person
from handoff.store import Store
from handoff.tui.app import HandoffApp
from handoff.tui.screens.client_detail import ClientScreen
from handoff.tui.screens.clients import ClientBookScreen
from handoff.tui.screens.dashboard import DashboardScreen
from handoff.tui.screens.dialogs import ConfirmDialog
from handoff.tui.screens.help import HelpScreen
from handoff.tui.screens.wizard import WizardScreen
from handoff.tui.widgets.step_indicator import StepIndicator
from handoff.tui.widgets.virtual_table import VirtualTable

SIZE = (80, 24)
MARKUP_NAMES = ["[bold]x", "[/]", "Smith [/", "Acme [@click=app.quit]Corp[/]"]


def firm(store: Store) -> dict[str, int]:
    """A small firm: one person leaving, two colleagues, a boss, HR, legal, three clients."""
    ids = {}
    for name, role in [
        ("Olga Owner", "owner"),
        ("Lena Leaving", "colleague"),
        ("Carl Cover", "colleague"),
        ("Dora Cover", "colleague"),
        ("Bea Boss", "boss"),
        ("Hugo HR", "hr"),
        ("Lara Legal", "legal"),
    ]:
        ids[name] = store.add_person(Person(name=name, role=role)).id
    for name in ("Alpha Ltd", "Beta Bakery", "Gamma Garage"):
        ids[name] = store.add_client(
            Client(
                name=name,
                email=f"{name.split()[0].lower()}@example.com",
                manager_id=ids["Lena Leaving"],
            )
        ).id
    ids["Zeta Other"] = store.add_client(
        Client(name="Zeta Other", phone="+44 20 0000 0000", manager_id=ids["Carl Cover"])
    ).id
    return ids


async def open_wizard(pilot, handoff_id: int | None = None) -> WizardScreen:
    app = pilot.app
    if handoff_id is None:
        await pilot.press("n")
    else:
        app.open_handoff(handoff_id)
    await settle(pilot)
    assert isinstance(app.screen, WizardScreen)
    return app.screen


async def fill_step_1(pilot, wizard: WizardScreen, person: int, kind: str, starts: str) -> None:
    wizard.query_one("#person", Select).value = person
    wizard.query_one("#kind", Select).value = kind
    await pilot.pause()
    wizard.query_one("#starts", Input).value = starts
    await pilot.pause()


def shown(app) -> str:
    """The screen's words with line breaks and padding squeezed (a message may wrap)."""
    return " ".join(screen_text(app).split())


def table_text(table: DataTable | VirtualTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(r)] for r in range(table.row_count)]


# -- dashboard ---------------------------------------------------------------------------------
async def test_dashboard_shows_handoffs_with_status_and_counts(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, DashboardScreen)
        text = shown(app)
        assert "Marta Puig" in text and "vacation" in text
        assert "5/5" in text  # covered / clients
        assert "draft" in text
        # filter as you type
        await pilot.press("slash", *"termin")
        await settle(pilot)
        rows = table_text(app.screen.query_one("#handoffs", DataTable))
        assert [r[0] for r in rows] == ["Tom Fletcher\ntermination"]


async def test_opened_by_path_the_database_is_read_after_the_first_frame(
    sample_store: Store,
) -> None:
    app = HandoffApp(sample_store.path)  # as `handoff` starts it
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Marta Puig" in shown(app)
        assert app.failure is None and app.is_running


@pytest.mark.parametrize(
    "content, error",
    [
        ("[1, 2, 3]", "DamagedDatabase"),  # not a database at all
        # a field of the wrong type: refused naming the record and the field
        (
            '{"_meta": {"1": {"schema": 1}}, "handoffs": {"1": {"person_id": "x"}}}',
            "DamagedDatabase",
        ),
    ],
)
async def test_a_file_that_cannot_be_used_closes_the_app(db_path, content, error) -> None:
    """Opened by path (as `handoff` does), the file is first read after the first frame; when it
    cannot be used the app closes and hands the error to the command line, which prints one
    line (never a traceback on the screen)."""
    db_path.write_text(content, encoding="utf-8")
    app = HandoffApp(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await until(pilot, lambda: not app.is_running, "the app closing")
    assert type(app.failure).__name__ == error
    assert app.return_code == 2
    assert db_path.read_text(encoding="utf-8") == content


async def test_empty_database_says_how_to_start(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Press n to start one" in shown(app)


async def test_help_theme_and_palette(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = shown(app)
        assert "Start a handoff" in text and "Clients" in text  # the keys of the screen below
        await pilot.press("escape")
        await pilot.pause()
        dark = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != dark
        await pilot.press("ctrl+t")
        assert app.theme == dark
        # the palette offers the app's actions and every handoff
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"client book")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClientBookScreen)


# -- client book -------------------------------------------------------------------------------
async def test_client_book_filters_adds_and_archives(sample_store: Store) -> None:
    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        book = app.screen
        assert isinstance(book, ClientBookScreen)
        table = book.query_one("#clients", VirtualTable)
        assert table.row_count == 14
        await pilot.press("slash", *"santoso")
        await until(pilot, lambda: table.row_count == 1, "the filter")
        assert [r[0] for r in table_text(table)] == ["Budi Santoso ★"]
        assert "1 of 14 clients" in shown(app)
        # add a client through the form
        book.query_one("#filter", Input).value = ""
        await until(pilot, lambda: table.row_count == 14, "the filter cleared")
        table.focus()
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Nadia New", "tab", *"Nadia Tiles")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert any(
            c.name == "Nadia New" and c.company == "Nadia Tiles" for c in sample_store.clients()
        )
        assert table.row_count == 15
        # archive asks first
        names = [r[0] for r in table_text(table)]
        table.move_cursor(row=names.index("Nadia New"))
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.click("#yes")
        await settle(pilot)
        archived = [c for c in sample_store.clients(include_archived=True) if c.name == "Nadia New"]
        assert archived[0].archived
        assert table.row_count == 14


async def test_client_form_refuses_bad_email(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Bad Mail", "tab", "tab", *"not-an-email", "ctrl+s")
        await settle(pilot)
        assert "is not an email address" in shown(app)
        assert store.clients() == []


async def test_client_screen_private_notes_and_open_items(store: Store) -> None:
    client = store.add_client(
        Client(
            name="Priya Private",
            preferred_channel="phone",
            availability="mornings only",
            checkin="one call a week, Monday",
            private_notes="CANARY late payer",
        )
    )
    store.add_item(OpenItem(client_id=client.id, title="Send the quote", due=date(2026, 11, 1)))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(ClientScreen(client.id))
        await settle(pilot)
        text = shown(app)
        assert "mornings only" in text and "one call a week, Monday" in text and "phone" in text
        assert "CANARY" not in text  # hidden until revealed
        await pilot.press("v")
        text = await until_shown(pilot, "CANARY late payer")
        assert "PRIVATE" in text
        await pilot.press("v")
        await until(pilot, lambda: "CANARY" not in shown(app), "the notes hidden again")
        # check the item off: it stays, crossed out
        await pilot.press("x")
        await settle(pilot)
        assert store.items(client.id)[0].status == "done"
        table = app.screen.query_one("#items", DataTable)
        title = table.get_row_at(0)[2]  # Due, Status, Open item, Next step
        assert str(title) == "Send the quote" and "strike" in str(title.style)
        # add one through the form
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Call back about tiles", "ctrl+s")
        await settle(pilot)
        assert sorted(i.title for i in store.items(client.id)) == [
            "Call back about tiles",
            "Send the quote",
        ]
        assert table.row_count == 2
        # edit the client: the new check-in rhythm is saved and shown
        await pilot.press("e")
        await settle(pilot)
        app.screen.query_one("#checkin", Input).value = "every other Friday"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert store.client(client.id).checkin == "every other Friday"
        assert store.client(client.id).private_notes == "CANARY late payer"  # kept as it was
        assert "every other Friday" in shown(app)


async def test_thousands_of_clients_stay_in_one_table(store: Store) -> None:
    store.add_clients(Client(name=f"Client {n:05}", company=f"Firm {n % 97}") for n in range(3000))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        book = app.screen
        table = book.query_one("#clients", VirtualTable)
        assert table.row_count == 3000
        assert len(list(book.query("*"))) < 100  # rows are not widgets
        await pilot.press("slash", *"02999")
        await until(pilot, lambda: table.row_count == 1, "the filter")
        assert [r[0] for r in table_text(table)] == ["Client 02999"]


async def test_client_book_columns_fit_the_window_after_a_resize(store: Store) -> None:
    long = "Clinica Dental Puigcerdà i Associats de Barcelona"
    store.add_client(Client(name=long, company="A company with a long name as well, S.L."))
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert long not in shown(app) and "Clinica Dental" in shown(app)  # cut to fit 80
        await pilot.resize_terminal(160, 24)
        await settle(pilot)
        assert long in shown(app)


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


# -- user text is data, never markup -----------------------------------------------------------
@pytest.fixture
def markup_store(store: Store) -> tuple[Store, int]:
    leaving = store.add_person(Person(name="[bold]x", role="colleague"))
    cover = store.add_person(Person(name="Smith [/", role="colleague"))
    store.add_person(Person(name="[/]", role="boss"))
    clients = []
    for name in MARKUP_NAMES:
        client = store.add_client(
            Client(
                name=name,
                company="[red]Co[/red]",
                email="a@example.com",
                availability="[i]mornings[/i]",
                notes="[@click=app.quit]note[/]",
                manager_id=leaving.id,
            )
        )
        store.add_item(OpenItem(client_id=client.id, title=f"item {name}", next_step="[b]go"))
        clients.append(client.id)
    handoff = store.add_handoff(
        Handoff(
            person_id=leaving.id,
            kind="vacation",
            starts=date(2026, 12, 1),
            until=date(2026, 12, 10),
            client_ids=clients,
            covers=dict.fromkeys(clients, cover.id),
            escalation=store.default_escalation(),
        )
    )
    return store, handoff.id


async def test_markup_in_names_is_shown_literally_everywhere(markup_store) -> None:
    store, handoff_id = markup_store
    app = HandoffApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "[bold]x" in shown(app)
        # the client book, and a click on the @click cell fires nothing
        await pilot.press("c")
        await settle(pilot)
        text = shown(app)
        for name in MARKUP_NAMES:
            assert name in text
        assert "[red]Co[/red]" in text
        table = app.screen.query_one("#clients", VirtualTable)
        names = [r[0] for r in table_text(table)]
        row = names.index("Acme [@click=app.quit]Corp[/]")
        table.move_cursor(row)
        await pilot.click("#clients", offset=(10, row + 1))
        await settle(pilot)
        assert app.is_running
        # the client screen (details, items) and the form
        if not isinstance(app.screen, ClientScreen):
            await pilot.press("enter")
            await settle(pilot)
        text = shown(app)
        assert "Acme [@click=app.quit]Corp[/]" in text
        assert "[i]mornings[/i]" in text and "[@click=app.quit]note[/]" in text
        assert "item Acme [@click=app.quit]Corp[/]" in text and "[b]go" in text
        await pilot.press("e")
        await settle(pilot)
        assert app.screen.query_one("#name", Input).value == "Acme [@click=app.quit]Corp[/]"
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        # every wizard step
        app.open_handoff(handoff_id)
        await settle(pilot)
        wizard = app.screen
        assert isinstance(wizard, WizardScreen)
        assert "[bold]x (colleague)" in shown(app)
        for step in (2, 3, 4, 5, 6):
            wizard._go(step)
            await settle(pilot)
            text = shown(app)
            assert "Smith [/" in text or step in (2, 3, 5), step
            assert "Acme [@click=app.quit]Corp[/]" in text or step == 6, step
            assert app.is_running
        assert "[bold]x" in text and "Smith [/ (4)" in text
        await pilot.press("f1")
        await pilot.pause()
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        # the print dialog lists the covering colleague; the item form lists the clients
        await pilot.press("ctrl+o")
        await settle(pilot)
        for_whom = app.screen.query_one("#for", Select)
        for_whom.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "Smith [/ (only their clients)" in shown(app)
        await pilot.press("escape", "escape")
        await settle(pilot)
        wizard._go(3)
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        client = app.screen.query_one("#client", Select)
        client.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "Acme [@click=app.quit]Corp[/]" in shown(app)
        await pilot.press("escape", "escape")
        await settle(pilot)
        # the command palette: handoff names as written
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"open handoff")
        await settle(pilot)
        assert "Open handoff: [bold]x (vacation " in shown(app)
        assert app.is_running


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


async def test_contact_log_review_and_import_screens_are_wired(sample_store: Store) -> None:
    from handoff.tui.screens.contact_log import ContactLogScreen
    from handoff.tui.screens.import_clients import ImportClientsScreen
    from handoff.tui.screens.review import ReviewScreen

    app = HandoffApp(sample_store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, screen in (
            ("l", ContactLogScreen),
            ("r", ReviewScreen),
            ("i", ImportClientsScreen),
        ):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen), key
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, DashboardScreen)
        # the same through the command palette
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"return review marta")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


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


async def test_palette_adds_a_person(store: Store) -> None:
    app = HandoffApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"add a person", "enter")
        await settle(pilot)
        await pilot.press(*"Hugo HR")
        app.screen.query_one("#role", Select).value = "hr"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [(p.name, p.role) for p in store.people()] == [("Hugo HR", "hr")]
