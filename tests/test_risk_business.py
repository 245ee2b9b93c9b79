"""The word rules leave business talk alone — prices, machines, outside firms, the police
closing a road — and still flag what is said about a colleague. Sentences written for these
tests, not taken from the evaluation corpus."""

from __future__ import annotations

import pytest

from handoff import risk

SAFE = {
    "en": [
        "Steel prices this spring are criminal, so the quote has gone up a little.",
        "The firm down the road are cowboys, so please don't let them quote for your roof.",
        "Fraudsters cloned our invoice template; we only ever ask for payment through the portal.",
        "A police checkpoint on the bypass held the van up for forty minutes.",
        "Those branded cartridges are a rip-off, so we print with refills now.",
        "The old card reader was stealing a penny from every sale, a software bug.",
        "The boiler had a breakdown over Christmas, so the office was closed.",
        "Good riddance to that old photocopier.",
        "That plaster is a nightmare to work with in the cold.",
        "We're taking the glass supplier to small claims over the broken panes.",
        "The solicitor's invoice for the lease came in under the estimate.",
    ],
    "pl": [
        "Ceny prądu nas dobijają, stąd niewielka podwyżka za usługę.",
        "Ta lodówka to straszny złodziej prądu, wymienimy ją na nową.",
        "Drukarka choruje od poniedziałku, faktury wyślę mailem.",
        "Ten kit to jakaś kradzież, osiemdziesiąt złotych za tubkę.",
        "Zawiódł nas transport z hurtowni, towar będzie w czwartek.",
        "Policja prosiła nas o nagrania z kamer po włamaniu do sąsiedniego sklepu.",
        "Sąd oddalił nasz pozew przeciwko producentowi okien.",
        "Program do grafiku jest na okresie próbnym do końca miesiąca.",
        "Mamy zawał zleceń przed sezonem, terminy przesuwamy o tydzień.",
    ],
    "id": [
        "Harga semen sekarang gila-gilaan, jadi penawaran kami naik sedikit.",
        "Mobil boks kami ditilang polisi, jadi kirimannya telat sejam.",
        "Pemerintah menggugat pabrik kertas itu, jadi kami ganti pemasok.",
        "Kami pernah kena tipu toko online waktu beli printer.",
        "Distributor cat kami main curang soal berat kaleng, sudah kami ganti.",
        "Aplikasi kasirnya sakit-sakitan sejak update kemarin.",
        "Itu kelalaian kami sebagai kantor, halaman yang kurang sudah kami kirim.",
    ],
}

RISKY = {
    "en": [
        "Dave was stealing from the till.",
        "He ripped you off on the last invoice.",
        "Honestly, she had a breakdown last spring.",
        "He was careless with your paperwork.",
        "He mucked up your tiling and then blamed the grout.",
        "She couldn't wire a plug to save her life.",
        "Not his strong point, measuring.",
        "She's on the oncology ward this week.",
        "He's what we call a bodger.",
        "The police came for Dave last week.",
    ],
    "pl": [
        "Nawalił z Pana zamówieniem, jak zwykle.",
        "Spieprzyła Pani tę kuchnię, poprawimy ją na nasz koszt.",
        "Zepsuł Panu samochód, przepraszam za niego.",
        "Ukradł pieniądze z kasy.",
        "Jest chora, dlatego jej nie ma.",
        "Policja zatrzymała Marka w zeszłym tygodniu.",
    ],
    "id": [
        "Dia sering salah kirim barang ke alamat Bapak.",
        "Orangnya memang gak becus, Bu.",
        "Dia kerja sambil main HP terus.",
        "Dia menipu klien dengan nota palsu.",
        "Dia lalai, kami minta maaf.",
        "Mas Budi dipecat bulan lalu.",
    ],
}


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in SAFE.items() for t in ts])
def test_business_talk_is_left_alone(lang: str, text: str) -> None:
    assert risk.check_text(text, lang) == [], risk.summary(risk.check_text(text, lang))


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in RISKY.items() for t in ts])
def test_said_of_a_colleague_stays_flagged(lang: str, text: str) -> None:
    assert risk.check_text(text, lang), text
