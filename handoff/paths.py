"""Where files live. The only module that computes paths."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import ModuleType

APP = "handoff"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _platformdirs() -> (
    ModuleType
):  # imported lazily: a fast `handoff list` pays for nothing it doesn't use
    import platformdirs

    return platformdirs


def data_dir() -> Path:
    return Path(_platformdirs().user_data_dir(APP, appauthor=False))


def state_dir() -> Path:
    return Path(_platformdirs().user_state_dir(APP, appauthor=False))


def config_dir() -> Path:
    return Path(_platformdirs().user_config_dir(APP, appauthor=False))


def default_db_path() -> Path:
    """`HANDOFF_DB` if set, otherwise `handoff.json` in the user's data directory."""
    env = os.environ.get("HANDOFF_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / "handoff.json"


def error_log_path() -> Path:
    return state_dir() / "errors.log"


def user_templates_dir() -> Path:
    """Templates a user may override; rendered in Jinja2's sandbox."""
    return config_dir() / "templates"


def _bundled(name: str) -> Path:
    # Installed wheel: the folder is copied into the package. Source checkout: it sits beside it.
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def templates_dir() -> Path:
    return _bundled("templates")


def sample_data_dir() -> Path:
    return _bundled("sample_data")


# -- the database and what lives beside it ------------------------------------------------
# Beside a database `db.json` live only files handoff makes: the copies `restore` keeps
# (`db.json.before-restore-<time>[-N]`), the temporary files of an atomic save
# (`.db.json.<random>.tmp`) and, written by older versions, `db.json.lock`.
KEPT_INFIX = ".before-restore-"


def kept_copy_name(database: Path, stamp: str, number: int = 1) -> Path:
    """The name of the `number`th copy of `database` kept by a restore at `stamp`."""
    suffix = "" if number == 1 else f"-{number}"
    return database.with_name(f"{database.name}{KEPT_INFIX}{stamp}{suffix}")


def database_path(given: Path | str) -> Path:
    """The database file `given` names, resolved once: `~` expanded and every symbolic link
    followed, so a linked path and the real one are the same database (same lock, same file
    replaced on save). Refuses a folder, and a path whose folder does not exist."""
    from handoff.errors import StoreError

    path = Path(given).expanduser()
    try:
        path = path.resolve()
    except (OSError, RuntimeError) as exc:  # a symbolic link loop
        raise StoreError(f"{shown(path)}: cannot be resolved ({exc})") from None
    if path.is_dir():
        raise StoreError(f"{shown(path)} is a folder, not a database file")
    if not path.parent.is_dir():
        raise StoreError(
            f"{shown(path)}: the folder {shown(path.parent)} does not exist "
            "(create it first, or check the --db path)"
        )
    return path


def shown(path: Path | str) -> str:
    """A file name as it may be echoed to a terminal: escape sequences and control characters
    removed (like stored text), bytes that are not UTF-8 shown escaped."""
    from handoff.text import clean_line

    return clean_line(str(path).encode("utf-8", "backslashreplace").decode("utf-8"))


STDOUT = "-"


def output_path(
    given: Path | str | None, database: Path | None, *, what: str = "-o", stdout: bool = True
) -> Path | None:
    """Where a command may write a file it makes (a packet, a backup, an export, a report).

    Returns the file to write (symbolic links resolved), or None for `-`: standard output.
    Refuses, naming `what` (the argument): nothing given, a folder, a missing folder, anything
    that exists and is not a regular file (a device, a pipe, a socket), and the database itself,
    its lock file, its temporary files and the copies a restore kept. `database` is the resolved
    database path (None when there is none to protect). `stdout=False` (the app): `-` is a file
    name like any other.
    """
    from handoff.errors import ValidationError

    if given is None or not str(given).strip():
        hint = " (or - for standard output)" if stdout else ""
        raise ValidationError(f"{what}: give a file to write to{hint}", what)
    if str(given) == STDOUT and stdout:
        return None
    path = Path(given).expanduser()
    try:
        real = path.resolve()
    except (OSError, RuntimeError):
        raise ValidationError(f"{what}: {shown(path)} cannot be resolved", what) from None
    if real.is_dir():
        raise ValidationError(f"{what}: {shown(path)} is a folder; give a file name", what)
    if not real.parent.is_dir():
        raise ValidationError(
            f"{what}: the folder {shown(real.parent)} does not exist; "
            f"cannot write {shown(path.name)}",
            what,
        )
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise ValidationError(f"{what}: {shown(path)}: {exc.strerror}", what) from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise ValidationError(
            f"{what}: {shown(path)} is not a regular file (a device, pipe or socket); "
            "handoff writes only files",
            what,
        )
    belongs = _belongs_to_database(real, st, database) if database is not None else None
    if belongs is not None:
        raise ValidationError(f"{what}: {shown(path)} is {belongs}; choose another file name", what)
    return real


def _belongs_to_database(real: Path, st: os.stat_result | None, database: Path) -> str | None:
    """What `real` is to the database ("the database itself", ...), or None."""
    name, base = real.name, database.name
    if real.parent == database.parent:
        if name == base:
            return "the database itself"
        if name == base + ".lock":
            return "the database's lock file"
        if name.startswith(base + KEPT_INFIX):
            return "a copy of the database kept by a restore"
        if name.startswith(f".{base}.") and name.endswith(".tmp"):
            return "a temporary file of the database"
    if st is None:
        return None
    try:
        db = os.stat(database)
    except OSError:
        return None
    if (st.st_dev, st.st_ino) == (db.st_dev, db.st_ino):
        return "the database itself"  # another name for it (a hard link)
    return None


def documents_dir() -> Path:
    """Where printed files go unless the owner chooses a folder: the user's documents folder
    when there is one, otherwise the home folder."""
    documents = Path(_platformdirs().user_documents_dir())
    return documents if documents.is_dir() else Path.home()


def document_name(
    leaving: str, kind: str, starts: str, what: str, for_name: str | None, fmt: str
) -> str:
    """A printed file's name, after the person and the handoff: the packet of Lena Leaving's
    termination for Carl Cover is
    `lena-leaving-termination-2026-12-01-packet-for-carl-cover.pdf`."""
    parts = [leaving, kind, starts, what] + ([f"for {for_name}"] if for_name else [])
    return "-".join(p for p in (_slug(part) for part in parts) if p) + f".{fmt}"


def _slug(text: str) -> str:
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
