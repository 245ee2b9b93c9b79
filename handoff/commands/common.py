"""What every command module shares: the argument parser's one-line errors, the database a
command works on, and plain output (JSON, aligned columns). The entry point (`handoff.cli`)
builds the parser from the command modules; they import this module, never the entry point."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from handoff.store import Store


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        from handoff.text import clean_line

        message = clean_line(_printable(message))
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _printable(text: str) -> str:
    """`text` with anything that is not UTF-8 (bytes smuggled in as surrogates) shown escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def db_path(args: argparse.Namespace) -> Path:
    """The database the command works on, symbolic links resolved (see `paths.database_path`).

    Only the default location's folder (the user's data directory) is created here; a folder
    that was named with `--db` or `$HANDOFF_DB` and does not exist is an error."""
    from handoff.paths import database_path, default_db_path

    given = getattr(args, "db", None)
    if given:
        return database_path(Path(given))
    path = default_db_path()
    if not os.environ.get("HANDOFF_DB"):
        path.parent.mkdir(parents=True, exist_ok=True)
    return database_path(path)


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The store of the command's database. Only commands that make a database (`sample`,
    `import`, `people add`; `restore` and the app open it their own way) pass `create=True`;
    any other command on a database that does not exist is an error naming the path (a
    mistyped `--db` never reads as an empty firm)."""
    from handoff.store import Store

    return Store(db_path(args), create=create)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Plain, aligned columns; the last column is never padded."""
    stream_table(headers, lambda: rows)


def stream_json(items: Iterable[Any]) -> None:
    """What `print_json(list(items))` prints, written as the items come (a listing of
    100,000 records never holds them all as JSON objects)."""
    out = sys.stdout
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        out.write(("[\n  " if first else ",\n  ") + text)
        first = False
    out.write("[]\n" if first else "\n]\n")


def stream_table(headers: Sequence[str], rows: Callable[[], Iterable[Sequence[object]]]) -> None:
    """What `print_table(headers, list(rows()))` prints, without holding every row: `rows` is
    called twice, once to measure the columns and once to write them."""
    titles = [str(h) for h in headers]
    widths = [len(h) for h in titles]
    for row in rows():
        for i, value in enumerate(row):
            n = len("" if value is None else str(value))
            if n > widths[i]:
                widths[i] = n
    head, last = widths[:-1], len(widths) - 1

    def line(cells: Sequence[str]) -> str:
        start = "  ".join(v.ljust(w) for v, w in zip(cells[:-1], head, strict=True))
        return f"{start}  {cells[last]}" if start else cells[last]

    out = sys.stdout
    out.write(line(titles) + "\n")
    lines = (line(["" if v is None else str(v) for v in row]) + "\n" for row in rows())
    while chunk := list(islice(lines, 1000)):
        out.write("".join(chunk))
