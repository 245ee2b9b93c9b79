"""Clients in and out: `handoff import clients FILE` and `handoff export clients FILE.csv`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from handoff.commands.common import open_store
from handoff.paths import STDOUT, shown


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "import",
        parents=[common],
        help="import clients from a CSV (CRM, Google, Outlook export) or vCard file",
    )
    p.add_argument("what", choices=["clients"])
    p.add_argument("file", type=Path, help="a .csv (comma, semicolon or tab) or .vcf file")
    p.add_argument(
        "--skip-bad", action="store_true", help="import the good rows, report and skip the bad"
    )
    p.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    p.add_argument(
        "--manager", metavar="PERSON", help="who looks after the imported clients (id or name)"
    )
    p.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="map a column yourself, e.g. 'Contact owner=manager' or 'Job Title=' to leave "
        "it out (repeatable)",
    )
    p.add_argument("--encoding", help="the file's encoding, when the guess is wrong (e.g. cp1250)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export", parents=[common], help="write the clients to a CSV file, safe for spreadsheets"
    )
    p.add_argument("what", choices=["clients"])
    p.add_argument("file", help="the CSV file to write, or - for standard output")
    p.add_argument(
        "--include-private",
        action="store_true",
        help="also write private notes (they are left out by default)",
    )
    p.add_argument("--archived", action="store_true", help="include archived clients")
    p.set_defaults(func=cmd_export)


def _progress_printer() -> Callable[[int, int], None] | None:
    """Progress on stderr for large files, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 2000:
            end = "\n" if done == total else ""
            sys.stderr.write(f"\rchecking rows: {done:,}/{total:,}{end}")
            sys.stderr.flush()

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from handoff import queries
    from handoff.importing import ImportRejected, import_clients
    from handoff.render import render
    from handoff.views import import_report_view

    store = open_store(args, create=True)
    manager = queries.find_person(store, args.manager) if args.manager else None
    try:
        report = import_clients(
            store,
            args.file,
            skip_bad=args.skip_bad,
            dry_run=args.dry_run,
            manager=manager,
            mapping_overrides=args.map,
            encoding=args.encoding,
            progress=_progress_printer(),
        )
    except ImportRejected as exc:
        from handoff.importing import ImportReport

        # Every problem on stdout, then the one-line reason on stderr (exit 2).
        rejected = ImportReport(exc.plan, [], written=False)
        sys.stdout.write(render("import/report.txt.j2", "txt", **import_report_view(rejected)))
        raise
    sys.stdout.write(render("import/report.txt.j2", "txt", **import_report_view(report)))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from handoff.importing import export_clients

    store = open_store(args)
    count = export_clients(
        store, args.file, include_private=args.include_private, include_archived=args.archived
    )
    # With `-` the CSV itself is on standard output: the summary goes to stderr.
    out = sys.stderr if args.file == STDOUT else sys.stdout
    where = "standard output" if args.file == STDOUT else shown(args.file)
    print(f"Exported {count} {'client' if count == 1 else 'clients'} to {where}.", file=out)
    if args.include_private:
        print("The file includes PRIVATE NOTES: keep it to yourself.", file=out)
    else:
        print("Private notes were left out (--include-private adds them).", file=out)
    return 0
