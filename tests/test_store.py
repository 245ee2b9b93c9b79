"""The store never loses data: atomic writes, locks, batches, damaged files, failed saves."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from handoff.errors import DamagedDatabase, NotFound, StoreError, ValidationError
from handoff.model import Client, Person
from handoff.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parent.parent


def _stray_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_are_kept_and_read_back_by_a_new_store(store, db_path):
    ann = store.add_person(Person(name="Ann Lee", role="owner"))
    store.add_client(Client(name="Acme", email="a@acme.example", manager_id=ann.id))
    again = Store(db_path)
    assert [c.name for c in again.clients()] == ["Acme"]
    assert again.clients()[0].manager_id == ann.id
    assert _stray_files(db_path.parent) == []


def test_returned_objects_are_copies(store):
    store.add_person(Person(name="Ann Lee"))
    person = store.people()[0]
    person.name = "changed but not saved"
    assert store.people()[0].name == "Ann Lee"


def test_a_batch_is_all_or_nothing(store, db_path):
    store.add_person(Person(name="Ann Lee"))
    before = db_path.read_bytes()
    with pytest.raises(ValidationError):
        store.add_clients(
            [Client(name="Good one"), Client(name="Bad", email="not-an-email"), Client(name="X")]
        )
    assert db_path.read_bytes() == before
    assert store.clients() == []
    added = store.add_clients([Client(name=f"Client {i}") for i in range(50)])
    assert len(added) == 50 and len(Store(db_path).clients()) == 50


def test_a_batch_is_one_write(store, db_path, monkeypatch):
    import handoff.storage as storage

    writes = []
    real = storage.atomic_write_bytes
    monkeypatch.setattr(
        storage, "atomic_write_bytes", lambda p, b: (writes.append(p), real(p, b))[1]
    )
    store.add_clients([Client(name=f"Client {i}") for i in range(200)])
    assert len(writes) == 1


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
def test_a_failed_save_leaves_the_last_good_file(store, db_path, monkeypatch, failing):
    store.add_person(Person(name="Ann Lee"))
    before = db_path.read_bytes()
    import handoff.storage as storage

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class Broken:
            def __init__(self, *a, **k):
                self._f = real_fdopen(*a, **k)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self._f.close()

            def write(self, data):
                self._f.write(data[: len(data) // 2])
                boom()

        monkeypatch.setattr(storage.os, "fdopen", Broken)
    elif failing == "fsync":
        monkeypatch.setattr(storage.os, "fsync", boom)
    else:
        monkeypatch.setattr(storage.os, "replace", boom)

    with pytest.raises(StoreError, match="the disk is full; the previous file is unchanged"):
        store.add_person(Person(name="Bob Stone"))
    monkeypatch.undo()
    assert db_path.read_bytes() == before
    assert _stray_files(db_path.parent) == []
    # the store itself did not keep the failed change in memory
    assert [p.name for p in store.people()] == ["Ann Lee"]
    assert [p.name for p in Store(db_path).people()] == ["Ann Lee"]


def test_file_size_limit_leaves_the_last_good_file(db_path):
    """A real RLIMIT_FSIZE in a child process: the save fails, the old file survives."""
    store = Store(db_path)
    store.add_person(Person(name="Ann Lee"))
    before = db_path.read_bytes()
    limit = len(before) + 2000
    code = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from handoff.store import Store
        from handoff.model import Client
        from handoff.errors import StoreError
        store = Store({str(db_path)!r})
        try:
            store.add_clients([Client(name="Client %d" % i, notes="x" * 200) for i in range(500)])
        except StoreError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "file-size limit" in result.stdout
    assert db_path.read_bytes() == before
    assert _stray_files(db_path.parent) == []


def test_damaged_file_is_refused_and_never_overwritten(db_path):
    for damage in (b'{"people": {"1": ', b"\x00\xff\xfe garbage", b"[1, 2, 3]", b'{"a": [1]}'):
        db_path.write_bytes(damage)
        with pytest.raises(DamagedDatabase):
            Store(db_path).add_person(Person(name="Ann"))
        assert db_path.read_bytes() == damage


def test_newer_schema_is_refused(db_path):
    db_path.write_text(json.dumps({"_meta": {"1": {"schema": SCHEMA_VERSION + 1}}}))
    with pytest.raises(DamagedDatabase, match="newer handoff"):
        Store(db_path)


def test_migration_hook_upgrades_an_old_schema(db_path, monkeypatch):
    import handoff.store as store_module

    old = {"_meta": {"1": {"schema": 0}}, "people": {"1": {"fullname": "Ann Lee"}}}
    db_path.write_text(json.dumps(old))

    def rename_fullname(data):
        for doc in data.get("people", {}).values():
            doc["name"] = doc.pop("fullname")
        return data

    monkeypatch.setitem(store_module.MIGRATIONS, 0, rename_fullname)
    store = Store(db_path)
    assert [p.name for p in store.people()] == ["Ann Lee"]
    assert json.loads(db_path.read_text())["_meta"]["1"]["schema"] == SCHEMA_VERSION


def test_unknown_ids_are_clear_errors(store):
    with pytest.raises(NotFound, match="no client with id 42"):
        store.client(42)
    with pytest.raises(NotFound, match="manager: no person with id 7"):
        store.add_client(Client(name="Acme", manager_id=7))


def test_another_process_write_is_seen_without_reopening(store, db_path):
    store.add_person(Person(name="Ann Lee"))
    assert len(store.people()) == 1
    other = Store(db_path)
    other.add_person(Person(name="Bob Stone"))
    # the first store picks the change up and does not reuse Bob's id
    assert sorted(p.name for p in store.people()) == ["Ann Lee", "Bob Stone"]
    carl = store.add_person(Person(name="Carl Ode"))
    assert len({p.id for p in Store(db_path).people()}) == 3
    assert carl.id == 3


IMPORTER = textwrap.dedent(
    """
    import sys
    from handoff.store import Store
    from handoff.model import Client
    store = Store(sys.argv[1])
    tag, batches, size = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    for b in range(batches):
        store.add_clients(
            [Client(name=f"{tag} {b}-{i}", notes="n" * 50) for i in range(size)]
        )
    print("done", flush=True)
    """
)


def test_two_processes_importing_at_once_lose_nothing(db_path):
    Store(db_path).add_person(Person(name="Ann Lee"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(db_path), tag, "15", "40"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alpha", "beta")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    names = [c.name for c in Store(db_path).clients()]
    assert len(names) == 2 * 15 * 40
    assert len(set(names)) == len(names)
    assert sum(n.startswith("alpha") for n in names) == 600
    assert _stray_files(db_path.parent) == []


def test_sigkill_during_large_imports_leaves_none_or_all(db_path):
    """Kill an importer at random moments; each time the file is whole, each batch all-or-none."""
    store = Store(db_path)
    store.add_person(Person(name="Ann Lee"))
    rng = random.Random(20261123)
    batch = 2000
    for attempt in range(6):
        before = len(Store(db_path).clients())
        proc = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(db_path), f"k{attempt}", "1", str(batch)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        after = Store(db_path).clients()  # readable: no DamagedDatabase
        added = len(after) - before
        assert added in (0, batch), added
        assert len({c.name for c in after}) == len(after)
    # the lock is released by the kernel when a process dies: the next writer is not blocked
    Store(db_path).add_person(Person(name="Still writable"))


def test_stale_temporary_files_do_not_confuse_the_store(store, db_path):
    store.add_person(Person(name="Ann Lee"))
    (db_path.parent / f".{db_path.name}.abc.tmp").write_text("half a write")
    assert [p.name for p in Store(db_path).people()] == ["Ann Lee"]


def test_permission_denied_gives_a_clear_error(store, db_path, monkeypatch):
    # Tests run as root in CI, where chmod cannot refuse anything: refuse the temporary file.
    store.add_person(Person(name="Ann"))
    before = db_path.read_bytes()
    import handoff.storage as storage

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "_temporary", refuse)
    with pytest.raises(StoreError, match="permission denied; the previous file is unchanged"):
        store.add_person(Person(name="Bob"))
    assert db_path.read_bytes() == before


def test_reads_do_not_reparse_the_file(store, db_path, monkeypatch):
    store.add_clients([Client(name=f"Client {i}") for i in range(20)])
    fresh = Store(db_path)
    fresh.clients()
    import handoff.storage as storage

    calls = []
    real = storage.decode
    monkeypatch.setattr(storage, "decode", lambda *a: (calls.append(1), real(*a))[1])
    for _ in range(10):
        fresh.clients()
        fresh.client(3)
    assert calls == []
