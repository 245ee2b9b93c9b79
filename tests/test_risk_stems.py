"""The risk checker's rules on stems: every inflected form of a rule's words counts, findings keep
their exact words, and the kinds of risk independent testers found slipping through are caught
while the client's own matters and business words are left alone."""

from __future__ import annotations

import json
import threading

import pytest
from conftest import run_cli

from handoff.risk import check, check_text, core

# Forms a rule names in one form only (its dictionary form or one inflection): the stemmer
# reduces each of these to the same stem as the rule's word.
INFLECTED = [
    ("pl", "Naszym prawnikom przekazaliśmy jego sprawę.", "Naszym prawnikom", "legal"),
    ("pl", "Okłamywali klientów w sprawie cen.", "Okłamywali", "accusation"),
    ("pl", "Zawaliła terminy z Pana zamówieniem.", "Zawaliła terminy", "performance"),
    ("ca", "Les advocades ho estan mirant.", "advocades", "legal"),
    ("ca", "Prescindirem d'ella aviat.", "Prescindirem d", "reason"),
    ("ca", "Desviaven pagaments cap a un altre compte.", "Desviaven pagaments", "accusation"),
    ("id", "Pemecatannya mendadak sekali.", "Pemecatannya", "reason"),
    ("id", "Mereka membohonginya soal harga.", "membohonginya", "accusation"),
    ("id", "Kami memperkarakannya bulan lalu.", "memperkarakannya", "legal"),
    ("en", "She keeps dropping the ball.", "dropping the ball", "performance"),
    ("en", "He nicks stuff from the van.", "nicks stuff", "accusation"),
    ("en", "Our lawyers are on it.", "Our lawyers", "legal"),
]


@pytest.mark.parametrize(("lang", "text", "words", "category"), INFLECTED)
def test_every_inflected_form_counts_and_keeps_its_exact_words(lang, text, words, category):
    [finding] = [f for f in check(text, lang) if f.category == category]
    assert finding.words == words
    assert text[finding.start : finding.end] == finding.words


# Kinds of risk that independent testers found slipping through (new sentences, not the
# corpus's): innuendo, confirming a suspicion, litotes, idioms, slang for stealing and lying,
# the firm's lawyers, a named police force, therapy, a GP's note, hospital stays.
SLIPPED = [
    ("en", "Let's just say he didn't leave by choice.", "speculation"),
    ("en", "Between the two of us, you weren't wrong to worry about her.", "speculation"),
    ("en", "Honestly, he was not the most dependable.", "performance"),
    ("en", "Tom dropped the ball with the Hendersons.", "performance"),
    ("en", "She was telling porkies about the hours.", "accusation"),
    ("en", "He was nicking tools from the depot.", "accusation"),
    ("en", "Our solicitors are dealing with him.", "legal"),
    ("en", "West Midlands Police came to the office about her.", "legal"),
    ("en", "She is in therapy at the moment.", "health"),
    ("en", "He has a sick note from his GP.", "health"),
    ("en", "She had a hospital stay last month.", "health"),
    ("pl", "Nasi prawnicy zajmują się tą sprawą.", "legal"),
    ("pl", "Tomek zawalił termin u Pana.", "performance"),
    ("pl", "Podkradał z kasy podręcznej.", "accusation"),
    ("pl", "Od miesiąca chodzi na terapię.", "health"),
    ("ca", "Diguem que no va marxar per voluntat pròpia.", "speculation"),
    ("ca", "La Marta la va cagar amb la comanda.", "performance"),
    ("ca", "Els Mossos d'Esquadra van venir a l'oficina per ell.", "legal"),
    ("ca", "Fa teràpia des del mes passat.", "health"),
    ("id", "Dia nilep uang tunai dari pelanggan.", "accusation"),
    ("id", "Polda Metro Jaya datang ke kantor soal dia.", "legal"),
    ("id", "Dia sedang menjalani terapi.", "health"),
]


@pytest.mark.parametrize(("lang", "text", "category"), SLIPPED)
def test_what_slipped_through_is_caught_in_its_category(lang, text, category):
    findings = check_text(text, lang)
    assert category in {f.category for f in findings}, findings


@pytest.mark.parametrize("meaning", [False, True])
def test_zawalil_termin_is_performance_not_health(meaning):
    findings = check_text("Zawalił termin oddania łazienki.", "pl", meaning=meaning)
    assert [f.category for f in findings] == ["performance"]


# The client's business and things that fail are not the colleague's conduct.
BUSINESS = [
    ("en", "The wholesaler let us down again with the delivery."),
    ("en", "The cutting disc died halfway through the job."),
    ("en", "You're right about the paint, we'll use the darker one."),
    ("en", "The old supplier was unreliable, so we switched."),
    ("en", "Our legal counsel will answer questions about the contract."),
    ("pl", "Hurtownia znowu nas zawiodła z dostawą."),
    ("pl", "Nasz prawnik odpowie na pytania dotyczące umowy."),
    ("pl", "Odprawa celna kontenera zajmie dwa dni."),
    ("ca", "El disc de tall es va morir a mitja feina."),
    ("ca", "Retirarem la bastida divendres a la tarda."),
    ("ca", "El nostre advocat respondrà les preguntes sobre el contracte."),
    ("id", "Pemasok catnya payah, kami akan ganti."),
    ("id", "Acara peresmian dimulai pukul sembilan."),
]


@pytest.mark.parametrize(("lang", "text"), BUSINESS)
def test_business_words_are_not_flagged(lang, text):
    assert check_text(text, lang) == []


def test_a_phrase_does_not_run_across_punctuation():
    assert check("He dropped the ball.", "en")
    assert check("He dropped. The ball was red.", "en") == []


def test_a_stemmed_finding_keeps_its_shape_in_check_json(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Thanks for calling.\nNaszym prawnikom przekazaliśmy jego sprawę.\n", "utf-8")
    result = run_cli("check", str(note), "--lang", "pl", "--json")
    assert result.returncode == 1, result.stderr
    [row] = json.loads(result.stdout)
    assert row["words"] == "Naszym prawnikom" and row["category"] == "legal" and row["line"] == 2
    assert row["why"] and row["alternative"] and row["label"]
    text = note.read_text("utf-8")
    assert text[row["start"] : row["end"]] == row["words"]


def test_a_rule_word_whose_stem_is_too_short_to_stand_alone_is_refused():
    # Catalan "endur" stems to "en", which every "en" in a text would match.
    with pytest.raises(ValueError, match="stems too short"):
        core._stem_pattern("endur", "ca")
    with pytest.raises(ValueError, match="apostrophe"):
        core._stem_pattern("he's/she's poorly", "en")
    assert core._stem_pattern("fer ... fora", "ca")


def test_stemming_from_many_threads_at_once_gives_each_word_its_own_stem():
    """The app checks a script and a statement in two workers at once; a stemmer shared
    between threads mixed their words up (or failed with IndexError and closed the app)."""
    import snowballstemmer

    from handoff.risk import core

    words = [f"{base}{i}ing" for i in range(3000) for base in ("stealing", "fir")]
    expected = {w: core.fold(snowballstemmer.stemmer("english").stemWord(w) or w) for w in words}
    core.stem.cache_clear()
    errors: list[BaseException] = []
    results: list[dict[str, str]] = []

    def work(chunk: list[str]) -> None:
        try:
            results.append({w: core.stem(w, "en") for w in chunk})
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(words[i::8],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:1]
    got = {w: s for part in results for w, s in part.items()}
    assert got == expected
