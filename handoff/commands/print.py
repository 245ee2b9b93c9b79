"""`handoff print`: packets, per-colleague packets, statements and the review as files."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from handoff.commands.common import open_store
from handoff.errors import HandoffError, ValidationError
from handoff.paths import STDOUT, shown
from handoff.storage import write_output

if TYPE_CHECKING:
    from handoff.model import Handoff
    from handoff.store import Store

FORMATS = ("html", "pdf", "md", "txt")
WHATS = ("packet", "statements", "review")
PAPERS = ("a4", "letter")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "print",
        parents=[common],
        help="write a packet, a colleague's packet, the statements or the review to a file",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument("--what", default="packet", choices=WHATS)
    p.add_argument("--for", dest="for_person", help="only the clients this person covers")
    p.add_argument("--paper", default="a4", choices=PAPERS, help="page size (html, pdf)")
    p.add_argument(
        "--override-risk",
        metavar="JUSTIFICATION",
        help="print flagged scripts or statements anyway; the justification is recorded",
    )
    p.add_argument("-o", "--output", required=True, help="file to write, or - for standard output")
    p.add_argument(
        "--to-printer", action="store_true", help="also send the PDF to the default printer (lp)"
    )
    p.set_defaults(func=cmd_print)


def _printer_problem() -> str | None:
    """Why `lp` cannot print right now, or None when a default printer is set up."""
    if shutil.which("lp") is None:
        return "no `lp` command (install CUPS: apt-get install cups-client)"
    if shutil.which("lpstat") is not None:
        try:
            result = subprocess.run(
                ["lpstat", "-d"], capture_output=True, text=True, timeout=10, check=False
            )
        except (OSError, subprocess.SubprocessError):
            return "the printing system does not answer (lpstat -d failed)"
        if result.returncode != 0 or "no system default" in (result.stdout + result.stderr):
            return "no default printer is set up (see `lpstat -p`, `lpoptions -d NAME`)"
    return None


def _progress_line() -> Callable[[str], None]:
    """On a terminal, what printing is doing, on one line of stderr that keeps being rewritten
    (a big PDF takes minutes); cleared when the document is written."""

    def say(message: str) -> None:
        sys.stderr.write(f"\r\x1b[K{message}…")
        sys.stderr.flush()

    return say


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()


def _say_which_version(store: Store, handoff: Handoff) -> None:
    """On stderr: which packet is printed, and when it is out of date, what changed since."""
    from handoff import changes

    latest = store.latest_packet(handoff.id)
    if latest is None:
        return  # a draft says so on every page
    found = changes.changes_since(store, handoff, latest)
    if not found:
        return
    print(
        f"note: changed since v{latest.number}: this prints the frozen v{latest.number}, as the "
        f"colleagues were given it; {changes.finalize_hint(handoff.id, latest.number)}. "
        "What changed:",
        file=sys.stderr,
    )
    for line in found:
        print(f"  {line}", file=sys.stderr)


def cmd_print(args: argparse.Namespace) -> int:
    from handoff import printing, queries

    if args.to_printer and args.fmt != "pdf":
        raise ValidationError("--to-printer sends a PDF: use it with --format pdf", "to-printer")
    to_stdout = args.output == STDOUT
    if args.to_printer and to_stdout:
        raise ValidationError("--to-printer prints a file: give one with -o FILE", "to-printer")
    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    for_person = queries.find_person(store, args.for_person).id if args.for_person else None
    if args.what != "review":
        _say_which_version(store, handoff)
    progress = _progress_line() if sys.stderr.isatty() else None
    try:
        if to_stdout:  # the document on standard output; nothing else is written there
            data = printing.render_document(
                store,
                handoff.id,
                args.fmt,
                args.what,
                for_person,
                paper=args.paper,
                override_risk=args.override_risk,
                progress=progress,
            )
            _clear_progress()
            write_output(None, data)
            return 0
        path = printing.write_document(
            store,
            handoff.id,
            args.fmt,
            args.what,
            for_person,
            args.output,
            paper=args.paper,
            override_risk=args.override_risk,
            progress=progress,
        )
    except printing.RiskRefused as refused:
        _clear_progress()
        print(f"handoff: {refused}", file=sys.stderr)
        for line in refused.lines():
            print(f"  {line}", file=sys.stderr)
        return 1
    except BaseException:
        _clear_progress()
        raise
    _clear_progress()
    print(f"Wrote {args.what} ({args.fmt}) to {shown(path)}")
    if args.to_printer:
        problem = _printer_problem()
        if problem is not None:
            raise HandoffError(f"{shown(path)} was written but not printed: {problem}")
        result = subprocess.run(
            ["lp", "--", str(path)], capture_output=True, text=True, timeout=60, check=False
        )
        if result.returncode != 0:
            reason = (result.stderr or result.stdout).strip().splitlines()
            raise HandoffError(
                f"{shown(path)} was written but lp refused it: "
                f"{reason[0] if reason else 'no reason'}"
            )
        print(f"Sent {shown(path)} to the default printer.")
    return 0
