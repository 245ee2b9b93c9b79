"""Dates and small fixed phrases written naturally in each language statements ship in.

English "2 November 2026", Polish "2 listopada 2026" (genitive month), Catalan
"2 de novembre de 2026" / "1 d'octubre de 2026" (elided before a vowel), Indonesian
"2 November 2026". Never imports textual.
"""

from __future__ import annotations

from datetime import date

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "pl": (
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
        "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
    ),
    "ca": (
        "gener", "febrer", "març", "abril", "maig", "juny",
        "juliol", "agost", "setembre", "octubre", "novembre", "desembre",
    ),
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ),
}  # fmt: skip

# Shown in a draft statement where a date or a covering colleague has not been chosen yet.
NO_DATE = {
    "en": "(date to be confirmed)",
    "pl": "(data do potwierdzenia)",
    "ca": "(data per confirmar)",
    "id": "(tanggal belum ditentukan)",
}
NO_COVER = {
    "en": "a colleague",
    "pl": "(osoba do wyznaczenia)",
    "ca": "(persona per designar)",
    "id": "(rekan yang akan ditunjuk)",
}


def format_date(value: date | None, lang: str) -> str:
    """A date as a careful office manager would write it in `lang`."""
    if value is None:
        return NO_DATE.get(lang, NO_DATE["en"])
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    if lang == "ca":
        of = "d'" if month[0] in "aeiou" else "de "
        return f"{value.day} {of}{month} de {value.year}"
    return f"{value.day} {month} {value.year}"
