"""The statement generator and risk checker (`handoff.statements`, `handoff.risk`, the packet's
risk helpers) as the wizard uses them, in one place."""

from __future__ import annotations

from typing import Any

from handoff import packet, statements
from handoff.model import Client, Handoff, Person
from handoff.risk import Finding
from handoff.store import Store


def script_text(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.script_text(store, handoff, client)


def statement_text(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.statement_text(store, handoff, client)


def generated_script(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.generate_script(store, handoff, client)


def generated_statement(store: Store, handoff: Handoff, client: Client) -> str:
    return statements.generate_statement(store, handoff, client)


def check(text: str, lang: str, kind: str | None, names: tuple[str, ...] = ()) -> list[Finding]:
    """The same check finalizing applies (the client's language, and English; the names of
    `packet.text_names` are not read as words)."""
    return packet.check_text(text, lang, kind, names) if text else []


def text_names(handoff: Handoff, client: Client, people: list[Person]) -> tuple[str, ...]:
    return packet.text_names(handoff, client, {p.id: p for p in people})


def flagged(store: Store, handoff: Handoff) -> list[Any]:
    """Flagged scripts or statements no recorded override covers yet (finalize needs one)."""
    return list(packet.uncovered(packet.snapshot(store, handoff), list(handoff.risk_overrides)))


def freeze(store: Store, handoff_id: int, justification: str | None) -> Any:
    """Finalize; with a justification when flagged text is kept on purpose."""
    return packet.freeze(store, handoff_id, override=justification or None)
