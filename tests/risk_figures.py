"""`python tests/risk_figures.py`: how well the risk checker does on its own test table.

Per language: risky sentences caught / total (recall), safe sentences wrongly flagged / total
(false alarms), and how many caught sentences got the expected category. `--misses` lists the
sentences it gets wrong. The table is `tests/risk_samples.py`, the same one the tests use.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":  # run as a script from anywhere: the package and the table
    sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).parent)]
from dataclasses import dataclass

from risk_samples import HELD_OUT, SAMPLES, Sample

from handoff.risk import check


@dataclass(frozen=True)
class Figures:
    lang: str
    risky: int
    caught: int
    right_category: int
    safe: int
    false_alarms: int
    missed: tuple[Sample, ...]
    wrongly_flagged: tuple[Sample, ...]

    @property
    def recall(self) -> float:
        return self.caught / self.risky if self.risky else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.safe if self.safe else 0.0


def figures(lang: str, table: dict[str, list[Sample]] | None = None) -> Figures:
    """The checker's figures for `lang` on `table` (the test table unless given)."""
    rows = (SAMPLES if table is None else table)[lang]
    risky = [s for s in rows if s.category is not None]
    safe = [s for s in rows if s.category is None]
    missed, wrong, right = [], [], 0
    for sample in risky:
        found = check(sample.text, lang, sample.kind)
        if not found:
            missed.append(sample)
        elif any(f.category == sample.category for f in found):
            right += 1
    for sample in safe:
        if check(sample.text, lang, sample.kind):
            wrong.append(sample)
    return Figures(
        lang=lang,
        risky=len(risky),
        caught=len(risky) - len(missed),
        right_category=right,
        safe=len(safe),
        false_alarms=len(wrong),
        missed=tuple(missed),
        wrongly_flagged=tuple(wrong),
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    show_misses = "--misses" in argv
    for title, table in (
        ("Test table (tests/risk_samples.py SAMPLES; the rules were tuned on it)", SAMPLES),
        ("Held-out sentences (HELD_OUT; written after the rules, never tuned on)", HELD_OUT),
    ):
        print(title)
        _print_table(table, show_misses)
        print()
    return 0


def _print_table(table: dict[str, list[Sample]], show_misses: bool) -> None:
    print(f"{'LANG':<5} {'RISKY CAUGHT':>14} {'RIGHT CATEGORY':>15} {'SAFE FLAGGED':>14}")
    for lang in table:
        f = figures(lang, table)
        print(
            f"{lang:<5} {f.caught:>6} / {f.risky:<5} {f.right_category:>7} / {f.caught:<5}"
            f" {f.false_alarms:>6} / {f.safe:<5}"
        )
        if show_misses:
            for sample in f.missed:
                print(f"      missed ({sample.category}): {sample.text}")
            for sample in f.wrongly_flagged:
                found = check(sample.text, lang, sample.kind)
                words = ", ".join(f'"{x.words}" ({x.category})' for x in found)
                print(f"      wrongly flagged: {sample.text}  <- {words}")


if __name__ == "__main__":
    raise SystemExit(main())
