"""Neutral statements, the risk checker and finalizing: `statement`, `check`, `finalize`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handoff.commands.common import open_store, print_json
from handoff.errors import ValidationError
from handoff.paths import shown


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "statement", parents=[common], help="print one client's statement (or contact script)"
    )
    p.add_argument("handoff", help="handoff id or the name of the person leaving")
    p.add_argument("client", help="client id or name")
    p.add_argument("--lang", help="language code (en, pl, ca, id); default: the client's")
    p.add_argument(
        "--channel",
        choices=["email", "phone"],
        help="the written notice (email) or what to say on the phone; default: email",
    )
    p.add_argument(
        "--script",
        action="store_true",
        help="print the covering colleague's first-contact script instead",
    )
    p.set_defaults(func=cmd_statement)

    p = sub.add_parser(
        "check", parents=[common], help="risk-check text; exit 1 when anything is flagged"
    )
    p.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    p.add_argument(
        "--lang",
        default="en",
        help="language of the text (en, pl, ca, id); English rules apply too, as when finalizing",
    )
    p.add_argument(
        "--kind",
        help="the handoff's kind (vacation, leave, termination); false softeners are "
        "flagged only for termination",
    )
    p.add_argument("--json", action="store_true", help="print the findings as a JSON array")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "finalize", parents=[common], help="freeze the packet as a new version (number, SHA-256)"
    )
    p.add_argument("handoff", help="handoff id or the name of the person leaving")
    p.add_argument(
        "--override-risk",
        metavar="JUSTIFICATION",
        help="finalize even though a script or statement is flagged; the justification is "
        "recorded with the packet version",
    )
    p.set_defaults(func=cmd_finalize)


def cmd_statement(args: argparse.Namespace) -> int:
    from handoff import queries, statements
    from handoff.risk import check_language, check_text
    from handoff.text import clean_line

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    client = queries.find_client(store, args.client)
    if client.id not in handoff.client_ids:
        raise ValidationError(f"{client.name} is not one of the clients of handoff {handoff.id}")
    lang = check_language(args.lang) if args.lang else None
    if args.script:
        if args.channel:
            raise ValidationError("--script follows the client's preferred channel; drop --channel")
        text = statements.script_text(store, handoff, client, lang)
    elif args.channel == "phone":
        text = statements.generate_statement(store, handoff, client, lang, "phone")
    else:
        text = statements.statement_text(store, handoff, client, lang)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    from handoff.packet import text_names

    people = {p.id: p for p in store.people()}
    findings = check_text(
        text, lang or client.language, handoff.kind, text_names(handoff, client, people)
    )
    if findings:
        words = ", ".join(f'"{clean_line(f.words)}" ({f.label})' for f in findings)
        print(f"note: this text is flagged by the risk checker: {words}", file=sys.stderr)
    return 0


MAX_CHECK_BYTES = 5_000_000  # about 20 seconds of checking; a bigger file is a mistake


def read_text(name: str) -> str:
    """The text of FILE (or stdin for '-'), UTF-8 only; a clear error for anything else."""
    if name == "-":
        data = sys.stdin.buffer.read()
        label = "standard input"
    else:
        path = Path(name)
        label = name
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise ValidationError(f"{name}: no such file") from None
        except IsADirectoryError:
            raise ValidationError(f"{name} is a folder, not a text file") from None
        except OSError as exc:
            raise ValidationError(f"{name}: {exc.strerror}") from None
    if len(data) > MAX_CHECK_BYTES:
        raise ValidationError(
            f"{label} is {len(data):,} bytes; the checker reads at most {MAX_CHECK_BYTES:,} "
            "at a time (split the file)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(
            f"{label} is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def cmd_check(args: argparse.Namespace) -> int:
    from handoff.risk import check_kind, check_language, check_text, meaning_status
    from handoff.text import clean_line

    lang = check_language(args.lang)
    kind = check_kind(args.kind)
    text = read_text(args.file)
    # As finalizing does: the text's language and English; and, since a person wrote this
    # text, the meaning check as well — or a plain note that it is off.
    off = meaning_status()
    if off:
        print(f"note: {off}", file=sys.stderr)
    findings = check_text(text, lang, kind, meaning=True)
    if args.json:
        rows = []
        for f in findings:
            line, column = _line_col(text, f.start)
            rows.append({**f.to_json(), "line": line, "column": column})
        print_json(rows)
    else:
        name = "stdin" if args.file == "-" else shown(args.file)
        for f in findings:
            line, column = _line_col(text, f.start)
            print(f'{name}:{line}:{column}: {f.label}: "{clean_line(f.words)}"')
            print(f"    why: {f.why}")
            print(f"    instead: {f.alternative}")
        if findings:
            print(f"{len(findings)} risky passage{'s' if len(findings) != 1 else ''} found.")
        else:
            print("No risky words found.")
    return 1 if findings else 0


def cmd_finalize(args: argparse.Namespace) -> int:
    from handoff import packet, queries
    from handoff.text import clean_line

    store = open_store(args)
    handoff = queries.find_handoff(store, args.handoff)
    people = {p.id: p for p in store.people()}
    name = queries.handoff_name(handoff, people)
    try:
        version = packet.freeze(store, handoff.id, override=args.override_risk)
    except packet.RiskFlagged as exc:
        for flagged in exc.flagged:
            for f in flagged.findings:
                print(
                    f'{flagged.client_name}, {flagged.which}: "{clean_line(f.words)}" '
                    f"({f.label}) — {f.why} Instead: {f.alternative}"
                )
        count = sum(len(f.findings) for f in exc.flagged)
        print(
            f"handoff: not finalized: {count} risky passage{'s' if count != 1 else ''} in "
            f"the scripts and statements of {name}; edit them, or finalize with "
            "--override-risk JUSTIFICATION",
            file=sys.stderr,
        )
        return 1
    print(f"Finalized {name}: packet version {version.number}, SHA-256 {version.sha256}")
    if version.overrides:
        print(f"Recorded {len(version.overrides)} risk override(s) with this version.")
    return 0
