"""`handoff drafts`, `handoff autoreply`, `handoff calendar`: reach clients where they are."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from handoff.commands.common import open_store

if TYPE_CHECKING:
    from handoff.printing import RiskRefused
    from handoff.store import Store


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "drafts",
        parents=[common],
        help="write one email draft per client (.eml) and all of them as one .mbox; sends nothing",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("-o", "--output", required=True, type=Path, help="folder to write into")
    p.add_argument("--for", dest="for_person", help="only the clients this person covers")
    _override(p)
    p.set_defaults(func=cmd_drafts)

    p = sub.add_parser(
        "autoreply",
        parents=[common],
        help="the away person's auto-reply: one text in every language, or Sieve rules",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("--format", default="txt", choices=("txt", "sieve"), dest="fmt")
    p.add_argument("-o", "--output", type=Path, help="file to write (default: print it)")
    _override(p)
    p.set_defaults(func=cmd_autoreply)

    p = sub.add_parser(
        "calendar",
        parents=[common],
        help="an .ics calendar: dates, each client's check-ins, open items as to-dos",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("-o", "--output", required=True, type=Path, help="the .ics file to write")
    p.add_argument("--for", dest="for_person", help="only the clients this person covers")
    _override(p)
    p.set_defaults(func=cmd_calendar)


def _override(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--override-risk",
        metavar="JUSTIFICATION",
        help="use flagged statements anyway; the justification is recorded",
    )


def _refused(refused: RiskRefused) -> int:
    """A flagged statement stops the command as it stops printing: exit 1, each text named."""
    print(f"handoff: {refused}", file=sys.stderr)
    for line in refused.lines():
        print(f"  {line}", file=sys.stderr)
    return 1


def _ids(args: argparse.Namespace) -> tuple[Store, int, int | None]:
    from handoff import queries

    store: Store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    person = getattr(args, "for_person", None)
    for_person = queries.find_person(store, person).id if person else None
    return store, handoff.id, for_person


def cmd_drafts(args: argparse.Namespace) -> int:
    from handoff.drafts import MBOX_NAME, write_drafts
    from handoff.printing import RiskRefused

    store, handoff_id, for_person = _ids(args)
    try:
        written = write_drafts(store, handoff_id, args.output, for_person, args.override_risk)
    except RiskRefused as refused:
        return _refused(refused)
    print(f"Wrote {len(written.drafts)} draft(s) to {written.folder} (all in {MBOX_NAME}):")
    width = max(len(d.filename) for d in written.drafts)
    for draft in written.drafts:
        print(f"  {draft.filename.ljust(width)}  {draft.language}  {draft.sender} → {draft.to}")
    for skipped in written.skipped:
        print(f"  no draft for {skipped.client_name}: {skipped.reason}")
    print("Nothing was sent: open each draft in your mail program, check it and send it.")
    return 0


def cmd_autoreply(args: argparse.Namespace) -> int:
    from handoff.autoreply import render_autoreply, write_autoreply
    from handoff.printing import RiskRefused

    store, handoff_id, _ = _ids(args)
    try:
        if args.output is not None:
            path = write_autoreply(store, handoff_id, args.fmt, args.output, args.override_risk)
            print(f"Wrote the auto-reply ({args.fmt}) to {path}")
            return 0
        text = render_autoreply(store, handoff_id, args.fmt, args.override_risk)
    except RiskRefused as refused:
        return _refused(refused)
    sys.stdout.write(text)
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from handoff.calendar_export import write_calendar
    from handoff.printing import RiskRefused

    store, handoff_id, for_person = _ids(args)
    try:
        written = write_calendar(store, handoff_id, args.output, for_person, args.override_risk)
    except RiskRefused as refused:
        return _refused(refused)
    print(
        f"Wrote {written.events} event(s) ({written.checkins} repeating check-in(s)) and "
        f"{written.todos} to-do(s) to {written.path}"
    )
    for name in written.no_rhythm:
        print(f"  no repeating check-in for {name}: the agreed rhythm is not a regular one")
    return 0
