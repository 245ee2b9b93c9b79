"""The agreed check-in rhythm as a rule a calendar can repeat, read from how people write it.

A client's `checkin` is free text ("A short call every Monday morning", "Fortnightly video call,
Wednesdays"); `Client.checkin_rule` keeps the same rhythm as a rule: weekly on one or more
weekdays, every N weeks, monthly, or none. `read_checkin` reads common phrasings in the four
languages the app ships (and the rule's own wording, so a stored rule reads back as itself);
what it cannot read with confidence ("Call after each phase") gives None, never a guess.
Never imports textual.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

FREQUENCIES = ("none", "weekly", "monthly")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
MAX_INTERVAL = 12  # weeks: a rhythm slower than a quarter is not a weekly rhythm
RULE_EXAMPLES = "weekly on Monday, every 2 weeks on Wednesday at 14:00, monthly, none"


@dataclass(frozen=True)
class CheckinRule:
    """A regular check-in: `weekly` (every `interval` weeks, on `weekdays`, 0 = Monday),
    `monthly`, or `none` (nothing regular agreed). `at` is the time of day when one was given."""

    frequency: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    at: time | None = None

    @property
    def recurring(self) -> bool:
        return self.frequency != "none"

    def text(self) -> str:
        """The rule in words, e.g. 'every 2 weeks on Wednesday at 14:00'; `read_checkin`
        reads it back as the same rule."""
        if self.frequency == "none":
            return "none"
        if self.frequency == "monthly":
            words = "monthly"
        else:
            words = "weekly" if self.interval == 1 else f"every {self.interval} weeks"
            if self.weekdays:
                names = [DAY_NAMES[d] for d in self.weekdays]
                listed = names[0] if len(names) == 1 else ", ".join(names[:-1])
                if len(names) > 1:
                    listed += f" and {names[-1]}"
                words += f" on {listed}"
        if self.at is not None:
            words += f" at {self.at.strftime('%H:%M')}"
        return words

    def first_on_or_after(self, day: date) -> date:
        """The first day a check-in falls on, from `day` on."""
        if self.frequency != "weekly" or not self.weekdays:
            return day
        return min(day + timedelta(days=(d - day.weekday()) % 7) for d in self.weekdays)

    def rrule(self, until: date | datetime | None = None) -> dict[str, Any]:
        """The rule as an iCalendar RRULE (RFC 5545) in `icalendar`'s dict form."""
        if not self.recurring:
            raise ValueError("a rule of no check-ins does not repeat")
        rule: dict[str, Any] = {"freq": self.frequency}
        if self.interval != 1:
            rule["interval"] = self.interval
        if self.weekdays:
            rule["byday"] = [DAY_CODES[d] for d in self.weekdays]
        if until is not None:
            rule["until"] = until
        return rule


def fold(text: str) -> str:
    """Lower case without diacritics ('Środę' -> 'srode'), one space between words."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").split())


# Weekday names, folded, in English, Polish (the cases a rhythm is written in), Catalan and
# Indonesian. Indonesian "minggu" is also "week": only "hari minggu" is Sunday.
_DAY_WORDS: dict[int, tuple[str, ...]] = {
    0: ("mondays?", "poniedzia\\w*", "dilluns", "senin"),
    1: ("tuesdays?", "wtor\\w*", "dimarts", "selasa"),
    2: ("wednesdays?", "srod[aeyz]", "srodami", "dimecres", "rabu"),
    3: ("thursdays?", "czwart\\w*", "dijous", "kamis"),
    4: ("fridays?", "piat\\w*", "divendres", "jum'?at"),
    5: ("saturdays?", "sobot\\w*", "dissabte", "sabtu"),
    6: ("sundays?", "niedziel\\w*", "diumenge", "hari minggu", "ahad"),
}
_DAYS = [(day, re.compile(rf"\b(?:{'|'.join(words)})\b")) for day, words in _DAY_WORDS.items()]
_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "piec": 5, "szesc": 6,
    "una": 1, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6,
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
}  # fmt: skip
_N = rf"(\d{{1,2}}|{'|'.join(_NUMBERS)})"
_EVERY_N_WEEKS = re.compile(
    rf"\b(?:every {_N} weeks|co {_N} tygodni\w*|cada {_N} setmanes|setiap {_N} minggu"
    rf"|{_N} minggu sekali)\b"
)
_FORTNIGHTLY = re.compile(
    r"\b(?:fortnight\w*|bi-?weekly|every (?:other|second|alternate) (?:week|\w+day)"
    r"|co drug\w+ (?:tydzien|poniedzial\w*|wtor\w*|srod\w*|czwart\w*|piat\w*|sobot\w*)"
    r"|dwutygodniow\w*|quinzenal\w*|cada quinze dies"
    r"|dua mingguan|setiap dua minggu)\b"
)
_WEEKLY = re.compile(
    r"\b(?:weekly|(?:a|per|each|every|once a) week|co tydzien|raz w tygodniu|tygodniowo"
    r"|cotygodniow\w*|setmanal\w*|cada setmana|un cop per setmana|mingguan|setiap minggu"
    r"|seminggu sekali)\b"
)
_MONTHLY = re.compile(
    r"\b(?:monthly|(?:a|per|each|every|once a) month|co miesiac|raz w miesiacu|miesiecznie"
    r"|comiesieczn\w*|mensual\w*|cada mes|un cop al mes|bulanan|setiap bulan|sebulan sekali)\b"
)
# More than once in the period with no days named ("twice a week"): not one rule.
_SEVERAL = re.compile(
    r"\b(?:twice|(?:two|three|2|3) times|dwa razy|trzy razy|dues vegades|tres vegades"
    r"|dua kali|tiga kali)\b"
)
_NONE = re.compile(
    r"\b(?:none|no (?:regular|fixed|set|agreed)|not agreed|nothing agreed|brak|zadn\w*"
    r"|cap de fix|sense (?:seguiment|ritme)|tidak ada)\b"
    r"|^(?:no|n/?a|-+|cap|tidak)[.!]?$"
)
_CLOCK = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:.])")
_AMPM = re.compile(r"\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))? ?([ap])\.?m\b\.?")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _time_of_day(folded: str) -> time | None:
    match = _AMPM.search(folded)
    if match:
        hour = int(match.group(1)) % 12 + (12 if match.group(3) == "p" else 0)
        return time(hour, int(match.group(2) or 0))
    match = _CLOCK.search(folded)
    if match:
        return time(int(match.group(1)), int(match.group(2)))
    return None


@lru_cache(maxsize=4096)
def read_checkin(text: str) -> CheckinRule | None:
    """The rule a free-text check-in rhythm states, or None when it states no regular one
    that can be read with confidence.

    >>> read_checkin("Fortnightly video call, Wednesdays").text()
    'every 2 weeks on Wednesday'
    >>> read_checkin("Call after each phase") is None
    True
    """
    folded = fold(text)
    if not folded:
        return None
    weekdays = tuple(day for day, pattern in _DAYS if pattern.search(folded))
    interval = 1
    every = _EVERY_N_WEEKS.search(folded)
    if every:
        interval = _number(next(g for g in every.groups() if g))
    elif _FORTNIGHTLY.search(folded):
        interval = 2
    weekly = bool(every) or interval > 1 or bool(_WEEKLY.search(folded))
    monthly = bool(_MONTHLY.search(folded))
    at = _time_of_day(folded)
    if monthly and (weekly or weekdays):
        return None  # "the first Monday of each month": no rule of ours says that
    if _SEVERAL.search(folded) and len(weekdays) < 2:
        return None  # "twice a week" without the days
    if not 1 <= interval <= MAX_INTERVAL:
        return None
    if monthly:
        return CheckinRule("monthly", at=at)
    if weekly or weekdays:
        return CheckinRule("weekly", interval, weekdays, at)
    if _NONE.search(folded):
        return CheckinRule("none")
    return None
