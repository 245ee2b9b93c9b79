"""Which stemmer the risk checker's stemmed rules should use: recall, false alarms and speed.

Run: .venv/bin/python benchmarks/bench_stemmers.py [--split dev]
Each option runs in a fresh process (so a dictionary's load time is counted once, as in the
app) and checks every sentence of the split with the word rules alone (`check_text`, meaning
check off), the way `python -m evaluation.risk --rules-only` does. Options:
- shipped: Snowball for en, pl, ca and Sastrawi for id (what `handoff.risk.core` uses);
- snowball: Snowball for all four languages;
- simplemma: simplemma's lemmas (dictionary lemmatiser; install it to compare, it is not a
  dependency);
- none: no stemming, each word as written (what the rules would catch without a stemmer).
Per language it prints the stemmer's first-use time, risky sentences caught, safe sentences
flagged, risky sentences caught among `INFLECTED` (forms the corpus does not hold), and the mean
time of one check with an empty word cache and with a warm one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OPTIONS = ("shipped", "snowball", "simplemma", "none")

# Risky sentences in inflected forms that the corpus does not hold (other persons, numbers,
# cases, affixes of words the rules name in one form): what a stemmer adds to the word lists.
INFLECTED = {
    "en": [
        "Our solicitors are looking at it.",
        "She kept nicking tools.",
        "He nicks stuff.",
        "He was the bully.",
        "She pinches cash.",
        "He fibs a lot.",
        "Our lawyers are on it.",
        "She has therapy twice a week.",
        "He is seeing therapists.",
        "She keeps dropping the ball.",
        "He cooks the books.",
        "They were skimming money.",
    ],
    "pl": [
        "Naszym prawnikom przekazaliśmy jego sprawę.",
        "Kancelarią zajmującą się tym jest nasza.",
        "Okłamywali klientów w sprawie cen.",
        "Podkradali z kasy.",
        "Chodził na terapię od miesięcy.",
        "Terapeutka mówi, że potrzebuje czasu.",
        "Przywłaszczyli sobie zaliczkę.",
        "Znęcali się nad praktykantami.",
        "Kombinowali z rozliczeniami.",
        "Narobił bałaganów w papierach.",
        "Nie ogarniali systemu.",
        "Zawaliła terminy.",
    ],
    "ca": [
        "Els advocats nostres ja ho porten.",
        "Les advocades ho estan mirant.",
        "Robaven material.",
        "Prescindirem d'ella.",
        "Enganyaven els clients.",
        "Va a la terapeuta cada setmana.",
        "Desviaven pagaments.",
        "Falsejaven els fulls.",
        "Xapusses i més xapusses.",
        "Feien trampes amb les hores.",
        "Ha emmalaltit greument.",
        "L'han ingressada a l'hospital.",
    ],
    "id": [
        "Dia dipecat bulan lalu.",
        "Pemecatannya mendadak.",
        "Mereka membohonginya.",
        "Dia penipu ulung.",
        "Dia kecanduan judi.",
        "Dia sedang menjalani terapi.",
        "Dia yang melecehkan rekannya.",
        "Dia mengacaukannya lagi.",
        "Dia berobat jalan.",
        "Kami memperkarakannya.",
        "Dia kena skorsing.",
        "Kejaksaan memanggilnya.",
    ],
}
SNOWBALL = {"en": "english", "pl": "polish", "ca": "catalan", "id": "indonesian"}


def _stemmer_for(option: str) -> Callable[[str], Callable[[str], str]] | None:
    if option == "shipped":
        return None
    if option == "snowball":
        import snowballstemmer  # type: ignore[import-untyped]

        return lambda lang: snowballstemmer.stemmer(SNOWBALL[lang]).stemWord
    if option == "simplemma":
        import simplemma  # type: ignore[import-not-found]

        return lambda lang: lambda word: simplemma.lemmatize(word, lang=lang)
    return lambda lang: lambda word: word


def run(option: str, split: str) -> dict[str, dict[str, float]]:
    from functools import cache

    from evaluation.risk import LANGS, load
    from handoff.risk import check_text, core

    make = _stemmer_for(option)
    if make is not None:
        core._stemmer = cache(make)  # type: ignore[assignment]
    out: dict[str, dict[str, float]] = {}
    for lang in LANGS:
        core.stem.cache_clear()
        core.rules_for.cache_clear()
        core._index.cache_clear()
        start = time.perf_counter()
        core._stemmer(lang)("test")
        load_ms = (time.perf_counter() - start) * 1000
        core.rules_for(lang)
        sentences = load(split, lang)
        core.stem.cache_clear()
        start = time.perf_counter()
        flagged = [bool(check_text(s.text, lang)) for s in sentences]
        cold = (time.perf_counter() - start) * 1000 / len(sentences)
        start = time.perf_counter()
        for s in sentences:
            check_text(s.text, lang)
        warm = (time.perf_counter() - start) * 1000 / len(sentences)
        risky = [f for f, s in zip(flagged, sentences, strict=True) if s.risky]
        safe = [f for f, s in zip(flagged, sentences, strict=True) if not s.risky]
        probe = INFLECTED[lang]
        out[lang] = {
            "inflected": sum(bool(check_text(t, lang)) for t in probe) / len(probe),
            "load_ms": load_ms,
            "caught": sum(risky) / len(risky),
            "flagged": sum(safe) / len(safe),
            "cold_ms": cold,
            "warm_ms": warm,
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--option", choices=OPTIONS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.option:
        print(json.dumps(run(args.option, args.split)))
        return
    print(f"word rules alone on the {args.split} split (python -m evaluation.risk --rules-only)")
    print(
        "| stemmer | lang | first use | risky caught | safe flagged | inflected caught "
        "| check, cold | warm |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for option in OPTIONS:
        done = subprocess.run(
            [sys.executable, __file__, "--option", option, "--split", args.split],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["failed"])[-1]
            print(f"| {option} | – | {last} | | | | | |")
            continue
        for lang, f in json.loads(done.stdout).items():
            print(
                f"| {option} | {lang} | {f['load_ms']:.0f} ms | {f['caught']:.0%} "
                f"| {f['flagged']:.0%} | {f['inflected']:.0%} | {f['cold_ms']:.2f} ms "
                f"| {f['warm_ms']:.2f} ms |"
            )


if __name__ == "__main__":
    main()
