"""Email drafts: each parsed back with `email` and `mailbox`, as a mail program would read it."""

from __future__ import annotations

import json
import mailbox
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from conftest import run_cli

from handoff.drafts import MBOX_NAME, build_drafts, signature
from handoff.store import Store

# Sample handoff 1 (Marta Puig's vacation): client → (language, covering colleague, subject words)
EXPECTED = {
    "biuro@wisniewska-dent.example": ("pl", "peter@mensah-tiling.example", "Osoba kontaktowa"),
    "jan@piekarnia-kowalczyk.example": ("pl", "peter@mensah-tiling.example", "Osoba kontaktowa"),
    "direccio@hotelvidal.example": ("ca", "dewi@mensah-tiling.example", "persona de contacte"),
    "pere.soler@correu.example": ("ca", "dewi@mensah-tiling.example", "persona de contacte"),
    "budi@santoso-properti.example": ("id", "peter@mensah-tiling.example", "Kontak Bapak/Ibu"),
}


def read_eml(path: Path) -> EmailMessage:
    with path.open("rb") as handle:
        message = BytesParser(policy=policy.default).parse(handle)
    assert isinstance(message, EmailMessage)
    return message


def test_one_draft_per_client_opens_as_a_draft_from_the_cover_in_the_client_language(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "drafts"
    result = run_cli("drafts", "1", "-o", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Wrote 5 draft(s)" in result.stdout
    version = sample_store.latest_packet(1)
    assert version is not None
    frozen = {c["id"]: c["statement"] for c in json.loads(version.content)["clients"]}
    by_email = {c.email: c for c in sample_store.clients()}
    emls = sorted(out.glob("*.eml"))
    assert len(emls) == 5
    for path in emls:
        message = read_eml(path)
        to = message["To"].addresses[0]
        lang, sender, subject_words = EXPECTED[to.addr_spec]
        client = by_email[to.addr_spec]
        assert to.display_name == client.name
        assert message["From"].addresses[0].addr_spec == sender
        assert message["X-Unsent"] == "1"  # opens as a draft, never sent by itself
        assert message["Content-Language"] == lang
        assert subject_words in message["Subject"]
        assert message["Date"] and message["Message-ID"]
        body = message.get_content()
        # the statement the owner approved (as frozen in the packet), in the client's language,
        # then the signature
        assert body.startswith(frozen[client.id].rstrip("\n"))
        assert body.rstrip("\n").endswith(sender)
        assert "\n-- \n" in body


def test_the_mbox_holds_every_draft_once(sample_store: Store, db_path: Path, tmp_path: Path):
    out = tmp_path / "drafts"
    assert run_cli("drafts", "1", "-o", str(out), db=db_path).returncode == 0
    box = mailbox.mbox(out / MBOX_NAME)
    recipients = sorted(m["To"] for m in box)
    assert len(recipients) == 5
    assert sorted(EXPECTED) == sorted(r.split("<")[1].rstrip(">") for r in recipients)
    assert all(m["X-Unsent"] == "1" for m in box)
    pl = next(m for m in box if "wisniewska" in m["To"])
    assert "na urlopie" in pl.get_payload(decode=True).decode("utf-8")  # Polish: "on leave"
    # a second run replaces the mbox, never appends to it
    assert run_cli("drafts", "1", "-o", str(out), db=db_path).returncode == 0
    assert len(mailbox.mbox(out / MBOX_NAME)) == 5


def test_for_one_colleague_only_their_clients(sample_store: Store, db_path: Path, tmp_path):
    out = tmp_path / "dewi"
    result = run_cli("drafts", "1", "-o", str(out), "--for", "Dewi Lestari", db=db_path)
    assert result.returncode == 0, result.stderr
    senders = {read_eml(p)["From"].addresses[0].addr_spec for p in out.glob("*.eml")}
    assert senders == {"dewi@mensah-tiling.example"}
    assert len(list(out.glob("*.eml"))) == 2


def test_a_client_without_an_email_gets_no_draft_and_is_named(sample_store: Store) -> None:
    client = sample_store.client(7)  # handoff 2 is a draft: the live records are used
    client.email = ""
    sample_store.update_client(client)
    drafts, skipped = build_drafts(sample_store, 2)
    assert [d.client_name for d in drafts] == ["Sarah Whitfield", "Siti Rahayu", "Laia Ferrer"]
    assert [(s.client_name, s.reason) for s in skipped] == [("David Okafor", "no email address")]


def test_the_signature_is_the_covering_colleague() -> None:
    cover = {"name": "Peter Nowak", "phone": "+44 1", "email": "p@x.example", "role": ""}
    assert signature(cover) == "-- \nPeter Nowak\n+44 1\np@x.example"


def test_a_flagged_statement_stops_the_drafts_until_overridden(
    sample_store: Store, db_path: Path, tmp_path: Path
) -> None:
    handoff = sample_store.handoff(2)
    handoff.statements[6] = "Dear Sarah, Tom was fired for stealing. Kind regards, Dewi"
    sample_store.save_handoff(handoff)
    out = tmp_path / "drafts"
    refused = run_cli("drafts", "2", "-o", str(out), db=db_path)
    assert refused.returncode == 1
    assert "fired" in refused.stderr and "Sarah Whitfield" in refused.stderr
    assert not list(out.glob("*.eml"))  # nothing written
    allowed = run_cli(
        "drafts", "2", "-o", str(out), "--override-risk", "client asked in writing", db=db_path
    )
    assert allowed.returncode == 0, allowed.stderr
    assert Store(db_path).handoff(2).risk_overrides  # the override is recorded


def test_bad_input_gets_one_line(sample_store: Store, db_path: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    cases = [
        (("drafts", "99", "-o", str(tmp_path / "d")), "no handoff matches '99'"),
        (("drafts", "1", "-o", str(a_file)), "is a file, not a folder"),
        (("drafts", "1", "-o", str(tmp_path / "no" / "such")), "does not exist"),
        (("drafts", "1", "-o", str(tmp_path / "d"), "--for", "Kojo"), "covers no client"),
        (("drafts", "1"), "required: -o/--output"),
    ]
    for args, words in cases:
        result = run_cli(*args, db=db_path)
        assert result.returncode == 2, args
        assert words in result.stderr, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
