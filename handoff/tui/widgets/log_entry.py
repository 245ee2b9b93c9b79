"""Pieces of a contact-log entry form that the owner's contact log and a covering colleague's
screen share: the channel and outcome pickers, and the warnings shown as the entry is typed."""

from __future__ import annotations

from collections.abc import Sequence

from textual.containers import VerticalScroll
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


def show_warnings(
    box: Static, findings: Sequence[Finding], claim_note: str, *, every: bool = False
) -> None:
    """Risky words (with what to say instead) and a "no information" claim, in `box`, which is
    marked `flagged` while there is anything to say.

    `every`: each finding on a line of its own, all of them (for a box that scrolls,
    `WarningsBox`); else the first three run on, and the rest are counted."""
    parts: list[Content | tuple[str, str] | str] = []
    end = "\n" if every else "  "
    for f in findings if every else findings[:SHOWN]:
        parts.append((f"⚠ {f.category}: “{f.words}”", "bold red"))
        parts.append(f" say instead: “{f.alternative}”{end}")
    if len(findings) > SHOWN and not every:
        parts.append(f"(+{len(findings) - SHOWN} more) ")
    if claim_note:
        parts.append(("⚠ ", "bold red"))
        parts.append(claim_note)
    text = Content.assemble(*parts).rstrip() if parts else Content("")
    box.update(text)
    box.set_class(bool(parts), "flagged")


class WarningsBox(VerticalScroll):
    """The warnings under an entry, a few lines high: when they are longer, the box takes the
    focus (Tab) and ↓/↑ scroll it, so every "say instead" can be read; else Tab passes it by."""

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0
