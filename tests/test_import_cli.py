"""`handoff import clients` and `handoff export clients` as a person runs them."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from conftest import run_cli

GOOGLE = (
    "First Name;Last Name;Organization Name;E-mail 1 - Label;E-mail 1 - Value;Phone 1 - Value\n"
    "Michał;Żółkiewski;Łódzka Spółka;Work;michal@lodzka.example;+48 42 555 0101\n"
    "Montserrat;Farré;Cal Ramon;Work;montse@calramon.example;+34 93 555 0102\n"
)


def test_import_prints_format_encoding_delimiter_mapping_and_outcome(db_path, tmp_path):
    source = tmp_path / "google.csv"
    source.write_text(GOOGLE, encoding="utf-8")
    result = run_cli("import", "clients", str(source), db=db_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "google.csv: CSV (Google Contacts export), UTF-8, semicolon-separated, 2 rows" in out
    assert re.search(r"^  E-mail 1 - Value +→ email$", out, re.M)
    assert "not imported: E-mail 1 - Label" in out
    assert "Added 2 clients, merged 0 duplicates." in out
    listed = json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)
    assert [c["name"] for c in listed] == ["Michał Żółkiewski", "Montserrat Farré"]


def test_legacy_encoding_is_told(db_path, tmp_path):
    source = tmp_path / "stare.csv"
    source.write_bytes("Imię,Nazwisko\nMichał,Żółkiewski\n".encode("cp1250"))
    result = run_cli("import", "clients", str(source), "--dry-run", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "cp1250 (Windows Central European), comma-separated" in result.stdout
    assert "Dry run, nothing written: would add 1 client" in result.stdout
    assert (
        not db_path.exists()
        or json.loads(run_cli("list", "clients", "--json", db=db_path).stdout) == []
    )


def test_bad_rows_exit_2_with_one_line_and_change_nothing(db_path, tmp_path):
    assert run_cli("sample", db=db_path).returncode == 0
    before = db_path.read_bytes()
    source = tmp_path / "bad.csv"
    source.write_text("name,email\nAnn Lee,ann@lee.example\nBo Kim,bo@\n", encoding="utf-8")
    result = run_cli("import", "clients", str(source), db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("handoff: bad.csv, row 3, column “email”: 'bo@'")
    assert "Traceback" not in result.stderr
    assert "Problems:\n  row 3, column “email”" in result.stdout
    assert db_path.read_bytes() == before

    skipped = run_cli("import", "clients", str(source), "--skip-bad", db=db_path)
    assert skipped.returncode == 0, skipped.stderr
    assert "Added 1 client, merged 0 duplicates, skipped 1 bad row." in skipped.stdout


def test_file_errors_exit_2_with_one_line(db_path, tmp_path):
    garbage = tmp_path / "garbage.csv"
    garbage.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for path, message in [
        (garbage, "does not look like a text file"),
        (empty, "is empty"),
        (tmp_path / "missing.csv", "no such file"),
    ]:
        result = run_cli("import", "clients", str(path), db=db_path)
        assert result.returncode == 2, path
        assert result.stderr.count("\n") == 1, result.stderr
        assert message in result.stderr


def test_manager_and_map_options(db_path, tmp_path):
    run_cli("sample", db=db_path)
    source = tmp_path / "hubspot.csv"
    source.write_text(
        "Record ID,First Name,Last Name,Email,Contact owner\n"
        "1,Ann,Lee,ann@lee.example,Dewi Lestari\n"
        "2,Bo,Kim,bo@kim.example,\n",
        encoding="utf-8",
    )
    result = run_cli(
        "import", "clients", str(source), "--map", "Contact owner=looked after by",
        "--manager", "Peter Nowak", db=db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert re.search(r"^  Contact owner +→ looked after by$", result.stdout, re.M)
    listed = {
        c["name"]: c for c in json.loads(run_cli("list", "clients", "--json", db=db_path).stdout)
    }
    assert listed["Ann Lee"]["manager"] == "Dewi Lestari"
    assert listed["Bo Kim"]["manager"] == "Peter Nowak"
    bad = run_cli("import", "clients", str(source), "--map", "Nope=email", db=db_path)
    assert bad.returncode == 2 and "has no column 'Nope'" in bad.stderr


def test_markup_and_escapes_in_names_are_printed_literally(db_path, tmp_path):
    source = tmp_path / "esc.csv"
    source.write_text('name\n"\x1b[31mAnn\x1b[0m [bold]Lee[/bold]"\n', encoding="utf-8")
    result = run_cli("import", "clients", str(source), db=db_path)
    assert result.returncode == 0, result.stderr
    listed = run_cli("list", "clients", db=db_path).stdout
    assert "Ann [bold]Lee[/bold]" in listed
    assert "\x1b" not in listed + result.stdout


def test_export_command(db_path, tmp_path):
    run_cli("sample", db=db_path)
    target = tmp_path / "clients.csv"
    result = run_cli("export", "clients", str(target), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Exported 14 clients" in result.stdout
    assert "Private notes were left out" in result.stdout
    text = target.read_text(encoding="utf-8-sig")
    assert "discount" not in text  # a private note in the sample
    assert "'+48 22 555 0134" in text  # phone numbers cannot become formulas
    private = run_cli("export", "clients", str(target), "--include-private", db=db_path)
    assert "PRIVATE NOTES" in private.stdout
    assert "discount" in target.read_text(encoding="utf-8-sig")


def test_import_and_export_do_not_import_textual(db_path, tmp_path):
    source = tmp_path / "c.csv"
    source.write_text("name\nAnn Lee\n", encoding="utf-8")
    code = (
        "import sys; from handoff.cli import main;"
        "main(['import','clients',sys.argv[2],'--db',sys.argv[1]]);"
        "main(['export','clients',sys.argv[3],'--db',sys.argv[1]]);"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(source), str(tmp_path / "out.csv")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
