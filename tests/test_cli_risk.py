"""`handoff statement`, `check` and `finalize` through a real subprocess, as a user runs them."""

from __future__ import annotations

import json
import sys

from conftest import run_cli

from handoff.store import Store


def test_statement_prints_the_clients_notice_in_their_language(db_path):
    run_cli("sample", db=db_path)
    result = run_cli("statement", "Marta", "Agnieszka", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Szanowna Pani,")  # Agnieszka is addressed as Pani
    assert "Peter Nowak" in result.stdout and "discount" not in result.stdout
    english = run_cli("statement", "1", "1", "--lang", "en", "--channel", "phone", db=db_path)
    assert english.stdout.startswith("Hello, this is Peter Nowak from Mensah Tiling & Renovation.")
    script = run_cli("statement", "1", "Pere", "--script", db=db_path)
    assert script.stdout.startswith("Bon dia, sóc Dewi Lestari, de Mensah Tiling & Renovation.")


def test_statement_errors_are_one_line(db_path):
    run_cli("sample", db=db_path)
    for args, expected in [
        (("statement", "1", "Sarah"), "not one of the clients of handoff 1"),
        (("statement", "1", "Nobody"), "no client matches 'Nobody'"),
        (("statement", "1", "1", "--lang", "de"), "unknown language 'de'"),
    ]:
        result = run_cli(*args, db=db_path)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr


def test_check_flags_risky_text_with_exit_1_and_passes_clean_text(tmp_path):
    risky = run_cli("check", "-", stdin="Tom was fired. He is in hospital.\n")
    assert risky.returncode == 1
    assert 'stdin:1:5: reason for leaving: "was fired"' in risky.stdout
    assert "instead: no longer works with us" in risky.stdout
    assert '"in hospital"' in risky.stdout
    clean = run_cli("check", stdin="Dewi is your contact from now on.\n")
    assert clean.returncode == 0 and "No risky words found." in clean.stdout


def test_check_reads_a_file_in_the_language_and_kind_given(tmp_path):
    note = tmp_path / "nota.txt"
    note.write_text("Bon dia.\nHa decidit marxar per buscar noves oportunitats.\n", "utf-8")
    as_vacation = run_cli("check", str(note), "--lang", "ca", "--kind", "vacation", "--json")
    assert as_vacation.returncode in (0, 1), as_vacation.stderr
    # a false softener is looked for in a termination's text only (the meaning check may still
    # read the sentence as a guess at why someone left)
    assert "false_softener" not in {r["category"] for r in json.loads(as_vacation.stdout)}
    result = run_cli("check", str(note), "--lang", "ca", "--kind", "termination", "--json")
    assert result.returncode == 1
    rows = json.loads(result.stdout)
    assert rows[0]["category"] == "false_softener" and rows[0]["line"] == 2
    text = note.read_text("utf-8")
    assert all(text[r["start"] : r["end"]] == r["words"] for r in rows)


def test_check_input_errors_exit_2_with_one_line(tmp_path):
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("acomiadat per robatori, però és clar".encode("latin-1"))
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"tiles " * 1_000_000)
    for args, expected in [
        (("check", str(tmp_path / "missing.txt")), "no such file"),
        (("check", str(latin1), "--lang", "ca"), "is not UTF-8 text"),
        (("check", "--lang", "xx"), "unknown language 'xx'"),
        (("check", "--kind", "holiday"), "unknown kind 'holiday'"),
        (("check", str(tmp_path)), "is a folder"),
        (("check", str(huge)), "the checker reads at most 5,000,000"),
    ]:
        result = run_cli(*args, stdin="")
        assert result.returncode == 2, (args, result.stdout)
        assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr


def test_finalize_refuses_incomplete_then_flagged_then_records_the_override(db_path):
    run_cli("sample", db=db_path)
    incomplete = run_cli("finalize", "Tom", db=db_path)
    assert incomplete.returncode == 2
    assert "not complete" in incomplete.stderr and "Laia Ferrer" in incomplete.stderr

    store = Store(db_path)
    for item in store.items(9):
        item.next_step = item.next_step or "Dewi sends the report"
        store.update_item(item)
    handoff = store.handoff(2)
    handoff.statements[6] = "Tom left to pursue other opportunities."
    store.save_handoff(handoff)

    flagged = run_cli("finalize", "Tom", db=db_path)
    assert flagged.returncode == 1
    assert 'Sarah Whitfield, statement: "left to pursue other opportunities" (false softener)' in (
        flagged.stdout
    )
    assert flagged.stderr.count("\n") == 1 and "--override-risk" in flagged.stderr
    assert Store(db_path).packet_versions(2) == []

    done = run_cli("finalize", "Tom", "--override-risk", "Tom asked for this wording", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "packet version 1, SHA-256 " in done.stdout
    version = Store(db_path).latest_packet(2)
    assert version.sha256 in done.stdout
    assert version.overrides[0]["justification"] == "Tom asked for this wording"


def test_check_does_not_import_textual(tmp_path):
    import subprocess

    code = (
        "import sys; from handoff.cli import main; "
        "rc = main(['check', '-']); "
        "assert 'textual' not in sys.modules, 'textual imported'; print(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], input="fine text", capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("0")


def test_statement_notes_on_stderr_when_the_edited_text_is_flagged(db_path):
    run_cli("sample", db=db_path)
    store = Store(db_path)
    handoff = store.handoff(1)
    handoff.statements[1] = "Marta jest w ciąży."
    store.save_handoff(handoff)
    result = run_cli("statement", "1", "1", db=db_path)
    assert result.returncode == 0
    assert result.stdout == "Marta jest w ciąży.\n"
    assert '"w ciąży" (pregnancy, family or personal life)' in result.stderr


def test_statement_does_not_flag_the_clients_own_name(db_path):
    run_cli("sample", db=db_path)
    store = Store(db_path)
    client = store.client(2)
    client.name, client.language = "Hans Sick", "en"
    store.update_client(client)
    result = run_cli("statement", "1", "Hans Sick", db=db_path)
    assert result.returncode == 0, result.stderr
    # Jan was addressed as Mr: "Dear Mr Sick," names him, it is not a word about health
    assert "Dear Mr Sick," in result.stdout and "flagged" not in result.stderr


def test_the_figures_command_prints_the_tables_measurements():
    import subprocess
    from pathlib import Path

    from risk_figures import figures
    from risk_samples import HELD_OUT

    script = Path(__file__).with_name("risk_figures.py")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    table_pl = next(line for line in lines if line.startswith("pl "))
    f = figures("pl")
    assert f"{f.caught} / {f.risky}" in table_pl and f"{f.false_alarms} / {f.safe}" in table_pl
    held_out_id = [line for line in lines if line.startswith("id ")][1]
    h = figures("id", HELD_OUT)
    assert f"{h.caught} / {h.risky}" in held_out_id
