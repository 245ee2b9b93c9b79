"""`handoff people add NAME …` and `handoff people edit PERSON …`: who works at the firm."""

from __future__ import annotations

import argparse
import sys

from handoff.commands.common import open_store
from handoff.model import ROLES
from handoff.paths import shown


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "people", parents=[common], help="add someone at the firm, or correct their details"
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a person")
    add.add_argument("name")
    add.add_argument("--role", default="colleague", choices=ROLES, help="default: colleague")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.set_defaults(func=cmd_add)

    edit = actions.add_parser(
        "edit", parents=[common], help="change a person's name, role, email or phone"
    )
    edit.add_argument("person", help="id or name")
    edit.add_argument("--name")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--email", help="the new email ('' to remove it)")
    edit.add_argument("--phone", help="the new phone number ('' to remove it)")
    edit.set_defaults(func=cmd_edit)


def cmd_add(args: argparse.Namespace) -> int:
    from handoff.people import add_person

    # The first people of a new firm are added from here: this command may make the database,
    # and then says so (a mistyped --db is noticed).
    store = open_store(args, create=True)
    new = not store.path.exists()
    person = add_person(store, args.name, args.role, args.email, args.phone)
    if new:
        print(f"note: a new database: {shown(store.path)}", file=sys.stderr)
    print(f"Added {person.name} ({person.role_label}), id {person.id}.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    from handoff.errors import ValidationError
    from handoff.people import edit_person
    from handoff.queries import find_person

    changes = {"name": args.name, "role": args.role, "email": args.email, "phone": args.phone}
    if all(v is None for v in changes.values()):
        raise ValidationError("say what to change: --name, --role, --email or --phone")
    store = open_store(args)
    person, changed = edit_person(store, find_person(store, args.person).id, **changes)
    if not changed:
        print(f"Nothing changed for {person.name}.")
        return 0
    print(f"Saved {person.name} (id {person.id}):")
    for line in changed:
        print(f"  {line}")
    return 0
