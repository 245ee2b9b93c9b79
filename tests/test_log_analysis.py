"""The dashboard's flagged count comes from each entry's stored analysis; it must agree with
the full review, and a stale or forged analysis must never hide a risky entry."""

from __future__ import annotations

from handoff import contact_log, queries
from handoff.review import build_review, flagged_clients
from handoff.store import Store


def _review_flagged(store, handoff_id):
    return {r.client.id for r in build_review(store, handoff_id).clients if r.flagged}


def test_fast_count_agrees_with_the_review_on_the_sample(sample_store):
    for handoff in sample_store.handoffs():
        assert flagged_clients(sample_store, handoff.id) == _review_flagged(
            sample_store, handoff.id
        )
    summary = next(s for s in queries.handoff_summaries(sample_store) if s.id == 1)
    assert summary.flagged == 2  # the seed-002 claim (with a complaint) and the lost account


def test_recorded_entries_carry_their_analysis(sample_store):
    entry = contact_log.add_entry(
        sample_store, 1, client="Montserrat", who="Dewi", channel="email",
        said="Marta was let go because of her drinking.", when="2026-11-10 10:00",
    )  # fmt: skip
    stored = next(e for e in sample_store.log_entries(1) if e.id == entry.id)
    assert stored.analysis["risky"] is True
    assert stored.analysis["rules"] == contact_log.rules_stamp()
    assert 3 in flagged_clients(sample_store, 1) == _review_flagged(sample_store, 1)


def test_a_stale_or_forged_analysis_is_recomputed(sample_store, db_path):
    entry = contact_log.add_entry(
        sample_store, 1, client="Pere", who="Dewi", channel="sms",
        said="Between us, she was fired for stealing.", when="2026-11-10 10:00",
    )  # fmt: skip
    # Someone edits the file: the analysis now claims the words were harmless, under old rules.
    store = Store(db_path)
    with store.batch():
        table = store._db.table("log")
        table.update(
            {"analysis": {"rules": "old", "risky": False, "claim": False}}, doc_ids=[entry.id]
        )
    store = Store(db_path)
    assert 4 in flagged_clients(store, 1)
    assert flagged_clients(store, 1) == _review_flagged(store, 1)


def _stale(store: Store) -> None:
    """Every stored analysis made under rules that are not the current ones."""
    with store.batch():
        table = store._db.table("log")
        table.update(lambda doc: doc["analysis"].update(rules="old"))


def test_a_listing_stores_what_it_had_to_analyse_again(sample_store, db_path, monkeypatch):
    before = {s.id: s.flagged for s in queries.handoff_summaries(sample_store)}
    logged = {e.id: (e.said, e.when, e.outcome) for e in sample_store.log_entries()}
    _stale(sample_store)
    store = Store(db_path)
    assert {s.id: s.flagged for s in queries.handoff_summaries(store)} == before
    current = [e for e in Store(db_path).log_entries() if e.analysis["rules"] != "old"]
    assert len(current) == 2  # the two entries whose words the counts depend on
    # The next reader finds current analyses: the same counts with no checker run at all, and
    # what was logged is unchanged.
    reread = Store(db_path)

    def no_checker(*args):
        raise AssertionError("analysed again although the stored analysis is current")

    monkeypatch.setattr(contact_log, "analyse", no_checker)
    assert {s.id: s.flagged for s in queries.handoff_summaries(reread)} == before
    assert {e.id: (e.said, e.when, e.outcome) for e in reread.log_entries()} == logged


def test_a_listing_still_answers_when_the_database_cannot_be_written(
    sample_store, db_path, monkeypatch
):
    from handoff.errors import StoreError

    before = {s.id: s.flagged for s in queries.handoff_summaries(sample_store)}
    _stale(sample_store)
    stale_file = db_path.read_bytes()

    def refuse(self, analyses):
        raise StoreError(f"cannot write {db_path}: Read-only file system")

    monkeypatch.setattr(Store, "save_log_analyses", refuse)
    assert {s.id: s.flagged for s in queries.handoff_summaries(Store(db_path))} == before
    assert db_path.read_bytes() == stale_file


def test_saving_analyses_skips_entries_that_are_gone(sample_store, db_path):
    [first, *_] = sample_store.log_entries()
    fresh = dict(first.analysis, rules="new")
    sample_store.save_log_analyses({first.id: fresh, 99_999: fresh})
    assert Store(db_path).log_entries()[0].analysis == fresh
    assert 99_999 not in {e.id for e in Store(db_path).log_entries()}


def test_the_listing_reads_the_log_and_the_languages_in_one_pass(sample_store, monkeypatch):
    """Counting every handoff's flagged clients reads the contact log once and the clients'
    languages once, never one client at a time, and builds no log records: the same counts as
    the full review of each handoff."""
    expected = {h.id: len(_review_flagged(sample_store, h.id)) for h in sample_store.handoffs()}
    assert any(expected.values())
    reads: list[str] = []
    read = Store.checked_records

    def counted(self, name, *args, **kwargs):
        reads.append(name)
        return read(self, name, *args, **kwargs)

    def one_at_a_time(*args, **kwargs):
        raise AssertionError("read one record at a time")

    monkeypatch.setattr(Store, "checked_records", counted)
    monkeypatch.setattr(Store, "client", one_at_a_time)
    monkeypatch.setattr(Store, "log_entries", one_at_a_time)
    summaries = queries.handoff_summaries(Store(sample_store.path))
    assert {s.id: s.flagged for s in summaries} == expected
    assert sorted(reads) == ["clients", "log"]
