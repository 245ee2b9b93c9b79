"""The risk checker: finds what, in a script, statement or log entry, could hurt the firm.

Tell a client only that the person is no longer employed here (or is away), who the new contact
is, and that you cannot discuss the circumstances. Anything more — a reason, an accusation,
health, performance, family, legal or speculative content — is flagged with the exact words,
why it is risky and a neutral alternative in the text's own language.

Three signals, each of which can explain itself:
- `core` and `rules/` (one module per language): word rules on a folded copy of the text;
- `subject`: whom a sentence is about — the client's own illness, lawsuit or job loss ("your
  wife is in hospital") is not a statement about the absent colleague;
- `meaning`: a small classifier trained on the project's own corpus (`evaluation/risk`) that
  catches hints, paraphrase and slang no list can hold; it runs on text a person wrote, not on
  text generated from the shipped templates.
Never imports textual.
"""

from __future__ import annotations

from handoff.risk.core import (
    ALTERNATIVES,
    CATEGORIES,
    WHY,
    Finding,
    Rule,
    check,
    check_kind,
    check_language,
    fold,
    mask_names,
    rules_for,
    summary,
)
from handoff.risk.text import check_text, meaning_status

__all__ = [
    "ALTERNATIVES",
    "CATEGORIES",
    "WHY",
    "Finding",
    "Rule",
    "check",
    "check_kind",
    "check_language",
    "check_text",
    "fold",
    "mask_names",
    "meaning_status",
    "rules_for",
    "summary",
]
