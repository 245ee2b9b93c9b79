"""Time printing a big packet: `python -m benchmarks.bench_print [--clients N] [--pdf N,N]`.

Builds a handoff of N clients (default 5,000; two open items each, four covering colleagues)
in a temporary database, then times the packet as HTML (data + template), text, and as PDF for
each size given to --pdf (PDF of the full size only with --pdf-full, since it takes minutes).
Figures are printed; nothing is asserted. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")

from handoff import printing  # noqa: E402
from handoff.model import Client, Handoff, OpenItem, Person  # noqa: E402
from handoff.store import Store  # noqa: E402


def build(store: Store, clients: int) -> int:
    """A firm with one person leaving `clients` clients to four colleagues; the handoff id."""
    with store.batch():
        leaving = store.add_person(Person(name="Lena Leaving", email="lena@example.com"))
        covers = [store.add_person(Person(name=f"Cover {i}")) for i in range(4)]
        boss = store.add_person(Person(name="Bea Boss", role="boss", phone="+44 20 7946 0000"))
        made = store.add_clients(
            Client(
                name=f"Client {i:05d} Wiśniewska",
                company=f"Company {i} & Sons",
                email=f"client{i}@example.com",
                phone=f"+48 22 555 {i:04d}",
                preferred_channel=("email", "phone")[i % 2],
                availability="Weekdays 8:00–10:00, before the first patient",
                checkin="A short call every Monday morning",
                notes="Clinic stays open during works: tile the staff bathroom first.",
                private_notes="never printed",
                manager_id=leaving.id,
            )
            for i in range(clients)
        )
        for client in made:
            for n, status in enumerate(("open", "done")):
                store.add_item(
                    OpenItem(
                        client_id=client.id,
                        title=f"Item {n} for client {client.id}",
                        status=status,
                        due="2026-11-30",
                        next_step="Send three grout samples; she chooses by email",
                    )
                )
        handoff = store.add_handoff(
            Handoff(
                person_id=leaving.id,
                kind="vacation",
                starts="2026-12-01",
                until="2026-12-20",
                client_ids=[c.id for c in made],
                covers={c.id: covers[i % 4].id for i, c in enumerate(made)},
                escalation={"contract_billing": boss.id},
            )
        )
    return handoff.id


def timed(label: str, store: Store, handoff_id: int, fmt: str, **options) -> float:
    """Render one document, print how long it took and how big it is; the seconds."""
    start = time.perf_counter()
    result = printing.render_document(store, handoff_id, fmt, **options)
    seconds = time.perf_counter() - start
    print(f"  {label:<44} {seconds:8.2f} s  {len(result) / 1e6:6.1f} MB")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--pdf", default="100,500", help="client counts to time as PDF")
    parser.add_argument("--pdf-full", action="store_true", help="also PDF of --clients")
    args = parser.parse_args()
    pdf_sizes = [int(n) for n in args.pdf.split(",") if n.strip()]
    if args.pdf_full:
        pdf_sizes.append(args.clients)
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({*(n for n in pdf_sizes if n < args.clients), args.clients})
        for n in sizes:
            store = Store(Path(tmp) / f"bench-{n}.json")
            start = time.perf_counter()
            handoff_id = build(store, n)
            print(f"{n:,} clients (built in {time.perf_counter() - start:.1f} s):")
            if n == args.clients:
                for fmt in ("html", "txt", "md"):
                    timed(f"packet {fmt}", store, handoff_id, fmt)
                timed("packet html, one colleague (1/4)", store, handoff_id, "html", for_person=2)
            if n in pdf_sizes:
                timed("packet pdf", store, handoff_id, "pdf")


if __name__ == "__main__":
    main()
