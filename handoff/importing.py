"""Clients in and out: CSV from CRMs, mail programs and phones, vCard, and a safe CSV export.

Reading is three steps, so the TUI can show each one before anything is written:

1. `read_source(path)` reads the file into a `SourceTable` (format, encoding, delimiter, header,
   raw rows), with a clear error for an empty file, binary data or broken quoting.
2. `auto_mapping(headers)` maps each column to a client field (editable by the caller), and
   `plan_import(store, table, mapping)` validates every row, merges duplicates (same email, in the
   file or against the database) and returns an `ImportPlan`.
3. `apply_plan(store, plan)` writes the plan in one atomic write: every client, or none.

`import_clients(...)` does all three. `export_clients(...)` writes a CSV whose cells a spreadsheet
cannot run as formulas. Never imports textual.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handoff.errors import HandoffError, NotFound, ValidationError
from handoff.model import CHANNELS, LANGUAGES, MAX_TEXT, Client, Person
from handoff.paths import output_path
from handoff.resolve import resolve
from handoff.storage import write_output
from handoff.store import Store
from handoff.text import clean_line

MAX_FILE_BYTES = 200 * 1024 * 1024  # a contacts export this large is a mistake, not a client list
CSV_FIELD_LIMIT = 64 * 1024 * 1024  # read huge cells so the error can name their row and column
PREVIEW_ROWS = 5

Progress = Callable[[int, int], None]  # (rows done, rows in all)

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
}


def _norm(header: str) -> str:
    """'E-mail 1 - Value' → 'email1value': case, spaces and punctuation do not matter."""
    return "".join(ch for ch in header.casefold() if ch.isalnum())


# Header shapes of real exports (HubSpot, Salesforce, Google Contacts, Outlook, Thunderbird,
# vCard) and of the plain columns, plus the seeds' languages (Polish, Catalan, Indonesian).
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
_LANGUAGE_WORDS = {
    "en": "en", "eng": "en", "english": "en", "angielski": "en", "anglès": "en", "inggris": "en",
    "pl": "pl", "pol": "pl", "polish": "pl", "polski": "pl", "polonès": "pl", "polandia": "pl",
    "ca": "ca", "cat": "ca", "catalan": "ca", "català": "ca", "kataloński": "ca",
    "katalan": "ca",
    "id": "id", "ind": "id", "indonesian": "id", "bahasa indonesia": "id", "indonesia": "id",
    "indonezyjski": "id", "indonesi": "id",
}  # fmt: skip
_YES = {"yes", "y", "true", "1", "x", "✓", "tak", "sí", "si", "ya", "key", "vip"}
_NO = {"", "no", "n", "false", "0", "nie", "tidak"}

# OWASP CSV injection: a cell starting with one of these is a formula to a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


# -- reading ------------------------------------------------------------------------------------
@dataclass
class SourceRecord:
    """One row of a CSV file or one card of a vCard file, as text cells."""

    row: int  # CSV: the spreadsheet row (the header is row 1); vCard: the card's number
    line: int  # the line of the file where it starts
    cells: list[str]


@dataclass
class SourceTable:
    """A file read into a header and rows, before any mapping or validation."""

    path: Path
    kind: str  # "csv" or "vcard"
    encoding: str  # the codec that decoded it
    encoding_label: str  # what the user is told, e.g. "cp1250 (Windows Central European)"
    delimiter: str | None
    headers: list[str]
    records: list[SourceRecord]
    shape: str = ""  # e.g. "Google Contacts export"; "" when not recognised

    @property
    def name(self) -> str:
        return self.path.name

    def where(self, record: SourceRecord) -> str:
        """How a person finds a record: 'row 4' (a spreadsheet's numbering) or 'card 2'."""
        if self.kind == "vcard":
            return f"card {record.row} (line {record.line})"
        if record.line != record.row:  # multi-line cells above: the text editor's line differs
            return f"row {record.row} (line {record.line})"
        return f"row {record.row}"

    @property
    def format_label(self) -> str:
        if self.kind == "vcard":
            return "vCard"
        return f"CSV ({self.shape})" if self.shape else "CSV"

    @property
    def delimiter_label(self) -> str:
        return {",": "comma", ";": "semicolon", "\t": "tab"}.get(self.delimiter or "", "")


_ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16 with BOM",
    "cp1250": "cp1250 (Windows Central European)",
    "cp1252": "cp1252 (Windows Western European)",
    "iso-8859-2": "ISO-8859-2 (Latin-2)",
    "latin-1": "latin-1 (ISO-8859-1)",
}
_LEGACY = ("cp1250", "cp1252", "iso-8859-2", "latin-1")
# Letters common in the languages whose legacy files we expect (the seeds' Polish and Catalan,
# and the Western European neighbours). A wrong guess turns them into symbols (¹ ³ ¿ £) or into
# letters hardly any language uses (ŕ ď ň), which is how the right codec is told apart.
_LIKELY_LETTERS = set(
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"  # Polish
    "àèéíïòóúüçÀÈÉÍÏÒÓÚÜÇ·"  # Catalan
    "áâãäåêëìîñôõöùûýÿßÁÂÃÄÅÊËÌÎÑÔÕÖÙÛÝ"  # Spanish, French, German, Portuguese, Italian
    "čěřšťůžČĚŘŠŤŮŽ"  # Czech and Slovak, the other cp1250 users
)


def _decode(raw: bytes, source: str, forced: str | None) -> tuple[str, str]:
    """Return (text, codec). UTF-8 (with or without BOM) first, then the likeliest legacy one."""
    if forced:
        try:
            return raw.decode(forced), forced
        except LookupError:
            raise ValidationError(f"{source}: unknown encoding {forced!r}") from None
        except UnicodeDecodeError as exc:
            raise ValidationError(
                f"{source} is not {forced} text (byte {exc.start + 1} cannot be decoded)"
            ) from None
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise ValidationError(
                f"{source} starts like UTF-8 but byte {exc.start + 1} is not UTF-8"
            ) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ValidationError(f"{source} starts like UTF-16 but is not") from None
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, int, str, str] | None = None
    for rank, codec in enumerate(_LEGACY):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        candidate = (_plausibility(text), -rank, text, codec)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    assert best is not None  # latin-1 decodes any bytes
    return best[2], best[3]


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SCORE_SAMPLE = 1_000_000  # characters: plenty to tell codecs apart, quick on a huge file


def _plausibility(text: str) -> int:
    """How much `text` looks like names and notes: likely letters up, mojibake down."""
    score = 0
    sample = text[:_SCORE_SAMPLE]
    for match in _NON_ASCII.finditer(sample):
        ch, i = match.group(), match.start()
        if "\x80" <= ch <= "\x9f":  # C1 controls: latin-1 reading Windows bytes
            score -= 20
        elif ch in _LIKELY_LETTERS:
            score += 2
        elif ch.isalpha():
            score -= 1
        else:  # a symbol glued to a letter ('Micha³', 'Wi¿e') is a wrongly decoded letter
            before = sample[i - 1] if i else " "
            after = sample[i + 1] if i + 1 < len(sample) else " "
            if before.isalpha() or after.isalpha():
                score -= 10
    return score


def _check_not_binary(raw: bytes, text: str, source: str) -> None:
    if raw.startswith(b"PK\x03\x04"):
        raise ValidationError(
            f"{source} is a zip file (an Excel workbook?), not CSV or vCard: "
            "save it as CSV from the spreadsheet first"
        )
    if raw.startswith(b"%PDF"):
        raise ValidationError(f"{source} is a PDF, not CSV or vCard")
    sample = text[:65536]
    # Escape codes (ESC) are text someone pasted: cleaned later, not a sign of binary data.
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\x1b")
    if "\x00" in sample or controls > max(8, len(sample) // 20):
        raise ValidationError(
            f"{source} does not look like a text file (it holds binary data): "
            "give a CSV or vCard (.vcf) file"
        )


def read_source(path: Path | str, encoding: str | None = None) -> SourceTable:
    """Read a CSV or vCard file into a `SourceTable`; errors name the file (and line)."""
    path = Path(path).expanduser()
    source = path.name
    try:
        if path.is_dir():
            raise ValidationError(f"{path} is a folder, not a CSV or vCard file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(
                f"{source}: {size:,} bytes is too large to import (at most {MAX_FILE_BYTES:,})"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file") from None
    except OSError as exc:
        raise ValidationError(f"{path}: {exc.strerror}") from None
    if not raw.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
        raise ValidationError(f"{source} is empty: there is nothing to import")
    text, codec = _decode(raw, source, encoding)
    _check_not_binary(raw, text, source)
    label = _ENCODING_LABELS.get(codec, codec)
    if _looks_like_vcard(text):
        headers, records = _read_vcards(text, source)
        return SourceTable(path, "vcard", codec, label, None, headers, records, "vCard")
    delimiter, text, first_line = _sniff_delimiter(text)
    headers, records = _read_csv(text, delimiter, source, first_line)
    return SourceTable(path, "csv", codec, label, delimiter, headers, records, _shape(headers))


def _shape(headers: Sequence[str]) -> str:
    names = {_norm(h) for h in headers}
    for label, needed in _SHAPES:
        if all(n in names for n in needed):
            return label
    return ""


def _sniff_delimiter(text: str) -> tuple[str, str, int]:
    """Pick comma, semicolon or tab: the one that splits the header into the most columns
    and the first rows into as many. Honours Excel's 'sep=;' first line."""
    first_line = 1
    head, _, rest = text.partition("\n")
    hint = head.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:
        delimiter = head.strip()[4]
        return ("\t" if delimiter == "t" else delimiter), rest, 2
    sample = text[:65536]
    if len(text) > len(sample):
        sample = sample[: sample.rfind("\n") + 1] or sample
    best: tuple[tuple[bool, float, int], str] | None = None
    for delimiter in (",", ";", "\t"):
        try:
            rows = [
                r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r
            ]
        except csv.Error:
            rows = []
        if not rows:
            continue
        width = len(rows[0])
        body = rows[1:21]
        steady = sum(1 for r in body if len(r) == width) / len(body) if body else 1.0
        score = (width > 1, steady, width)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return (best[1] if best else ","), text, first_line


def _read_csv(
    text: str, delimiter: str, source: str, first_line: int
) -> tuple[list[str], list[SourceRecord]]:
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    headers: list[str] | None = None
    records: list[SourceRecord] = []
    row = 1
    start = first_line
    while True:
        start = first_line + reader.line_num
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            where = f"row {row + 1}" if headers is not None else "the header row"
            problem = (
                'a quoted cell is never closed (a " is missing)'
                if "end of data" in str(exc)
                else f"broken quoting ({exc}): a cell that holds a quote must be quoted whole, "
                'with the quote doubled ("")'
            )
            raise ValidationError(
                f"{source}, {where} (line {start}): {problem}; nothing was imported"
            ) from None
        if not any(c.strip() for c in cells):
            continue  # blank lines are not rows
        if headers is None:
            headers = [clean_line(c) for c in cells]
            continue
        row += 1
        records.append(SourceRecord(row=row, line=start, cells=cells))
    if headers is None:
        raise ValidationError(f"{source} is empty: there is nothing to import")
    if not records:
        raise ValidationError(f"{source} has a header row but no clients under it")
    return headers, records


# -- vCard --------------------------------------------------------------------------------------
VCARD_COLUMNS = ["FN", "N (given)", "N (additional)", "N (family)", "ORG", "EMAIL", "TEL", "LANG"]
VCARD_COLUMNS += ["NOTE"]
_VCARD_MAPPING = {
    "FN": "name",
    "N (given)": "first_name",
    "N (additional)": "middle_name",
    "N (family)": "last_name",
    "ORG": "company",
    "EMAIL": "email",
    "TEL": "phone",
    "LANG": "language",
    "NOTE": "notes",
}


def _looks_like_vcard(text: str) -> bool:
    for line in text.splitlines():
        if line.strip():
            return line.strip().upper() == "BEGIN:VCARD"
    return False


def _read_vcards(text: str, source: str) -> tuple[list[str], list[SourceRecord]]:
    """Split the file into cards ourselves (to know each card's line), parse each with vobject."""
    import vobject

    cards: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        marker = line.strip().upper()
        if current is None:
            if marker == "BEGIN:VCARD":
                current, start = [line], number
            elif marker:
                raise ValidationError(
                    f"{source}, line {number}: text outside BEGIN:VCARD … END:VCARD"
                )
            continue
        current.append(line)
        if marker == "END:VCARD":
            cards.append((start, current))
            current = None
    if current is not None:
        cards.append((start, current))  # unclosed: vobject names the problem below
    records = []
    for index, (start, lines) in enumerate(cards, start=1):
        try:
            card = vobject.readOne("\r\n".join(lines) + "\r\n", validate=False)
        except Exception as exc:  # vobject raises ParseError and, on odd input, others
            reason = getattr(exc, "msg", None) or str(exc) or type(exc).__name__
            records.append(SourceRecord(row=index, line=start, cells=[_BROKEN, clean_line(reason)]))
            continue
        records.append(SourceRecord(row=index, line=start, cells=_vcard_cells(card)))
    if not records:
        raise ValidationError(f"{source} holds no vCards")
    return list(VCARD_COLUMNS), records


_BROKEN = "\x00broken"  # marks a card vobject could not read; a real cell never holds NUL


def _vcard_cells(card: Any) -> list[str]:
    def values(name: str) -> list[Any]:
        return [c for c in card.getChildren() if c.name.upper() == name]

    def preferred(name: str) -> str:
        found = values(name)
        if not found:
            return ""

        def is_pref(c: Any) -> bool:
            types = [t.lower() for v in c.params.get("TYPE", []) for t in str(v).split(",")]
            return "pref" in types or bool(c.params.get("PREF"))

        found.sort(key=lambda c: not is_pref(c))
        value = found[0].value
        return str(value) if not isinstance(value, list) else "; ".join(map(str, value))

    names = values("N")
    n = names[0].value if names else None

    def part(attr: str) -> str:
        value = getattr(n, attr, "") if n is not None else ""
        return " ".join(value) if isinstance(value, list) else str(value or "")

    org = values("ORG")
    company = ""
    if org:
        value = org[0].value
        company = str(value[0] if isinstance(value, list) and value else value or "")
    tel = preferred("TEL")
    if tel.lower().startswith("tel:"):  # vCard 4.0: TEL;VALUE=uri:tel:+48-22-555-0134
        tel = tel[4:].split(";", 1)[0]
    email = preferred("EMAIL")
    if email.lower().startswith("mailto:"):
        email = email[7:]
    notes = "\n".join(str(c.value) for c in values("NOTE"))
    return [
        preferred("FN"),
        part("given"),
        part("additional"),
        part("family"),
        company,
        email,
        tel,
        preferred("LANG"),
        notes,
    ]


# -- mapping ------------------------------------------------------------------------------------
def auto_mapping(table: SourceTable) -> list[str]:
    """For each column, the client field it feeds ('' = not imported)."""
    if table.kind == "vcard":
        return [_VCARD_MAPPING.get(h, IGNORE) for h in table.headers]
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


# -- validating ---------------------------------------------------------------------------------
@dataclass
class RowProblem:
    where: str  # "row 4", "card 2 (line 9)"
    column: str  # the file's column that holds the problem ("" for the whole row)
    message: str

    def __str__(self) -> str:
        column = f", column “{self.column}”" if self.column else ""
        return f"{self.where}{column}: {self.message}"


@dataclass
class Merge:
    where: str  # the row that was merged away
    into: str  # 'row 3' or 'client 12'
    name: str
    email: str
    filled: list[str]  # field labels that were empty and now hold the row's value


@dataclass
class _Candidate:
    client: Client
    where: str
    given: set[str]  # the fields this row actually had a value for
    existing: bool = False


@dataclass
class ImportPlan:
    """What an import will do, worked out before anything is written."""

    table: SourceTable
    mapping: list[str]
    new: list[Client] = field(default_factory=list)
    new_where: list[str] = field(default_factory=list)
    updates: list[Client] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    candidates: list[_Candidate] = field(default_factory=list)  # every good row, validated
    bad_rows: int = 0
    skip_bad: bool = False
    manager_id: int | None = None


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    plan: ImportPlan
    added: list[Client]
    written: bool

    @property
    def table(self) -> SourceTable:
        return self.plan.table


class ImportRejected(ValidationError):
    """Bad rows and no --skip-bad: nothing was imported. Carries the plan for the report."""

    def __init__(self, plan: ImportPlan) -> None:
        first = plan.problems[0]
        more = len(plan.problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        super().__init__(
            f"{plan.table.name}, {first}{tail}; nothing was imported "
            "(fix the file, or use --skip-bad to import the good rows)"
        )
        self.plan = plan


def _short(value: str, limit: int = 60) -> str:
    value = clean_line(value)
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _unneutralise(value: str) -> str:
    """Undo the export's formula guard: "'+48 22…" → "+48 22…" (see `neutralise`)."""
    if len(value) > 1 and value[0] == "'" and value[1] in (*FORMULA_STARTS, "'"):
        return value[1:]
    return value


def _first_value(cell: str) -> str:
    """Google writes several values in one cell as 'a ::: b'; the first is the main one."""
    return cell.split(" ::: ", 1)[0]


def plan_import(
    store: Store,
    table: SourceTable,
    mapping: Sequence[str] | None = None,
    *,
    skip_bad: bool = False,
    manager: Person | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Validate every row and work out additions and merges; writes nothing."""
    mapping = list(mapping if mapping is not None else auto_mapping(table))
    if len(mapping) != len(table.headers):
        raise HandoffError("the column mapping does not match the file's columns")
    plan = ImportPlan(table, mapping, skip_bad=skip_bad, manager_id=manager.id if manager else None)
    mapped = set(mapping)
    if not mapped & {"name", "first_name", "last_name", "company"}:
        shown = ", ".join(h for h in table.headers[:12]) + (" …" if len(table.headers) > 12 else "")
        raise ValidationError(
            f"{table.name}: no column gives the client's name (looked for Name, First Name / "
            f"Last Name, Company…; the file has: {shown})"
        )
    people = store.people()
    total = len(table.records)
    candidates: list[_Candidate] = []
    step = max(1, total // 100)
    for done, record in enumerate(table.records, start=1):
        try:
            candidates.append(_validate(table, mapping, record, people, manager))
        except _RowError as exc:
            plan.problems.extend(exc.problems)
            plan.bad_rows += 1
        if progress and (done % step == 0 or done == total):
            progress(done, total)
    plan.candidates = candidates
    _resolve_duplicates(plan, candidates, store.clients(include_archived=True))
    return plan


class _RowError(Exception):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


def _validate(
    table: SourceTable,
    mapping: Sequence[str],
    record: SourceRecord,
    people: list[Person],
    manager: Person | None,
) -> _Candidate:
    """Turn one record into a valid client, or raise `_RowError` with every problem in it."""
    where = table.where(record)
    cells = record.cells
    if cells and cells[0] == _BROKEN:
        raise _RowError([RowProblem(where, "", f"not a readable vCard ({cells[1]})")])
    width = len(table.headers)
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        message = (
            f"{len(cells)} cells but the header has {width} columns "
            "(a cell with a delimiter in it that is not quoted?)"
        )
        raise _RowError([RowProblem(where, "", message)])
    if len(cells) < width:
        message = f"{len(cells)} cells but the header has {width} columns"
        raise _RowError([RowProblem(where, "", message)])
    problems: list[RowProblem] = []
    values: dict[str, str] = {}
    source_column: dict[str, str] = {}
    for index, target in enumerate(mapping):
        if not target:
            continue
        cell = cells[index]
        column = table.headers[index] or f"column {index + 1}"
        if len(cell) > MAX_TEXT:
            message = f"{len(cell):,} characters is too long (at most {MAX_TEXT:,})"
            problems.append(RowProblem(where, column, message))
            continue
        value = _unneutralise(cell)
        if target in ("email", "phone"):
            value = _first_value(value)
        if not value.strip() or values.get(target):
            continue  # several columns feed one field: the first one with a value wins
        values[target] = value
        source_column[target] = column

    def fail(target: str, message: str) -> None:
        problems.append(RowProblem(where, source_column.get(target, ""), message))

    name = values.get("name", "")
    if not clean_line(name):
        parts = [values.get(k, "") for k in ("first_name", "middle_name", "last_name")]
        name = " ".join(clean_line(p) for p in parts if clean_line(p))
        source_column["name"] = " + ".join(
            source_column[k] for k in ("first_name", "middle_name", "last_name") if k in values
        )
    if not name:
        name = values.get("company", "")  # an account export: the company is the client
        source_column["name"] = source_column.get("company", "")
    if not clean_line(name) and not problems:
        problems.append(RowProblem(where, "", "no name (and no company) in this row"))

    kwargs: dict[str, Any] = {"name": name}
    for key in ("company", "email", "phone", "availability", "checkin", "notes", "private_notes"):
        if key in values:
            kwargs[key] = values[key]
    if "email" in kwargs:
        kwargs["email"] = clean_line(kwargs["email"])
        if kwargs["email"].lower().startswith("mailto:"):
            kwargs["email"] = kwargs["email"][7:]
    if "preferred_channel" in values:
        word = clean_line(values["preferred_channel"]).casefold()
        channel = _CHANNEL_WORDS.get(word, word)
        if channel in CHANNELS:
            kwargs["preferred_channel"] = channel
        else:
            fail(
                "preferred_channel",
                f"{_short(values['preferred_channel'])!r} is not a channel "
                f"(one of: {', '.join(CHANNELS)})",
            )
    if "language" in values:
        code = _language(values["language"])
        if code:
            kwargs["language"] = code
        else:
            fail(
                "language",
                f"{_short(values['language'])!r} is not a language handoff has statements in "
                f"({', '.join(f'{k} {v}' for k, v in LANGUAGES.items())})",
            )
    if "key_account" in values:
        word = clean_line(values["key_account"]).casefold()
        if word in _YES | _NO:
            kwargs["key_account"] = word in _YES
        else:
            fail("key_account", f"{_short(values['key_account'])!r}: write yes or no")
    if "address_as" in values:
        word = clean_line(values["address_as"]).casefold().rstrip(".")
        # Any other title (Dr, Prof.) leaves the neutral default: the text then uses the name.
        kwargs["address_as"] = _ADDRESS_WORDS.get(word, "")
    owner = manager
    if "manager" in values:
        try:
            owner = resolve(people, clean_line(values["manager"]), "person", lambda p: p.name)
        except NotFound as exc:
            fail("manager", str(exc))
    if owner is not None:
        kwargs["manager_id"] = owner.id
    if not clean_line(name):
        raise _RowError(problems)
    client = Client(**kwargs)
    # The model stops at its first complaint; blank the field it named and ask again, so one
    # pass over the file lists every problem of the row.
    for _ in range(len(_BLANK)):
        try:
            client.validate()
            break
        except ValidationError as exc:
            target = exc.field or ""
            message = str(exc)
            for prefix in (f"{target}: ", f"{target.replace('_', ' ')}: "):
                if target and message.startswith(prefix):
                    message = message[len(prefix) :]
            fail(target, message)
            if target not in _BLANK:
                break
            setattr(client, target, _BLANK[target])
    if problems:
        raise _RowError(problems)
    given = {k for k in kwargs if k != "name"} | {"name"}
    return _Candidate(client, where, given)


# What a field is set to after the model rejected it, so the next check can run.
_BLANK = {
    "name": "?",
    "company": "",
    "email": "",
    "phone": "",
    "availability": "",
    "checkin": "",
    "notes": "",
    "private_notes": "",
    "language": "en",
    "preferred_channel": "email",
}


def _language(value: str) -> str:
    """A language code handoff knows, from 'pl', 'pl-PL', 'Polish' or 'polski'; '' if none."""
    word = clean_line(value).casefold()
    code = _LANGUAGE_WORDS.get(word)
    if code is None:
        code = _LANGUAGE_WORDS.get(re.split(r"[-_]", word, maxsplit=1)[0], "")  # 'pl-PL', 'en_GB'
    return code if code in LANGUAGES else ""


# A client's form of address in the words of the four languages (see `model.ADDRESS_FORMS`).
_ADDRESS_WORDS = {
    **dict.fromkeys(("", "neutral", "none"), ""),
    **dict.fromkeys(("mr", "pan", "senyor", "sr", "bapak", "pak"), "mr"),
    **dict.fromkeys(("ms", "mrs", "miss", "pani", "senyora", "sra", "ibu", "bu"), "ms"),
    **dict.fromkeys(("first", "first name", "firstname"), "first"),
}

# Fields a merge may fill when they are empty; language and channel are kept as they are.
_FILLABLE = ("company", "email", "phone", "availability", "checkin", "notes", "private_notes")


def _dedup_key(client: Client) -> str | None:
    return client.email.casefold() if client.email else None


def _fill(target: Client, source: Client, given: set[str]) -> list[str]:
    filled = []
    for key in _FILLABLE:
        if key in given and not getattr(target, key) and getattr(source, key):
            setattr(target, key, getattr(source, key))
            filled.append(FIELDS[key])
    if "key_account" in given and source.key_account and not target.key_account:
        target.key_account = True
        filled.append(FIELDS["key_account"])
    if "manager_id" in given and target.manager_id is None and source.manager_id is not None:
        target.manager_id = source.manager_id
        filled.append(FIELDS["manager"])
    return filled


def _resolve_duplicates(
    plan: ImportPlan, candidates: list[_Candidate], existing: list[Client]
) -> None:
    """Same email (case-insensitive) as an earlier row or a stored client: merge, not double.

    Works on copies, so it can run again (inside the write lock) on the same candidates.
    """
    plan.new, plan.new_where, plan.updates, plan.merges = [], [], [], []
    seen: dict[str, _Candidate] = {}
    for client in existing:
        key = _dedup_key(client)
        if key and key not in seen:
            seen[key] = _Candidate(client, f"client {client.id}", set(), existing=True)
    touched: dict[int, Client] = {}
    for original in candidates:
        candidate = _Candidate(
            Client.from_doc(original.client.to_doc()), original.where, original.given
        )
        key = _dedup_key(candidate.client)
        first = seen.get(key) if key else None
        if first is None:
            if key:
                seen[key] = candidate
            plan.new.append(candidate.client)
            plan.new_where.append(candidate.where)
            continue
        filled = _fill(first.client, candidate.client, candidate.given)
        if first.existing and filled:
            touched[first.client.id] = first.client
        plan.merges.append(
            Merge(candidate.where, first.where, first.client.name, first.client.email, filled)
        )
    plan.updates = list(touched.values())


# -- writing ------------------------------------------------------------------------------------
def apply_plan(store: Store, plan: ImportPlan) -> ImportReport:
    """Write the plan in one atomic write: every client, or none.

    Duplicates are worked out again against the database as it is inside the write lock,
    since another process may have added clients since the plan was made.
    """
    if plan.problems and not plan.skip_bad:
        raise ImportRejected(plan)
    with store.batch():
        _resolve_duplicates(plan, plan.candidates, store.clients(include_archived=True))
        for client in plan.updates:
            store.update_client(client)
        added = store.add_clients(plan.new)
    return ImportReport(plan, added, written=True)


def import_clients(
    store: Store,
    path: Path | str,
    *,
    skip_bad: bool = False,
    dry_run: bool = False,
    manager: Person | None = None,
    mapping_overrides: Iterable[str] = (),
    encoding: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Read, validate and (unless `dry_run`) write, all or nothing. Raises `ImportRejected`
    when a row is bad and `skip_bad` is not set."""
    table = read_source(path, encoding)
    mapping = auto_mapping(table)
    for index, target in parse_mapping_overrides(table, mapping_overrides).items():
        mapping[index] = target
    plan = plan_import(store, table, mapping, skip_bad=skip_bad, manager=manager, progress=progress)
    if plan.problems and not skip_bad:
        raise ImportRejected(plan)
    if dry_run:
        return ImportReport(plan, [], written=False)
    return apply_plan(store, plan)


# -- export -------------------------------------------------------------------------------------
EXPORT_COLUMNS = [
    "name", "company", "email", "phone", "preferred_channel", "availability", "checkin",
    "language", "key_account", "address_as", "notes", "manager",
]  # fmt: skip


def neutralise(value: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with "'" (OWASP CSV injection).

    A cell that already starts with "'" before such a character gets one more, so an import of
    the export (`_unneutralise`) gives back exactly what was stored.
    """
    if value.startswith(FORMULA_STARTS) or (
        len(value) > 1 and value[0] == "'" and value[1] in (*FORMULA_STARTS, "'")
    ):
        return "'" + value
    return value


def export_clients(
    store: Store,
    target: Path | str,
    *,
    include_private: bool = False,
    include_archived: bool = False,
) -> int:
    """Write the clients to a CSV file (UTF-8 with BOM, so spreadsheets read the accents);
    returns how many. Private notes only with `include_private`. `target` is checked by
    `paths.output_path` (never the database or its files; `-` is standard output)."""
    out = output_path(target, store.path, what="FILE")
    people = {p.id: p.name for p in store.people()}
    clients = sorted(store.clients(include_archived=include_archived), key=lambda c: c.id)
    columns = EXPORT_COLUMNS + (["private_notes"] if include_private else [])
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for client in clients:
        row = {
            "name": client.name,
            "company": client.company,
            "email": client.email,
            "phone": client.phone,
            "preferred_channel": client.preferred_channel,
            "availability": client.availability,
            "checkin": client.checkin,
            "language": client.language,
            "key_account": "yes" if client.key_account else "no",
            "address_as": client.address_as,
            "notes": client.notes,
            "manager": people.get(client.manager_id, "") if client.manager_id else "",
            "private_notes": client.private_notes,
        }
        writer.writerow([neutralise(row[c]) for c in columns])
    # With private notes the file is readable by its owner only, also over an existing file.
    mode = 0o600 if include_private else None
    write_output(out, buffer.getvalue().encode("utf-8-sig"), mode=mode)
    return len(clients)
