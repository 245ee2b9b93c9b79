"""Neutral statements and contact scripts, rendered from templates in the client's language.

The *statement* is the firm's written notice to the client (an away notice for vacation and
leave, a departure notice for a termination), signed by the firm. The *script* is what the
covering colleague says or writes first, in their own name: a call script for clients who
prefer phone, text messages or meeting in person, an email otherwise. So an email client's
packet holds two different texts (the firm's notice and the colleague's own email), and a phone
client gets a call script rather than a letter read out.

Templates: `templates/statements/<lang>/<kind>.<form>.txt.j2`, where form is `notice` (the
statement), `email` or `phone` (the script). They see only `views.statement_view` (names, dates,
the firm, contact details), so no private reason or note can reach them; the tense follows the
dates and the day of writing. A text the owner edited is kept in `handoff.statements` /
`handoff.scripts`. Never imports textual.
"""

from __future__ import annotations

import re

from handoff.errors import ValidationError
from handoff.firm import Firm
from handoff.model import Client, Handoff, Person
from handoff.render import render
from handoff.risk import check_language
from handoff.store import Store
from handoff.views import statement_view

_YEAR_DOT = re.compile(r"\br\.\.")
CHANNELS = ("email", "phone")  # how a script reaches the client
FORMS = ("notice", "email", "phone")  # the statement, and the script on each channel


def channel_for(client: Client) -> str:
    """The script's channel: phone for phone, SMS and in-person clients, email otherwise."""
    return "email" if client.preferred_channel == "email" else "phone"


def template_name(lang: str, kind: str, form: str) -> str:
    return f"statements/{lang}/{kind}.{form}.txt.j2"


def _client(store: Store, client: Client | int) -> Client:
    return client if isinstance(client, Client) else store.client(int(client))


def generate(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None,
    form: str,
    people: dict[int, Person] | None = None,
    firm: Firm | None = None,
) -> str:
    """Render the template for this handoff's kind, `form` and language.

    `people` (id → person) and `firm`, when the caller has read them already, save three
    store reads per text: a packet of 5,000 clients makes 10,000 texts.
    """
    client = _client(store, client)
    lang = check_language(lang or client.language)
    if form not in FORMS:
        raise ValidationError(f"unknown form {form!r}: use {', '.join(FORMS)}")
    known = people or {}
    leaving = known.get(handoff.person_id) or store.person(handoff.person_id)
    cover_id = handoff.covers.get(client.id)
    cover = (known.get(cover_id) or store.person(cover_id)) if cover_id is not None else None
    view = statement_view(
        handoff, client, leaving, cover, lang, firm if firm is not None else store.firm()
    )
    text = render(template_name(lang, handoff.kind, form), "txt", **view)
    return _tidy(text)


def _tidy(text: str) -> str:
    """At most one empty line between paragraphs, no trailing spaces, one final newline."""
    lines = [line.rstrip() for line in text.strip().split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    # Polish "2026 r." at the end of a sentence takes no second full stop
    return _YEAR_DOT.sub("r.", "\n".join(out)) + "\n"


def generate_statement(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    channel: str = "email",
    people: dict[int, Person] | None = None,
    firm: Firm | None = None,
) -> str:
    """The firm's written notice; with `channel="phone"`, the call script read to the client."""
    if channel not in CHANNELS:
        raise ValidationError(f"unknown channel {channel!r}: use {' or '.join(CHANNELS)}")
    return generate(
        store, handoff, client, lang, "notice" if channel == "email" else "phone", people, firm
    )


def generate_script(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    people: dict[int, Person] | None = None,
    firm: Firm | None = None,
) -> str:
    """What the covering colleague says or writes first, on the channel the client prefers."""
    client = _client(store, client)
    return generate(store, handoff, client, lang, channel_for(client), people, firm)


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
    firm: Firm | None = None,
) -> str:
    """The statement the owner edited, else the generated one."""
    client = _client(store, client)
    return _edited(handoff.statements, client, lang) or generate_statement(
        store, handoff, client, lang, people=people, firm=firm
    )


def script_text(
    store: Store,
    handoff: Handoff,
    client: Client | int,
    lang: str | None = None,
    people: dict[int, Person] | None = None,
    firm: Firm | None = None,
) -> str:
    """The contact script the owner edited, else the generated one."""
    client = _client(store, client)
    return _edited(handoff.scripts, client, lang) or generate_script(
        store, handoff, client, lang, people, firm
    )
