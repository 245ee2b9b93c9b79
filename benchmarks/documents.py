"""Import and printing figures for `python -m benchmarks`: 5,000 CSV rows into an empty
database, and the HTML packet of a 5,000-client handoff beside a bare Jinja2 render of as many
rows (the floor). The separate `bench_import` and `bench_print` commands give more detail."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any


def import_seconds(rows: int) -> float:
    """Best of three: read, validate and save `rows` HubSpot-shaped CSV rows."""
    from benchmarks.bench_import import write_csv
    from handoff.importing import apply_plan, plan_import, read_source
    from handoff.store import Store

    best = float("inf")
    for _ in range(3):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "contacts.csv"
            write_csv(source, rows)
            store = Store(Path(folder) / "handoff.json")
            start = time.perf_counter()
            report = apply_plan(store, plan_import(store, read_source(source)))
            best = min(best, time.perf_counter() - start)
            assert len(report.added) == rows, len(report.added)
    return best


def packet_seconds(clients: int) -> float:
    """Best of three: the HTML packet of one handoff of `clients` clients."""
    os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")
    from benchmarks.bench_print import build
    from handoff import printing
    from handoff.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "packet.json")
        handoff_id = build(store, clients)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            printing.render_document(store, handoff_id, "html")
            best = min(best, time.perf_counter() - start)
    return best


def document_figures(report: Any, store: Any, db: Path, jinja: float = 0.0) -> None:
    clients = len(store.clients())
    report.absolute(f"import {clients:,} CSV rows", import_seconds(clients), 2.0)
    report.absolute(
        f"packet HTML, {clients:,} clients", packet_seconds(clients), 3.0,
        floor=jinja, floor_name="Jinja2",
    )  # fmt: skip
