"""The risk checker: the sentence table per language, exact spans, kinds, odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from risk_figures import figures
from risk_samples import HELD_OUT, HELD_OUT_RECALL_FLOOR, SAMPLES

from handoff.errors import ValidationError
from handoff.risk import ALTERNATIVES, CATEGORIES, check, fold

LANGS = ["en", "pl", "ca", "id"]


@pytest.mark.parametrize("lang", LANGS)
def test_table_has_enough_sentences(lang):
    rows = SAMPLES[lang]
    assert sum(s.category is not None for s in rows) >= 25
    assert sum(s.category is None for s in rows) >= 25
    assert {s.category for s in rows if s.category} <= set(CATEGORIES)


@pytest.mark.parametrize("lang", LANGS)
def test_recall_and_false_alarms_on_the_table(lang):
    f = figures(lang)
    # The rules were built against this table: nearly everything must be caught, and the
    # near-miss business sentences (boiler performance, police station car park) left alone.
    assert f.recall >= 0.95, [s.text for s in f.missed]
    assert f.false_alarm_rate <= 0.05, [s.text for s in f.wrongly_flagged]
    assert f.right_category >= 0.9 * f.caught


@pytest.mark.parametrize("lang", LANGS)
def test_held_out_sentences_are_measured_not_fitted(lang):
    """Sentences written after the rules and never tuned on. A word list misses paraphrase, so
    recall there is only held to what was measured blind (no regression); false alarms stay
    rare. `python tests/risk_figures.py` prints the figures stated in the README."""
    f = figures(lang, HELD_OUT)
    assert f.risky >= 30 and f.safe >= 30
    assert f.false_alarm_rate <= 0.1, [s.text for s in f.wrongly_flagged]
    assert f.recall >= HELD_OUT_RECALL_FLOOR[lang], [s.text for s in f.missed]


def test_finding_reports_exact_words_why_and_alternative_in_the_language():
    text = "Dzień dobry.\nZostała ZWOLNIONA za kradzież."
    found = check(text, "pl")
    assert [(f.words, f.category) for f in found] == [
        ("ZWOLNIONA", "reason"),
        ("kradzież", "accusation"),
    ]
    for f in found:
        assert text[f.start : f.end] == f.words
        assert f.why and f.why.endswith(".")
    assert found[0].alternative == ALTERNATIVES["pl"]["reason"] == "nie pracuje już w naszej firmie"


def test_matching_ignores_missing_diacritics_but_returns_the_original_spelling():
    text = "Zostala zwolniona za kradziez, podobno."
    words = [f.words for f in check(text, "pl")]
    assert words == ["zwolniona", "kradziez", "podobno"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zwolniła ją, zwolnili go, zwolnieni, zwolnienie, zwolnionego.", "pl"),
        ("Acomiadat, acomiadada, acomiadats, acomiadades, l'acomiadament.", "ca"),
        ("Dipecat, pemecatan, memecatnya, diberhentikan, kena PHK.", "id"),
    ],
)
def test_every_inflected_form_is_flagged(text, lang):
    found = check(text, lang)
    assert len(found) == 5, [f.words for f in found]
    assert {f.category for f in found} == {"reason"}


def test_false_softeners_are_flagged_only_for_a_termination():
    text = "Tom left to pursue other opportunities."
    assert check(text, "en", "vacation") == []
    assert check(text, "en") == []
    assert [f.category for f in check(text, "en", "termination")] == ["false_softener"]


def test_words_inside_other_words_are_not_flagged():
    assert check("The courtyard tiles and the illustrated catalogue.", "en") == []
    assert check("Sądzę, że sąsiedni pokój będzie gotowy.", "pl") == []


def test_unknown_language_or_kind_is_a_clear_error():
    with pytest.raises(ValidationError, match="unknown language 'xx'"):
        check("hello", "xx")
    with pytest.raises(ValidationError, match="unknown kind 'holiday'"):
        check("hello", "en", "holiday")


def test_empty_text_has_no_findings():
    assert check("", "ca") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.sampled_from(LANGS))
def test_any_text_gives_valid_non_overlapping_spans(text, lang):
    assert len(fold(text)) == len(text)
    found = check(text, lang, "termination")
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end
        assert text[f.start : f.end] == f.words
        last_end = f.end
