"""A frozen packet's proof holds: the versions of a handoff are a hash chain.

Each case here restored or printed without complaint when only the content was hashed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from handoff import chain, packet
from handoff.bundle import backup, restore
from handoff.errors import ValidationError
from handoff.store import Store

MARTA, TOM = 1, 2


def two_versions(store: Store) -> None:
    """Marta's handoff gets a second frozen version (the sample froze v1)."""
    packet.freeze(store, MARTA, allow_missing=True, override="kept on purpose for the test")


def bundle(store: Store, tmp_path: Path) -> dict:
    path = tmp_path / "backup.json"
    backup(store, path)
    return json.loads(path.read_text(encoding="utf-8"))


def versions_of(data: dict) -> list[dict]:
    return sorted(data["tables"]["packets"].values(), key=lambda d: d["number"])


def forge_v2_as_second_v1(data: dict) -> None:
    versions_of(data)[1]["number"] = 1


def renumber(number: int):
    def change(data: dict) -> None:
        versions_of(data)[0]["number"] = number

    return change


def move_to_tom(data: dict) -> None:
    for doc in data["tables"]["packets"].values():
        doc["handoff_id"] = TOM


def back_date_with_forged_override(data: dict) -> None:
    v1 = versions_of(data)[0]
    v1["created"] = "2026-01-01T09:00:00"
    v1["overrides"] = [
        {
            "client_id": 1,
            "which": "script",
            "words": "fired",
            "category": "dismissal",
            "justification": "approved by legal",
            "at": "2026-01-01T09:00:00",
        }
    ]


@pytest.mark.parametrize(
    ("forge", "said"),
    [
        (renumber(-3), "number: expected int >= 1"),
        (renumber(0), "number: expected int >= 1"),
        (forge_v2_as_second_v1, "packet version 1 of handoff 1 should be version 2"),
        (move_to_tom, "packet version 1 of handoff 2 holds the packet of another handoff"),
        (back_date_with_forged_override, "packet version 1 of handoff 1 does not match its chain"),
    ],
)
def test_restore_refuses_a_forged_version(sample_store, db_path, tmp_path, forge, said) -> None:
    two_versions(sample_store)
    data = bundle(sample_store, tmp_path)
    forge(data)
    source = tmp_path / "forged.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    before = db_path.read_bytes()
    with pytest.raises(ValidationError, match=said):
        restore(db_path, source)
    assert db_path.read_bytes() == before


def test_an_intact_backup_restores_with_its_chain(sample_store, tmp_path) -> None:
    two_versions(sample_store)
    source = tmp_path / "backup.json"
    backup(sample_store, source)
    restore(tmp_path / "again.json", source)
    versions = Store(tmp_path / "again.json").packet_versions(MARTA)
    assert chain.first_break(MARTA, versions) is None
    assert versions[1].prev == versions[0].chain and versions[0].prev == ""


def tamper_file(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["packets"])
    path.write_text(json.dumps(data), encoding="utf-8")


def test_verify_says_intact_or_names_the_first_broken_version(sample_store, db_path) -> None:
    two_versions(sample_store)
    done = run_cli("verify", "1", db=db_path)
    assert done.returncode == 0, done.stderr
    head = chain.head(Store(db_path).packet_versions(MARTA))
    assert "2 packet versions, chain intact" in done.stdout and head in done.stdout

    def back_date(docs: dict) -> None:
        v2 = next(d for d in docs.values() if d["number"] == 2)
        v2["created"] = "2026-10-30T17:06:00"  # still after v1: only the chain can tell

    tamper_file(db_path, back_date)
    done = run_cli("verify", "Marta", db=db_path)
    assert done.returncode == 1
    assert "BROKEN: packet version 2 of handoff 1 does not match its chain hash" in done.stdout
    assert "v1 " in done.stdout  # the versions before it still hold
    assert run_cli("verify", db=db_path).returncode == 2
    assert run_cli("verify", "nobody", db=db_path).returncode == 2


def test_printing_a_frozen_version_checks_the_chain_and_prints_its_head(
    sample_store, db_path, tmp_path
) -> None:
    head = chain.short(chain.head(sample_store.packet_versions(MARTA)))
    for fmt in ("txt", "md", "html"):
        out = tmp_path / f"packet.{fmt}"
        done = run_cli("print", "1", "--format", fmt, "-o", str(out), db=db_path)
        assert done.returncode == 0, done.stderr
        text = out.read_text(encoding="utf-8")
        # every page head (and, in HTML, the PDF's running header) carries the chain's head
        heads = (
            ('class="page-head"', 'class="rh-chain"') if fmt == "html" else ("packet version 1",)
        )
        pages = sum(text.count(h) for h in heads)
        assert pages >= 1 and text.count(f"chain {head}") == pages, fmt

    def forge_override(docs: dict) -> None:
        next(iter(docs.values()))["overrides"] = [{"forged": True}]

    tamper_file(db_path, forge_override)
    done = run_cli("print", "1", "--format", "txt", "-o", str(tmp_path / "x.txt"), db=db_path)
    assert done.returncode == 2
    assert "packet version 1 of handoff 1 does not match its chain hash" in done.stderr


def test_a_database_from_before_the_chain_is_chained_once_on_opening(sample_store, db_path):
    two_versions(sample_store)
    data = json.loads(db_path.read_text(encoding="utf-8"))
    data["_meta"] = {"1": {"schema": 1}}
    for doc in data["packets"].values():
        for key in ("prev", "chain", "chained_at"):
            doc.pop(key)
    db_path.write_text(json.dumps(data), encoding="utf-8")
    store = Store(db_path)
    versions = store.packet_versions(MARTA)
    assert chain.first_break(MARTA, versions) is None
    assert all(v.chained_at is not None for v in versions)  # chained at the upgrade
    upgraded = json.loads(db_path.read_text(encoding="utf-8"))
    assert upgraded["_meta"]["1"]["schema"] == 2
    assert run_cli("verify", "1", db=db_path).returncode == 0
    # chained once: opening it again changes nothing
    Store(db_path).packet_versions(MARTA)
    assert json.loads(db_path.read_text(encoding="utf-8")) == upgraded
