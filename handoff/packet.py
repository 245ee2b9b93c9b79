"""The packet: everything the covering colleague needs, and freezing it into a version.

A packet is built only from `views`, so it holds no private field. Finalizing stores its
canonical JSON with a SHA-256; later edits make a new version and old ones stay readable.

The risk check of a packet reads only what a person wrote: each client's `written` lists the
texts the owner edited (or that a user's own statement templates made). The words of the
shipped templates are fixed and vetted once, by the test suite, for every language, kind and
form; re-reading them for each of 5,000 clients was most of the time a packet took to print.
A person's text gets the whole check, the meaning check included, once per process for each
distinct text (`_check_written`), so printing again or finalizing after a print reads nothing
twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from handoff import clock
from handoff.errors import ValidationError
from handoff.i18n import titled_names
from handoff.model import ESCALATION_TOPICS, Client, Handoff, OpenItem, PacketVersion, Person
from handoff.render import overridden
from handoff.risk import Finding, check_text
from handoff.store import Store
from handoff.text import clean_line
from handoff.views import client_view, escalation_view, handoff_view, person_view


def snapshot(
    store: Store, handoff: Handoff, only_for: int | None = None, texts: bool = True
) -> dict[str, Any]:
    """The packet for `handoff` as plain data; `only_for` keeps one colleague's clients.
    `texts=False` leaves out the scripts and statements (`handoff.changes` makes them only
    where what they are made from changed). With the texts, each client's `written` names
    those a person wrote (see the module's docstring): only they are risk-checked."""
    from handoff.statements import script_text, statement_text

    shipped = not overridden("statements")  # a user's own statement templates are writing

    # Every table is read once here, not once per client: 5,000 clients made 29,000 store reads.
    people = {p.id: p for p in store.people()}
    firm = store.firm()  # signs every text; read once, not once for each of 10,000
    stored = {c.id: c for c in store.clients(include_archived=True)}
    items: dict[int, list[OpenItem]] = {}
    for item in store.items():
        items.setdefault(item.client_id, []).append(item)
    clients = []
    for client_id in handoff.client_ids:
        cover_id = handoff.covers.get(client_id)
        if only_for is not None and cover_id != only_for:
            continue
        client = stored.get(client_id) or store.client(client_id)  # NotFound names it
        view = client_view(client, items.get(client_id, []), people.get(cover_id or -1))
        # The exact words: what the owner edited, else what the templates generate.
        if texts:
            view["script"] = script_text(store, handoff, client, people=people, firm=firm)
            view["statement"] = statement_text(store, handoff, client, people=people, firm=firm)
            view["written"] = [
                which
                for which, edits in (("script", handoff.scripts), ("statement", handoff.statements))
                if not shipped or edits.get(client_id, "").strip()
            ]
        clients.append(view)
    return {
        "handoff": handoff_view(handoff, people[handoff.person_id]),
        "rules": {
            "personal_numbers_allowed": handoff.personal_numbers_allowed,
            "escalation": escalation_view(handoff, people),
        },
        "covering": [
            person_view(people[pid])
            for pid in sorted(set(handoff.covers.values()))
            if pid in people
        ],
        "clients": clients,
    }


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def verify(version: PacketVersion) -> bool:
    """True when the stored content still has the hash recorded when it was frozen."""
    return digest(version.content) == version.sha256


def missing(store: Store, handoff: Handoff, today: date | None = None) -> list[str]:
    """What stops this packet from being complete, in words (wizard step 6)."""
    today = today or clock.today()
    problems = []
    if not handoff.client_ids:
        problems.append("no clients are part of this handoff")
    if handoff.starts is None:
        what = "effective date" if handoff.kind == "termination" else "first day away"
        problems.append(f"no {what}")
    if handoff.temporary and handoff.until is None:
        problems.append("no return date")
    for client_id in handoff.client_ids:
        client = store.client(client_id)
        if client_id not in handoff.covers:
            problems.append(f"{client.name}: nobody covers this client")
        if not client.email and not client.phone:
            problems.append(f"{client.name}: no phone number or email")
        for item in store.items(client_id):
            if item.overdue(today) and not item.next_step:
                problems.append(f"{client.name}: overdue item '{item.title}' has no next step")
    return problems


def unrouted(handoff: Handoff) -> list[str]:
    """Escalation topics nobody answers yet, in words (wizard step 6). Finalizing may go on:
    the packet then names nobody for those questions."""
    return [
        f"{label}: nobody answers them"
        for topic, (label, _role) in ESCALATION_TOPICS.items()
        if topic not in handoff.escalation
    ]


@dataclass(frozen=True)
class FlaggedText:
    """A script or statement in a packet that the risk checker flagged."""

    client_id: int
    client_name: str
    which: str  # "script" | "statement"
    findings: tuple[Finding, ...]

    def describe(self) -> str:
        words = ", ".join(f'"{clean_line(f.words)}" ({f.label})' for f in self.findings)
        return f"the {self.which} for {self.client_name} says {words}"


TEXTS = ("script", "statement")


def snapshot_names(snapshot: dict[str, Any], client: dict[str, Any]) -> tuple[str, ...]:
    """The names a client's texts may contain, from a packet snapshot: the client, their
    company, who covers them, who is leaving, the covering colleagues and the escalation
    contacts. The checker does not read them as words (`risk.mask_names`).
    `text_names` gives the same from the records; the two must agree."""
    names = [client["name"], client["company"], client["cover"]["name"]]
    names += titled_names(client["name"])  # "Dear Mr Sick," names the client
    names.append(snapshot["handoff"]["person"]["name"])
    names += [p["name"] for p in snapshot["covering"]]
    names += [r["person"]["name"] for r in snapshot["rules"]["escalation"]]
    return tuple(sorted({n for n in names if n}))


def text_names(handoff: Handoff, client: Client, people: dict[int, Person]) -> tuple[str, ...]:
    """`snapshot_names` for the wizard, which checks as the owner types, from the records."""
    ids = [handoff.covers.get(client.id), handoff.person_id, *handoff.covers.values()]
    ids += list(handoff.escalation.values())
    names = [client.name, client.company, *titled_names(client.name)]
    names += [people[i].name for i in ids if i in people]
    return tuple(sorted({n for n in names if n}))


def flagged_texts(snapshot: dict[str, Any]) -> list[FlaggedText]:
    """Risk-check the scripts and statements of a packet snapshot that a person wrote.

    A text made from the shipped templates is not read again (see the module's docstring). A
    client without `written` comes from a version frozen before it was recorded: every text
    of theirs is checked."""
    kind = snapshot["handoff"]["kind"]
    flagged = []
    for client in snapshot["clients"]:
        written = client.get("written", TEXTS)
        if not written:
            continue
        names = snapshot_names(snapshot, client)
        for which in TEXTS:
            if which not in written:
                continue
            findings = _check_written(client.get(which, ""), client["language"], kind, names)
            if findings:
                flagged.append(FlaggedText(client["id"], client["name"], which, findings))
    return flagged


@lru_cache(maxsize=4096)
def _check_written(text: str, lang: str, kind: str, names: tuple[str, ...]) -> tuple[Finding, ...]:
    """The whole check of a text a person wrote, meaning check included; made once per
    distinct text in a process (an email client's script is often its statement)."""
    return tuple(check_text(text, lang, kind, names, meaning=True))


def _covers(override: dict[str, Any], flagged: FlaggedText, finding: Finding) -> bool:
    return (
        override.get("client_id") == flagged.client_id
        and override.get("which") == flagged.which
        and override.get("words") == clean_line(finding.words)
    )


def uncovered(
    snapshot: dict[str, Any],
    overrides: list[dict[str, Any]],
    flagged_already: list[FlaggedText] | None = None,
) -> list[FlaggedText]:
    """The flagged texts, keeping only findings that no recorded override allows.

    `flagged_already` is `flagged_texts(snapshot)` when the caller has it: the check is the
    dearest step of finalizing, and is made once."""
    left = []
    every = flagged_texts(snapshot) if flagged_already is None else flagged_already
    for flagged in every:
        findings = tuple(
            f for f in flagged.findings if not any(_covers(o, flagged, f) for o in overrides)
        )
        if findings:
            left.append(
                FlaggedText(flagged.client_id, flagged.client_name, flagged.which, findings)
            )
    return left


def override_entries(
    flagged: list[FlaggedText], justification: str, at: datetime | None = None
) -> list[dict[str, Any]]:
    """One override record per flagged passage, all with the same justification."""
    justification = clean_line(justification or "")
    if not justification:
        raise ValidationError(
            "an override needs a justification: say why this wording must stay", "override"
        )
    stamp = (at or clock.now()).isoformat(timespec="seconds")
    return [
        {
            "client_id": f.client_id,
            "which": f.which,
            "words": clean_line(finding.words),
            "category": finding.category,
            "justification": justification,
            "at": stamp,
        }
        for f in flagged
        for finding in f.findings
    ]


def record_override(
    store: Store, handoff_id: int, flagged: list[FlaggedText], justification: str
) -> list[dict[str, Any]]:
    """Record that flagged text is printed anyway (a draft), with the owner's justification."""
    entries = override_entries(flagged, justification)
    with store.batch():
        handoff = store.handoff(handoff_id)
        handoff.risk_overrides.extend(entries)
        store.save_handoff(handoff)
    return entries


class RiskFlagged(ValidationError):
    """Finalizing refused: a script or statement is flagged and no override was given."""

    def __init__(self, flagged: list[FlaggedText]) -> None:
        self.flagged = flagged
        super().__init__(
            "the packet holds risky words: "
            + "; ".join(f.describe() for f in flagged)
            + ". Edit the text, or finalize with an override and its justification",
            "override",
        )


def freeze(
    store: Store,
    handoff_id: int,
    when: datetime | None = None,
    overrides: list[dict[str, Any]] | None = None,
    allow_missing: bool = False,
    override: str | None = None,
) -> PacketVersion:
    """Finalize: freeze the packet as a new numbered version with its SHA-256.

    A flagged script or statement needs an override: either recorded earlier (when a draft was
    printed) or `override`, the justification given now; the version records every override
    that applies to it. Without one, raises `RiskFlagged` naming the client and the words.
    """
    handoff = store.handoff(handoff_id)
    problems = missing(store, handoff)
    if problems and not allow_missing:
        raise ValidationError("the packet is not complete: " + "; ".join(problems))
    data = snapshot(store, handoff)
    recorded = list(overrides or [])
    flagged = flagged_texts(data)
    known = [*handoff.risk_overrides, *recorded]
    pending = uncovered(data, known, flagged)
    if pending:
        if not (override or "").strip():
            raise RiskFlagged(pending)
        recorded += override_entries(pending, override or "", when)
    applying = [
        o
        for o in handoff.risk_overrides
        if any(_covers(o, f, finding) for f in flagged for finding in f.findings)
    ]
    content = canonical(data)
    version = PacketVersion(
        handoff_id=handoff.id,
        number=0,
        created=when or clock.now(),
        sha256=digest(content),
        content=content,
        revision=handoff.revision,
        overrides=[*applying, *recorded],
    )
    return store.add_packet_version(version)
