"""Neutral statements and contact scripts, rendered from templates in the client's language.

The *statement* is the client-facing notice (an away notice for vacation and leave, a departure
notice for a termination). The *script* is what the covering colleague says on the first
contact: the phone script for clients who prefer phone, text messages or meeting in person, the
email otherwise. Both come from `templates/statements/<lang>/<kind>.<channel>.txt.j2` and see
only `views.statement_view` (names, dates, contact details), so no private reason or note can
reach them. A text the owner edited is kept in `handoff.statements` / `handoff.scripts`.
Never imports textual.
"""

from __future__ import annotations

from handoff.errors import ValidationError
from handoff.model import Client, Handoff, Person
from handoff.render import render
from handoff.risk import check_language
from handoff.store import Store
from handoff.views import statement_view

CHANNELS = ("email", "phone")


def channel_for(client: Client) -> str:
    """The script's channel: phone for phone, SMS and in-person clients, email otherwise."""
    return "email" if client.preferred_channel == "email" else "phone"


def template_name(lang: str, kind: str, channel: str) -> str:
    return f"statements/{lang}/{kind}.{channel}.txt.j2"


def _client(store: Store, client: Client | int) -> Client:
    return client if isinstance(client, Client) else store.client(int(client))


def generate(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None,
    channel: str,
    people: dict[int, Person] | None = None,
) -> str:
    """Render the template for this handoff's kind, `channel` and language.

    `people` (id → person), when the caller has read them already, saves two store reads per
    text: a packet of 5,000 clients makes 10,000 texts.
    """
    client = _client(store, client)
    lang = check_language(lang or client.language)
    if channel not in CHANNELS:
        raise ValidationError(f"unknown channel {channel!r}: use {' or '.join(CHANNELS)}")
    known = people or {}
    leaving = known.get(handoff.person_id) or store.person(handoff.person_id)
    cover_id = handoff.covers.get(client.id)
    cover = (known.get(cover_id) or store.person(cover_id)) if cover_id is not None else None
    view = statement_view(handoff, client, leaving, cover, lang)
    text = render(template_name(lang, handoff.kind, channel), "txt", **view)
    return text.strip() + "\n"


def generate_statement(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    channel: str = "email",
    people: dict[int, Person] | None = None,
) -> str:
    """The client-facing notice as the template writes it (email unless `channel` says phone)."""
    return generate(store, handoff, client, lang, channel, people)


def generate_script(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    people: dict[int, Person] | None = None,
) -> str:
    """What the covering colleague says first, on the channel the client prefers."""
    client = _client(store, client)
    return generate(store, handoff, client, lang, channel_for(client), people)


def _edited(texts: dict[int, str], client: Client, lang: str | None) -> str | None:
    text = texts.get(client.id, "")
    if text.strip() and (lang is None or lang == client.language):
        return text
    return None


def statement_text(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    people: dict[int, Person] | None = None,
) -> str:
    """The statement the owner edited, else the generated one."""
    client = _client(store, client)
    return _edited(handoff.statements, client, lang) or generate_statement(
        store, handoff, client, lang, people=people
    )


def script_text(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    people: dict[int, Person] | None = None,
) -> str:
    """The contact script the owner edited, else the generated one."""
    client = _client(store, client)
    return _edited(handoff.scripts, client, lang) or generate_script(
        store, handoff, client, lang, people
    )
