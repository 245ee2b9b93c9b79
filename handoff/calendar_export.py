"""A calendar of the handoff (RFC 5545, with the `icalendar` package) for the covering colleagues.

It holds the first day away (or the effective date of a departure), the return day, each
client's agreed check-ins as a repeating event for the colleague who covers them (from the
client's check-in rule, `handoff.checkin`), and each open item as a to-do on its due date.
Names, dates, contact details, item titles and next steps only, as in the packet: never a
private note or reason. Every entry keeps the same UID from one export to the next, so
importing a newer file updates the entries instead of doubling them. Never imports textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from icalendar import Calendar, Event, Todo

from handoff import __version__, clock, reach
from handoff.checkin import CheckinRule
from handoff.errors import HandoffError, NotFound
from handoff.storage import atomic_write_bytes
from handoff.store import Store

CHECKIN_MINUTES = 30  # a check-in with a time of day is put in for half an hour
UID_DOMAIN = "handoff.invalid"  # RFC 2606: never a real host
PRODID = f"-//handoff//handoff {__version__}//EN"


@dataclass(frozen=True)
class CalendarWritten:
    path: Path
    events: int
    todos: int
    checkins: int
    no_rhythm: list[str]  # clients whose check-in text states no regular rhythm


def _uid(handoff_id: int, what: str) -> str:
    return f"handoff-{handoff_id}-{what}@{UID_DOMAIN}"


def _all_day(summary: str, day: date, last: date, uid: str, stamp: datetime) -> Event:
    """An all-day event from `day` to `last` (both included)."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", day)
    event.add("dtend", max(last, day) + timedelta(days=1))  # DTEND of a date is exclusive
    event.add("transp", "TRANSPARENT")  # a marker, not a busy day
    return event


def _description(lines: list[tuple[str, str]]) -> str:
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def _checkin(
    outreach: reach.Outreach,
    client: dict[str, Any],
    rule: CheckinRule,
    starts: date,
    last: date | None,
    stamp: datetime,
    several: bool,
) -> Event:
    cover = client["cover"]
    who = client["name"] + (f" ({client['company']})" if client["company"] else "")
    event = Event()
    event.add("uid", _uid(outreach.handoff_id, f"checkin-{client['id']}"))
    event.add("dtstamp", stamp)
    event.add("summary", f"Check-in: {who}" + (f" — {cover['name']}" if several else ""))
    first = rule.first_on_or_after(starts)
    until: date | datetime | None = last
    if rule.at is not None:
        begin = datetime.combine(first, rule.at)  # floating: the colleague's own local time
        event.add("dtstart", begin)
        event.add("duration", timedelta(minutes=CHECKIN_MINUTES))
        if last is not None:
            until = datetime.combine(last, time(23, 59, 59))
    else:
        event.add("dtstart", first)
        event.add("dtend", first + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    event.add("rrule", rule.rrule(until))
    event.add(
        "description",
        _description(
            [
                ("Agreed", client["checkin"]),
                ("Rule", rule.text()),
                ("Covering", cover["name"]),
                ("Preferred channel", client["preferred_channel"]),
                ("Phone", client["phone"]),
                ("Email", client["email"]),
                ("Availability", client["availability"]),
            ]
        ),
    )
    return event


def _todo(
    outreach: reach.Outreach, client: dict[str, Any], item: dict[str, Any], stamp: datetime
) -> Todo:
    todo = Todo()
    todo.add("uid", _uid(outreach.handoff_id, f"item-{item['id']}"))
    todo.add("dtstamp", stamp)
    todo.add("summary", f"{client['name']}: {item['title']}")
    if item["due"]:
        todo.add("due", date.fromisoformat(item["due"]))
    todo.add("status", "NEEDS-ACTION")
    todo.add(
        "description",
        _description(
            [
                ("Next step", item["next_step"]),
                ("Status", item["status"]),
                ("Covering", client["cover"]["name"]),
                ("Client", client["name"]),
            ]
        ),
    )
    return todo


def _rule(store: Store, client_id: int) -> CheckinRule | None:
    """The client's check-in rule; only the rule is read from the record."""
    try:
        return store.client(client_id).checkin_rhythm
    except NotFound:
        return None


def build_calendar(
    store: Store,
    handoff_id: int,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> tuple[Calendar, list[str]]:
    """The calendar (one colleague's clients with `for_person`) and the clients whose
    check-in text states no regular rhythm. Raises `printing.RiskRefused` like printing."""
    outreach = reach.load(store, handoff_id, for_person, override_risk)
    starts, until = outreach.require_dates("calendar")
    stamp = clock.now().astimezone(UTC)
    leaving = outreach.leaving["name"]
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    title = f"{leaving} — {outreach.kind}"
    if for_person is not None and outreach.context["covering"]:
        title += f", for {outreach.context['covering'][0]['name']}"
    calendar.add("x-wr-calname", title)
    if until is not None:
        away = _all_day(
            f"{leaving} away ({outreach.kind})",
            starts,
            until - timedelta(days=1),
            _uid(handoff_id, "away"),
            stamp,
        )
        back = _all_day(
            f"{leaving} is back: clients go back to {leaving}",
            until,
            until,
            _uid(handoff_id, "return"),
            stamp,
        )
        calendar.add_component(away)
        calendar.add_component(back)
    else:
        calendar.add_component(
            _all_day(
                f"{leaving} no longer works here: clients go to their new contacts",
                starts,
                starts,
                _uid(handoff_id, "departure"),
                stamp,
            )
        )
    last = until - timedelta(days=1) if until is not None else None
    several = len({c["cover"]["name"] for c in outreach.clients}) > 1
    no_rhythm: list[str] = []
    for client in outreach.clients:
        if not client["cover"]["name"]:
            continue
        rule = _rule(store, int(client["id"]))
        if rule is None or not rule.recurring:
            if rule is None and client["checkin"]:
                no_rhythm.append(client["name"])
        elif last is None or rule.first_on_or_after(starts) <= last:
            calendar.add_component(_checkin(outreach, client, rule, starts, last, stamp, several))
        for item in client["items"]:
            if item["status"] != "done":
                calendar.add_component(_todo(outreach, client, item, stamp))
    return calendar, no_rhythm


def write_calendar(
    store: Store,
    handoff_id: int,
    output: Path | str,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> CalendarWritten:
    """Write the calendar to `output` (an .ics file) atomically."""
    path = reach.output_file(output)
    calendar, no_rhythm = build_calendar(store, handoff_id, for_person, override_risk)
    try:
        atomic_write_bytes(path, calendar.to_ical())
    except OSError as exc:
        raise HandoffError(f"cannot write {path}: {exc.strerror or exc}") from None
    events = list(calendar.walk("VEVENT"))
    return CalendarWritten(
        path=path,
        events=len(events),
        todos=len(list(calendar.walk("VTODO"))),
        checkins=sum(1 for e in events if "RRULE" in e),
        no_rhythm=no_rhythm,
    )
