"""Read-only summaries shared by the command line and the TUI."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from handoff import clock
from handoff.errors import HandoffError
from handoff.lifecycle import handoff_name as handoff_name  # used by both faces
from handoff.model import Client, Handoff, Person
from handoff.resolve import resolve
from handoff.store import Store
from handoff.text import clean_line


@dataclass(frozen=True)
class HandoffSummary:
    id: int
    name: str
    person: str
    kind: str
    starts: date | None
    until: date | None
    status: str
    packet_version: int | None
    clients: int
    covered: int
    contacted: int
    flagged: int
    changes: tuple[str, ...] = ()  # what the packet would say differently from its last version

    @property
    def status_label(self) -> str:
        """'draft', 'active v1', 'active v1, changed since v1': a version is never shown as
        current when the packet would say something else now."""
        if self.packet_version is None:
            return self.status
        label = f"{self.status} v{self.packet_version}"
        return f"{label}, changed since v{self.packet_version}" if self.changes else label

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "person": self.person,
            "kind": self.kind,
            "from": self.starts.isoformat() if self.starts else None,
            "until": self.until.isoformat() if self.until else None,
            "status": self.status,
            "packet_version": self.packet_version,
            "clients": self.clients,
            "covered": self.covered,
            "contacted": self.contacted,
            "flagged": self.flagged,
            "changed_since_packet": list(self.changes),
        }


def handoff_summaries(store: Store, today: date | None = None) -> list[HandoffSummary]:
    from handoff.review import client_languages, flagged_clients, log_lines

    today = today or clock.today()
    people = {p.id: p for p in store.people()}
    summaries = []
    refreshed: dict[int, dict[str, Any]] = {}  # log analyses made again under new rules
    # The contact log and its clients' languages, each read in one pass for every handoff
    # (checked, not built into records: see `review.log_lines`).
    log = log_lines(store)
    languages = client_languages(store, {e.client_id for lines in log.values() for e in lines})
    for h in sorted(store.handoffs(), key=lambda h: (h.starts or date.max, h.id)):
        latest = store.latest_packet(h.id)
        entries = log.get(h.id, [])
        # Clients with risky words, a claim contradicting the packet, a complaint or a loss.
        flagged = (
            len(flagged_clients(store, h.id, today, entries, refreshed, languages))
            if entries
            else 0
        )
        changed: tuple[str, ...] = ()
        if latest is not None and h.ended is None and h.cancelled is None:
            from handoff.changes import changes_since

            changed = tuple(changes_since(store, h, latest))
        summaries.append(
            HandoffSummary(
                id=h.id,
                name=handoff_name(h, people),
                person=people[h.person_id].name if h.person_id in people else "?",
                kind=h.kind,
                starts=h.starts,
                until=h.until,
                status=h.status(today, latest is not None),
                packet_version=latest.number if latest else None,
                clients=len(h.client_ids),
                covered=sum(1 for c in h.client_ids if c in h.covers),
                contacted=len({e.client_id for e in entries}),
                flagged=flagged,
                changes=changed,
            )
        )
    if refreshed:
        _keep_analyses(store, refreshed)
    return summaries


def _keep_analyses(store: Store, refreshed: dict[int, dict[str, Any]]) -> None:
    """Save the analyses that were made again (the rules changed since they were stored), so
    the next listing reads them instead of running the checkers again. Only a saving: when
    the database cannot be written (read-only, locked folder), the listing is still right."""
    with contextlib.suppress(HandoffError, OSError):
        store.save_log_analyses(refreshed)


class ClientLine(NamedTuple):
    """What a listing of clients shows of one client: the same values `store.clients()`
    gives (one-line fields cleaned, language and channel in lower case)."""

    id: int
    name: str
    company: str
    email: str
    phone: str
    preferred_channel: str
    language: str
    key_account: bool
    manager_id: int | None
    archived: bool
    revision: int


def client_lines(
    store: Store, include_archived: bool = False, ids: Iterable[int] | None = None
) -> Iterator[ClientLine]:
    """Every client in id order (or those of `ids` that exist), one at a time, for `handoff
    list clients`.

    Each stored client is checked as any read checks it, but no `Client` is built or kept:
    building 100,000 of them (cleaning all nineteen fields, then copying) was most of the
    listing's time. Only the shown fields are cleaned, the way `Client` cleans them: all six
    at once when they hold nothing to clean (the usual case), else one by one."""
    for id, c in store.checked_records("clients", ids=ids):
        if c.archived and not include_archived:
            continue
        shown = (c.name, c.company, c.email, c.phone, c.preferred_channel, c.language)
        joined = "".join(shown)
        if clean_line(joined) == joined:  # no control, tab or line break in any of them
            name, company, email, phone, channel, language = map(str.strip, shown)
        else:
            name, company, email, phone, channel, language = map(clean_line, shown)
        yield ClientLine(
            id=id,
            name=name,
            company=company,
            email=email,
            phone=phone,
            preferred_channel=channel.lower(),
            language=language.lower(),
            key_account=c.key_account,
            manager_id=c.manager_id,
            archived=c.archived,
            revision=c.revision,
        )


def find_person(store: Store, ref: str) -> Person:
    return resolve(store.people(), ref, "person", lambda p: p.name, "people")


def find_client(store: Store, ref: str) -> Client:
    return resolve(store.clients(include_archived=True), ref, "client", lambda c: c.name)


def find_handoff(store: Store, ref: str) -> Handoff:
    people = {p.id: p for p in store.people()}
    return resolve(store.handoffs(), ref, "handoff", lambda h: handoff_name(h, people))
