"""Time "changed since v1": `python -m benchmarks.bench_changes [--clients N] [--runs R]`.

Builds the finalized handoff of `bench_print` (N clients, default 1,000; two items each, four
covering colleagues), adds one open item after finalizing, then times `changes_since` (the
packet as it would be frozen now, beside the frozen one) and `handoff_summaries` (what the
dashboard and `handoff list handoffs` read), R runs each. Figures are printed (min, median,
max); nothing is asserted. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")

from benchmarks.bench_print import build  # noqa: E402
from handoff import changes, packet, queries  # noqa: E402
from handoff.model import OpenItem  # noqa: E402
from handoff.store import Store  # noqa: E402


def spread(label: str, seconds: list[float]) -> None:
    print(
        f"  {label:<34} min {min(seconds):6.2f} s  median {statistics.median(seconds):6.2f} s  "
        f"max {max(seconds):6.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.json")
        handoff_id = build(store, args.clients)
        packet.freeze(store, handoff_id, allow_missing=True)
        handoff = store.handoff(handoff_id)
        store.add_item(OpenItem(client_id=handoff.client_ids[0], title="Added after v1"))
        print(f"{args.clients:,} clients, finalized, one item added since:")
        for label, run in (
            ("changes_since", lambda: changes.changes_since(store, handoff)),
            ("handoff_summaries", lambda: queries.handoff_summaries(store)),
        ):
            seconds = []
            for _ in range(args.runs):
                start = time.perf_counter()
                run()
                seconds.append(time.perf_counter() - start)
            spread(label, seconds)


if __name__ == "__main__":
    main()
