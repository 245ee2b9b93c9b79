"""The evaluation corpus of the risk checker and its figures command."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from collections import Counter
from pathlib import Path

from evaluation.risk import HARD_SAFE, LANGS, RISKY, load

ROOT = Path(__file__).resolve().parents[1]


def test_the_corpus_is_large_balanced_and_covers_every_category():
    rows = load()
    assert len(rows) >= 1500
    assert len({(s.lang, s.text) for s in rows}) == len(rows), "no sentence twice"
    for lang in LANGS:
        labels = Counter(s.label for s in rows if s.lang == lang)
        assert labels["risky"] >= 200 and labels["safe"] >= 200, (lang, labels)
        cats = {s.category for s in rows if s.lang == lang}
        assert cats >= RISKY | HARD_SAFE, (lang, RISKY | HARD_SAFE - cats)


def test_the_split_is_fixed_by_a_hash_of_each_sentence():
    for s in load():
        bucket = int(hashlib.sha256(f"{s.lang}:{s.text}".encode()).hexdigest(), 16) % 10
        assert s.split == ("train" if bucket < 6 else "dev" if bucket < 8 else "test")


def test_the_figures_command_prints_a_table_per_language_and_category():
    result = subprocess.run(
        [sys.executable, "-m", "evaluation.risk", "--split", "test", "--limit", "30"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for lang in [*LANGS, "all"]:
        assert any(line.startswith(f"| {lang} | ") for line in lines), lang
    assert any(line.startswith("| innuendo | risky |") for line in lines)
    assert any(line.startswith("| client_own | safe |") for line in lines)
    assert "| en | " in result.stdout and "/30 (" in result.stdout  # 30 of each language and label


def test_training_decides_each_sentence_as_the_checker_does():
    """`evaluation.risk.train` and `evaluation.risk.finetune` choose thresholds and vetoes
    from a table of what the checker would decide; on dev sentences that table agrees with
    `check_text` itself, with the shipped encoder's reading of sentences and passages, blended
    with the n-gram model's, and its thresholds, vetoes and blends."""
    from evaluation.risk import train
    from handoff.risk import check_text, encoder, meaning

    model = meaning.load()
    judge = encoder.load()
    assert model is not None and judge is not None
    rows = [s for lang in LANGS for s in load("dev", lang)[:150]]
    prepared = train.encode(train.prepare(rows, whole=True, fits=judge.fits), judge)
    blends = {lang: judge.blend_for(lang) for lang in LANGS}
    for lang, table in train.tables(model, prepared, blends=blends).items():
        decided = table.flagged(
            judge.threshold_for(lang), *(judge.veto_for(lang, g) for g in train.GROUPS)
        )
        assert decided.any() and not decided.all()
        for p, flagged in zip(table.rows, decided, strict=True):
            assert bool(flagged) == bool(check_text(p.sentence.text, lang, meaning=True)), p


def test_adding_sentences_refuses_repeats_and_measures_the_new_ones(tmp_path, monkeypatch, capsys):
    """`python -m evaluation.risk.add`: a sentence already there, a near duplicate with the same
    label and a wrong row are refused; a twin with the other label and a new sentence are added
    to their language's file with the split of their hash, and the checker's figures on the new
    train and dev sentences are printed."""
    import json
    import shutil

    import evaluation.risk
    from evaluation.risk import add

    for lang in LANGS:
        shutil.copy(ROOT / "evaluation" / "risk" / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    monkeypatch.setattr(evaluation.risk, "HERE", tmp_path)
    monkeypatch.setattr(add, "HERE", tmp_path)
    existing = next(s for s in load("train", "en") if s.label == "safe" and len(s.text.split()) > 6)
    words = existing.text.split()
    near = " ".join([*words[:-1], "today"])
    twin = {"lang": "en", "label": "risky", "category": "health", "text": near}
    new = "Kowalski is off with a stomach ulcer, so Dana will fit your kitchen on Tuesday."
    rows = [
        {"lang": "en", "label": "safe", "category": existing.category, "text": existing.text},
        {"lang": "en", "label": "safe", "category": existing.category, "text": near},
        twin,
        {"lang": "xx", "label": "safe", "category": "neutral", "text": "Hello"},
        {"lang": "en", "label": "safe", "category": "health", "text": "Fine."},
        {"lang": "en", "label": "risky", "category": "health", "text": new},
    ]
    path = tmp_path / "new.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    before = (tmp_path / "en.jsonl").read_text(encoding="utf-8")
    assert add.main([str(path), "--dry-run"]) == 0
    assert (tmp_path / "en.jsonl").read_text(encoding="utf-8") == before
    out = capsys.readouterr().out
    assert "already in the corpus" in out and "near duplicate of" in out
    assert "lang must be one of" in out and "do not go together" in out
    assert "2 kept, 4 refused" in out
    assert add.main([str(path)]) == 0
    added = [json.loads(line) for line in (tmp_path / "en.jsonl").read_text().splitlines()[-2:]]
    assert [r["text"] for r in added] == [near, new]
    assert all(r["split"] == add.split_of("en", r["text"]) for r in added)
    assert added[1]["split"] != "test"  # so the checker's figures are printed
    assert "the checker on the new train and dev sentences, en: caught" in capsys.readouterr().out
    # a clash with a test sentence never shows it
    secret = next(s for s in load("test", "en") if len(s.text.split()) > 6)
    path.write_text(json.dumps({**rows[0], "text": secret.text}) + "\n", encoding="utf-8")
    assert add.main([str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "a sentence of the test split" in out and out.count(secret.text) == 1  # its own row


def test_adding_a_file_that_is_not_json_lines_says_which_line(tmp_path, capsys):
    import pytest

    from evaluation.risk import add

    path = tmp_path / "new.jsonl"
    path.write_text('{"lang": "en"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(SystemExit) as exit:
        add.main([str(path), "--dry-run"])
    assert exit.value.code == 2
    assert capsys.readouterr().err == f"python -m evaluation.risk.add: {path}:3: not JSON\n"


def test_the_holdout_set_is_kept_apart_from_the_corpus(tmp_path, monkeypatch, capsys):
    """`--holdout` adds a writer's sentences to `holdout/<lang>.jsonl`, never to the corpus the
    model learns from; `python -m evaluation.risk --holdout` reports on them alone."""
    import json
    import shutil

    import evaluation.risk
    from evaluation.risk import __main__ as figures
    from evaluation.risk import add, load_holdout

    for lang in LANGS:
        shutil.copy(ROOT / "evaluation" / "risk" / f"{lang}.jsonl", tmp_path / f"{lang}.jsonl")
    monkeypatch.setattr(evaluation.risk, "HERE", tmp_path)
    monkeypatch.setattr(add, "HERE", tmp_path)
    rows = [
        {
            "lang": "ca",
            "label": "risky",
            "category": "health",
            "text": "La Queralt té una depressió forta i per això ara li porto jo les factures.",
        },
        {
            "lang": "ca",
            "label": "safe",
            "category": "absence",
            "text": "La Queralt és fora fins al dia 9; mentrestant li porto jo les factures.",
        },
    ]
    path = tmp_path / "new.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    corpus = len(load())
    assert add.main([str(path), "--holdout"]) == 0
    assert "the checker on the new hold-out sentences, ca: caught" in capsys.readouterr().out
    assert len(load()) == corpus  # the corpus is untouched
    held = load_holdout()
    assert [(s.text, s.split) for s in held] == [(r["text"], "holdout") for r in rows]
    assert (tmp_path / "holdout" / "ca.jsonl").exists()
    assert figures.main(["--holdout"]) == 0
    out = capsys.readouterr().out
    assert "## holdout (2 sentences)" in out and "| ca | " in out


def test_a_sentence_is_put_beside_friendly_text_in_its_own_language():
    """`--beside` puts the language's friendly sentence after each sentence; `--around` its
    greeting before it as well (a risky sentence between the two must still be caught)."""
    from evaluation.risk import FRIENDLY, GREETING, beside

    rows = [s for lang in LANGS for s in load("dev", lang)[:1]]
    for s, after, both in zip(rows, beside(rows), beside(rows, around=True), strict=True):
        assert after.text == f"{s.text.rstrip()} {FRIENDLY[s.lang]}"
        assert both.text == f"{GREETING[s.lang]} {after.text}"
        assert (after.lang, after.label, after.split) == (s.lang, s.label, s.split)
