"""What changed since a packet was finalized: the frozen version beside the packet as it would
be frozen now.

Editing the handoff is not the only way a packet goes out of date: an open item added to a
covered client, or a colleague's corrected phone number, changes what the packet would say
without touching the handoff. So the comparison is made on the packets themselves (the frozen
snapshot and a fresh `packet.snapshot`), and each difference is said in words: the dashboard,
the wizard, `handoff show` and `handoff print` list them. Both snapshots are allow-listed
views, so no private note or reason can appear in a change. Never imports textual.
"""

from __future__ import annotations

import json
from typing import Any

from handoff.model import Handoff, PacketVersion
from handoff.store import Store

CLIENT_FIELDS = (
    ("name", "name"),
    ("company", "company"),
    ("email", "email"),
    ("phone", "phone"),
    ("preferred_channel", "preferred channel"),
    ("availability", "availability"),
    ("checkin", "check-in"),
    ("language", "language"),
    ("key_account", "key account"),
    ("notes", "notes"),
    ("script", "contact script"),
    ("statement", "statement"),
)
SHORT_FIELDS = {"email", "phone", "preferred_channel", "language", "key_account", "name"}
ITEM_FIELDS = (("title", "title"), ("status", "status"), ("due", "due"), ("next_step", "next step"))
PERSON_FIELDS = (("name", "name"), ("role", "role"), ("email", "email"), ("phone", "phone"))


def _shown(value: object) -> str:
    return "(none)" if value in ("", None) else str(value)


def _was(old: object, new: object) -> str:
    return f"{_shown(old)} → {_shown(new)}"


def _person_changes(who: str, old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [
        f"{who}: {label} {_was(old.get(key), new.get(key))}"
        for key, label in PERSON_FIELDS
        if old.get(key) != new.get(key)
    ]


def _items(client: dict[str, Any]) -> dict[Any, dict[str, Any]]:
    return {i.get("id", i.get("title")): i for i in client.get("items", [])}


def _client_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    name = new.get("name") or old.get("name") or "?"
    found = []
    for key, label in CLIENT_FIELDS:
        if old.get(key) != new.get(key):
            short = key in SHORT_FIELDS
            what = _was(old.get(key), new.get(key)) if short else "changed"
            found.append(f"{name}: {label} {what}" if not short else f"{name}: {label}: {what}")
    old_cover, new_cover = old.get("cover") or {}, new.get("cover") or {}
    if old_cover.get("name") != new_cover.get("name"):
        found.append(f"{name}: covered by {_was(old_cover.get('name'), new_cover.get('name'))}")
    old_items, new_items = _items(old), _items(new)
    for key, item in new_items.items():
        before = old_items.get(key)
        if before is None:
            found.append(f"{name}: open item added: {item.get('title', '')!r}")
            continue
        for field, label in ITEM_FIELDS:
            if before.get(field) != item.get(field):
                what = _was(before.get(field), item.get(field)) if field != "next_step" else ""
                found.append(
                    f"{name}: item {item.get('title', '')!r}: {label} "
                    + (what if what else "changed")
                )
    for key, item in old_items.items():
        if key not in new_items:
            found.append(f"{name}: open item removed: {item.get('title', '')!r}")
    return found


def compare(frozen: dict[str, Any], live: dict[str, Any]) -> list[str]:
    """The differences between two packet snapshots, in words, in the packet's order."""
    found: list[str] = []
    old_h, new_h = frozen.get("handoff", {}), live.get("handoff", {})
    for key, label in (("starts", "from"), ("until", "until")):
        if old_h.get(key) != new_h.get(key):
            found.append(f"dates: {label} {_was(old_h.get(key), new_h.get(key))}")
    found += _person_changes("person leaving", old_h.get("person", {}), new_h.get("person", {}))
    old_rules, new_rules = frozen.get("rules", {}), live.get("rules", {})
    if old_rules.get("personal_numbers_allowed") != new_rules.get("personal_numbers_allowed"):
        found.append("rules: personal phone numbers allowed changed")
    old_routes = {r.get("topic"): r for r in old_rules.get("escalation", [])}
    for route in new_rules.get("escalation", []):
        before = old_routes.get(route.get("topic"), {})
        old_p, new_p = before.get("person", {}), route.get("person", {})
        label = route.get("label") or route.get("topic") or "?"
        if old_p.get("name") != new_p.get("name"):
            found.append(f"escalation ({label}): {_was(old_p.get('name'), new_p.get('name'))}")
        else:
            found += _person_changes(f"escalation contact {new_p.get('name')}", old_p, new_p)
    old_covering = {p.get("name"): p for p in frozen.get("covering", [])}
    for person in live.get("covering", []):
        before = old_covering.get(person.get("name"))
        if before is not None:
            found += _person_changes(f"colleague {person.get('name')}", before, person)
    old_clients = {c.get("id"): c for c in frozen.get("clients", [])}
    new_clients = {c.get("id"): c for c in live.get("clients", [])}
    for client_id, client in new_clients.items():
        before = old_clients.get(client_id)
        if before is None:
            found.append(f"client added: {client.get('name', '?')}")
        else:
            found += _client_changes(before, client)
    for client_id, client in old_clients.items():
        if client_id not in new_clients:
            found.append(f"client removed: {client.get('name', '?')}")
    return found


def changes_since(
    store: Store, handoff: Handoff, version: PacketVersion | None = None
) -> list[str]:
    """What the packet would say differently from `version` (default: the latest), in words;
    empty when nothing changed or the handoff was never finalized."""
    from handoff.packet import snapshot

    version = version or store.latest_packet(handoff.id)
    if version is None:
        return []
    try:
        frozen = json.loads(version.content)
        if not isinstance(frozen, dict):
            raise ValueError
    except ValueError:
        return [f"packet v{version.number} cannot be read: finalize again"]
    live = json.loads(json.dumps(snapshot(store, handoff, texts=False), ensure_ascii=False))
    # Texts choose their tense from the day they are written: compare them as written on the
    # day the version was frozen, so that only the passing of time is never "a change".
    from handoff import clock

    with clock.as_of(version.created.date()):
        _add_texts(store, handoff, version, frozen, live)
    return compare(frozen, live)


# What a generated script or statement is made from (`views.statement_view`): when none of it
# changed and the handoff itself was not saved since (so no text was edited), the words are the
# frozen ones and need not be rendered again (rendering is most of the time on a big packet).
TEXT_INPUTS = ("name", "company", "preferred_channel", "language", "address_as", "cover")
HANDOFF_INPUTS = ("kind", "starts", "until", "person")


def _add_texts(
    store: Store,
    handoff: Handoff,
    version: PacketVersion,
    frozen: dict[str, Any],
    live: dict[str, Any],
) -> None:
    from handoff.statements import script_text, statement_text

    old_h, new_h = frozen.get("handoff", {}), live.get("handoff", {})
    same_handoff = version.revision == handoff.revision and all(
        old_h.get(k) == new_h.get(k) for k in HANDOFF_INPUTS
    )
    old_clients = {c.get("id"): c for c in frozen.get("clients", []) if isinstance(c, dict)}
    for view in live.get("clients", []):
        before = old_clients.get(view["id"])
        if (
            same_handoff
            and before is not None
            and all(before.get(k) == view.get(k) for k in TEXT_INPUTS)
            and "script" in before
            and "statement" in before
        ):
            view["script"], view["statement"] = before["script"], before["statement"]
            continue
        client = store.client(view["id"])
        view["script"] = script_text(store, handoff, client)
        view["statement"] = statement_text(store, handoff, client)


def is_current(store: Store, handoff: Handoff) -> bool:
    """Finalized, and the packet would say the same today as its latest version does."""
    return store.latest_packet(handoff.id) is not None and not changes_since(store, handoff)


def version_label(store: Store, handoff: Handoff) -> str:
    """'v2 (current)', 'v1, changed since v1' or 'not finalized': one truthful label."""
    latest = store.latest_packet(handoff.id)
    if latest is None:
        return "not finalized"
    if changes_since(store, handoff, latest):
        return f"v{latest.number}, changed since v{latest.number}"
    return f"v{latest.number} (current)"


def finalize_hint(handoff_id: int, number: int) -> str:
    """How to make the next version, said the same way by every face."""
    return f"finalize v{number + 1} with `handoff finalize {handoff_id}` (or Ctrl+F in the wizard)"
