"""The end of coverage: a temporary handoff hands its clients back; a termination's is for good.

Vacation and leave end on or after the return date: `Handoff.ended` is set and the clients go
back to the person who was away (their `manager_id` never changed). A termination ends on or
after its effective date: each client's cover becomes the client's new contact (`manager_id`),
permanently. Both happen in one write. Never imports textual.

Only a finalized handoff ends: its packet is what the colleagues were given. A draft ends only
when forced with a reason, which is recorded on the handoff. Ending before the return or
effective date is allowed, but only when asked for (`early=True`): `early_question` is the
question both faces put to the owner first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handoff import clock
from handoff.errors import ValidationError
from handoff.lifecycle import record
from handoff.model import Client, Handoff, Person
from handoff.store import Store


@dataclass(frozen=True)
class Ended:
    handoff: Handoff
    returned_to: Person | None  # vacation / leave: the person the clients went back to
    reassigned: list[tuple[Client, Person]]  # termination: each client and their new contact


def due_to_end(handoff: Handoff, today: date) -> bool:
    """On or after the return date (vacation, leave) or the effective date (termination)."""
    if handoff.ended is not None:
        return False
    if handoff.temporary:
        return handoff.until is not None and today >= handoff.until
    return handoff.starts is not None and today >= handoff.starts


class EndsEarly(ValidationError):
    """Ending before the return or effective date was not confirmed."""


def early_question(handoff: Handoff, leaving: Person, today: date) -> str | None:
    """The question to ask before ending ahead of the date, or None when it is time."""
    if handoff.temporary and handoff.until is not None and today < handoff.until:
        return (
            f"{leaving.name} returns on {handoff.until}; end the {handoff.kind} early, today "
            f"({today}), and give the clients back now?"
        )
    if not handoff.temporary and handoff.starts is not None and today < handoff.starts:
        return (
            f"the termination takes effect on {handoff.starts}; end it early, today ({today}), "
            "and make each cover the client's contact for good?"
        )
    return None


def check_can_end(store: Store, handoff: Handoff, force_reason: str | None = None) -> None:
    """Refuse what no confirmation can allow: ended, cancelled, missing dates or covers, and a
    packet never finalized (unless forced with a reason)."""
    if handoff.cancelled is not None:
        raise ValidationError(f"handoff {handoff.id} was cancelled on {handoff.cancelled}")
    if handoff.ended is not None:
        raise ValidationError(f"this handoff already ended on {handoff.ended}")
    if handoff.temporary and handoff.until is None:
        raise ValidationError(f"this {handoff.kind} has no return date; set one before ending it")
    if not handoff.temporary:
        if handoff.starts is None:
            raise ValidationError("this termination has no effective date; set one first")
        uncovered = [c for c in handoff.client_ids if c not in handoff.covers]
        if uncovered:
            names = ", ".join(store.client(c).name for c in uncovered)
            raise ValidationError(
                f"nobody covers {names}: choose a new contact for every client before "
                "ending a termination"
            )
    if not store.packet_versions(handoff.id) and not (force_reason or "").strip():
        raise ValidationError(
            f"handoff {handoff.id} is a draft: its packet was never finalized, so the "
            f"colleagues were never given it; finalize it first (handoff finalize "
            f"{handoff.id}), or end it anyway with --force --reason TEXT (recorded)",
            "force",
        )


def end_handoff(
    store: Store,
    handoff_id: int,
    today: date | None = None,
    *,
    early: bool = False,
    force_reason: str | None = None,
) -> Ended:
    """End a handoff (see the module docstring); refuses one that cannot end yet.

    `early` confirms ending before the date; `force_reason` ends a draft and is recorded.
    """
    today = today or clock.today()
    with store.batch():
        handoff = store.handoff(handoff_id)
        leaving = store.person(handoff.person_id)
        check_can_end(store, handoff, force_reason)
        question = early_question(handoff, leaving, today)
        if question is not None and not early:
            raise EndsEarly(f"{question} (not ended: confirm, or pass --yes)", "yes")
        if not store.packet_versions(handoff.id):
            record(handoff, "ended without a finalized packet", force_reason or "", today)
        if question is not None:
            day = handoff.until if handoff.temporary else handoff.starts
            record(handoff, "ended early", f"ended on {today}, before {day}; confirmed", today)
        reassigned: list[tuple[Client, Person]] = []
        if not handoff.temporary:
            for client_id in handoff.client_ids:
                client = store.client(client_id)
                cover = store.person(handoff.covers[client_id])
                client.manager_id = cover.id
                store.update_client(client)
                reassigned.append((client, cover))
        handoff.ended = today
        store.save_handoff(handoff)
    return Ended(
        handoff=handoff,
        returned_to=leaving if handoff.temporary else None,
        reassigned=reassigned,
    )
