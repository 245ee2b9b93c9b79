"""The repository: TinyDB behind one small class. Every other module goes through it.

Writes take an exclusive file lock, reload the file if another process changed it, change it,
and save it atomically (see `storage`). `batch()` makes many changes one write, all or nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

from tinydb import TinyDB
from tinydb.table import Document

from handoff import chain
from handoff.errors import Conflict, DamagedDatabase, NotFound, StoreError, ValidationError
from handoff.firm import Firm
from handoff.model import (
    ESCALATION_TOPICS,
    Access,
    Client,
    ContactLogEntry,
    Handoff,
    OpenItem,
    PacketVersion,
    Person,
    _field_names,
    changed_fields,
)
from handoff.schema import META as META
from handoff.schema import MIGRATIONS as MIGRATIONS
from handoff.schema import SCHEMA_VERSION as SCHEMA_VERSION
from handoff.schema import TABLES as TABLES
from handoff.schema import checked, needs_upgrade
from handoff.schema import upgrade as upgrade_schema
from handoff.storage import AtomicJSONStorage, FileLock

T = TypeVar("T")
E = TypeVar("E", Person, Client, OpenItem)
# Records a person edits in a form; each has a `revision` that every save raises by one, and a
# save from a copy whose revision is no longer the stored one is refused (`Conflict`).
EDITABLE: dict[type, tuple[str, str]] = {
    Person: ("people", "person"),
    Client: ("clients", "client"),
    OpenItem: ("items", "open item"),
}
# How `save_edit` saves a form: "check" refuses a stale copy; after a `Conflict` the person
# chooses "mine" (their edited fields on top of the record as it is now) or "overwrite" (every
# field as their form has it).
SaveHow = Literal["check", "mine", "overwrite"]


class Store:
    """All reads and writes of one database file."""

    def __init__(self, path: Path | str, *, create: bool = True, check_now: bool = True) -> None:
        """Open the database at `path` (created on the first write).

        The path is resolved once (symbolic links followed, see `paths.database_path`): its
        folder must exist. With `create=False` the file must exist too (a command that only
        reads or changes a database never makes an empty one by mistake).

        The file is read and its schema checked here, so a damaged or newer file is refused at
        once; with `check_now=False` that happens on the first read or write instead (the app
        paints its first frame while the file is read in the background).
        """
        from handoff.paths import database_path, shown

        self.path = database_path(path)
        if not create and not self.path.exists():
            raise StoreError(
                f"{shown(self.path)}: no database here (make one with `handoff sample`, "
                "`handoff people add NAME`, `handoff firm set`, `handoff import clients FILE`, "
                "`handoff restore FILE` or the app)"
            )
        self._storage = AtomicJSONStorage(self.path)
        self._lock = FileLock(self.path)
        # The app reads and writes from worker threads; FileLock's re-entrancy count and
        # TinyDB's caches are per process, so threads take turns here first.
        self._thread_lock = threading.RLock()
        self._db = TinyDB(storage=lambda: self._storage)
        self._seen_generation = -1
        self._objects: dict[str, tuple[tuple[int, int], dict[int, Any]]] = {}
        self._writes: dict[str, int] = dict.fromkeys(TABLES, 0)  # per-table change counters
        self._indexes: dict[tuple[str, str], tuple[tuple[int, int], dict[Any, list[Any]]]] = {}
        self._checked = False
        if check_now:
            self._ensure_checked()

    # -- plumbing -----------------------------------------------------------------------
    def _ensure_checked(self) -> None:
        """Refuse a damaged or newer file, or upgrade an older one: once, before any use.

        Reading takes no lock (saves replace the file whole, so a reader sees either the old
        or the new one): a database on a read-only disk can be listed, reviewed and printed.
        Only an upgrade, which writes, takes the lock."""
        if not self._checked:
            with self._thread_lock:
                if not self._checked:
                    if self._check_schema(upgrade=False):
                        with self._lock:
                            self._check_schema(upgrade=True)
                    self._checked = True

    def _sync(self) -> None:
        """Pick up another process's writes; drop TinyDB's per-table caches if so."""
        with self._thread_lock:
            self._ensure_checked()
            self._storage.read()
            if self._storage.generation != self._seen_generation:
                # TinyDB caches query results and the next id per table; both are stale now.
                self._db._tables.clear()
                self._seen_generation = self._storage.generation

    def _check_schema(self, upgrade: bool) -> bool:
        """Refuse a newer file; True when an older one needs upgrading (and `upgrade` is off)."""
        data = self._storage.read() or {}
        if not needs_upgrade(data, self.path):
            return False
        if upgrade:
            self._storage.write(upgrade_schema(data, self.path))
            return False
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Lock, reload if changed, and let the body read-modify-write. Re-entrant."""
        with self._thread_lock, self._lock:
            self._sync()
            yield

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Many changes, one write: all of them are saved, or (on any error) none."""
        with self._thread_lock, self._lock:
            self._sync()
            try:
                with self._storage.deferred():
                    self._stamp_schema()
                    yield
            finally:
                self._sync()

    def _stamp_schema(self) -> None:
        meta = self._db.table(META)
        if not meta.contains(doc_id=1):
            meta.insert(Document({"schema": SCHEMA_VERSION}, doc_id=1))

    def _write(self, fn: Callable[[], T]) -> T:
        with self.batch():
            return fn()

    def _all(self, name: str) -> dict[int, Any]:
        """Every record of a table as model objects, cached until the data changes.

        Callers get fresh copies from the public methods, so the cache cannot be mutated.
        """
        with self._thread_lock:
            self._sync()
            key = (self._storage.generation, self._writes[name])
            cached = self._objects.get(name)
            if cached is not None and cached[0] == key:
                return cached[1]
            raw = (self._storage.read() or {}).get(name, {})
            objects = {int(i): self._record(name, i, doc) for i, doc in raw.items()}
            self._objects[name] = (key, objects)
            return objects

    def _record(self, name: str, key: str, doc: dict[str, Any]) -> Any:
        try:
            return TABLES[name].from_doc(doc, id=int(key))
        except (ValidationError, ValueError) as exc:
            # every field's type and range (the model is the schema): a wrong file is
            # refused naming the record and the field, never showing a value
            raise DamagedDatabase(f"{self.path}: {name} record {key}: {exc}") from None

    def _by(self, name: str, attr: str) -> dict[Any, list[Any]]:
        """Records of a table grouped by one field (items by client, log by handoff, ...),
        cached like `_all`, so a lookup does not scan the whole table."""
        with self._thread_lock:
            records = self._all(name)
            key = (self._storage.generation, self._writes[name])
            cached = self._indexes.get((name, attr))
            if cached is not None and cached[0] == key:
                return cached[1]
            groups: dict[Any, list[Any]] = {}
            for record in records.values():
                groups.setdefault(getattr(record, attr), []).append(record)
            self._indexes[(name, attr)] = (key, groups)
            return groups

    def _get(self, name: str, id: int, what: str) -> Any:
        """One record. Unless the whole table is built already, only this record is built:
        looking up a few clients among 100,000 must not build all of them."""
        with self._thread_lock:
            self._sync()
            cached = self._objects.get(name)
            if cached is not None and cached[0] == (self._storage.generation, self._writes[name]):
                obj = cached[1].get(int(id))
            else:
                doc = (self._storage.read() or {}).get(name, {}).get(str(int(id)))
                obj = None if doc is None else self._record(name, str(int(id)), doc)
        if obj is None:
            raise NotFound(f"no {what} with id {id}")
        return _copy(obj)

    def _insert(self, name: str, obj: Any) -> int:
        def run() -> int:
            self._writes[name] += 1
            table = self._db.table(name)
            if obj.id:
                if table.contains(doc_id=obj.id):
                    raise ValidationError(f"{name}: id {obj.id} already exists")
                table.insert(Document(obj.to_doc(), doc_id=obj.id))
                return int(obj.id)
            return int(table.insert(obj.to_doc()))

        obj.id = self._write(run)
        return int(obj.id)

    def _replace(self, name: str, obj: Any, what: str) -> None:
        """Save `obj` over its stored record. A person, client or open item must carry the
        stored revision (else `Conflict`: it was read before someone else saved it); the
        saved revision is one more."""
        checked = type(obj) in EDITABLE

        def run() -> int:
            table = self._db.table(name)
            stored = table.get(doc_id=obj.id)
            if not isinstance(stored, dict):
                raise NotFound(f"no {what} with id {obj.id}")
            doc = obj.to_doc()
            if checked:
                current = stored.get("revision", 0)
                if obj.revision != current:
                    raise Conflict(
                        f"{what} {obj.id} was changed elsewhere since it was read "
                        f"(revision {current}, not {obj.revision}); nothing was saved",
                        self._get(name, obj.id, what),
                    )
                doc["revision"] = current + 1
            self._writes[name] += 1
            table.update(_replacer(doc), doc_ids=[obj.id])
            return int(doc.get("revision", 0))

        revision = self._write(run)
        if checked:
            obj.revision = revision

    def save_changes(
        self,
        cls: type[E],
        id: int,
        changes: Mapping[str, Any],
        expected: int | None,
        check: Callable[[E], None] | None = None,
    ) -> E:
        """Save only `changes` (field → new value) onto the stored record, in one locked write.

        `expected` is the revision the changes were made against: if the record has been
        saved since, nothing is saved and `Conflict` carries the stored record. None applies
        the changes to the record as it is now (the person chose to). `check` runs on the
        changed record before it is saved (a person's name must be unique, say). Returns the
        record as saved.
        """
        name, what = EDITABLE[cls]
        allowed = set(_field_names(cls)) - {"id", "revision"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValidationError(f"cannot change {', '.join(sorted(unknown))} of a {what}")
        with self.batch():
            current: E = self._get(name, id, what)
            if expected is not None and current.revision != expected:
                raise Conflict(
                    f"{what} {id} was changed elsewhere since it was opened "
                    f"(revision {current.revision}, not {expected}); nothing was saved",
                    current,
                )
            if not changes:
                return current
            updated = dataclasses.replace(current, **changes)  # cleaned like a new record
            if check is not None:
                check(updated)
            if isinstance(updated, Person):
                self.update_person(updated)
            elif isinstance(updated, Client):
                self.update_client(updated)
            else:
                self.update_item(updated)
            return updated

    def save_edit(
        self,
        before: E,
        after: E,
        how: SaveHow = "check",
        check: Callable[[E], None] | None = None,
    ) -> E:
        """Save a form: `before` is the record as the form opened it, `after` as filled in.

        Only the fields the person changed are saved, so what someone else changed in the
        other fields stays. "check" refuses with `Conflict` if the record was saved since the
        form opened; then the person chooses "mine" (their changes on top of the record as it
        is now) or "overwrite" (every field as in their form).
        """
        if how == "overwrite":
            changes = {
                name: getattr(after, name)
                for name in _field_names(type(after))
                if name not in ("id", "revision")
            }
        else:
            changes = changed_fields(before, after)
        expected = before.revision if how == "check" else None
        return self.save_changes(type(after), after.id, changes, expected, check)

    # -- state --------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(self._all(name) for name in TABLES)

    def counts(self) -> dict[str, int]:
        return {name: len(self._all(name)) for name in TABLES}

    # -- people -------------------------------------------------------------------------
    def people(self) -> list[Person]:
        return [_copy(p) for p in self._all("people").values()]

    def person(self, id: int) -> Person:
        return cast(Person, self._get("people", id, "person"))

    def add_person(self, person: Person) -> Person:
        person.validate()
        self._insert("people", person)
        return person

    def update_person(self, person: Person) -> None:
        person.validate()
        self._replace("people", person, "person")

    # -- clients ------------------------------------------------------------------------
    def clients(self, include_archived: bool = False) -> list[Client]:
        return [
            _copy(c) for c in self._all("clients").values() if include_archived or not c.archived
        ]

    def client(self, id: int) -> Client:
        return cast(Client, self._get("clients", id, "client"))

    def add_client(self, client: Client) -> Client:
        client.validate()
        self._check_person(client.manager_id, "manager")
        self._insert("clients", client)
        return client

    def update_client(self, client: Client) -> None:
        client.validate()
        self._check_person(client.manager_id, "manager")
        self._replace("clients", client, "client")

    def add_clients(self, clients: Iterable[Client]) -> list[Client]:
        """Add many clients in one write: every one of them, or none."""
        added = list(clients)
        with self.batch():
            if any(client.id for client in added):
                return [self.add_client(client) for client in added]
            for client in added:
                client.validate()
                self._check_person(client.manager_id, "manager")
            if added:
                # One insert_multiple: TinyDB's insert copies the whole table per call, which
                # made a 5,000-row import quadratic.
                self._writes["clients"] += 1
                ids = self._db.table("clients").insert_multiple(c.to_doc() for c in added)
                for client, id in zip(added, ids, strict=True):
                    client.id = id
        return added

    # -- open items ---------------------------------------------------------------------
    def items(self, client_id: int | None = None) -> list[OpenItem]:
        if client_id is None:
            return [_copy(i) for i in self._all("items").values()]
        return [_copy(i) for i in self._by("items", "client_id").get(client_id, [])]

    def item(self, id: int) -> OpenItem:
        return cast(OpenItem, self._get("items", id, "open item"))

    def add_item(self, item: OpenItem) -> OpenItem:
        item.validate()
        self.client(item.client_id)
        self._insert("items", item)
        return item

    def update_item(self, item: OpenItem) -> None:
        item.validate()
        self.client(item.client_id)
        self._replace("items", item, "open item")

    # -- handoffs -----------------------------------------------------------------------
    def handoffs(self) -> list[Handoff]:
        return [_copy(h) for h in self._all("handoffs").values()]

    def handoff(self, id: int) -> Handoff:
        return cast(Handoff, self._get("handoffs", id, "handoff"))

    def _check_handoff_refs(self, handoff: Handoff) -> None:
        handoff.validate()
        self.person(handoff.person_id)
        known_clients = self._all("clients")
        for client_id in handoff.client_ids:
            if client_id not in known_clients:
                raise NotFound(f"no client with id {client_id}")
        for person_id in [*handoff.covers.values(), *handoff.escalation.values()]:
            self.person(person_id)

    def add_handoff(self, handoff: Handoff) -> Handoff:
        self._check_handoff_refs(handoff)
        self._insert("handoffs", handoff)
        return handoff

    def save_handoff(self, handoff: Handoff) -> None:
        """Save an edited handoff; its revision goes up, so a finalized packet is out of date."""
        self._check_handoff_refs(handoff)
        with self.batch():
            current = self.handoff(handoff.id)
            handoff.revision = current.revision + 1
            self._replace("handoffs", handoff, "handoff")

    # -- contact log --------------------------------------------------------------------
    def log_entries(self, handoff_id: int | None = None) -> list[ContactLogEntry]:
        if handoff_id is None:
            entries = [_copy(e) for e in self._all("log").values()]
        else:
            entries = [_copy(e) for e in self._by("log", "handoff_id").get(handoff_id, [])]
        return sorted(entries, key=lambda e: (e.when, e.id))

    def add_log_entries(self, entries: Iterable[ContactLogEntry]) -> list[ContactLogEntry]:
        """Record contacts in one write: all of them, or none."""
        added = []
        with self.batch():
            for entry in entries:
                entry.validate()
                handoff = self.handoff(entry.handoff_id)
                if entry.client_id not in handoff.client_ids:
                    raise ValidationError(
                        f"client {entry.client_id} is not part of handoff {handoff.id}", "client"
                    )
                self.person(entry.who_id)
                self._insert("log", entry)
                added.append(entry)
        return added

    def save_log_analyses(self, analyses: dict[int, dict[str, Any]]) -> None:
        """Store fresh checker results with log entries, in one write (see
        `contact_log.entry_analysis`). Only the stored analysis changes, never what was logged;
        entries that are gone (a restore in between) are skipped.

        The analyses are a cache: when they cannot be saved (a read-only disk, a folder this
        user may not write), nothing is lost and nothing is said."""
        try:
            self._save_log_analyses(analyses)
        except DamagedDatabase:
            raise
        except StoreError:
            pass

    def _save_log_analyses(self, analyses: dict[int, dict[str, Any]]) -> None:
        with self.batch():
            data = self._storage.read() or {}
            docs = data.get("log", {})
            changed = False
            for entry_id, analysis in analyses.items():
                doc = docs.get(str(entry_id))
                if doc is not None and doc.get("analysis") != analysis:
                    doc["analysis"] = dict(analysis)
                    changed = True
            if changed:
                self._writes["log"] += 1
                self._storage.write(data)

    # -- packet versions ----------------------------------------------------------------
    def packet_versions(self, handoff_id: int) -> list[PacketVersion]:
        versions = [_copy(v) for v in self._by("packets", "handoff_id").get(handoff_id, [])]
        return sorted(versions, key=lambda v: v.number)

    def latest_packet(self, handoff_id: int) -> PacketVersion | None:
        versions = self.packet_versions(handoff_id)
        return versions[-1] if versions else None

    def add_packet_version(self, version: PacketVersion) -> PacketVersion:
        """Store a newly frozen version as the next link of its handoff's chain."""
        with self.batch():
            existing = self.packet_versions(version.handoff_id)
            version.number = (existing[-1].number + 1) if existing else 1
            chain.link(version, existing[-1] if existing else None)
            self._insert("packets", version)
        return version

    # -- access to `handoff serve` -----------------------------------------------------
    def accesses(self) -> list[Access]:
        return [_copy(a) for a in self._all("access").values()]

    def add_access(self, access: Access) -> Access:
        access.validate()
        self._check_person(access.person_id, "access")
        self._insert("access", access)
        return access

    def update_access(self, access: Access) -> None:
        access.validate()
        self._replace("access", access, "access")

    # -- the firm -----------------------------------------------------------------------
    def firm(self) -> Firm:
        """The firm's details (`handoff.firm`); blank fields until they are set."""
        stored = self._all("firm").get(1)
        return _copy(stored) if stored is not None else Firm(id=1)

    def save_firm(self, firm: Firm) -> None:
        firm.validate()
        firm.id = 1

        def run() -> None:
            self._writes["firm"] += 1
            table = self._db.table("firm")
            if table.contains(doc_id=1):
                table.update(_replacer(firm.to_doc()), doc_ids=[1])
            else:
                table.insert(Document(firm.to_doc(), doc_id=1))

        self._write(run)

    # -- helpers ------------------------------------------------------------------------
    def _check_person(self, person_id: int | None, what: str) -> None:
        if person_id is not None and int(person_id) not in self._all("people"):
            raise NotFound(f"{what}: no person with id {person_id}")

    def default_escalation(self) -> dict[str, int]:
        """Topic → the first person whose role handles it (boss, HR, legal counsel)."""
        routes: dict[str, int] = {}
        people = self.people()
        for topic, (_label, role) in ESCALATION_TOPICS.items():
            for person in people:
                if person.role == role:
                    routes[topic] = person.id
                    break
        return routes

    def checked_records(
        self, name: str, fields: Collection[str] | None = None, ids: Iterable[int] | None = None
    ) -> Iterator[tuple[int, Any]]:
        """Table `name` by id, checked (`schema.checked`), not built; others' writes wait."""
        with self._thread_lock:
            self._sync()
            yield from checked(self.path, name, self._storage.read() or {}, fields, ids)

    def raw_tables(self) -> dict[str, dict[str, Any]]:
        """Every table as stored (for backups)."""
        self._ensure_checked()
        data = self._storage.read() or {}
        return {name: dict(data.get(name, {})) for name in TABLES}

    def replace_everything(self, tables: dict[str, dict[str, Any]]) -> None:
        """Swap the whole database for validated `tables` in one atomic write."""
        with self.batch():
            self._db.drop_tables()
            for name in TABLES:
                self._writes[name] += 1
            self._stamp_schema()
            for name, docs in tables.items():
                self._writes[name] += 1
                table = self._db.table(name)
                table.insert_multiple(Document(doc, doc_id=int(i)) for i, doc in docs.items())


def _replacer(doc: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    def replace(stored: MutableMapping[Any, Any]) -> None:
        stored.clear()
        stored.update(doc)

    return replace


def _copy(obj: T) -> T:
    """A copy of a cached model object that its caller may change freely.

    Field values are immutable (str, int, date) or containers one level deep (lists of ids,
    id → id maps, override records), so copying the containers is enough.
    """
    clone = object.__new__(type(obj))
    clone.__dict__.update(obj.__dict__)
    for name, value in vars(clone).items():
        if isinstance(value, list):
            setattr(clone, name, [dict(v) if isinstance(v, dict) else v for v in value])
        elif isinstance(value, dict):
            setattr(clone, name, dict(value))
    return clone
