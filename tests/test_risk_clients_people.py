"""The client in a note and the client's own people (`handoff.risk.owners.clients_own`).

Sentences written for these tests: a private matter of the client, told in the third person in
a note, or of the client's own staff, household or tenants, is the client's business and is set
aside; the same words about our colleague stay flagged.
"""

from __future__ import annotations

import pytest

from handoff.risk import check_text

SET_ASIDE = [
    # notes about the client
    ("en", "Client told us she has been diagnosed with diabetes, so we moved the fitting."),
    ("en", "Customer has lost his job and asked to pause the monthly plan."),
    ("en", "Note: Mrs Okafor says her husband is in hospital after a fall."),
    ("pl", "Klient mówi, że jest po zawale i prosi o kontakt mailowy."),
    ("pl", "Notatka: klientka straciła pracę, prosi o rozłożenie raty."),
    ("pl", "Klientka (p. Zawada) na zwolnieniu lekarskim, prosi o telefon po 16."),
    ("ca", "El client diu que està de baixa per una operació de maluc i ens demana paciència."),
    ("ca", "La clienta ha perdut la feina i vol ajornar el pagament."),
    ("id", "Catatan: klien bilang dia sedang kemoterapi, minta jadwal diundur."),
    ("id", "Pelanggan kena PHK dari pabrik, minta cicilan diringankan."),
    ("id", "Klien kita, Bu Wulan, bilang dia baru operasi usus buntu; kunjungan diundur."),
    ("en", "Rang Mrs Doyle. She has been signed off with a bad back; moved the survey."),
    ("pl", "P. Nowicki jest po operacji serca i na razie nie pracuje."),
    ("ca", "Trucada de la Sra. Ferrer. Té una recaiguda de l'asma; ajornem la visita."),
    ("id", "Telp Bu Ratih: dia cerita sedang proses cerai, minta tagihan ke alamat baru."),
    # the client's own people
    ("en", "Caller explained that his bookkeeper stole from the till; he wants the logins gone."),
    ("en", "Client's own solicitor was struck off last year, so she asked us for the deeds."),
    ("en", "Your apprentice failing his drug test is for you to deal with."),
    ("en", "If your former employee is suing you, we can send copies of the payroll records."),
    ("en", "Dear Mrs Brennan, following your redundancy, we can freeze the payments."),
    ("pl", "Pana magazynier przyszedł pijany do pracy, więc może go Pan zwolnić dyscyplinarnie."),
    ("pl", "Pana zwolniony pracownik ma jeszcze pilota do bramy."),
    ("ca", "Ens diu que el seu treballador li robava material i que l'ha acomiadat."),
    ("id", "Kasir Ibu ketahuan mencuri uang kas? Kami bisa cetak laporan transaksinya."),
]

KEPT = [
    ("en", "Client asked why Dan left, and I said he was caught stealing from the van."),
    ("en", "Client asked why he left; he was sacked for fiddling his hours."),
    ("en", "Client was told the technician was sacked for theft."),
    ("en", "Lucy was fired, so I look after the Greenway account now."),
    ("en", "Your old adviser was sacked for gross misconduct."),
    ("en", "Slack to client: he was billing you for hours he never worked."),
    ("pl", "Marek ma raka, więc przejmuję Pana zlecenia."),
    ("pl", "Klient pytał, dlaczego Ola odeszła; powiedziałem, że ją zwolniono za kradzież."),
    ("pl", "Szef zwolnił go po awanturze z klientem."),
    ("pl", "Notatka: p. Hanna jest po operacji serca i na razie nie pracuje."),
    ("ca", "La Núria va ser acomiadada, així que ara porto jo la seva comanda."),
    (
        "ca",
        "El client pregunta per què va marxar el Pau; li he dit que el van acomiadar per robar.",
    ),
    ("ca", "Hola, Pere: el teu antic assessor es va quedar la devolució de l'IVA."),
    ("en", "Rang client. Told her Kevin was sacked for stealing."),
    ("id", "Email Pak Joko: sy sampaikan Mas Andi dipecat karena korupsi."),
    ("id", "Budi dipecat karena mencuri, jadi sekarang saya yang pegang proyek Bapak."),
    ("id", "Klien tanya kenapa Rina keluar; saya bilang dia dipecat karena korupsi."),
    ("id", "Uang titipan pelanggan sering dia curi, Pak."),
]


@pytest.mark.parametrize(("lang", "text"), SET_ASIDE)
def test_the_clients_own_matter_is_set_aside(lang: str, text: str) -> None:
    assert check_text(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_a_matter_of_our_colleague_stays_flagged(lang: str, text: str) -> None:
    assert check_text(text, lang) != []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Client mentioned he has been signed off with stress himself."),
        ("pl", "Klient mówi, że jest po zawale i prosi o kontakt mailowy."),
        ("id", "Catatan: klien bilang dia sedang kemoterapi, minta jadwal diundur."),
    ],
)
def test_the_meaning_check_leaves_a_note_about_the_client(lang: str, text: str) -> None:
    assert check_text(text, lang, meaning=True) == []


def test_the_meaning_check_keeps_our_colleague_in_a_note() -> None:
    text = "Client asked why Tom left — I said he was caught stealing."
    assert check_text(text, "en", meaning=True) != []
