"""Flagged scripts and statements block finalizing until an override is recorded."""

from __future__ import annotations

import json

import pytest

from handoff import packet
from handoff.bundle import backup, read_bundle, validate_bundle
from handoff.errors import ValidationError
from handoff.statements import generate_script, generate_statement
from handoff.store import Store

RISKY = "Dear Sarah, Tom was fired for stealing; Dewi is your new contact."


def _complete_termination(store):
    """The sample termination (handoff 2), with its one gap filled so it can be finalized."""
    for item in store.items(9):
        if not item.next_step:
            item.next_step = "Dewi sends the report by Friday"
            store.update_item(item)
    return store.handoff(2)


def test_snapshot_holds_the_exact_generated_words(sample_store):
    handoff = sample_store.handoff(1)
    data = packet.snapshot(sample_store, handoff)
    by_id = {c["id"]: c for c in data["clients"]}
    assert by_id[1]["statement"] == generate_statement(sample_store, handoff, 1)
    assert by_id[1]["script"] == generate_script(sample_store, handoff, 1)
    assert packet.flagged_texts(data) == []


def test_a_flagged_statement_blocks_finalizing_and_names_client_and_words(sample_store):
    handoff = _complete_termination(sample_store)
    handoff.statements[6] = RISKY
    sample_store.save_handoff(handoff)
    with pytest.raises(packet.RiskFlagged) as caught:
        packet.freeze(sample_store, 2)
    message = str(caught.value)
    assert "Sarah Whitfield" in message and '"was fired"' in message and '"stealing"' in message
    assert sample_store.packet_versions(2) == []


def test_an_override_is_recorded_with_the_packet_version(sample_store):
    handoff = _complete_termination(sample_store)
    handoff.statements[6] = RISKY
    sample_store.save_handoff(handoff)
    version = packet.freeze(sample_store, 2, override="Agreed with legal counsel on 20 Nov")
    assert [(o["client_id"], o["which"], o["words"], o["category"]) for o in version.overrides] == [
        (6, "statement", "was fired", "reason"),
        (6, "statement", "stealing", "accusation"),
    ]
    assert all(
        o["justification"] == "Agreed with legal counsel on 20 Nov" for o in version.overrides
    )
    assert all(o["at"].startswith("2026-11-23T") for o in version.overrides)
    stored = Store(sample_store.path).latest_packet(2)
    assert stored.overrides == version.overrides
    frozen = json.loads(stored.content)
    assert next(c for c in frozen["clients"] if c["id"] == 6)["statement"] == RISKY
    assert packet.verify(stored)


def test_an_empty_justification_is_not_an_override(sample_store):
    handoff = _complete_termination(sample_store)
    handoff.statements[6] = RISKY
    sample_store.save_handoff(handoff)
    with pytest.raises(packet.RiskFlagged):
        packet.freeze(sample_store, 2, override="   ")
    data = packet.snapshot(sample_store, sample_store.handoff(2))
    with pytest.raises(ValidationError, match="justification"):
        packet.record_override(sample_store, 2, packet.flagged_texts(data), "")


def test_a_draft_override_is_stored_backed_up_and_honoured_when_finalizing(sample_store, tmp_path):
    handoff = _complete_termination(sample_store)
    handoff.scripts[7] = "Tom is off sick, so Peter covers."
    sample_store.save_handoff(handoff)
    data = packet.snapshot(sample_store, sample_store.handoff(2))
    flagged = packet.flagged_texts(data)
    assert [(f.client_name, f.which, [x.words for x in f.findings]) for f in flagged] == [
        ("David Okafor", "script", ["off sick"])
    ]
    entries = packet.record_override(sample_store, 2, flagged, "Printed for the owner only")
    reopened = Store(sample_store.path).handoff(2)
    assert reopened.risk_overrides == entries
    assert packet.uncovered(data, reopened.risk_overrides) == []

    target = tmp_path / "backup.json"
    backup(sample_store, target)
    tables = validate_bundle(read_bundle(target), str(target))
    assert tables["handoffs"]["2"]["risk_overrides"] == entries

    version = packet.freeze(sample_store, 2)  # no new justification needed
    assert version.overrides == entries


def test_an_override_covers_only_the_words_it_names(sample_store):
    handoff = _complete_termination(sample_store)
    handoff.scripts[7] = "Tom is off sick, so Peter covers."
    sample_store.save_handoff(handoff)
    data = packet.snapshot(sample_store, sample_store.handoff(2))
    packet.record_override(sample_store, 2, packet.flagged_texts(data), "Owner's copy")
    handoff = sample_store.handoff(2)
    handoff.scripts[7] = "Tom is off sick, and there were complaints about him."
    sample_store.save_handoff(handoff)
    data = packet.snapshot(sample_store, sample_store.handoff(2))
    left = packet.uncovered(data, sample_store.handoff(2).risk_overrides)
    assert [x.words for f in left for x in f.findings] == ["complaints about him"]
    with pytest.raises(packet.RiskFlagged, match="complaints about him"):
        packet.freeze(sample_store, 2)


def test_an_english_edit_in_a_polish_clients_script_is_still_checked(sample_store):
    handoff = sample_store.handoff(1)
    handoff.scripts[1] = "Marta jest na urlopie. She is pregnant, by the way."
    sample_store.save_handoff(handoff)
    data = packet.snapshot(sample_store, sample_store.handoff(1))
    flagged = packet.flagged_texts(data)
    assert [x.words for f in flagged for x in f.findings] == ["pregnant"]


def test_a_malformed_override_in_a_backup_is_refused(sample_store, tmp_path):
    target = tmp_path / "backup.json"
    backup(sample_store, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    data["tables"]["handoffs"]["1"]["risk_overrides"] = [{"client_id": 1, "which": "poem"}]
    target.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match="handoffs record 1: a risk override"):
        validate_bundle(read_bundle(target), str(target))


# -- names are not risky words --------------------------------------------------------------
def test_a_clients_name_is_not_read_as_a_risky_word(sample_store):
    """Sick is a surname; a client called Hans Sick must not make every text of his a finding,
    yet "Marta is sick" in his script still is one."""
    from handoff.risk import check_text

    text = "Dear Hans Sick, Marta is on holiday until 20 November."
    assert [f.words for f in check_text(text, "en", "vacation")] == ["Sick"]  # without names
    client = sample_store.client(1)
    client.name = "Hans Sick"
    client.company = "Acme [@click=app.quit]Corp[/] Ltd"
    sample_store.update_client(client)
    handoff = sample_store.handoff(1)
    data = packet.snapshot(sample_store, handoff)
    assert packet.flagged_texts(data) == []  # the generated words name him, nothing else
    handoff.scripts[1] = f"{text} Marta is sick."
    sample_store.save_handoff(handoff)
    [flagged] = packet.flagged_texts(packet.snapshot(sample_store, handoff))
    assert flagged.client_id == 1 and [f.words for f in flagged.findings] == ["sick"]


def test_only_whole_names_of_two_words_or_more_are_masked():
    from handoff.risk import check_text

    def words(text, names):
        return [f.words for f in check_text(text, "en", "termination", names)]

    assert words("Dear Hans Sick, hello.", ["Hans Sick"]) == []
    assert words("Dear Sick, hello.", ["Sick"]) == ["Sick"]  # one word: never masked
    assert words("Dear Hans Sickert and Mr Sick, hello.", ["Hans Sick"]) == ["Sick"]
    assert words("Hans Sick was fired.", ["Hans Sick"]) == ["was fired"]
    assert words("Dear hans sick, hello.", ["Hans Sick"]) == ["sick"]  # not as written


def test_the_wizard_and_finalizing_mask_the_same_names(sample_store):
    people = {p.id: p for p in sample_store.people()}
    for handoff in sample_store.handoffs():
        data = packet.snapshot(sample_store, handoff)
        for view in data["clients"]:
            client = sample_store.client(view["id"])
            assert packet.snapshot_names(data, view) == packet.text_names(handoff, client, people)
            assert client.name in packet.text_names(handoff, client, people)
