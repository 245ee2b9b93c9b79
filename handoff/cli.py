"""The command line: a thin face on the domain (PRODUCT.md, "The command line").

Exit codes: 0 success, 1 findings, 2 usage or input error with one line on stderr. Unexpected
errors never show a traceback: it goes to a log file in the user's state directory instead.
Commands that do not open the TUI never import textual.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from handoff import __version__
from handoff.errors import HandoffError

# Each module adds its sub-commands with `register(subparsers, common)`.
COMMAND_MODULES = [
    "handoff.commands.core",
    "handoff.commands.people",
    "handoff.commands.transfer",
    "handoff.commands.print",
    "handoff.commands.risk",
    "handoff.commands.review",
    "handoff.commands.reach",
]


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


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


def db_path(args: argparse.Namespace) -> Path:
    from handoff.paths import default_db_path

    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_db_path()


def open_store(args: argparse.Namespace):
    from handoff.store import Store

    return Store(db_path(args))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Plain, aligned columns; the last column is never padded."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for row in cells:
        line = "  ".join(v.ljust(w) for v, w in zip(row[:-1], widths[:-1], strict=True))
        print(f"{line}  {row[-1]}" if line else row[-1])


def _log_unexpected(exc: BaseException) -> str:
    try:
        from handoff.paths import error_log_path

        path = error_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write("".join(traceback.format_exception(exc)) + "\n")
        return str(path)
    except Exception:
        return "(the error log could not be written)"


def opens_the_app(argv: Sequence[str]) -> Path | bool:
    """True (or the `--db` path) when `argv` asks for the app and nothing else: then the
    command parsers are not built at all, which keeps them off the way to the first frame."""
    if not argv:
        return True
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return Path(argv[1]).expanduser()
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return Path(argv[0][5:]).expanduser()
    return False


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    app = opens_the_app(given)
    if app is False:
        args = build_parser().parse_args(given)
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

        hint = ""
        if isinstance(exc, DamagedDatabase):
            hint = "; it was left untouched (restore a backup with: handoff restore FILE)"
        print(f"handoff: {exc}{hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("handoff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # `handoff list clients | head`: not an error
        return 0
    except Exception as exc:
        where = _log_unexpected(exc)
        print(f"handoff: unexpected error: {exc!r}; details in {where}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
