"""Clients in and out: CSV from CRMs, mail programs and phones, vCard, and a safe CSV export.

Reading is three steps, so the app can show each one before anything is written:

1. `read_source(path)` reads the file into a `SourceTable` (format, encoding, delimiter, header,
   rows read in a stream), with a clear error for an empty file, binary data or broken quoting
   (`sources`, `vcard`, `table`).
2. `auto_mapping(table)` maps each column to a client field (editable by the caller, `mapping`),
   and `plan_import(store, table, mapping)` validates every row, merges duplicates (same email,
   in the file or against the database), gives each client a language, and returns an
   `ImportPlan` (`plan`, `languages`).
3. `apply_plan(store, plan)` writes the plan in one atomic write: every client, or none.

`import_clients(...)` does all three. `export_clients(...)` writes a CSV whose cells a
spreadsheet cannot run as formulas (`export`). Never imports textual.
"""

from __future__ import annotations

from handoff.importing.export import EXPORT_COLUMNS, FORMULA_STARTS, export_clients, neutralise
from handoff.importing.languages import firm_language, language_code, phone_language
from handoff.importing.mapping import (
    FIELDS,
    IGNORE,
    auto_mapping,
    mapping_rows,
    parse_mapping_overrides,
)
from handoff.importing.plan import (
    ImportPlan,
    ImportRejected,
    ImportReport,
    Merge,
    Progress,
    RowProblem,
    apply_plan,
    import_clients,
    plan_import,
)
from handoff.importing.sources import CSV_FIELD_LIMIT, MAX_FILE_BYTES, read_source
from handoff.importing.table import PREVIEW_ROWS, SourceRecord, SourceTable

__all__ = [
    "CSV_FIELD_LIMIT",
    "EXPORT_COLUMNS",
    "FIELDS",
    "FORMULA_STARTS",
    "IGNORE",
    "MAX_FILE_BYTES",
    "PREVIEW_ROWS",
    "ImportPlan",
    "ImportRejected",
    "ImportReport",
    "Merge",
    "Progress",
    "RowProblem",
    "SourceRecord",
    "SourceTable",
    "apply_plan",
    "auto_mapping",
    "export_clients",
    "firm_language",
    "import_clients",
    "language_code",
    "mapping_rows",
    "neutralise",
    "parse_mapping_overrides",
    "phone_language",
    "plan_import",
    "read_source",
]
