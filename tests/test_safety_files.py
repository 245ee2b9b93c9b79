"""Nothing lost, nothing leaked: the database's files and the errors hold up against a careless
or hostile user (arguments that are not UTF-8, `-o` onto the database, a deleted lock file,
rewrites a file's time cannot see, symbolic links, restores in the same second, read-only disks).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
from datetime import datetime
from pathlib import Path

import pytest
from conftest import run_cli

from handoff.errors import StoreError
from handoff.model import Person
from handoff.sample import load_sample
from handoff.storage import FileLock
from handoff.store import Store

ROOT = Path(__file__).resolve().parent.parent
# A private note and a termination's private reason in the sample firm.
PRIVATE = ("5% discount", "no-shows")


def _errors_log(tmp_path: Path) -> str:
    log = tmp_path / "home" / "state" / "handoff" / "errors.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def _run(*args: str | bytes, db: Path | None) -> subprocess.CompletedProcess[bytes]:
    """`handoff ARGS --db DB` with arguments given as raw bytes where needed."""
    argv: list[str | bytes] = [sys.executable, "-m", "handoff", *args]
    argv += ["--db", str(db)] if db is not None else []
    return subprocess.run(argv, capture_output=True, timeout=60)


def _no_private_data(*texts: str) -> None:
    for text in texts:
        for secret in PRIVATE:
            assert secret not in text


# -- 1. private data never reaches stderr or the errors log --------------------------------
@pytest.mark.parametrize(
    "args, named",
    [
        (["people", "add", b"Ren\xe9 Roux"], "NAME"),
        (
            ["log", "add", "1", "--client", "1", "--who", "Peter", "--channel", "email",
             "--said", b"All is fine \xff"],
            "--said",
        ),
        (["new", "termination", "--person", "Tom", "--cover", "Peter", "--reason", b"\xe9"],
         "--reason"),
        (["list", "clients", "--db", b"/tmp/\xe9/x.json"], "--db"),
        ([b"--db=/tmp/\xe9/x.json"], "--db"),  # the app, opened on a database
    ],
)  # fmt: skip
def test_an_argument_that_is_not_utf8_is_refused_naming_it(db_path, tmp_path, args, named):
    run_cli("sample", db=db_path)
    before = db_path.read_bytes()
    result = _run(*args, db=None if "--db" in named else db_path)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2
    assert stderr == f"handoff: {named}: not valid UTF-8 text\n"
    assert result.stdout == b""
    _no_private_data(stderr, _errors_log(tmp_path))
    assert db_path.read_bytes() == before


def _bundle_with(tmp_path: Path, db_path: Path, table: str, id: str, field: str) -> Path:
    bundle = tmp_path / "backup.json"
    assert run_cli("backup", str(bundle), db=db_path).returncode == 0
    data = json.loads(bundle.read_text(encoding="utf-8"))
    data["tables"][table][id][field] = "Call first \ud800"  # a lone surrogate: not UTF-8
    bundle.write_text(json.dumps(data), encoding="ascii")  # JSON writes it as \ud800
    return bundle


def test_a_restore_bundle_holding_text_that_is_not_utf8_is_refused(db_path, tmp_path):
    run_cli("sample", db=db_path)
    before = db_path.read_bytes()
    bundle = _bundle_with(tmp_path, db_path, "clients", "2", "notes")
    result = run_cli("restore", str(bundle), db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and len(result.stderr) < 300
    assert "clients record 2, field notes: not valid UTF-8 text" in result.stderr
    _no_private_data(result.stderr, _errors_log(tmp_path))
    assert db_path.read_bytes() == before
    assert list(tmp_path.glob("handoff.json.before-restore-*")) == []


def test_a_database_holding_text_that_is_not_utf8_is_refused_naming_the_field(db_path, tmp_path):
    run_cli("sample", db=db_path)
    data = json.loads(db_path.read_text(encoding="utf-8"))
    data["clients"]["3"]["company"] = "\udce9"
    db_path.write_text(json.dumps(data), encoding="ascii")
    result = run_cli("list", "clients", db=db_path)
    assert result.returncode == 2 and result.stdout == ""
    assert "clients record 3, field company: not valid UTF-8 text" in result.stderr
    assert result.stderr.count("\n") == 1
    _no_private_data(result.stderr, _errors_log(tmp_path))


def test_an_unexpected_error_shows_and_logs_no_record_contents(tmp_path, capsys):
    from handoff.cli import run

    secret = "private note: " + PRIVATE[0]

    def command(args: object) -> int:
        whole_database = json.dumps({"notes": secret + "\udce9"}, ensure_ascii=False)
        try:
            whole_database.encode("utf-8")  # its repr holds the whole text
        except UnicodeEncodeError as exc:
            raise RuntimeError(f"saving failed for {secret}") from exc
        return 0

    assert run(command, object()) == 2  # type: ignore[arg-type]
    err = capsys.readouterr().err
    assert err.startswith("handoff: unexpected error (RuntimeError); details in ")
    assert err.count("\n") == 1
    log = _errors_log(tmp_path)
    assert "UnicodeEncodeError" in log and "RuntimeError" in log and "command" in log
    _no_private_data(err, log)
    assert "private note" not in log and "private note" not in err


def test_an_unexpected_error_in_the_app_shows_one_line_and_logs_no_locals(db_path, tmp_path):
    run_cli("sample", db=db_path)
    script = textwrap.dedent(
        f"""
        import sys
        from handoff.tui.app import HandoffApp

        run = HandoffApp.run
        HandoffApp.run = lambda self, **kw: run(self, headless=True, size=(80, 24))

        def boom(self):
            notes = [c.private_notes for c in self.store.clients()]
            raise KeyError(notes[1])

        HandoffApp._first_frame_painted = boom
        from handoff.cli import main
        sys.exit(main(["--db", {str(db_path)!r}]))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("handoff: unexpected error in the app (KeyError); details in ")
    log = _errors_log(tmp_path)
    assert "KeyError" in log and "boom" in log
    _no_private_data(result.stderr, result.stdout, log)


# -- 2. -o never lands on the database, its files, or something that is not a file ----------
def _refused(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and result.stdout == ""


@pytest.mark.parametrize(
    "target",
    ["handoff.json", "handoff.json.lock", "handoff.json.before-restore-20261201-211338",
     "link-to-db", "pipe"],
)  # fmt: skip
def test_output_onto_the_database_or_a_non_file_is_refused(db_path, tmp_path, target):
    run_cli("sample", db=db_path)
    (tmp_path / "handoff.json.lock").write_bytes(b"")
    (tmp_path / "handoff.json.before-restore-20261201-211338").write_bytes(b'{"kept": 1}')
    (tmp_path / "link-to-db").symlink_to("handoff.json")
    os.mkfifo(tmp_path / "pipe")
    files = [p for p in tmp_path.iterdir() if p.name != "pipe"]
    before = {p.name: p.read_bytes() for p in files if p.is_file()}
    out = str(tmp_path / target)
    for args in (
        ["print", "1", "--format", "txt", "-o", out],
        ["print", "1", "--format", "html", "--what", "statements", "-o", out],
        ["backup", out],
        ["export", "clients", out],
    ):
        result = run_cli(*args, db=db_path)
        _refused(result)
        assert "choose another file name" in result.stderr or "not a regular file" in result.stderr
    after = {p.name: p.read_bytes() for p in files if p.is_file()}
    assert after == before
    assert stat.S_ISFIFO(os.lstat(tmp_path / "pipe").st_mode)
    assert (tmp_path / "link-to-db").is_symlink()


def test_output_dash_writes_to_standard_output(db_path, tmp_path):
    run_cli("sample", db=db_path)
    packet = run_cli("print", "1", "--format", "txt", "-o", "-", db=db_path)
    assert packet.returncode == 0, packet.stderr
    assert "Marta Puig" in packet.stdout and "Wrote" not in packet.stdout
    backup = run_cli("backup", "-", db=db_path)
    assert backup.returncode == 0, backup.stderr
    assert json.loads(backup.stdout)["format"] == "handoff-backup"
    assert "Backed up" in backup.stderr
    export = run_cli("export", "clients", "-", db=db_path)
    assert export.returncode == 0, export.stderr
    assert export.stdout.lstrip("\ufeff").startswith("name,")
    assert not (tmp_path / "-").exists() and not (ROOT / "-").exists()


# -- 4. a deleted lock file lets no second writer in ------------------------------------------
def test_the_lock_holds_after_lock_files_are_deleted(sample_store, db_path):
    with sample_store.transaction():
        for name in os.listdir(db_path.parent):
            if name.endswith(".lock"):
                os.unlink(db_path.parent / name)
        assert FileLock(db_path).acquire(blocking=False) is False
    other = FileLock(db_path)
    assert other.acquire(blocking=False) is True
    other.release()


WRITER = """
import sys
from handoff.model import Person
from handoff.store import Store
store = Store(sys.argv[1])
for i in range(int(sys.argv[3])):
    store.add_person(Person(name=f"{sys.argv[2]} {i}"))
    print("ok", flush=True)
"""


def test_no_acknowledged_write_is_lost_while_lock_files_are_deleted(store, db_path):
    store.add_person(Person(name="First Person"))
    writes = 60
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), name, str(writes)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for name in ("Writer A", "Writer B")
    ]
    stop = threading.Event()

    def delete_locks() -> None:
        while not stop.is_set():
            for name in os.listdir(db_path.parent):
                if name.endswith(".lock"):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(db_path.parent / name)

    deleter = threading.Thread(target=delete_locks)
    deleter.start()
    try:
        acknowledged = sum(w.communicate(timeout=120)[0].count("ok") for w in writers)
    finally:
        stop.set()
        deleter.join()
    assert acknowledged == 2 * writes
    assert len(Store(db_path).people()) == 1 + acknowledged


# -- 5. a rewrite that keeps the inode, the size and the time is still seen -----------------
def test_a_change_with_the_same_inode_size_and_time_is_seen(store, db_path, tmp_path):
    store.add_person(Person(name="Ann Lee"))
    reader = Store(db_path)
    assert [p.name for p in reader.people()] == ["Ann Lee"]
    before = os.stat(db_path)
    # Another process renames Ann (same length). On a file system with 1-second times the new
    # file can get the same inode number, size and time; here the bytes are written into the
    # same inode and the time is set back to show exactly that.
    other = tmp_path / "other"
    other.mkdir()
    (other / "handoff.json").write_bytes(db_path.read_bytes())
    writer = Store(other / "handoff.json")
    ann = writer.people()[0]
    ann.name = "Bob Lee"
    writer.update_person(ann)
    changed = (other / "handoff.json").read_bytes()
    assert len(changed) == before.st_size
    with open(db_path, "r+b") as handle:
        handle.write(changed)
    os.utime(db_path, ns=(before.st_atime_ns, before.st_mtime_ns))
    now = os.stat(db_path)
    assert (now.st_ino, now.st_size, now.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    assert [p.name for p in reader.people()] == ["Bob Lee"]


# -- 8. a symbolic link to the database ------------------------------------------------------
def test_a_symlinked_database_is_written_through_and_shares_the_lock(tmp_path):
    real, link = tmp_path / "real", tmp_path / "link"
    real.mkdir()
    link.mkdir()
    Store(real / "db.json").add_person(Person(name="Ann Lee"))
    (link / "db.json").symlink_to("../real/db.json")
    result = run_cli("people", "add", "Xavier Lin", db=link / "db.json")
    assert result.returncode == 0, result.stderr
    assert (link / "db.json").is_symlink()
    assert sorted(p.name for p in Store(real / "db.json").people()) == ["Ann Lee", "Xavier Lin"]
    by_link, by_real = Store(link / "db.json"), Store(real / "db.json")
    assert by_link.path == by_real.path == (real / "db.json").resolve()
    with by_real.transaction():
        assert FileLock(by_link.path).acquire(blocking=False) is False


# -- 9. kept copies never overwrite one another ----------------------------------------------
def test_three_restores_in_one_second_keep_three_copies(sample_store, db_path, tmp_path,
                                                        monkeypatch):  # fmt: skip
    import handoff.bundle as bundle

    original = db_path.read_bytes()
    backup = tmp_path / "backup.json"
    bundle.backup(sample_store, backup)

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return cls(2026, 12, 1, 21, 13, 38)

    monkeypatch.setattr(bundle, "datetime", Frozen)
    kept = [bundle.restore(db_path, backup)[0] for _ in range(3)]
    assert len({str(k) for k in kept}) == 3
    assert all(k is not None and k.exists() for k in kept)
    assert kept[0] is not None and kept[0].read_bytes() == original
    assert all(stat.S_IMODE(os.stat(k).st_mode) == 0o600 for k in kept if k)


# -- also ------------------------------------------------------------------------------------
def test_a_database_folder_that_does_not_exist_is_an_error(tmp_path):
    missing = tmp_path / "no" / "such" / "dir" / "db.json"
    for args in (["list", "clients"], ["sample"], ["backup", str(tmp_path / "b.json")]):
        result = run_cli(*args, db=missing)
        assert result.returncode == 2 and result.stdout == ""
        assert str(missing.parent) in result.stderr and "does not exist" in result.stderr
    assert not (tmp_path / "no").exists()
    assert not (tmp_path / "b.json").exists()


def test_a_read_command_on_a_database_that_does_not_exist_is_an_error(db_path, tmp_path):
    for args in (
        ["backup", str(tmp_path / "b.json")],
        ["review", "1"],
        ["list", "people"],
        ["people", "edit", "X", "--name", "Y"],
    ):
        result = run_cli(*args, db=db_path)
        assert result.returncode == 2, args
        assert f"{db_path}: no database here" in result.stderr
    assert not db_path.exists() and not (tmp_path / "b.json").exists()
    # The commands that make a database say so.
    made = run_cli("people", "add", "Olga Owner", "--role", "owner", db=db_path)
    assert made.returncode == 0 and f"note: a new database: {db_path}" in made.stderr
    again = run_cli("people", "add", "Bea Boss", db=db_path)
    assert again.returncode == 0 and again.stderr == ""


def test_reading_needs_no_write_lock(db_path, monkeypatch, capsys):
    """On a read-only disk neither the lock nor a save can be had: list, review and print
    still work (their analyses cache is simply not saved)."""
    load_sample(Store(db_path))
    from handoff.cli import main
    from handoff.storage import AtomicJSONStorage

    def read_only(*args: object, **kwargs: object) -> bool:
        raise StoreError("the disk is read-only")

    monkeypatch.setattr(FileLock, "__enter__", read_only)
    monkeypatch.setattr(AtomicJSONStorage, "_save", read_only)
    for args in (
        ["list", "handoffs"],
        ["list", "clients"],
        ["review", "1"],
        ["print", "1", "--format", "md", "-o", "-"],
    ):
        assert main([*args, "--db", str(db_path)]) == 0, capsys.readouterr().err
        out = capsys.readouterr()
        assert out.err == "" and "Marta Puig" in out.out


def test_stale_temporary_files_are_removed_by_the_next_write(store, db_path):
    folder = db_path.parent
    stale = [".handoff.json.k2j4h5g6.tmp", ".handoff.json.0123456789abcdef.tmp",
             ".handoff.json.before-restore-20261201-211338.abcdefgh.tmp"]  # fmt: skip
    others = [".handoff.json.bak.tmp", ".other.json.k2j4h5g6.tmp", "notes.tmp"]
    for name in stale + others:
        (folder / name).write_bytes(b"half a database")
    store.add_person(Person(name="Ann Lee"))
    left = sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
    assert left == sorted(others)


def test_file_names_echoed_to_the_terminal_are_cleaned(db_path, tmp_path):
    run_cli("sample", db=db_path)
    name = tmp_path / "x\x1b]0;pwned\x07\x1b[2Jy.json"
    done = run_cli("backup", str(name), db=db_path)
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout and "y.json" in done.stdout
    folder = tmp_path / "no\x1b[31m-such\x9b-dir" / "x.json"
    refused = run_cli("backup", str(folder), db=db_path)
    assert refused.returncode == 2
    assert "\x1b" not in refused.stderr and "\x9b" not in refused.stderr
    assert "no-such" in refused.stderr
    csv = tmp_path / "clients\x1b]0;pwned\x07.csv"
    csv.write_text("name,email\nAnn Lee,ann@example.com\n", encoding="utf-8")
    imported = run_cli("import", "clients", str(csv), "--dry-run", db=db_path)
    assert imported.returncode == 0, imported.stderr
    assert "\x1b" not in imported.stdout and "\x07" not in imported.stdout
    assert "clients" in imported.stdout


def test_a_backup_over_an_existing_file_is_readable_by_its_owner_only(db_path, tmp_path):
    run_cli("sample", db=db_path)
    target = tmp_path / "backup.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    assert run_cli("backup", str(target), db=db_path).returncode == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "handoff-backup"
