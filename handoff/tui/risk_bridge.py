"""The statement generator and risk checker (`handoff.statements`, `handoff.risk`, the packet's
risk helpers) as the wizard uses them, in one place.

The wizard checks in a thread worker (one exclusive group per text, so a newer keystroke's check
replaces an older one): the word rules on every change, and the meaning check only on text the
owner edited — text generated from the shipped templates is checked by the rules alone."""

from __future__ import annotations

from typing import Any

from handoff import packet, statements
from handoff.model import Client, Handoff, Person
from handoff.risk import Finding, check_text, meaning_status
from handoff.store import Store


def script_text(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.script_text(store, handoff, client)


def statement_text(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.statement_text(store, handoff, client)


def generated_script(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.generate_script(store, handoff, client)


def generated_statement(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.generate_statement(store, handoff, client)


def check(
    text: str,
    lang: str,
    kind: str | None,
    names: tuple[str, ...] = (),
    meaning: bool = False,
) -> list[Finding]:
    """The check finalizing applies (the client's language, and English; the names of
    `packet.text_names` are not read as words); with `meaning`, for text the owner edited,
    the meaning check too. Call it from a worker, never on the typing path: the meaning check
    reads whole sentences (cached by text, so an unchanged sentence costs nothing)."""
    if not text:
        return []
    return check_text(text, lang, kind, names, meaning=meaning)


def meaning_note() -> str | None:
    """One line for the screen when the meaning check is off (never silently), else None."""
    off = meaning_status()
    return f"Note: {off}." if off else None


def text_names(handoff: Handoff, client: Client, people: list[Person]) -> tuple[str, ...]:
    return packet.text_names(handoff, client, {p.id: p for p in people})


def flagged(store: Store, handoff: Handoff) -> list[Any]:
    """Flagged scripts or statements no recorded override covers yet (finalize needs one)."""
    return list(packet.uncovered(packet.snapshot(store, handoff), list(handoff.risk_overrides)))


def freeze(store: Store, handoff_id: int, justification: str | None) -> Any:
    """Finalize; with a justification when flagged text is kept on purpose."""
    return packet.freeze(store, handoff_id, override=justification or None)
