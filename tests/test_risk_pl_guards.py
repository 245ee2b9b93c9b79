"""The Polish word rules where they used to flag what is safe: a refusal to repeat rumours, the
client's question said back and declined, what the client was right about when it is a thing,
the client's own relatives after sympathy, the police and the courts in the paperwork of a
claim. Each safe sentence is left alone by the rules, and a close sentence that says something
about the colleague is still flagged with its category. (Written for these tests; none is a
sentence of the evaluation corpus.)"""

from __future__ import annotations

import pytest

from handoff.risk import check_text

SAFE = [
    # a refusal to repeat rumours
    "Słyszę o tych plotkach nie pierwszy raz, ale nie będę ich komentować.",
    "U nas się nie plotkuje o byłych pracownikach. Pani faktury są u mnie.",
    "Nie wiem, skąd te plotki, pani Ireno; Pani zamówienie idzie jutro.",
    # the client's question said back, then declined
    "Czy coś zginęło z magazynu przez niego? Nie mam takich informacji.",
    "Pani pyta, czy go zwolniliśmy. Nie mogę rozmawiać o sprawach pracowniczych.",
    "— Ukradła coś? — Pani Beata już u nas nie pracuje, tyle mogę powiedzieć.",
    "Nie wiem, dlaczego odszedł, bo dopiero zaczęłam tu pracować.",
    # what the client was right about is a thing or a date
    "Ma Pani rację co do koloru płytek, ten jaśniejszy lepiej wygląda.",
    "Miał Pan rację z tą rurą pod zlewem, przeciekała.",
    "Nie zdziwiłabym się, gdyby ceny stali poszły w górę.",
    # the client's own people and news
    "Przykro nam, że syn trafił do szpitala; trening przełożymy.",
    "Słyszałam, że miałaś operację kolana, wracaj do zdrowia!",
    "Słyszałem od Pani, że mama jest po udarze — dowieziemy zakupy pod drzwi.",
    "Bardzo nam przykro z powodu choroby taty, termin przesuniemy.",
    # the police and the courts in the paperwork of a claim
    "Do wniosku o odszkodowanie proszę dołączyć protokół policji.",
    "Policja już wszystko spisała, a szyba w sklepie będzie wymieniona jutro.",
    "Kosztorys szkód dla sądu przygotujemy do piątku.",
    "Nasz rzeczoznawca jest dziś w sądzie jako biegły, oględziny jutro.",
]

FLAGGED = [
    ("Krążą plotki, że brał pieniądze z kasy, ale nie będę tego komentować.", "speculation"),
    ("Ja tam nie plotkuję, ale Kaśka wyleciała z hukiem.", "speculation"),
    ("Nie mogę ani potwierdzić, ani zaprzeczyć, czy go zwolniliśmy.", "reason"),
    ("Czy go zwolniliśmy? Tak, dyscyplinarnie.", "reason"),
    ("Odszedł, bo kradł z magazynu.", "reason"),
    ("Miał Pan rację co do niego.", "speculation"),
    ("Ma Pani rację, on kradł.", "speculation"),
    ("Słyszałem, że go zwolnili.", "speculation"),
    ("Przykro mi, że jej mąż trafił do szpitala.", "family"),
    ("Policja przyszła po niego do biura.", "accusation"),
    ("Tomek ma sprawę w sądzie o pobicie.", "legal"),
]


@pytest.mark.parametrize("text", SAFE)
def test_the_polish_rules_leave_it_alone(text: str) -> None:
    assert check_text(text, "pl") == []


@pytest.mark.parametrize(("text", "category"), FLAGGED)
def test_the_polish_rules_still_flag_what_is_said_of_the_colleague(
    text: str, category: str
) -> None:
    assert category in {f.category for f in check_text(text, "pl")}
