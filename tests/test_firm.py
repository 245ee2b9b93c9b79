"""The firm's own details: set once, kept in the database and its backups, signed under texts."""

from __future__ import annotations

import json

from conftest import run_cli

from handoff.bundle import backup, restore
from handoff.firm import Firm, set_firm, sign_off, signature_block
from handoff.store import Store


def test_show_and_set_from_the_command_line(db_path):
    run_cli("sample", db=db_path)
    shown = run_cli("firm", "show", db=db_path)
    assert shown.returncode == 0
    assert "Name:             Mensah Tiling & Renovation" in shown.stdout
    assert "Address:          Unit 4, Harbour Yard\n                  27 Canal Road" in shown.stdout
    changed = run_cli(
        "firm", "set", "--name", "Mensah Tiling Ltd", "--address", r"1 Quay St\nLondon", db=db_path
    )
    assert changed.returncode == 0, changed.stderr
    assert "Name: 'Mensah Tiling & Renovation' → 'Mensah Tiling Ltd'" in changed.stdout
    assert Store(db_path).firm().address == "1 Quay St\nLondon"
    again = run_cli("firm", "set", "--name", "Mensah Tiling Ltd", db=db_path)
    assert again.stdout.strip() == "Nothing changed."


def test_bad_input_is_one_line_and_exit_2(db_path):
    for args, expected in [
        (("firm", "set", "--email", "nope"), "email: 'nope' is not an email address"),
        (("firm", "set", "--website", "not a site"), "website:"),
        (("firm", "set"), "say what to change"),
        (("firm", "set", "--language", "de"), "invalid choice"),
    ]:
        result = run_cli(*args, db=db_path)
        assert result.returncode == 2, args
        assert expected in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_the_firm_travels_in_a_backup(sample_store, tmp_path):
    set_firm(sample_store, phone="+44 20 7946 0199")
    target = tmp_path / "backup.json"
    counts = backup(sample_store, target)
    assert counts["firm"] == 1
    assert json.loads(target.read_text())["tables"]["firm"]["1"]["phone"] == "+44 20 7946 0199"
    other = tmp_path / "other.json"
    restore(other, target)
    assert Store(other).firm().phone == "+44 20 7946 0199"


def test_a_bundle_with_a_bad_firm_is_refused(sample_store, tmp_path):
    target = tmp_path / "backup.json"
    backup(sample_store, target)
    data = json.loads(target.read_text())
    data["tables"]["firm"]["1"]["language"] = "xx"
    target.write_text(json.dumps(data))
    result = run_cli("restore", str(target), db=tmp_path / "new.json")
    assert result.returncode == 2 and "firm record 1" in result.stderr


def test_signature_block_and_sign_off():
    firm = Firm(name="Acme Tiles", phone="+44 20 7946 0000", email="hi@acme.example")
    assert signature_block(firm, "en") == "Acme Tiles\n+44 20 7946 0000 · hi@acme.example"
    assert sign_off(firm, "pl", "Ewa Nowak") == (
        "Z poważaniem\nEwa Nowak\nAcme Tiles\n+44 20 7946 0000 · hi@acme.example"
    )
    assert sign_off(firm, "id", "Dewi").startswith("Hormat saya,\nDewi")
    assert sign_off(firm, "id").startswith("Hormat kami,\nAcme Tiles")
    signed = Firm(name="Acme Tiles", signature="Ana Puig\nOwner, Acme Tiles")
    assert sign_off(signed, "ca") == "Cordialment,\nAna Puig\nOwner, Acme Tiles"
    assert sign_off(Firm(), "en") == "Kind regards,"  # nothing set yet: no empty lines
