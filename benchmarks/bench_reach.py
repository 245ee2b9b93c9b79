"""Time drafts, the auto-reply and the calendar of a big handoff:
`python -m benchmarks.bench_reach [--clients N] [--repeat R]`.

Builds the handoff of `bench_print` (N clients, default 5,000; four covering colleagues, here
with email addresses) in a temporary database, then writes the email drafts (one .eml each and
the mbox), the Sieve script, the auto-reply text and the calendar, R times each (default 3),
and prints the fastest and slowest run; first, for comparison on the same machine at the same
moment, the statements printed as text (the same statements and the same risk gate). Nothing
is asserted. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")

from benchmarks.bench_print import build  # noqa: E402
from handoff import printing  # noqa: E402
from handoff.autoreply import render_autoreply  # noqa: E402
from handoff.calendar_export import write_calendar  # noqa: E402
from handoff.drafts import write_drafts  # noqa: E402
from handoff.store import Store  # noqa: E402


def spread(label: str, fn: Callable[[], object], repeat: int) -> None:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    print(f"  {label:<40} {min(times):7.2f} s  (slowest {max(times):.2f} s, {repeat} runs)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="handoff-bench-reach-"))
    store = Store(folder / "db.json")
    handoff_id = build(store, args.clients)
    with store.batch():
        for person in store.people():
            if person.name.startswith("Cover "):
                person.email = f"cover{person.id}@example.com"
                store.update_person(person)
    print(f"Reaching {args.clients:,} clients (handoff {handoff_id}):")
    spread(
        "for comparison: print --what statements",
        lambda: printing.render_document(store, handoff_id, "txt", "statements"),
        args.repeat,
    )
    spread(
        "drafts (.eml each + mbox)",
        lambda: write_drafts(store, handoff_id, folder / "drafts"),
        args.repeat,
    )
    spread("auto-reply, Sieve", lambda: render_autoreply(store, handoff_id, "sieve"), args.repeat)
    spread("auto-reply, text", lambda: render_autoreply(store, handoff_id, "txt"), args.repeat)
    spread(
        "calendar (.ics)",
        lambda: write_calendar(store, handoff_id, folder / "cal.ics"),
        args.repeat,
    )


if __name__ == "__main__":
    main()
