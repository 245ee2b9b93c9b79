"""The checker skips a rule when none of its literal triggers is in the text. That shortcut
must never change what is found: with and without it, every finding is the same."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from risk_samples import HELD_OUT, SAMPLES

from handoff import risk
from handoff.model import LANGUAGES
from handoff.risk import core
from handoff.statements import generate_script, generate_statement


def _without_triggers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule runs on every text: no trigger scan."""
    slow = {
        lang: core._Index(
            None,
            {},
            tuple((dataclasses.replace(r, triggers=None), None) for r in core.rules_for(lang)),
        )
        for lang in LANGUAGES
    }
    monkeypatch.setattr(core, "_index", lambda lang: slow[lang])


def _all_findings(texts):
    return [risk.check(text, lang, kind) for text, lang, kind in texts]


def test_triggers_exist_for_most_rules():
    for lang in LANGUAGES:
        rules = risk.rules_for(lang)
        assert sum(r.triggers is not None for r in rules) >= 0.8 * len(rules), lang


def test_same_findings_on_the_table_and_the_statements(sample_store, monkeypatch):
    texts = [
        (s.text, lang, s.kind)
        for table in (SAMPLES, HELD_OUT)
        for lang, rows in table.items()
        for s in rows
    ]
    for handoff in sample_store.handoffs():
        for client_id in handoff.client_ids:
            client = sample_store.client(client_id)
            for make in (generate_statement, generate_script):
                texts.append((make(sample_store, handoff, client), client.language, handoff.kind))
    fast = _all_findings(texts)
    assert any(fast), "the table has risky sentences"
    _without_triggers(monkeypatch)
    assert _all_findings(texts) == fast


WORDS = st.sampled_from(
    [
        "he",
        "she",
        "was",
        "fired",
        "let",
        "go",
        "sacked",
        "zwolniony",
        "zwolnili",
        "acomiadat",
        "dipecat",
        "police",
        "kradł",
        "robatori",
        "performance",
        "boiler",
        "pregnant",
        "sick",
        "redundancy",
        "tiles",
        "invoice",
        "grout",
        "laid",
        "off",
        "lay-offs",
        "pursue",
        "other",
        "opportunities",
        ",",
        ".",
        "!",
        "ą",
        "ł",
        "é",
    ]
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(WORDS, max_size=12), lang=st.sampled_from(sorted(LANGUAGES)))
def test_same_findings_on_random_word_salad(words, lang):
    text = " ".join(words)
    fast = risk.check(text, lang, "termination")
    slow_rules = tuple(dataclasses.replace(r, triggers=None) for r in risk.rules_for(lang))
    original = risk.rules_for
    try:
        risk.rules_for = lambda code: slow_rules if code == lang else original(code)
        slow = risk.check(text, lang, "termination")
    finally:
        risk.rules_for = original
    assert fast == slow
