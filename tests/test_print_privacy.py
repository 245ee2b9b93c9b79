"""Property: whatever is written in a private field, no printed document contains it.

Random canary strings go into every private field (each client's private notes, each handoff's
private reason); every document in every text format — whole packet, each colleague's packet,
statements, and the review when it exists — is searched for them. As a control, the same kind
of string put in a *shareable* field must be found, so the search itself cannot be blind.
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
            store.update_client(client)
        for handoff in store.handoffs():
            handoff.private_reason = f"{private}h{handoff.id}"
            store.save_handoff(handoff)
    packet.freeze(store, 1, allow_missing=True)  # handoff 1 prints frozen, handoff 2 as a draft
    assert store.client(1).private_notes.startswith(private)

    docs = documents(store)
    assert any(shared in text for _name, text in docs)  # the search can see what is printed
    for name, text in docs:
        assert private not in text, name
