"""The foundation's commands, success and error paths, through a real subprocess."""

from __future__ import annotations

import json

from conftest import run_cli


def test_sample_loads_then_refuses_a_second_time(db_path):
    first = run_cli("sample", db=db_path)
    assert first.returncode == 0, first.stderr
    assert "14 clients" in first.stdout
    second = run_cli("sample", db=db_path)
    assert second.returncode == 2
    assert second.stderr.count("\n") == 1
    assert "already holds data" in second.stderr


def test_list_json_has_id_and_name_for_each_kind(db_path):
    run_cli("sample", db=db_path)
    for what, expected in [("clients", 14), ("people", 8), ("handoffs", 2)]:
        result = run_cli("list", what, "--json", db=db_path)
        assert result.returncode == 0, result.stderr
        rows = json.loads(result.stdout)
        assert len(rows) == expected
        assert all("id" in r and "name" in r for r in rows)
    handoffs = json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)
    assert handoffs[0]["name"] == "Marta Puig (vacation 2026-11-02 – 2026-11-20)"


def test_list_never_prints_private_fields(db_path):
    run_cli("sample", db=db_path)
    for what in ("clients", "people", "handoffs"):
        for flag in ([], ["--json"]):
            out = run_cli("list", what, *flag, db=db_path).stdout
            assert "discount" not in out  # a private note of Agnieszka's
            assert "no-shows" not in out  # the termination's private reason


def test_new_prints_id_and_splits_cover(db_path):
    run_cli("sample", db=db_path)
    result = run_cli(
        "new", "vacation", "--person", "Marta", "--cover", "Peter Nowak",
        "--cover", "Dewi=3,Pere Soler", "--from", "2026-12-01", "--until", "2026-12-10",
        db=db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.strip())
    rows = json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)
    made = next(r for r in rows if r["id"] == new_id)
    assert made["clients"] == 5 and made["covered"] == 5
    from handoff.store import Store

    handoff = Store(db_path).handoff(new_id)
    assert handoff.covers[3] == 5 and handoff.covers[4] == 5  # Dewi
    assert handoff.covers[1] == 4  # Peter
    assert handoff.escalation == {"contract_billing": 2, "personnel": 7, "legal": 8}


def test_new_rejects_bad_input_with_one_line(db_path):
    run_cli("sample", db=db_path)
    cases = [
        (["--person", "Tom", "--cover", "Tom"], "person leaving"),
        (["--person", "Marta", "--cover", "Peter", "--from", "2026-02-30"], "not a real date"),
        (
            [
                "--person",
                "Marta",
                "--cover",
                "Peter",
                "--from",
                "2026-12-10",
                "--until",
                "2026-12-01",
            ],
            "before",
        ),
        (["--person", "Nobody", "--cover", "Peter"], "no person matches"),
        (["--person", "P", "--cover", "Kojo"], "matches 2 people"),
        (["--person", "Marta", "--cover", "Peter", "--clients", "999"], "no client"),
    ]
    for extra, message in cases:
        result = run_cli("new", "vacation", *extra, db=db_path)
        assert result.returncode == 2, (extra, result.stdout)
        assert message in result.stderr, (extra, result.stderr)
        assert result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    term = run_cli(
        "new", "termination", "--person", "Tom", "--cover", "Dewi", "--until", "2026-12-01",
        db=db_path,
    )  # fmt: skip
    assert term.returncode == 2 and "return date" in term.stderr
    # nothing was created by any of the failures
    assert len(json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)) == 2


def test_usage_errors_are_one_line_exit_2(db_path):
    for argv in (["list"], ["list", "cats"], ["new", "holiday"], ["frobnicate"]):
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 2, argv
        assert result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_damaged_database_is_refused_and_untouched(db_path):
    db_path.write_text('{"people": {"1": {"name": "Ann"', encoding="utf-8")
    before = db_path.read_bytes()
    for argv in (
        ["list", "clients"],
        ["sample"],
        ["new", "leave", "--person", "x", "--cover", "y"],
    ):
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 2
        assert "damaged" in result.stderr
        assert "Traceback" not in result.stderr
    assert db_path.read_bytes() == before


def test_a_folder_given_as_the_database_is_a_clear_error(db_path):
    db_path.mkdir()
    result = run_cli("list", "clients", db=db_path)
    assert result.returncode == 2
    assert "is a folder, not a database file" in result.stderr
    assert result.stderr.count("\n") == 1


def test_backup_restore_round_trip_keeps_previous_file(db_path, tmp_path):
    run_cli("sample", db=db_path)
    bundle = tmp_path / "backup.json"
    assert run_cli("backup", str(bundle), db=db_path).returncode == 0
    other = tmp_path / "other.json"
    run_cli("new", "leave", "--person", "Kojo", "--cover", "Grace", db=other)  # fails: empty db
    restored = run_cli("restore", str(bundle), db=other)
    assert restored.returncode == 0, restored.stderr
    a = json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)
    b = json.loads(run_cli("list", "clients", "--json", db=other).stdout)
    assert a == b
    # restoring over a database keeps the old one beside it
    again = run_cli("restore", str(bundle), db=db_path)
    assert "previous database was kept" in again.stdout
    kept = list(tmp_path.glob("handoff.json.before-restore-*"))
    assert len(kept) == 1


def test_restore_refuses_bad_bundles_and_changes_nothing(db_path, tmp_path):
    run_cli("sample", db=db_path)
    before = db_path.read_bytes()
    bundle = tmp_path / "backup.json"
    run_cli("backup", str(bundle), db=db_path)
    data = json.loads(bundle.read_text())
    bad_cases = {
        "not json": "{nope",
        "wrong format": json.dumps({"format": "other"}),
        "bad email": json.dumps(
            {**data, "tables": {**data["tables"], "people": {"1": {"name": "A", "email": "x"}}}}
        ),
        "dangling ref": json.dumps({**data, "tables": {**data["tables"], "people": {}}}),
        "tampered packet": bundle.read_text().replace("Send three grout samples", "Nothing"),
    }
    for label, text in bad_cases.items():
        bad = tmp_path / f"{label}.json"
        bad.write_text(text, encoding="utf-8")
        result = run_cli("restore", str(bad), db=db_path)
        assert result.returncode == 2, label
        assert result.stderr.count("\n") == 1, (label, result.stderr)
        assert db_path.read_bytes() == before, label
    missing = run_cli("restore", str(tmp_path / "nope.json"), db=db_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_list_does_not_import_textual(db_path):
    run_cli("sample", db=db_path)
    code = (
        "import sys; from handoff.cli import main; main(['list','clients','--db',sys.argv[1]]);"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code, str(db_path)], capture_output=True)
    assert result.returncode == 0, result.stderr


def test_restore_recovers_a_damaged_database_and_keeps_it(db_path, tmp_path):
    run_cli("sample", db=db_path)
    bundle = tmp_path / "backup.json"
    run_cli("backup", str(bundle), db=db_path)
    db_path.write_bytes(b'{"clients": {"1": {"name": "half')
    refused = run_cli("list", "clients", db=db_path)
    assert refused.returncode == 2 and "handoff restore" in refused.stderr
    restored = run_cli("restore", str(bundle), db=db_path)
    assert restored.returncode == 0, restored.stderr
    assert len(json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)) == 14
    kept = next(tmp_path.glob("handoff.json.before-restore-*"))
    assert kept.read_bytes() == b'{"clients": {"1": {"name": "half'


def test_backup_errors_are_one_line(db_path, tmp_path):
    run_cli("sample", db=db_path)
    for target, message in [
        (tmp_path, "is a folder"),
        (tmp_path / "missing" / "b.json", "does not exist"),
    ]:
        result = run_cli("backup", str(target), db=db_path)
        assert result.returncode == 2 and message in result.stderr
        assert result.stderr.count("\n") == 1


def test_list_on_a_database_that_does_not_exist_is_an_error_and_creates_nothing(db_path):
    result = run_cli("list", "clients", "--json", db=db_path)
    assert result.returncode == 2 and result.stdout == ""
    assert str(db_path) in result.stderr and "no database here" in result.stderr
    assert not db_path.exists()


def test_handoff_db_environment_variable_selects_the_database(db_path):
    run_cli("sample", env={"HANDOFF_DB": str(db_path)})
    assert db_path.exists()
    rows = json.loads(run_cli("list", "people", "--json", env={"HANDOFF_DB": str(db_path)}).stdout)
    assert len(rows) == 8


def test_default_database_lives_in_the_user_data_directory(tmp_path):
    result = run_cli("sample")
    assert result.returncode == 0, result.stderr
    # conftest points XDG_DATA_HOME into the test's temporary home
    assert (tmp_path / "home" / "data" / "handoff" / "handoff.json").exists()


def test_unexpected_error_is_logged_in_the_state_directory(tmp_path):
    # Force a genuine surprise: a command that raises an exception nobody expected.
    code = (
        "import sys; import handoff.commands.core as core\n"
        "core.cmd_list = lambda args: 1 / 0\n"
        "from handoff.cli import main; sys.exit(main(['list', 'clients']))\n"
    )
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2
    assert "unexpected error" in result.stderr and "Traceback" not in result.stderr
    log = tmp_path / "home" / "state" / "handoff" / "errors.log"
    assert "ZeroDivisionError" in log.read_text()
