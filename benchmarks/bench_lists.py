"""The lists and the dashboard on their own: `python -m benchmarks.bench_lists`.

Each figure is taken `--repeat` times (default 3) in a fresh process or app and printed as the
best with the spread (best–worst) beside its goal, on the generated firm (`generate.py`) of
5,000 clients and on one of 100,000 clients (the other tables as in the 5,000-client firm):

- `handoff list handoffs` and `handoff list clients` (the whole process, output discarded);
- the dashboard's data: `handoff --db DB` in a pseudo-terminal until its first handoff row
  is on screen (`first_frame`), the same clock as `make bench`'s "shows the handoffs";
- the client book at 100,000 clients and its filter keys, in-process (`benchmarks.tui`).

`--db5k` / `--db100k` take databases built before (by `generate.build_database`, unchanged by
these figures) instead of building them, which takes minutes at 100,000 clients.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.__main__ import Report
from benchmarks.first_frame import first_row, seconds_until
from benchmarks.generate import build_database
from benchmarks.tui import FILTER, _measure


def _spread(times: list[float]) -> tuple[float, tuple[float, float]]:
    return min(times), (min(times), max(times))


def _cli(db: Path, *argv: str, repeat: int) -> tuple[float, tuple[float, float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        command = [sys.executable, "-m", "handoff", *argv, "--db", str(db)]
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return _spread(times)


def _dashboard(db: Path, repeat: int) -> tuple[float, tuple[float, float]]:
    shown = first_row(db)
    app = [sys.executable, "-m", "handoff", "--db", str(db)]
    return _spread([seconds_until(app, "Handoffs", shown)[1] for _ in range(repeat)])


def figures(report: Report, db: Path, label: str, repeat: int, book: bool) -> None:
    for name, argv in [
        ("list handoffs", ("list", "handoffs")),
        ("list clients", ("list", "clients")),
    ]:
        best, spread = _cli(db, *argv, repeat=repeat)
        report.absolute(f"{label}: handoff {name}", best, 1.0, spread=spread)
    best, spread = _dashboard(db, repeat)
    report.absolute(f"{label}: start → dashboard shows the handoffs", best, 1.5, spread=spread)
    if book:
        runs = [asyncio.run(_measure(db)) for _ in range(repeat)]
        for key, what, goal in [
            ("client book", "c → client book shows every client", 2.0),
            ("filter", f"last key of '{FILTER}' → its rows", 0.05),
            ("widen", f"backspace to '{FILTER[0]}' → every row with it", 0.05),
        ]:
            best, spread = _spread([run[key] for run in runs])
            report.absolute(f"{label}: {what}", best, goal, spread=spread)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db5k", type=Path)
    parser.add_argument("--db100k", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = Report()
    with tempfile.TemporaryDirectory() as folder:
        small, big = args.db5k, args.db100k
        if small is None:
            small = Path(folder) / "5k.json"
            build_database(small)
        if big is None:
            big = Path(folder) / "100k.json"
            build_database(big, clients=100_000, items=25000, handoffs=200, log=20000)
        figures(report, small, "5,000 clients", args.repeat, book=False)
        figures(report, big, "100,000 clients", args.repeat, book=True)
    report.print()


if __name__ == "__main__":
    main()
