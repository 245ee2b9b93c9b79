"""The domain model: cleaning of text that enters it, and validation in words a person reads."""

from __future__ import annotations

from datetime import date

import pytest

from handoff.errors import ValidationError
from handoff.model import Client, ContactLogEntry, Handoff, OpenItem, Person, parse_date
from handoff.text import clean_line, clean_text

NASTY = [
    ("Ann\x1b[2J\x1b[HLee", "AnnLee"),  # clear screen + cursor home
    ("\x1b]0;pwned\x07Acme", "Acme"),  # retitle the terminal
    ("Bell\x07 and\x00 null", "Bell and null"),
    ("C1\x9b31m red\x85", "C1 red"),
    ("DEL\x7f", "DEL"),
    ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
]


@pytest.mark.parametrize(("raw", "clean"), NASTY)
def test_terminal_controls_never_enter_the_model(raw, clean):
    assert clean_line(raw) == clean
    client = Client(name=raw, notes=f"line one\n{raw}\tend", private_notes=raw)
    assert client.name == clean
    assert client.notes == f"line one\n{clean}\tend"  # newlines and tabs survive in notes
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in client.notes)
    assert client.private_notes == clean


def test_crlf_becomes_newline_and_markup_is_kept_as_written():
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert Client(name="[bold]x[/] Smith [/").name == "[bold]x[/] Smith [/"


def test_person_validation():
    with pytest.raises(ValidationError, match="needs a name"):
        Person(name="  ").validate()
    with pytest.raises(ValidationError, match="role: 'ceo' is not one of"):
        Person(name="Ann", role="ceo").validate()
    with pytest.raises(ValidationError, match="not an email address"):
        Person(name="Ann", email="ann@").validate()
    with pytest.raises(ValidationError, match="not a phone number"):
        Person(name="Ann", phone="call me").validate()


def test_client_validation():
    with pytest.raises(ValidationError, match="language: 'xx'"):
        Client(name="A", language="xx").validate()
    with pytest.raises(ValidationError, match="preferred channel: 'pigeon'"):
        Client(name="A", preferred_channel="pigeon").validate()
    with pytest.raises(ValidationError, match="too long"):
        Client(name="A", notes="x" * 100_001).validate()
    Client(name="A", language="PL", preferred_channel="Phone").validate()


@pytest.mark.parametrize("bad", ["2026-02-30", "31/12/2026", "tomorrow", "2026-13-01"])
def test_impossible_dates_are_refused_in_words(bad):
    with pytest.raises(ValidationError, match="is not a real date"):
        parse_date(bad, "--from")
    with pytest.raises(ValidationError):
        OpenItem(client_id=1, title="x", due=bad)


def test_handoff_validation():
    with pytest.raises(ValidationError, match="before from"):
        Handoff(person_id=1, kind="vacation", starts="2026-12-10", until="2026-12-01").validate()
    with pytest.raises(ValidationError, match="cannot cover their own handoff"):
        Handoff(person_id=1, kind="leave", client_ids=[5], covers={5: 1}).validate()
    with pytest.raises(ValidationError, match="not a return date"):
        Handoff(person_id=1, kind="termination", until="2026-12-01").validate()
    with pytest.raises(ValidationError, match="kind: 'sabbatical'"):
        Handoff(person_id=1, kind="sabbatical").validate()
    with pytest.raises(ValidationError, match="not in this handoff"):
        Handoff(person_id=1, kind="leave", client_ids=[], covers={5: 2}).validate()


def test_handoff_status_follows_dates():
    h = Handoff(person_id=1, kind="vacation", starts="2026-12-01", until="2026-12-10")
    assert h.status(date(2026, 11, 23), finalized=False) == "draft"
    assert h.status(date(2026, 11, 23), finalized=True) == "finalized"
    assert h.status(date(2026, 12, 2), finalized=True) == "active"
    assert h.status(date(2026, 12, 11), finalized=True) == "due to end"
    h.ended = date(2026, 12, 11)
    assert h.status(date(2026, 12, 12), finalized=True) == "ended"


def test_log_entry_validation():
    ok = ContactLogEntry(handoff_id=1, client_id=1, when="2026-11-04 09:12", who_id=2, said="Hi")
    ok.validate()
    with pytest.raises(ValidationError, match="outcome: 'angry'"):
        ContactLogEntry(
            handoff_id=1, client_id=1, when="2026-11-04T09:12", who_id=2, said="x", outcome="angry"
        ).validate()
    with pytest.raises(ValidationError, match="is not a date and time"):
        ContactLogEntry(handoff_id=1, client_id=1, when="yesterday", who_id=2, said="x")


def test_round_trip_through_documents_keeps_everything():
    h = Handoff(
        person_id=3,
        kind="vacation",
        starts="2026-11-02",
        until="2026-11-20",
        private_reason="secret",
        client_ids=[1, 2],
        covers={1: 4, 2: 5},
        escalation={"legal": 8},
        scripts={1: "Hello"},
    )
    assert Handoff.from_doc(h.to_doc(), id=7) == Handoff(**{**h.__dict__, "id": 7})
