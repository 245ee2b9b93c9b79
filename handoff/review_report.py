"""The return review as plain data and as a printed document.

`handoff.review` builds the review (who was contacted, what was claimed, what to do next);
this module turns it into an allow-listed dictionary — named, shareable fields only, never a
private note or the private reason — for JSON and the templates, and renders it as text,
Markdown or HTML.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from handoff.contact_log import LoggedContact
from handoff.errors import HandoffError
from handoff.model import PacketVersion
from handoff.packet import verify
from handoff.review import PacketEvidence, Review, build_review, has_started
from handoff.store import Store
from handoff.views import item_view, log_entry_view, person_view

REVIEW_FORMATS = ("txt", "md", "html")


def _finding_view(finding: Any) -> dict[str, Any]:
    return {
        "words": str(finding.words),
        "category": str(finding.category),
        "why": str(finding.why),
        "alternative": str(finding.alternative),
    }


def _version_view(version: PacketEvidence | PacketVersion) -> dict[str, Any]:
    """Which packet version: its number, SHA-256 and when it was frozen."""
    return {
        "number": version.number,
        "sha256": version.sha256,
        "created": version.created.strftime("%Y-%m-%d %H:%M"),
    }


def _evidence_view(proof: PacketEvidence | None) -> dict[str, Any] | None:
    if proof is None:
        return None
    return {
        **_version_view(proof),
        "intact": proof.intact,
        "items": [dict(i) for i in proof.items],
        "mentioned": list(proof.mentioned),
        "had_notes": proof.had_notes,
    }


def _contact_view(contact: LoggedContact) -> dict[str, Any]:
    view = log_entry_view(contact.entry, contact.who)
    view["findings"] = [_finding_view(f) for f in contact.findings]
    return view


def _packet_view(version: PacketVersion | None) -> dict[str, Any] | None:
    if version is None:
        return None
    return {**_version_view(version), "intact": verify(version)}


def review_view(review: Review) -> dict[str, Any]:
    """The review as plain data for templates and JSON: named, shareable fields only."""
    handoff = review.handoff
    clients = []
    for r in review.clients:
        c = r.client
        clients.append(
            {
                "id": c.id,
                "name": c.name,
                "company": c.company,
                "display_name": c.display_name,
                "key_account": c.key_account,
                "phone": c.phone,
                "email": c.email,
                "preferred_channel": c.preferred_channel,
                "availability": c.availability,
                "cover": person_view(r.cover),
                "contacted": r.contacted,
                "affected": r.affected,
                "flagged": r.flagged,
                "lost": r.lost,
                "asked_why": r.asked_why,
                "findings": r.findings(),
                "contacts": [_contact_view(x) for x in r.contacts],
                "claims": [
                    {
                        "when": x.contact.entry.when.strftime("%Y-%m-%d %H:%M"),
                        "who": person_view(x.contact.who),
                        "words": x.claim.words,
                        "said": x.contact.entry.said,
                        # the said text around the claim's words, to highlight them
                        "before": x.contact.entry.said[: x.claim.start],
                        "after": x.contact.entry.said[x.claim.end :],
                        "contradicts": x.contradicts,
                        "packet": _evidence_view(x.packet),
                    }
                    for x in r.claims
                ],
                "complaints": len(r.complaints),
                "overdue": [item_view(i) for i in r.overdue],
            }
        )
    return {
        "handoff": {
            "id": handoff.id,
            "name": review.name,
            "kind": handoff.kind,
            "temporary": handoff.temporary,
            "person": person_view(review.leaving),
            "starts": handoff.starts.isoformat() if handoff.starts else "",
            "until": handoff.until.isoformat() if handoff.until else "",
            "ended": handoff.ended.isoformat() if handoff.ended else "",
            "status": review.status,
            "started": has_started(handoff, review.today),
        },
        "today": review.today.isoformat(),
        "packet": _packet_view(review.packet),
        "packets": [_packet_view(p) for p in review.packets],
        "boss": person_view(review.boss),
        "summary": {
            "clients": len(review.clients),
            "contacted": sum(1 for r in review.clients if r.contacted),
            "not_contacted": sum(1 for r in review.clients if not r.contacted),
            "entries": review.entries,
            "flagged": sum(1 for r in review.clients if r.flagged),
            "affected": sum(1 for r in review.clients if r.affected),
            "contradicting_claims": sum(len(r.contradicting_claims) for r in review.clients),
            "risky": sum(len(r.risky) for r in review.clients),
            "complaints": sum(len(r.complaints) for r in review.clients),
            "lost": sum(1 for r in review.clients if r.lost),
            "overdue": sum(len(r.overdue) for r in review.clients),
        },
        "clients": clients,
        "actions": [
            {"step": n, "kind": a.kind, "title": a.title, "lines": list(a.lines)}
            for n, a in enumerate(review.actions, start=1)
        ],
    }


def render_review(store: Store, handoff_id: int, fmt: str, today: date | None = None) -> str:
    """The printable review of one handoff, as 'txt', 'md' or 'html'."""
    from handoff.render import render

    if fmt not in REVIEW_FORMATS:
        raise HandoffError(f"the review prints as {', '.join(REVIEW_FORMATS)}, not {fmt!r}")
    view = review_view(build_review(store, handoff_id, today))
    return render(f"review/review.{fmt}.j2", fmt, review=view)
