"""`handoff export clients`: a CSV whose cells a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from handoff.errors import ValidationError
from handoff.storage import atomic_write_bytes
from handoff.store import Store

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")

EXPORT_COLUMNS = [
    "name", "company", "email", "phone", "preferred_channel", "availability", "checkin",
    "language", "key_account", "notes", "manager", "address", "site",
]  # fmt: skip


def neutralise(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with "'" (OWASP CSV injection).

    A cell that already starts with "'" before such a character gets one more, so an import of
    the export (`_unneutralise`) gives back exactly what was stored.
    """
    if value.startswith(FORMULA_STARTS) or (
        len(value) > 1 and value[0] == "'" and value[1] in (*FORMULA_STARTS, "'")
    ):
        return "'" + value
    return value


def export_clients(
    store: Store,
    target: Path | str,
    *,
    include_private: bool = False,
    include_archived: bool = False,
) -> int:
    """Write the clients to a CSV file (UTF-8 with BOM, so spreadsheets read the accents);
    returns how many. Private notes only with `include_private`."""
    target = Path(target).expanduser()
    if target.is_dir():
        raise ValidationError(f"{target} is a folder; give a file name for the export")
    if not target.parent.is_dir():
        raise ValidationError(f"{target.parent} does not exist")
    if target.resolve() == store.path.resolve():
        raise ValidationError(f"{target} is the database itself; choose another file name")
    people = {p.id: p.name for p in store.people()}
    clients = sorted(store.clients(include_archived=include_archived), key=lambda c: c.id)
    columns = EXPORT_COLUMNS + (["private_notes"] if include_private else [])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for client in clients:
        row = {
            "name": client.name,
            "company": client.company,
            "email": client.email,
            "phone": client.phone,
            "preferred_channel": client.preferred_channel,
            "availability": client.availability,
            "checkin": client.checkin,
            "language": client.language,
            "key_account": "yes" if client.key_account else "no",
            "notes": client.notes,
            "manager": people.get(client.manager_id, "") if client.manager_id else "",
            "private_notes": client.private_notes,
            "address": client.address,
            "site": client.site,
        }
        writer.writerow([neutralise(row[c]) for c in columns])
    atomic_write_bytes(target, buffer.getvalue().encode("utf-8-sig"))
    return len(clients)
