"""The import plan: every row validated, duplicates merged, languages told, before any write.

`plan_import` walks the file's rows in a stream and keeps one small `Client` per good row;
`apply_plan` writes the plan in one atomic write: every client, or none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handoff.errors import HandoffError, NotFound, ValidationError
from handoff.importing.export import FORMULA_STARTS
from handoff.importing.languages import (
    FROM_COLUMN,
    FROM_DEFAULT,
    FROM_PHONE,
    firm_language,
    language_code,
    phone_language,
)
from handoff.importing.mapping import (
    _CHANNEL_WORDS,
    _NO,
    _YES,
    FIELDS,
    address_role,
    auto_mapping,
    join_address,
    parse_mapping_overrides,
)
from handoff.importing.sources import read_source
from handoff.importing.table import BROKEN, SourceRecord, SourceTable
from handoff.model import CHANNELS, LANGUAGES, MAX_TEXT, Client, Person
from handoff.resolve import resolve
from handoff.store import Store
from handoff.text import clean_line

Progress = Callable[[int, int], None]  # (rows done, rows in all)


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


@dataclass(slots=True)
class _Candidate:
    client: Client
    where: str
    given: frozenset[str]  # the fields this row actually had a value for (shared between rows)
    language_why: str = FROM_DEFAULT  # FROM_COLUMN, FROM_PHONE or FROM_DEFAULT
    language_source: str = ""  # the column, or the phone's '+48'
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
    # (language, why, where from) → how many of the new clients got it
    languages: Counter[tuple[str, str, str]] = field(default_factory=Counter)


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


_FIRST_VALUE_ONLY = ("email", "phone")
_YES_OR_NO = _YES | _NO


def _too_long(cell: str) -> str:
    return f"{len(cell):,} characters is too long (at most {MAX_TEXT:,})"


def _first_value(cell: str) -> str:
    """Google writes several values in one cell as 'a ::: b'; the first is the main one."""
    return cell.split(" ::: ", 1)[0]


@dataclass
class _Columns:
    """What the mapping means for every row, worked out once per file."""

    single: list[tuple[int, str, str]]  # (index, field, column) feeding one-value fields
    addresses: dict[str, list[tuple[int, int, bool]]]  # field → (index, group rank, whole)
    address_column: dict[str, str]  # field → the first column feeding it (for problems)
    width: int
    default_language: str
    given: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)


def _columns(table: SourceTable, mapping: Sequence[str], default_language: str) -> _Columns:
    single: list[tuple[int, str, str]] = []
    addresses: dict[str, list[tuple[int, int, bool]]] = {}
    address_column: dict[str, str] = {}
    for index, target in enumerate(mapping):
        if not target:
            continue
        column = table.headers[index] or f"column {index + 1}"
        if target in ("address", "site"):
            _group, rank, whole = address_role(table.headers[index], target)
            addresses.setdefault(target, []).append((index, rank, whole))
            address_column.setdefault(target, column)
        else:
            single.append((index, target, column))
    return _Columns(single, addresses, address_column, len(table.headers), default_language)


def plan_import(
    store: Store,
    table: SourceTable,
    mapping: Sequence[str] | None = None,
    *,
    skip_bad: bool = False,
    manager: Person | None = None,
    progress: Progress | None = None,
    default_language: str | None = None,
) -> ImportPlan:
    """Validate every row and work out additions and merges; writes nothing.

    A row without a language gets its phone's (where that is reliable) or `default_language`
    (the firm's, see `firm_language`).
    """
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
    language = default_language or firm_language(store)
    columns = _columns(table, mapping, language)
    total = len(table.records)
    candidates: list[_Candidate] = []
    step = max(1, total // 100)
    for done, record in enumerate(table.records, start=1):
        try:
            candidates.append(_validate(table, columns, record, people, manager))
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
    columns: _Columns,
    record: SourceRecord,
    people: list[Person],
    manager: Person | None,
) -> _Candidate:
    """Turn one record into a valid client, or raise `_RowError` with every problem in it."""
    where = table.where(record)
    cells = record.cells
    if cells and cells[0] == BROKEN:
        raise _RowError([RowProblem(where, "", f"not a readable vCard ({cells[1]})")])
    width = columns.width
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
    for index, target, column in columns.single:
        cell = cells[index]
        if not cell or target in values:
            continue  # several columns feed one field: the first one with a value wins
        if len(cell) > MAX_TEXT:
            problems.append(RowProblem(where, column, _too_long(cell)))
            continue
        if cell[0] == "'":
            cell = _unneutralise(cell)
        if target in _FIRST_VALUE_ONLY and " ::: " in cell:
            cell = _first_value(cell)
        if cell.isspace():
            continue
        values[target] = cell
        source_column[target] = column
    for target, feeding in columns.addresses.items():
        parts = []
        for index, rank, whole in feeding:
            cell = cells[index]
            if not cell:
                continue
            if len(cell) > MAX_TEXT:
                problems.append(RowProblem(where, columns.address_column[target], _too_long(cell)))
                continue
            parts.append((rank, whole, _unneutralise(cell)))
        joined = join_address(parts)
        if joined:
            values[target] = joined
            source_column[target] = columns.address_column[target]

    def fail(target: str, message: str) -> None:
        problems.append(RowProblem(where, source_column.get(target, ""), message))

    name = clean_line(values.get("name", ""))
    if not name:
        name_parts = [
            clean_line(values.get(k, "")) for k in ("first_name", "middle_name", "last_name")
        ]
        name = " ".join(p for p in name_parts if p)
        source_column["name"] = " + ".join(
            source_column[k] for k in ("first_name", "middle_name", "last_name") if k in values
        )
    if not name:
        name = clean_line(values.get("company", ""))  # an account export: the company is the client
        source_column["name"] = source_column.get("company", "")
    if not name and not problems:
        problems.append(RowProblem(where, "", "no name (and no company) in this row"))

    kwargs: dict[str, Any] = {"name": name}
    for key in (
        "company", "email", "phone", "availability", "checkin", "notes", "private_notes",
        "address", "site",
    ):  # fmt: skip
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
    why, why_source = FROM_DEFAULT, ""
    if "language" in values:
        code = language_code(values["language"])
        if code:
            kwargs["language"] = code
            why, why_source = FROM_COLUMN, source_column["language"]
        else:
            fail(
                "language",
                f"{_short(values['language'])!r} is not a language handoff has statements in "
                f"({', '.join(f'{k} {v}' for k, v in LANGUAGES.items())})",
            )
    else:
        code, prefix = phone_language(values.get("phone", ""))
        if code:
            kwargs["language"] = code
            why, why_source = FROM_PHONE, prefix
        else:
            kwargs["language"] = columns.default_language
    if "key_account" in values:
        word = clean_line(values["key_account"]).casefold()
        if word in _YES_OR_NO:
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
    if not name:
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
    given = frozenset(kwargs)  # "language" and "manager_id" included only when set
    if why == FROM_DEFAULT:
        given = given - {"language"}
    given = columns.given.setdefault(given, given)
    return _Candidate(client, where, given, why, why_source)


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
    "address": "",
    "site": "",
    "language": "en",
    "preferred_channel": "email",
}

# A client's form of address in the words of the four languages (see `model.ADDRESS_FORMS`).
_ADDRESS_WORDS = {
    **dict.fromkeys(("", "neutral", "none"), ""),
    **dict.fromkeys(("mr", "pan", "senyor", "sr", "bapak", "pak"), "mr"),
    **dict.fromkeys(("ms", "mrs", "miss", "pani", "senyora", "sra", "ibu", "bu"), "ms"),
    **dict.fromkeys(("first", "first name", "firstname"), "first"),
}

# Fields a merge may fill when they are empty; language and channel are kept as they are.
_FILLABLE = (
    "company", "email", "phone", "availability", "checkin", "notes", "private_notes",
    "address", "site",
)  # fmt: skip


def _dedup_key(client: Client) -> str | None:
    return client.email.casefold() if client.email else None


def _fill(target: Client, source: Client, given: frozenset[str]) -> list[str]:
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


def _would_fill(target: Client, source: Client, given: frozenset[str]) -> bool:
    probe = Client.from_doc(target.to_doc())
    return bool(_fill(probe, source, given))


def _resolve_duplicates(
    plan: ImportPlan, candidates: list[_Candidate], existing: list[Client]
) -> None:
    """Same email (case-insensitive) as an earlier row or a stored client: merge, not double.

    The candidates are left as they are (a row that takes in a later duplicate is copied
    first), so this can run again, inside the write lock, on the same candidates.
    """
    plan.new, plan.new_where, plan.updates, plan.merges = [], [], [], []
    plan.languages = Counter()
    seen: dict[str, tuple[_Candidate, int]] = {}  # key → (first row or client, index in new)
    for client in existing:
        key = _dedup_key(client)
        if key and key not in seen:
            seen[key] = (_Candidate(client, f"client {client.id}", frozenset(), existing=True), -1)
    touched: dict[int, Client] = {}
    copied: set[int] = set()  # indexes in plan.new that hold a copy of their candidate
    for candidate in candidates:
        key = _dedup_key(candidate.client)
        found = seen.get(key) if key else None
        if found is None:
            index = len(plan.new)
            if key:
                seen[key] = (candidate, index)
            plan.new.append(candidate.client)
            plan.new_where.append(candidate.where)
            plan.languages[
                (candidate.client.language, candidate.language_why, candidate.language_source)
            ] += 1
            continue
        first, index = found
        target = first.client if first.existing else plan.new[index]
        if (
            not first.existing
            and index not in copied
            and _would_fill(target, candidate.client, candidate.given)
        ):
            target = Client.from_doc(target.to_doc())
            plan.new[index] = target
            copied.add(index)
        filled = _fill(target, candidate.client, candidate.given)
        if first.existing and filled:
            touched[target.id] = target
        plan.merges.append(Merge(candidate.where, first.where, target.name, target.email, filled))
    plan.updates = list(touched.values())


# -- writing -----------------------------------------------------------------------------------
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
    default_language: str | None = None,
) -> ImportReport:
    """Read, validate and (unless `dry_run`) write, all or nothing. Raises `ImportRejected`
    when a row is bad and `skip_bad` is not set."""
    table = read_source(path, encoding)
    mapping = auto_mapping(table)
    for index, target in parse_mapping_overrides(table, mapping_overrides).items():
        mapping[index] = target
    plan = plan_import(
        store,
        table,
        mapping,
        skip_bad=skip_bad,
        manager=manager,
        progress=progress,
        default_language=default_language,
    )
    if plan.problems and not skip_bad:
        raise ImportRejected(plan)
    if dry_run:
        return ImportReport(plan, [], written=False)
    return apply_plan(store, plan)
