"""Time an import of 5,000 CSV rows: `python -m benchmarks.bench_import [ROWS]`.

Writes a HubSpot-shaped CSV (Polish and Catalan names, multi-line notes) into a temporary
folder, then times reading, validating and the one atomic write into an empty database, and a
second import of the same file (every row a duplicate, merged). Prints the best of 3 runs.
"""

from __future__ import annotations

import csv
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Agnieszka", "Michał", "Pere", "Montserrat", "Dewi", "Jordi", "Łucja", "Núria"]
LAST = ["Wiśniewska", "Żółkiewski", "Soler", "Farré", "Santoso", "Puigcerdà", "Kowalczyk"]


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name",
             "Preferred language", "Lifecycle Stage", "Notes"]
        )  # fmt: skip
        for i in range(rows):
            writer.writerow(
                [
                    5000 + i,
                    FIRST[i % len(FIRST)],
                    LAST[i % len(LAST)],
                    f"client{i}@example.com",
                    f"+48 22 555 {i % 10000:04d}",
                    f"Firm {i % 700}, S.L.",
                    ["Polish", "ca-ES", "English", "id"][i % 4],
                    "customer",
                    f"Tiles for floor {i % 9}\nsecond line, with a comma",
                ]
            )


def main() -> None:
    os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")
    from handoff.importing import apply_plan, plan_import, read_source
    from handoff.store import Store

    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    timings: dict[str, list[float]] = {"read": [], "validate": [], "write": [], "again": []}
    for run in range(3):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "contacts.csv"
            write_csv(source, rows)
            store = Store(Path(folder) / "handoff.json")
            t0 = time.perf_counter()
            table = read_source(source)
            t1 = time.perf_counter()
            plan = plan_import(store, table)
            t2 = time.perf_counter()
            report = apply_plan(store, plan)
            t3 = time.perf_counter()
            assert len(report.added) == rows, len(report.added)
            again = plan_import(store, read_source(source))
            apply_plan(store, again)
            t4 = time.perf_counter()
            assert len(again.merges) == rows and len(store.clients()) == rows
            size = source.stat().st_size
        for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            timings[key].append(value)
        print(f"run {run + 1}: {t3 - t0:.2f} s for {rows:,} rows")
    stages = [timings[k] for k in ("read", "validate", "write")]
    total = [sum(parts) for parts in zip(*stages, strict=True)]
    print(f"file: {size / 1e6:.1f} MB, {rows:,} rows")
    for key, label in [
        ("read", "read + decode + parse"),
        ("validate", "validate + duplicates"),
        ("write", "one atomic write"),
        ("again", "re-import (all merged)"),
    ]:
        print(f"  {label:<24} best {min(timings[key]):.3f} s  median "
              f"{statistics.median(timings[key]):.3f} s")  # fmt: skip
    print(
        f"import of {rows:,} rows: best {min(total):.2f} s, median {statistics.median(total):.2f} s"
    )


if __name__ == "__main__":
    main()
