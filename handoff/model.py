"""The words of PRODUCT.md as plain dataclasses. Never imports textual.

Every text field is cleaned of terminal control characters when an object is built, so nothing
stored can move the cursor, retitle the terminal or clear the screen. `validate()` on each class
raises `ValidationError` with a message a person understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from typing import Any, ClassVar

from handoff.errors import ValidationError
from handoff.text import clean_line, clean_text

ROLES = ("owner", "colleague", "boss", "hr", "legal")
ROLE_LABELS = {
    "owner": "owner",
    "colleague": "colleague",
    "boss": "boss",
    "hr": "HR",
    "legal": "legal counsel",
}
KINDS = ("vacation", "leave", "termination")
TEMPORARY_KINDS = ("vacation", "leave")
ITEM_STATUSES = ("open", "waiting", "done")
CHANNELS = ("email", "phone", "sms", "in person")
LANGUAGES = {"en": "English", "pl": "Polish", "ca": "Catalan", "id": "Indonesian"}
OUTCOMES = ("fine", "follow-up", "complaint", "lost")
# Topic → the role that handles it by default (seed 000: who may talk to clients about what).
ESCALATION_TOPICS = {
    "contract_billing": ("Contract or billing questions", "boss"),
    "personnel": ("Questions about staff or why someone left", "hr"),
    "legal": (
        "Legal, confidential matters or complaints about how the account was handled",
        "legal",
    ),
}
MAX_TEXT = 100_000  # characters in any one field: a pasted novel is refused, not stored
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9 ()./-]{5,}$")


def parse_date(value: str | date | None, what: str = "date") -> date | None:
    """Parse YYYY-MM-DD; empty means none. Errors say what was wrong in words."""
    if value is None or isinstance(value, date):
        return value
    value = clean_line(str(value))
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"{what}: {value!r} is not a real date (use YYYY-MM-DD, e.g. 2026-03-31)", what
        ) from None


def parse_datetime(value: str | datetime | None, what: str = "time") -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    value = clean_line(str(value))
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            f"{what}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM)", what
        ) from None


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _check_length(obj: Any) -> None:
    attrs = obj.__dict__
    for name in _field_names(type(obj)):  # fields() rebuilds its tuple on every call
        value = attrs[name]
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValidationError(
                f"{name}: {len(value):,} characters is too long (at most {MAX_TEXT:,})", name
            )


class _Record:
    """Shared cleaning for every record: one-line fields and multi-line fields."""

    LINES: ClassVar[tuple[str, ...]] = ()  # fields that keep line breaks

    def _clean(self) -> None:
        attrs = self.__dict__
        lines = self.LINES
        for name in _field_names(type(self)):
            value = attrs[name]
            if isinstance(value, str) and value:  # "" is clean: most fields of most records
                attrs[name] = clean_text(value) if name in lines else clean_line(value)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


@dataclass
class Person(_Record):
    name: str
    role: str = "colleague"
    email: str = ""
    phone: str = ""
    id: int = 0

    def __post_init__(self) -> None:
        self._clean()
        self.role = self.role.lower()

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def validate(self) -> None:
        _check_length(self)
        if not self.name:
            raise ValidationError("a person needs a name", "name")
        if self.role not in ROLES:
            raise ValidationError(f"role: {self.role!r} is not one of {', '.join(ROLES)}", "role")
        _validate_contacts(self.email, self.phone)

    def to_doc(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "email": self.email, "phone": self.phone}

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> Person:
        return cls(
            name=str(doc.get("name", "")),
            role=str(doc.get("role", "colleague")),
            email=str(doc.get("email", "")),
            phone=str(doc.get("phone", "")),
            id=id,
        )


def _validate_contacts(email: str, phone: str) -> None:
    if email and not _EMAIL.match(email):
        raise ValidationError(f"email: {email!r} is not an email address", "email")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            f"phone: {phone!r} is not a phone number (digits, spaces, + ( ) - . /)", "phone"
        )


@dataclass
class Client(_Record):
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    preferred_channel: str = "email"
    availability: str = ""  # e.g. "mornings before 10; never on Fridays"
    checkin: str = ""  # the agreed check-in rhythm, e.g. "one call a week, Monday" (seed 004)
    language: str = "en"
    key_account: bool = False
    notes: str = ""  # shareable: printed in the packet
    private_notes: str = ""  # owner only: never printed, never shown to colleagues
    manager_id: int | None = None  # the person who normally looks after this client
    archived: bool = False
    id: int = 0
    address: str = ""  # postal address, e.g. "ul. Puławska 12, 02-515 Warszawa, Poland"
    site: str = ""  # where the work is, only when it is not the postal address

    LINES: ClassVar[tuple[str, ...]] = (
        "notes",
        "private_notes",
        "availability",
        "checkin",
        "address",
        "site",
    )

    def __post_init__(self) -> None:
        self._clean()
        self.language = self.language.lower()
        self.preferred_channel = self.preferred_channel.lower()
        if self.site.strip() == self.address.strip():
            self.site = ""  # the site is only kept where it differs from the address

    def validate(self) -> None:
        _check_length(self)
        if not self.name:
            raise ValidationError("a client needs a name", "name")
        if self.language not in LANGUAGES:
            raise ValidationError(
                f"language: {self.language!r} is not one of {', '.join(LANGUAGES)}", "language"
            )
        if self.preferred_channel not in CHANNELS:
            raise ValidationError(
                f"preferred channel: {self.preferred_channel!r} is not one of "
                f"{', '.join(CHANNELS)}",
                "preferred_channel",
            )
        _validate_contacts(self.email, self.phone)

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.company})" if self.company else self.name

    def to_doc(self) -> dict[str, Any]:
        attrs = self.__dict__
        return {name: attrs[name] for name in _field_names(Client) if name != "id"}

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> Client:
        known = set(_field_names(cls)) - {"id"}
        return cls(**{k: v for k, v in doc.items() if k in known}, id=id)


@dataclass
class OpenItem(_Record):
    client_id: int
    title: str
    status: str = "open"
    due: date | None = None
    next_step: str = ""
    id: int = 0

    LINES: ClassVar[tuple[str, ...]] = ("next_step",)

    def __post_init__(self) -> None:
        self._clean()
        self.status = self.status.lower()
        self.due = parse_date(self.due, "due date")

    def validate(self) -> None:
        _check_length(self)
        if not self.title:
            raise ValidationError("an open item needs a title", "title")
        if self.status not in ITEM_STATUSES:
            raise ValidationError(
                f"status: {self.status!r} is not one of {', '.join(ITEM_STATUSES)}", "status"
            )

    @property
    def done(self) -> bool:
        return self.status == "done"

    def overdue(self, today: date) -> bool:
        return not self.done and self.due is not None and self.due < today

    def to_doc(self) -> dict[str, Any]:
        return {
            "client_id": self.client_id,
            "title": self.title,
            "status": self.status,
            "due": _iso(self.due),
            "next_step": self.next_step,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> OpenItem:
        return cls(
            client_id=int(doc["client_id"]),
            title=str(doc.get("title", "")),
            status=str(doc.get("status", "open")),
            due=doc.get("due"),
            next_step=str(doc.get("next_step", "")),
            id=id,
        )


@dataclass
class Handoff(_Record):
    person_id: int
    kind: str
    starts: date | None = None  # first day away; for a termination, the effective date
    until: date | None = None  # return date (vacation / leave); none for a termination
    private_reason: str = ""  # never printed, never shown to colleagues
    client_ids: list[int] = field(default_factory=list)
    covers: dict[int, int] = field(default_factory=dict)  # client id → covering person id
    escalation: dict[str, int] = field(default_factory=dict)  # topic → person id
    scripts: dict[int, str] = field(default_factory=dict)  # client id → edited contact script
    statements: dict[int, str] = field(default_factory=dict)  # client id → edited statement
    # Risk overrides recorded when a flagged draft was printed (each: client_id, which, words,
    # category, justification, at); finalizing copies the ones that still apply.
    risk_overrides: list[dict[str, Any]] = field(default_factory=list)
    personal_numbers_allowed: bool = False  # seed 000: off by default
    wizard_step: int = 1
    revision: int = 0  # bumped on every save; a packet version records the one it froze
    ended: date | None = None  # the day a temporary handoff ended and the clients went back
    created: datetime | None = None
    id: int = 0

    LINES: ClassVar[tuple[str, ...]] = ("private_reason",)

    def __post_init__(self) -> None:
        self._clean()
        self.kind = self.kind.lower()
        self.starts = parse_date(self.starts, "from")
        self.until = parse_date(self.until, "until")
        self.ended = parse_date(self.ended, "ended")
        self.created = parse_datetime(self.created, "created")
        self.client_ids = [int(c) for c in self.client_ids]
        self.covers = {int(k): int(v) for k, v in self.covers.items()}
        self.escalation = {str(k): int(v) for k, v in self.escalation.items()}
        self.scripts = {int(k): clean_text(str(v)) for k, v in self.scripts.items()}
        self.statements = {int(k): clean_text(str(v)) for k, v in self.statements.items()}
        self.risk_overrides = [_clean_override(o) for o in self.risk_overrides]

    @property
    def temporary(self) -> bool:
        return self.kind in TEMPORARY_KINDS

    def validate(self) -> None:
        """Checks that need nothing but the handoff itself; the store checks the ids exist."""
        _check_length(self)
        for text in [*self.scripts.values(), *self.statements.values()]:
            if len(text) > MAX_TEXT:
                raise ValidationError(f"a script or statement is longer than {MAX_TEXT:,}")
        if self.kind not in KINDS:
            raise ValidationError(f"kind: {self.kind!r} is not one of {', '.join(KINDS)}", "kind")
        if self.temporary:
            if self.starts and self.until and self.until < self.starts:
                raise ValidationError(
                    f"until ({self.until}) is before from ({self.starts}): "
                    "the return date must come after the first day away",
                    "until",
                )
        elif self.until is not None:
            raise ValidationError(
                "a termination has an effective date (--from), not a return date (--until)",
                "until",
            )
        for client_id, person_id in self.covers.items():
            if person_id == self.person_id:
                raise ValidationError(
                    "a person cannot cover their own handoff: choose a colleague", "cover"
                )
            if client_id not in self.client_ids:
                raise ValidationError(
                    f"client {client_id} has a cover but is not in this handoff", "cover"
                )
        if len(set(self.client_ids)) != len(self.client_ids):
            raise ValidationError("a client is listed twice in this handoff", "clients")
        for topic in self.escalation:
            if topic not in ESCALATION_TOPICS:
                raise ValidationError(f"escalation: unknown topic {topic!r}", "escalation")
        for override in self.risk_overrides:
            validate_override(override)

    def status(self, today: date, finalized: bool) -> str:
        """draft / finalized / active / ended, as the dashboard shows it."""
        if self.ended is not None:
            return "ended"
        if self.temporary and self.until is not None and today > self.until:
            return "ended" if not finalized else "due to end"
        if not finalized:
            return "draft"
        if self.starts is not None and today >= self.starts:
            return "active"
        return "finalized"

    def to_doc(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "kind": self.kind,
            "starts": _iso(self.starts),
            "until": _iso(self.until),
            "private_reason": self.private_reason,
            "client_ids": list(self.client_ids),
            "covers": {str(k): v for k, v in self.covers.items()},
            "escalation": dict(self.escalation),
            "scripts": {str(k): v for k, v in self.scripts.items()},
            "statements": {str(k): v for k, v in self.statements.items()},
            "risk_overrides": [dict(o) for o in self.risk_overrides],
            "personal_numbers_allowed": self.personal_numbers_allowed,
            "wizard_step": self.wizard_step,
            "revision": self.revision,
            "ended": _iso(self.ended),
            "created": _iso(self.created),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> Handoff:
        return cls(
            person_id=int(doc["person_id"]),
            kind=str(doc.get("kind", "")),
            starts=doc.get("starts"),
            until=doc.get("until"),
            private_reason=str(doc.get("private_reason", "")),
            client_ids=list(doc.get("client_ids", [])),
            covers=dict(doc.get("covers", {})),
            escalation=dict(doc.get("escalation", {})),
            scripts=dict(doc.get("scripts", {})),
            statements=dict(doc.get("statements", {})),
            risk_overrides=list(doc.get("risk_overrides", [])),
            personal_numbers_allowed=bool(doc.get("personal_numbers_allowed", False)),
            wizard_step=int(doc.get("wizard_step", 1)),
            revision=int(doc.get("revision", 0)),
            ended=doc.get("ended"),
            created=doc.get("created"),
            id=id,
        )


OVERRIDE_TEXTS = ("script", "statement")


def _clean_override(override: Any) -> dict[str, Any]:
    if not isinstance(override, dict):
        raise ValidationError("a risk override must be an object", "risk_overrides")
    cleaned = dict(override)
    for key in ("which", "words", "category", "justification", "at"):
        if key in cleaned:
            cleaned[key] = clean_line(str(cleaned[key]))
    return cleaned


def validate_override(override: dict[str, Any]) -> None:
    """A recorded risk override names the client, the text, the words and why it was allowed."""
    client_id = override.get("client_id")
    if not isinstance(client_id, int) or isinstance(client_id, bool):
        raise ValidationError("a risk override needs the client's id", "risk_overrides")
    if override.get("which") not in OVERRIDE_TEXTS:
        raise ValidationError(
            f"a risk override is for a {' or a '.join(OVERRIDE_TEXTS)}", "risk_overrides"
        )
    for key in ("words", "category", "justification", "at"):
        value = override.get(key)
        if not isinstance(value, str) or not value:
            raise ValidationError(f"a risk override needs '{key}'", "risk_overrides")
        if len(value) > MAX_TEXT:
            raise ValidationError(f"a risk override's {key} is too long", "risk_overrides")


@dataclass
class ContactLogEntry(_Record):
    handoff_id: int
    client_id: int
    when: datetime
    who_id: int
    channel: str = "phone"
    said: str = ""  # a summary or a quote of what the covering colleague said
    asked_why: bool = False  # did the client ask why the person left?
    outcome: str = "fine"
    # What the checkers found when the entry was recorded (risky words? a "no information"
    # claim?), stamped with the rules' version, so the dashboard need not re-check 20,000
    # entries; `contact_log.entry_analysis` recomputes it whenever the stamp is stale.
    analysis: dict[str, Any] = field(default_factory=dict)
    id: int = 0

    LINES: ClassVar[tuple[str, ...]] = ("said",)

    def __post_init__(self) -> None:
        self._clean()
        self.when = parse_datetime(self.when, "when")  # type: ignore[assignment]
        self.channel = self.channel.lower()
        self.outcome = self.outcome.lower()

    def validate(self) -> None:
        _check_length(self)
        if self.when is None:
            raise ValidationError("when: a contact needs a date and time", "when")
        if self.channel not in CHANNELS:
            raise ValidationError(
                f"channel: {self.channel!r} is not one of {', '.join(CHANNELS)}", "channel"
            )
        if self.outcome not in OUTCOMES:
            raise ValidationError(
                f"outcome: {self.outcome!r} is not one of {', '.join(OUTCOMES)}", "outcome"
            )
        if not self.said:
            raise ValidationError("said: write what was said (a summary or a quote)", "said")

    def to_doc(self) -> dict[str, Any]:
        return {
            "handoff_id": self.handoff_id,
            "client_id": self.client_id,
            "when": _iso(self.when),
            "who_id": self.who_id,
            "channel": self.channel,
            "said": self.said,
            "asked_why": self.asked_why,
            "outcome": self.outcome,
            "analysis": dict(self.analysis),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> ContactLogEntry:
        return cls(
            handoff_id=int(doc["handoff_id"]),
            client_id=int(doc["client_id"]),
            when=doc["when"],
            who_id=int(doc["who_id"]),
            channel=str(doc.get("channel", "phone")),
            said=str(doc.get("said", "")),
            asked_why=bool(doc.get("asked_why", False)),
            outcome=str(doc.get("outcome", "fine")),
            analysis=dict(doc.get("analysis") or {}),
            id=id,
        )


@dataclass
class PacketVersion:
    """A frozen packet: its content is the allow-listed snapshot; its hash proves it unchanged."""

    handoff_id: int
    number: int
    created: datetime
    sha256: str
    content: str  # canonical JSON of the packet snapshot (no private field can be in it)
    revision: int = 0
    overrides: list[dict[str, Any]] = field(default_factory=list)  # recorded risk overrides
    id: int = 0

    def __post_init__(self) -> None:
        self.created = parse_datetime(self.created, "created")  # type: ignore[assignment]

    def to_doc(self) -> dict[str, Any]:
        return {
            "handoff_id": self.handoff_id,
            "number": self.number,
            "created": _iso(self.created),
            "sha256": self.sha256,
            "content": self.content,
            "revision": self.revision,
            "overrides": list(self.overrides),
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any], id: int = 0) -> PacketVersion:
        return cls(
            handoff_id=int(doc["handoff_id"]),
            number=int(doc["number"]),
            created=doc["created"],
            sha256=str(doc["sha256"]),
            content=str(doc["content"]),
            revision=int(doc.get("revision", 0)),
            overrides=list(doc.get("overrides", [])),
            id=id,
        )
