"""Where files live. The only module that computes paths."""

from __future__ import annotations

import os
from pathlib import Path

APP = "handoff"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _platformdirs():  # imported lazily: a fast `handoff list` pays for nothing it doesn't use
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
