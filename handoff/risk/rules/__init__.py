"""The risk checker's word lists, one module per language (see `handoff.risk`).

Each rule: `cat` (a key of `risk.CATEGORIES`), and either `re` (made with `r`: a regular
expression written in lower case with real diacritics; a space means any whitespace; matched on
word boundaries, case- and diacritic-insensitively) or `stem` (made with `s`: short phrases
matched on the stems of the text's words, see `s`), and optionally `not_before` / `not_after`
(the context that makes the same words harmless), `kinds` (only for these handoff kinds), `why`
and `alt` (to override the category's explanation and alternative).

Inflected forms count either way: a pattern spells them (Polish cases, genders and aspects,
Catalan genders and numbers, Indonesian affixes di-, me-, pe-an, -nya), a stemmed phrase gets
them from the stemmer. A word whose stem says something else alone (Indonesian "katanya" and
"kata", Catalan "endur" and "en") is written as a pattern.
"""

from __future__ import annotations

from functools import cache
from typing import Any

TERMINATION = ("termination",)


def r(cat: str, pattern: str, **extra: Any) -> dict[str, Any]:
    return {"cat": cat, "re": pattern, **extra}


def s(cat: str, phrases: str, **extra: Any) -> dict[str, Any]:
    """A rule on stems: `phrases` split by "|", each a few words in any inflected form
    ("zwolnić", "acomiadar"); "a/b" is either word, "*" any one word. The text and the words
    are stemmed alike (`risk.core.stem`), so every form sharing a stem matches."""
    return {"cat": cat, "stem": phrases, **extra}


def rules() -> dict[str, list[dict[str, Any]]]:
    """Every language's rule table, by language code."""
    from handoff.risk.rules import ca, en, id, pl

    return {"en": en.RULES, "pl": pl.RULES, "ca": ca.RULES, "id": id.RULES}


@cache
def not_english() -> dict[str, frozenset[str]]:
    """Per language, words the English rules must not read in a text of that language (they are
    that language's own words, judged by its rules)."""
    from handoff.risk.rules import ca

    return {"ca": ca.NOT_ENGLISH}
