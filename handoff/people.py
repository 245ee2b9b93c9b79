"""People at the firm: add one, or correct one (a new phone number, a changed role).

The same rules for the command line and the app. A name must be unique (ignoring case and
spacing), because commands and the wizard find people by name. People are never deleted:
handoffs, packets and the contact log keep pointing at them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from handoff.errors import ValidationError
from handoff.model import Person
from handoff.store import SaveHow, Store

FIELDS = ("name", "role", "email", "phone")


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_unique(others: Iterable[Person], person: Person) -> None:
    """Refuse `person`'s name when someone else among `others` has it already."""
    for other in others:
        if other.id != person.id and _same_name(other.name, person.name):
            raise ValidationError(
                f"name: {other.name!r} is already someone at the firm (id {other.id})", "name"
            )


def add_person(
    store: Store, name: str, role: str = "colleague", email: str = "", phone: str = ""
) -> Person:
    """Check and save a new person; returns it with its id."""
    person = Person(name=name, role=role, email=email, phone=phone)
    person.validate()
    with store.batch():  # the uniqueness check and the insert, one locked write
        check_unique(store.people(), person)
        return store.add_person(person)


def edit_person(store: Store, person_id: int, **changes: Any) -> tuple[Person, list[str]]:
    """Change some of `name`, `role`, `email`, `phone` (None leaves one as it is).

    Returns the saved person and what changed, as "field: old → new" lines.
    """
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(f"cannot change {', '.join(sorted(unknown))} of a person")
    with store.batch():
        before = store.person(person_id)
        values = {f: getattr(before, f) for f in FIELDS}
        values.update({f: v for f, v in changes.items() if v is not None})
        # cleaned like every new record; the revision it was read at (the store checks it)
        person = Person(**values, revision=before.revision, id=person_id)
        person.validate()
        check_unique(store.people(), person)
        changed = [
            f"{f}: {getattr(before, f) or '(none)'} → {getattr(person, f) or '(none)'}"
            for f in FIELDS
            if getattr(before, f) != getattr(person, f)
        ]
        if changed:
            store.update_person(person)
    return person, changed


def save_person(
    store: Store, person: Person, before: Person | None = None, how: SaveHow = "check"
) -> tuple[Person, str]:
    """Add `person` (it has no id yet) or save changes to the one with its id, as a form fills
    one in: `before` is the person as the form opened them, and only the fields changed since
    are saved (`Store.save_edit`: someone else's change to the other fields stays; a person
    saved since the form opened is a `Conflict` unless `how` says what to do). Returns the
    person as saved and one line saying what happened."""
    if not person.id:
        added = add_person(store, person.name, person.role, person.email, person.phone)
        return added, f"Added {added.name} ({added.role_label})."
    with store.batch():
        if before is None:
            before = store.person(person.id)
        stored = store.person(person.id)
        saved = store.save_edit(before, person, how, lambda p: check_unique(store.people(), p))
    changed = [
        f"{f}: {getattr(stored, f) or '(none)'} → {getattr(saved, f) or '(none)'}"
        for f in FIELDS
        if getattr(stored, f) != getattr(saved, f)
    ]
    if not changed:
        return saved, f"Nothing changed for {saved.name}."
    return saved, f"Saved {saved.name}: " + "; ".join(changed)
