"""What the packet's risk check reads: only text a person wrote, each distinct text once.

The words of the shipped templates are vetted for every language, kind and form by
`test_statements`; reading them again for each client made a big packet slow to print.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handoff import packet, printing

RISKY = "Dear Sarah, Tom was fired for stealing; Dewi is your new contact."
DRAFT = 2  # the sample's termination, not finalized: printing shows the live packet
EDITED = "Hello, while Marta is away I look after your account; I will call you on Monday."


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every (text, meaning) the packet hands to the risk checker, in this test only."""
    calls: list[tuple[str, bool]] = []
    real = packet.check_text

    def spy(text, lang, kind=None, names=(), meaning=False):
        calls.append((text, meaning))
        return real(text, lang, kind, names, meaning=meaning)

    packet._check_written.cache_clear()
    monkeypatch.setattr(packet, "check_text", spy)
    return calls


def test_text_made_from_the_shipped_templates_is_not_read_again(sample_store, checked):
    handoff = sample_store.handoff(1)
    data = packet.snapshot(sample_store, handoff)
    assert data["clients"] and all(c["written"] == [] for c in data["clients"])
    assert packet.flagged_texts(data) == []
    assert checked == []


def test_an_edited_text_gets_the_whole_check_meaning_included(sample_store, checked):
    handoff = sample_store.handoff(1)
    client = handoff.client_ids[0]
    handoff.scripts[client] = EDITED
    sample_store.save_handoff(handoff)
    data = packet.snapshot(sample_store, handoff)
    by_id = {c["id"]: c for c in data["clients"]}
    assert by_id[client]["written"] == ["script"]
    assert packet.flagged_texts(data) == []
    assert checked == [(EDITED, True)]


def test_a_risky_edit_is_still_refused_when_printing(sample_store, checked):
    handoff = sample_store.handoff(DRAFT)
    handoff.statements[handoff.client_ids[0]] = RISKY
    sample_store.save_handoff(handoff)
    with pytest.raises(printing.RiskRefused) as caught:
        printing.render_document(sample_store, DRAFT, "txt")
    assert any("was fired" in line for line in caught.value.lines())


def test_printing_again_reads_no_text_twice(sample_store, checked):
    handoff = sample_store.handoff(DRAFT)
    for client in handoff.client_ids:
        handoff.scripts[client] = f"{EDITED} ({client})"
    sample_store.save_handoff(handoff)
    printing.render_document(sample_store, DRAFT, "txt")
    first = len(checked)
    assert first == len(handoff.client_ids)
    printing.render_document(sample_store, DRAFT, "md")
    printing.render_document(sample_store, DRAFT, "txt")
    assert len(checked) == first


def test_texts_of_a_users_own_statement_templates_are_all_checked(sample_store, tmp_path, checked):
    folder = tmp_path / "home" / "config" / "handoff" / "templates" / "statements" / "en"
    folder.mkdir(parents=True)
    (folder / "vacation.notice.txt.j2").write_text("Dear {{ client.name }}, hello.\n")
    data = packet.snapshot(sample_store, sample_store.handoff(1))
    assert all(c["written"] == ["script", "statement"] for c in data["clients"])
    packet.flagged_texts(data)
    assert {text for text, _ in checked} == {
        c[which] for c in data["clients"] for which in ("script", "statement")
    }


def test_a_version_frozen_before_written_was_recorded_has_every_text_checked(sample_store, checked):
    data = packet.snapshot(sample_store, sample_store.handoff(1))
    older = json.loads(json.dumps(data))
    for client in older["clients"]:
        del client["written"]
    older["clients"][0]["statement"] = RISKY
    [flagged] = packet.flagged_texts(older)
    assert flagged.which == "statement" and flagged.client_id == older["clients"][0]["id"]
    assert len({text for text, _ in checked}) == len(
        {c[which] for c in older["clients"] for which in ("script", "statement")}
    )


def test_a_finalized_packet_records_which_texts_were_written(sample_store, tmp_path: Path):
    handoff = sample_store.handoff(1)
    handoff.scripts[handoff.client_ids[0]] = EDITED
    sample_store.save_handoff(handoff)
    version = packet.freeze(sample_store, 1, allow_missing=True)
    frozen = {c["id"]: c["written"] for c in json.loads(version.content)["clients"]}
    assert frozen[handoff.client_ids[0]] == ["script"]
    assert all(w == [] for cid, w in frozen.items() if cid != handoff.client_ids[0])


def test_a_packet_reads_the_firm_once_for_all_its_texts(sample_store, monkeypatch):
    # every generated script and statement is signed by the firm; the packet reads it once
    # and hands it to each text, instead of one store read per text (10,000 for 5,000 clients)
    reads = []
    real = type(sample_store).firm

    def counted(store):
        reads.append(1)
        return real(store)

    monkeypatch.setattr(type(sample_store), "firm", counted)
    handoff = sample_store.handoff(1)
    data = packet.snapshot(sample_store, handoff)
    assert len(data["clients"]) > 1
    assert len(reads) == 1
