"""`handoff export clients`: a CSV whose cells a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from handoff.paths import output_path
from handoff.storage import write_output
from handoff.store import Store

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")

EXPORT_COLUMNS = [
    "name", "company", "email", "phone", "preferred_channel", "availability", "checkin",
    "language", "key_account", "address_as", "notes", "manager", "address", "site",
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
    returns how many. Private notes only with `include_private`. `target` is checked by
    `paths.output_path` (never the database or its files; `-` is standard output)."""
    out = output_path(target, store.path, what="FILE")
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
            "address_as": client.address_as,
            "notes": client.notes,
            "manager": people.get(client.manager_id, "") if client.manager_id else "",
            "private_notes": client.private_notes,
            "address": client.address,
            "site": client.site,
        }
        writer.writerow([neutralise(row[c]) for c in columns])
    # With private notes the file is readable by its owner only, also over an existing file.
    mode = 0o600 if include_private else None
    write_output(out, buffer.getvalue().encode("utf-8-sig"), mode=mode)
    return len(clients)
