"""The firm itself: its name, address, contact details, default language and signature.

Set once (`handoff firm set …`, or the firm screen in the app) and stored as the one record of
the `firm` table, so it travels in backups and the sample. Every statement, script and packet
header names it; `sign_off` and `signature_block` are the one place a text's closing lines are
made (the email drafts reuse them). Never imports textual.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, ClassVar

from handoff.errors import ValidationError
from handoff.model import LANGUAGES, MAX_TEXT, Language, Text, _Record, _validate_contacts

if TYPE_CHECKING:
    from handoff.store import Store

FIELDS = ("name", "address", "phone", "email", "website", "language", "signature")
LABELS = {
    "name": "Name",
    "address": "Address",
    "phone": "Phone",
    "email": "Email",
    "website": "Website",
    "language": "Default language",
    "signature": "Signature block",
}
_WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]+(/\S*)?$")

# How a letter closes, per language, before the signature block.
CLOSINGS = {
    "en": "Kind regards,",
    "pl": "Z poważaniem",
    "ca": "Cordialment,",
    "id": "Hormat kami,",
}
# The closing a colleague writing in their own name uses in Indonesian ("Hormat saya").
PERSONAL_CLOSINGS = {**CLOSINGS, "id": "Hormat saya,"}


@dataclass
class Firm(_Record):
    """The firm's details. Every field may be empty until the owner fills it in."""

    name: Text = ""
    address: Text = ""  # several lines
    phone: Text = ""
    email: Text = ""
    website: Text = ""
    language: Language = "en"  # the firm's own language (new clients start in English)
    signature: Text = ""  # the block under a notice from the firm (several lines)
    id: int = 0

    LINES: ClassVar[tuple[str, ...]] = ("address", "signature")

    def __post_init__(self) -> None:
        self._clean()
        self.language = self.language.lower() or "en"

    def validate(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise ValidationError(f"{f.name}: too long (at most {MAX_TEXT:,})", f.name)
        if self.language not in LANGUAGES:
            raise ValidationError(
                f"language: {self.language!r} is not one of {', '.join(LANGUAGES)}", "language"
            )
        _validate_contacts(self.email, self.phone)
        if self.website and not _WEBSITE.match(self.website):
            raise ValidationError(f"website: {self.website!r} is not a web address", "website")

    @property
    def contact_line(self) -> str:
        """Phone · email · website, as a letter's last line."""
        return " · ".join(v for v in (self.phone, self.email, self.website) if v)


def get_firm(store: Store) -> Firm:
    """The firm as stored; an empty one (every field blank) when it was never set."""
    return store.firm()


def set_firm(store: Store, **changes: str | None) -> tuple[Firm, list[str]]:
    """Change the named fields (None leaves a field as it is); returns the firm and what
    changed, one line per field ("Name: '' → 'Mensah Tiling'")."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValidationError(f"unknown firm field(s): {', '.join(sorted(unknown))}")
    with store.batch():
        firm = store.firm()
        changed = []
        for name, value in changes.items():
            if value is None:
                continue
            value = value.replace("\\n", "\n") if name in Firm.LINES else value
            before = getattr(firm, name)
            updated = Firm.from_doc({**firm.to_doc(), name: value})
            after = getattr(updated, name)
            if after != before:
                setattr(firm, name, after)
                changed.append(f"{LABELS[name]}: {_short(before)} → {_short(after)}")
        firm.validate()
        if changed:
            store.save_firm(firm)
    return firm, changed


def _short(value: str) -> str:
    return repr(" / ".join(value.splitlines()))


def signature_block(firm: Firm, lang: str, signer: str | None = None) -> str:
    """The lines under a closing: the signer's name (if someone signs in their own name) and
    the firm with its contact line; or, for a notice from the firm itself, the firm's own
    signature block when it has one. `lang` chooses nothing yet but the caller's intent: the
    block names people and addresses, which are not translated."""
    del lang
    if signer:
        lines = [signer, firm.name, firm.contact_line]
    elif firm.signature:
        lines = firm.signature.splitlines()
    else:
        lines = [firm.name, firm.contact_line]
    return "\n".join(line for line in lines if line.strip())


def sign_off(firm: Firm, lang: str, signer: str | None = None) -> str:
    """The closing phrase of `lang` and the signature block, ready to end a letter or email."""
    closing = (PERSONAL_CLOSINGS if signer else CLOSINGS).get(lang, CLOSINGS["en"])
    block = signature_block(firm, lang, signer)
    return f"{closing}\n{block}" if block else closing


def firm_view(firm: Firm) -> dict[str, Any]:
    """What a template may show of the firm (all of it is public)."""
    return {
        "name": firm.name,
        "address": firm.address,
        "address_line": ", ".join(line for line in firm.address.splitlines() if line.strip()),
        "phone": firm.phone,
        "email": firm.email,
        "website": firm.website,
        "contact_line": firm.contact_line,
    }


def describe(firm: Firm) -> list[str]:
    """`handoff firm show`: one line per field (several for the multi-line ones)."""
    out = []
    for name in FIELDS:
        value = getattr(firm, name)
        if name == "language":
            value = f"{value} ({LANGUAGES.get(value, value)})"
        lines = value.splitlines() or ["—"]
        label = f"{LABELS[name]}:"
        out.append(f"{label:<18}{lines[0]}")
        out.extend(f"{'':<18}{line}" for line in lines[1:])
    return out
