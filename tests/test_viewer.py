"""What a covering colleague may see and do (`handoff.viewer`), checked in the domain.

On the sample (today 23 November): Marta's vacation (handoff 1) is finalized, Peter covers three
of her clients and Dewi two; Tom's termination (handoff 2) is a draft, so nobody works from it.
"""

from __future__ import annotations

import multiprocessing
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from test_print_privacy import canaries, sample_bytes

from handoff.errors import HandoffError
from handoff.store import Store
from handoff.viewer import (
    OWNER,
    NotAllowed,
    Viewer,
    covered_clients,
    log_contact,
    mark_item_done,
    parse_viewer,
)

PETER, DEWI, TOM, GRACE = Viewer(4), Viewer(5), Viewer(6), Viewer(2)


def names(store: Store, viewer: Viewer) -> set[str]:
    return {c.client["name"] for c in covered_clients(store, viewer)}


def test_each_colleague_sees_only_the_clients_they_cover(sample_store: Store) -> None:
    handoff = sample_store.handoff(1)
    for viewer in (PETER, DEWI):
        expected = {
            sample_store.client(cid).name
            for cid, pid in handoff.covers.items()
            if pid == viewer.person_id
        }
        assert expected and names(sample_store, viewer) == expected
    assert not names(sample_store, PETER) & names(sample_store, DEWI)
    # Tom is leaving and covers nobody; Grace covers nobody: nothing at all
    assert names(sample_store, TOM) == set()
    assert names(sample_store, GRACE) == set()


def test_a_draft_handoff_is_shown_to_nobody(sample_store: Store) -> None:
    draft = sample_store.handoff(2)
    assert sample_store.latest_packet(2) is None
    drafted = {sample_store.client(c).name for c in draft.client_ids}
    for viewer in (PETER, DEWI, OWNER):
        assert not names(sample_store, viewer) & drafted
    with pytest.raises(NotAllowed):
        log_contact(sample_store, DEWI, 2, draft.client_ids[0], channel="phone", said="Hello")


def test_an_entry_is_recorded_as_said_by_the_signed_in_colleague(sample_store: Store) -> None:
    client_id = next(c for c, p in sample_store.handoff(1).covers.items() if p == 4)
    entry = log_contact(
        sample_store, PETER, 1, client_id, channel="phone", said="Called about the quote."
    )
    stored = sample_store.log_entries(1)[-1]
    assert stored.id == entry.id and stored.who_id == 4 and stored.client_id == client_id


def test_another_colleagues_client_is_refused_without_saying_whose(sample_store: Store) -> None:
    dewi_client = next(c for c, p in sample_store.handoff(1).covers.items() if p == 5)
    before = len(sample_store.log_entries())
    refusals = []
    for handoff_id, client_id in ((1, dewi_client), (99, dewi_client), (1, 9999)):
        with pytest.raises(NotAllowed) as caught:
            log_contact(sample_store, PETER, handoff_id, client_id, channel="phone", said="Hi")
        refusals.append(str(caught.value))
    assert len(sample_store.log_entries()) == before
    assert all("is not one of your clients" in r for r in refusals)
    assert not any(sample_store.client(dewi_client).name in r for r in refusals)


def test_items_are_checked_off_only_for_ones_own_clients(sample_store: Store) -> None:
    covers = sample_store.handoff(1).covers
    mine = next(i for i in sample_store.items() if covers.get(i.client_id) == 4 and not i.done)
    theirs = next(i for i in sample_store.items() if covers.get(i.client_id) == 5 and not i.done)
    with pytest.raises(NotAllowed):
        mark_item_done(sample_store, PETER, 1, theirs.id)
    assert not sample_store.item(theirs.id).done
    mark_item_done(sample_store, PETER, 1, mine.id)
    assert sample_store.item(mine.id).done


def test_revealing_text_in_the_viewer_setting_is_refused() -> None:
    assert parse_viewer("owner") == OWNER and parse_viewer("person:4") == PETER
    for bad in ("person:", "person:-1", "admin", "person:4;rm"):
        with pytest.raises(HandoffError):
            parse_viewer(bad)


# -- the canary property: no private field ever reaches a colleague ---------------------------
# The same canaries and sample as printing's property test (`test_print_privacy`).


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(private=canaries, shared=canaries)
def test_no_private_canary_reaches_any_viewer(private: str, shared: str) -> None:
    assume(private not in shared and shared not in private)
    folder = Path(tempfile.mkdtemp(prefix="handoff-viewer-canary-"))
    (folder / "db.json").write_bytes(sample_bytes())
    store = Store(folder / "db.json")
    peters = [c for c, p in store.handoff(1).covers.items() if p == 4]
    with store.batch():
        for client in store.clients(include_archived=True):
            client.private_notes = f"{private}c{client.id}"
            if client.id == peters[0]:
                client.notes = shared  # the control: a shareable field reaches Peter
            store.update_client(client)
        for handoff in store.handoffs():
            handoff.private_reason = f"{private}h{handoff.id}"
            store.save_handoff(handoff)
    from handoff import packet

    packet.freeze(store, 1, allow_missing=True)
    seen = {v: repr(covered_clients(store, v)) for v in (PETER, DEWI, TOM, GRACE, OWNER)}
    assert shared in seen[PETER] and shared not in seen[DEWI]
    for viewer, text in seen.items():
        assert private not in text, viewer


# -- two sessions writing at once lose nothing ------------------------------------------------
def _log_many(path: str, person: int, client: int, count: int) -> None:
    store = Store(path)
    for n in range(count):
        log_contact(store, Viewer(person), 1, client, channel="phone", said=f"call {person}-{n}")


def test_two_colleagues_logging_at_once_lose_nothing(sample_store: Store) -> None:
    covers = sample_store.handoff(1).covers
    peter_client = next(c for c, p in covers.items() if p == 4)
    dewi_client = next(c for c, p in covers.items() if p == 5)
    before = len(sample_store.log_entries(1))
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(target=_log_many, args=(str(sample_store.path), 4, peter_client, 15)),
        context.Process(target=_log_many, args=(str(sample_store.path), 5, dewi_client, 15)),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    said = {e.said for e in Store(sample_store.path).log_entries(1)}
    assert len(Store(sample_store.path).log_entries(1)) == before + 30
    assert {f"call 4-{n}" for n in range(15)} <= said
    assert {f"call 5-{n}" for n in range(15)} <= said
