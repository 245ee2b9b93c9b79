"""Turning what a person types (an id or a name) into one record, or a clear error."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from handoff.errors import NotFound

T = TypeVar("T")


def resolve(
    records: Sequence[T], ref: str, what: str, name: Callable[[T], str], plural: str = ""
) -> T:
    """Find one record by id, exact name, or a unique part of its name (all case-insensitive).

    A name that matches more than one record is an error listing the matches.
    """
    ref = ref.strip()
    if not ref:
        raise NotFound(f"no {what} given")
    if ref.isdigit():
        for record in records:
            if record.id == int(ref):  # type: ignore[attr-defined]
                return record
    folded = ref.casefold()
    exact = [r for r in records if name(r).casefold() == folded]
    if len(exact) == 1:
        return exact[0]
    matches = exact or [r for r in records if folded in name(r).casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFound(f"no {what} matches {ref!r}")
    listed = "; ".join(f"{r.id}: {name(r)}" for r in matches[:10])  # type: ignore[attr-defined]
    more = f" and {len(matches) - 10} more" if len(matches) > 10 else ""
    raise NotFound(
        f"{ref!r} matches {len(matches)} {plural or what + 's'} ({listed}{more}); use the id"
    )
