"""Printing: every format and document for the sample handoffs, and what a reader would notice.

The frozen packet is what gets printed while it is current; drafts say so; a colleague's packet
holds only their clients; client data stays inert in every format; PDFs load nothing from disk.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from conftest import run_cli
from extras import PDF, needs_pdf

from handoff import printing, render
from handoff.errors import HandoffError, ValidationError
from handoff.model import Client, Handoff, Person
from handoff.render import md_escape
from handoff.store import Store

VACATION, TERMINATION = 1, 2  # the sample's handoffs: Marta's vacation (finalized), Tom's
CLIENTS = {
    VACATION: ["Agnieszka Wiśniewska", "Jan Kowalczyk", "Montserrat Vidal", "Pere Soler"],
    TERMINATION: ["Sarah Whitfield", "David Okafor", "Siti Rahayu", "Laia Ferrer"],
}
PETER, DEWI = 4, 5


def review_available() -> bool:
    try:
        import handoff.review_report  # noqa: F401
    except ImportError:
        return False
    return hasattr(handoff.review_report, "render_review")


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def shown(text: str, fmt: str) -> str:
    """How `text` appears in a document of `fmt` (Markdown escapes its punctuation)."""
    return md_escape(text) if fmt == "md" else text


def as_text(data: bytes, fmt: str) -> str:
    return pdf_text(data) if fmt == "pdf" else data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["html", "md", "txt", PDF])
@pytest.mark.parametrize("handoff_id", [VACATION, TERMINATION])
def test_packet_and_statements_name_every_client(sample_store, handoff_id, fmt):
    for what in ("packet", "statements"):
        text = as_text(printing.render_document(sample_store, handoff_id, fmt, what), fmt)
        for name in CLIENTS[handoff_id]:
            assert shown(name, fmt) in text, (what, fmt, name)
        others = CLIENTS[VACATION if handoff_id == TERMINATION else TERMINATION]
        assert not any(shown(name, fmt) in text for name in others)


@pytest.mark.parametrize("fmt", ["html", "md", "txt", PDF])
def test_review_prints_or_says_it_is_not_available(sample_store, fmt):
    if review_available():
        text = as_text(printing.render_document(sample_store, VACATION, fmt, "review"), fmt)
        assert shown("Agnieszka Wiśniewska", fmt) in text
    else:
        with pytest.raises(HandoffError, match="the return review is not available yet"):
            printing.render_document(sample_store, VACATION, fmt, "review")


@pytest.mark.parametrize("fmt", ["html", "md", "txt", PDF])
def test_frozen_packet_is_printed_with_its_version_and_hash(sample_store, fmt):
    version = sample_store.latest_packet(VACATION)
    assert version is not None
    text = as_text(printing.render_document(sample_store, VACATION, fmt), fmt)
    assert version.sha256 in text.replace("\n", "")
    assert "packet version 1" in text or "version 1" in text
    assert "2026-11-23" in text.replace("\\", "")  # the print date
    assert "DRAFT" not in text
    # The frozen words are printed, not today's: a rename after finalizing does not show.
    client = sample_store.client(1)
    client.name = "Renamed Afterwards"
    sample_store.update_client(client)
    html = printing.render_document(sample_store, VACATION, "html").decode()
    assert "Agnieszka Wiśniewska" in html and "Renamed Afterwards" not in html


def test_draft_is_marked_and_an_edited_handoff_prints_its_frozen_version(sample_store):
    for fmt in ("html", "md", "txt"):
        text = printing.render_document(sample_store, TERMINATION, fmt).decode()
        assert "DRAFT — not finalized" in text, fmt
        assert "SHA-256" not in text.replace("SHA\\-256", "SHA-256"), fmt
    old_hash = sample_store.latest_packet(VACATION).sha256
    handoff = sample_store.handoff(VACATION)
    handoff.personal_numbers_allowed = True
    sample_store.save_handoff(handoff)  # edited after finalizing: v1 is what was given out
    text = printing.render_document(sample_store, VACATION, "txt").decode()
    assert "DRAFT — not finalized" not in text
    assert old_hash in text
    assert "personal phone numbers with these clients is allowed" not in " ".join(text.split())


def test_a_page_per_client_in_html_and_text(sample_store):
    html = printing.render_document(sample_store, VACATION, "html").decode()
    assert html.count('<section class="client">') == 5
    assert "break-before: page" in html
    txt = printing.render_document(sample_store, VACATION, "txt").decode()
    assert txt.count("\f") == 5 + 1  # each client, then the contact-log sheet
    statements = printing.render_document(sample_store, VACATION, "txt", "statements").decode()
    assert statements.count("\f") == 5


def test_per_colleague_packet_holds_only_their_clients(sample_store):
    cases = [
        (VACATION, PETER, ["Agnieszka Wiśniewska", "Jan Kowalczyk", "Budi Santoso"]),
        (VACATION, DEWI, ["Montserrat Vidal", "Pere Soler"]),
        (TERMINATION, DEWI, ["Sarah Whitfield", "Laia Ferrer"]),
        (TERMINATION, PETER, ["David Okafor", "Siti Rahayu"]),
    ]
    for handoff_id, person_id, theirs in cases:
        everyone = CLIENTS[handoff_id] + (["Budi Santoso"] if handoff_id == VACATION else [])
        # PDF is made from the same HTML: one case of it, below, is enough to keep this quick
        for fmt in ("html", "md", "txt"):
            for what in ("packet", "statements"):
                data = printing.render_document(sample_store, handoff_id, fmt, what, person_id)
                text = as_text(data, fmt)
                for name in everyone:
                    assert (shown(name, fmt) in text) == (name in theirs), (
                        handoff_id,
                        person_id,
                        fmt,
                        what,
                        name,
                    )
        # escalation routes stay in a colleague's packet
        text = printing.render_document(sample_store, handoff_id, "txt", "packet", person_id)
        assert "Hannah Reid (HR)" in text.decode()


@needs_pdf
def test_per_colleague_pdf_holds_only_their_clients(sample_store):
    theirs = ["Agnieszka Wiśniewska", "Jan Kowalczyk", "Budi Santoso"]
    for what in ("packet", "statements"):
        text = pdf_text(printing.render_document(sample_store, VACATION, "pdf", what, PETER))
        for name in CLIENTS[VACATION] + ["Budi Santoso"]:
            assert (name in text) == (name in theirs), (what, name)


def test_for_someone_who_covers_nothing_is_refused(sample_store):
    with pytest.raises(ValidationError, match="Grace Boateng covers no client in handoff 1"):
        printing.render_document(sample_store, VACATION, "html", for_person=2)


def test_done_items_are_crossed_out_and_overdue_marked(sample_store):
    html = printing.render_document(sample_store, VACATION, "html").decode()
    assert "<s>Deposit received</s>" in html
    assert "2026-11-10 (overdue)" in html  # due before the print date, not done
    md = printing.render_document(sample_store, VACATION, "md").decode()
    assert "~~Deposit received~~" in md
    txt = printing.render_document(sample_store, VACATION, "txt").decode()
    assert "[x] (done) Deposit received" in txt
    assert "OVERDUE" in txt


def test_packet_carries_the_rules_and_each_clients_preferences(sample_store):
    txt = printing.render_document(sample_store, TERMINATION, "txt").decode()
    flat = " ".join(txt.split())
    assert "Do not give a client your personal number" in flat
    assert "Grace Boateng (boss)" in flat and "Jordi Serra (legal counsel)" in flat
    assert "Tom Fletcher no longer works with us. I'm not able to discuss the circumstances" in flat
    assert "Email first; scheduled calls only, never ad hoc" in flat  # Sarah's availability
    assert "One planned call a week, Tuesdays 14:00" in flat  # her check-in rhythm


def test_contact_log_sheet_has_exactly_the_import_columns(sample_store):
    columns = ["when", "client", "who", "channel", "said", "asked_why", "outcome"]
    html = printing.render_document(sample_store, VACATION, "html").decode()
    sheet = html[html.index('<section class="log-sheet">') :]
    assert re.findall(r"<th>([^<]*)</th>", sheet) == columns
    txt = printing.render_document(sample_store, VACATION, "txt").decode()
    header = next(line for line in txt.splitlines() if line.startswith("|when"))
    assert [cell.strip() for cell in header.strip("|").split("|")] == columns
    md = printing.render_document(sample_store, VACATION, "md").decode()
    header = next(line for line in md.splitlines() if line.startswith("| when"))
    cells = [cell.strip().replace("\\_", "_") for cell in header.strip("|").split("|")]
    assert cells == columns


def test_text_is_wrapped_at_80_columns(sample_store):
    client = sample_store.client(6)
    client.notes = ("A long shareable note about the project. " * 30) + "x" * 300
    client.availability = "Mornings only; " * 20
    sample_store.update_client(client)
    for what in ("packet", "statements"):
        txt = printing.render_document(sample_store, TERMINATION, "txt", what).decode()
        assert max(len(line) for line in txt.splitlines()) <= 80
    txt = printing.render_document(sample_store, TERMINATION, "txt").decode()
    assert "x" * 80 in txt.replace("\n", "")  # nothing dropped, only wrapped


# -- hostile and unusual client data -------------------------------------------------------


def small_firm(store: Store, client_name: str, **client_fields) -> int:
    """One person leaving, one covering, one client; returns the handoff id."""
    leaving = store.add_person(Person(name="Lena Leaving"))
    cover = store.add_person(Person(name="Carl Cover"))
    client = store.add_client(Client(name=client_name, manager_id=leaving.id, **client_fields))
    handoff = Handoff(
        person_id=leaving.id,
        kind="vacation",
        starts="2026-12-01",
        until="2026-12-10",
        client_ids=[client.id],
        covers={client.id: cover.id},
    )
    return store.add_handoff(handoff).id


HOSTILE = "<script>alert(1)</script> Tiles & Grout [bold]loud[/bold] {{ 6*7 }}xyz"


def test_markup_in_client_data_comes_out_inert(store):
    handoff_id = small_firm(store, HOSTILE, company="<b>Acme</b> & Co", notes="[red]hi[/red]")
    html = printing.render_document(store, handoff_id, "html").decode()
    assert "<script>alert" not in html and "<b>Acme" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tiles &amp; Grout" in html
    assert "[bold]loud[/bold]" in html and "{{ 6*7 }}xyz" in html and "42xyz" not in html
    md = printing.render_document(store, handoff_id, "md").decode()
    assert "<script>" not in md and "<b>" not in md
    assert "\\<script\\>" in md and "\\[bold\\]" in md and "{{ 6\\*7 }}xyz" in md
    assert "42xyz" not in md
    txt = printing.render_document(store, handoff_id, "txt").decode()
    assert HOSTILE in txt and "42xyz" not in txt  # plain text: shown exactly as written


@needs_pdf
def test_markup_in_client_data_comes_out_inert_in_pdf(store):
    handoff_id = small_firm(store, HOSTILE, company="<b>Acme</b> & Co", notes="[red]hi[/red]")
    text = pdf_text(printing.render_document(store, handoff_id, "pdf"))
    squashed = "".join(text.split())  # the PDF wraps lines where it likes
    assert "<script>alert(1)</script>" in text  # printed as text, never run or parsed
    assert "[bold]loud[/bold]" in squashed and "{{6*7}}xyz" in squashed
    assert "42xyz" not in squashed


# -- no private field, ever ----------------------------------------------------------------


# -- templates, sandbox and the PDF's URL fetcher -------------------------------------------


def user_template(tmp_path: Path, name: str, text: str) -> None:
    folder = tmp_path / "home" / "config" / "handoff" / "templates" / "print"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    render.reset()  # as a new process would: it looks the override folder up once


def test_user_template_override_is_used_and_sandboxed(sample_store, tmp_path):
    user_template(tmp_path, "statements.txt.j2", "MY OWN {{ header.title }}\n")
    text = printing.render_document(sample_store, VACATION, "txt", "statements").decode()
    assert text.startswith("MY OWN Marta Puig — vacation")
    attacks = [
        "{{ header.__class__.__mro__ }}",
        "{{ clients.__class__.__base__.__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
        "{{ header.title.__class__.__dict__ }}",
    ]
    for attack in attacks:
        user_template(tmp_path, "statements.txt.j2", attack)
        with pytest.raises(HandoffError):
            printing.render_document(sample_store, VACATION, "txt", "statements")


# -- the command line ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["html", "md", "txt", PDF])
def test_cli_writes_each_format_and_says_where(db_path, tmp_path, fmt):
    run_cli("sample", db=db_path)
    out = tmp_path / f"packet.{fmt}"
    result = run_cli("print", "Marta", "--format", fmt, "--for", "Dewi", "-o", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    text = as_text(out.read_bytes(), fmt)
    assert shown("Montserrat Vidal", fmt) in text and shown("Jan Kowalczyk", fmt) not in text


def test_cli_in_a_terminal_says_what_it_is_doing_then_clears_the_line(db_path, tmp_path):
    """A big PDF takes minutes: on a terminal, printing shows its progress on one line of
    stderr, and clears it before saying where the file is (a pipe gets no progress at all)."""
    import os
    import subprocess
    import sys

    run_cli("sample", db=db_path)
    out = tmp_path / "packet.html"
    leader, follower = os.openpty()
    argv = [sys.executable, "-m", "handoff", "print", "Marta", "--format", "html", "-o", str(out)]
    child = subprocess.run(
        [*argv, "--db", str(db_path)], stdin=follower, stdout=subprocess.PIPE, stderr=follower
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert child.returncode == 0
    assert f"Wrote packet (html) to {out}" in child.stdout.decode()
    assert "laying out 5 client(s)…".encode() in shown
    assert shown.endswith(b"\r\x1b[K")  # nothing left on the line


def test_cli_errors_are_one_line_exit_2(db_path, tmp_path):
    run_cli("sample", db=db_path)
    out = str(tmp_path / "x.pdf")
    cases = [
        (["print", "99", "--format", "html", "-o", out], "no handoff"),
        (["print", "1", "--format", "doc", "-o", out], "invalid choice"),
        (["print", "1", "--format", "html", "--for", "Grace", "-o", out], "covers no client"),
        (["print", "1", "--format", "html", "-o", str(tmp_path / "no" / "x.html")], "not exist"),
        (["print", "1", "--format", "html", "--to-printer", "-o", out], "--format pdf"),
        (
            ["print", "1", "--format", "html", "--what", "review", "--for", "Dewi", "-o", out],
            "--for",
        ),
    ]
    for argv, message in cases:
        result = run_cli(*argv, db=db_path)
        assert result.returncode == 2, (argv, result.stdout)
        assert message in result.stderr, (argv, result.stderr)
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not Path(out).exists()


def test_cli_review_before_the_review_exists(db_path, tmp_path):
    run_cli("sample", db=db_path)
    out = tmp_path / "review.html"
    result = run_cli(
        "print", "1", "--format", "html", "--what", "review", "-o", str(out), db=db_path
    )
    if review_available():
        assert result.returncode == 0 and out.exists()
    else:
        assert result.returncode == 2
        assert result.stderr == "handoff: the return review is not available yet\n"
        assert not out.exists()


@needs_pdf
def test_to_printer_without_lp_writes_the_file_and_says_so(db_path, tmp_path):
    run_cli("sample", db=db_path)
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    out = tmp_path / "packet.pdf"
    result = run_cli(
        "print", "2", "--format", "pdf", "--to-printer", "-o", str(out),
        db=db_path, env={"PATH": str(empty_bin)},
    )  # fmt: skip
    assert result.returncode == 2
    assert "written but not printed" in result.stderr and "lp" in result.stderr
    assert result.stderr.count("\n") == 1
    assert out.read_bytes().startswith(b"%PDF")


@needs_pdf
def test_print_does_not_import_textual(db_path, tmp_path):
    import subprocess
    import sys

    run_cli("sample", db=db_path)
    code = (
        "import sys; from handoff.cli import main;"
        "main(['print','1','--format','pdf','-o',sys.argv[2],'--db',sys.argv[1]]);"
        "assert 'textual' not in sys.modules, 'textual imported'"
    )
    out = tmp_path / "p.pdf"
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path), str(out)], capture_output=True
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()


def test_a_tampered_frozen_packet_is_refused(db_path, tmp_path):
    run_cli("sample", db=db_path)
    text = db_path.read_text(encoding="utf-8")
    assert "Send three grout samples" in text
    db_path.write_text(text.replace("Send three grout samples", "Send nothing"), encoding="utf-8")
    out = tmp_path / "p.html"
    result = run_cli("print", "1", "--format", "html", "-o", str(out), db=db_path)
    assert result.returncode == 2
    assert "no longer matches its SHA-256" in result.stderr
    assert result.stderr.count("\n") == 1 and not out.exists()


# -- risky words -----------------------------------------------------------------------------

RISKY = "Tom was fired for stealing from a client."


def edit_statement(store: Store, handoff_id: int, client_id: int, text: str) -> None:
    handoff = store.handoff(handoff_id)
    handoff.statements[client_id] = text
    store.save_handoff(handoff)


def test_flagged_statement_is_refused_until_overridden(sample_store):
    edit_statement(sample_store, TERMINATION, 6, RISKY)
    for fmt, what in (("pdf", "packet"), ("txt", "statements")):
        with pytest.raises(printing.RiskRefused) as refused:
            printing.render_document(sample_store, TERMINATION, fmt, what)
        lines = refused.value.lines()
        assert len(lines) == 1 and lines[0].startswith("Sarah Whitfield: statement:")
        assert "'was fired'" in lines[0] and "'stealing'" in lines[0]
    assert sample_store.handoff(TERMINATION).risk_overrides == []

    text = printing.render_document(
        sample_store, TERMINATION, "txt", "statements", override_risk="Approved by Jordi Serra"
    ).decode()
    assert RISKY in text
    recorded = sample_store.handoff(TERMINATION).risk_overrides
    assert {o["words"] for o in recorded} == {"was fired", "stealing"}
    assert all(o["justification"] == "Approved by Jordi Serra" for o in recorded)
    # recorded once, it covers later prints of the same words
    assert RISKY in printing.render_document(sample_store, TERMINATION, "html", "packet").decode()
    # a colleague whose clients hold no flagged text prints without any override
    edit_statement(sample_store, TERMINATION, 6, RISKY + " He was also drunk.")
    with pytest.raises(printing.RiskRefused):
        printing.render_document(sample_store, TERMINATION, "txt")
    assert printing.render_document(sample_store, TERMINATION, "txt", for_person=PETER)


def test_frozen_version_with_override_prints_without_asking_again(sample_store):
    from handoff import packet

    edit_statement(sample_store, TERMINATION, 7, RISKY)
    version = packet.freeze(
        sample_store, TERMINATION, allow_missing=True, override="Approved by Jordi Serra"
    )
    text = printing.render_document(sample_store, TERMINATION, "txt").decode()
    assert RISKY in text and version.sha256 in text and "DRAFT" not in text


@needs_pdf
def test_cli_refuses_flagged_text_with_exit_1_and_writes_nothing(db_path, tmp_path):
    run_cli("sample", db=db_path)
    edit_statement(Store(db_path), TERMINATION, 6, RISKY)
    out = tmp_path / "statements.pdf"
    result = run_cli(
        "print", "2", "--format", "pdf", "--what", "statements", "-o", str(out), db=db_path
    )
    assert result.returncode == 1
    assert "Sarah Whitfield: statement: 'was fired'" in result.stderr
    assert "--override-risk" in result.stderr and not out.exists()
    result = run_cli(
        "print", "2", "--format", "pdf", "--what", "statements", "-o", str(out),
        "--override-risk", "Counsel approved the wording", db=db_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "was fired for stealing" in pdf_text(out.read_bytes())


def fake_printing_system(folder: Path, default: str) -> Path:
    """`lp` that records what it was given, `lpstat -d` answering `default`."""
    folder.mkdir()
    log = folder / "lp.log"
    (folder / "lp").write_text(f'#!/bin/sh\necho "$@" >> {log}\necho "request id is office-1"\n')
    (folder / "lpstat").write_text(f'#!/bin/sh\necho "{default}"\n')
    for name in ("lp", "lpstat"):
        (folder / name).chmod(0o755)
    return log


@needs_pdf
def test_to_printer_sends_the_pdf_through_lp(db_path, tmp_path):
    run_cli("sample", db=db_path)
    log = fake_printing_system(tmp_path / "bin", "system default destination: office")
    out = tmp_path / "packet.pdf"
    result = run_cli(
        "print", "2", "--format", "pdf", "--to-printer", "-o", str(out),
        db=db_path, env={"PATH": str(tmp_path / "bin")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Sent" in result.stdout and "default printer" in result.stdout
    assert log.read_text().split() == ["--", str(out)]


@needs_pdf
def test_to_printer_without_a_default_printer_says_so(db_path, tmp_path):
    run_cli("sample", db=db_path)
    log = fake_printing_system(tmp_path / "bin", "no system default destination")
    out = tmp_path / "packet.pdf"
    result = run_cli(
        "print", "2", "--format", "pdf", "--to-printer", "-o", str(out),
        db=db_path, env={"PATH": str(tmp_path / "bin")},
    )  # fmt: skip
    assert result.returncode == 2
    assert "no default printer is set up" in result.stderr
    assert result.stderr.count("\n") == 1
    assert out.exists() and not log.exists()
