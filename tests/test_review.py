"""The return review: the packet beside the log, the action list, the end of coverage."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from handoff import contact_log, coverage, packet, queries
from handoff.claims import find_claims
from handoff.errors import HandoffError, ValidationError
from handoff.model import Client, Handoff, Person
from handoff.review import build_review
from handoff.review_report import render_review, review_view


def client_review(review, client_id):
    return next(r for r in review.clients if r.client.id == client_id)


def action(review, kind):
    return next(a for a in review.actions if a.kind == kind)


def test_seed_002_claim_is_flagged_with_the_packet_evidence(sample_store):
    review = build_review(sample_store, 1)
    agnieszka = client_review(review, 1)
    (claim,) = agnieszka.claims
    assert claim.claim.words == "no information was left"
    assert claim.contradicts
    v1 = sample_store.latest_packet(1)
    assert claim.packet.number == v1.number == 1
    assert claim.packet.sha256 == v1.sha256 and claim.packet.intact
    titles = [i["title"] for i in claim.packet.items]
    assert "Confirm grout colour for the staff bathroom" in titles
    assert claim.packet.mentioned == ("Confirm grout colour for the staff bathroom",)
    assert "claim contradicts the packet" in agnieszka.findings()
    # the same evidence reaches every printed format
    for fmt in ("txt", "md", "html"):
        text = render_review(sample_store, 1, fmt)
        assert v1.sha256 in text, fmt
        assert "Confirm grout colour for the staff bathroom" in text, fmt
        assert "no information was left" in text, fmt


def test_never_contacted_client_is_listed_and_called(sample_store):
    review = build_review(sample_store, 1)
    pere = client_review(review, 4)
    assert not pere.contacted and "not contacted" in pere.findings()
    calls = action(review, "call")
    assert any(line.startswith("Pere Soler") and "never contacted" in line for line in calls.lines)
    assert review_view(review)["summary"]["not_contacted"] == 1


def test_lost_account_gets_its_call_back_action(sample_store):
    review = build_review(sample_store, 1)
    assert client_review(review, 2).lost
    lost = action(review, "call_lost")
    assert len(lost.lines) == 1 and lost.lines[0].startswith("Jan Kowalczyk")
    assert "+48 12 555 0190" in lost.lines[0]  # how to reach him, as he prefers
    assert not any(line.startswith("Jan Kowalczyk") for line in action(review, "call").lines)


def test_actions_follow_seed_002_order(sample_store):
    review = build_review(sample_store, 1)
    kinds = [a.kind for a in review.actions]
    assert kinds == ["call", "check_in", "call_lost", "meet", "brief", "end"]
    meet = action(review, "meet")
    assert "Peter Nowak" in meet.title
    assert any("packet v1 held: Anti-slip tiles order" in line for line in meet.lines)
    brief = action(review, "brief")
    assert "Grace Boateng" in brief.title
    assert any(sample_store.latest_packet(1).sha256 in line for line in brief.lines)
    assert any("4 entries" in line for line in brief.lines)


def test_nothing_private_in_any_format(sample_store):
    canaries = []
    for client in sample_store.clients(include_archived=True):
        client.private_notes = f"CANARY-NOTE-{client.id} <b>secret</b>"
        sample_store.update_client(client)
        canaries.append(client.private_notes)
    for handoff in sample_store.handoffs():
        handoff.private_reason = f"CANARY-REASON-{handoff.id}"
        sample_store.save_handoff(handoff)
        canaries.append(handoff.private_reason)
    for handoff_id in (1, 2):
        outputs = [render_review(sample_store, handoff_id, f) for f in ("txt", "md", "html")]
        outputs.append(repr(review_view(build_review(sample_store, handoff_id))))
        for text in outputs:
            for canary in canaries:
                assert "CANARY" not in text, canary


def test_user_text_is_escaped_in_html_and_markdown(sample_store):
    contact_log.add_entry(
        sample_store, 1, client="Pere", who="Dewi", channel="sms",
        said="<script>alert(1)</script> [bold]x[/] & {{ 7*7 }}", when="2026-11-13 18:00",
    )  # fmt: skip
    html = render_review(sample_store, 1, "html")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html  # user text is never a template
    md = render_review(sample_store, 1, "md")
    assert "<script>" not in md and r"\<script\>" in md
    assert "[bold]x[/]" in render_review(sample_store, 1, "txt")


def test_unknown_format_is_refused(sample_store):
    with pytest.raises(HandoffError, match="txt, md, html"):
        render_review(sample_store, 1, "pdf")


def test_risky_words_are_flagged_and_counted_on_the_dashboard(sample_store):
    before = next(s for s in queries.handoff_summaries(sample_store) if s.id == 1)
    assert before.flagged == 2  # Agnieszka (complaint, claim) and Jan (lost, claim)
    contact_log.add_entry(
        sample_store, 1, client="Montserrat", who="Dewi", channel="email",
        said="Marta was fired, so I handle the hotel now.", when="2026-11-13 12:00",
    )  # fmt: skip
    review = build_review(sample_store, 1)
    montserrat = client_review(review, 3)
    assert montserrat.flagged and "risky words logged" in montserrat.findings()
    assert any("fired" in f.words.lower() for c in montserrat.risky for f in c.findings)
    meet = next(a for a in review.actions if a.kind == "meet" and "Dewi" in a.title)
    assert any("Montserrat Vidal" in line and "fired" in line for line in meet.lines)
    after = next(s for s in queries.handoff_summaries(sample_store) if s.id == 1)
    assert after.flagged == 3


def _firm(store):
    owner = store.add_person(Person("Olga Owner", role="owner"))
    boss = store.add_person(Person("Bea Boss", role="boss"))
    away = store.add_person(Person("Ana Away"))
    cover = store.add_person(Person("Carl Cover"))
    bare = store.add_client(Client("Bare Client", manager_id=away.id))  # no items, no notes
    full = store.add_client(Client("Full Client", notes="Prefers mornings", manager_id=away.id))
    return owner, boss, away, cover, bare, full


def test_claim_is_judged_against_the_version_given_before_it(store):
    _owner, _boss, away, cover, bare, full = _firm(store)
    h = store.add_handoff(
        Handoff(away.id, "leave", starts=date(2026, 11, 1), until=date(2026, 11, 30),
                client_ids=[bare.id, full.id], covers={bare.id: cover.id, full.id: cover.id})
    )  # fmt: skip
    said = "Nobody told me anything, sorry."
    contact_log.add_entry(
        store, h.id, client="Full", who="Carl", channel="phone", said=said,
        when="2026-10-30 09:00",
    )  # fmt: skip
    packet.freeze(store, h.id, when=datetime(2026, 10, 31, 12, 0), allow_missing=True)
    for name in ("Bare", "Full"):
        contact_log.add_entry(
            store, h.id, client=name, who="Carl", channel="phone", said=said,
            when="2026-11-05 09:00",
        )  # fmt: skip
    review = build_review(store, h.id)
    early, late = client_review(review, full.id).claims
    assert early.packet is None and not early.contradicts  # nothing had been handed over yet
    assert late.packet.number == 1 and late.contradicts and late.packet.had_notes
    (bare_claim,) = client_review(review, bare.id).claims
    assert bare_claim.packet.number == 1 and not bare_claim.contradicts  # nothing to know
    assert not client_review(review, bare.id).flagged
    text = render_review(store, h.id, "txt")
    assert "No packet version had been frozen by then" in text
    assert "held nothing for this client" in text
    assert "Bea Boss" in action(review, "brief").title


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("Przepraszam, nie pozostawiono mi informacji na ten temat.", "nie pozostawiono mi"),
        ("Nic nie wiem o tym zamówieniu.", "Nic nie wiem"),
        ("Ho sento, no em van deixar informació.", "no em van deixar informació"),
        ("No en sé res, de la factura.", "No en sé res"),
        ("Maaf, tidak ada informasi tentang pesanan itu.", "tidak ada informasi"),
        ("Saya tidak tahu apa-apa soal jadwal.", "tidak tahu apa-apa"),
        ("I wasn’t told about the grout.", "I wasn’t told"),
        ("We were never informed about it", "We were never informed"),
    ],
)
def test_claims_are_found_in_every_language(said, words):
    found = find_claims(said)
    assert found and words.casefold() in found[0].words.casefold()
    assert said[found[0].start : found[0].end] == found[0].words


@pytest.mark.parametrize(
    "said",
    [
        "Sent the revised quote and confirmed the site visit.",
        "The boiler has no information plate left on it.",
        "I don't know when the tiles arrive; I will check and call back today.",
        "Wysłałem harmonogram dostaw, zadzwonię w piątek.",
        "Li he enviat el pressupost revisat.",
        "Jadwal kunjungan sudah dikirim lewat email.",
    ],
)
def test_ordinary_log_lines_are_not_claims(said):
    assert find_claims(said) == []


def test_ending_a_vacation_hands_the_clients_back(sample_store):
    with pytest.raises(ValidationError, match="returns on 2026-11-20"):
        coverage.end_handoff(sample_store, 1, today=date(2026, 11, 19))
    ended = coverage.end_handoff(sample_store, 1)
    assert ended.returned_to.name == "Marta Puig"
    handoff = sample_store.handoff(1)
    assert handoff.ended == date(2026, 11, 23)
    assert all(sample_store.client(c).manager_id == 3 for c in handoff.client_ids)
    summary = next(s for s in queries.handoff_summaries(sample_store) if s.id == 1)
    assert summary.status == "ended"
    assert "end" not in [a.kind for a in build_review(sample_store, 1).actions]
    with pytest.raises(ValidationError, match="already ended"):
        coverage.end_handoff(sample_store, 1)


def test_ending_a_termination_reassigns_for_good(sample_store):
    with pytest.raises(ValidationError, match="takes effect on 2026-11-16"):
        coverage.end_handoff(sample_store, 2, today=date(2026, 11, 10), force_reason="test")
    ended = coverage.end_handoff(sample_store, 2, force_reason="told every client by phone")
    assert ended.returned_to is None
    assert {c.id: p.name for c, p in ended.reassigned} == {
        6: "Dewi Lestari", 7: "Peter Nowak", 8: "Peter Nowak", 9: "Dewi Lestari",
    }  # fmt: skip
    assert sample_store.client(6).manager_id == 5 and sample_store.client(7).manager_id == 4


def test_termination_with_an_uncovered_client_cannot_end(sample_store):
    handoff = sample_store.handoff(2)
    del handoff.covers[6]
    sample_store.save_handoff(handoff)
    with pytest.raises(ValidationError, match="nobody covers Sarah Whitfield"):
        coverage.end_handoff(sample_store, 2)
    assert sample_store.client(7).manager_id == 6  # nothing half-done
    assert sample_store.handoff(2).ended is None


def test_text_report_fits_80_columns(sample_store):
    for handoff_id in (1, 2):
        text = render_review(sample_store, handoff_id, "txt")
        too_wide = [line for line in text.splitlines() if len(line) > 80]
        assert too_wide == [], handoff_id
