"""`python -m evaluation.risk.add NEW.jsonl [--dry-run] [--misses]`: add a writer's sentences.

NEW.jsonl holds one JSON object a line with `lang`, `label` (risky or safe), `category` and
`text` — no split: each sentence's split is the hash of "lang:text" (`split_of`), as for every
sentence of the corpus. A sentence is refused, and listed, when its fields are wrong, when the
corpus (or an earlier line of the file) already holds it, or when it is a near duplicate: at least
`NEAR` of the words of the longer of the two are shared with a sentence of the same language and
the same label (a twin with the other label — the same words said of the client instead of the
colleague — is what the corpus wants). The rest are appended to `evaluation/risk/<lang>.jsonl`
unless `--dry-run`. Then the checker as it stands reads the new sentences of the train and dev
splits (never those of test) and prints, per language, how many risky ones it caught and how
many safe ones it flagged: how the checker meets a writer it has never read. `--misses` lists
what it got wrong. `--holdout` adds them to the writers' hold-out set instead
(`evaluation/risk/holdout/<lang>.jsonl`, split "holdout", outside the corpus: nothing is
trained or chosen on it), checked against the corpus and the set, and measured whole.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import asdict, replace
from pathlib import Path

from evaluation.risk import (
    HARD_SAFE,
    HERE,
    LANGS,
    RISKY,
    SOME_RISKY,
    Sentence,
    load,
    load_holdout,
)

NEAR = 0.7
_WORDS = re.compile(r"\w+")


def split_of(lang: str, text: str) -> str:
    """The split of a sentence: 60 % train, 20 % dev, 20 % test by a hash of "lang:text"."""
    bucket = int(hashlib.sha256(f"{lang}:{text}".encode()).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORDS.findall(text.lower()))


class _Corpus:
    """The sentences of each language, with an index of their words for near duplicates."""

    def __init__(self, rows: list[Sentence]) -> None:
        self.rows: dict[str, list[tuple[str, str, frozenset[str], str]]] = defaultdict(list)
        self.index: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        for s in rows:
            self.add(s.lang, s.label, s.text, s.split)

    def add(self, lang: str, label: str, text: str, split: str = "") -> None:
        words = _words(text)
        at = len(self.rows[lang])
        self.rows[lang].append((text, label, words, split))
        for word in words:
            self.index[lang][word].add(at)

    def clash(self, lang: str, label: str, text: str) -> str | None:
        """Why `text` may not be added (the sentence it repeats), or None."""
        words = _words(text)
        shared: dict[int, int] = defaultdict(int)
        for word in words:
            for at in self.index[lang].get(word, ()):
                shared[at] += 1
        for at, count in shared.items():
            other, other_label, other_words, split = self.rows[lang][at]
            # a test sentence is never shown: whoever writes must not read the test split
            shown = "a sentence of the test split" if split == "test" else other
            if other == text:
                return f"already in the corpus: {shown}"
            if other_label == label and count / max(len(words), len(other_words)) >= NEAR:
                return f"near duplicate of: {shown}"
        return None


def _sentence(row: dict[str, str]) -> Sentence | str:
    """The row as a sentence of the corpus, or what is wrong with it."""
    lang, label = row.get("lang", ""), row.get("label", "")
    category, text = row.get("category", ""), " ".join(str(row.get("text", "")).split())
    if lang not in LANGS:
        return f"lang must be one of {', '.join(LANGS)}"
    if not text:
        return "no text"
    kinds = {("risky", c) for c in RISKY | SOME_RISKY} | {("safe", c) for c in HARD_SAFE}
    if (label, category) not in kinds:
        return f"label {label!r} and category {category!r} do not go together"
    return Sentence(lang, label, category, split_of(lang, text), text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.risk.add", description=__doc__)
    parser.add_argument("file", type=Path, help="the new sentences, one JSON object a line")
    parser.add_argument("--dry-run", action="store_true", help="check and measure, add nothing")
    parser.add_argument("--misses", action="store_true", help="list what the checker got wrong")
    parser.add_argument(
        "--holdout",
        action="store_true",
        help="add to the writers' hold-out set (holdout/<lang>.jsonl) instead of the corpus",
    )
    args = parser.parse_args(argv)
    try:
        lines = args.file.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError) as error:
        parser.exit(2, f"python -m evaluation.risk.add: cannot read {args.file}: {error}\n")
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except ValueError:
            parser.exit(2, f"python -m evaluation.risk.add: {args.file}:{number}: not JSON\n")
    corpus = _Corpus(load() + load_holdout())
    kept: list[Sentence] = []
    for row in rows:
        sentence = _sentence(row) if isinstance(row, dict) else "not a JSON object"
        why = sentence if isinstance(sentence, str) else None
        if isinstance(sentence, Sentence):
            if args.holdout:
                sentence = replace(sentence, split="holdout")
            why = corpus.clash(sentence.lang, sentence.label, sentence.text)
            if why is None:
                corpus.add(sentence.lang, sentence.label, sentence.text, sentence.split)
                kept.append(sentence)
        if why is not None:
            print(f"refused ({why}): {json.dumps(row, ensure_ascii=False)}")
    print(f"{len(kept)} kept, {len(rows) - len(kept)} refused")
    if not args.dry_run:
        folder = HERE / "holdout" if args.holdout else HERE
        folder.mkdir(exist_ok=True)
        for lang in LANGS:
            new = [s for s in kept if s.lang == lang]
            if new:
                with (folder / f"{lang}.jsonl").open("a", encoding="utf-8") as out:
                    for s in new:
                        out.write(json.dumps(asdict(s), ensure_ascii=False) + "\n")
    what = "hold-out" if args.holdout else "train and dev"
    _measure([s for s in kept if s.split != "test"], what, args.misses)
    return 0


def _measure(rows: list[Sentence], what: str, misses: bool) -> None:
    from handoff.risk import check_text

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    wrong = []
    for s in rows:
        hit = bool(check_text(s.text, s.lang, meaning=True))
        count = counts[s.lang]
        count[0 if s.risky else 2] += hit
        count[1 if s.risky else 3] += 1
        if hit != s.risky:
            wrong.append(f"  {'missed' if s.risky else 'false alarm':11} {s.category:14} {s.text}")
    for lang in LANGS:
        if lang in counts:
            caught, risky, flagged, safe = counts[lang]
            print(
                f"the checker on the new {what} sentences, {lang}: "
                f"caught {caught}/{risky} risky, flagged {flagged}/{safe} safe"
            )
    if misses:
        print("\n".join(wrong))


if __name__ == "__main__":
    raise SystemExit(main())
