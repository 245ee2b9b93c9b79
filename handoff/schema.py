"""The database's layout: its tables, its schema version, and the upgrades from older versions.

A file records the schema it was written with (`_meta`, record 1). `check` refuses a file
written by a newer handoff and says whether an older one needs `upgrade`; an upgrade runs every
step from the file's version to this one and checks every record against the model before
anything is written, so a damaged file is never rewritten.
"""

from __future__ import annotations

import copy
import dataclasses
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, cast

import msgspec

from handoff.errors import DamagedDatabase, ValidationError
from handoff.firm import Firm
from handoff.model import (
    Access,
    Client,
    ContactLogEntry,
    Handoff,
    OpenItem,
    PacketVersion,
    Person,
    _Doc,
    load,
)

SCHEMA_VERSION = 2
META = "_meta"
TABLES: dict[str, type[_Doc]] = {
    "people": Person,
    "clients": Client,
    "items": OpenItem,
    "handoffs": Handoff,
    "log": ContactLogEntry,
    "packets": PacketVersion,
    "access": Access,
    "firm": Firm,  # one record (id 1): the firm's name, address, signature
}


def _chain_packet_versions(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 → 2: packet versions become a hash chain (`handoff.chain`). Versions frozen
    before are linked once, now, each recording that it was chained at this upgrade."""
    from handoff import clock
    from handoff.chain import chain_documents

    docs = data.get("packets")
    if isinstance(docs, dict) and docs:
        try:
            chain_documents(docs, clock.now())
        except ValidationError as exc:
            raise DamagedDatabase(f"packet versions cannot be chained: {exc}") from None
    return data


# schema version N → function that upgrades a whole database dict from N to N + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _chain_packet_versions}


def _version(data: dict[str, Any]) -> Any:
    """The schema a database says it was written with (0 before the schema was recorded)."""
    meta = data.get(META, {}).get("1", {})
    return meta.get("schema", 0) if isinstance(meta, dict) else 0


def needs_upgrade(data: dict[str, Any], path: Path) -> bool:
    """Refuse a file written by a newer handoff; True when an older one needs `upgrade`."""
    if not data:
        return False
    version = _version(data)
    if not isinstance(version, int) or version > SCHEMA_VERSION:
        raise DamagedDatabase(
            f"{path} was written by a newer handoff (schema {version}); upgrade handoff to open it"
        )
    return version < SCHEMA_VERSION


def upgrade(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """The whole database upgraded to this schema; `data` itself is left as it is.

    Every record of the result is checked against the model first: a file that does not fit
    is refused (`DamagedDatabase`, naming the table and record) rather than rewritten."""
    version = _version(data)
    upgraded = copy.deepcopy(data)
    for step in range(version, SCHEMA_VERSION):
        if step not in MIGRATIONS:
            raise DamagedDatabase(f"{path} has schema {version}, which this handoff cannot upgrade")
        upgraded = MIGRATIONS[step](upgraded)
    for name, cls in TABLES.items():
        for key, doc in upgraded.get(name, {}).items():
            try:
                cls.from_doc(doc, id=int(key))
            except (ValidationError, ValueError) as exc:
                raise DamagedDatabase(f"{path}: {name} record {key}: {exc}") from None
    upgraded[META] = {"1": {"schema": SCHEMA_VERSION}}
    return upgraded


_CHECKERS: dict[tuple[type, frozenset[str] | None], type[msgspec.Struct]] = {}


def _checker(cls: type[_Doc], only: frozenset[str] | None = None) -> type[msgspec.Struct]:
    """A plain msgspec struct with the very fields (types, ranges, defaults) of record class
    `cls`, or only those named in `only`: converting a document into it checks the document
    (those fields of it) as reading the record does, in C, without the record's cleaning in
    Python (`__post_init__`)."""
    found = _CHECKERS.get((cls, only))
    if found is None:
        hints = typing.get_type_hints(cls, include_extras=True)
        fields: list[Any] = []
        for field in dataclasses.fields(cast(Any, cls)):
            if only is not None and field.name not in only:
                continue
            if field.default is not dataclasses.MISSING:
                fields.append((field.name, hints[field.name], field.default))
            elif field.default_factory is not dataclasses.MISSING:
                default = msgspec.field(default_factory=field.default_factory)
                fields.append((field.name, hints[field.name], default))
            else:
                fields.append((field.name, hints[field.name]))
        found = msgspec.defstruct(f"{cls.__name__}Check", fields, kw_only=True)
        _CHECKERS[(cls, only)] = found
    return found


def checked(
    path: Path,
    name: str,
    data: Mapping[str, Mapping[str, Any]],
    fields: Collection[str] | None = None,
    ids: Iterable[int] | None = None,
) -> Iterator[tuple[int, Any]]:
    """The documents of table `name` of database `data` in id order, each checked against its
    record's fields and returned as a read-only struct of them (uncleaned: a listing cleans
    what it shows).

    For listings of a whole large table: one document at a time, no record objects kept.
    `fields`: only these fields are checked and returned (a count that needs one field of
    each client does not check the other eighteen); `ids`: only the documents with these ids
    (those that exist). A document that does not fit is `DamagedDatabase` naming the table,
    the record and the field, never a value, just as a read of the records says."""
    checker = _checker(TABLES[name], None if fields is None else frozenset(fields))
    docs = data.get(name, {})
    keys: list[tuple[int, str]] = []
    if ids is not None:
        keys = [(id, key) for id in set(ids) if (key := str(id)) in docs]
    else:
        for key in docs:
            try:
                keys.append((int(key), key))
            except ValueError as exc:
                raise DamagedDatabase(f"{path}: {name} record {key}: {exc}") from None
    keys.sort()
    for id, key in keys:
        try:
            yield id, load(cast(Any, checker), docs[key])
        except (ValidationError, ValueError) as exc:
            raise DamagedDatabase(f"{path}: {name} record {key}: {exc}") from None
