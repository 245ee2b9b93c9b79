"""`handoff log add|import|list`, `handoff review` and `handoff end` through a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import run_cli

HEADER = "when,client,who,channel,said,asked_why,outcome\n"


def test_log_add_then_list(db_path):
    run_cli("sample", db=db_path)
    added = run_cli(
        "log", "add", "Marta", "--client", "Pere Soler", "--who", "Dewi", "--channel", "sms",
        "--said", "Texted two dates; she was fired? no, on holiday", "--when", "2026-11-13 18:00",
        "--asked-why", "--outcome", "follow-up", db=db_path,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Logged contact 5: 2026-11-13 18:00, Pere Soler, sms, follow-up." in added.stdout
    assert "Risky words" in added.stdout and "fired" in added.stdout
    listed = run_cli("log", "list", "1", db=db_path)
    assert listed.returncode == 0
    assert "claims no information: “no information was left”" in listed.stdout
    assert "Pere Soler  by Dewi Lestari, sms, follow-up, asked why" in listed.stdout
    rows = json.loads(run_cli("log", "list", "1", "--json", db=db_path).stdout)
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["claims"] == ["no information was left"]
    assert rows[4]["findings"] and rows[4]["client"] == "Pere Soler"


def test_log_add_errors_are_one_line(db_path):
    run_cli("sample", db=db_path)
    cases = [
        (["log", "add", "1", "--client", "Emma", "--who", "Dewi", "--channel", "sms",
          "--said", "x"], "not one of the clients of this handoff"),
        (["log", "add", "1", "--client", "Pere", "--who", "Dewi", "--channel", "sms",
          "--said", "x", "--when", "yesterday"], "not a date and time"),
        (["log", "add", "9", "--client", "Pere", "--who", "Dewi", "--channel", "sms",
          "--said", "x"], "no handoff matches '9'"),
        (["log", "add", "1", "--client", "Pere"], "required"),
        (["log"], "required"),
    ]  # fmt: skip
    for argv, message in cases:
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 2, argv
        assert message in result.stderr, (argv, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert len(json.loads(run_cli("log", "list", "1", "--json", db=db_path).stdout)) == 4


def test_log_import_good_and_bad(db_path, tmp_path):
    run_cli("sample", db=db_path)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "2026-11-13 18:00,Pere,Dewi,sms,ok,no,fine\n"
        + "2026-11-13 25:00,Pere,Dewi,sms,bad hour,no,fine\n"
        + "2026-11-13 18:00,Pere,Nobody,sms,who?,no,fine\n",
        encoding="utf-8",
    )
    before = db_path.read_bytes()
    result = run_cli("log", "import", "1", str(bad), db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert f"{bad}: row 3, column 'when'" in result.stderr
    assert "row 4, column 'who': no person matches 'Nobody'" in result.stderr
    assert "nothing was imported" in result.stderr
    assert db_path.read_bytes() == before

    good = tmp_path / "good.csv"
    good.write_text(
        HEADER + "2026-11-13 18:00,Pere,Dewi,sms,Texted two dates,no,fine\n"
        "2026-11-14 10:00,Jan Kowalczyk,Peter,phone,He was dismissed for theft,yes,complaint\n",
        encoding="utf-8",
    )
    result = run_cli("log", "import", "Marta", str(good), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Imported 2 contacts" in result.stdout
    assert "dismissed" in result.stdout  # the risk checker's findings are shown
    again = run_cli("log", "import", "1", str(good), db=db_path)
    assert "Imported 0 contacts" in again.stdout and "2 already in the log" in again.stdout


def test_review_every_format_and_no_private_field(db_path):
    run_cli("sample", db=db_path)
    for fmt in ("txt", "md", "html", "json"):
        result = run_cli("review", "1", "--format", fmt, db=db_path)
        assert result.returncode == 0, (fmt, result.stderr)
        out = result.stdout
        assert "Agnieszka" in out and "Pere Soler" in out, fmt
        assert "discount" not in out and "competitor" not in out, fmt  # private notes
        assert "wedding" not in out and "Barcelona" not in out, fmt  # private reason
    data = json.loads(run_cli("review", "1", "--format", "json", db=db_path).stdout)
    assert [a["kind"] for a in data["actions"]] == [
        "call", "check_in", "call_lost", "meet", "brief", "end",
    ]  # fmt: skip
    termination = run_cli("review", "Tom", db=db_path)
    assert termination.returncode == 0 and "no-shows" not in termination.stdout
    bad = run_cli("review", "1", "--format", "pdf", db=db_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_end_hands_back_and_reassigns(db_path):
    run_cli("sample", db=db_path)
    early = run_cli("end", "1", db=db_path, env={"HANDOFF_TODAY": "2026-11-10"})
    assert early.returncode == 2 and "returns on 2026-11-20" in early.stderr
    ended = run_cli("end", "1", db=db_path)
    assert ended.returncode == 0, ended.stderr
    assert "5 clients are back with Marta Puig" in ended.stdout
    rows = json.loads(run_cli("list", "handoffs", "--json", db=db_path).stdout)
    assert rows[0]["status"] == "ended"
    term = run_cli("end", "Tom", "--force", "--reason", "told by phone", db=db_path)
    assert term.returncode == 0 and "Sarah Whitfield: Dewi Lestari" in term.stdout
    clients = json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)
    assert next(c for c in clients if c["id"] == 6)["manager"] == "Dewi Lestari"
    again = run_cli("end", "1", db=db_path)
    assert again.returncode == 2 and "already ended" in again.stderr


def test_review_and_log_do_not_import_textual(db_path):
    run_cli("sample", db=db_path)
    code = (
        "import sys; from handoff.cli import main;"
        "main(['review','1','--db',sys.argv[1]]); main(['log','list','1','--db',sys.argv[1]]);"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_many_bad_rows_are_listed_one_per_line(db_path, tmp_path):
    run_cli("sample", db=db_path)
    sheet = tmp_path / "shifted.csv"
    # an unquoted comma in 'said' shifts every later cell: each such row is named
    rows = [f"2026-11-1{n % 9} 09:00,Pere,Dewi,sms,Called, all fine,no,fine" for n in range(12)]
    sheet.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    before = db_path.read_bytes()
    result = run_cli("log", "import", "1", str(sheet), db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "12 problems in 12 rows, the first: row 2: 8 cells" in result.stderr
    listed = result.stdout.splitlines()
    assert len(listed) == 12 and listed[-1].startswith(f"{sheet}: row 13: 8 cells")
    assert db_path.read_bytes() == before
