"""Pieces of a contact-log entry form that the owner's contact log and a covering colleague's
screen share: the channel and outcome pickers, and the warnings shown as the entry is typed."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Select, Static

from handoff.model import CHANNELS, OUTCOMES
from handoff.risk import Finding

SHOWN = 3  # findings listed under the entry; the rest are counted


def channel_select() -> Select[str]:
    return Select(
        [(Content(c), c) for c in CHANNELS],
        prompt="Channel",
        id="channel",
        compact=True,
        allow_blank=False,
    )


def outcome_select() -> Select[str]:
    return Select(
        [(Content(o), o) for o in OUTCOMES],
        prompt="Outcome",
        id="outcome",
        compact=True,
        allow_blank=False,
    )


def show_warnings(box: Static, findings: Sequence[Finding], claim_note: str) -> None:
    """Risky words (with what to say instead) and a "no information" claim, in `box`, which is
    marked `flagged` while there is anything to say."""
    parts: list[Content | tuple[str, str] | str] = []
    for f in findings[:SHOWN]:
        parts.append((f"⚠ {f.category}: “{f.words}”", "bold red"))
        parts.append(f" say instead: “{f.alternative}”  ")
    if len(findings) > SHOWN:
        parts.append(f"(+{len(findings) - SHOWN} more) ")
    if claim_note:
        parts.append(("⚠ ", "bold red"))
        parts.append(claim_note)
    box.update(Content.assemble(*parts) if parts else Content(""))
    box.set_class(bool(parts), "flagged")
