"""Spotting "no information was left for me" in a contact log, in en, pl, ca and id
(docs/design.md: the colleague with no information).

A *claim* is the covering colleague telling a client they had no information, were not told, or
don't know about something. On its own it may be true; the return review sets it beside the
packet version the colleague was given, and only a packet that held the client's items or notes
makes it a contradiction. Matching ignores case, accents and the kind of apostrophe, and
returns the exact words of the original text. Never imports textual.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_NO_DECOMPOSITION = {"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ı": "i"}

# Each pattern runs on folded text (lower case, no accents, straight apostrophes).

CLAIM_PATTERNS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\bno (?:information|info|details|notes|instructions|briefing|handover|file)s?\b"
        r"(?: \w+){0,4}? (?:(?:was|were|has been|have been|had been) "
        r"(?:left|given|passed on|handed over|shared)|(?:left|given|passed on|handed over) "
        r"(?:for|to|with) (?:me|us))\b",
        r"\b(?:i|we) (?:have|had|got|'ve got|'ve) (?:no|not any|not been given any) "
        r"(?:information|info|details|notes|idea|instructions)\b",
        r"\b(?:i|we)(?: really)? (?:don't|do not|didn't|did not|dont|didnt) know"
        r"(?: anything| a thing| much)? about\b",
        r"\b(?:i|we) (?:know|knew) nothing about\b",
        r"\b(?:i|we) (?:was|were|have|haven't|have not|had)?(?: been)? ?"
        r"(?:not|never|n't) (?:told|informed|briefed|given anything)\b",
        r"\b(?:i|we) (?:wasn't|weren't|haven't been|hadn't been) (?:told|informed|briefed)\b",
        r"\b(?:nobody|no one|no-one|noone) (?:told|informed|briefed|left|gave) (?:me|us)\b",
        r"\b(?:she|he|they) (?:didn't|did not|never) (?:leave|tell|give|brief|pass) "
        r"(?:me|us)\b",
        r"\bnothing (?:was )?(?:left|handed over|passed on) (?:for|to) (?:me|us)\b",
        r"\b(?:i'm|i am|we're|we are) not aware of\b",
        r"\b(?:i|we) (?:have|had) no idea\b",
    ),
    "pl": (
        r"\bnie (?:po)?zostawiono (?:mi |nam )?(?:zadnych )?(?:informacji|danych|notatek)\b",
        r"\bnie (?:po)?zostawil\w* (?:mi|nam)\b",
        r"\bnie przekazano (?:mi|nam)\b",
        r"\bnie przekazal\w* (?:mi|nam)\b",
        r"\bnie (?:mam|mamy|mialem|mialam|dostalem|dostalam|otrzymalem|otrzymalam) "
        r"(?:zadnych |zadnej )?(?:informacji|danych|szczegolow|notatek|pojecia|wiedzy)\b",
        r"\bnic (?:mi |nam )?nie (?:wiem|wiemy|wiedzialem|wiedzialam|powiedziano|przekazano)\b",
        r"\bnie wiem(?:y)? nic\b",
        r"\bnie wiem(?:y)?(?: niczego)? o\b",
        r"\bnikt (?:mi|nam) nie (?:powiedzial|przekazal|zostawil|dal)\w*\b",
        r"\bnie (?:zostal\w*|by\w*) poinformowan\w*\b",
        r"\bnie poinformowano (?:mnie|nas)\b",
    ),
    "ca": (
        r"\bno (?:em|ens|m'|m) ?(?:van|han|ha|va) "
        r"(?:deixar|deixat|passar|passat|donar|donat|dir|dit)\b(?: (?:cap )?informacio\b)?",
        r"\bno (?:tinc|tenim|tenia|teniem) (?:cap |gaire )?"
        r"(?:informacio|informacions|dades|detalls|idea|notes|instruccions)\b",
        r"\bno (?:en )?(?:se|sabem|sabia|sabiem) (?:res|gaire)\b",
        r"\bno (?:se|sabem) (?:res )?(?:de|sobre)\b",
        r"\bningu (?:no )?(?:m'|em |ens )?(?:ha|han|va|van) "
        r"(?:dit|informat|deixat|passat|dir|informar|deixar)\b",
        r"\bno (?:m'|em |ens )(?:han|ha|van|va) informa[rt]\b",
        r"\bno (?:hi ha|hi havia) (?:cap )?(?:informacio|dades|notes|instruccions)\b",
    ),
    "id": (
        r"\b(?:tidak|tak|gak|nggak|belum) ada "
        r"(?:informasi|info|keterangan|catatan|data|instruksi)\b",
        r"\b(?:tidak|tak|gak|nggak) (?:tahu|tau|mengetahui) (?:apa-apa|apapun|apa pun|soal|tentang|"
        r"mengenai|sama sekali)\b",
        r"\b(?:tidak|tak|belum) (?:diberi|diberikan|diberitahu|diberi tahu|dikasih|dikabari|"
        r"ditinggali|ditinggalkan|diinformasikan)\b",
        r"\btidak ada yang (?:memberi|memberitahu|memberi tahu|mengabari|kasih|meninggalkan)\b",
        r"\bsaya tidak (?:punya|memiliki|mendapat|menerima) "
        r"(?:informasi|info|keterangan|catatan)\b",
    ),
}
_COMPILED = {
    lang: tuple(re.compile(p) for p in patterns) for lang, patterns in CLAIM_PATTERNS.items()
}
_WORD = re.compile(r"[^\W\d_]{4,}")
# Words too common in item titles and log lines to tie a claim to one item.
_STOP = {
    "about", "with", "from", "that", "this", "there", "their", "have", "will", "when", "what",
    "your", "they", "them", "then", "than", "been", "were", "sent", "send", "call", "back",
    "information", "left", "know", "anything", "nothing", "tell", "told", "wait", "sorry",
    "dziś", "jest", "nie", "informacji", "informacio", "informasi", "tidak", "yang",
    "untuk", "dengan", "sobre", "perque", "amb", "tiles", "tile",
}  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """'I had no information' in a log entry: the exact words and the language they matched."""

    start: int
    end: int
    words: str
    lang: str


def fold(text: str) -> str:
    """Lower case, accents removed, straight apostrophes; the same length as `text`."""
    out = []
    for ch in text.translate(_APOSTROPHES):
        if ch in _NO_DECOMPOSITION:
            out.append(_NO_DECOMPOSITION[ch])
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        low = base.lower()
        out.append(low if len(low) == 1 else ch.lower() if len(ch.lower()) == 1 else ch)
    return "".join(out)


def find_claims(text: str) -> list[Claim]:
    """Every 'no information was left / I don't know about' claim in `text`, any language."""
    folded = fold(text)
    # Collapse runs of spaces for matching without losing offsets: patterns use single spaces,
    # so match on a copy where every whitespace run is one space and map positions back.
    squeezed, positions = _squeeze(folded)
    found: list[Claim] = []
    for lang, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(squeezed):
                start = positions[match.start()]
                end = positions[match.end() - 1] + 1
                found.append(Claim(start, end, text[start:end], lang))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Claim] = []
    for claim in found:
        if kept and claim.start < kept[-1].end:
            continue
        kept.append(claim)
    return kept


def _squeeze(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    positions: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if previous_space:
                continue
            chars.append(" ")
            previous_space = True
        else:
            chars.append(ch)
            previous_space = False
        positions.append(i)
    return "".join(chars), positions


def shared_words(said: str, title: str) -> set[str]:
    """Distinctive words (4+ letters) an item's title shares with what was said."""
    said_words = {w for w in _WORD.findall(fold(said)) if w not in _STOP}
    title_words = {w for w in _WORD.findall(fold(title)) if w not in _STOP}
    matched = set()
    for word in title_words:
        for other in said_words:
            # 'grout' ~ 'grouting', 'zamówienie' ~ 'zamówienia': a common stem of 5+ letters.
            stem = min(len(word), len(other), 6)
            if word == other or (stem >= 5 and word[:stem] == other[:stem]):
                matched.add(word)
    return matched
