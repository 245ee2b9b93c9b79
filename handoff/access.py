"""Who may come in through `handoff serve`: a link per colleague, a passphrase for the owner.

A colleague's link carries a random secret that is shown once, when the owner grants access,
and is kept only as an Argon2 hash (argon2-cffi: the memory-hard hash the password-hashing
competition chose, with wheels for every platform, so a stolen database does not give the links
away). Granting again replaces the person's earlier link; revoking ends it, and a server that is
running notices at the next request. The owner signs in with a passphrase, hashed the same way.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from handoff import clock
from handoff.errors import HandoffError, ValidationError
from handoff.model import Access, Person
from handoff.store import Store
from handoff.viewer import OWNER, Viewer

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSPHRASE = 12  # characters


class AccessUnavailable(HandoffError):
    """argon2-cffi is not installed."""


def _hasher() -> PasswordHasher:
    try:
        from argon2 import PasswordHasher
    except ImportError:  # pragma: no cover - the serve extra is part of every install here
        raise AccessUnavailable(
            "access needs argon2-cffi: install handoff with its 'serve' extra"
        ) from None
    return PasswordHasher()


def _verify(secret_hash: str, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(secret_hash, secret))
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Grant:
    """A new link: `token` goes in the URL and is shown once."""

    person: Person
    token: str

    def link(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/a/{self.token}"


def _active(store: Store) -> list[Access]:
    """Accesses not revoked, whose colleague is still at the firm (who has left is out)."""
    from handoff.lifecycle import LEFT, statuses

    current = statuses(store)
    return [
        a
        for a in store.accesses()
        if a.revoked is None and (a.person_id is None or current[a.person_id].status != LEFT)
    ]


def grant(store: Store, person: Person, when: datetime | None = None) -> Grant:
    """Give `person` a new link (an earlier one of theirs stops working)."""
    from handoff.lifecycle import LEFT, statuses

    if statuses(store)[person.id].status == LEFT:
        raise ValidationError(f"{person.name} has left the firm: no access", "person")
    if person.role == "owner":
        raise ValidationError(
            f"{person.name} is the owner: the owner signs in with the passphrase "
            "(handoff access owner)",
            "person",
        )
    secret = secrets.token_urlsafe(24)
    now = when or clock.now()
    with store.batch():
        for access in _active(store):
            if access.person_id == person.id:
                access.revoked = now
                store.update_access(access)
        access = store.add_access(
            Access(
                kind="colleague",
                secret_hash=_hasher().hash(secret),
                created=now,
                person_id=person.id,
            )
        )
    return Grant(person, f"{access.id}.{secret}")


def revoke(store: Store, person: Person, when: datetime | None = None) -> int:
    """End every link of `person`; returns how many were active."""
    ended = 0
    with store.batch():
        for access in _active(store):
            if access.person_id == person.id:
                access.revoked = when or clock.now()
                store.update_access(access)
                ended += 1
    return ended


def set_owner_passphrase(store: Store, passphrase: str, when: datetime | None = None) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            f"the passphrase needs at least {MIN_PASSPHRASE} characters", "passphrase"
        )
    now = when or clock.now()
    with store.batch():
        for access in _active(store):
            if access.kind == "owner":
                access.revoked = now
                store.update_access(access)
        store.add_access(Access(kind="owner", secret_hash=_hasher().hash(passphrase), created=now))


@dataclass(frozen=True)
class AccessRow:
    person: str
    since: str
    state: str


def listing(store: Store) -> list[AccessRow]:
    """Who has (or had) access, newest first; never a secret or a hash."""
    people = {p.id: p.name for p in store.people()}
    rows = []
    for access in sorted(store.accesses(), key=lambda a: a.id, reverse=True):
        who = "the owner" if access.kind == "owner" else people.get(access.person_id or 0, "?")
        state = "active" if access.revoked is None else f"revoked {access.revoked:%Y-%m-%d %H:%M}"
        rows.append(AccessRow(who, f"{access.created:%Y-%m-%d %H:%M}", state))
    return rows


def viewer_for_token(store: Store, token: str) -> tuple[Viewer, int] | None:
    """The colleague (and the access id) a link's token belongs to, if it is still valid."""
    number, _, secret = token.partition(".")
    if not number.isdigit() or not secret or len(token) > 200:
        return None
    for access in _active(store):
        if access.id == int(number) and access.kind == "colleague":
            if _verify(access.secret_hash, secret):
                return Viewer(access.person_id), access.id
            return None
    return None


def owner_for_passphrase(store: Store, passphrase: str) -> tuple[Viewer, int] | None:
    for access in _active(store):
        if access.kind == "owner" and _verify(access.secret_hash, passphrase[:1000]):
            return OWNER, access.id
    return None


def still_valid(store: Store, access_id: int) -> bool:
    """A session lives only as long as the access it came through."""
    return any(a.id == access_id for a in _active(store))


def has_owner_passphrase(store: Store) -> bool:
    return any(a.kind == "owner" for a in _active(store))
