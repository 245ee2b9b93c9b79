"""`handoff firm show` and `handoff firm set --name … --address …`: the firm's own details."""

from __future__ import annotations

import argparse
import sys

from handoff.commands.common import open_store
from handoff.model import LANGUAGES
from handoff.paths import shown


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "firm", parents=[common], help="the firm's name, address and signature on every letter"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="show the firm's details")
    show.set_defaults(func=cmd_show)
    put = actions.add_parser(
        "set", parents=[common], help="change the firm's details ('' empties a field)"
    )
    put.add_argument("--name")
    put.add_argument("--address", help=r"several lines: separate them with \n")
    put.add_argument("--phone")
    put.add_argument("--email")
    put.add_argument("--website")
    put.add_argument("--language", choices=list(LANGUAGES), help="the firm's default language")
    put.add_argument(
        "--signature", help=r"the block under a notice from the firm; lines separated by \n"
    )
    put.set_defaults(func=cmd_set)


def cmd_show(args: argparse.Namespace) -> int:
    from handoff.firm import describe, get_firm

    for line in describe(get_firm(open_store(args))):
        print(line)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from handoff.errors import ValidationError
    from handoff.firm import FIELDS, set_firm

    changes = {name: getattr(args, name) for name in FIELDS}
    if all(v is None for v in changes.values()):
        raise ValidationError(
            "say what to change: " + ", ".join(f"--{name}" for name in FIELDS[:-1]) + " or "
            f"--{FIELDS[-1]}"
        )
    # Naming the firm is a fine first step for a new firm: this command may make the database,
    # and then says so (a mistyped --db is noticed).
    store = open_store(args, create=True)
    new = not store.path.exists()
    firm, changed = set_firm(store, **changes)
    if new and store.path.exists():
        print(f"note: a new database: {shown(store.path)}", file=sys.stderr)
    if not changed:
        print("Nothing changed.")
        return 0
    print(f"Saved the firm{f' ({firm.name})' if firm.name else ''}:")
    for line in changed:
        print(f"  {line}")
    return 0
