"""`python -m evaluation.risk.crossval`: K-fold cross-validation of the training recipe.

One dev split of a few hundred sentences a language moves by several points with the luck of
which writers' sentences fell into it, so a change to the features or the regularisation is
judged here too: train + dev are cut into K folds (by a hash of each sentence, so the folds
repeat); each fold in turn is held out and the rest trained on, exactly as
`python -m evaluation.risk.train` trains on train, and the held-out fold gets its thresholds and
vetoes chosen as dev does. It prints each fold's recall and false alarms (pooled and per
language) and their mean. The test split is never read. About 2 minutes a fold on 2 cores.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics

from evaluation import risk
from evaluation.risk import LANGS, Sentence
from evaluation.risk import train as recipe
from handoff.risk import meaning


def folds(rows: list[Sentence], count: int) -> list[list[Sentence]]:
    """`rows` cut into `count` folds by a hash of each sentence."""
    cut: list[list[Sentence]] = [[] for _ in range(count)]
    for s in rows:
        cut[int(hashlib.md5(f"{s.lang}:{s.text}".encode()).hexdigest(), 16) % count].append(s)
    return cut


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.risk.crossval", description=__doc__)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--l2", type=float, default=1e-8)
    parser.add_argument("--family", choices=recipe.FAMILIES, default=recipe.FAMILY)
    args = parser.parse_args(argv)
    cut = folds(risk.load("train") + risk.load("dev"), args.folds)
    results = []
    for k, held in enumerate(cut):
        rest = tuple(s for i, part in enumerate(cut) if i != k for s in part)
        options = recipe.Options(args.l2, family=args.family)
        trained = recipe.train(options, with_dev=False, base=rest)
        recipe.examples.cache_clear()
        rows = recipe.prepare(held)
        _chosen, figures = recipe.calibrate(recipe.tables(meaning.Model.from_dict(trained), rows))
        recall, fa = recipe.pooled(rows, figures)
        results.append((recall, fa, figures))
        each = " ".join(f"{lang} {figures[lang][0]:.0%}/{figures[lang][1]:.0%}" for lang in LANGS)
        print(f"fold {k}: {recall:.1%} caught / {fa:.1%} flagged; {each}", flush=True)
    mean = statistics.mean
    each = " ".join(f"{lang} {mean(r[2][lang][0] for r in results):.1%}" for lang in LANGS)
    print(
        f"mean of {args.folds} folds ({args.family}, l2 {args.l2:g}): "
        f"{mean(r[0] for r in results):.1%} caught / {mean(r[1] for r in results):.1%} flagged;"
        f" caught by language: {each}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
