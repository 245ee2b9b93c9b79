"""A handoff's life cycle: draft → finalized → active → ended (or a cancelled draft).

The rules both faces share (the command line and the app call these; neither repeats them):

- Who is at the firm. A person has left from the day a termination of theirs ended (`handoff
  end`); before that they are at the firm. The status is derived from the ended terminations
  rather than stored on the person, so it can never disagree with them and needs no second
  edit. Who has left is never offered, nor accepted, as a cover or an escalation contact, and
  the person leaving never covers nor answers for their own handoff.
- Covers. A client named in a cover must be one of the handoff's clients; the refusal says
  whose client it is.
- Overlaps. A second open handoff for the same person whose dates overlap the first is refused
  unless a reason is given; the reason is recorded on the handoff.
- Editing (dates, covers, routes) and cancelling a draft.

Never imports textual.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from handoff import clock
from handoff.errors import ValidationError
from handoff.model import ESCALATION_TOPICS, Client, Handoff, Person, parse_date
from handoff.store import Store
from handoff.text import clean_line

AT_THE_FIRM = "at the firm"
LEFT = "left"


# -- who is at the firm -------------------------------------------------------------------------
def departures(handoffs: Iterable[Handoff]) -> dict[int, date]:
    """Person id → the day they left: the end of a termination of theirs (the earliest)."""
    left: dict[int, date] = {}
    for h in handoffs:
        if h.kind != "termination" or h.ended is None or h.cancelled is not None:
            continue
        if h.person_id not in left or h.ended < left[h.person_id]:
            left[h.person_id] = h.ended
    return left


@dataclass(frozen=True)
class PersonStatus:
    status: str  # AT_THE_FIRM | LEFT
    since: date | None = None  # the day they left

    def __str__(self) -> str:
        return f"left on {self.since}" if self.status == LEFT else AT_THE_FIRM


def person_status(person_id: int, left: dict[int, date], today: date | None = None) -> PersonStatus:
    day = left.get(person_id)
    if day is not None and day <= (today or clock.today()):
        return PersonStatus(LEFT, day)
    return PersonStatus(AT_THE_FIRM)


def statuses(store: Store, today: date | None = None) -> dict[int, PersonStatus]:
    """Every person's status, by id."""
    left = departures(store.handoffs())
    return {p.id: person_status(p.id, left, today) for p in store.people()}


def may_help(
    people: Iterable[Person],
    left: dict[int, date],
    leaving_id: int | None,
    today: date | None = None,
) -> list[Person]:
    """The people who may cover a client of this handoff or be its escalation contacts: at the
    firm (`left` is `departures(...)`), and not the person leaving. The app's cover and
    escalation pickers offer exactly these."""
    return [
        p
        for p in people
        if p.id != leaving_id and person_status(p.id, left, today).status == AT_THE_FIRM
    ]


def helpers(store: Store, leaving_id: int | None, today: date | None = None) -> list[Person]:
    """`may_help` from the store."""
    return may_help(store.people(), departures(store.handoffs()), leaving_id, today)


def check_helpers(
    store: Store, handoff: Handoff, before: Handoff | None = None, today: date | None = None
) -> None:
    """Refuse a cover or an escalation contact who has left or who is the person leaving.

    Only new choices are checked against who has left (`before` is the handoff as saved): an
    ended handoff whose cover later left stays as it was.
    """
    people = {p.id: p for p in store.people()}
    left = departures(store.handoffs())
    old_covers = before.covers if before is not None else {}
    old_routes = before.escalation if before is not None else {}
    chosen = [("cover", pid, old_covers.get(cid) == pid) for cid, pid in handoff.covers.items()] + [
        ("escalation", pid, old_routes.get(t) == pid) for t, pid in handoff.escalation.items()
    ]
    for what, person_id, unchanged in chosen:
        person = people.get(person_id)
        name = person.name if person else f"person {person_id}"
        if person_id == handoff.person_id:
            role = "cover a client" if what == "cover" else "be an escalation contact"
            raise ValidationError(
                f"{what}: {name} is the person leaving and cannot {role} of their own handoff",
                what,
            )
        if unchanged:
            continue
        status = person_status(person_id, left, today)
        if status.status == LEFT:
            raise ValidationError(
                f"{what}: {name} left the firm on {status.since}; choose someone at the firm",
                what,
            )


def default_routes(store: Store, leaving_id: int, today: date | None = None) -> dict[str, int]:
    """Topic → the first person at the firm whose role handles it (never the person leaving)."""
    routes: dict[str, int] = {}
    available = helpers(store, leaving_id, today)
    for topic, (_label, role) in ESCALATION_TOPICS.items():
        for person in available:
            if person.role == role:
                routes[topic] = person.id
                break
    return routes


# -- covers -------------------------------------------------------------------------------------
def check_cover_client(
    client: Client, client_ids: list[int], leaving: Person, people: dict[int, Person]
) -> None:
    """A cover may only name a client of this handoff; the refusal says whose client it is."""
    if client.id in client_ids:
        return
    manager = people.get(client.manager_id) if client.manager_id is not None else None
    if manager is None:
        whose = "is looked after by nobody"
    elif manager.id == leaving.id:
        whose = f"is {leaving.name}'s client but not among the --clients chosen"
    else:
        whose = f"is looked after by {manager.name}"
    raise ValidationError(
        f"--cover: {client.name} {whose}, not part of {leaving.name}'s handoff; "
        "add the client explicitly with --clients to include them",
        "cover",
    )


# -- overlaps -----------------------------------------------------------------------------------
def _span(h: Handoff) -> tuple[date, date]:
    start = h.starts or date.min
    end = h.until if h.temporary and h.until else date.max
    return start, end


def is_open(h: Handoff) -> bool:
    return h.ended is None and h.cancelled is None


def overlapping(store: Store, handoff: Handoff) -> list[Handoff]:
    """The other open handoffs of the same person whose dates overlap this one's."""
    start, end = _span(handoff)
    found = []
    for other in store.handoffs():
        if other.id == handoff.id or other.person_id != handoff.person_id or not is_open(other):
            continue
        o_start, o_end = _span(other)
        if start <= o_end and o_start <= end:
            found.append(other)
    return found


def dates_label(h: Handoff) -> str:
    """'2026-11-02 – 2026-11-20', 'from 2026-11-16', or 'no dates yet'."""
    if h.starts and h.until:
        return f"{h.starts} – {h.until}"
    if h.starts:
        return f"from {h.starts}"
    if h.until:
        return f"until {h.until}"
    return "no dates yet"


def handoff_name(handoff: Handoff, people: dict[int, Person]) -> str:
    """Who is leaving, the kind and the dates, so that two handoffs of one person are told
    apart: 'Marta Puig (vacation 2026-11-02 – 2026-11-20)', 'Tom Fletcher (termination from
    2026-11-16)'."""
    person = people.get(handoff.person_id)
    return f"{person.name if person else '?'} ({handoff.kind} {dates_label(handoff)})"


def record(handoff: Handoff, what: str, reason: str, today: date | None = None) -> None:
    """Record on the handoff why a rule was set aside."""
    handoff.justifications.append(
        {"what": what, "reason": clean_line(reason), "at": (today or clock.today()).isoformat()}
    )


def check_overlap(store: Store, handoff: Handoff, reason: str = "") -> None:
    """Refuse a handoff that overlaps another open one of the same person, unless `reason`
    explains why (then it is recorded on `handoff`)."""
    others = overlapping(store, handoff)
    if not others:
        return
    if not clean_line(reason):
        today = clock.today()
        listed = "; ".join(
            f"{o.id}: {o.kind} {dates_label(o)} "
            f"({o.status(today, bool(store.packet_versions(o.id)))})"
            for o in others
        )
        raise ValidationError(
            f"this overlaps another open handoff of the same person ({listed}); edit or "
            "cancel that one, or give --overlap-reason TEXT to keep both",
            "overlap",
        )
    record(handoff, "overlap", reason)


# -- editing and cancelling ---------------------------------------------------------------------
def edit_dates(handoff: Handoff, starts: str | None, until: str | None) -> list[str]:
    """Change the dates ('' clears one); returns what changed in words."""
    changed = []
    if starts is not None:
        new = parse_date(starts, "--from")
        if new != handoff.starts:
            changed.append(f"from: {handoff.starts or '(none)'} → {new or '(none)'}")
            handoff.starts = new
    if until is not None:
        new = parse_date(until, "--until")
        if new != handoff.until:
            changed.append(f"until: {handoff.until or '(none)'} → {new or '(none)'}")
            handoff.until = new
    return changed


def save_edit(store: Store, handoff: Handoff, overlap_reason: str = "") -> None:
    """Check an edited handoff against every rule above and save it."""
    with store.batch():
        before = store.handoff(handoff.id)
        if not is_open(before):
            state = "cancelled" if before.cancelled else f"ended on {before.ended}"
            raise ValidationError(f"handoff {handoff.id} was {state}; it cannot be edited")
        handoff.validate()
        check_helpers(store, handoff, before)
        if (handoff.starts, handoff.until) != (before.starts, before.until):
            check_overlap(store, handoff, overlap_reason)
        store.save_handoff(handoff)


def cancel(store: Store, handoff_id: int, today: date | None = None) -> Handoff:
    """Cancel a draft: it stays in the file (marked cancelled) but leaves every list of open
    work. A finalized packet or a logged contact means it was handed over: end it instead."""
    with store.batch():
        handoff = store.handoff(handoff_id)
        if handoff.cancelled is not None:
            raise ValidationError(f"handoff {handoff_id} was already cancelled")
        if handoff.ended is not None:
            raise ValidationError(f"handoff {handoff_id} already ended on {handoff.ended}")
        if store.packet_versions(handoff_id):
            raise ValidationError(
                f"handoff {handoff_id} is finalized (its packet was given out); only a draft "
                f"can be cancelled: end it with `handoff end {handoff_id}`"
            )
        if store.log_entries(handoff_id):
            raise ValidationError(
                f"clients of handoff {handoff_id} were already contacted; end it instead"
            )
        handoff.cancelled = today or clock.today()
        store.save_handoff(handoff)
    return handoff
