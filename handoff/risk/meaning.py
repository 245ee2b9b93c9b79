"""The meaning check's n-gram model: a small classifier that reads a sentence as a whole.

Where the sentence encoder is installed (`handoff.risk.encoder`), its score decides and this
model names the kind of risk and the words that weigh most; elsewhere this model scores too.
Word rules miss what is only implied ("let's just say he didn't leave by choice"), litotes
("not the most dependable"), slang and paraphrase. This classifier is a logistic regression
over character n-grams (3 to 5 letters, so every inflected form shares most of its features
with the others), words and word pairs (counted twice), the signals of whom the sentence is
about (the client, a third person, both or neither; see `handoff.risk.subject`), and each word
paired with that signal ("hospital" said to the client is not "hospital" said of a third
person). A second,
multinomial model names the kind of risk. Names are read as "a name", never as words.

It is trained on the train split of the project's own corpus by `python -m
evaluation.risk.train`, which chooses its regularisation, and a threshold and vetoes for each
language, on the dev split; its weights ship inside the package (`meaning.json.gz`, about 7
megabytes); nothing is downloaded and nothing but the standard library runs. When the weights
file is missing or unreadable, `load()` returns None and the checker says so
(`handoff.risk.meaning_status`) instead of going quiet.

Each finding of this check explains itself: it names the sentence, the kind, the checker's
usual explanation and alternative for that kind, and the words that weighed most.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from handoff.risk.core import fold
from handoff.risk.subject import ME, first_names, name_part, not_a_name, word_sets

WEIGHTS = Path(__file__).with_name("meaning.json.gz")

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+")
# A stop with a letter or digit right after it is inside an address, a number or a date
# ("events@example.com", "12.50", "do 20.12"), not at a sentence's end.
_SENTENCE = re.compile(r"(?:[^.!?;\n]|[.!?;]+(?=\w))+[.!?;]*")
# A dot that ends one of these words (folded), or an initial ("G. Moyo", Polish "p." for pan),
# does not end the sentence: "Mr. Rao's leaving was not voluntary" is one sentence. Titles and
# the abbreviations of notes in the four languages; not "no" or "etc", which often end one.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "sra",
        "srta",
        "dra",
        "mn",
        "mna",
        "kl",
        "np",
        "tzw",
        "nr",
        "ul",
        "tel",
        "godz",
        "bp",
        "bpk",
        "sdr",
        "sdri",
        "jl",
        "pt",
    ]
)
_LAST_WORD = re.compile(r"(\w+)\.$")
# An ordinal's dot before a word in lower case ("3. marca", "el 2. pis") is no stop either.
_ORDINAL = re.compile(r"\d\.$")
NAME = "_n_"


def tokens(text: str, lang: str, names: frozenset[str] = frozenset()) -> list[str]:
    """Folded words; a capitalised word inside a sentence, a known name, or a common first name
    at the start of a sentence (`handoff.risk.rules.people.FIRST_NAMES`) becomes `_n_`."""
    client, _third = word_sets(lang)
    first = first_names(lang)
    out: list[str] = []
    folded = fold(text)
    for i, match in enumerate(_TOKEN.finditer(text)):
        word = folded[match.start() : match.end()].replace("’", "'")
        raw = match.group()
        part = name_part(raw)  # "Maya's" → "Maya", "l'Anna" → "Anna"
        name = fold(part)
        start_of_sentence = i == 0 or text[: match.start()].rstrip()[-1:] in {".", "!", "?", ":"}
        capital = part[:1].isupper() and name not in client and raw not in ME
        capital = capital and not not_a_name(name, lang)
        if word in names or name in names or (capital and (not start_of_sentence or name in first)):
            word = NAME
        out.append(word)
    return out


def features(text: str, lang: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The features of one sentence, each once."""
    words = tokens(text, lang, names)
    found: set[str] = {f"w:{w}" for w in words}
    found |= {f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    line = " " + " ".join(words) + " "
    for n in (3, 4, 5):
        found |= {f"c:{line[i : i + n]}" for i in range(len(line) - n + 1)}
    # Words and word pairs count twice as much as the letters inside them: with ~200
    # n-grams a sentence, the words were drowned (this gave the best recall on dev).
    found |= {"x" + f for f in found if f[:2] in ("w:", "b:")}
    state = whom(words, lang)
    found |= subject_features(state)
    # Whom the sentence is about changes what its words mean ("is in hospital" said of the
    # client or of a colleague), and differs by language (Catalan vostè takes the verbs of a
    # third person): each word also counts paired with the sentence's subject, and the subject
    # with the language.
    found |= {f"{state}|{w}" for w in set(words)}
    found.add(f"s:{lang}:{state}")
    return sorted(found)


def whom(words: list[str], lang: str) -> str:
    """Whom the sentence speaks of: the client (a word of address, "client_only"), a third
    person (he, she, our colleague, a name: "third_only"), "both", or "none" (as "Està de baixa
    per depressió", where the verb alone says it is about someone else)."""
    client, third = word_sets(lang)
    to_client = any(w in client for w in words)
    about_third = any(w in third or w == NAME for w in words)
    if to_client and about_third:
        return "both"
    return "client_only" if to_client else "third_only" if about_third else "none"


def subject_features(state: str) -> set[str]:
    """The features of `whom` a sentence speaks of: the state, and "s:client" / "s:third" for
    each side it names (both for "both")."""
    found = {"s:" + state}
    if state in ("both", "client_only"):
        found.add("s:client")
    if state in ("both", "third_only"):
        found.add("s:third")
    return found


class Calibrated:
    """A scorer's threshold and vetoes per language, chosen on the dev split: the n-gram
    `Model`'s, or the sentence encoder's (`handoff.risk.encoder.Encoder`). A rule's hit is set
    aside when the sentence read over it scores under the veto of its kind's group (see
    `handoff.risk.text.vetoed`); a language without vetoes sets nothing aside."""

    threshold: float  # for a language that has none of its own
    thresholds: dict[str, float]
    vetoes: dict[str, dict[str, float]]

    def threshold_for(self, lang: str) -> float:
        """The score from which a sentence in `lang` is flagged."""
        return self.thresholds.get(lang, self.threshold)

    def veto_for(self, lang: str, group: str) -> float:
        """The score under which a rule's hit of `group` (event, private, criticism) in a
        sentence in `lang` is set aside."""
        return self.vetoes.get(lang, {}).get(group, 0.0)


@dataclass(frozen=True)
class Model(Calibrated):
    """The shipped weights: risk (binary) and kind of risk (one weight row per kind)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    kinds: tuple[str, ...]
    kind_bias: tuple[float, ...]
    kind_weights: dict[str, tuple[float, ...]]
    # per language, chosen on the dev split (`Calibrated`)
    thresholds: dict[str, float] = field(default_factory=dict)
    vetoes: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        return cls(
            bias=float(data["bias"]),
            weights={k: float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            kinds=tuple(data["kinds"]),
            kind_bias=tuple(float(b) for b in data["kind_bias"]),
            kind_weights={k: tuple(float(x) for x in v) for k, v in data["kind_weights"].items()},
            thresholds=_floats(data.get("thresholds", {})),
            vetoes={lang: _floats(v) for lang, v in data.get("vetoes", {}).items()},
        )

    def logit(self, feats: list[str]) -> float:
        """The n-gram classifier's log-odds that the sentence is risky."""
        scale = 1 / math.sqrt(len(feats)) if feats else 0.0
        return self.bias + scale * sum(self.weights.get(f, 0.0) for f in feats)

    def score(self, feats: list[str]) -> float:
        """Probability that the sentence is risky."""
        return sigmoid(self.logit(feats))

    def kind(self, feats: list[str]) -> str:
        scale = 1 / math.sqrt(len(feats)) if feats else 0.0
        totals = list(self.kind_bias)
        for f in feats:
            row = self.kind_weights.get(f)
            if row:
                for i, w in enumerate(row):
                    totals[i] += scale * w
        return self.kinds[max(range(len(totals)), key=totals.__getitem__)]

    def strongest(self, feats: list[str], count: int = 3) -> list[str]:
        """The words that pushed the sentence most towards risky (for the explanation)."""
        words = [(self.weights.get(f, 0.0), f[2:]) for f in feats if f.startswith("w:")]
        return [w for weight, w in sorted(words, reverse=True)[:count] if weight > 0 and w != NAME]


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _floats(data: dict[str, Any]) -> dict[str, float]:
    return {k: float(v) for k, v in data.items()}


@cache
def load() -> Model | None:
    """The shipped model, or None when its file is missing or unreadable."""
    try:
        data = json.loads(gzip.decompress(WEIGHTS.read_bytes()))
        return Model.from_dict(data)
    except (OSError, ValueError, KeyError, TypeError, EOFError, gzip.BadGzipFile):
        return None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    joined = False  # the previous chunk ended with an abbreviation: this one goes on it
    for match in _SENTENCE.finditer(text):
        chunk = match.group()
        start = match.start() + len(chunk) - len(chunk.lstrip())
        end = match.end() - (len(chunk) - len(chunk.rstrip()))
        if end <= start:
            continue
        if joined and spans:
            start = spans.pop()[0]
        joined = _goes_on(text, start, end)
        if any(c.isalpha() for c in text[start:end]):
            spans.append((start, end))
    return spans


def _goes_on(text: str, start: int, end: int) -> bool:
    """The sentence text[start:end] ends with an abbreviation's or an ordinal's dot, on the same
    line as a next word that continues it."""
    rest = text[end:]
    following = rest.lstrip(" \t")
    if not following or rest[:1] not in " \t" or not following[0].isalnum():
        return False
    last = _LAST_WORD.search(text, start, end)
    if last is None:
        return False
    word = last.group(1)
    if _ORDINAL.search(text, start, end) and word.isdigit():
        return following[0].islower()
    return len(word) == 1 and word.isalpha() or fold(word) in ABBREVIATIONS
