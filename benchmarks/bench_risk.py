"""How fast the risk checker is, for live checking as the owner types (wizard step 5).

Run: .venv/bin/python benchmarks/bench_risk.py
Prints the median time of `check()` on a typical statement, on a 10,000-character text, of
rendering and checking every statement and script of the sample firm, and of the meaning check
(first load of the n-gram model and of the sentence encoder, a sentence of the corpus read on
its own, on average). Timings live
here, never in the tests.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HANDOFF_TODAY", "2026-11-23")

from evaluation.risk import LANGS, load  # noqa: E402
from handoff import packet  # noqa: E402
from handoff.risk import check, check_text, rules_for  # noqa: E402
from handoff.risk import encoder as risk_encoder  # noqa: E402
from handoff.risk import meaning as meaning_check  # noqa: E402
from handoff.risk import text as risk_text  # noqa: E402
from handoff.sample import load_sample  # noqa: E402
from handoff.store import Store  # noqa: E402


def median_ms(fn, repeat: int = 30) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    start = time.perf_counter()
    for lang in LANGS:
        rules_for(lang)  # compile once, as the app does on first use
    print(f"compile the rules of 4 languages: {(time.perf_counter() - start) * 1000:.0f} ms")
    typical = (
        "Dear Sarah Whitfield,\n\nI am writing to let you know that Tom Fletcher no longer "
        "works with us as of 16 November 2026. From now on your contact is Dewi Lestari, who "
        "has all the details of your work with us.\n\nKind regards,\nDewi Lestari\n"
    )
    corpus = load()
    long_text = (" ".join(s.text for s in corpus if s.lang == "en") * 3)[:10_000]
    print(f"rules: {', '.join(f'{lang} {len(rules_for(lang))}' for lang in LANGS)}")
    for lang in LANGS:
        took = median_ms(lambda code=lang: check(typical, code))
        print(f"check() typical statement, {lang}: {took:.2f} ms")
    print(f"check() 10,000 characters, en: {median_ms(lambda: check(long_text, 'en'), 10):.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.json")
        load_sample(store)
        handoffs = store.handoffs()

        def all_texts() -> None:
            for handoff in handoffs:
                packet.flagged_texts(packet.snapshot(store, handoff))

        count = sum(2 * len(h.client_ids) for h in handoffs)
        took = median_ms(all_texts, 10)
        print(f"render + check all {count} sample scripts/statements: {took:.1f} ms")
    start = time.perf_counter()
    meaning_check.load()
    took = (time.perf_counter() - start) * 1000
    print(f"meaning check, first load of the n-gram model: {took:.0f} ms")
    start = time.perf_counter()
    encoder = risk_encoder.load()
    took = (time.perf_counter() - start) * 1000
    print(f"meaning check, first load of the sentence encoder: {took:.0f} ms (goal 2,000 ms)")
    if encoder is None:
        print("the sentence encoder is not installed: the meaning check uses the n-gram model")
    # Every 60th sentence of the corpus (about 620), each checked alone as a log entry is.
    sample = corpus[::60]
    start = time.perf_counter()
    for s in sample:
        risk_text.read.__wrapped__(s.text, s.lang)
    took = (time.perf_counter() - start) * 1000 / len(sample)
    print(f"meaning check, a corpus sentence read alone ({len(sample)}): {took:.1f} ms (goal 150)")
    took = median_ms(lambda: [check_text(s.text, s.lang, meaning=True) for s in sample[:200]], 3)
    print(
        f"check_text with the meaning check, 200 sentences (cached after the first): {took:.0f} ms"
    )


if __name__ == "__main__":
    main()
