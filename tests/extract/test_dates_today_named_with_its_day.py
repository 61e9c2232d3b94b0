"""A text without a dateline that says which day is today ("... received the
Ambassador of Peru today, 7 March 2023", "Today (Thursday, 9 March 2023), ...")
has that day as its date even when it names it once: its "on Tuesday" and its
undated events are that day. A day named once and not as today may be a past
reference, and dates nothing else (texts of our own)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, day", [
    ("The Foreign Minister received the Ambassador of Peru on Tuesday. The Minister "
     "also received the Ambassador of Chile. 'The Minister received the Peruvian "
     "envoy today, 7 March 2023,' the Ministry said.", "2023-03-07"),
    ("Today (Thursday, 9 March 2023), the Secretary held talks with the Ambassador of "
     "Japan. She also met the Ambassador of Chile.", "2023-03-09"),
    ("The State Secretary met the Ambassador of Kenya. The Ministry wrote that the "
     "Ambassador of Ghana was received today, Monday 5 June 2023.", "2023-06-05"),
    ("On Tuesday the Minister held a meeting with the High Commissioner of India. "
     "\"We welcomed the High Commissioner today, 17 October 2023,\" a spokesman said.",
     "2023-10-17"),
])
def test_the_day_named_as_today_dates_the_text(ex, text, day):
    got = ex(text, issuer="NGA", date="2023", types={"meeting"})
    assert got and all(d == day for _t, _f, _to, d in got)


@pytest.mark.parametrize("text", [
    # named once, not as today: a past day ("took office"), not the text's
    "The Minister received the Ambassador of Peru on Tuesday. The Ambassador took "
    "office on 7 March 2023.",
    # a day named once in a background sentence
    "On Tuesday the Minister received the Ambassador of Peru. The treaty between the two "
    "countries entered into force on 7 March 2023.",
])
def test_a_day_not_named_as_the_only_today_dates_nothing_else(ex, text):
    got = ex(text, issuer="NGA", date="2023", types={"meeting"})
    assert ("meeting", ("NGA",), ("PER",), "2023") in got
