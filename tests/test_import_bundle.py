"""Gaps in the backup / restore tests: what a bundle may hold and what restore refuses."""

from __future__ import annotations

import json

import pytest

from handoff.bundle import backup, restore
from handoff.errors import ValidationError
from handoff.store import Store


def bundle_of(sample_store, tmp_path) -> dict:
    path = tmp_path / "backup.json"
    backup(sample_store, path)
    return json.loads(path.read_text(encoding="utf-8"))


def save(tmp_path, name: str, data: dict):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_backup_keeps_private_fields_for_the_owner(sample_store, tmp_path):
    # A backup is the whole database: restoring it must not lose private notes or reasons.
    data = bundle_of(sample_store, tmp_path)
    restore(tmp_path / "restored.json", save(tmp_path, "b.json", data))
    target = Store(tmp_path / "restored.json")
    before = {c.id: c.private_notes for c in sample_store.clients(include_archived=True)}
    after = {c.id: c.private_notes for c in target.clients(include_archived=True)}
    assert after == before and any(before.values())
    assert [h.private_reason for h in target.handoffs()] == [
        h.private_reason for h in sample_store.handoffs()
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tables"].update(secrets={}), "unknown table(s) secrets"),
        (lambda d: d.update(schema=99), "unsupported backup schema 99"),
        (lambda d: d["tables"].update(clients=[]), "table 'clients' is not an object"),
        (
            lambda d: d["tables"]["clients"]["1"].update(language="xx"),
            "clients record 1: language: expected one of en, pl, ca, id",
        ),
        (
            lambda d: d["tables"]["clients"]["1"].update(notes="x" * 100_001),
            "clients record 1: notes: expected at most 100,000 characters",
        ),
    ],
)
def test_restore_refuses_and_keeps_the_database(sample_store, db_path, tmp_path, change, message):
    data = bundle_of(sample_store, tmp_path)
    change(data)
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        restore(db_path, save(tmp_path, "bad.json", data))
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("handoff.json.before-restore-*"))


def test_restore_cleans_escape_codes_in_a_bundle(sample_store, tmp_path):
    data = bundle_of(sample_store, tmp_path)
    data["tables"]["clients"]["1"]["name"] = "\x1b]0;owned\x07\x1b[2JAgnieszka [b]W[/b]"
    restore(tmp_path / "clean.json", save(tmp_path, "esc.json", data))
    target = Store(tmp_path / "clean.json")
    assert target.client(1).name == "Agnieszka [b]W[/b]"
    assert "\x1b" not in (tmp_path / "clean.json").read_text(encoding="utf-8")


def test_backup_refuses_a_folder_or_a_missing_folder(sample_store, tmp_path):
    with pytest.raises(ValidationError, match="is a folder"):
        backup(sample_store, tmp_path)
    with pytest.raises(ValidationError, match="does not exist"):
        backup(sample_store, tmp_path / "nowhere" / "b.json")
