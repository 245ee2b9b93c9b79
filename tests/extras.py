"""Optional extras: a test that needs one is skipped, saying which, when it is not installed.

The pdf extra (WeasyPrint) is optional: `pip install -e .` without it must still pass the rest of
the suite. `make test` installs every extra, so in CI these tests always run. A WeasyPrint that is
installed but broken (no Pango) is not "missing": its tests run and fail, as they should.
"""

from __future__ import annotations

import importlib.util

import pytest


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ValueError:  # blocked in sys.modules, as a test that simulates a missing extra does
        return False


HAVE_PDF = _installed("weasyprint")
needs_pdf = pytest.mark.skipif(
    not HAVE_PDF, reason="the pdf extra (WeasyPrint) is not installed: pip install -e '.[pdf]'"
)
PDF = pytest.param("pdf", marks=needs_pdf)
