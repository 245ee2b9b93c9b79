"""Dates, periods, tenses and forms of address, written naturally in each language statements
ship in. Never imports textual.

English "2 November 2026", Polish "2 listopada 2026 r." (genitive month, "r." after the year),
Catalan "2 de novembre de 2026" / "1 d'octubre de 2026" (elided before a vowel), Indonesian
"2 November 2026".

A handoff's `until` is the day the person is back. Texts say it the same way everywhere: the
period away runs to the day before ("from 1 to 13 December 2026"), and the day back is named as
such ("back in the office on 14 December 2026").
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

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

# The covering colleague when none has been chosen yet (a draft).
NO_COVER = {
    "en": "a colleague",
    "pl": "(osoba do wyznaczenia)",
    "ca": "(persona per designar)",
    "id": "(rekan yang akan ditunjuk)",
}
TENSES = ("future", "present", "past")


def _day_month(value: date, lang: str) -> str:
    month = MONTHS.get(lang, MONTHS["en"])[value.month - 1]
    if lang == "ca":
        return f"{value.day} {'d' + chr(39) if month[0] in 'aeiou' else 'de '}{month}"
    return f"{value.day} {month}"


def _year(value: date, lang: str) -> str:
    if lang == "pl":
        return f"{value.year} r."
    if lang == "ca":
        return f"de {value.year}"
    return str(value.year)


def format_date(value: date | None, lang: str) -> str:
    """A date as a careful office manager would write it in `lang` ("" when there is none)."""
    if value is None:
        return ""
    return f"{_day_month(value, lang)} {_year(value, lang)}"


def last_day_away(starts: date | None, until: date | None) -> date | None:
    """The last day away: the day before the day back (never before the first day away)."""
    if until is None:
        return None
    last = until - timedelta(days=1)
    return max(last, starts) if starts is not None else last


def _ca_from(day: int) -> str:
    return "de l'" if day in (1, 11) else "del "


def _ca_to(day: int) -> str:
    return "a l'" if day in (1, 11) else "al "


def period(starts: date | None, last: date | None, lang: str) -> str:
    """The time away, with its preposition: "from 1 to 13 December 2026", "od 1 do 13
    grudnia 2026 r.", "de l'1 al 13 de desembre de 2026", "dari 1 sampai 13 Desember 2026".
    Only a first day: "from 1 December 2026". No first day: "" (the text says no date)."""
    if starts is None:
        return ""
    if last is None:
        one = format_date(starts, lang)
        if lang == "ca":
            return f"a partir {_ca_from(starts.day)}{one}"
        return {"en": "from", "pl": "od", "id": "mulai"}.get(lang, "from") + f" {one}"
    if last == starts:
        one = format_date(starts, lang)
        on = {"pl": "w dniu", "ca": "el", "id": "pada"}.get(lang, "on")
        return f"{on} {one}"
    if (starts.year, starts.month) == (last.year, last.month):
        first = str(starts.day)
    elif starts.year == last.year:
        first = _day_month(starts, lang)
    else:
        first = format_date(starts, lang)
    end = format_date(last, lang)
    if lang == "pl":
        return f"od {first} do {end}"
    if lang == "ca":
        return f"{_ca_from(starts.day)}{first} {_ca_to(last.day)}{end}"
    if lang == "id":
        return f"dari {first} sampai {end}"
    return f"from {first} to {end}"


def tense(kind: str, starts: date | None, until: date | None, today: date) -> str:
    """Whether the absence lies ahead ("future"), is happening ("present") or is over ("past")
    on the day of writing. A termination is "present" on its effective date and after it; a
    handoff without dates is written about as something ahead."""
    if starts is None or today < starts:
        return "future"
    if kind == "termination":
        return "present" if today == starts else "past"
    if until is not None and today >= until:
        return "past"
    return "present"


def surname(name: str) -> str:
    """Everything after the first name ("Núria Vidal Puig" → "Vidal Puig")."""
    parts = name.split()
    return " ".join(parts[1:]) if len(parts) > 1 else name


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else name


# Mr / Ms in each language; the neutral form where the language has one.
_TITLES = {
    "en": {"mr": "Mr", "ms": "Ms"},
    "pl": {"mr": "Pan", "ms": "Pani"},
    "ca": {"mr": "senyor", "ms": "senyora"},
    "id": {"mr": "Bapak", "ms": "Ibu"},
}


def titled_names(name: str) -> list[str]:
    """The client's name as a text may write it with a title ("Mr Sick", "senyora Vidal"),
    in every language: a name, which the risk checker must not read as words."""
    last = surname(name)
    return [f"{title} {last}" for titles in _TITLES.values() for title in titles.values()]


def address(name: str, form: str, lang: str) -> dict[str, Any]:
    """How a letter or a call addresses a client: `greeting` opens a letter, `named` is how a
    call or a sentence names them, `form` is "m", "f" or "n" (neutral, or first name) for the
    grammar of Polish and the pronouns of Indonesian.

    The neutral default: English and Catalan use the full name, Polish the polite plural
    ("Szanowni Państwo"), Indonesian "Bapak/Ibu".
    """
    gender = {"mr": "m", "ms": "f"}.get(form, "n")
    title = _TITLES.get(lang, _TITLES["en"]).get(form, "")
    first = first_name(name)
    if lang == "pl":
        greeting = {"m": "Szanowny Panie,", "f": "Szanowna Pani,"}.get(gender, "Szanowni Państwo,")
        named = f"{title} {surname(name)}" if title else name
    elif lang == "ca":
        if gender == "m":
            greeting = f"Benvolgut senyor {surname(name)},"
        elif gender == "f":
            greeting = f"Benvolguda senyora {surname(name)},"
        else:
            greeting = f"Bon dia, {first if form == 'first' else name},"
        named = f"{title} {surname(name)}" if title else name
    elif lang == "id":
        you = {"m": "Bapak", "f": "Ibu"}.get(gender, "Bapak/Ibu")
        greeting = f"Yth. {title} {name},\n\nDengan hormat," if title else "Dengan hormat,"
        named = f"{title} {name}" if title else name
        return {"greeting": greeting, "named": named, "form": gender, "you": you}
    else:
        if form == "first":
            greeting, named = f"Dear {first},", first
        elif title:
            greeting = f"Dear {title} {surname(name)},"
            named = f"{title} {surname(name)}"
        else:
            greeting, named = f"Dear {name},", name
    return {"greeting": greeting, "named": named, "form": gender, "you": ""}
