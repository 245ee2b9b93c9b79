"""`handoff verify HANDOFF`: check the hash chain of a handoff's frozen packet versions.

Exit 0 when every link holds (or nothing was frozen yet), 1 when a version is broken (the
first broken one is named), 2 for a usage error or a database that cannot be read.
"""

from __future__ import annotations

import argparse

from handoff.commands.common import open_store


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "verify",
        parents=[common],
        help="check that a handoff's frozen packet versions are unchanged (the hash chain)",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    from handoff import chain, queries

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    people = {p.id: p for p in store.people()}
    name = queries.handoff_name(handoff, people)
    versions = chain.ordered(store.packet_versions(handoff.id))
    if not versions:
        print(f"{name}: no packet version has been frozen yet; nothing to verify.")
        return 0
    broken = chain.first_break(handoff.id, versions)
    for version in versions:
        if broken is not None and version.number == broken.number:
            break
        later = f", chained {version.chained_at:%Y-%m-%d %H:%M}" if version.chained_at else ""
        print(
            f"  v{version.number}  frozen {version.created:%Y-%m-%d %H:%M}{later}  "
            f"chain {chain.short(version.chain)}  ok"
        )
    if broken is not None:
        print(f"{name}: BROKEN: {broken}.")
        return 1
    head = chain.head(versions)
    print(
        f"{name}: {len(versions)} packet version{'s' if len(versions) != 1 else ''}, "
        f"chain intact. Head {chain.short(head)} (printed on every page), in full {head}."
    )
    return 0
