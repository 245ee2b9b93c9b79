"""`python -m benchmarks` (or `make bench`): every figure of issue 8 beside its floor.

Floors are measured in the same run on the same machine, so the goals are ratios that do not
depend on how fast this machine is: an empty Textual app's first frame, `json.load` and
`json.dump` + fsync of the same data, a bare Jinja2 render of the same rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.generate import build_database

ROOT = Path(__file__).resolve().parent.parent
HANDOFF = [sys.executable, "-m", "handoff"]


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """The best wall time of `repeat` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def ratio(
        self,
        name: str,
        seconds: float,
        floor: float,
        goal: float,
        floor_name: str,
        spread: tuple[tuple[float, float], ...] = (),
    ) -> None:
        """A figure beside its floor; `spread` is (best, worst) of the figure and the floor."""
        ratio = seconds / floor if floor else float("inf")
        verdict = "ok" if ratio <= goal else "MISSED"
        shown = f"{seconds * 1000:9.1f} ms"
        if spread:
            shown += " (" + "; ".join(f"{a * 1000:.0f}–{b * 1000:.0f}" for a, b in spread) + ")"
        self.rows.append(
            (name, shown, f"{floor_name} {floor * 1000:.1f} ms",
             f"{ratio:5.2f}x (goal ≤ {goal}x)", verdict)
        )  # fmt: skip

    def absolute(
        self,
        name: str,
        value: float,
        goal: float,
        unit: str = "s",
        floor: float | None = None,
        floor_name: str = "",
        spread: tuple[float, float] | None = None,
    ) -> None:
        """A figure with an absolute goal; `floor` (seconds) is shown beside it if given,
        and the spread (best–worst of the runs) if given."""
        shown = f"{value * 1000:9.1f} ms" if unit == "s" else f"{value:9.1f} {unit}"
        if spread:
            scale = 1000 if unit == "s" else 1
            shown += f" ({spread[0] * scale:.0f}–{spread[1] * scale:.0f})"
        goal_shown = f"≤ {goal * 1000:.0f} ms" if unit == "s" else f"≤ {goal:.0f} {unit}"
        verdict = "ok" if value <= goal else "MISSED"
        beside = f"{floor_name} {floor * 1000:.1f} ms" if floor else ""
        self.rows.append((name, shown, beside, f"goal {goal_shown}", verdict))

    def print(self) -> None:
        widths = [max(len(r[i]) for r in self.rows) for i in range(5)]
        for row in self.rows:
            print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


# -- floors ---------------------------------------------------------------------------------
def floor_json(path: Path) -> tuple[float, float, dict]:
    load = best_of(lambda: json.loads(path.read_bytes()))
    data = json.loads(path.read_bytes())
    scratch = path.with_name("floor.json")

    def dump() -> None:
        with open(scratch, "wb") as handle:
            handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
            handle.flush()
            os.fsync(handle.fileno())

    return load, best_of(dump), data


def floor_jinja(rows: list[dict]) -> float:
    from jinja2 import Environment

    template = Environment(autoescape=True).from_string(
        "<table>{% for r in rows %}<tr><td>{{ r.name }}</td><td>{{ r.company }}</td>"
        "<td>{{ r.email }}</td><td>{{ r.phone }}</td><td>{{ r.notes }}</td></tr>"
        "{% endfor %}</table>"
    )
    return best_of(lambda: template.render(rows=rows))


# -- measured figures -------------------------------------------------------------------------
def peak_memory_mb(db: Path) -> float:
    """Peak RSS of a child that opens the large database and reads every table.

    Read from VmHWM, which starts afresh at exec; `getrusage`'s ru_maxrss does not (Linux keeps
    it across execve), so it would count this benchmark process's own size, copied at fork.
    """
    code = (
        "import re, sys\n"
        "from pathlib import Path\n"
        "from handoff.store import Store\n"
        "from handoff import queries\n"
        "s = Store(sys.argv[1]); s.clients(); s.items(); s.log_entries(); s.handoffs()\n"
        "queries.handoff_summaries(s)\n"
        "status = Path('/proc/self/status').read_text()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+) kB', status).group(1)) / 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True)
    return float(out.stdout.strip())


def cli_seconds(*argv: str) -> float:
    return best_of(lambda: subprocess.run([*HANDOFF, *argv], stdout=subprocess.DEVNULL, check=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=5000)
    args = parser.parse_args()
    scale = args.clients / 5000
    sizes = dict(
        clients=args.clients,
        items=int(25000 * scale),
        handoffs=max(1, int(200 * scale)),
        log=int(20000 * scale),
    )
    report = Report()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "large.json"
        start = time.perf_counter()
        build_database(db, **sizes)
        print(
            f"large database: {sizes['clients']:,} clients, {sizes['items']:,} open items, "
            f"{sizes['handoffs']:,} handoffs, {sizes['log']:,} contact-log entries; "
            f"{db.stat().st_size / 1e6:.1f} MB, built in {time.perf_counter() - start:.1f} s"
        )
        json_load, json_dump, data = floor_json(db)
        from handoff.store import Store

        open_s = best_of(lambda: Store(db).clients())
        report.ratio("open database + read clients", open_s, json_load, 2.0, "json.load")

        store = Store(db)
        client = store.client(1)
        edits = []
        for i in range(5):
            client.notes = f"edited {i}"
            start = time.perf_counter()
            store.update_client(client)
            edits.append(time.perf_counter() - start)
        report.ratio("one saved edit", statistics.median(edits), json_dump, 2.0, "json+fsync")

        from handoff.views import client_view

        rows = [client_view(c, [], None) for c in store.clients()]
        jinja = floor_jinja(rows)
        for extra in EXTRA:
            extra(report, store, db, jinja=jinja)

        report.absolute(
            "command line: list clients", cli_seconds("list", "clients", "--db", str(db)), 1.0
        )
        listing = cli_seconds("list", "handoffs", "--db", str(db))
        report.absolute("command line: list handoffs", listing, 1.0)
        report.absolute("peak memory (all tables + summaries)", peak_memory_mb(db), 200, "MB")
        for extra in TUI_EXTRA:
            extra(report, store, db)
    print(
        f"floors: json.load {json_load * 1000:.1f} ms, json.dump+fsync {json_dump * 1000:.1f} ms,"
        f" Jinja2 {jinja * 1000:.1f} ms; an empty Textual app's first frame is beside the TUI's"
    )
    report.print()


# Sections added by other features (printing, import, the TUI) register themselves here.
EXTRA: list[Callable[..., None]] = []
TUI_EXTRA: list[Callable[..., None]] = []


def _register() -> None:
    from benchmarks.documents import document_figures
    from benchmarks.tui import tui_figures

    EXTRA.append(document_figures)
    TUI_EXTRA.append(tui_figures)


_register()

if __name__ == "__main__":
    main()
