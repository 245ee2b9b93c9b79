"""Who is looking, and what they may see and do: the owner, or one covering colleague.

The owner sees everything. A covering colleague (signed in through `handoff serve`) sees only
the clients they cover in handoffs that are finalized or active, each as the allow-listed packet
view that their printed packet holds (`packet.snapshot(..., only_for=...)`: no private note or
reason can be in it), the contact-log entries for those clients, and the escalation contacts.
They may add a contact-log entry for one of those clients (recorded as said by them, whatever
they type) and mark one of those clients' open items done. Every rule is checked here, in the
domain, so no screen and no request can get round it by asking for another id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from handoff import clock
from handoff.errors import HandoffError
from handoff.model import ContactLogEntry, Handoff, OpenItem
from handoff.store import Store

# A colleague works with a handoff from the moment its packet is frozen until it has ended.
OPEN_STATUSES = ("finalized", "active", "due to end")


class NotAllowed(HandoffError):
    """The signed-in person may not see or change this."""


@dataclass(frozen=True)
class Viewer:
    """The owner (`person_id` None) or one person at the firm."""

    person_id: int | None = None

    @property
    def is_owner(self) -> bool:
        return self.person_id is None

    def describe(self, store: Store) -> str:
        return "the owner" if self.person_id is None else store.person(self.person_id).name


OWNER = Viewer(None)


def parse_viewer(value: str) -> Viewer:
    """`owner` or `person:ID`, as `handoff serve` hands it to the app it starts."""
    value = value.strip()
    if value == "owner":
        return OWNER
    kind, _, number = value.partition(":")
    if kind == "person" and number.isdigit() and int(number) > 0:
        return Viewer(int(number))
    raise HandoffError(f"HANDOFF_VIEWER: {value[:40]!r} is not 'owner' or 'person:ID'")


@dataclass(frozen=True)
class CoveredClient:
    """One client a colleague covers in one handoff, as their packet shows it."""

    handoff_id: int
    handoff_title: str  # who is away or leaving, the kind and the dates
    kind: str  # vacation, leave or termination: what the risk checker expects to be said
    client: dict[str, Any]  # the packet's allow-listed client view, with script and statement
    escalation: list[dict[str, Any]]  # topic, label, person (name, role, email, phone)
    entries: list[dict[str, Any]]  # what was logged for this client in this handoff

    @property
    def client_id(self) -> int:
        return int(self.client["id"])


def _open_handoffs(store: Store, today: date) -> list[Handoff]:
    return [
        h
        for h in store.handoffs()
        if h.status(today, store.latest_packet(h.id) is not None) in OPEN_STATUSES
    ]


def _title(store: Store, handoff: Handoff) -> str:
    person = store.person(handoff.person_id).name
    if handoff.temporary:
        dates = f"{handoff.starts or '?'} to {handoff.until or '?'}"
    else:
        dates = f"from {handoff.starts or '?'}"
    return f"{person} ({handoff.kind}, {dates})"


def covered_clients(store: Store, viewer: Viewer, today: date | None = None) -> list[CoveredClient]:
    """Every client the viewer covers in a finalized or active handoff (the owner: every
    client of every such handoff), each with what their packet says about it."""
    from handoff.packet import snapshot
    from handoff.views import log_entry_view

    today = today or clock.today()
    people = {p.id: p for p in store.people()}
    found: list[CoveredClient] = []
    for handoff in sorted(_open_handoffs(store, today), key=lambda h: h.id):
        if not viewer.is_owner and viewer.person_id not in handoff.covers.values():
            continue
        data = snapshot(store, handoff, only_for=viewer.person_id)
        logged: dict[int, list[dict[str, Any]]] = {}
        for entry in store.log_entries(handoff.id):
            logged.setdefault(entry.client_id, []).append(
                log_entry_view(entry, people.get(entry.who_id))
            )
        title = _title(store, handoff)
        for client in data["clients"]:
            found.append(
                CoveredClient(
                    handoff_id=handoff.id,
                    handoff_title=title,
                    kind=handoff.kind,
                    client=client,
                    escalation=data["rules"]["escalation"],
                    entries=logged.get(int(client["id"]), []),
                )
            )
    return found


def _require_cover(
    store: Store, viewer: Viewer, handoff_id: int, client_id: int, today: date
) -> Handoff:
    """The handoff, when the viewer may act for `client_id` in it; else `NotAllowed`, worded
    the same whether the handoff or client exists or not (nothing is given away)."""
    refused = NotAllowed(f"client {client_id} is not one of your clients in handoff {handoff_id}")
    try:
        handoff = store.handoff(handoff_id)
    except HandoffError:
        raise refused from None
    if client_id not in handoff.client_ids:
        raise refused
    if handoff.status(today, store.latest_packet(handoff.id) is not None) not in OPEN_STATUSES:
        raise refused
    if not viewer.is_owner and handoff.covers.get(client_id) != viewer.person_id:
        raise refused
    return handoff


def log_contact(
    store: Store,
    viewer: Viewer,
    handoff_id: int,
    client_id: int,
    *,
    channel: str,
    said: str,
    asked_why: bool = False,
    outcome: str = "fine",
    today: date | None = None,
) -> ContactLogEntry:
    """Record what the viewer told a client they cover; who spoke is the viewer, always."""
    from handoff import contact_log

    today = today or clock.today()
    handoff = _require_cover(store, viewer, handoff_id, client_id, today)
    if viewer.person_id is None:
        raise NotAllowed("the owner logs contacts in the contact log, naming who spoke")
    return contact_log.add_entry(
        store,
        handoff.id,
        client=str(client_id),
        who=str(viewer.person_id),
        channel=channel,
        said=said,
        asked_why=asked_why,
        outcome=outcome,
        today=today,
    )


def mark_item_done(
    store: Store, viewer: Viewer, handoff_id: int, item_id: int, today: date | None = None
) -> OpenItem:
    """Check off an open item of a client the viewer covers in `handoff_id`."""
    today = today or clock.today()
    try:
        item = store.item(item_id)
    except HandoffError:
        raise NotAllowed(f"open item {item_id} is not one of your clients' items") from None
    _require_cover(store, viewer, handoff_id, item.client_id, today)
    if not item.done:
        item.status = "done"
        store.update_item(item)
    return item
