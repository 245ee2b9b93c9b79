"""Whole-database JSON bundles: backup, restore, and the sample data.

A bundle is validated completely (every field of every record against the model's types and
ranges, every reference, every packet version's hash chain) before anything is written;
restore keeps the previous database file beside the new one.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from handoff import chain, clock
from handoff.errors import HandoffError, ValidationError
from handoff.model import PacketVersion
from handoff.paths import database_path, kept_copy_name, output_path, shown
from handoff.storage import (
    FileLock,
    atomic_write_bytes,
    encode,
    new_token,
    remove_stale_temporaries,
    write_output,
)
from handoff.store import META, MIGRATIONS, SCHEMA_VERSION, TABLES, Store

FORMAT = "handoff-backup"
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


def make_bundle(store: Store) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "created": clock.now().isoformat(),
        "tables": store.raw_tables(),
    }


def backup(store: Store, target: Path | str) -> dict[str, int]:
    """Write the whole database to `target` atomically (`-`: standard output); returns the
    record counts. The backup holds private notes: it is readable by its owner only (0600),
    also when it replaces an existing file."""
    out = output_path(target, store.path, what="FILE")
    bundle = make_bundle(store)
    payload = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
    write_output(out, payload, mode=0o600)
    return {name: len(docs) for name, docs in bundle["tables"].items()}


def read_bundle(source: Path) -> dict[str, Any]:
    """Load and parse a bundle file, with a clear error for anything that is not one."""
    try:
        size = source.stat().st_size
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file") from None
    except OSError as exc:
        raise ValidationError(f"{source}: {exc.strerror}") from None
    if source.is_dir():
        raise ValidationError(f"{source} is a folder, not a backup file")
    if size > MAX_BUNDLE_BYTES:
        raise ValidationError(f"{source}: {size:,} bytes is too large for a backup")
    try:
        data: dict[str, Any] = json.loads(source.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError(f"{source} is not a handoff backup (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source} is not a handoff backup (JSON error at line {exc.lineno}, "
            f"column {exc.colno})"
        ) from None
    except OSError as exc:
        raise ValidationError(f"{source}: {exc.strerror}") from None
    return data


def validate_bundle(data: Any, source: str) -> dict[str, dict[str, Any]]:
    """Check every record and reference; return the tables, cleaned, ready to store."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValidationError(f'{source} is not a handoff backup (no \'"format": "{FORMAT}"\')')
    schema = data.get("schema")
    if not isinstance(schema, int) or schema > SCHEMA_VERSION or schema < 1:
        raise ValidationError(f"{source}: unsupported backup schema {schema!r}")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise ValidationError(f"{source}: no 'tables' object")
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValidationError(f"{source}: unknown table(s) {', '.join(sorted(unknown))}")
    if schema < SCHEMA_VERSION and all(isinstance(docs, dict) for docs in tables.values()):
        # an older backup: upgraded as the database file would be (packet versions chained)
        try:
            for step in range(schema, SCHEMA_VERSION):
                tables = MIGRATIONS[step](dict(tables))
        except HandoffError as exc:
            raise ValidationError(f"{source}: {exc}") from None

    objects: dict[str, dict[int, Any]] = {}
    for name, cls in TABLES.items():
        docs = tables.get(name, {})
        if not isinstance(docs, dict):
            raise ValidationError(f"{source}: table '{name}' is not an object")
        objects[name] = {}
        for key, doc in docs.items():
            where = f"{source}: {name} record {key}"
            try:
                id = int(key)
                if id < 1 or not isinstance(doc, dict):
                    raise ValueError
                obj = cls.from_doc(doc, id=id)
                if not isinstance(obj, PacketVersion):
                    obj.validate()
            except HandoffError as exc:
                raise ValidationError(f"{where}: {exc}") from None
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                detail = f"missing field {exc}" if isinstance(exc, KeyError) else "malformed"
                raise ValidationError(f"{where}: {detail}") from None
            objects[name][id] = obj
    _check_references(objects, source)
    return {
        name: {str(id): obj.to_doc() for id, obj in sorted(objs.items())}
        for name, objs in objects.items()
    }


def _check_references(objects: dict[str, dict[int, Any]], source: str) -> None:
    people, clients, handoffs = objects["people"], objects["clients"], objects["handoffs"]

    def need(table: dict[int, Any], id: int | None, where: str, what: str) -> None:
        if id is not None and id not in table:
            raise ValidationError(f"{source}: {where} refers to {what} {id}, which is not there")

    for c in clients.values():
        need(people, c.manager_id, f"client {c.id}", "person")
    for i in objects["items"].values():
        need(clients, i.client_id, f"open item {i.id}", "client")
    for h in handoffs.values():
        need(people, h.person_id, f"handoff {h.id}", "person")
        for cid in h.client_ids:
            need(clients, cid, f"handoff {h.id}", "client")
        for pid in [*h.covers.values(), *h.escalation.values()]:
            need(people, pid, f"handoff {h.id}", "person")
    for e in objects["log"].values():
        need(handoffs, e.handoff_id, f"contact log entry {e.id}", "handoff")
        need(clients, e.client_id, f"contact log entry {e.id}", "client")
        need(people, e.who_id, f"contact log entry {e.id}", "person")
    by_handoff: dict[int, list[PacketVersion]] = {}
    for v in objects["packets"].values():
        need(handoffs, v.handoff_id, f"packet version {v.id}", "handoff")
        by_handoff.setdefault(v.handoff_id, []).append(v)
    for handoff_id, versions in sorted(by_handoff.items()):
        broken = chain.first_break(handoff_id, versions)
        if broken is not None:
            raise ValidationError(f"{source}: {broken}")


def restore(path: Path, source: Path) -> tuple[Path | None, dict[str, int]]:
    """Replace the database at `path` with the bundle at `source`, keeping the previous file.

    The bundle is validated completely first. The previous file is kept beside the database even
    when it is damaged (restoring is how a person recovers from that), and the new database is
    written in one atomic save under the database lock. Returns where the previous file was kept
    (None if there was none) and the record counts.
    """
    path = database_path(path)
    tables = validate_bundle(read_bundle(source), str(source))
    data: dict[str, dict[str, Any]] = {META: {"1": {"schema": SCHEMA_VERSION}}, **tables}
    try:
        payload = encode(data, new_token())
    except ValidationError as exc:  # text that is not UTF-8 ("\ud800" in the bundle)
        raise ValidationError(f"{shown(source)}: {exc}") from None
    kept: Path | None = None
    with FileLock(path):
        remove_stale_temporaries(path)
        if path.exists():
            kept = keep_copy(path)
        atomic_write_bytes(path, payload)
    return kept, {name: len(docs) for name, docs in tables.items()}


def keep_copy(path: Path) -> Path:
    """Copy the database at `path` to a new `<name>.before-restore-<time>[-N]` beside it, and
    return that name. A kept copy never replaces another one (three restores in one second
    keep three copies). Call under the database lock."""
    content = path.read_bytes()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    number = 1
    while True:
        kept = kept_copy_name(path, stamp, number)
        try:
            atomic_write_bytes(kept, content, mode=0o600, exclusive=True)
        except FileExistsError:
            number += 1
            continue
        return kept
