"""The check-in rhythm as a rule: read from how people write it, kept on the client."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handoff.checkin import CheckinRule, read_checkin
from handoff.errors import ValidationError
from handoff.model import Client
from handoff.store import Store

# Every check-in text of the sample firm, and the rule it states (None: no regular rhythm).
SAMPLE_PHRASINGS = {
    "A short call every Monday morning": "weekly on Monday",
    "Call when an order changes, otherwise none": "none",
    "Weekly written update on Fridays": "weekly on Friday",
    "Text when the tiler is on the way": None,
    "Fortnightly video call, Wednesdays": "every 2 weeks on Wednesday",
    "One planned call a week, Tuesdays 14:00": "weekly on Tuesday at 14:00",
    "Call after each flat is finished": None,
    "Call once the tiles arrive": None,
    "Monthly review of open projects": "monthly",
    "None agreed: only when works are scheduled": "none",
    "Call before every site visit": None,
    "Photo update every Friday": "weekly on Friday",
    "None": "none",
    "Call after each phase": None,
}

OTHER_PHRASINGS = {
    "one call a week, Monday": "weekly on Monday",
    "every other Friday": "every 2 weeks on Friday",
    '"Weekly", Monday': "weekly on Monday",
    "every 3 weeks on tuesday": "every 3 weeks on Tuesday",
    "bi-weekly": "every 2 weeks",
    "Mondays and Thursdays at 2pm": "weekly on Monday and Thursday at 14:00",
    "once a month": "monthly",
    "Co tydzień w środę o 9:00": "weekly on Wednesday at 09:00",
    "co drugi wtorek": "every 2 weeks on Tuesday",
    "raz w miesiącu": "monthly",
    "brak": "none",
    "Cada dilluns": "weekly on Monday",
    "cada dues setmanes, dijous": "every 2 weeks on Thursday",
    "Setiap Senin pukul 10.00": "weekly on Monday at 10:00",
    "sebulan sekali": "monthly",
    # what no rule of ours says is not guessed
    "twice a week": None,
    "first Monday of each month": None,
    "daily": None,
    "every other day": None,
    "co drugi dzień": None,
    "": None,
}


def test_every_phrasing_of_the_sample_firm_reads_as_the_rule_it_states() -> None:
    read = {text: (r.text() if (r := read_checkin(text)) else None) for text in SAMPLE_PHRASINGS}
    assert read == SAMPLE_PHRASINGS


@pytest.mark.parametrize(("text", "rule"), OTHER_PHRASINGS.items())
def test_common_phrasings_in_the_app_languages(text: str, rule: str | None) -> None:
    read = read_checkin(text)
    assert (read.text() if read else None) == rule


rules = st.one_of(
    st.just(CheckinRule("none")),
    st.builds(
        CheckinRule,
        st.just("monthly"),
        st.just(1),
        st.just(()),
        st.none() | st.times().map(lambda t: time(t.hour, t.minute)),
    ),
    st.builds(
        CheckinRule,
        st.just("weekly"),
        st.integers(1, 12),
        st.lists(st.integers(0, 6), unique=True, max_size=7).map(lambda d: tuple(sorted(d))),
        st.none() | st.times().map(lambda t: time(t.hour, t.minute)),
    ),
)


@given(rules)
def test_a_rule_in_words_reads_back_as_the_same_rule(rule: CheckinRule) -> None:
    assert read_checkin(rule.text()) == rule


def test_the_first_check_in_falls_on_the_rule_s_weekday() -> None:
    rule = read_checkin("every Wednesday and Friday")
    assert rule is not None
    assert rule.first_on_or_after(date(2026, 11, 2)) == date(2026, 11, 4)  # Mon → Wed
    assert rule.first_on_or_after(date(2026, 11, 5)) == date(2026, 11, 6)  # Thu → Fri
    assert rule.rrule(date(2026, 11, 19)) == {
        "freq": "weekly",
        "byday": ["WE", "FR"],
        "until": date(2026, 11, 19),
    }


def test_a_client_keeps_the_rule_its_text_states_and_stores_it(store: Store) -> None:
    client = store.add_client(Client("Ana", checkin="Fortnightly video call, Wednesdays"))
    assert client.checkin_rule == "every 2 weeks on Wednesday"
    stored = store.raw_tables()["clients"][str(client.id)]
    assert stored["checkin_rule"] == "every 2 weeks on Wednesday"
    assert stored["checkin"] == "Fortnightly video call, Wednesdays"  # the text is kept as is


def test_a_rule_given_wins_over_the_text_and_is_written_the_same_way() -> None:
    client = Client("Ana", checkin="Call after each phase", checkin_rule="WEEKLY on mondays")
    assert client.checkin_rule == "weekly on Monday"
    assert client.checkin_rhythm == CheckinRule("weekly", 1, (0,))


def test_a_text_without_a_regular_rhythm_gives_no_rule() -> None:
    client = Client("Ana", checkin="Call after each phase")
    assert client.checkin_rule == ""
    assert client.checkin_rhythm is None


def test_an_unreadable_rule_is_refused_in_one_line() -> None:
    client = Client("Ana", checkin_rule="whenever")
    with pytest.raises(ValidationError) as caught:
        client.validate()
    assert caught.value.field == "checkin_rule"
    assert "'whenever' is not a rhythm" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_record_stored_before_the_rule_existed_gets_it_from_its_text() -> None:
    client = Client.from_doc({"name": "Ana", "checkin": "Photo update every Friday"}, id=3)
    assert client.checkin_rule == "weekly on Friday"
