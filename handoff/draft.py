"""A handoff being drafted: how it starts, how each part the owner enters goes into it, and when
it may be saved.

The wizard (one part per step) and the command line (`handoff new`, `handoff edit`) use these
rules, so a draft made either way is the same. A saved handoff has a revision that every save
raises; a save made from a copy read before someone else saved it is refused (`Conflict`) when
the other save changed what the draft edits, so no one's change is lost without being asked.
Never imports textual.
"""

from __future__ import annotations

import copy as _copy
import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, Literal

from handoff import clock, lifecycle
from handoff.errors import Conflict
from handoff.model import Client, Handoff
from handoff.store import Store

# Fields a draft never edits: they change elsewhere (an override recorded when a draft was
# printed, coverage ended in the review) and are always kept as stored.
NOT_EDITED = ("risk_overrides", "ended", "created", "cancelled", "justifications")
EDITED = tuple(
    f.name for f in dataclasses.fields(Handoff) if f.name not in (*NOT_EDITED, "id", "revision")
)
# How a stale draft is saved after a `Conflict`: "check" refuses it; "mine" puts the fields the
# draft changed on top of the handoff as stored now; "overwrite" saves every edited field.
SaveHow = Literal["check", "mine", "overwrite"]


def copy(draft: Handoff) -> Handoff:
    """A copy to hand to a worker: the owner may go on editing the original meanwhile."""
    return _copy.deepcopy(draft)


def edited(draft: Handoff) -> dict[str, Any]:
    """The fields a draft edits, as saved (to tell whether anything changed since a save)."""
    doc = draft.to_doc()
    return {name: doc.get(name) for name in EDITED}


def their_clients(clients: Iterable[Client], person_id: int) -> list[int]:
    """The clients the leaving person looks after (archived ones are not handed over)."""
    return [c.id for c in clients if c.manager_id == person_id and not c.archived]


def start(
    person_id: int,
    kind: str,
    starts: date | None,
    until: date | None,
    reason: str,
    client_ids: list[int],
    routes: Mapping[str, int],
    covers: Mapping[int, int] | None = None,
) -> Handoff:
    """A new draft: the escalation routes are the firm's defaults, never the person leaving."""
    draft = Handoff(
        person_id=person_id,
        kind=kind,
        starts=starts,
        until=until,
        private_reason=reason,
        client_ids=list(client_ids),
        covers=dict(covers or {}),
        escalation={t: p for t, p in routes.items() if p != person_id},
        created=clock.now(),
    )
    draft.validate()
    return draft


def set_who(
    draft: Handoff,
    person_id: int,
    kind: str,
    starts: date | None,
    until: date | None,
    reason: str,
) -> Handoff:
    """Step 1's part: who leaves, the kind, the dates, the private reason (a checked copy)."""
    changed = dataclasses.replace(draft)
    if changed.person_id != person_id:
        # A different person leaves: they cannot cover themselves.
        changed.covers = {c: p for c, p in draft.covers.items() if p != person_id}
    changed.person_id = person_id
    changed.kind = kind
    changed.starts = starts
    changed.until = until
    changed.private_reason = reason
    changed.validate()
    return changed


def choose_clients(draft: Handoff, order: Iterable[int], chosen: set[int]) -> None:
    """Step 2's part: the chosen clients in `order`; a client dropped loses its cover and its
    texts."""
    draft.client_ids = [c for c in order if c in chosen]
    for mapping in (draft.covers, draft.scripts, draft.statements):
        for client_id in [c for c in mapping if c not in chosen]:
            del mapping[client_id]


def add_routes(draft: Handoff, routes: Mapping[str, int]) -> None:
    """People added since the draft was made (HR, legal counsel) answer their topic."""
    for topic, person_id in routes.items():
        if topic not in draft.escalation and person_id != draft.person_id:
            draft.escalation[topic] = person_id


def set_text(draft: Handoff, which: str, client_id: int, text: str, generated: str) -> None:
    """Step 5's part: a script or statement the owner edited is kept; one left as generated
    follows the template."""
    mapping = draft.scripts if which == "script" else draft.statements
    if text == generated:
        mapping.pop(client_id, None)
    else:
        mapping[client_id] = text


def check_fresh(stored: Handoff, base: Handoff) -> None:
    """Refuse (`Conflict`) when the handoff was saved since `base` was read and that save
    changed a field a draft edits. The message names the handoff by its id only."""
    if stored.revision != base.revision and edited(stored) != edited(base):
        raise Conflict(
            f"handoff {stored.id} was changed elsewhere since it was read "
            f"(revision {stored.revision}, not {base.revision}); nothing was saved",
            stored,
        )


def add(store: Store, draft: Handoff, overlap_reason: str = "") -> Handoff:
    """Save a new draft: the helpers must be at the firm; an overlap needs a reason."""
    with store.batch():
        if not draft.created:
            draft.created = clock.now()
        lifecycle.check_helpers(store, draft)
        lifecycle.check_overlap(store, draft, overlap_reason)
        store.add_handoff(draft)
    return draft


def save(store: Store, draft: Handoff, base: Handoff, how: SaveHow = "check") -> Handoff:
    """Save a draft over its stored handoff; `base` is the handoff as the draft last read or
    saved it. Returns the handoff as saved (its new revision)."""
    with store.batch():
        stored = store.handoff(draft.id)
        if how == "check":
            check_fresh(stored, base)
        # Unless overwriting, only what the draft changed goes on top of the handoff as stored:
        # a field changed elsewhere that the draft did not touch stays as it is now.
        if how == "overwrite":
            names: Iterable[str] = EDITED
        else:
            names = [n for n in EDITED if getattr(base, n) != getattr(draft, n)]
        saved = dataclasses.replace(stored)
        for name in names:
            setattr(saved, name, _copy.deepcopy(getattr(draft, name)))
        lifecycle.check_helpers(store, saved, stored)
        store.save_handoff(saved)
    return saved


def save_edit(store: Store, handoff: Handoff, overlap_reason: str = "") -> None:
    """`handoff edit`: the handoff as read, with the command's changes. Refused (`Conflict`)
    when it was saved elsewhere since it was read (the wizard, say), else checked by every
    rule of an edit (`lifecycle.save_edit`) and saved."""
    with store.batch():
        check_fresh(store.handoff(handoff.id), handoff)
        lifecycle.save_edit(store, handoff, overlap_reason)
