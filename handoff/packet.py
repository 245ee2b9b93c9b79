"""The packet: everything the covering colleague needs, and freezing it into a version.

A packet is built only from `views`, so it holds no private field. Finalizing stores its
canonical JSON with a SHA-256; later edits make a new version and old ones stay readable.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from handoff import clock
from handoff.errors import ValidationError
from handoff.model import Handoff, PacketVersion
from handoff.store import Store
from handoff.views import client_view, escalation_view, handoff_view, person_view


def snapshot(store: Store, handoff: Handoff, only_for: int | None = None) -> dict[str, Any]:
    """The packet for `handoff` as plain data; `only_for` keeps one colleague's clients."""
    people = {p.id: p for p in store.people()}
    clients = []
    for client_id in handoff.client_ids:
        cover_id = handoff.covers.get(client_id)
        if only_for is not None and cover_id != only_for:
            continue
        client = store.client(client_id)
        view = client_view(client, store.items(client_id), people.get(cover_id or -1))
        view["script"] = handoff.scripts.get(client_id, "")
        view["statement"] = handoff.statements.get(client_id, "")
        clients.append(view)
    return {
        "handoff": handoff_view(handoff, people[handoff.person_id]),
        "rules": {
            "personal_numbers_allowed": handoff.personal_numbers_allowed,
            "escalation": escalation_view(handoff, people),
        },
        "covering": [
            person_view(people[pid])
            for pid in sorted(set(handoff.covers.values()))
            if pid in people
        ],
        "clients": clients,
    }


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def verify(version: PacketVersion) -> bool:
    """True when the stored content still has the hash recorded when it was frozen."""
    return digest(version.content) == version.sha256


def missing(store: Store, handoff: Handoff, today: date | None = None) -> list[str]:
    """What stops this packet from being complete, in words (wizard step 6)."""
    today = today or clock.today()
    problems = []
    if not handoff.client_ids:
        problems.append("no clients are part of this handoff")
    if handoff.starts is None:
        what = "effective date" if handoff.kind == "termination" else "first day away"
        problems.append(f"no {what}")
    if handoff.temporary and handoff.until is None:
        problems.append("no return date")
    for client_id in handoff.client_ids:
        client = store.client(client_id)
        if client_id not in handoff.covers:
            problems.append(f"{client.name}: nobody covers this client")
        if not client.email and not client.phone:
            problems.append(f"{client.name}: no phone number or email")
        for item in store.items(client_id):
            if item.overdue(today) and not item.next_step:
                problems.append(f"{client.name}: overdue item '{item.title}' has no next step")
    return problems


def freeze(
    store: Store,
    handoff_id: int,
    when: datetime | None = None,
    overrides: list[dict[str, Any]] | None = None,
    allow_missing: bool = False,
) -> PacketVersion:
    """Finalize: freeze the packet as a new numbered version with its SHA-256."""
    handoff = store.handoff(handoff_id)
    problems = missing(store, handoff)
    if problems and not allow_missing:
        raise ValidationError("the packet is not complete: " + "; ".join(problems))
    content = canonical(snapshot(store, handoff))
    version = PacketVersion(
        handoff_id=handoff.id,
        number=0,
        created=when or clock.now(),
        sha256=digest(content),
        content=content,
        revision=handoff.revision,
        overrides=list(overrides or []),
    )
    return store.add_packet_version(version)


def is_current(store: Store, handoff: Handoff) -> bool:
    """Finalized, and not edited since the last version was frozen."""
    latest = store.latest_packet(handoff.id)
    return latest is not None and latest.revision == handoff.revision
