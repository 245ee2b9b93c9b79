"""Timings for the contact log and the return review on a large handoff.

Run: `.venv/bin/python -m benchmarks.bench_review [--clients N] [--entries N]`. It builds a
scratch database (N clients in one vacation handoff, a packet frozen, a CSV log sheet of
--entries rows, a tenth of them with risky words or claims), then times the import, the review,
each printed format and the dashboard summaries. Nothing outside a temporary folder is touched.
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=300)
    parser.add_argument("--entries", type=int, default=3000)
    args = parser.parse_args()
    os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")

    from handoff import contact_log, packet, queries
    from handoff.model import Client, Handoff, OpenItem, Person
    from handoff.review import build_review
    from handoff.review_report import render_review
    from handoff.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        store = Store(Path(scratch) / "bench.json")
        with store.batch():
            store.add_person(Person("Owner One", role="owner"))
            store.add_person(Person("Boss Two", role="boss"))
            away = store.add_person(Person("Away Person"))
            cover = store.add_person(Person("Cover Person"))
            ids = []
            for n in range(args.clients):
                client = store.add_client(
                    Client(f"Client {n:05d}", phone="+44 20 7946 0000", manager_id=away.id)
                )
                store.add_item(OpenItem(client.id, f"Order {n} tiles", due=date(2026, 11, 10)))
                ids.append(client.id)
            handoff = store.add_handoff(
                Handoff(away.id, "vacation", starts=date(2026, 11, 2), until=date(2026, 11, 20),
                        client_ids=ids, covers=dict.fromkeys(ids, cover.id))
            )  # fmt: skip
        packet.freeze(store, handoff.id, when=datetime(2026, 10, 30, 17, 0), allow_missing=True)

        sheet = Path(scratch) / "log.csv"
        start = datetime(2026, 11, 3, 9, 0)
        with sheet.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["when", "client", "who", "channel", "said", "asked_why", "outcome"])
            for n in range(args.entries):
                said = "Called about the order, all fine"
                if n % 20 == 0:
                    said = "Sorry, no information was left for me about the order"
                elif n % 20 == 1:
                    said = "She was fired, so I handle it now"
                when = start + timedelta(minutes=7 * n)
                writer.writerow(
                    [f"{when:%Y-%m-%d %H:%M}", ids[n % len(ids)], "Cover Person", "phone", said,
                     "no", ""]
                )  # fmt: skip

        def timed(label: str, fn):
            t0 = time.perf_counter()
            result = fn()
            print(f"{label:<44} {time.perf_counter() - t0:8.3f} s")
            return result

        print(f"{args.clients} clients, {args.entries} log rows")
        timed("log import (check every row, one write)", lambda: contact_log.import_log(
            store, handoff.id, sheet))  # fmt: skip
        review = timed("build_review", lambda: build_review(store, handoff.id))
        print(f"{'':<44} {sum(len(r.claims) for r in review.clients)} claims, "
              f"{sum(len(r.risky) for r in review.clients)} risky entries")  # fmt: skip
        for fmt in ("txt", "md", "html"):
            text = timed(f"render_review {fmt}", lambda f=fmt: render_review(store, handoff.id, f))
            print(f"{'':<44} {len(text):,} characters")
        timed("handoff_summaries (dashboard)", lambda: queries.handoff_summaries(store))


if __name__ == "__main__":
    main()
