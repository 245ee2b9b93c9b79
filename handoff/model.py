"""The records of the domain as plain dataclasses. Never imports textual.

Every text field is cleaned of terminal control characters when an object is built, so nothing
stored can move the cursor, retitle the terminal or clear the screen. `validate()` on each class
raises `ValidationError` with a message a person understands.

The dataclasses are also the file's schema. `from_doc` turns a stored document into a record
with msgspec, which checks every field against the annotation written here: its type (a name
is text, `archived` is true or false, an id is a whole number and never `true`) and its range
(`Id` is 1 or more, `Text` is at most `MAX_TEXT` characters, `Role` is one of `ROLES`, ...).
`to_doc` writes every field but `id` (the document's key). So adding a field to a record is one
line in its class here, with its type and default: reading, writing, backups and restores
follow, and a file whose value does not fit is refused naming the record and the field
(`load` below). Give the field a default, so that files written before it still load.

`revision` counts the saves of a person, a client or an open item (the store checks it, so a
save made from a stale copy is refused instead of undoing someone else's change).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, TypeVar, cast

import msgspec

from handoff.checkin import RULE_EXAMPLES, CheckinRule, read_checkin
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
# How a letter or a call addresses a client: "" is the neutral default (the full name, or the
# language's polite plural), "mr"/"ms" the language's Mr/Ms (Pan/Pani, senyor/senyora,
# Bapak/Ibu), "first" the first name.
ADDRESS_FORMS = {"": "neutral", "mr": "Mr", "ms": "Ms", "first": "first name"}
OUTCOMES = ("fine", "follow-up", "complaint", "lost")
# Topic → the role that handles it by default (docs/design.md: who may talk about what).
ESCALATION_TOPICS = {
    "contract_billing": ("Contract or billing questions", "boss"),
    "personnel": ("Questions about staff or why someone left", "hr"),
    "legal": (
        "Legal, confidential matters or complaints about how the account was handled",
        "legal",
    ),
}
MAX_TEXT = 100_000  # characters in any one field: a pasted novel is refused, not stored
# -- field types: the schema a stored document is checked against (see the module docstring)
Id = Annotated[int, msgspec.Meta(ge=1)]  # a reference to another record
Revision = Annotated[int, msgspec.Meta(ge=0)]
Text = Annotated[str, msgspec.Meta(max_length=MAX_TEXT)]
Hash = Annotated[str, msgspec.Meta(pattern="^([0-9a-f]{64})?$")]  # a SHA-256, or none yet


def _one_of(values: Iterable[str]) -> msgspec.Meta:
    """Text that is one of `values` (any case: the classes lower-case it)."""
    choices = "|".join(re.escape(v) for v in values)
    return msgspec.Meta(pattern=f"(?i)^({choices})$")


Role = Annotated[str, _one_of(ROLES)]
Kind = Annotated[str, _one_of(KINDS)]
ItemStatus = Annotated[str, _one_of(ITEM_STATUSES)]
Channel = Annotated[str, _one_of(CHANNELS)]
Language = Annotated[str, _one_of(LANGUAGES)]
Outcome = Annotated[str, _one_of(OUTCOMES)]
AddressForm = Annotated[str, msgspec.Meta(pattern="^(|mr|ms|first)$")]  # see ADDRESS_FORMS
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


def _check_length(obj: Any) -> None:
    attrs = obj.__dict__
    for name in _field_names(type(obj)):  # fields() rebuilds its tuple on every call
        value = attrs[name]
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise ValidationError(
                f"{name}: {len(value):,} characters is too long (at most {MAX_TEXT:,})", name
            )


R = TypeVar("R", bound="_Doc")


class _Doc:
    """A record stored as a document: `to_doc` and `from_doc`, derived from the dataclass."""

    id: int

    def validate(self) -> None:
        """Checks a person would be told about (each record adds its own); none by default."""

    def to_doc(self) -> dict[str, Any]:
        doc: dict[str, Any] = msgspec.to_builtins(self, str_keys=True)
        doc.pop("id", None)
        return doc

    @classmethod
    def from_doc(cls: type[R], doc: dict[str, Any], id: int = 0) -> R:
        """The record stored as `doc`; `ValidationError` naming the field if one does not fit."""
        obj = load(cls, doc)
        obj.id = id
        return obj


def load(cls: type[R], doc: Any) -> R:
    """Check `doc` against `cls`'s fields and build the record (msgspec: types and ranges).

    The error names the field and what was expected, never the value (it may be private).
    """
    try:
        return msgspec.convert(doc, cls, strict=True, str_keys=True)
    except msgspec.ValidationError as exc:
        found = _WHERE.search(str(exc))
        message = str(exc)[: found.start()] if found else str(exc)
        missing = _MISSING.search(message)
        message = _CHOICES.sub(lambda m: "one of " + m.group(1).replace("|", ", "), message)
        message = message.replace("`", "")
        message = _LENGTH.sub(lambda m: f"at most {int(m.group(1)):,} characters", message)
        message = message[:1].lower() + message[1:]
        if found is None or not found.group(2):
            raise ValidationError(message, missing.group(1) if missing else None) from None
        name = found.group(2) + (" (a key)" if found.group(1) else "")
        raise ValidationError(f"{name}: {message}", _FIELD.split(name, maxsplit=1)[0]) from None


_WHERE = re.compile(r" - at (`key` in )?`\$\.?([^`]*)`$")
_FIELD = re.compile(r"[.\[ ]")
_LENGTH = re.compile(r"str of length <= (\d+)")
_MISSING = re.compile(r"missing required field `(\w+)`")
_CHOICES = re.compile(r"`?str`? matching regex '\(\?i\)\^\((.*)\)\$'")


class _Record(_Doc):
    """Shared cleaning for every record: one-line fields and multi-line fields."""

    LINES: ClassVar[tuple[str, ...]] = ()  # fields that keep line breaks

    def _clean(self) -> None:
        attrs = self.__dict__
        lines = self.LINES
        for name in _field_names(type(self)):
            # getattr: msgspec leaves a field that a document lacks to the class default
            value = attrs[name] = getattr(self, name)
            if isinstance(value, str) and value:  # "" is clean: most fields of most records
                attrs[name] = clean_text(value) if name in lines else clean_line(value)


_FIELD_NAMES: dict[object, tuple[str, ...]] = {}


def _field_names(cls: object) -> tuple[str, ...]:
    """The field names of a record class, worked out once per class."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cast(Any, cls)))
    return names


@dataclass
class Person(_Record):
    name: Text
    role: Role = "colleague"
    email: Text = ""
    phone: Text = ""
    revision: Revision = 0
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


def changed_fields(before: Any, after: Any) -> dict[str, Any]:
    """The fields `after` changed from `before` (two copies of one record: a form as it was
    opened and as it is saved), field → new value; the id and the revision never count."""
    return {
        name: getattr(after, name)
        for name in _field_names(type(after))
        if name not in ("id", "revision") and getattr(before, name) != getattr(after, name)
    }


def _validate_contacts(email: str, phone: str) -> None:
    if email and not _EMAIL.match(email):
        raise ValidationError(f"email: {email!r} is not an email address", "email")
    if phone and not _PHONE.match(phone):
        raise ValidationError(
            f"phone: {phone!r} is not a phone number (digits, spaces, + ( ) - . /)", "phone"
        )


def _address_form(value: object) -> str:
    text = str(value or "").strip().lower().rstrip(".")
    aliases = {"neutral": "", "mrs": "ms", "miss": "ms", "first name": "first"}
    return aliases.get(text, text)


@dataclass
class Client(_Record):
    name: Text
    company: Text = ""
    email: Text = ""
    phone: Text = ""
    preferred_channel: Channel = "email"
    availability: Text = ""  # e.g. "mornings before 10; never on Fridays"
    checkin: Text = ""  # the agreed check-in rhythm, e.g. "one call a week, Monday"
    # The same rhythm as a rule ("weekly on Monday", "every 2 weeks", "monthly", "none"); read
    # from `checkin` when not given; empty when the text states no rhythm that can be read.
    checkin_rule: Text = ""
    language: Language = "en"
    key_account: bool = False
    address_as: AddressForm = ""  # one of ADDRESS_FORMS: how statements and scripts address them
    notes: Text = ""  # shareable: printed in the packet
    private_notes: Text = ""  # owner only: never printed, never shown to colleagues
    manager_id: Id | None = None  # the person who normally looks after this client
    archived: bool = False
    revision: Revision = 0
    id: int = 0
    address: Text = ""  # postal address, e.g. "ul. Puławska 12, 02-515 Warszawa, Poland"
    site: Text = ""  # where the work is, only when it is not the postal address

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
        self.address_as = _address_form(self.address_as)
        rule = read_checkin(self.checkin_rule or self.checkin)
        if rule is not None:
            self.checkin_rule = rule.text()  # an unreadable rule given is left for validate()
        if self.site.strip() == self.address.strip():
            self.site = ""  # the site is only kept where it differs from the address

    @property
    def checkin_rhythm(self) -> CheckinRule | None:
        """The check-in rule: the stored one, else the one the free text states, else None."""
        return read_checkin(self.checkin_rule) or read_checkin(self.checkin)

    def validate(self) -> None:
        _check_length(self)
        if not self.name:
            raise ValidationError("a client needs a name", "name")
        if self.address_as not in ADDRESS_FORMS:
            raise ValidationError(
                f"address as: {self.address_as!r} is not one of mr, ms, first or neutral",
                "address_as",
            )
        if self.checkin_rule and read_checkin(self.checkin_rule) is None:
            raise ValidationError(
                f"check-in rule: {self.checkin_rule!r} is not a rhythm (e.g. {RULE_EXAMPLES})",
                "checkin_rule",
            )
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


@dataclass
class OpenItem(_Record):
    client_id: Id
    title: Text
    status: ItemStatus = "open"
    due: date | None = None
    next_step: Text = ""
    revision: Revision = 0
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


@dataclass
class Handoff(_Record):
    person_id: Id
    kind: Kind
    starts: date | None = None  # first day away; for a termination, the effective date
    until: date | None = None  # return date (vacation / leave); none for a termination
    private_reason: Text = ""  # never printed, never shown to colleagues
    client_ids: list[Id] = field(default_factory=list)
    covers: dict[Id, Id] = field(default_factory=dict)  # client id → covering person id
    escalation: dict[str, Id] = field(default_factory=dict)  # topic → person id
    scripts: dict[Id, Text] = field(default_factory=dict)  # client id → edited contact script
    statements: dict[Id, Text] = field(default_factory=dict)  # client id → edited statement
    # Risk overrides recorded when a flagged draft was printed (each: client_id, which, words,
    # category, justification, at); finalizing copies the ones that still apply.
    risk_overrides: list[dict[str, Any]] = field(default_factory=list)
    # off by default (docs/design.md: who may talk about what)
    personal_numbers_allowed: bool = False
    wizard_step: Annotated[int, msgspec.Meta(ge=1, le=99)] = 1
    revision: Revision = 0  # bumped on every save; a packet version records the one it froze
    ended: date | None = None  # the day a temporary handoff ended and the clients went back
    created: datetime | None = None
    cancelled: date | None = None  # a draft given up before it was finalized (kept, not deleted)
    # Why a rule was set aside (each: what, reason, at), e.g. ended unfinalized, overlapping.
    justifications: list[dict[str, str]] = field(default_factory=list)
    id: int = 0

    LINES: ClassVar[tuple[str, ...]] = ("private_reason",)

    def __post_init__(self) -> None:
        self._clean()
        self.kind = self.kind.lower()
        self.starts = parse_date(self.starts, "from")
        self.until = parse_date(self.until, "until")
        self.ended = parse_date(self.ended, "ended")
        self.created = parse_datetime(self.created, "created")
        self.cancelled = parse_date(self.cancelled, "cancelled")
        if not all(isinstance(j, dict) for j in self.justifications):
            raise ValidationError("a recorded justification must be an object", "justifications")
        self.justifications = [
            {str(k): clean_line(str(v)) for k, v in j.items()} for j in self.justifications
        ]
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
        """draft / finalized / active / ended (or cancelled), as the dashboard shows it."""
        if self.cancelled is not None:
            return "cancelled"
        if self.ended is not None:
            return "ended"
        if self.temporary and self.until is not None and today > self.until:
            return "ended" if not finalized else "due to end"
        if not finalized:
            return "draft"
        if self.starts is not None and today >= self.starts:
            return "active"
        return "finalized"


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
    handoff_id: Id
    client_id: Id
    when: datetime
    who_id: Id
    channel: Channel = "phone"
    said: Text = ""  # a summary or a quote of what the covering colleague said
    asked_why: bool = False  # did the client ask why the person left?
    outcome: Outcome = "fine"
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


@dataclass
class PacketVersion(_Doc):
    """A frozen packet: its content is the allow-listed snapshot; its hash proves it unchanged.

    The versions of one handoff form a hash chain (see `handoff.chain`): `chain` covers this
    version's number, handoff, time, overrides, content hash and `prev`, the chain hash of the
    version before it. `chained_at` is set when the link was computed later, by the upgrade of
    a database written before versions were chained, rather than when the version was frozen.
    """

    handoff_id: Id
    number: Id
    created: datetime
    sha256: Hash
    content: str  # canonical JSON of the packet snapshot (no private field can be in it)
    revision: Revision = 0
    overrides: list[dict[str, Any]] = field(default_factory=list)  # recorded risk overrides
    prev: Hash = ""
    chain: Hash = ""
    chained_at: datetime | None = None
    id: int = 0

    def __post_init__(self) -> None:
        self.created = parse_datetime(self.created, "created")  # type: ignore[assignment]


ACCESS_KINDS = ("colleague", "owner")
AccessKind = Annotated[str, _one_of(ACCESS_KINDS)]
Argon2Hash = Annotated[str, msgspec.Meta(pattern=r"^\$argon2", max_length=1000)]


@dataclass
class Access(_Doc):
    """A way into `handoff serve`: a colleague's link, or the owner's passphrase.

    Only a slow hash of the secret is kept (`handoff.access`); the secret itself is shown once,
    when it is made. A revoked access stays on record (who had access, and until when).
    """

    kind: AccessKind
    secret_hash: Argon2Hash
    created: datetime
    person_id: Id | None = None  # the colleague; none for the owner
    revoked: datetime | None = None
    id: int = 0

    def __post_init__(self) -> None:
        self.created = parse_datetime(self.created, "created")  # type: ignore[assignment]
        self.revoked = parse_datetime(self.revoked, "revoked")

    def validate(self) -> None:
        if self.kind not in ACCESS_KINDS:
            raise ValidationError(f"access: unknown kind {self.kind!r}", "kind")
        if (self.kind == "colleague") != (self.person_id is not None):
            raise ValidationError("a colleague's access names the person; the owner's does not")
        if not self.secret_hash.startswith("$argon2"):
            raise ValidationError("access: the secret's hash is not an argon2 hash", "secret_hash")
