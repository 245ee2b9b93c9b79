"""Neutral statements and scripts: every template, every sample client, every kind, no leaks."""

from __future__ import annotations

from datetime import date

import pytest
from jinja2 import UndefinedError

from handoff import statements
from handoff.model import KINDS, Handoff
from handoff.render import environment
from handoff.risk import check
from handoff.views import statement_view

LANGS = ("en", "pl", "ca", "id")
CANARIES = {
    "private_notes": "CANARY-PRIVATE-NOTE-7731",
    "notes": "CANARY-SHAREABLE-NOTE-5520",
    "availability": "CANARY-AVAILABILITY-1180",
    "private_reason": "CANARY-PRIVATE-REASON-9046",
}


def _handoff(store, kind: str, client_ids: list[int], reason: str = "") -> Handoff:
    """A handoff of `kind` from Marta Puig (3) with Peter Nowak (4) covering every client."""
    handoff = Handoff(
        person_id=3,
        kind=kind,
        starts=date(2026, 12, 1),
        until=None if kind == "termination" else date(2026, 12, 18),
        private_reason=reason,
        client_ids=client_ids,
        covers=dict.fromkeys(client_ids, 4),
    )
    return store.add_handoff(handoff)


def _with_canaries(store):
    """Every sample client gets canary strings in fields a statement must never show."""
    for client in store.clients():
        client.private_notes = CANARIES["private_notes"]
        client.notes = CANARIES["notes"]
        client.availability = CANARIES["availability"]
        store.update_client(client)
    return [c.id for c in store.clients()]


def test_every_template_for_every_sample_client_and_kind_passes_the_checker(sample_store):
    ids = _with_canaries(sample_store)
    rendered = 0
    for kind in KINDS:
        handoff = _handoff(sample_store, kind, ids, reason=CANARIES["private_reason"])
        for client in sample_store.clients():
            for lang in LANGS:
                for channel in statements.CHANNELS:
                    text = statements.generate_statement(
                        sample_store, handoff, client, lang, channel
                    )
                    found = check(text, lang, kind)
                    assert found == [], (kind, client.name, lang, channel, found)
                    for canary in CANARIES.values():
                        assert canary not in text
                    assert "Marta Puig" in text and "Peter Nowak" in text
                    rendered += 1
            script = statements.generate_script(sample_store, handoff, client)
            assert check(script, client.language, kind) == []
    assert rendered == 3 * 14 * 4 * 2


def test_private_reason_never_reaches_the_packet_texts(sample_store):
    from handoff.packet import canonical, snapshot

    ids = _with_canaries(sample_store)
    handoff = _handoff(sample_store, "termination", ids, reason=CANARIES["private_reason"])
    content = canonical(snapshot(sample_store, handoff))
    assert CANARIES["private_reason"] not in content
    assert CANARIES["private_notes"] not in content


def test_a_template_cannot_reach_a_private_field(sample_store):
    handoff = sample_store.handoff(2)
    client = sample_store.client(7)  # has a private note
    view = statement_view(handoff, client, sample_store.person(6), sample_store.person(4), "en")
    env = environment("txt")
    for expression in (
        "{{ client.private_notes }}",
        "{{ private_reason }}",
        "{{ handoff.private_reason }}",
        "{{ client.notes }}",
    ):
        with pytest.raises(UndefinedError):
            env.from_string(expression).render(**view)


def test_dates_are_written_naturally_in_each_language(sample_store):
    handoff = _handoff(sample_store, "vacation", [1])
    handoff.starts, handoff.until = date(2026, 12, 1), date(2026, 12, 11)  # back on the 11th
    texts = {lang: statements.generate_statement(sample_store, handoff, 1, lang) for lang in LANGS}
    assert "from 1 to 10 December 2026 and back in the office on 11 December 2026" in texts["en"]
    assert "od 1 do 10 grudnia 2026 r. i wróci do biura 11 grudnia 2026 r." in texts["pl"]
    assert "de l'1 al 10 de desembre de 2026 i tornarà a l'oficina l'11 de desembre" in texts["ca"]
    assert "dari 1 sampai 10 Desember 2026 dan kembali bekerja pada 11 Desember 2026" in texts["id"]
    for text in texts.values():
        assert "until" not in text and "fins al dia" not in text and "2026 r.." not in text


def test_termination_says_no_longer_works_here_and_gives_the_neutral_answer(sample_store):
    handoff = sample_store.handoff(2)  # Tom Fletcher, termination on 2026-11-16
    text = statements.generate_statement(sample_store, handoff, 7, "en", "phone")
    assert "as of 16 November 2026, Tom Fletcher no longer works with us" in text
    assert "I'm not able to discuss the circumstances" in text
    pl = statements.generate_statement(sample_store, handoff, 7, "pl", "phone")
    assert "od 16 listopada 2026 r. Tom Fletcher nie pracuje już w naszej firmie" in pl
    assert "Nie mogę rozmawiać o okolicznościach" in pl
    ca = statements.generate_statement(sample_store, handoff, 7, "ca", "phone")
    assert "No puc parlar de les circumstàncies" in ca and "llibertat" not in ca
    ind = statements.generate_statement(sample_store, handoff, 7, "id", "phone")
    assert "tidak dapat menjelaskan lebih lanjut" in ind and "keadaannya" not in ind
    notice = statements.generate_statement(sample_store, handoff, 7, "id")
    assert "berakhirnya hubungan kerja" in notice and "kepergian" not in notice


def test_contact_details_follow_the_clients_preferred_channel(sample_store):
    handoff = sample_store.handoff(1)  # Marta's vacation: Dewi covers Pere (sms), Montserrat
    pere = statements.generate_script(sample_store, handoff, 4)  # prefers SMS, Catalan
    # the call script, in Dewi's own words
    assert pere.startswith("Bon dia, sóc Dewi Lestari, de Mensah Tiling & Renovation.")
    assert pere.index("per SMS al +44 20 7946 0105") < pere.index("per correu electrònic")
    montserrat = statements.generate_script(sample_store, handoff, 3)  # prefers email
    assert montserrat.startswith("Benvolguda senyora Vidal,\n")  # Dewi's own email
    assert montserrat.index("per correu electrònic") < montserrat.index("per telèfon")
    assert montserrat != statements.generate_statement(sample_store, handoff, 3)


def test_the_clients_language_is_the_default(sample_store):
    handoff = sample_store.handoff(1)
    assert statements.generate_statement(sample_store, handoff, 1).startswith("Szanowna Pani,")
    budi = statements.generate_statement(sample_store, handoff, 5)
    assert budi.startswith("Yth. Bapak Budi Santoso,\n\nDengan hormat,")


def test_an_edited_statement_is_used_in_its_language_only(sample_store):
    handoff = sample_store.handoff(1)
    handoff.statements[1] = "Dzień dobry, Marta wróci 20 listopada."
    sample_store.save_handoff(handoff)
    handoff = sample_store.handoff(1)
    assert statements.statement_text(sample_store, handoff, 1) == handoff.statements[1]
    english = statements.statement_text(sample_store, handoff, 1, "en")
    assert english.startswith("Dear Ms Wiśniewska,")


def test_a_client_without_a_cover_still_gets_a_readable_draft(sample_store):
    handoff = _handoff(sample_store, "leave", [6])
    handoff.covers = {}
    text = statements.generate_statement(sample_store, handoff, 6, "en")
    assert "a colleague will look after your account" in text
    assert "through our office" in text
