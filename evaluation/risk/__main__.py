"""`python -m evaluation.risk`: recall and false-alarm rate of the risk checker on its corpus.

Every sentence is checked the way `handoff check --lang LANG` checks it (its language, then
English). A risky sentence counts as caught when anything is flagged in it, a safe one as a
false alarm when anything is. Options: `--split dev` (one split only), `--holdout` (the
writers' hold-out set, `evaluation/risk/holdout/`, instead), `--rules-only` (the
meaning check off, as on a machine without its weights), `--misses` (list what it gets wrong),
`--limit N` (the first N sentences of each language and label: a quick look), `--beside`
(each sentence with a friendly sentence of its language after it, `FRIENDLY`: does a
neutral sentence beside a risky one hide it?), `--around` (a greeting before it as well,
`GREETING`).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable

from evaluation.risk import LANGS, SPLITS, Sentence, beside, load, load_holdout


def _flagged_by(rules_only: bool) -> Callable[[Sentence], bool]:
    from handoff import risk

    def flagged(sentence: Sentence) -> bool:
        return bool(risk.check_text(sentence.text, sentence.lang, meaning=not rules_only))

    return flagged


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "–"


def table(sentences: list[Sentence], flagged: dict[str, bool]) -> list[str]:
    """Markdown rows: per language recall and false alarms, then per category."""
    lines = ["| language | risky caught | safe flagged |", "| --- | --- | --- |"]
    groups: dict[str, list[Sentence]] = defaultdict(list)
    for s in sentences:
        groups[s.lang].append(s)
    for lang in [*LANGS, "all"]:
        rows = sentences if lang == "all" else groups[lang]
        risky = [s for s in rows if s.risky]
        safe = [s for s in rows if not s.risky]
        lines.append(
            f"| {lang} | {_rate(sum(flagged[s.text] for s in risky), len(risky))} "
            f"| {_rate(sum(flagged[s.text] for s in safe), len(safe))} |"
        )
    lines += ["", "| category | label | flagged |", "| --- | --- | --- |"]
    cats: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
    for s in sentences:
        cats[(s.label, s.category)].append(s)
    for (label, cat), rows in sorted(cats.items()):
        lines.append(
            f"| {cat} | {label} | {_rate(sum(flagged[s.text] for s in rows), len(rows))} |"
        )
    return lines


def _first(sentences: list[Sentence], limit: int) -> list[Sentence]:
    taken: dict[tuple[str, str], int] = defaultdict(int)
    out = []
    for s in sentences:
        if taken[(s.lang, s.label)] < limit:
            taken[(s.lang, s.label)] += 1
            out.append(s)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.risk", description=__doc__)
    parser.add_argument("--split", choices=SPLITS, help="one split only (default: each)")
    parser.add_argument(
        "--holdout", action="store_true", help="the writers' hold-out set instead of the splits"
    )
    parser.add_argument("--rules-only", action="store_true", help="the meaning check off")
    parser.add_argument("--misses", action="store_true", help="list the sentences it gets wrong")
    parser.add_argument(
        "--limit", type=int, help="only the first N sentences of each language and label (a look)"
    )
    parser.add_argument(
        "--beside",
        action="store_true",
        help="each sentence with a friendly sentence of its language after it",
    )
    parser.add_argument(
        "--around",
        action="store_true",
        help="each sentence with a greeting before it and the friendly sentence after it",
    )
    args = parser.parse_args(argv)
    check = _flagged_by(args.rules_only)
    splits = ["holdout"] if args.holdout else [args.split] if args.split else list(SPLITS)
    for split in splits:
        sentences = load_holdout() if split == "holdout" else load(split)
        if args.limit:
            sentences = _first(sentences, args.limit)
        if args.beside or args.around:
            sentences = beside(sentences, around=args.around)
        flagged = {s.text: check(s) for s in sentences}
        print(f"## {split} ({len(sentences)} sentences)\n")
        print("\n".join(table(sentences, flagged)))
        print()
        if args.misses:
            for s in sentences:
                if flagged[s.text] != s.risky:
                    what = "missed" if s.risky else "false alarm"
                    print(f"  {what:11} {s.lang} {s.category:14} {s.text}")
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
