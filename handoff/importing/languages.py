"""The language of an imported client: read in any common form, or guessed where it is reliable.

A language cell is read with langcodes, so a tag ('pl', 'pl-PL', 'ca_ES', 'eng'), a locale
('en_GB.UTF-8'), or a name in English or in the language itself ('Polish', 'polski', 'Català',
'English (United States)') all give the code handoff writes statements in.

A row without one gets the language of its phone's country when that country has one likely
language handoff writes in (+48 → Polish, +62 → Indonesian, +376 → Catalan, +44 → English;
+34 says nothing reliable: Spanish or Catalan), else the firm's default language.
"""

from __future__ import annotations

import re
from functools import cache

from handoff.model import LANGUAGES
from handoff.store import Store
from handoff.text import clean_line

# Why a client got its language (the import report counts clients per language and reason).
FROM_COLUMN = "column"
FROM_PHONE = "phone"
FROM_DEFAULT = "default"


def firm_language(store: Store) -> str:
    """The language a client gets when nothing in the file tells it: the firm's default.

    The one place the import asks for it, so a firm-wide setting only needs to answer here.
    """
    return store.firm().language or "en"  # `handoff firm set --language`


@cache
def language_code(value: str) -> str:
    """A language code handoff knows, from 'pl', 'pl-PL', 'Polish' or 'polski'; '' if none."""
    import langcodes

    word = clean_line(value)
    if not word:
        return ""
    tag = re.sub(r"\.[\w-]+$", "", word).replace("_", "-")  # 'en_GB.UTF-8' → 'en-GB'
    code = ""
    if langcodes.tag_is_valid(tag):
        code = langcodes.Language.get(tag).language or ""
    if code not in LANGUAGES:
        try:
            code = langcodes.find(word).language or ""
        except LookupError:
            code = ""
    return code if code in LANGUAGES else ""


def phone_language(phone: str) -> tuple[str, str]:
    """(language, '+48') from a phone written with its country code; ('', '') if unreliable."""
    number = clean_line(phone)
    if number.startswith("00"):
        number = "+" + number[2:]
    if not number.startswith("+"):
        return "", ""  # a national number: its country is not written in it
    digits = "".join(ch for ch in number if ch.isdigit())
    for size in (1, 2, 3):  # country calling codes are prefix-free, one to three digits
        code = _country_language(digits[:size]) if len(digits) > size else None
        if code is not None:
            return (code, f"+{digits[:size]}") if code else ("", "")
    return "", ""


@cache
def _country_language(calling_code: str) -> str | None:
    """The one likely language of a calling code's main country ('' if not one handoff has);
    None if no country has this code."""
    import langcodes
    import phonenumbers

    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(calling_code))
    if not regions:
        return None
    region = regions[0]
    if region == "ES":
        return ""  # Spain: Spanish or Catalan, the number cannot tell
    code = langcodes.Language.get(f"und-{region}").maximize().language or ""
    return code if code in LANGUAGES else ""


def reason_label(reason: str, source: str) -> str:
    """How the report says why: 'from the Language column', 'from the phone's country code
    (+48)', 'the firm's default (nothing in the row tells)'."""
    if reason == FROM_COLUMN:
        return f"from the “{source}” column" if source else "from the file"
    if reason == FROM_PHONE:
        return f"from the phone's country code ({source})"
    return "the firm's default (nothing in the row tells)"
