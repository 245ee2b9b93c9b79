"""A client's open items from the command line: add one, correct one, mark one done.

The same checks as the app's item form (`OpenItem.validate`). An item is found by its id or by
a unique part of its title among the client's items; an item of another client is refused
with the name of the client it belongs to. Never imports textual.
"""

from __future__ import annotations

from typing import Any

from handoff.errors import ValidationError
from handoff.model import Client, OpenItem, parse_date
from handoff.resolve import resolve
from handoff.store import Store

FIELDS = ("title", "status", "due", "next_step")
LABELS = {"title": "title", "status": "status", "due": "due", "next_step": "next step"}


def find_item(store: Store, client: Client, ref: str) -> OpenItem:
    """One of `client`'s items by id or title; another client's item is named as such."""
    ref = ref.strip()
    if ref.isdigit():
        for item in store.items():
            if item.id == int(ref) and item.client_id != client.id:
                owner = store.client(item.client_id)
                raise ValidationError(
                    f"item {item.id} belongs to {owner.name}, not {client.name}", "item"
                )
    return resolve(store.items(client.id), ref, f"open item of {client.name}", lambda i: i.title)


def add_item(
    store: Store, client: Client, title: str, due: str = "", next_step: str = "",
    status: str = "open",
) -> OpenItem:  # fmt: skip
    item = OpenItem(
        client_id=client.id,
        title=title,
        status=status,
        due=parse_date(due, "due date"),
        next_step=next_step,
    )
    return store.add_item(item)


def _shown(value: object) -> str:
    return "(none)" if value in ("", None) else str(value)


def edit_item(
    store: Store, client: Client, ref: str, **changes: str | None
) -> tuple[OpenItem, list[str]]:
    """Change some of title, status, due, next_step (None leaves one as it is; '' clears the
    due date or the next step). Returns the saved item and what changed in words."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(f"cannot change {', '.join(sorted(unknown))} of an open item")
    with store.batch():
        before = find_item(store, client, ref)
        values: dict[str, Any] = {f: getattr(before, f) for f in FIELDS}
        values.update({f: v for f, v in changes.items() if v is not None})
        # the revision read under the same lock: a command-line edit is never stale
        item = OpenItem(client_id=client.id, id=before.id, revision=before.revision, **values)
        item.validate()
        changed = [
            f"{LABELS[f]}: {_shown(getattr(before, f))} → {_shown(getattr(item, f))}"
            for f in FIELDS
            if getattr(before, f) != getattr(item, f)
        ]
        if changed:
            store.update_item(item)
    return item, changed
