"""The contact log and the return review: `handoff log add|import|list`, `review`, `end`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, cast

from handoff.commands.common import open_store, print_json
from handoff.errors import ValidationError
from handoff.paths import shown

MAX_PROBLEMS_INLINE = 10  # more bad cells than this are listed one per line on stdout


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from handoff.commands.common import Parser

    shared = cast(Parser, common)  # built as a Parser (`cli.build_parser`)
    p = sub.add_parser(
        "log", parents=[common], help="record what the covering colleague told clients"
    )
    log_sub = p.add_subparsers(
        dest="log_command", metavar="add|import|list", parser_class=Parser, required=True
    )

    a = log_sub.add_parser("add", parents=[shared], help="record one contact")
    a.add_argument("handoff", help="handoff id or name")
    a.add_argument("--client", required=True, help="client id or name")
    a.add_argument("--who", required=True, help="who spoke to the client (id or name)")
    a.add_argument("--channel", required=True, help="email, phone, sms or 'in person'")
    a.add_argument("--said", required=True, help="what was said: a summary or a quote")
    a.add_argument("--when", help="'YYYY-MM-DD HH:MM' (default: now)")
    a.add_argument("--asked-why", action="store_true", help="the client asked why they left")
    a.add_argument(
        "--outcome", default="fine", help="fine, follow-up, complaint or lost (default: fine)"
    )
    a.set_defaults(func=cmd_log_add)

    i = log_sub.add_parser("import", parents=[shared], help="import a filled-in log sheet (CSV)")
    i.add_argument("handoff", help="handoff id or name")
    i.add_argument("file", type=Path, help="CSV: when,client,who,channel,said,asked_why,outcome")
    i.set_defaults(func=cmd_log_import)

    ls = log_sub.add_parser("list", parents=[shared], help="the log of a handoff")
    ls.add_argument("handoff", help="handoff id or name")
    ls.add_argument("--json", action="store_true", help="print a JSON array")
    ls.set_defaults(func=cmd_log_list)

    r = sub.add_parser("review", parents=[common], help="the return review of a handoff")
    r.add_argument("handoff", help="handoff id or name")
    r.add_argument("--format", choices=["txt", "md", "html", "json"], default="txt")
    r.set_defaults(func=cmd_review)

    e = sub.add_parser(
        "end",
        parents=[common],
        help="end a handoff: clients go back (vacation, leave) or stay with their new contact",
    )
    e.add_argument("handoff", help="handoff id or name")
    e.add_argument(
        "--yes", action="store_true", help="end before the return or effective date without asking"
    )
    e.add_argument(
        "--force",
        action="store_true",
        help="end a draft that was never finalized (needs --reason, which is recorded)",
    )
    e.add_argument("--reason", default="", help="why a draft is ended (with --force)")
    e.set_defaults(func=cmd_end)


def _findings_lines(findings: Any) -> list[str]:
    return [
        f"    ! risky ({f.category}): \u201c{f.words}\u201d \u2014 {f.why} "
        f"Say instead: \u201c{f.alternative}\u201d"
        for f in findings
    ]


def cmd_log_add(args: argparse.Namespace) -> int:
    from handoff import contact_log, queries

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    entry = contact_log.add_entry(
        store,
        handoff.id,
        client=args.client,
        who=args.who,
        channel=args.channel,
        said=args.said,
        when=args.when,
        asked_why=args.asked_why,
        outcome=args.outcome,
    )
    client = store.client(entry.client_id)
    print(
        f"Logged contact {entry.id}: {entry.when:%Y-%m-%d %H:%M}, {client.name}, "
        f"{entry.channel}, {entry.outcome}."
    )
    findings = contact_log.check_said(entry.said, client.language, handoff.kind)
    if findings:
        print(f"Risky words in what was said ({len(findings)}):")
        print("\n".join(_findings_lines(findings)))
    return 0


def cmd_log_import(args: argparse.Namespace) -> int:
    from handoff import contact_log, queries

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    try:
        result = contact_log.import_log(store, handoff.id, args.file)
    except contact_log.LogImportError as exc:
        if len(exc.problems) <= MAX_PROBLEMS_INLINE:
            raise
        # Too many for one line: every problem on stdout, one per line; a summary on stderr.
        for problem in exc.problems:
            print(f"{shown(exc.source)}: {problem}")
        raise ValidationError(exc.summary() + " (every problem is listed above)") from None
    skipped = f"; {result.skipped} already in the log, skipped" if result.skipped else ""
    print(
        f"Imported {len(result.added)} contact{'' if len(result.added) == 1 else 's'} "
        f"from {shown(args.file)} "
        f"into handoff {handoff.id}{skipped}."
    )
    clients = {c.id: c for c in store.clients(include_archived=True)}
    risky = 0
    for entry in result.added:
        client = clients[entry.client_id]
        findings = contact_log.check_said(entry.said, client.language, handoff.kind)
        if findings:
            risky += 1
            print(f"  {entry.when:%Y-%m-%d %H:%M} {client.name}:")
            print("\n".join(_findings_lines(findings)))
    if risky:
        verb = "holds" if risky == 1 else "hold"
        print(f"{risky} of them {verb} risky words; see `handoff review {handoff.id}`.")
    return 0


def cmd_log_list(args: argparse.Namespace) -> int:
    from handoff import contact_log, queries
    from handoff.claims import find_claims
    from handoff.views import log_entry_view

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    contacts = contact_log.logged_contacts(store, handoff.id)
    if args.json:
        rows = []
        for c in contacts:
            view = log_entry_view(c.entry, c.who)
            view["client"] = c.client.name
            view["findings"] = [
                {"words": f.words, "category": f.category, "why": f.why,
                 "alternative": f.alternative}
                for f in c.findings
            ]  # fmt: skip
            view["claims"] = [claim.words for claim in find_claims(c.entry.said)]
            rows.append(view)
        print_json(rows)
        return 0
    if not contacts:
        print(f"No contacts logged for handoff {handoff.id} yet.")
        return 0
    for c in contacts:
        e = c.entry
        who = c.who.name if c.who else "?"
        extra = ", asked why" if e.asked_why else ""
        print(
            f"{e.id:>4}  {e.when:%Y-%m-%d %H:%M}  {c.client.name}  by {who}, {e.channel}, "
            f"{e.outcome}{extra}"
        )
        for line in e.said.split("\n"):
            print(f"      {line}")
        for claim in find_claims(e.said):
            print(f"    ! claims no information: \u201c{claim.words}\u201d (see the review)")
        if c.findings:
            print("\n".join(_findings_lines(c.findings)))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from handoff import queries, review, review_report

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    if args.format == "json":
        print_json(review_report.review_view(review.build_review(store, handoff.id)))
    else:
        text = review_report.render_review(store, handoff.id, args.format)
        print(text, end="" if text.endswith("\n") else "\n")
    return 0


def _confirm(question: str) -> bool:
    """Ask on the terminal; with no terminal there is nobody to ask (the caller says so)."""
    import sys

    sys.stderr.write(f"{question[0].upper()}{question[1:]} [y/N] ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")


def cmd_end(args: argparse.Namespace) -> int:
    import sys

    from handoff import clock, coverage, queries

    if args.force and not args.reason.strip():
        raise ValidationError("--force needs --reason TEXT: say why a draft is ended", "reason")
    if args.reason.strip() and not args.force:
        raise ValidationError("--reason goes with --force (ending a draft)", "force")
    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    force_reason = args.reason if args.force else None
    coverage.check_can_end(store, handoff, force_reason)
    today = clock.today()
    question = coverage.early_question(handoff, store.person(handoff.person_id), today)
    if question is not None and not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(
                f"not ended: {question} Nobody can answer here (no terminal); pass --yes", "yes"
            )
        if not _confirm(question):
            print("Not ended.")
            return 0
    ended = coverage.end_handoff(
        store, handoff.id, today, early=question is not None, force_reason=force_reason
    )
    if force_reason is not None:
        print(f"Forced: handoff {handoff.id} had no finalized packet; the reason is recorded.")
    if ended.returned_to is not None:
        print(
            f"Handoff {handoff.id} ended on {ended.handoff.ended}: "
            f"{len(ended.handoff.client_ids)} clients are back with {ended.returned_to.name}."
        )
        print(f"Hand-back: `handoff review {handoff.id}` lists the calls to make.")
    else:
        print(f"Handoff {handoff.id} ended on {ended.handoff.ended}; each client's new contact:")
        for client, person in ended.reassigned:
            print(f"  {client.name}: {person.name}")
    return 0
