"""Every field's type and range is checked on restore and on every read of the file.

A wrong value is refused with the record and the field named, on one line, exit 2, and never
with the contents of a private field.
"""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from handoff.bundle import backup
from handoff.errors import DamagedDatabase
from handoff.store import Store

PRIVATE = "CANARY late payer"


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("name", 5, "clients record 1: name: expected str, got int"),
        ("name", ["x"], "clients record 1: name: expected str, got array"),
        ("archived", "no", "clients record 1: archived: expected bool, got str"),
        ("key_account", "yes", "clients record 1: key_account: expected bool, got str"),
        ("manager_id", True, "clients record 1: manager_id: expected int | null, got bool"),
        ("manager_id", 0, "clients record 1: manager_id: expected int >= 1"),
        ("revision", -1, "clients record 1: revision: expected int >= 0"),
    ],
)
def test_restore_refuses_a_wrong_type_naming_record_and_field(
    sample_store, tmp_path, field, value, said
) -> None:
    source = tmp_path / "backup.json"
    backup(sample_store, source)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["tables"]["clients"]["1"]["private_notes"] = PRIVATE
    data["tables"]["clients"]["1"][field] = value
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "restored.json"
    done = run_cli("restore", str(source), db=target)
    assert done.returncode == 2, done.stdout
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert PRIVATE not in done.stderr and "Traceback" not in done.stderr
    assert not target.exists()


def edit_by_hand(store, table: str, field: str, value: object) -> None:
    data = json.loads(store.path.read_text(encoding="utf-8"))
    data["clients"]["1"]["private_notes"] = PRIVATE
    data[table]["1"][field] = value
    store.path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("table", "field", "value", "said"),
    [
        ("clients", "archived", "no", "clients record 1: archived: expected bool, got str"),
        ("people", "role", "wizard", "people record 1: role: expected one of owner"),
        ("handoffs", "covers", {"x": 1}, "handoffs record 1: covers (a key): expected int"),
    ],
)
def test_every_read_refuses_a_file_edited_by_hand(sample_store, table, field, value, said):
    edit_by_hand(sample_store, table, field, value)
    done = run_cli("list", table, db=sample_store.path)
    assert done.returncode == 2
    assert said in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert PRIVATE not in done.stderr and "Traceback" not in done.stderr


def test_a_store_refuses_a_record_that_does_not_fit(sample_store) -> None:
    edit_by_hand(sample_store, "items", "due", "2026-02-30")
    with pytest.raises(DamagedDatabase, match="items record 1: due: invalid RFC3339 encoded date"):
        Store(sample_store.path).items()


def test_a_read_of_some_fields_checks_those_fields_of_those_records(sample_store) -> None:
    # (what the dashboard reads of the clients it counts: their language, nothing else)
    edit_by_hand(sample_store, "clients", "language", "klingon")
    store = Store(sample_store.path)
    names = dict(store.checked_records("clients", ("name",), [3, 1, 999]))
    assert sorted(names) == [1, 3]  # in id order; no client 999 is stored
    assert names[3].name == store.client(3).name
    assert not hasattr(names[3], "language")
    with pytest.raises(DamagedDatabase, match="clients record 1: language: expected one of") as e:
        dict(store.checked_records("clients", ("language",), [1]))
    assert PRIVATE not in str(e.value) and "klingon" not in str(e.value)
