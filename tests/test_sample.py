"""The bundled sample firm holds what the stories need."""

from __future__ import annotations

import json

from handoff import packet
from handoff.model import LANGUAGES


def test_sample_firm_has_every_role_and_language(sample_store):
    roles = {p.role for p in sample_store.people()}
    assert {"owner", "colleague", "hr", "legal", "boss"} <= roles
    assert sum(p.role == "colleague" for p in sample_store.people()) >= 3
    clients = sample_store.clients()
    assert len(clients) >= 12
    assert {c.language for c in clients} == set(LANGUAGES)
    assert all(c.preferred_channel and c.availability for c in clients)
    assert any(c.private_notes for c in clients) and any(c.notes for c in clients)
    assert sample_store.items()


def test_sample_vacation_is_finalized_and_the_seed_002_claim_contradicts_it(sample_store):
    vacation = next(h for h in sample_store.handoffs() if h.kind == "vacation")
    versions = sample_store.packet_versions(vacation.id)
    assert len(versions) == 1 and packet.verify(versions[0])
    frozen = json.loads(versions[0].content)
    claims = [e for e in sample_store.log_entries(vacation.id) if "no information" in e.said]
    assert claims, "the seed-002 claim is in the contact log"
    claimed_client = next(c for c in frozen["clients"] if c["id"] == claims[0].client_id)
    assert claimed_client["items"], "the packet held that client's items"
    contacted = {e.client_id for e in sample_store.log_entries(vacation.id)}
    assert set(vacation.client_ids) - contacted, "one client was never contacted"


def test_sample_termination_has_a_private_reason_that_no_packet_holds(sample_store):
    termination = next(h for h in sample_store.handoffs() if h.kind == "termination")
    assert termination.private_reason
    assert len(set(termination.covers.values())) >= 2, "clients split among colleagues"
    snap = packet.canonical(packet.snapshot(sample_store, termination))
    assert termination.private_reason not in snap
    for client in sample_store.clients():
        if client.private_notes:
            assert client.private_notes not in snap
