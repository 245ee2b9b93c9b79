"""The word rules of the risk checker: findings with exact spans, categories and alternatives.

Matching runs on a folded copy of the text (lower case, diacritics removed, one character for
each original character), so offsets point straight back into the original text. Rules live in
`handoff.risk.rules`, one module per language; each rule may name the context that makes the
same word harmless ("the boiler's performance", "police station car park"). A pattern rule spells
its inflected forms; a stemmed rule is matched on the stems of the text's words (`stemmed`), each
stem mapped back to the word it came from, so every form sharing a stem counts. Rules are compiled
once per language; one scan of the folded text (and one of the stemmed text) finds the literal
triggers present, and only the rules they allow run. Never imports textual.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import cast

from handoff.errors import ValidationError
from handoff.model import KINDS, LANGUAGES

CATEGORIES: dict[str, str] = {
    "reason": "reason for leaving",
    "accusation": "accusation or crime",
    "performance": "performance or competence",
    "health": "health",
    "family": "pregnancy, family or personal life",
    "legal": "legal proceedings",
    "speculation": "speculation or rumour",
    "disparagement": "disparagement",
    "confidential": "confidential personnel details",
    "false_softener": "false softener",
}

WHY: dict[str, str] = {
    "reason": "It gives a reason for the departure; say only that the person no longer works "
    "here (or is away), never why.",
    "accusation": "It accuses someone of wrongdoing or a crime, which is a defamation risk and "
    "never the client's business.",
    "performance": "It comments on someone's performance or competence, which can be heard as "
    "the reason they left and invites a defamation claim.",
    "health": "It reveals health information, which is private and protected.",
    "family": "It reveals pregnancy, family or personal life, which is private.",
    "legal": "It mentions legal proceedings or threats; only legal counsel speaks about those.",
    "speculation": "It repeats a rumour or guesses at a reason, or confirms the client's "
    "suspicion, which the firm cannot stand behind.",
    "disparagement": "It runs someone down in front of a client, which hurts the firm's name "
    "and can be defamatory.",
    "confidential": "It discloses confidential personnel details (pay, discipline, contracts).",
    "false_softener": "On a termination, a friendly story about leaving is untrue and can be "
    "contradicted later; say only that the person no longer works here.",
}

# A neutral alternative per category, in each language the app ships.
ALTERNATIVES: dict[str, dict[str, str]] = {
    "en": {
        "reason": "no longer works with us",
        "accusation": "I am not at liberty to discuss the circumstances.",
        "performance": "I am not at liberty to discuss the circumstances.",
        "health": "is away from the office",
        "family": "is away from the office",
        "legal": "I can't comment on that; I will pass your question to the right person.",
        "speculation": "I don't have any additional information about the circumstances.",
        "disparagement": "Your project continues as agreed.",
        "confidential": "I am not at liberty to discuss the circumstances.",
        "false_softener": "no longer works with us",
    },
    "pl": {
        "reason": "nie pracuje już w naszej firmie",
        "accusation": "Nie mogę rozmawiać o okolicznościach.",
        "performance": "Nie mogę rozmawiać o okolicznościach.",
        "health": "jest poza biurem",
        "family": "jest poza biurem",
        "legal": "Nie mogę tego komentować; przekażę Państwa pytanie właściwej osobie.",
        "speculation": "Nie mam żadnych dodatkowych informacji na temat okoliczności.",
        "disparagement": "Państwa projekt jest kontynuowany zgodnie z ustaleniami.",
        "confidential": "Nie mogę rozmawiać o okolicznościach.",
        "false_softener": "nie pracuje już w naszej firmie",
    },
    "ca": {
        "reason": "ja no treballa amb nosaltres",
        "accusation": "No tinc la llibertat de parlar de les circumstàncies.",
        "performance": "No tinc la llibertat de parlar de les circumstàncies.",
        "health": "és fora de l'oficina",
        "family": "és fora de l'oficina",
        "legal": "No puc fer cap comentari; faré arribar la seva pregunta a la persona adequada.",
        "speculation": "No tinc cap informació addicional sobre les circumstàncies.",
        "disparagement": "El seu projecte continua tal com vam acordar.",
        "confidential": "No tinc la llibertat de parlar de les circumstàncies.",
        "false_softener": "ja no treballa amb nosaltres",
    },
    "id": {
        "reason": "sudah tidak bekerja di perusahaan kami",
        "accusation": "Mohon maaf, saya tidak dapat membahas keadaannya.",
        "performance": "Mohon maaf, saya tidak dapat membahas keadaannya.",
        "health": "sedang tidak berada di kantor",
        "family": "sedang tidak berada di kantor",
        "legal": "Saya tidak dapat mengomentari hal itu; pertanyaan Anda akan saya teruskan "
        "kepada pihak yang tepat.",
        "speculation": "Saya tidak memiliki informasi tambahan mengenai keadaannya.",
        "disparagement": "Proyek Anda tetap berjalan sesuai kesepakatan.",
        "confidential": "Mohon maaf, saya tidak dapat membahas keadaannya.",
        "false_softener": "sudah tidak bekerja di perusahaan kami",
    },
}


@dataclass(frozen=True)
class Finding:
    """One risky passage: where it is, what it says, why it is risky, what to say instead."""

    start: int  # offset in the checked text
    end: int
    words: str  # text[start:end], the exact words
    category: str  # key of CATEGORIES
    why: str  # why it is risky, one sentence, in English
    alternative: str  # a neutral alternative, in the text's language

    @property
    def label(self) -> str:
        return CATEGORIES[self.category]

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "words": self.words,
            "category": self.category,
            "label": self.label,
            "why": self.why,
            "alternative": self.alternative,
        }


@dataclass(frozen=True)
class Rule:
    """A compiled rule: a pattern on folded text, and the contexts that make it harmless."""

    category: str
    pattern: re.Pattern[str]
    why: str
    alternative: str
    kinds: frozenset[str] | None  # None: every kind (and an unknown kind)
    not_before: re.Pattern[str] | None  # harmless when the text before the match ends so
    not_after: re.Pattern[str] | None  # harmless when the text after the match starts so
    # Literals one of which every match contains (None: none known). A rule none of whose
    # triggers is in a text cannot match it and is skipped: a substring test is far cheaper
    # than a regex scan, and most texts are clean.
    triggers: tuple[str, ...] | None = None
    # True: `pattern` runs on the stemmed text (`stems`), not on the folded text.
    stemmed: bool = False


_SPECIAL = {"ł": "l", "Ł": "l", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "đ": "d", "ø": "o"}


@cache
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    base = "".join(c for c in unicodedata.normalize("NFD", lower) if not unicodedata.combining(c))
    return base if len(base) == 1 else lower


def fold(text: str) -> str:
    """Lower case without diacritics, exactly one character for each character of `text`."""
    return "".join(_fold_char(c) for c in text)


def _fold_pattern(source: str) -> str:
    """Patterns are written in lower case with real diacritics; a space means any whitespace,
    and a space followed by `?` any whitespace or none (not one or more, lazily)."""
    stripped = "".join(
        _SPECIAL.get(c, c)
        for c in unicodedata.normalize("NFD", source)
        if not unicodedata.combining(c)
    )
    return stripped.replace(" ?", r"\s*").replace(" ", r"\s+")


_MAX_TRIGGERS = 64


def _required(pattern: object) -> set[str] | None:
    """Literals one of which every match of a parsed regex contains (None: none known).

    In a sequence, each literal run and each mandatory group gives such a set; the most
    selective one (longest shortest member) is kept. An alternation needs one per branch.
    """
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[set[str]] = []
    run = ""
    for op, av in pattern:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        inner: set[str] | None = None
        if op is c.SUBPATTERN and not av[1] and not av[2]:
            inner = _required(av[3])
        elif op is c.BRANCH:
            inner = set()
            for branch in av[1]:
                more = _required(branch)
                if more is None:
                    inner = None
                    break
                inner |= more
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            inner = _required(av[2])
        if inner and len(inner) <= _MAX_TRIGGERS:
            candidates.append(inner)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda found: (min(map(len, found)), -len(found)))


def _triggers(body: str) -> tuple[str, ...] | None:
    from re import _parser  # type: ignore[attr-defined]

    found = _required(_parser.parse(body))
    if not found or min(len(s) for s in found) < 2:
        return None  # too short to rule anything out
    return tuple(sorted(found))


# The stemmer of each language. Snowball (`snowballstemmer`) for English, Polish and Catalan:
# pure Python, loads in a few hundredths of a second. Indonesian: Sastrawi (`PySastrawi`), which
# strips affixes only down to a word of its dictionary; Snowball's Indonesian stemmer strips
# blindly ("terapi" to "api", fire; "berantakan" to "anta"). Each rule word is stemmed with the
# same stemmer as the text, so one dictionary form in a rule ("zwolnić", "acomiadar", "pecat")
# covers every form that shares its stem.
_SNOWBALL = {"en": "english", "pl": "polish", "ca": "catalan"}
# A stemmer holds the word it works on: two threads at once (the app's workers) corrupt it.
_STEMMING = threading.Lock()


@cache
def _stemmer(lang: str) -> Callable[[str], str]:
    if lang == "id":
        from Sastrawi.Stemmer.StemmerFactory import (  # type: ignore[import-untyped]
            StemmerFactory,
        )

        return cast(Callable[[str], str], StemmerFactory().create_stemmer().stem)
    import snowballstemmer  # type: ignore[import-untyped]

    return cast(Callable[[str], str], snowballstemmer.stemmer(_SNOWBALL[lang]).stemWord)


@lru_cache(maxsize=65536)
def stem(word: str, lang: str) -> str:
    """`word` (any case, real diacritics) reduced to its stem, folded like the text."""
    lower = word.lower()
    with _STEMMING:
        stemmed = _stemmer(lang)(lower)
    return fold(stemmed or lower)


_WORD = re.compile(r"[^\W_]+")
# Words a phrase may span: separated only by spaces, apostrophes ("l'han"), hyphens or a comma
# (Polish and Catalan put one before "że", "co", "que": "dobrze wie, co zrobiła").
_JOIN = re.compile(r"[\s'\-]*,?[\s'\-]*")
_BREAK = " # "  # between words that punctuation (or a masked name) separates


@dataclass(frozen=True)
class Stemmed:
    """The stems of a text's words, one space apart, and where each word is in the text."""

    text: str
    starts: list[int]  # where each word's stem starts in `text`
    spans: list[tuple[int, int]]  # each word's span in the checked text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the checked text of the words whose stems `text[start:end]` covers."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


def stemmed(text: str, folded: str, lang: str) -> Stemmed:
    """Each word of `folded` (words of masked names are gone) stemmed from its spelling in
    `text`."""
    parts: list[str] = []
    starts: list[int] = []
    spans: list[tuple[int, int]] = []
    size = 0
    last = -1
    for match in _WORD.finditer(folded):
        if last >= 0:
            gap = " " if _JOIN.fullmatch(folded, last, match.start()) else _BREAK
            parts.append(gap)
            size += len(gap)
        word = stem(text[match.start() : match.end()], lang)
        starts.append(size)
        spans.append(match.span())
        parts.append(word)
        size += len(word)
        last = match.end()
    return Stemmed("".join(parts), starts, spans)


_PHRASE_WORD = re.compile(r"\*|\.\.\.|[^\W_]+(?:/[^\W_]+)*")
# A one-word phrase must stem to this many letters: shorter stems stand for too many words
# (Catalan "endur" and "en" both stem to "en").
_MIN_STEM = 4
_ANY_WORD = r"[^ #]+ "
# "he's/she's" would read as "he", "s/she", "s": spell such choices out as two phrases.
_SPLIT_CHOICE = re.compile(
    r"/[^\W_]*['’-]|['’-][^\W_]*/"
)  # one word of a stemmed text, and the space after it


def _stem_pattern(phrases: str, lang: str) -> str:
    """`_stem_body` matched on whole words of a stemmed text."""
    return rf"(?<![^ ])(?:{_stem_body(phrases, lang)})(?![^ ])"


def _stem_body(phrases: str, lang: str) -> str:
    """A pattern on stemmed text for `phrases`: alternatives split by "|", words by spaces,
    apostrophes or hyphens; "a/b" is either word; "*" is any one word, "..." up to four."""
    alternatives = []
    for phrase in phrases.split("|"):
        if _SPLIT_CHOICE.search(phrase):
            raise ValueError(f"risk rule for {lang}: 'a/b' with an apostrophe in {phrase!r}")
        body = ""
        words = _PHRASE_WORD.findall(phrase)
        for word in words:
            if word == "*":
                body += _ANY_WORD
            elif word == "...":
                body += f"(?:{_ANY_WORD}){{0,4}}"
            else:
                forms = sorted({re.escape(stem(w, lang)) for w in word.split("/")})
                if len(words) == 1 and min(map(len, forms)) < _MIN_STEM:
                    raise ValueError(f"risk rule for {lang}: {word!r} stems too short alone")
                body += (forms[0] if len(forms) == 1 else "(?:" + "|".join(forms) + ")") + " "
        if not body.endswith(" "):
            raise ValueError(f"risk rule for {lang}: stemmed phrase {phrase!r} ends in a gap")
        alternatives.append(body[:-1])
    return "|".join(alternatives)


def _compile(lang: str) -> list[Rule]:
    from handoff.risk.rules import rules as tables

    rules = []
    for spec in tables()[lang]:
        category = spec["cat"]
        if category not in CATEGORIES:
            raise ValueError(f"risk rule for {lang}: unknown category {category!r}")
        not_before = spec.get("not_before")
        not_after = spec.get("not_after")
        kinds = spec.get("kinds")
        if "stem" in spec:
            body = _stem_body(spec["stem"], lang)
            pattern = re.compile(rf"(?<![^ ])(?:{body})(?![^ ])")
            triggers = _triggers(body)
        else:
            body = _fold_pattern(spec["re"])
            pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
            triggers = _triggers(body)
        rules.append(
            Rule(
                category=category,
                pattern=pattern,
                why=spec.get("why", WHY[category]),
                alternative=spec.get("alt", ALTERNATIVES[lang][category]),
                kinds=frozenset(kinds) if kinds else None,
                not_before=re.compile(rf"(?:{_fold_pattern(not_before)})\W*$")
                if not_before
                else None,
                not_after=re.compile(rf"\W*(?:{_fold_pattern(not_after)})") if not_after else None,
                triggers=triggers,
                stemmed="stem" in spec,
            )
        )
    return rules


@cache
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The language's rules, compiled once per process."""
    return tuple(_compile(lang))


@dataclass(frozen=True)
class _Index:
    """Which rules can match a text, found in one scan of it.

    `scan` finds, at each position, the longest trigger starting there; every trigger that is
    a substring of a found one is then present too (`closure`), so the set of triggers in a
    text is exact although the scan never backtracks over alternatives.
    """

    scan: re.Pattern[str] | None
    closure: dict[str, frozenset[str]]
    rules: tuple[tuple[Rule, frozenset[str] | None], ...]
    # The same for the triggers of the stemmed rules, scanned in the stemmed text.
    stem_scan: re.Pattern[str] | None = None
    stem_closure: dict[str, frozenset[str]] = field(default_factory=dict)

    def present(self, folded: str) -> set[str]:
        return _present(self.scan, self.closure, folded)

    def present_stems(self, stems: str) -> set[str]:
        return _present(self.stem_scan, self.stem_closure, stems)


def _present(
    scan: re.Pattern[str] | None, closure: dict[str, frozenset[str]], text: str
) -> set[str]:
    if scan is None:
        return set()
    found: set[str] = set()
    for hit in set(scan.findall(text)):
        found |= closure[hit]
    return found


def _scanner(
    rules: Iterable[Rule],
) -> tuple[re.Pattern[str] | None, dict[str, frozenset[str]]]:
    """One pattern finding the rules' triggers (longest first at each position), and for each
    trigger the triggers it contains."""
    triggers = sorted({t for r in rules for t in r.triggers or ()}, key=lambda t: (-len(t), t))
    closure = {t: frozenset(u for u in triggers if u in t) for t in triggers}
    scan = re.compile(f"(?=({_trie(triggers)}))") if triggers else None
    return scan, closure


def _trie(words: list[str]) -> str:
    """One regular expression for `words`, their common prefixes factored out, so a scan
    tries each character once per depth instead of once per word; greedy, so the longest word
    at a position wins."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


@cache
def _index(lang: str) -> _Index:
    rules = rules_for(lang)
    scan, closure = _scanner(r for r in rules if not r.stemmed)
    stem_scan, stem_closure = _scanner(r for r in rules if r.stemmed)
    return _Index(
        scan,
        closure,
        tuple((r, frozenset(r.triggers) if r.triggers is not None else None) for r in rules),
        stem_scan,
        stem_closure,
    )


def check_language(lang: str) -> str:
    """The language code, or a ValidationError naming the ones the checker knows."""
    code = (lang or "").strip().lower()
    if code not in LANGUAGES:
        raise ValidationError(
            f"unknown language {lang!r}: the risk checker knows {', '.join(LANGUAGES)}", "lang"
        )
    return code


def check_kind(kind: str | None) -> str | None:
    if kind is None or kind == "":
        return None
    code = kind.strip().lower()
    if code not in KINDS:
        raise ValidationError(f"unknown kind {kind!r}: use {', '.join(KINDS)}", "kind")
    return code


# Stands in for a masked name: not a letter, digit or space, so no rule matches across it.
_MASK = "\x00"


@lru_cache(maxsize=256)
def _names_pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for all the names (longest first), compiled once per set of names."""
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def mask_names(text: str, folded: str, names: Iterable[str]) -> str:
    """`folded` with every exact, whole occurrence in `text` of one of `names` blanked out.

    Only names of two words or more are masked ("Hans Sick", "Acme [@click=app.quit]Corp[/]"):
    a surname or a firm's name is not a risky word when it stands for the client. A one-word
    name is never masked, nor is a name in other letters or cut in half, so "Marta is sick" is
    flagged even for a client called Hans Sick.
    """
    pattern = _names_pattern(frozenset(n.strip() for n in names if n and len(n.split()) >= 2))
    if pattern is None:
        return folded
    spans = [match.span() for match in pattern.finditer(text)]
    if not spans:
        return folded
    chars = list(folded)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)


def check(
    text: str, lang: str = "en", kind: str | None = None, names: Iterable[str] = ()
) -> list[Finding]:
    """Every risky passage in `text`, in order, with exact spans of the original text.

    `kind` is the handoff's kind: false softeners ("left to pursue other opportunities") are
    only risky on a termination. `names` are the people and firms the text may name (the
    client, their company, colleagues): see `mask_names`. Raises ValidationError for an
    unknown language or kind.
    """
    lang = check_language(lang)
    kind = check_kind(kind)
    if not text:
        return []
    folded = mask_names(text, fold(text), names)
    found: list[Finding] = []
    index = _index(lang)
    present = index.present(folded)
    words: Stemmed | None = None
    present_stems: set[str] = set()
    for rule, triggers in index.rules:
        if rule.kinds is not None and kind not in rule.kinds:
            continue
        if rule.stemmed and words is None:
            words = stemmed(text, folded, lang)
            present_stems = index.present_stems(words.text)
        if triggers is not None and triggers.isdisjoint(present_stems if rule.stemmed else present):
            continue
        if rule.stemmed:
            assert words is not None
            spans = [words.span(*m.span()) for m in rule.pattern.finditer(words.text)]
        else:
            spans = [m.span() for m in rule.pattern.finditer(folded)]
        for start, end in spans:
            if rule.not_before is not None and rule.not_before.search(
                folded, max(0, start - 80), start
            ):
                continue
            if rule.not_after is not None and rule.not_after.match(folded, end, end + 80):
                continue
            found.append(
                Finding(
                    start=start,
                    end=end,
                    words=text[start:end],
                    category=rule.category,
                    why=rule.why,
                    alternative=rule.alternative,
                )
            )
    # One finding per passage: overlapping findings of one category merge into one span
    # ("left to pursue" + "pursue other opportunities"); otherwise the earliest, then the
    # longest, wins.
    found.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for finding in found:
        if kept and finding.start < kept[-1].end:
            last = kept[-1]
            if finding.category == last.category and finding.end > last.end:
                kept[-1] = replace(last, end=finding.end, words=text[last.start : finding.end])
            continue
        kept.append(finding)
    return kept


def summary(findings: list[Finding]) -> str:
    """One line naming the flagged words, e.g. '"fired" (reason for leaving), ...'."""
    return ", ".join(f'"{f.words}" ({f.label})' for f in findings)
