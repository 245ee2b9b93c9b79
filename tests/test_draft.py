"""The draft rules the wizard and `handoff new`/`edit` share: starting a draft, each step's part,
and a save that never silently overwrites a change made elsewhere meanwhile."""

from __future__ import annotations

from datetime import date

import pytest

from handoff import draft
from handoff.errors import Conflict, ValidationError
from handoff.model import Client, Handoff, Person
from handoff.store import Store

SECRET = "PRIVATE-canary-reason"


@pytest.fixture
def saved(store: Store) -> tuple[Store, Handoff, dict[str, int]]:
    ids = {
        name: store.add_person(Person(name=name, role="colleague")).id
        for name in ("Lena", "Carl", "Dora")
    }
    for name in ("Alpha", "Beta"):
        ids[name] = store.add_client(Client(name=name, manager_id=ids["Lena"])).id
    ids["Archived"] = store.add_client(
        Client(name="Archived", manager_id=ids["Lena"], archived=True)
    ).id
    handoff = draft.start(
        ids["Lena"], "vacation", date(2026, 12, 1), date(2026, 12, 10), SECRET,
        [ids["Alpha"], ids["Beta"]], {"legal": ids["Lena"], "personnel": ids["Dora"]},
    )  # fmt: skip
    draft.add(store, handoff)
    return store, store.handoff(handoff.id), ids


def test_a_new_draft_hands_over_their_clients_and_never_routes_to_the_person_leaving(
    saved,
) -> None:
    store, handoff, ids = saved
    assert draft.their_clients(store.clients(include_archived=True), ids["Lena"]) == [
        ids["Alpha"],
        ids["Beta"],
    ]
    assert handoff.escalation == {"personnel": ids["Dora"]}
    with pytest.raises(ValidationError):
        draft.start(ids["Lena"], "vacation", date(2026, 12, 10), date(2026, 12, 1), "", [], {})


def test_each_step_s_part_goes_into_the_draft(saved) -> None:
    _store, handoff, ids = saved
    handoff.covers = {ids["Alpha"]: ids["Carl"], ids["Beta"]: ids["Dora"]}
    handoff.scripts = {ids["Beta"]: "Hello"}
    changed = draft.set_who(handoff, ids["Carl"], "leave", None, None, "")
    assert changed.covers == {ids["Beta"]: ids["Dora"]}  # Carl leaves: he covers nobody
    assert handoff.person_id == ids["Lena"]  # a copy: the draft as it was is untouched
    draft.choose_clients(handoff, [ids["Alpha"], ids["Beta"]], {ids["Alpha"]})
    assert handoff.client_ids == [ids["Alpha"]]
    assert handoff.covers == {ids["Alpha"]: ids["Carl"]} and handoff.scripts == {}
    draft.set_text(handoff, "statement", ids["Alpha"], "generated", "generated")
    assert handoff.statements == {}
    draft.set_text(handoff, "statement", ids["Alpha"], "edited", "generated")
    assert handoff.statements == {ids["Alpha"]: "edited"}


def test_a_save_from_a_stale_copy_is_refused_then_the_owner_chooses(saved) -> None:
    store, base, ids = saved
    mine = draft.copy(base)
    mine.covers[ids["Alpha"]] = ids["Carl"]  # the wizard covers Alpha
    elsewhere = store.handoff(base.id)
    elsewhere.starts = date(2026, 11, 30)  # meanwhile the command line moves the start
    draft.save_edit(store, elsewhere)
    with pytest.raises(Conflict) as refused:
        draft.save(store, mine, base)
    assert str(base.id) in str(refused.value) and SECRET not in str(refused.value)
    assert store.handoff(base.id).covers == {}  # nothing was saved
    # "mine": the wizard's change on top; the command line's start date stays
    kept = draft.save(store, mine, base, "mine")
    stored = store.handoff(base.id)
    assert stored.starts == date(2026, 11, 30) and stored.covers == {ids["Alpha"]: ids["Carl"]}
    assert kept.revision == stored.revision
    # "overwrite": every field as in the wizard
    elsewhere = store.handoff(base.id)
    elsewhere.private_reason = "changed there"
    draft.save_edit(store, elsewhere)
    draft.save(store, mine, kept, "overwrite")
    assert store.handoff(base.id).private_reason == SECRET


def test_a_change_elsewhere_to_what_a_draft_never_edits_is_kept_without_asking(saved) -> None:
    store, base, ids = saved
    elsewhere = store.handoff(base.id)
    elsewhere.risk_overrides = [
        {"client_id": ids["Alpha"], "which": "script", "words": "x", "category": "blame",
         "justification": "quoted", "at": "2026-11-23T10:00:00"}
    ]  # fmt: skip
    store.save_handoff(elsewhere)  # printing a flagged draft records an override
    mine = draft.copy(base)
    mine.kind = "leave"
    draft.save(store, mine, base)
    stored = store.handoff(base.id)
    assert stored.kind == "leave" and stored.risk_overrides == elsewhere.risk_overrides


def test_handoff_edit_refuses_a_copy_read_before_another_save(saved) -> None:
    store, base, ids = saved
    read_by_the_command = store.handoff(base.id)
    read_by_the_command.until = date(2026, 12, 12)
    wizard = draft.copy(base)
    wizard.covers[ids["Beta"]] = ids["Dora"]
    draft.save(store, wizard, base)  # the wizard saves between the command's read and save
    with pytest.raises(Conflict):
        draft.save_edit(store, read_by_the_command)
    assert store.handoff(base.id).covers == {ids["Beta"]: ids["Dora"]}
