"""Marks on the printed page for text that is printed under a risk override.

When the owner keeps flagged words (an override with its justification, recorded when a draft
was printed or when the packet was finalized), the page says so beside the text: the words
kept, the day the override was recorded and its justification. A reader of the packet then
sees that the wording was flagged and who decided why, instead of taking it for approved
wording. Never imports textual.
"""

from __future__ import annotations

from typing import Any

from handoff.model import PacketVersion
from handoff.packet import flagged_texts
from handoff.store import Store
from handoff.text import clean_line


def override_marks(
    store: Store, handoff_id: int, context: dict[str, Any], version: PacketVersion | None
) -> dict[int, dict[str, list[dict[str, str]]]]:
    """Client id → "script" / "statement" → the overrides under which its text is printed,
    each {"words", "category", "date", "justification"}. Empty when nothing was overridden."""
    known = list(version.overrides) if version is not None else []
    known += list(store.handoff(handoff_id).risk_overrides)
    if not known:
        return {}
    data = {key: context[key] for key in ("handoff", "rules", "covering", "clients")}
    marks: dict[int, dict[str, list[dict[str, str]]]] = {}
    for flagged in flagged_texts(data):
        for finding in flagged.findings:
            words = clean_line(finding.words)
            for override in known:
                if (
                    override.get("client_id") == flagged.client_id
                    and override.get("which") == flagged.which
                    and override.get("words") == words
                ):
                    shown = marks.setdefault(flagged.client_id, {}).setdefault(flagged.which, [])
                    mark = {
                        "words": words,
                        "category": str(override.get("category", "")),
                        "date": str(override.get("at", ""))[:10],
                        "justification": str(override.get("justification", "")),
                    }
                    if mark not in shown:
                        shown.append(mark)
                    break
    return marks
