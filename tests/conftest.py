"""Shared fixtures: every test builds its own data in a temporary folder, with a pinned date."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from handoff import render
from handoff.sample import load_sample
from handoff.store import Store

TODAY = "2026-11-23"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the user's home or depends on the real date."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HANDOFF_TODAY", TODAY)
    monkeypatch.delenv("HANDOFF_DB", raising=False)
    render.reset()  # each test has its own template override folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "handoff.json"


@pytest.fixture
def store(db_path: Path) -> Store:
    return Store(db_path)


@pytest.fixture
def sample_store(db_path: Path) -> Store:
    store = Store(db_path)
    load_sample(store)
    return store


def run_cli(*args: str, db: Path | None = None, stdin: str | None = None, env: dict | None = None):
    """Run `python -m handoff` in a subprocess, as a user would; returns CompletedProcess."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    argv = [sys.executable, "-m", "handoff", *args]
    if db is not None:
        argv += ["--db", str(db)]
    return subprocess.run(
        argv, capture_output=True, text=True, input=stdin, env=full_env, timeout=60
    )
