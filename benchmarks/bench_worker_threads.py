"""`python benchmarks/bench_worker_threads.py`: numpy's BLAS threads and the app's UI.

The app runs the meaning check in a worker thread beside the UI. This runs meaning checks
(English dev sentences, never cached) in a thread for 8 seconds while the main thread does
about 2 ms of Python work every 10 ms, as a UI does, and prints how long those 2 ms took (the
median and the 95th percentile) and how long a check took: with numpy's BLAS on its default
threads and on one (what the app sets, `handoff.commands.core.one_blas_thread`:
OPENBLAS_NUM_THREADS=1), on the idle machine and with one other busy process (a CPU burner it
starts). Each case runs in a fresh process. About a minute.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time

SECONDS = 8.0


def case() -> str:
    from evaluation.risk import load
    from handoff.risk import check_text

    rows = [s.text for s in load("dev", "en")][:400]
    check_text("Warm up.", "en", meaning=True)
    started, n = time.perf_counter(), 0
    while time.perf_counter() - started < 0.5:
        sum(range(200))
        n += 1
    work = int(n / 0.5 * 0.002)  # about 2 ms on this machine now
    stop, done = False, [0]

    def worker() -> None:
        i = 0
        while not stop:
            check_text(f"{rows[i % len(rows)]} ({i})", "en", meaning=True)  # never cached
            i += 1
            done[0] = i

    thread = threading.Thread(target=worker)
    thread.start()
    ticks: list[float] = []
    end = time.perf_counter() + SECONDS
    while time.perf_counter() < end:
        start = time.perf_counter()
        for _ in range(work):
            sum(range(200))
        ticks.append((time.perf_counter() - start) * 1000)
        time.sleep(0.008)
    stop = True
    thread.join()
    ticks.sort()
    return (
        f"UI's 2 ms of work: median {statistics.median(ticks):.1f} ms,"
        f" p95 {ticks[int(0.95 * len(ticks))]:.1f} ms; a check {SECONDS * 1000 / done[0]:.0f} ms"
    )


def main() -> None:
    for busy in (False, True):
        burner = subprocess.Popen([sys.executable, "-c", "while True: pass"]) if busy else None
        try:
            for one in (False, True):
                env = {k: v for k, v in os.environ.items() if not k.endswith("NUM_THREADS")}
                if one:
                    env["OPENBLAS_NUM_THREADS"] = "1"
                out = subprocess.run(
                    [sys.executable, __file__, "--case"],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.strip()
                where = "one other busy process" if busy else "idle"
                threads = "one BLAS thread (the app)" if one else "default BLAS threads"
                print(f"{where:22} {threads:26} {out}")
        finally:
            if burner is not None:
                burner.kill()


if __name__ == "__main__":
    if sys.argv[1:] == ["--case"]:
        print(case())
    else:
        main()
