"""What finalizing needs, without the app: `show`, `edit`, `cancel` and `items`.

`handoff show HANDOFF` (clients, covers, routes, status, versions, what is missing),
`handoff edit HANDOFF` (dates, covers, routes), `handoff cancel HANDOFF` (a draft) and
`handoff items CLIENT [add|edit|done]` (title, due, next step, status). The rules are the
domain's (`handoff.lifecycle`, `handoff.items`, `handoff.changes`); this module only reads the
arguments and prints.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from handoff.commands.common import open_store, print_json
from handoff.errors import ValidationError
from handoff.model import ESCALATION_TOPICS, ITEM_STATUSES

if TYPE_CHECKING:
    from handoff.model import Handoff
    from handoff.store import Store

# Short names for the escalation topics on the command line.
TOPIC_NAMES = {"billing": "contract_billing", "personnel": "personnel", "legal": "legal"}


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "show",
        parents=[common],
        help="one handoff: status, clients and covers, routes, versions, what is missing",
    )
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("--json", action="store_true", help="print a JSON object")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("edit", parents=[common], help="change a handoff's dates, covers or routes")
    p.add_argument("handoff", help="handoff id or name")
    p.add_argument("--from", dest="starts", help="first day away / effective date ('' clears)")
    p.add_argument("--until", help="return date ('' clears)")
    p.add_argument(
        "--cover",
        action="append",
        default=[],
        help="NAME for every uncovered client, or NAME=CLIENT,CLIENT (repeatable)",
    )
    p.add_argument("--add-clients", default="", metavar="ID,ID", help="add clients first")
    p.add_argument(
        "--route",
        action="append",
        default=[],
        metavar="TOPIC=NAME",
        help=f"who answers a topic ({', '.join(TOPIC_NAMES)}); repeatable",
    )
    p.add_argument(
        "--overlap-reason", default="", metavar="TEXT", help="keep overlapping dates (recorded)"
    )
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("cancel", parents=[common], help="cancel a draft (it is kept, marked)")
    p.add_argument("handoff", help="handoff id or name")
    p.set_defaults(func=cmd_cancel)

    p = sub.add_parser(
        "items", parents=[common], help="a client's open items: list, add, edit, mark done"
    )
    p.add_argument("client", help="client id or name")
    p.add_argument("action", nargs="?", choices=["add", "edit", "done"], help="default: list")
    p.add_argument("target", nargs="?", help="add: the title; edit, done: the item id or title")
    p.add_argument("--title", help="edit: the new title")
    p.add_argument("--due", help="due date YYYY-MM-DD ('' clears)")
    p.add_argument("--next-step", dest="next_step", help="the next step ('' clears)")
    p.add_argument("--status", choices=ITEM_STATUSES)
    p.add_argument("--json", action="store_true", help="list: print a JSON array")
    p.set_defaults(func=cmd_items)


# -- show ---------------------------------------------------------------------------------------
def handoff_report(store: Store, handoff: Handoff) -> dict[str, Any]:
    """Everything `show` prints, as plain data: never the private reason."""
    from handoff import changes, clock, packet, queries

    people = {p.id: p for p in store.people()}
    versions = store.packet_versions(handoff.id)
    changed = changes.changes_since(store, handoff) if versions else []

    def name(person_id: int | None) -> str | None:
        person = people.get(person_id) if person_id is not None else None
        return person.name if person else None

    return {
        "id": handoff.id,
        "name": queries.handoff_name(handoff, people),
        "kind": handoff.kind,
        "person": name(handoff.person_id),
        "from": handoff.starts.isoformat() if handoff.starts else None,
        "until": handoff.until.isoformat() if handoff.until else None,
        "status": handoff.status(clock.today(), bool(versions)),
        "ended": handoff.ended.isoformat() if handoff.ended else None,
        "cancelled": handoff.cancelled.isoformat() if handoff.cancelled else None,
        "clients": [
            {
                "id": client_id,
                "name": store.client(client_id).name,
                "cover": name(handoff.covers.get(client_id)),
            }
            for client_id in handoff.client_ids
        ],
        "routes": {topic: name(handoff.escalation.get(topic)) for topic in ESCALATION_TOPICS},
        "versions": [
            {
                "number": v.number,
                "frozen": v.created.isoformat(sep=" ", timespec="minutes"),
                "sha256": v.sha256,
                "current": v is versions[-1] and not changed,
            }
            for v in versions
        ],
        "changed_since_packet": changed,
        "missing": packet.missing(store, handoff) if handoff.ended is None else [],
        "recorded": [dict(j) for j in handoff.justifications],
    }


def cmd_show(args: argparse.Namespace) -> int:
    from handoff import changes, queries

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    report = handoff_report(store, handoff)
    if args.json:
        print_json(report)
        return 0
    print(f"Handoff {report['id']}: {report['name']}")
    print(f"Status: {report['status']}")
    print(f"Clients ({len(report['clients'])}):")
    for c in report["clients"]:
        print(f"  {c['id']:>4}  {c['name']} — covered by {c['cover'] or 'NOBODY YET'}")
    print("Escalation routes:")
    for topic, (label, _role) in ESCALATION_TOPICS.items():
        print(f"  {label}: {report['routes'][topic] or 'nobody'}")
    if not report["versions"]:
        print("Packet: not finalized (a draft)")
    for v in report["versions"]:
        current = " (current)" if v["current"] else ""
        print(f"Packet v{v['number']}{current}: frozen {v['frozen']}, SHA-256 {v['sha256']}")
    if report["changed_since_packet"]:
        n = report["versions"][-1]["number"]
        print(f"Changed since v{n}; {changes.finalize_hint(handoff.id, n)}:")
        for line in report["changed_since_packet"]:
            print(f"  {line}")
    if report["missing"]:
        print("Missing before finalizing:")
        for line in report["missing"]:
            print(f"  {line}")
    for j in report["recorded"]:
        print(f"Recorded {j.get('at', '')}: {j.get('what', '')}: {j.get('reason', '')}")
    return 0


# -- edit ---------------------------------------------------------------------------------------
def _routes(store: Store, handoff: Handoff, specs: list[str]) -> list[str]:
    from handoff import queries

    changed = []
    for spec in specs:
        topic_name, sep, who = spec.partition("=")
        topic = TOPIC_NAMES.get(topic_name.strip().lower(), topic_name.strip().lower())
        if not sep or topic not in ESCALATION_TOPICS or not who.strip():
            raise ValidationError(
                f"--route: {spec!r} is not TOPIC=NAME (topics: {', '.join(TOPIC_NAMES)})",
                "route",
            )
        person = queries.find_person(store, who)
        if handoff.escalation.get(topic) != person.id:
            handoff.escalation[topic] = person.id
            changed.append(f"{ESCALATION_TOPICS[topic][0]}: {person.name}")
    return changed


def cmd_edit(args: argparse.Namespace) -> int:
    from handoff import changes, draft, lifecycle, queries
    from handoff.commands.core import _parse_client_refs, parse_covers

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    leaving = store.person(handoff.person_id)
    said: list[str] = lifecycle.edit_dates(handoff, args.starts, args.until)
    if args.add_clients.strip():
        for client_id in _parse_client_refs(store, args.add_clients):
            if client_id not in handoff.client_ids:
                handoff.client_ids.append(client_id)
                said.append(f"client added: {store.client(client_id).name}")
    # NAME=CLIENT replaces that client's cover; NAME alone covers every uncovered client.
    named = [spec for spec in args.cover if "=" in spec]
    fill = [spec for spec in args.cover if "=" not in spec]
    chosen = parse_covers(store, leaving, handoff.client_ids, named) if named else {}
    if fill:
        uncovered = [c for c in handoff.client_ids if c not in handoff.covers and c not in chosen]
        chosen.update(parse_covers(store, leaving, uncovered, fill))
    for client_id, person_id in chosen.items():
        if handoff.covers.get(client_id) != person_id:
            handoff.covers[client_id] = person_id
            who = store.person(person_id).name
            said.append(f"{store.client(client_id).name}: covered by {who}")
    said += _routes(store, handoff, args.route)
    if not said:
        raise ValidationError("say what to change: --from, --until, --cover, --route")
    draft.save_edit(store, handoff, args.overlap_reason)
    print(f"Saved handoff {handoff.id}:")
    for line in said:
        print(f"  {line}")
    saved = store.handoff(handoff.id)
    latest = store.latest_packet(handoff.id)
    if latest is not None and changes.changes_since(store, saved, latest):
        print(
            f"The packet changed since v{latest.number}; "
            f"{changes.finalize_hint(handoff.id, latest.number)}."
        )
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from handoff import lifecycle, queries

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    cancelled = lifecycle.cancel(store, handoff.id)
    people = {p.id: p for p in store.people()}
    print(
        f"Cancelled handoff {handoff.id}, {queries.handoff_name(cancelled, people)}; it is kept "
        "in the file, marked cancelled."
    )
    return 0


# -- items --------------------------------------------------------------------------------------
def cmd_items(args: argparse.Namespace) -> int:
    from handoff import items, queries
    from handoff.views import item_view

    store = open_store(args)
    client = queries.find_client(store, args.client)
    if args.action is None:
        if args.target or args.title or args.due or args.next_step or args.status:
            raise ValidationError("say what to do: add, edit or done (see handoff items --help)")
        found = sorted(store.items(client.id), key=lambda i: (i.done, str(i.due or "9999"), i.id))
        if args.json:
            print_json([item_view(i) for i in found])
        elif not found:
            print(f"{client.name} has no open items.")
        for i in found if not args.json else []:
            due = f", due {i.due}" if i.due else ""
            step = f" — next: {i.next_step}" if i.next_step else ""
            print(f"{i.id:>4}  [{i.status}] {i.title}{due}{step}")
        return 0
    if not args.target:
        what = "the title" if args.action == "add" else "the item (id or title)"
        raise ValidationError(f"items {args.action}: give {what}", "target")
    if args.action == "add":
        if args.title:
            raise ValidationError("items add: the title is the argument; drop --title", "title")
        item = items.add_item(
            store, client, args.target, args.due or "", args.next_step or "", args.status or "open"
        )
        print(f"Added item {item.id} to {client.name}: {item.title}")
        return 0
    if args.action == "done":
        if args.title or args.due is not None or args.next_step is not None or args.status:
            raise ValidationError("items done takes only the item; use items edit to change it")
        item, changed = items.edit_item(store, client, args.target, status="done")
    else:
        fields = {
            "title": args.title,
            "due": args.due,
            "next_step": args.next_step,
            "status": args.status,
        }
        if all(v is None for v in fields.values()):
            raise ValidationError(
                "items edit: say what to change: --title, --due, --next-step, --status"
            )
        item, changed = items.edit_item(store, client, args.target, **fields)
    if not changed:
        print(f"Nothing changed for item {item.id}.")
        return 0
    print(f"Saved item {item.id} of {client.name}:")
    for line in changed:
        print(f"  {line}")
    return 0
