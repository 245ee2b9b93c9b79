"""People at the firm from the command line: add, correct, and the clear answers to bad input."""

from __future__ import annotations

import json

from conftest import run_cli

from handoff import people
from handoff.errors import ValidationError
from handoff.store import Store


def listed(db_path) -> list[dict]:
    result = run_cli("list", "people", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_fresh_database_gets_its_people_from_the_command_line(db_path):
    for argv in (
        ["people", "add", "Olga Owner", "--role", "owner", "--phone", "+44 20 7946 0000"],
        ["people", "add", "Bea Boss", "--role", "boss", "--email", "bea@example.com"],
        ["people", "add", "Carl Cover"],
    ):
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"Added {argv[2]} (")
    assert [(p["name"], p["role"]) for p in listed(db_path)] == [
        ("Olga Owner", "owner"), ("Bea Boss", "boss"), ("Carl Cover", "colleague"),
    ]  # fmt: skip
    # and the people can be used at once: a client for Olga, a handoff to Carl
    store = Store(db_path)
    from handoff.model import Client

    store.add_client(Client(name="Alpha Ltd", manager_id=1))
    result = run_cli("new", "vacation", "--person", "Olga", "--cover", "Carl",
                     "--from", "2026-12-01", "--until", "2026-12-20", db=db_path)  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_a_corrected_phone_reaches_drafts_and_leaves_finalized_packets_as_they_were(
    sample_store, db_path, tmp_path
):
    boss = next(p for p in sample_store.people() if p.role == "boss")
    finalized = next(h for h in sample_store.handoffs() if sample_store.latest_packet(h.id))
    draft = next(h for h in sample_store.handoffs() if not sample_store.latest_packet(h.id))
    assert boss.id in draft.escalation.values() and boss.phone
    result = run_cli("people", "edit", boss.name, "--phone", "+34 600 111 222", db=db_path)
    assert result.returncode == 0, result.stderr
    assert f"phone: {boss.phone} → +34 600 111 222" in result.stdout
    assert Store(db_path).person(boss.id).phone == "+34 600 111 222"

    def packet(handoff_id: int) -> str:
        out = tmp_path / f"packet-{handoff_id}.txt"
        printed = run_cli("print", str(handoff_id), "--format", "txt", "-o", str(out), db=db_path)
        assert printed.returncode == 0, printed.stderr
        return out.read_text(encoding="utf-8")

    assert "+34 600 111 222" in packet(draft.id)
    # a finalized version is a record of what the colleague was given: it does not change
    frozen = packet(finalized.id)
    assert boss.phone in frozen and "+34 600 111 222" not in frozen


def test_only_what_is_given_changes_and_an_empty_value_removes_it(sample_store, db_path):
    before = sample_store.people()[0]
    assert before.email  # the sample's people have emails
    result = run_cli("people", "edit", str(before.id), "--email", "", db=db_path)
    assert result.returncode == 0, result.stderr
    after = Store(db_path).person(before.id)
    assert after.email == "" and (after.name, after.role, after.phone) == (
        before.name, before.role, before.phone,
    )  # fmt: skip
    result = run_cli("people", "edit", str(before.id), "--role", before.role, db=db_path)
    assert "Nothing changed" in result.stdout


def test_bad_input_gets_one_line_and_changes_nothing(sample_store, db_path):
    first, second = sample_store.people()[:2]
    file_before = db_path.read_bytes()
    cases = [
        (["people", "add", first.name.upper()], "already someone at the firm"),
        (["people", "add", "  "], "needs a name"),
        (["people", "add", "Zoe", "--email", "zoe at example"], "not an email address"),
        (["people", "add", "Zoe", "--role", "king"], "invalid choice"),
        (["people", "add", "Zoe\x1b[2J", "--phone", "call me"], "phone"),
        (["people", "edit", "Nobody Here", "--phone", "1"], "no person matches"),
        (["people", "edit", first.name], "say what to change"),
        (["people", "edit", str(first.id), "--name", second.name], "already someone"),
        (["people", "edit", str(first.id), "--phone", "x" * 5000], "phone"),
    ]
    for argv, message in cases:
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 2, argv
        assert message in result.stderr, (argv, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert db_path.read_bytes() == file_before


def test_names_are_cleaned_and_compared_ignoring_case_and_spacing(store):
    added = people.add_person(store, "  Ana\x1b[31m  Puig ", email="ana@example.com")
    assert "\x1b" not in added.name
    try:
        people.add_person(store, "ana   puig")
    except ValidationError as exc:
        assert "already someone at the firm" in str(exc)
    else:
        raise AssertionError("a second Ana Puig was added")
    person, changed = people.edit_person(store, added.id, name="Ana Puig Soler")
    assert changed == [f"name: {added.name} → Ana Puig Soler"]
