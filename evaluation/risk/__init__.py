"""The risk checker's evaluation corpus and its figures.

`evaluation/risk/{en,pl,ca,id}.jsonl` hold one sentence a line: `lang`, `label` (risky or safe),
`category` (what kind of risk, or what kind of safe sentence), `split` (train, dev or test,
fixed by a hash of the sentence) and `text`. The sentences are written the way owners and
covering colleagues speak and write — hints, slang, typos, formal and informal address — and
the safe half is deliberately hard: the client's own illness, pregnancy, lawsuit or job loss,
and business words ("the wholesaler let us down", "the cutting disc died").

The meaning classifier is trained on `train` only; thresholds are chosen on `dev`; `test` is
looked at only to report figures. `holdout/` holds a second test set by other writers
(`load_holdout`), never part of the splits.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "pl", "ca", "id")
SPLITS = ("train", "dev", "test")
# The kinds of risky sentence every language holds, the one only some do, and the kinds of hard
# safe sentence.
RISKY = frozenset(
    {
        "innuendo",
        "suspicion",
        "performance",
        "accusation",
        "disparagement",
        "legal",
        "health",
        "family",
        "reason",
        "confidential",
    }
)
SOME_RISKY = frozenset({"speculation"})
HARD_SAFE = frozenset({"client_own", "business", "neutral", "absence", "address"})


@dataclass(frozen=True)
class Sentence:
    lang: str
    label: str  # "risky" or "safe"
    category: str
    split: str
    text: str

    @property
    def risky(self) -> bool:
        return self.label == "risky"


# A friendly sentence of each language, put after every sentence by `--beside`.
FRIENDLY = {
    "en": "Anyway, your order ships on Monday and Dana will call you the day before.",
    "pl": "Tak czy inaczej, zamówienie wyślemy w poniedziałek, a Kasia zadzwoni dzień wcześniej.",
    "ca": "En tot cas, la comanda surt dilluns i la Laia li trucarà el dia abans.",
    "id": "Bagaimanapun, pesanan Anda dikirim hari Senin dan Dewi akan menelepon sehari"
    " sebelumnya.",
}


# A greeting, put before a sentence as well by `beside(around=True)`.
GREETING = {
    "en": "Thanks for calling us back.",
    "pl": "Dziękuję za telefon.",
    "ca": "Gràcies per trucar.",
    "id": "Terima kasih sudah menelepon.",
}


def beside(sentences: list[Sentence], around: bool = False) -> list[Sentence]:
    """Each sentence with its language's friendly sentence after it; with `around`, its
    greeting before it too."""
    return [
        replace(
            s,
            text=(f"{GREETING[s.lang]} " if around else "")
            + f"{s.text.rstrip()} {FRIENDLY[s.lang]}",
        )
        for s in sentences
    ]


def load(split: str | None = None, lang: str | None = None) -> list[Sentence]:
    """The corpus, or one split / one language of it, in file order."""
    return [
        s
        for s in _read()
        if (split is None or s.split == split) and (lang is None or s.lang == lang)
    ]


def load_holdout(lang: str | None = None) -> list[Sentence]:
    """The writers' hold-out set (`holdout/{en,pl,ca,id}.jsonl`, split "holdout"): sentences by
    writers none of whose sentences are in the corpus, written after the shipped model was
    trained. Nothing learns from it or is chosen on it; it is read to report how the checker
    meets writers it has never read."""
    return [s for s in _read(HERE / "holdout") if lang is None or s.lang == lang]


def _read(folder: Path | None = None) -> Iterator[Sentence]:
    for code in LANGS:
        path = (folder or HERE) / f"{code}.jsonl"
        if folder is not None and not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield Sentence(
                    row["lang"], row["label"], row["category"], row["split"], row["text"]
                )
