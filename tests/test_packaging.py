"""A plain, non-editable install carries the templates and the sample data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import handoff

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_templates_and_sample_data(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    wheel = next(tmp_path.glob("handoff-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "handoff/sample_data/firm.json" in names
    shipped = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*") if p.is_file()
    }
    for template in shipped:
        assert f"handoff/{template}" in names, template
    assert any(n.startswith("handoff/") and n.endswith("cli.py") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "handoff = handoff.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_domain_never_imports_textual():
    """Every module outside handoff/tui imports without textual (Harlequin's contract)."""
    code = (
        # pkgutil.walk_packages would import handoff.tui's subpackages to look inside them
        "import importlib, pkgutil, sys, handoff\n"
        "def walk(path, prefix):\n"
        "    for m in pkgutil.iter_modules(path, prefix):\n"
        "        if m.name.startswith('handoff.tui') or m.name == 'handoff.__main__':\n"
        "            continue\n"
        "        module = importlib.import_module(m.name)\n"
        "        if m.ispkg:\n"
        "            walk(module.__path__, m.name + '.')\n"
        "walk(handoff.__path__, 'handoff.')\n"
        "assert {'handoff.risk.rules.en', 'handoff.importing.plan'} <= set(sys.modules)\n"
        "bad = [n for n in sys.modules if n == 'textual' or n.startswith('textual.')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_no_module_is_longer_than_a_reader_can_hold():
    """600 lines at most, the rule tables of the risk checker excepted: a longer module is
    split along a real seam (as store.py/schema.py and review.py/review_report.py were)."""
    package = Path(handoff.__file__).parent
    long = {
        str(path.relative_to(package)): lines
        for path in package.rglob("*.py")
        if "rules" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert not long, long
