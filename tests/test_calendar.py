"""The handoff's calendar, parsed back with `icalendar` as a calendar program would read it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from conftest import run_cli
from dateutil.rrule import rrulestr
from icalendar import Calendar

from handoff.store import Store


def read_ics(path: Path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events(calendar: Calendar) -> dict[str, Any]:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def occurrences(event: Any) -> list[date | datetime]:
    start = event.decoded("DTSTART")
    rule = event["RRULE"].to_ical().decode()
    if not isinstance(start, datetime):
        start = datetime.combine(start, datetime.min.time())
    return list(rrulestr(rule, dtstart=start))


def test_the_vacation_calendar_holds_the_dates_check_ins_and_open_items(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "marta.ics"
    result = run_cli("calendar", "1", "-o", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "no repeating check-in for Pere Soler" in result.stdout  # "Text when the tiler..."
    calendar = read_ics(out)
    found = events(calendar)
    away = found["Marta Puig away (vacation)"]
    assert away.decoded("DTSTART") == date(2026, 11, 2)
    assert away.decoded("DTEND") == date(2026, 11, 20)  # exclusive: the last day away is the 19th
    back = found["Marta Puig is back: clients go back to Marta Puig"]
    assert back.decoded("DTSTART") == date(2026, 11, 20)

    # "A short call every Monday morning": every Monday of the absence, for Peter Nowak
    monday = found["Check-in: Agnieszka Wiśniewska (Wiśniewska Dental Clinic) — Peter Nowak"]
    assert [d.date() for d in occurrences(monday)] == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
    ]
    assert "Agreed: A short call every Monday morning" in str(monday["DESCRIPTION"])
    # "Fortnightly video call, Wednesdays": every other Wednesday
    budi = found["Check-in: Budi Santoso (PT Santoso Properti) — Peter Nowak"]
    assert [d.date() for d in occurrences(budi)] == [date(2026, 11, 4), date(2026, 11, 18)]
    # "Call when an order changes, otherwise none": no event; "Weekly ... on Fridays": Fridays
    assert not any("Jan Kowalczyk" in s for s in found)
    fridays = found["Check-in: Montserrat Vidal (Hotel Vidal Girona) — Dewi Lestari"]
    assert {d.weekday() for d in occurrences(fridays)} == {4}

    todos = {str(t["SUMMARY"]): t for t in calendar.walk("VTODO")}
    grout = todos["Agnieszka Wiśniewska: Confirm grout colour for the staff bathroom"]
    assert grout.decoded("DUE") == date(2026, 11, 10)
    assert "Send three grout samples" in str(grout["DESCRIPTION"])
    assert "Agnieszka Wiśniewska: Deposit received" not in todos  # done items are not to-dos
    assert len(todos) == 7


def test_one_colleague_s_calendar_after_a_departure(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dewi.ics"
    result = run_cli("calendar", "2", "-o", str(out), "--for", "Dewi", db=db_path)
    assert result.returncode == 0, result.stderr
    calendar = read_ics(out)
    assert "for Dewi Lestari" in str(calendar["X-WR-CALNAME"])
    found = events(calendar)
    assert set(found) == {
        "Tom Fletcher no longer works here: clients go to their new contacts",
        "Check-in: Sarah Whitfield (Whitfield Architects)",
        "Check-in: Laia Ferrer (Ferrer Arquitectura)",
    }
    # "One planned call a week, Tuesdays 14:00": half an hour on Tuesdays, for good
    tuesday = found["Check-in: Sarah Whitfield (Whitfield Architects)"]
    assert tuesday.decoded("DTSTART") == datetime(2026, 11, 17, 14, 0)
    assert tuesday.decoded("DURATION") == timedelta(minutes=30)
    assert "UNTIL" not in tuesday["RRULE"]
    assert tuesday["RRULE"]["FREQ"] == ["WEEKLY"] and tuesday["RRULE"]["BYDAY"] == ["TU"]
    monthly = found["Check-in: Laia Ferrer (Ferrer Arquitectura)"]
    assert monthly["RRULE"]["FREQ"] == ["MONTHLY"]
    owners = {
        str(t["DESCRIPTION"]).split("Covering: ")[1].split("\n")[0] for t in calendar.walk("VTODO")
    }
    assert owners == {"Dewi Lestari"}


def test_the_same_entries_keep_their_uids_from_one_export_to_the_next(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run_cli("calendar", "1", "-o", str(first), db=db_path).returncode == 0
    assert run_cli("calendar", "1", "-o", str(second), db=db_path).returncode == 0

    def uids(path: Path) -> list[str]:
        return sorted(str(c["UID"]) for c in read_ics(path).walk() if "UID" in c)

    assert uids(first) == uids(second)
    assert len(set(uids(first))) == len(uids(first))


def test_a_stored_rule_is_used_even_when_the_text_says_nothing_regular(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    client = sample_store.client(7)  # David Okafor: "Call after each flat is finished"
    client.checkin_rule = "every 2 weeks on Thursday"
    sample_store.update_client(client)
    out = tmp_path / "tom.ics"
    assert run_cli("calendar", "2", "-o", str(out), db=db_path).returncode == 0
    thursday = events(read_ics(out))["Check-in: David Okafor (Okafor Lettings) — Peter Nowak"]
    assert thursday["RRULE"]["INTERVAL"] == [2] and thursday["RRULE"]["BYDAY"] == ["TH"]


def test_bad_input_gets_one_line(sample_store: Store, db_path: Path, tmp_path: Path) -> None:
    cases = [
        (("calendar", "nobody", "-o", str(tmp_path / "x.ics")), "no handoff matches 'nobody'"),
        (("calendar", "1", "-o", str(tmp_path)), "is a folder"),
        (("calendar", "1", "-o", str(tmp_path / "no" / "x.ics")), "does not exist"),
        (("calendar", "1", "-o", str(tmp_path / "x.ics"), "--for", "Nobody"), "no person"),
    ]
    for args, words in cases:
        result = run_cli(*args, db=db_path)
        assert result.returncode == 2, args
        assert words in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
