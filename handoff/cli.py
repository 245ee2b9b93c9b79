"""The command line: a thin face on the domain.

Exit codes: 0 success, 1 findings, 2 usage or input error with one line on stderr. Unexpected
errors never show a traceback, nor the error's own text (it may quote records): one line names
the kind of error, and a traceback without messages or local variables goes to a log file in
the user's state directory.
Commands that do not open the TUI never import textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from handoff import __version__
from handoff.commands.common import Parser, _printable
from handoff.errors import HandoffError

if TYPE_CHECKING:
    pass

# Each module adds its sub-commands with `register(subparsers, common)`.
COMMAND_MODULES = [
    "handoff.commands.core",
    "handoff.commands.people",
    "handoff.commands.firm",
    "handoff.commands.transfer",
    "handoff.commands.print",
    "handoff.commands.risk",
    "handoff.commands.review",
    "handoff.commands.lifecycle",
    "handoff.commands.serve",
    "handoff.commands.verify",
    "handoff.commands.reach",
]


def _not_utf8(value: object) -> bool:
    if isinstance(value, (list, tuple)):
        return any(_not_utf8(v) for v in value)
    if isinstance(value, (str, os.PathLike)):
        try:
            str(value).encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _argument_names(parser: argparse.ArgumentParser, names: dict[str, str]) -> dict[str, str]:
    """dest → how the person wrote it (`--said`, `NAME`), over every sub-command's parser."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _argument_names(child, names)
        elif action.dest not in names:
            if action.option_strings:
                names[action.dest] = max(action.option_strings, key=len)
            else:
                names[action.dest] = str(action.metavar or action.dest).upper()
    return names


def refuse_unencodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """An argument holding bytes that are not UTF-8 is refused, naming the argument, before any
    command runs: such text can be neither saved nor printed."""
    from handoff.errors import ValidationError

    names: dict[str, str] | None = None
    for dest, value in sorted(vars(args).items()):
        if _not_utf8(value):
            names = names or _argument_names(parser, {})
            name = names.get(dest, dest)
            raise ValidationError(f"{name}: not valid UTF-8 text", dest)


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: $HANDOFF_DB or the user data directory)",
    )
    parser = Parser(
        prog="handoff",
        description="Hand a departing person's clients to colleagues: complete, provable, "
        "legally neutral. With no command, opens the app.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"handoff {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def opens_the_app(argv: Sequence[str]) -> Path | bool:
    """True (or the `--db` path) when `argv` asks for the app and nothing else: then the
    command parsers are not built at all, which keeps them off the way to the first frame."""
    if not argv:
        return True
    if any(_not_utf8(arg) for arg in argv):
        return False  # the parsers name the argument that is not UTF-8
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return Path(argv[1]).expanduser()
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return Path(argv[0][5:]).expanduser()
    return False


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    app = opens_the_app(given)
    if app is False:
        parser = build_parser()
        args = parser.parse_args(given)
        try:
            refuse_unencodable(parser, args)
        except HandoffError as exc:
            print(f"handoff: {exc}", file=sys.stderr)
            return 2
    else:
        args = argparse.Namespace(command=None)
        if isinstance(app, Path):
            args.db = str(app)
    if args.command is None:
        from handoff.commands.core import open_app

        return run(open_app, args)
    return run(args.func, args)


def run(func: Callable[[argparse.Namespace], int | None], args: argparse.Namespace) -> int:
    """Run one command: errors become one line on stderr and an exit code, never a traceback."""
    try:
        return int(func(args) or 0)
    except HandoffError as exc:
        from handoff.errors import DamagedDatabase
        from handoff.text import clean_line

        hint = ""
        if isinstance(exc, DamagedDatabase):
            hint = "; it was left untouched (restore a backup with: handoff restore FILE)"
        # A message may echo a file name or a value someone typed: never a terminal escape.
        print(f"handoff: {clean_line(_printable(str(exc)))}{hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("handoff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # `handoff list clients | head`: not an error
        return 0
    except Exception as exc:
        # Never the exception's text or repr: it may quote records (private notes included).
        from handoff.errorlog import unexpected

        print(f"handoff: {unexpected(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
