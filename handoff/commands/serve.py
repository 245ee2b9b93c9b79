"""`handoff serve` and `handoff access grant|list|revoke|owner`: the app in a browser, and who
may come in."""

from __future__ import annotations

import argparse
import ipaddress
import sys

from handoff.commands.common import db_path, open_store, print_table
from handoff.errors import ValidationError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "serve", parents=[common], help="the app in a web browser, for the owner and colleagues"
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--public-url",
        help="the address people open, when a reverse proxy (TLS) stands in front "
        "(e.g. https://handoff.example.com)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("access", parents=[common], help="who may sign in to `handoff serve`")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    grant = actions.add_parser(
        "grant", parents=[common], help="give a colleague a link (shown once)"
    )
    grant.add_argument("person", help="id or name")
    grant.add_argument(
        "--url", default="http://127.0.0.1:8000", help="the server's address, for the link"
    )
    grant.set_defaults(func=cmd_grant)
    revoke = actions.add_parser("revoke", parents=[common], help="end a colleague's link")
    revoke.add_argument("person", help="id or name")
    revoke.set_defaults(func=cmd_revoke)
    listing = actions.add_parser("list", parents=[common], help="who has or had access")
    listing.set_defaults(func=cmd_list)
    owner = actions.add_parser(
        "owner", parents=[common], help="set the owner's passphrase (asked for twice)"
    )
    owner.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase from the first line of standard input",
    )
    owner.set_defaults(func=cmd_owner)


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def cmd_serve(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise ValidationError(f"--port: {args.port} is not a port (1–65535)", "port")
    path = db_path(args)
    if not path.is_file():
        raise ValidationError(f"{path}: no database there (load one with `handoff sample`)")
    try:
        from handoff.web import make_server
    except ImportError:
        raise ValidationError(
            "handoff serve needs textual-serve: install handoff with its 'serve' extra"
        ) from None
    from handoff import access

    store = open_store(args)
    if not _is_loopback(args.host):
        print(
            f"handoff serve: listening on {args.host}, which other machines can reach. "
            "Put it behind a reverse proxy with TLS (for example Caddy: "
            "`reverse_proxy 127.0.0.1:8000`) and pass --public-url https://…; "
            "without TLS, links and passphrases cross the network readable.",
            file=sys.stderr,
        )
    if not access.has_owner_passphrase(store):
        print(
            "handoff serve: no owner passphrase is set (handoff access owner): only "
            "colleagues' links work.",
            file=sys.stderr,
        )
    make_server(path, args.host, args.port, args.public_url).serve()
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    from handoff import access
    from handoff.queries import find_person

    store = open_store(args)
    given = access.grant(store, find_person(store, args.person))
    print(f"Link for {given.person.name} (shown only now; granting again replaces it):")
    print(given.link(args.url))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from handoff import access
    from handoff.queries import find_person

    store = open_store(args)
    person = find_person(store, args.person)
    ended = access.revoke(store, person)
    if ended:
        print(f"{person.name}'s link no longer works; an open browser session ends within seconds.")
    else:
        print(f"{person.name} had no active link.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from handoff import access

    rows = access.listing(open_store(args))
    if not rows:
        print("Nobody has access yet (handoff access grant PERSON).")
        return 0
    print_table(["who", "since", "state"], [(r.person, r.since, r.state) for r in rows])
    return 0


def cmd_owner(args: argparse.Namespace) -> int:
    import getpass

    from handoff import access

    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\n")
    else:
        if not sys.stdin.isatty():
            raise ValidationError(
                "no terminal to ask the passphrase on: use --passphrase-stdin", "passphrase"
            )
        passphrase = getpass.getpass("Owner's passphrase: ")
        if getpass.getpass("Again: ") != passphrase:
            raise ValidationError("the two passphrases differ; nothing was changed", "passphrase")
    access.set_owner_passphrase(open_store(args), passphrase)
    print("The owner's passphrase is set; an earlier one no longer works.")
    return 0
