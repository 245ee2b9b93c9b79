"""One door to everything that reaches clients outside print (the app's print dialog uses it):
email drafts, the away person's auto-reply, a calendar. The three writers build on
`handoff.reach`; this module sits above them, so none of them imports it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from handoff.errors import ValidationError
from handoff.reach import WHATS

if TYPE_CHECKING:
    from handoff.store import Store


def write(
    store: Store,
    handoff_id: int,
    what: str,
    output: Path | str,
    for_person: int | None = None,
    override_risk: str | None = None,
) -> Path:
    """Write drafts, an auto-reply or a calendar (`what`, a key of WHATS); the path written."""
    if what == "drafts":
        from handoff.drafts import write_drafts

        return write_drafts(store, handoff_id, output, for_person, override_risk).folder
    if what in ("autoreply-txt", "autoreply-sieve"):
        from handoff.autoreply import write_autoreply

        if for_person is not None:
            raise ValidationError(
                "the auto-reply is for the away person's mailbox: it covers every client "
                "(choose everyone)",
                "for",
            )
        return write_autoreply(store, handoff_id, what.split("-")[1], output, override_risk)
    if what == "calendar":
        from handoff.calendar_export import write_calendar

        return write_calendar(store, handoff_id, output, for_person, override_risk).path
    raise ValidationError(f"what: {what!r} is not one of {', '.join(WHATS)}", "what")
