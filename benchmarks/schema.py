"""What checking every field costs when a database is read: `python -m benchmarks.schema`.

Builds the benchmark firm's 5,000 client documents (benchmarks.generate, seed 5000) and turns
them into `Client` records 9 times each way: with no type check (the dataclass called on the
document, as reading did before the schema), with msgspec (what `Client.from_doc` does), and
with pydantic 2 validating the same dataclass (lax mode: its strict mode takes no dict for a
dataclass; only when pydantic is installed, it is not a dependency). Prints the best, the
median and the slowest of the 9 runs.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks.generate import build_tables
from handoff.model import Client


def timings(fn: Callable[[], object], repeat: int = 9) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    docs: list[dict[str, Any]] = list(
        build_tables(clients=5000, items=0, handoffs=1, log=0)["clients"].values()
    )
    ways: dict[str, Callable[[], object]] = {
        "no type check (Client(**doc))": lambda: [Client(**d, id=i) for i, d in enumerate(docs)],
        "msgspec (Client.from_doc)": lambda: [Client.from_doc(d, id=i) for i, d in enumerate(docs)],
    }
    try:
        from pydantic import TypeAdapter

        adapter = TypeAdapter(Client)
        ways["pydantic 2 (TypeAdapter, lax)"] = lambda: [adapter.validate_python(d) for d in docs]
    except ImportError:
        print("pydantic is not installed: pip install pydantic to compare it")
    print(f"{len(docs):,} client documents → Client records, 9 runs each")
    for name, fn in ways.items():
        runs = timings(fn)
        print(
            f"  {name:34} best {min(runs) * 1000:6.1f} ms  median "
            f"{statistics.median(runs) * 1000:6.1f} ms  slowest {max(runs) * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    main()
