"""The foundation's commands: app, demo, sample, list, new, backup, restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from handoff.commands.common import (
    db_path,
    open_store,
    print_json,
    print_table,
    stream_json,
    stream_table,
)
from handoff.errors import ValidationError
from handoff.paths import STDOUT, shown

if TYPE_CHECKING:
    from handoff.model import Person
    from handoff.store import Store


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "demo", parents=[common], help="open the app on a scratch copy of the sample"
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "sample", parents=[common], help="load the sample firm into an empty database"
    )
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("list", parents=[common], help="list clients, people or handoffs")
    p.add_argument("what", choices=["clients", "people", "handoffs"])
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.add_argument("--archived", action="store_true", help="include archived clients")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("new", parents=[common], help="create a handoff and print its id")
    p.add_argument("kind", choices=["vacation", "leave", "termination"])
    p.add_argument("--person", required=True, help="who is leaving (id or name)")
    p.add_argument(
        "--cover",
        required=True,
        action="append",
        help="who covers: NAME for every client, or NAME=CLIENT,CLIENT for some (repeatable)",
    )
    p.add_argument("--from", dest="starts", help="first day away / effective date (YYYY-MM-DD)")
    p.add_argument("--until", help="return date, for vacation and leave (YYYY-MM-DD)")
    p.add_argument(
        "--clients",
        default="all",
        help="'all' (the clients this person looks after, the default) or ID,ID,...",
    )
    p.add_argument("--reason", default="", help="private reason (never printed)")
    p.add_argument(
        "--overlap-reason",
        default="",
        metavar="TEXT",
        help="keep a second open handoff for the same person whose dates overlap (recorded)",
    )
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("backup", parents=[common], help="write the whole database to a JSON file")
    p.add_argument("file", help="the file to write (readable by you only), or - for stdout")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the database from a backup")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_restore)


def one_blas_thread() -> None:
    """numpy's BLAS keeps to one thread in the app's process (unless OPENBLAS_NUM_THREADS says
    otherwise). The app reads meaning in a worker beside the UI; a thread a core, that
    arithmetic fights the UI and other busy programs for the cores: on the 2-core machine with
    one other busy process a check took 51 to 123 ms (three runs) against 33 to 36 ms on one
    thread; idle, 24 to 26 against 32 to 35 (`python benchmarks/bench_worker_threads.py`; the
    goal is 150 ms). numpy reads the setting when it is first imported, which in the app is
    in a worker, well after this; changing it while a BLAS call runs in another thread can
    hang."""
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def open_app(args: argparse.Namespace) -> int:
    import gc

    one_blas_thread()

    # Starting Textual creates a great many objects and no garbage worth collecting: the
    # collector is off until the first frame is painted (the app turns it back on).
    gc.disable()
    from handoff.tui.app import HandoffApp

    # The first frame comes before the file is read: the dashboard reads it in the background.
    # A damaged or newer file closes the app again, and the error is reported here.
    path = db_path(args)  # resolved; a folder, or a folder that does not exist, is refused
    viewer = None
    given = os.environ.get("HANDOFF_VIEWER")
    if given:  # set by `handoff serve` for the app it starts for a signed-in person
        from handoff.viewer import parse_viewer

        viewer = parse_viewer(given)
    app = HandoffApp(path, viewer=viewer)
    app.run()
    if app.failure is not None:
        raise app.failure
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    one_blas_thread()  # before the sample is loaded: loading it imports numpy
    import shutil
    import tempfile

    from handoff.sample import load_sample
    from handoff.store import Store

    scratch = Path(tempfile.mkdtemp(prefix="handoff-demo-"))
    try:
        store = Store(scratch / "demo.json")
        load_sample(store)
        from handoff.tui.app import HandoffApp

        HandoffApp(store, demo=True).run()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("The demo ran on a scratch copy of the sample data; nothing was saved.")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from handoff.sample import load_sample

    store = open_store(args, create=True)
    counts = load_sample(store)
    print(
        f"Loaded the sample firm into {shown(store.path)}: {counts['people']} people, "
        f"{counts['clients']} clients, {counts['items']} open items, "
        f"{counts['handoffs']} handoffs, {counts['log']} contact-log entries."
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from handoff import queries

    store = open_store(args)
    people = {p.id: p for p in store.people()}
    if args.what == "people":
        from handoff.lifecycle import statuses

        rows = sorted(people.values(), key=lambda p: p.id)
        status = statuses(store)  # at the firm, or left (from the end of a termination)
        if args.json:
            print_json(
                [
                    {
                        "id": p.id,
                        "name": p.name,
                        "role": p.role,
                        "email": p.email,
                        "phone": p.phone,
                        "status": str(status[p.id]),
                    }
                    for p in rows
                ]  # fmt: skip
            )
        else:
            print_table(
                ["ID", "NAME", "ROLE", "STATUS", "PHONE", "EMAIL"],
                [(p.id, p.name, p.role_label, status[p.id], p.phone, p.email) for p in rows],
            )
    elif args.what == "clients":
        # Clients read as lines, not records (`client_lines`); output written as it is made.
        def manager(line: queries.ClientLine) -> str | None:
            return people[line.manager_id].name if line.manager_id in people else None

        # One pass: every record is checked before the first line is written (a damaged file
        # gives its one-line error and no half-written output); each line holds the strings
        # already read (a tuple of references, not a record).
        lines = list(queries.client_lines(store, args.archived))
        if args.json:
            stream_json(
                {
                    "id": c.id,
                    "name": c.name,
                    "company": c.company,
                    "email": c.email,
                    "phone": c.phone,
                    "preferred_channel": c.preferred_channel,
                    "language": c.language,
                    "key_account": c.key_account,
                    "manager": manager(c),
                    "archived": c.archived,
                }
                for c in lines
            )
        else:
            table = [
                (
                    c.id,
                    c.name + (" *" if c.key_account else ""),
                    c.company,
                    c.language,
                    c.preferred_channel,
                    manager(c) or "",
                )
                for c in lines
            ]
            stream_table(
                ["ID", "NAME", "COMPANY", "LANG", "CHANNEL", "LOOKED AFTER BY"], lambda: table
            )
    else:
        summaries = queries.handoff_summaries(store)
        if args.json:
            print_json([s.to_json() for s in summaries])
        else:
            print_table(
                ["ID", "NAME", "FROM", "UNTIL", "STATUS", "CLIENTS", "COVERED", "CONTACTED"],
                [
                    (
                        s.id,
                        s.name,
                        s.starts or "",
                        s.until or "",
                        s.status_label,
                        s.clients,
                        s.covered,
                        s.contacted,
                    )
                    for s in summaries
                ],
            )
    return 0


def _parse_client_refs(store: Store, spec: str) -> list[int]:
    from handoff.queries import find_client

    refs = [part for part in spec.split(",") if part.strip()]
    if not refs:
        raise ValidationError("--clients: give 'all' or client ids separated by commas")
    ids: list[int] = []
    for ref in refs:
        client = find_client(store, ref)
        if client.id not in ids:
            ids.append(client.id)
    return ids


def parse_covers(
    store: Store, leaving: Person, client_ids: list[int], specs: list[str]
) -> dict[int, int]:
    """`--cover NAME` (every client) and `--cover NAME=CLIENT,CLIENT` → client id → person id.
    A client named in a cover must be one of `client_ids` (see `lifecycle.check_cover_client`)."""
    from handoff import lifecycle, queries

    people = {p.id: p for p in store.people()}
    covers: dict[int, int] = {}
    default_cover = None
    for spec in specs:
        name, _, clients = spec.partition("=")
        cover = queries.find_person(store, name)
        if cover.id == leaving.id:
            raise ValidationError(
                f"--cover: {cover.name} is the person leaving; choose a colleague to cover"
            )
        if not clients:
            if default_cover is not None:
                raise ValidationError("--cover: give only one NAME without '=CLIENTS'")
            default_cover = cover.id
            continue
        for client_id in _parse_client_refs(store, clients):
            lifecycle.check_cover_client(store.client(client_id), client_ids, leaving, people)
            covers[client_id] = cover.id
    if default_cover is not None:
        for client_id in client_ids:
            covers.setdefault(client_id, default_cover)
    return covers


def cmd_new(args: argparse.Namespace) -> int:
    from handoff import draft, lifecycle, queries
    from handoff.model import parse_date

    store = open_store(args)
    person = queries.find_person(store, args.person)
    if args.clients.strip().lower() == "all":
        client_ids = draft.their_clients(store.clients(), person.id)
    else:
        client_ids = _parse_client_refs(store, args.clients)
    covers = parse_covers(store, person, client_ids, args.cover)
    handoff = draft.start(
        person.id,
        args.kind,
        parse_date(args.starts, "--from"),
        parse_date(args.until, "--until"),
        args.reason,
        client_ids,
        lifecycle.default_routes(store, person.id),
        covers,
    )
    draft.add(store, handoff, args.overlap_reason)
    print(handoff.id)
    if not client_ids:
        print(
            f"note: {person.name} looks after no clients; add them in the app "
            "or with --clients ID,ID",
            file=sys.stderr,
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from handoff.bundle import backup

    store = open_store(args)
    counts = backup(store, args.file)
    total = sum(counts.values())
    # With `-` the backup itself is on standard output: the summary goes to stderr.
    where = "standard output" if args.file == STDOUT else shown(args.file)
    print(
        f"Backed up {total} records from {shown(store.path)} to {where}.",
        file=sys.stderr if args.file == STDOUT else sys.stdout,
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from handoff.bundle import restore

    path = db_path(args)
    kept, counts = restore(path, args.file)
    print(f"Restored {sum(counts.values())} records into {shown(path)}.")
    if kept:
        print(f"The previous database was kept as {shown(kept)}.")
    return 0
