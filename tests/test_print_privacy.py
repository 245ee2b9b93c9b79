"""Property: whatever is written in a private field, no printed document contains it.

Random canary strings go into every private field (each client's private notes, each handoff's
private reason); every document in every text format — whole packet, each colleague's packet,
statements, and the review when it exists — is searched for them, and so is everything written
to reach clients: each email draft and the mbox (headers decoded), the auto-reply as text and as
Sieve rules, and each calendar (lines unfolded). As a control, the same kind of string put in a
*shareable* field must be found, so the search itself cannot be blind.
"""

from __future__ import annotations

import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from handoff import packet, printing
from handoff.sample import load_sample
from handoff.store import Store

# Letters and digits only: no format escapes them, and the text wrap cannot split them.
ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789ąęłśżźçàèéöüß"
canaries = st.text(alphabet=ALPHABET, min_size=8, max_size=40).map(lambda s: "PRIVq" + s)


@cache
def sample_bytes() -> bytes:
    folder = Path(tempfile.mkdtemp(prefix="handoff-sample-"))
    load_sample(Store(folder / "db.json"))
    return (folder / "db.json").read_bytes()


def documents(store: Store) -> list[tuple[str, str]]:
    from test_print import review_available

    out = []
    whats = ["packet", "statements"] + (["review"] if review_available() else [])
    for handoff in store.handoffs():
        covers = sorted(set(handoff.covers.values()))
        for what in whats:
            for fmt in ("html", "md", "txt"):
                targets = [None] + (covers if what != "review" else [])
                for person in targets:
                    data = printing.render_document(store, handoff.id, fmt, what, person)
                    out.append((f"{handoff.id}/{what}/{fmt}/{person}", data.decode("utf-8")))
    return out + reach_documents(store)


def reach_documents(store: Store) -> list[tuple[str, str]]:
    """Drafts, auto-replies and calendars of every handoff, whole and per colleague, as text."""
    from email import policy
    from email.parser import BytesParser

    from handoff.autoreply import render_autoreply
    from handoff.calendar_export import write_calendar
    from handoff.drafts import write_drafts

    folder = Path(tempfile.mkdtemp(prefix="handoff-reach-"))
    out = []
    for handoff in store.handoffs():
        for fmt in ("txt", "sieve"):
            out.append((f"{handoff.id}/autoreply/{fmt}", render_autoreply(store, handoff.id, fmt)))
        for person in [None, *sorted(set(handoff.covers.values()))]:
            name = f"{handoff.id}-{person}"
            written = write_drafts(store, handoff.id, folder / name, person)
            for path in sorted(written.folder.iterdir()):
                raw = path.read_bytes()
                message = BytesParser(policy=policy.default).parsebytes(raw)
                headers = "\n".join(f"{k}: {v}" for k, v in message.items())
                text = raw.decode("utf-8") + headers + str(message.get_payload(decode=True))
                out.append((f"{name}/drafts/{path.name}", text))
            ics = write_calendar(store, handoff.id, folder / f"{name}.ics", person).path
            unfolded = ics.read_bytes().decode("utf-8").replace("\r\n ", "")
            out.append((f"{name}/calendar", unfolded))
    return out


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(private=canaries, shared=canaries)
def test_no_private_canary_in_any_printed_document(private, shared):
    assume(private not in shared and shared not in private)
    folder = Path(tempfile.mkdtemp(prefix="handoff-canary-"))
    (folder / "db.json").write_bytes(sample_bytes())
    store = Store(folder / "db.json")
    with store.batch():
        for client in store.clients(include_archived=True):
            client.private_notes = f"{private}c{client.id}"
            if client.id == 1:
                client.notes = shared  # the control: a shareable field is printed
                client.availability = f"{shared}a"  # ... and is in the calendar
            store.update_client(client)
        for handoff in store.handoffs():
            handoff.private_reason = f"{private}h{handoff.id}"
            store.save_handoff(handoff)
    packet.freeze(store, 1, allow_missing=True)  # handoff 1 prints frozen, handoff 2 as a draft
    assert store.client(1).private_notes.startswith(private)

    docs = documents(store)
    assert any(shared in text for _name, text in docs)  # the search can see what is printed
    assert any(f"{shared}a" in text for name, text in docs if name.endswith("/calendar"))
    for name, text in docs:
        assert private not in text, name
