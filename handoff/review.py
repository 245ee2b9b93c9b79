"""The return review: per client, the frozen packet beside the contact log, then the calls to make.

docs/design.md, *the colleague with no information*: a colleague covering a vacation told every
caller "no information was left for me".
The review shows, for each client of a handoff: never contacted; risky words logged (with the
risk checker's findings); a claim of having no information while the packet version the
colleague had been given held that client's items (cited by version, SHA-256 and item);
complaints; lost accounts; follow-ups promised; open items now overdue. Then the action list in
the order that story recommends: call every affected client (apologise, find out what they need),
call the lost ones, meet the colleague to find the facts, brief the boss with the packet version
and the log. Never imports textual; templates get only
`handoff.review_report.review_view(...)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import Any, NamedTuple

import msgspec

from handoff import clock
from handoff.claims import Claim, find_claims, shared_words
from handoff.contact_log import LoggedContact, analyse, is_current, logged_contacts
from handoff.coverage import due_to_end
from handoff.lifecycle import handoff_name
from handoff.model import Client, ContactLogEntry, Handoff, OpenItem, PacketVersion, Person
from handoff.store import Store
from handoff.text import clean_line


@dataclass(frozen=True)
class PacketEvidence:
    """What one frozen packet version held for one client: the proof of what was handed over."""

    number: int
    sha256: str
    created: datetime
    intact: bool  # the stored content still has the hash recorded when it was frozen
    items: tuple[dict[str, Any], ...]  # the client's open items as the packet held them
    mentioned: tuple[str, ...]  # titles of those items that share words with what was said
    had_notes: bool

    @property
    def held_something(self) -> bool:
        return bool(self.items) or self.had_notes


@dataclass(frozen=True)
class ClaimFinding:
    """'No information was left for me' in the log, set beside the packet given before it."""

    contact: LoggedContact
    claim: Claim
    packet: PacketEvidence | None  # None: no packet version was frozen before this contact

    @property
    def contradicts(self) -> bool:
        return self.packet is not None and self.packet.held_something


@dataclass
class ClientReview:
    client: Client
    cover: Person | None
    contacts: list[LoggedContact] = field(default_factory=list)
    claims: list[ClaimFinding] = field(default_factory=list)
    overdue: list[OpenItem] = field(default_factory=list)
    started: bool = True  # the handoff has begun: a client not contacted now is a real gap

    @property
    def contacted(self) -> bool:
        return bool(self.contacts)

    @property
    def risky(self) -> list[LoggedContact]:
        return [c for c in self.contacts if c.findings]

    @property
    def contradicting_claims(self) -> list[ClaimFinding]:
        return [c for c in self.claims if c.contradicts]

    def with_outcome(self, outcome: str) -> list[LoggedContact]:
        return [c for c in self.contacts if c.entry.outcome == outcome]

    @property
    def complaints(self) -> list[LoggedContact]:
        return self.with_outcome("complaint")

    @property
    def lost(self) -> bool:
        return bool(self.with_outcome("lost"))

    @property
    def follow_ups(self) -> list[LoggedContact]:
        return self.with_outcome("follow-up")

    @property
    def asked_why(self) -> int:
        return sum(1 for c in self.contacts if c.entry.asked_why)

    @property
    def flagged(self) -> bool:
        """Risky words, a contradicting claim, a complaint or a lost account (the dashboard)."""
        return bool(self.risky or self.contradicting_claims or self.complaints or self.lost)

    @property
    def owed_apology(self) -> bool:
        """A real gap (not contacted once the handoff began) or a complaint: only these
        clients are owed an apology. A client not contacted before the start is not."""
        return bool(self.complaints) or (self.started and not self.contacted)

    @property
    def affected(self) -> bool:
        """Needs a call from the owner: anything the review found."""
        return bool(
            self.flagged or self.claims or not self.contacted or self.follow_ups or self.overdue
        )

    def findings(self) -> list[str]:
        """The findings in words, most serious first."""
        found = []
        if self.lost:
            found.append("lost account")
        if self.contradicting_claims:
            found.append("claim contradicts the packet")
        elif self.claims:
            found.append("said they had no information")
        if self.complaints:
            n = len(self.complaints)
            found.append("complaint" if n == 1 else f"{n} complaints")
        if self.risky:
            found.append("risky words logged")
        if not self.contacted:
            found.append("not contacted" if self.started else "not contacted yet")
        if self.follow_ups:
            found.append("follow-up promised")
        if self.overdue:
            n = len(self.overdue)
            found.append("1 item overdue" if n == 1 else f"{n} items overdue")
        return found


@dataclass(frozen=True)
class Action:
    """One step of the action list: what to do and, per line, whom it concerns and why."""

    kind: str  # call | call_lost | meet | brief | end
    title: str
    lines: tuple[str, ...]


@dataclass
class Review:
    handoff: Handoff
    name: str
    leaving: Person | None
    status: str
    today: date
    packet: PacketVersion | None  # the version the colleague had when the contacts began
    packets: list[PacketVersion]
    clients: list[ClientReview]
    actions: list[Action]
    boss: Person | None

    @property
    def entries(self) -> int:
        return sum(len(c.contacts) for c in self.clients)


# -- building ---------------------------------------------------------------------------------
def packet_before(packets: list[PacketVersion], when: datetime) -> PacketVersion | None:
    """The latest version frozen at or before `when` (what the colleague had been given)."""
    given = [p for p in packets if p.created is not None and p.created <= when]
    return given[-1] if given else None


def _packet_clients(version: PacketVersion) -> dict[int, dict[str, Any]]:
    try:
        content = json.loads(version.content)
        return {int(c["id"]): c for c in content.get("clients", [])}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def evidence(version: PacketVersion, client_id: int, said: str) -> PacketEvidence:
    """What `version` held for `client_id`, with the items that `said` talks about."""
    held = _packet_clients(version).get(client_id, {})
    items = tuple(
        {
            "title": str(i.get("title", "")),
            "status": str(i.get("status", "")),
            "due": str(i.get("due", "")),
            "next_step": str(i.get("next_step", "")),
        }
        for i in held.get("items", [])
        if isinstance(i, dict)
    )
    mentioned = tuple(i["title"] for i in items if shared_words(said, i["title"]))
    # Imported here: `handoff.packet` brings Jinja2 and the risk checker, which listing the
    # handoffs (and its flagged count) needs only for a claim beside a frozen packet.
    from handoff.packet import verify

    return PacketEvidence(
        number=version.number,
        sha256=version.sha256,
        created=version.created,
        intact=verify(version),
        items=items,
        mentioned=mentioned,
        had_notes=bool(str(held.get("notes", "")).strip()),
    )


def claim_warning(store: Store, handoff_id: int, client_id: int, said: str) -> str:
    """While an entry is typed: when `said` claims there was no information although the
    latest packet held this client's items or notes, one line saying what it held; else ""."""
    claims = find_claims(said)
    latest = store.latest_packet(handoff_id) if claims else None
    if latest is None:
        return ""
    proof = evidence(latest, client_id, said)
    if not proof.held_something:
        return ""
    held = proof.mentioned or tuple(i["title"] for i in proof.items)
    what = "; ".join(held) if held else "notes on this client"
    return (
        f"“{claims[0].words}”: packet v{proof.number} held {what}. "
        "Look there before saying you have no information."
    )


def _boss(store: Store, handoff: Handoff, people: dict[int, Person]) -> Person | None:
    routed = people.get(handoff.escalation.get("contract_billing", -1))
    if routed is not None and routed.role == "boss":
        return routed
    bosses = [p for p in people.values() if p.role == "boss"]
    return bosses[0] if bosses else routed


def has_started(handoff: Handoff, today: date) -> bool:
    """The first day away (or the effective date) has come; a handoff without one has not."""
    return handoff.starts is not None and today >= handoff.starts


def build_review(store: Store, handoff_id: int, today: date | None = None) -> Review:
    """The return review of one handoff (see the module docstring)."""
    today = today or clock.today()
    handoff = store.handoff(handoff_id)
    people = {p.id: p for p in store.people()}
    packets = store.packet_versions(handoff_id)
    contacts = logged_contacts(store, handoff_id)
    first = contacts[0].entry.when if contacts else clock.now()
    packet = packet_before(packets, first) or (packets[-1] if packets else None)

    by_client: dict[int, ClientReview] = {}
    started = has_started(handoff, today)
    for client_id in handoff.client_ids:
        client = store.client(client_id)
        by_client[client_id] = ClientReview(
            client=client,
            cover=people.get(handoff.covers.get(client_id, -1)),
            overdue=sorted(
                (i for i in store.items(client_id) if i.overdue(today)),
                key=lambda i: (i.due or date.max, i.id),
            ),
            started=started,
        )
    for contact in contacts:
        review = by_client.get(contact.entry.client_id)
        if review is None:
            continue
        review.contacts.append(contact)
        given = packet_before(packets, contact.entry.when)
        for claim in find_claims(contact.entry.said):
            proof = evidence(given, contact.client.id, contact.entry.said) if given else None
            review.claims.append(ClaimFinding(contact, claim, proof))

    clients = list(by_client.values())
    boss = _boss(store, handoff, people)
    finalized = bool(packets)
    result = Review(
        handoff=handoff,
        name=handoff_name(handoff, people),
        leaving=people.get(handoff.person_id),
        status=handoff.status(today, finalized),
        today=today,
        packet=packet,
        packets=packets,
        clients=clients,
        actions=[],
        boss=boss,
    )
    result.actions = _actions(result, people)
    return result


def _reach(client: Client) -> str:
    """How to reach a client the way they like (docs/design.md: how the client likes to be
    reached)."""
    ways = {"phone": client.phone, "sms": client.phone, "email": client.email}
    best = ways.get(client.preferred_channel) or client.phone or client.email
    parts = [f"{client.preferred_channel} {best}".strip() if best else client.preferred_channel]
    if client.availability:
        parts.append(client.availability.replace("\n", "; "))
    return ", ".join(parts)


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _why(review: ClientReview, not_contacted: str) -> str:
    reasons = []
    for claim in review.claims:
        reasons.append(f"was told {_quote(claim.contact.entry.said)}")
    if review.complaints:
        reasons.append("complained")
    if review.risky:
        words = sorted({f.words for c in review.risky for f in c.findings})
        reasons.append("heard risky words: " + ", ".join(_quote(w, 40) for w in words))
    if not review.contacted:
        reasons.append(not_contacted)
    for follow in review.follow_ups:
        reasons.append(f"expects a follow-up ({follow.entry.when:%Y-%m-%d})")
    for item in review.overdue:
        reasons.append(f"overdue since {item.due}: {item.title}")
    return "; ".join(reasons)


def _actions(review: Review, people: dict[int, Person]) -> list[Action]:
    actions: list[Action] = []
    leaving = review.leaving.name if review.leaving else "the person who left"
    order = sorted(
        review.clients, key=lambda r: (not r.client.key_account, not r.flagged, r.client.name)
    )
    to_call = [r for r in order if r.affected and not r.lost]
    handoff = review.handoff
    started = has_started(handoff, review.today)
    if not started:
        what = "effective date" if not handoff.temporary else "first day away"
        not_contacted = f"not contacted yet (the {what} is {handoff.starts or 'not set'})"
    elif handoff.temporary:
        not_contacted = "never contacted while you were away"
    else:
        not_contacted = f"never contacted since {leaving} left"
    if handoff.temporary:
        apology = (
            "Call every affected client: apologise, then find out what they need and how "
            "you can help. Do not explain who was to blame."
        )
        plain_call = (
            "Call these clients: find out what they need and how you can help. Do not "
            "explain who was to blame."
        )
    else:
        says = "no longer works here" if started else "is leaving"
        apology = (
            "Call every affected client: make sure they know their new contact, apologise "
            "for any gap, and find out what they need. Say only that "
            f"{leaving} {says}; never why."
        )
        plain_call = (
            "Call these clients: make sure they know their new contact and find out what "
            f"they need. Say only that {leaving} {says}; never why."
        )
    owed = [r for r in to_call if r.owed_apology]
    others = [r for r in to_call if not r.owed_apology]
    for kind, title, group in (("call", apology, owed), ("check_in", plain_call, others)):
        if group:
            actions.append(
                Action(
                    kind,
                    title,
                    tuple(
                        f"{r.client.display_name}"
                        f"{' (key account)' if r.client.key_account else ''}"
                        f" — {_reach(r.client)} — {_why(r, not_contacted)}"
                        for r in group
                    ),
                )
            )
    lost = [r for r in order if r.lost]
    if lost:
        actions.append(
            Action(
                "call_lost",
                "Call the clients you lost. You may not win them back, but a good call leaves "
                "the door open if the new supplier disappoints them.",
                tuple(
                    f"{r.client.display_name} — {_reach(r.client)} — {_why(r, not_contacted)}"
                    for r in lost
                ),
            )
        )
    by_colleague: dict[int, list[str]] = {}
    for r in review.clients:
        for claim in r.claims:
            when = claim.contact.entry.when
            line = f"{r.client.name}, {when:%Y-%m-%d}: {_quote(claim.contact.entry.said)}"
            if claim.contradicts and claim.packet is not None:
                held = claim.packet.mentioned or tuple(i["title"] for i in claim.packet.items)
                if held:
                    line += f" — packet v{claim.packet.number} held: " + "; ".join(held)
                else:
                    line += f" — packet v{claim.packet.number} held notes on this client"
            by_colleague.setdefault(claim.contact.entry.who_id, []).append(line)
        for contact in r.risky:
            words = ", ".join(_quote(f.words, 40) for f in contact.findings)
            by_colleague.setdefault(contact.entry.who_id, []).append(
                f"{r.client.name}, {contact.entry.when:%Y-%m-%d}: risky words {words}"
            )
    for who_id, lines in by_colleague.items():
        who = people.get(who_id)
        name = who.name if who else "the covering colleague"
        actions.append(
            Action(
                "meet",
                f"Meet {name} to find the facts, not to confront: did they know how to handle "
                "the questions, did they feel the work was unfairly handed to them, or is "
                "something else going on?",
                tuple(lines),
            )
        )
    boss = review.boss.name if review.boss else "your boss"
    brief = []
    if review.packet is not None:
        from handoff.packet import verify

        p = review.packet
        intact = "hash verified" if verify(p) else "WARNING: the stored packet no longer matches"
        brief.append(
            f"Packet v{p.number}, frozen {p.created:%Y-%m-%d %H:%M}, SHA-256 {p.sha256} ({intact})"
        )
    else:
        brief.append("No packet version was frozen for this handoff: say so plainly")
    complaints = sum(len(r.complaints) for r in review.clients)
    contradicting = sum(len(r.contradicting_claims) for r in review.clients)
    brief.append(
        f"Contact log: {review.entries} {'entry' if review.entries == 1 else 'entries'}, "
        f"{complaints} complaint{'' if complaints == 1 else 's'}, "
        f"{sum(1 for r in review.clients if r.lost)} lost, "
        f"{contradicting} claim{'' if contradicting == 1 else 's'} contradicting the packet, "
        f"{sum(1 for r in review.clients if not r.contacted)} not contacted"
    )
    if complaints:
        brief.append("Forward the complaints and say how you resolved each one")
    brief.append("Tell it plainly and make no accusations")
    actions.append(
        Action(
            "brief",
            f"Brief {boss} with the packet version and the contact log: a plain account, "
            "before they hear it elsewhere.",
            tuple(brief),
        )
    )
    if due_to_end(handoff, review.today):
        if handoff.temporary:
            line = (
                f"{leaving} was due back on {handoff.until}: end the coverage "
                f"(handoff end {handoff.id}) and the clients go back to {leaving}."
            )
        else:
            line = (
                f"The termination took effect on {handoff.starts}: end it (handoff end "
                f"{handoff.id}) and each client stays with their new contact for good."
            )
        actions.append(Action("end", "End the coverage.", (line,)))
    return actions


class LogLine(NamedTuple):
    """What counting the flagged clients reads of one contact-log entry: the document checked
    as reading the entry checks it, but not built into a `ContactLogEntry` (cleaning the texts
    of 20,000 entries was most of the dashboard's time). `record()` builds the entry when
    its words must be read (an analysis to make again, a claim to set beside a packet)."""

    id: int
    client_id: int
    when: datetime
    outcome: str  # in lower case, as the entry has it
    analysis: dict[str, Any]
    checked: Any  # the checked document (`schema.checked`)

    def record(self) -> ContactLogEntry:
        """The entry as `Store.log_entries` gives it (cleaned by the record class)."""
        return ContactLogEntry(**{**msgspec.structs.asdict(self.checked), "id": self.id})


def log_lines(store: Store) -> dict[int, list[LogLine]]:
    """The whole contact log in one pass of the store, by handoff id, each handoff's entries
    in the order of `Store.log_entries` (by time, then id)."""
    by_handoff: dict[int, list[LogLine]] = {}
    for id, doc in store.checked_records("log"):
        line = LogLine(id, doc.client_id, doc.when, doc.outcome.lower(), doc.analysis, doc)
        by_handoff.setdefault(doc.handoff_id, []).append(line)
    for lines in by_handoff.values():
        lines.sort(key=attrgetter("when"))  # stable: in id order within one time
    return by_handoff


def client_languages(store: Store, ids: Iterable[int]) -> dict[int, str]:
    """The language of each of these clients (as `Client.language` has it), in one pass of
    the store that checks and reads only that field."""
    found = store.checked_records("clients", ("language",), ids)
    return {id: clean_line(c.language).lower() for id, c in found}


def flagged_clients(
    store: Store,
    handoff_id: int,
    today: date | None = None,
    entries: Sequence[LogLine] | None = None,
    refreshed: dict[int, dict[str, Any]] | None = None,
    languages: Mapping[int, str] | None = None,
) -> set[int]:
    """Clients with risky words, a contradicting claim, a complaint or a lost account.

    The same answer as `ClientReview.flagged` in `build_review`, but from each entry's stored
    analysis (see `contact_log.entry_analysis`), so the dashboard can count it for hundreds of
    handoffs and thousands of entries without re-running the checkers. `entries` is the
    handoff's log (`log_lines`) and `languages` its clients' (`client_languages`) when the
    caller has read them for many handoffs at once. An analysis made under other rules is
    recomputed; when `refreshed` is given, the fresh ones are added to it (entry id → analysis)
    for the caller to store.
    """
    handoff = store.handoff(handoff_id)
    if entries is None:
        entries = log_lines(store).get(handoff_id, [])
    if languages is None:
        languages = client_languages(store, {e.client_id for e in entries})
    covered = set(handoff.client_ids)
    packets = store.packet_versions(handoff_id)
    flagged: set[int] = set()
    for entry in entries:
        client_id = entry.client_id
        if client_id not in covered or client_id in flagged:
            continue
        if entry.outcome in ("complaint", "lost"):
            flagged.add(client_id)
            continue
        # (a client missing from the file: reading it says so, as it always did)
        lang = languages[client_id] if client_id in languages else store.client(client_id).language
        analysis = entry.analysis
        if not is_current(analysis, lang, handoff.kind):
            analysis = analyse(entry.record(), lang, handoff.kind)
            if refreshed is not None:
                refreshed[entry.id] = analysis
        if analysis["risky"]:
            flagged.add(client_id)
        elif analysis["claim"]:
            given = packet_before(packets, entry.when)
            if given is not None and evidence(given, client_id, entry.record().said).held_something:
                flagged.add(client_id)
    return flagged
