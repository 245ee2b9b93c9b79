"""The frozen packet versions of a handoff as a hash chain: a version cannot be changed, moved,
renumbered, back-dated or given another override without breaking the chain.

Each version's SHA-256 (`PacketVersion.sha256`) covers its content only. Its chain hash
(`PacketVersion.chain`) covers, as canonical JSON, its number, its handoff, when it was frozen,
the handoff revision it froze, its recorded risk overrides, its content hash, when its link was
computed by the upgrade of an older database (`chained_at`, none for a version chained when it
was frozen) and `prev`, the previous version's chain hash (empty for version 1). The newest
version's chain hash, the head, is printed on every page of a printed packet: a version
changed afterwards gives another head than the one on paper.

`first_break` checks a handoff's versions (on restore, before a frozen version is printed, and
by `handoff verify`). The chain proves the stored versions have not been changed since they
were chained, as long as the printed head is kept; it is not a signature: someone who rewrites
every version and reprints every page can make a new, consistent chain.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from handoff.model import PacketVersion

SHORT = 16  # hex digits of the head printed on each page


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def link_hash(version: PacketVersion) -> str:
    """The chain hash `version` must carry, from its fields and `prev`."""
    fields: dict[str, Any] = {
        "number": version.number,
        "handoff_id": version.handoff_id,
        "created": version.created.isoformat(),
        "revision": version.revision,
        "overrides": version.overrides,
        "sha256": version.sha256,
        "chained_at": version.chained_at.isoformat() if version.chained_at else None,
        "prev": version.prev,
    }
    return _sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":")))


def link(
    version: PacketVersion, previous: PacketVersion | None, chained_at: datetime | None = None
) -> None:
    """Make `version` the next link after `previous` (None: it is version 1)."""
    version.prev = previous.chain if previous is not None else ""
    version.chained_at = chained_at
    version.chain = link_hash(version)


def ordered(versions: Iterable[PacketVersion]) -> list[PacketVersion]:
    return sorted(versions, key=lambda v: (v.number, v.id))


@dataclass(frozen=True)
class Break:
    """The first version of a handoff whose link does not hold, and why, in words."""

    handoff_id: int
    number: int
    reason: str

    def __str__(self) -> str:
        return f"packet version {self.number} of handoff {self.handoff_id} {self.reason}"


def first_break(handoff_id: int, versions: Iterable[PacketVersion]) -> Break | None:
    """The first broken version of `handoff_id`'s chain, or None when every link holds."""
    previous: PacketVersion | None = None
    for expected, version in enumerate(ordered(versions), start=1):

        def broken(reason: str, version: PacketVersion = version) -> Break:
            return Break(handoff_id, version.number, reason)

        if version.handoff_id != handoff_id:
            return broken(f"is filed under handoff {version.handoff_id}")
        if version.number != expected:
            return broken(f"should be version {expected}: versions are numbered 1, 2, 3, …")
        if _sha256(version.content) != version.sha256:
            return broken("no longer matches its SHA-256 (its content was changed)")
        if _content_handoff(version.content) != handoff_id:
            return broken("holds the packet of another handoff")
        if previous is not None and version.created < previous.created:
            return broken(f"is dated before version {previous.number}")
        if version.prev != (previous.chain if previous is not None else ""):
            what = f"version {previous.number}" if previous is not None else "nothing"
            return broken(f"does not follow {what} in the chain")
        if not version.chain or link_hash(version) != version.chain:
            return broken(
                "does not match its chain hash (its number, time, overrides or handoff "
                "were changed after it was frozen)"
            )
        previous = version
    return None


def _content_handoff(content: str) -> int | None:
    try:
        data = json.loads(content)
        value = data["handoff"]["id"]
    except (ValueError, KeyError, TypeError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def head(versions: Iterable[PacketVersion]) -> str:
    """The newest version's chain hash ("" when nothing was frozen)."""
    chain = ordered(versions)
    return chain[-1].chain if chain else ""


def short(value: str) -> str:
    return value[:SHORT]


def chain_documents(docs: dict[str, dict[str, Any]], at: datetime) -> None:
    """Link stored packet documents that predate the chain (the database upgrade), in place:
    per handoff in the order of their numbers, each recording that it was chained `at`."""
    by_handoff: dict[Any, list[tuple[PacketVersion, dict[str, Any]]]] = {}
    for key, doc in docs.items():
        version = PacketVersion.from_doc(doc, id=int(key))
        by_handoff.setdefault(version.handoff_id, []).append((version, doc))
    for pairs in by_handoff.values():
        previous: PacketVersion | None = None
        for version, doc in sorted(pairs, key=lambda p: (p[0].number, p[0].id)):
            link(version, previous, chained_at=at)
            doc.update(prev=version.prev, chain=version.chain, chained_at=at.isoformat())
            previous = version
