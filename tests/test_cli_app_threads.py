"""The app's process keeps numpy's BLAS to one thread: the meaning check runs in a worker
beside the UI, and a thread a core it fights the UI and other busy programs for the cores
(`handoff.commands.core.one_blas_thread` says what it measured). Checked in a fresh process,
where numpy is first imported after the command line has started the app, as in `handoff`
and `handoff demo`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from handoff.tui.app import HandoffApp

def run(self, *args, **kwargs):  # the app's first use of numpy, instead of its screens
    import numpy
    from threadpoolctl import threadpool_info
    print(json.dumps([i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"]))

HandoffApp.run = run
from handoff.cli import main
main(sys.argv[1:])
"""


def blas_threads(*args: str, **env: str) -> list[int]:
    clean = {k: v for k, v in os.environ.items() if not k.endswith("NUM_THREADS")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])


@pytest.mark.parametrize("args", [("demo",), ("--db", "{tmp}/firm.json")])
def test_the_app_runs_numpy_on_one_blas_thread(args: tuple[str, ...], tmp_path) -> None:
    args = tuple(a.format(tmp=tmp_path) for a in args)
    assert blas_threads(*args) == [1]


def test_a_thread_count_the_person_set_is_kept(tmp_path) -> None:
    assert blas_threads("demo", OPENBLAS_NUM_THREADS="2") == [2]
