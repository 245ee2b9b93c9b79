"""Which client field each column of a file feeds: header names of real exports, in several
languages, and the words people write in the few-valued fields (channel, key account).

Addresses come split over several columns (Outlook's Business Street / City / Postal Code,
Google's Address 1 - Street …, HubSpot's Street Address / City …, Thunderbird's Work Address …,
Zoho's and Salesforce's Mailing / Billing / Shipping …). Each such column belongs to a group
(business, home, mailing …); a row's address is the first group that has a value, its parts
joined in the file's column order. Shipping and site columns feed the site of the work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from handoff.errors import ValidationError

if TYPE_CHECKING:
    from handoff.importing.table import SourceTable

# -- the client fields a column can feed --------------------------------------------------------
IGNORE = ""
FIELDS: dict[str, str] = {  # target → label shown to the user (order = order in the Select)
    "name": "name",
    "first_name": "first name",
    "middle_name": "middle name",
    "last_name": "last name",
    "company": "company",
    "email": "email",
    "phone": "phone",
    "preferred_channel": "preferred channel",
    "availability": "availability",
    "checkin": "check-in rhythm",
    "language": "language",
    "key_account": "key account",
    "address_as": "address as (Mr, Ms, first name)",
    "notes": "notes (printed in the packet)",
    "private_notes": "private notes (never printed)",
    "manager": "looked after by",
    "address": "address (postal)",
    "site": "site of the work (where it differs)",
}


def _norm(header: str) -> str:
    """'E-mail 1 - Value' → 'email1value': case, spaces and punctuation do not matter."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


# Header shapes of real exports (HubSpot, Salesforce, Google Contacts, Outlook, Thunderbird,
# vCard) and of the plain columns, plus the other languages handoff writes in (Polish, Catalan,
# Indonesian).
_ALIASES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "fullname", "contactname", "clientname", "customername", "displayname", "fn",
        "imięinazwisko", "nomcomplet", "nama", "namalengkap",
    ),
    "first_name": ("firstname", "givenname", "first", "forename", "imię", "nom", "namadepan"),
    "middle_name": ("middlename", "additionalname", "secondname", "drugieimię"),
    "last_name": (
        "lastname", "familyname", "surname", "last", "nazwisko", "cognoms", "cognom",
        "namabelakang",
    ),
    "company": (
        "company", "companyname", "associatedcompany", "organization", "organisation",
        "organizationname", "organization1name", "accountname", "account", "firm", "employer",
        "org", "firma", "nazwafirmy", "empresa", "perusahaan",
    ),
    "email": (
        "email", "emailaddress", "email1value", "email2value", "email3value", "email2address",
        "email3address", "primaryemail", "secondaryemail", "workemail", "businessemail",
        "adresemail", "correuelectrònic", "correu", "surel",
    ),
    "phone": (
        "phone", "phonenumber", "telephone", "tel", "phone1value", "phone2value", "phone3value",
        "businessphone", "businessphone2", "companymainphone", "workphone", "primaryphone",
        "mobile", "mobilephone", "mobilephonenumber", "mobilenumber", "cellphone", "homephone",
        "otherphone", "telefon", "telefonsłużbowy", "telefonkomórkowy", "telèfon", "mòbil",
        "telepon", "nomortelepon",
    ),
    "preferred_channel": (
        "preferredchannel", "channel", "preferredcontactmethod", "contactmethod",
        "preferredcontact",
    ),
    "availability": ("availability", "besttimetocall", "dostępność", "disponibilitat"),
    "checkin": ("checkin", "checkinrhythm", "rhythm", "cadence"),
    "language": (
        "language", "preferredlanguage", "lang", "locale", "język", "idioma", "bahasa",
    ),
    "key_account": ("keyaccount", "vip"),
    "address_as": ("addressas", "formofaddress", "salutation", "title", "honorific"),
    "notes": ("notes", "note", "description", "comments", "comment", "uwagi", "catatan"),
    "private_notes": ("privatenotes",),
    "manager": ("manager", "lookedafterby", "opiekun"),
}  # fmt: skip
_HEADER_TO_FIELD = {alias: target for target, names in _ALIASES.items() for alias in names}

# Which tool wrote the file, told by headers only it writes (shown to the user, nothing more).
_SHAPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("handoff export", ("preferredchannel", "checkin", "keyaccount")),
    ("Zoho CRM export", ("recordid", "mailingstreet")),
    ("HubSpot contacts export", ("recordid", "phonenumber")),
    ("HubSpot contacts export", ("companyname", "contactowner")),
    ("HubSpot contacts export", ("lifecyclestage",)),
    ("Salesforce contacts export", ("accountname", "mailingstreet")),
    ("Salesforce contacts export", ("accountname", "contactowner")),
    ("Salesforce accounts export", ("accountname", "accountowner")),
    ("Salesforce accounts export", ("accountname", "billingstreet")),
    ("Google Contacts export", ("email1value",)),
    ("Google Contacts export", ("givenname", "familyname")),
    ("Outlook contacts export", ("emailaddress", "businessphone")),
    ("Outlook contacts export", ("emailaddress", "emaildisplayname")),
    ("Thunderbird address book", ("primaryemail", "displayname")),
)

# Values people write for the fields that only take a few values.
_CHANNEL_WORDS = {
    "email": "email", "e-mail": "email", "mail": "email", "correu": "email", "poczta": "email",
    "phone": "phone", "telephone": "phone", "call": "phone", "tel": "phone", "telefon": "phone",
    "telèfon": "phone", "telepon": "phone", "mobile": "phone",
    "sms": "sms", "text": "sms", "text message": "sms",
    "in person": "in person", "in-person": "in person", "meeting": "in person",
    "face to face": "in person", "visit": "in person", "osobiście": "in person",
    "en persona": "in person",
}  # fmt: skip
_YES = {"yes", "y", "true", "1", "x", "✓", "tak", "sí", "si", "ya", "key", "vip"}
_NO = {"", "no", "n", "false", "0", "nie", "tidak"}

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


# -- addresses ---------------------------------------------------------------------------------
# The parts an address is split into, as export headers end (after the group's prefix).
_PARTS = (
    "street", "street1", "street2", "street3", "address", "address2", "address3",
    "streetaddress", "streetaddress2", "extendedaddress", "pobox", "city", "state",
    "stateregion", "stateprovince", "region", "zip", "zipcode", "zippostalcode", "postalcode",
    "postcode", "code", "country", "countryregion",
)  # fmt: skip
# Groups in the order a row's postal address is taken from (the first with a value wins).
_ADDRESS_GROUPS = (
    "business", "work", "mailing", "billing", "", "address1", "address2", "address3",
    "home", "other",
)  # fmt: skip
_SITE_GROUPS = ("site", "worksite", "jobsite", "shipping")
# Columns of the plain (unprefixed) group: HubSpot's, and the plain words in our languages.
_PLAIN_PARTS = (
    "street", "streetaddress", "streetaddress2", "city", "stateregion", "postalcode",
    "postcode", "zip", "zipcode", "country", "countryregion",
    "ulica", "miasto", "kodpocztowy", "kraj",  # Polish
    "carrer", "ciutat", "població", "codipostal", "país",  # Catalan
    "jalan", "kota", "kodepos", "negara",  # Indonesian
)  # fmt: skip
# Columns that hold a whole address in one cell.
_WHOLE = {
    "address": ("address", "postaladdress", "mailingaddress", "fulladdress", "businessaddress",
                "address1formatted", "address2formatted", "address3formatted", "adres",
                "adreskorespondencyjny", "adreça", "adreçapostal", "alamat"),
    "site": ("site", "siteaddress", "worksite", "jobsite", "jobaddress", "siteofwork",
             "siteofthework", "adresbudowy", "miejscerealizacji", "obra", "adreçadelobra",
             "lokasi", "lokasiproyek", "alamatproyek"),
}  # fmt: skip


def _address_columns() -> dict[str, tuple[str, str, int, bool]]:
    """Normalised header → (field, group, group's rank, whole address in one cell)."""
    table: dict[str, tuple[str, str, int, bool]] = {}
    for target, groups in (("address", _ADDRESS_GROUPS), ("site", _SITE_GROUPS)):
        for rank, group in enumerate(groups):
            parts = _PLAIN_PARTS if not group else _PARTS
            for part in parts:
                table.setdefault(group + part, (target, group, rank, False))
    for target, names in _WHOLE.items():
        for name in names:
            group = name[: -len("formatted")] if name.endswith("formatted") else ""
            rank = _ADDRESS_GROUPS.index(group) if group in _ADDRESS_GROUPS else 0
            table[name] = (target, group, rank, True)
    return table


ADDRESS_COLUMNS = _address_columns()
for _header, (_target, *_rest) in ADDRESS_COLUMNS.items():
    _HEADER_TO_FIELD.setdefault(_header, _target)


def address_role(header: str, target: str) -> tuple[str, int, bool]:
    """(group, rank, whole) of a column mapped to 'address' or 'site'. A column the user
    mapped by hand belongs to the plain group, its parts joined with the others'."""
    known = ADDRESS_COLUMNS.get(_norm(header))
    if known is not None and known[0] == target:
        return known[1], known[2], known[3]
    return "", _ADDRESS_GROUPS.index(""), False


def join_address(parts: Iterable[tuple[int, bool, str]]) -> str:
    """One address from (group rank, whole, value) in column order: the best-ranked group
    with a value; its whole-address cell if it has one, else its parts joined by commas."""
    groups: dict[int, list[tuple[bool, str]]] = {}
    for rank, whole, value in parts:
        if value.strip():
            groups.setdefault(rank, []).append((whole, value.strip()))
    if not groups:
        return ""
    chosen = groups[min(groups)]
    wholes = [value for whole, value in chosen if whole]
    if wholes:
        return wholes[0]
    return ", ".join(" ".join(value.split()) for _whole, value in chosen)


# -- mapping -----------------------------------------------------------------------------------
def shape_of(headers: Sequence[str]) -> str:
    """Which tool wrote the file, e.g. 'Google Contacts export'; '' when not recognised."""
    names = {_norm(h) for h in headers}
    for label, needed in _SHAPES:
        if all(n in names for n in needed):
            return label
    return ""


def auto_mapping(table: SourceTable) -> list[str]:
    """For each column, the client field it feeds ('' = not imported)."""
    if table.kind == "vcard":
        from handoff.importing.vcard import VCARD_MAPPING

        return [VCARD_MAPPING.get(h, IGNORE) for h in table.headers]
    return [_HEADER_TO_FIELD.get(_norm(h), IGNORE) for h in table.headers]


def parse_mapping_overrides(table: SourceTable, specs: Iterable[str]) -> dict[int, str]:
    """'Contact owner=manager' or 'Job Title=' (not imported) → {column index: field}."""
    overrides: dict[int, str] = {}
    by_name = {_norm(h): i for i, h in reversed(list(enumerate(table.headers)))}
    labels = {_norm(label): key for key, label in FIELDS.items()}
    for spec in specs:
        column, sep, target = spec.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(
                f"--map {spec!r}: write COLUMN=FIELD, e.g. 'Contact owner=manager'"
            )
        index = by_name.get(_norm(column))
        if index is None:
            raise ValidationError(
                f"--map: {table.name} has no column {column.strip()!r} "
                f"(its columns: {', '.join(table.headers)})"
            )
        key = _norm(target)
        if key in ("", "none", "ignore", "skip"):
            overrides[index] = IGNORE
            continue
        field_name = target.strip() if target.strip() in FIELDS else labels.get(key)
        if field_name is None:
            raise ValidationError(
                f"--map: {target.strip()!r} is not a client field (one of: {', '.join(FIELDS)})"
            )
        overrides[index] = field_name
    return overrides


def mapping_rows(table: SourceTable, mapping: Sequence[str]) -> list[tuple[str, str]]:
    """(column, what it feeds) for display."""
    return [
        (header or f"column {i + 1}", FIELDS.get(mapping[i], "(not imported)"))
        for i, header in enumerate(table.headers)
    ]
