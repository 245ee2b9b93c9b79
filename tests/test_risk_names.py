"""Names at the start of a sentence: whom a sentence is about does not hang on the corpus's
own names, and common words of a language are not read as English names."""

from __future__ import annotations

import pytest

from handoff.risk import check_text, meaning
from handoff.risk.core import fold
from handoff.risk.subject import name_part, names_in, no_third_person


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Maya's on sick leave, so I'm doing your fitting.", "en"),
        ("Leo's on paternity leave, so I'll be your trainer.", "en"),
        ("Nadia is in hospital again, so your order is with me.", "en"),
        ("Tomka zwolnili, więc Pana sprawę prowadzę teraz ja.", "pl"),
        ("Krzyśka zwolnili dyscyplinarnie, Pani zamówienie przejąłem ja.", "pl"),
        ("L'Anna està de baixa per depressió, però li porto jo el tema.", "ca"),
        ("Wulan lagi dirawat di rumah sakit, jadi Bapak sama saya dulu.", "id"),
    ],
)
def test_a_colleague_named_at_the_start_is_not_the_client(text: str, lang: str) -> None:
    """A private matter of a colleague named at the start stays flagged though the sentence
    then speaks to the client ("your fitting"): the name is a third person."""
    assert check_text(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jo crec que la seva dona es recuperarà aviat.", "ca"),
        ("Ben fet: la seva baixa mèdica ja està tramitada.", "ca"),
        ("Dan semoga operasi Ibu lancar.", "id"),
        ("Sam Pan wie najlepiej, jak długo potrwa Pana zwolnienie lekarskie.", "pl"),
    ],
)
def test_words_of_a_language_are_not_english_names(text: str, lang: str) -> None:
    """Catalan "Jo" (I), "Ben" (well), Indonesian "Dan" (and), Polish "Sam" (yourself) open
    a sentence about the client's own matter: nobody else is named."""
    assert no_third_person(text, fold(text), lang, frozenset()), text
    assert not names_in(text, lang), text


def test_the_name_inside_a_word() -> None:
    assert name_part("Maya's") == "Maya"
    assert name_part("Tom’s") == "Tom"
    assert name_part("l'Anna") == "Anna"
    assert name_part("d'Arnau") == "Arnau"
    assert name_part("I'm") == "I'm"
    assert name_part("l'empresa") == "empresa"


def test_the_meaning_check_reads_the_speaker_as_no_name() -> None:
    """ "I'm" inside a sentence is the speaker, not a name; "Maya's" is a name."""
    words = meaning.tokens("Maya's off, so I'm doing your fitting.", "en")
    assert words[0] == meaning.NAME
    assert "i'm" in words
