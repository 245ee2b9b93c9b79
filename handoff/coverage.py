"""The end of coverage: a temporary handoff hands its clients back; a termination's is for good.

Vacation and leave end on or after the return date: `Handoff.ended` is set and the clients go
back to the person who was away (their `manager_id` never changed). A termination ends on or
after its effective date: each client's cover becomes the client's new contact (`manager_id`),
permanently. Both happen in one write. Never imports textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handoff import clock
from handoff.errors import ValidationError
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


def end_handoff(store: Store, handoff_id: int, today: date | None = None) -> Ended:
    """End a handoff (see the module docstring); refuses one that cannot end yet."""
    today = today or clock.today()
    with store.batch():
        handoff = store.handoff(handoff_id)
        leaving = store.person(handoff.person_id)
        if handoff.ended is not None:
            raise ValidationError(f"this handoff already ended on {handoff.ended}")
        if handoff.temporary:
            if handoff.until is None:
                raise ValidationError(
                    f"this {handoff.kind} has no return date; set one before ending it"
                )
            if today < handoff.until:
                raise ValidationError(
                    f"{leaving.name} returns on {handoff.until}; a {handoff.kind} ends on or "
                    "after the return date"
                )
        else:
            if handoff.starts is None:
                raise ValidationError("this termination has no effective date; set one first")
            if today < handoff.starts:
                raise ValidationError(
                    f"the termination takes effect on {handoff.starts}; it cannot end before"
                )
            uncovered = [c for c in handoff.client_ids if c not in handoff.covers]
            if uncovered:
                names = ", ".join(store.client(c).name for c in uncovered)
                raise ValidationError(
                    f"nobody covers {names}: choose a new contact for every client before "
                    "ending a termination"
                )
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
