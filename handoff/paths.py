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
