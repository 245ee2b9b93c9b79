"""The contact log: adding entries, importing the printed log sheet, all-or-nothing."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from handoff import contact_log
from handoff.errors import ValidationError
from handoff.model import ContactLogEntry

HEADER = "when,client,who,channel,said,asked_why,outcome\n"


def write(tmp_path, text: str, name: str = "log.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_add_entry_by_names_is_stored_and_cleaned(sample_store):
    entry = contact_log.add_entry(
        sample_store,
        1,
        client="Pere",
        who="Dewi Lestari",
        channel="SMS",
        said="\x1b[2J[bold]Texted[/] two install dates",
        when="2026-11-13 18:05",
        asked_why="yes",
        outcome="Follow up",
    )
    stored = sample_store.log_entries(1)[-1]
    assert stored.id == entry.id
    assert (stored.client_id, stored.who_id, stored.channel) == (4, 5, "sms")
    assert stored.when == datetime(2026, 11, 13, 18, 5)
    assert stored.asked_why is True and stored.outcome == "follow-up"
    assert stored.said == "[bold]Texted[/] two install dates"  # escape gone, text kept as written


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"client": "Emma Clarke"}, "not one of the clients of this handoff"),
        ({"client": "Nobody"}, "no client matches"),
        ({"who": "Nobody"}, "no person matches"),
        ({"channel": "fax"}, "'fax' is not one of email, phone, sms, in person"),
        ({"said": "   "}, "write what was said"),
        ({"when": "2026-11-31 10:00"}, "is not a date and time"),
        ({"when": "2026-12-01 10:00"}, "is in the future"),
        ({"outcome": "angry"}, "'angry' is not one of fine, follow-up, complaint, lost"),
        ({"asked_why": "maybe"}, "is not yes or no"),
    ],
)
def test_add_entry_refuses_bad_input_and_records_nothing(sample_store, fields, message):
    base = {"client": "Pere", "who": "Dewi", "channel": "sms", "said": "Texted", "when": ""}
    before = len(sample_store.log_entries(1))
    with pytest.raises(ValidationError, match=message):
        contact_log.add_entry(sample_store, 1, **{**base, **fields})
    assert len(sample_store.log_entries(1)) == before


def test_import_a_filled_in_sheet(sample_store, tmp_path):
    text = (
        HEADER
        + "2026-11-13 18:00,4,Dewi Lestari,sms,Texted two dates for the splashback,,fine\n"
        + ",,,,,,\n"  # an unused line of the printed sheet
        + '2026-11-14,Jan Kowalczyk,Peter,phone,"Called back: ""sorry"", order\nconfirmed",no,'
        + "follow-up\n"
        + "2026-11-15 09:00,Agnieszka,4,in person,Visited the clinic,TRUE,fine\n"
    )
    result = contact_log.import_log(sample_store, 1, write(tmp_path, text))
    assert len(result.added) == 3 and result.skipped == 0
    log = sample_store.log_entries(1)
    assert len(log) == 7
    jan = next(e for e in log if e.client_id == 2 and e.outcome == "follow-up")
    assert jan.when == datetime(2026, 11, 14, 0, 0)
    assert jan.said == 'Called back: "sorry", order\nconfirmed'
    assert next(e for e in log if e.channel == "in person").asked_why is True
    # the same sheet imported again records nothing twice
    again = contact_log.import_log(sample_store, 1, write(tmp_path, text))
    assert again.added == [] and again.skipped == 3
    assert len(sample_store.log_entries(1)) == 7


def test_import_semicolons_and_a_byte_order_mark(sample_store, tmp_path):
    text = "\ufeffWhen;Client;Who;Channel;Said;Asked why;Outcome\n"
    text += "2026-11-13 18:00;Pere Soler;Dewi;SMS;Texted, as agreed;nie;\n"
    result = contact_log.import_log(sample_store, 1, write(tmp_path, text))
    assert [e.said for e in result.added] == ["Texted, as agreed"]
    assert result.added[0].outcome == "fine"


def test_bad_rows_import_nothing_and_every_one_is_named(sample_store, tmp_path, db_path):
    text = (
        HEADER
        + "2026-11-13 18:00,Pere,Dewi,sms,Fine row,no,fine\n"  # row 2 is good
        + "13/11/2026,Pere,Dewi,sms,Bad date,no,fine\n"  # row 3
        + "2026-11-13 18:00,Emma Clarke,Dewi,sms,Not in this handoff,no,fine\n"  # row 4
        + "2026-11-13 18:00,Pere,Dewi,pigeon,Odd channel,perhaps,angry\n"  # row 5: three
        + "2026-11-13 18:00,Pere,Dewi,sms,,no,fine\n"  # row 6
        + "2026-11-13 18:00,Pere,Dewi,sms,Too,many,cells,here\n"  # row 7
    )
    before = db_path.read_bytes()
    with pytest.raises(contact_log.LogImportError) as caught:
        contact_log.import_log(sample_store, 1, write(tmp_path, text))
    problems = caught.value.problems
    assert problems[0].startswith("row 3, column 'when': '13/11/2026' is not a date")
    assert any(p.startswith("row 4, column 'client': Emma Clarke") for p in problems)
    for column in ("channel", "asked_why", "outcome"):
        assert any(p.startswith(f"row 5, column '{column}'") for p in problems), column
    assert any(p.startswith("row 6, column 'said'") for p in problems)
    assert any(p.startswith("row 7: 8 cells") for p in problems)
    assert not any(p.startswith("row 2") for p in problems)
    assert str(caught.value).startswith(f"{tmp_path / 'log.csv'}: row 3, column 'when'")
    assert str(caught.value).endswith("nothing was imported")
    assert db_path.read_bytes() == before
    assert len(sample_store.log_entries(1)) == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("when,client,who,channel,said\n", "row 1: missing column 'asked_why', 'outcome'"),
        (HEADER.strip() + ",notes\n", "row 1: unknown column 'notes'"),
        (HEADER, "no contacts in the file"),
        (HEADER + '2026-11-13,Pere,Dewi,sms,"unterminated\n', "row 2: a quoted cell is never"),
        (HEADER + '2026-11-13,Pere,Dewi,sms,"a"b",no,fine\n', 'row 2: a " inside a quoted'),
    ],
)
def test_malformed_files_get_a_clear_answer(sample_store, tmp_path, text, message):
    with pytest.raises(ValidationError, match=message):
        contact_log.import_log(sample_store, 1, write(tmp_path, text))
    assert len(sample_store.log_entries(1)) == 4


def test_files_that_are_not_utf8_csv(sample_store, tmp_path):
    latin = write(tmp_path, HEADER + "2026-11-13,Pere,Dewi,sms,Café,no,fine\n", encoding="cp1252")
    with pytest.raises(ValidationError, match="not UTF-8 text"):
        contact_log.import_log(sample_store, 1, latin)
    with pytest.raises(ValidationError, match="no such file"):
        contact_log.import_log(sample_store, 1, tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="is a folder"):
        contact_log.import_log(sample_store, 1, tmp_path)
    utf16 = write(tmp_path, HEADER + "2026-11-13,Pere,Dewi,sms,Café,no,fine\n", "u16.csv", "utf-16")
    assert contact_log.import_log(sample_store, 1, utf16).added[0].said == "Café"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("yes", True), ("TRUE", True), ("1", True), ("", False), ("No", False), ("0", False)],
)
def test_asked_why_values(value, expected):
    assert contact_log.parse_yes_no(value) is expected


def test_what_was_said_is_risk_checked(sample_store):
    entry = contact_log.add_entry(
        sample_store, 2, client="Sarah", who="Dewi", channel="phone",
        said="Tom was fired for not turning up, between us.", when="2026-11-20 10:00",
        asked_why=True,
    )  # fmt: skip
    contacts = contact_log.logged_contacts(sample_store, 2)
    logged = next(c for c in contacts if c.entry.id == entry.id)
    assert logged.findings, "a reason for the dismissal must be flagged"
    assert any("fired" in f.words for f in logged.findings)
    assert isinstance(logged.entry, ContactLogEntry)


_cells = st.sampled_from(
    ["", "2026-11-13 18:00", "2026-13-40", "Pere", "4", "Dewi", "sms", "fax", "yes", "maybe",
     "lost", "x,y", '"', "\x1b[2J", "[bold]", "\u202e", "é", "\x00"]
)  # fmt: skip


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(_cells, min_size=0, max_size=9), max_size=6), sep=st.sampled_from(",;")
)
def test_any_sheet_imports_whole_or_not_at_all(sample_store, tmp_path, rows, sep):
    text = sep.join(contact_log.LOG_COLUMNS) + "\n" + "\n".join(sep.join(r) for r in rows)
    path = tmp_path / "fuzz.csv"
    path.write_text(text, encoding="utf-8")
    before = len(sample_store.log_entries(1))
    try:
        result = contact_log.import_log(sample_store, 1, path)
    except ValidationError as exc:
        assert str(exc).startswith(str(path))  # the message names the file
        assert len(sample_store.log_entries(1)) == before
        return
    assert len(sample_store.log_entries(1)) == before + len(result.added)


def test_a_handoffs_log_is_read_as_the_store_gives_it(sample_store):
    """`handoff_log` reads one handoff's entries without building the firm's whole log; what it
    gives is what `Store.log_entries` gives, in the same order (by time, then id)."""
    for when in ("2026-11-03 08:00", "2026-11-12 14:20"):  # the first before every other
        contact_log.add_entry(
            sample_store, 1, client="Pere", who="Dewi", channel="sms",
            said="  Texted\tthe dates  ", when=when,
        )  # fmt: skip
    for handoff in sample_store.handoffs():
        assert contact_log.handoff_log(sample_store, handoff.id) == sample_store.log_entries(
            handoff.id
        )
    assert len(contact_log.handoff_log(sample_store, 1)) == 6


def test_logged_contacts_find_what_the_checker_finds(sample_store):
    """Entries whose stored analysis found nothing are not checked again; every entry's findings
    are still exactly the checker's."""
    for said in ("Called, all fine", "She was fired for misconduct", "Sent the dates"):
        contact_log.add_entry(
            sample_store, 1, client="Jan", who="Peter", channel="phone", said=said
        )
    contacts = contact_log.logged_contacts(sample_store, 1)
    assert len(contacts) == 7
    assert any(c.findings for c in contacts) and any(not c.findings for c in contacts)
    for c in contacts:
        expected = contact_log.check_said(c.entry.said, c.client.language, "vacation")
        assert list(c.findings) == expected
    # an analysis stored under other rules is not trusted: the entry is checked again
    fired = next(c.entry for c in contacts if "fired" in c.entry.said)
    stale = {"rules": "older rules", "lang": "pl", "kind": "vacation", "risky": False}
    sample_store.save_log_analyses({fired.id: {**stale, "claim": False}})
    again = next(c for c in contact_log.logged_contacts(sample_store, 1) if c.entry.id == fired.id)
    assert again.entry.analysis["rules"] == "older rules" and again.findings
