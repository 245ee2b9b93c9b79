"""The risk checker and statement generator as the wizard uses them.

They come from the risk feature (`handoff.risk`, `handoff.statements`); until that is installed
the wizard still works: scripts and statements start empty and nothing is flagged.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import Any

from handoff.model import Client, Handoff
from handoff.store import Store

try:  # pragma: no cover - depends on which features are merged
    from handoff import risk as _risk
    from handoff import statements as _statements
except ImportError:  # pragma: no cover
    _risk = None
    _statements = None


@dataclass(frozen=True)
class Flag:
    """One flagged span of a text, in the shape the wizard shows it."""

    start: int
    end: int
    words: str
    category: str
    why: str
    alternative: str


def available() -> bool:
    return _risk is not None and _statements is not None


def script_text(store: Store, handoff: Handoff, client: Client) -> str:
    if client.id in handoff.scripts:
        return handoff.scripts[client.id]
    if _statements is None:
        return ""
    return _statements.script_text(store, handoff, client)


def statement_text(store: Store, handoff: Handoff, client: Client) -> str:
    if client.id in handoff.statements:
        return handoff.statements[client.id]
    if _statements is None:
        return ""
    return _statements.statement_text(store, handoff, client)


def generated_script(store: Store, handoff: Handoff, client: Client) -> str:
    if _statements is None:
        return ""
    return _statements.generate_script(store, handoff, client)


def generated_statement(store: Store, handoff: Handoff, client: Client) -> str:
    if _statements is None:
        return ""
    return _statements.generate_statement(store, handoff, client)


def check(text: str, lang: str, kind: str | None) -> list[Flag]:
    if _risk is None or not text:
        return []
    return [
        Flag(f.start, f.end, f.words, f.category, f.why, f.alternative)
        for f in _risk.check(text, lang, kind)
    ]


def flagged(store: Store, handoff: Handoff) -> list[Any]:
    """Every flagged script or statement of the packet as it would be frozen."""
    from handoff import packet

    if not hasattr(packet, "flagged_texts"):
        return []
    return list(packet.flagged_texts(packet.snapshot(store, handoff)))


def freeze(store: Store, handoff_id: int, justification: str | None) -> Any:
    """Finalize; with a justification when flagged text is kept on purpose."""
    from handoff import packet

    if justification and "override" in inspect.signature(packet.freeze).parameters:
        return packet.freeze(store, handoff_id, override=justification)
    return packet.freeze(store, handoff_id)
